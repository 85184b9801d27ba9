package org.recbench.sarsop.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.protocol.pomdp.FinitePomdp;
import org.recbench.sarsop.testing.ChurnPomdp;
import org.recbench.sarsop.testing.Fixture;

class PolicyCacheTest {

  @TempDir
  Path dir;

  /** A script that prints a recorded pomdpsol output and copies a fixture policy. */
  private Path fakePomdpsol(String output) throws IOException {
    Path recorded = Files.write(dir.resolve("recorded.out"), PomdpsolOutputTest.resource(output));
    Path script = dir.resolve("pomdpsol");
    Files.writeString(script, String.join("\n",
        "#!/bin/sh",
        "out=''",
        "while [ $# -gt 0 ]; do",
        "  if [ \"$1\" = --output ]; then out=\"$2\"; fi",
        "  shift",
        "done",
        "cat '" + recorded + "'",
        "cp '" + Fixture.named("churn_U4_A3_s3").file("policy") + "' \"$out\"",
        ""));
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }

  @Test
  void aCachedSolveKeepsItsOriginalTimeAndReportAndIsMarkedCached() throws IOException {
    Pomdpsol solver = new Pomdpsol(fakePomdpsol("timeout.out"), 1e-3, 1);
    FinitePomdp model = Fixture.named("churn_U4_A3_s3").model(0.999);
    PolicyCache cache = new PolicyCache(dir.resolve("cache"));
    SolvedPolicy fresh = cache.policy(model, solver);
    SolvedPolicy again = cache.policy(model, solver);
    assertThat(fresh.cached()).isFalse();
    assertThat(fresh.report().stop()).isEqualTo(StopReason.TIMEOUT);
    assertThat(fresh.report().gap()).isEqualTo(0.507571);
    assertThat(again.cached()).isTrue();
    assertThat(again.solveMillis()).isEqualTo(fresh.solveMillis());
    assertThat(again.report()).isEqualTo(fresh.report());
    SolveStats stats = SolveStats.of(again);
    assertThat(stats.cached()).isTrue();
    assertThat(stats.planningMillis()).isEqualTo(fresh.solveMillis());
    assertThat(stats.nodesExpanded()).isEqualTo(900);
    assertThat(SolveStats.of(fresh).cached()).isFalse();
  }

  /**
   * The real SARSOP, when {@code pomdpsol} is on the PATH (see the module README), with a 1 s
   * timeout on an instance it cannot solve that fast: 256 types on a circle of directions and
   * three categories, two of them close (P = (cos(θ_u − φ_a) + 1)/2 clipped to [0.01, 0.99]).
   */
  @Test
  void theRealSarsopStoppedByATimeoutRecordsTheTimeoutAndItsGap() {
    Optional<Path> pomdpsol = Pomdpsol.onPath(System.getenv("PATH"));
    assumeTrue(pomdpsol.isPresent(), "pomdpsol is not on the PATH");
    FinitePomdp model = ChurnPomdp.circle(0.999);
    PolicyCache cache = new PolicyCache(dir.resolve("cache"));
    Pomdpsol solver = new Pomdpsol(pomdpsol.get(), 1e-3, 1);
    SolvedPolicy solved = cache.policy(model, solver);
    SarsopReport report = solved.report();
    assertThat(report.stop()).isEqualTo(StopReason.TIMEOUT);
    assertThat(report.solverSeconds()).isGreaterThanOrEqualTo(1);
    assertThat(report.gap()).isGreaterThan(1e-3)
        .isCloseTo(report.upperBound() - report.lowerBound(), org.assertj.core.api.Assertions
            .within(1e-4 * report.upperBound()));
    assertThat(report.lowerBound()).isPositive();
    assertThat(solved.solveMillis()).isGreaterThanOrEqualTo(1000);
    SolvedPolicy cached = cache.policy(model, solver);
    assertThat(cached.cached()).isTrue();
    assertThat(cached.report()).isEqualTo(report);
  }
}
