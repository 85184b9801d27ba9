package org.recbench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.protocol.pomdp.FinitePomdp;
import org.recbench.reports.JsonReport;
import org.recbench.reports.PolicyRow;
import org.recbench.reports.Stat;
import org.recbench.sarsop.SolverSetup;
import org.recbench.sarsop.format.CassandraReader;

/**
 * SARSOP interop through the CLI, on the churn fixture instance U2_A2_s1 (its real SARSOP
 * outputs ship in testing/fixtures/sarsop). The test that runs SARSOP itself needs pomdpsol on the
 * PATH and is skipped without it.
 */
class SarsopInteropTest {

  private static final Path FIXTURES = Path.of("../testing/fixtures/sarsop");
  private static final String PRIOR = "[0.5705767680575243, 0.4294232319424756]";
  private static final String LIKE = "[[0.8296344072797355, 0.8421734180251115], [0.99, 0.4769811074112551]]";
  /** Exact undiscounted value of playing the γ = 0.999 SARSOP policy (sarsop README). */
  private static final double PLAYED_UNDISCOUNTED = 45.291454665;
  /** Its discounted value at b0, max α·b0 (fixtures README). */
  private static final double DISCOUNTED = 41.448092;

  @TempDir
  Path dir;

  @Test
  void exportedModelParsesToTheFixturePomdpGivenToSarsop() throws IOException {
    Path scenario = scenario("\"policies\": [\"churn.bnb\"], \"metrics\": [\"mean-episode-reward\"]");

    CliRun export = CliRun.of("export-pomdp", scenario.toString(), "--out",
        dir.resolve("out").toString());

    assertThat(export.exitCode()).as(export.err()).isZero();
    FinitePomdp exported = CassandraReader.read(dir.resolve("out/fixture_U2_A2_s1.pomdp"));
    FinitePomdp fixture = CassandraReader.read(FIXTURES.resolve("churn_U2_A2_s1.pomdp"));
    assertThat(exported.states()).isEqualTo(fixture.states());
    assertThat(exported.discount()).isEqualTo(fixture.discount());
    for (int a = 0; a < 2; a++) {
      for (int s = 0; s < 3; s++) {
        assertThat(exported.reward(a, s)).isCloseTo(fixture.reward(a, s), within(1e-15));
        for (int next = 0; next < 3; next++) {
          assertThat(exported.transition(a, s, next))
              .isCloseTo(fixture.transition(a, s, next), within(1e-15));
        }
      }
    }
    assertThat(dir.resolve("out/fixture_U2_A2_s1.pomdpx")).isNotEmptyFile();
    assertThat(Files.readString(dir.resolve("out/environments.tsv")))
        .isEqualTo("fixture_U2_A2_s1\tfixture U2_A2_s1\n");
  }

  @Test
  void importedPolicyPlayedInTheChurnEnvironmentEarnsItsUndiscountedValue() throws IOException {
    String policyFile = FIXTURES.resolve("churn_U2_A2_s1.policy").toAbsolutePath().toString();
    Path scenario = scenario("\"policies\": [{\"id\": \"sarsop.alpha-vectors\", \"params\":"
        + " {\"policy-file\": \"" + policyFile + "\"}}], \"metrics\": [\"mean-episode-reward\"]");

    CliRun run = CliRun.of("run", scenario.toString(), "--out", dir.resolve("results").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Stat reward = JsonReport.read(run.runDirectory().resolve("leaderboard.json")).boards().get(0)
        .rows().get(0).last("mean-episode-reward");
    assertThat(reward.n()).isEqualTo(20);
    assertThat(PLAYED_UNDISCOUNTED).isBetween(reward.ciLow(), reward.ciHigh());
    assertThat(DISCOUNTED).as("the γ = 0.999 value is not the undiscounted objective")
        .isLessThan(reward.ciLow());
  }

  @Test
  void policySolvedByTheRealSarsopEarnsTheUndiscountedOptimum() throws IOException {
    assumeTrue(SolverSetup.of(System.getenv()).solver().isPresent(),
        "pomdpsol (SARSOP) is not on the PATH");
    Path scenario = scenario("\"policies\": [\"sarsop.solve\"],"
        + " \"metrics\": [\"mean-episode-reward\", \"planning-time\"],"
        + " \"leaderboard\": {\"rank-by\": \"mean-episode-reward\"}");

    CliRun run = CliRun.of("run", scenario.toString(), "--out", dir.resolve("results").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("20 trials (0 already done), 0 skipped pairs");
    PolicyRow solved = JsonReport.read(run.runDirectory().resolve("leaderboard.json")).boards()
        .get(0).rows().get(0);
    Stat reward = solved.last("mean-episode-reward");
    assertThat(reward.n()).isEqualTo(20);
    assertThat(PLAYED_UNDISCOUNTED).isBetween(reward.ciLow(), reward.ciHigh());
    assertThat(solved.last("planning-time").mean()).as("SARSOP wall time, ms").isPositive();
    assertThat(SolverSetup.of(System.getenv()).cacheRoot())
        .isDirectoryRecursivelyContaining("glob:**.policy");
  }

  private Path scenario(String selection) throws IOException {
    Path file = dir.resolve("fixture.json");
    Files.writeString(file, String.join("\n", List.of("{",
        "\"name\": \"fixture-u2a2\",", "\"seeds\": 20,", "\"episodes\": 2000,",
        "\"environments\": [{\"id\": \"churn.matrix\", \"label\": \"fixture U2_A2_s1\",",
        "  \"params\": {\"prior\": " + PRIOR + ", \"like\": " + LIKE + "}}],",
        selection, "}")));
    return file;
  }
}
