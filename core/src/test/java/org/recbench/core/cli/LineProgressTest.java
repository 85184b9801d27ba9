package org.recbench.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.core.trial.Budget;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.TrialResult;
import org.recbench.core.trial.TrialSpec;

class LineProgressTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @Test
  void printsDoneTotalFailuresAndEtaCountingTrialsAlreadyDoneOnResume() {
    LineProgress progress = new LineProgress("demo", 10, 4, out, 0);

    progress.finished(result(TrialResult.Status.OK));
    progress.finished(result(TrialResult.Status.FAILED));

    assertThat(lines()).hasSize(2);
    assertThat(lines().get(1)).startsWith("demo: 6/10 trials (60%), 1 failed, elapsed 0:00:0")
        .contains("ETA ");
  }

  @Test
  void printsAtMostOncePerIntervalButAlwaysTheLastTrial() {
    LineProgress progress = new LineProgress("demo", 3, 0, out, 3_600_000);

    progress.finished(result(TrialResult.Status.OK));
    progress.finished(result(TrialResult.Status.OK));
    progress.finished(result(TrialResult.Status.OK));

    assertThat(lines()).singleElement().asString().startsWith("demo: 3/3 trials (100%), 0 failed");
  }

  private List<String> lines() {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private static TrialResult result(TrialResult.Status status) {
    ComponentConfig config = new ComponentConfig("x", Map.of(), "x");
    TrialSpec spec = new TrialSpec("demo", config, config, List.of(), 0,
        new Budget(Budget.Unit.STEPS, 1), List.of(1L), 0);
    return new TrialResult(spec.key(), spec, status, null, List.of(), 0);
  }
}
