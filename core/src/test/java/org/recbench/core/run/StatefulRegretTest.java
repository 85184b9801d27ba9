package org.recbench.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recbench.core.run.TestSpecs.config;
import static org.recbench.core.run.TestSpecs.spec;
import static org.recbench.core.run.TestSpecs.steps;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.core.trial.TrialResult;

/**
 * Regret against an environment whose best action depends on hidden state: the expected rewards
 * must be taken before the state moves (defect 3 of the SPI review).
 */
class StatefulRegretTest {

  private final TrialRunner runner = new TrialRunner(TestSpecs.catalog());

  @Test
  void theOptimalPolicyHasZeroRegretWhenTheBestActionFollowsAHiddenState() {
    TrialResult result = runner.run(spec(config("test.switching", Map.of()),
        config("test.alternating", Map.of()), List.of("regret", "test.regret-after-step",
            "reward"), 0, steps(1000), 1000L));

    assertThat(result.ok()).as(result.error()).isTrue();
    assertThat(result.checkpoints().get(0).metrics())
        .containsEntry("regret", 0.0)
        .containsEntry("reward", 1000.0)
        // The first harness's reading, from the oracle after the state moved: all wrong.
        .containsEntry("test.regret-after-step", 1000.0);
  }

  @Test
  void aPolicyThatIgnoresTheStateIsChargedHalfItsSteps() {
    TrialResult result = runner.run(spec(config("test.switching", Map.of()),
        config("test.fixed-arm", Map.of("arm", 0L)), List.of("regret"), 0, steps(1000), 1000L));

    assertThat(result.checkpoints().get(0).metrics()).containsEntry("regret", 500.0);
  }
}
