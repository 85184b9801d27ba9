package org.recbench.sarsop.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real pomdpsol console output (test resources {@code pomdpsol/*.out}). */
class PomdpsolOutputTest {

  static List<String> resource(String name) throws IOException {
    try (InputStream in = PomdpsolOutputTest.class.getResourceAsStream("/pomdpsol/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).lines().toList();
    }
  }

  @Test
  void aRunThatReachedItsPrecisionReportsTheFinalBoundsAndGap() throws IOException {
    SarsopReport report = PomdpsolOutput.parse(resource("precision.out"));
    assertThat(report.stop()).isEqualTo(StopReason.PRECISION);
    assertThat(report.converged()).isTrue();
    assertThat(report.lowerBound()).isEqualTo(2.60332);
    assertThat(report.upperBound()).isEqualTo(2.60388);
    assertThat(report.gap()).isEqualTo(0.000560398);
    assertThat(report.solverSeconds()).isZero();
    assertThat(new long[] {report.trials(), report.backups(), report.alphaVectors(),
        report.beliefs()}).containsExactly(9, 75, 3, 12);
  }

  @Test
  void aRunStoppedByTheTimeoutReportsTheTimeoutAndTheGapReached() throws IOException {
    SarsopReport report = PomdpsolOutput.parse(resource("timeout.out"));
    assertThat(report.stop()).isEqualTo(StopReason.TIMEOUT);
    assertThat(report.converged()).isFalse();
    assertThat(report.lowerBound()).isEqualTo(4.60622);
    assertThat(report.upperBound()).isEqualTo(5.11379);
    assertThat(report.gap()).isEqualTo(0.507571);
    assertThat(report.solverSeconds()).isEqualTo(1.02);
    assertThat(report.backups()).isEqualTo(900);
  }

  @Test
  void aRunCutBeforeItsSummaryReportsTheLastProgressRowAndAnUnknownStop() throws IOException {
    List<String> all = resource("timeout.out");
    int finishing = all.indexOf("SARSOP finishing ...");
    SarsopReport report = PomdpsolOutput.parse(all.subList(0, finishing));
    assertThat(report.stop()).isEqualTo(StopReason.UNKNOWN);
    assertThat(report.upperBound()).isEqualTo(5.11379);
    assertThat(report.trials()).isEqualTo(39);
  }

  @Test
  void outputWithoutATableIsUnknown() {
    SarsopReport report = PomdpsolOutput.parse(List.of("nothing to see"));
    assertThat(report.stop()).isEqualTo(StopReason.UNKNOWN);
    assertThat(report.gap()).isNaN();
    assertThat(report.backups()).isEqualTo(-1);
  }
}
