package org.recbench.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recbench.core.run.TestSpecs.config;
import static org.recbench.core.run.TestSpecs.metrics;
import static org.recbench.core.run.TestSpecs.steps;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.TrialResult;
import org.recbench.core.trial.TrialSpec;

/**
 * The time limit covers the whole trial: a component that overruns inside its factory or inside
 * one step is stopped by the watchdog (interrupted, or abandoned when it ignores interrupts), and
 * the trial fails with the limit's message soon after the deadline.
 */
class TrialWatchdogTest {

  private static final ComponentConfig BANDIT = config("test.random-means", Map.of());
  private final TrialRunner runner = new TrialRunner(TestSpecs.catalog());

  /** Loads the classes every trial needs, so the limits below measure the planner alone. */
  @BeforeAll
  static void warmUp() {
    new TrialRunner(TestSpecs.catalog()).run(limited(Map.of("mode", "sleep", "seconds", 0.0),
        60_000));
  }

  private static TrialSpec limited(Map<String, Object> planner, long limitMillis) {
    return new TrialSpec("test", BANDIT, config("test.stuck-planner", planner),
        metrics(List.of("steps")), 0, steps(1000), List.of(1000L), limitMillis);
  }

  @Test
  @Timeout(10)
  void aFactoryPlanningPastTheLimitIsInterruptedAtTheDeadline() {
    long start = System.nanoTime();
    TrialResult result = runner.run(limited(Map.of("mode", "sleep", "seconds", 30.0), 500));
    double seconds = (System.nanoTime() - start) / 1e9;

    assertThat(result.status()).isEqualTo(TrialResult.Status.FAILED);
    assertThat(result.error()).isEqualTo("time limit of 0.5 s exceeded while creating the policy "
        + "test.stuck-planner[mode=sleep, seconds=30]; it stopped when interrupted");
    assertThat(seconds).as("wall time of a 0.5 s trial").isLessThan(0.5 + 1.0);
  }

  @Test
  @Timeout(10)
  void aFactoryDeafToInterruptsIsAbandonedAfterTheGracePeriod() {
    long start = System.nanoTime();
    TrialResult result = runner.run(limited(Map.of("mode", "spin", "seconds", 4.0), 500));
    double seconds = (System.nanoTime() - start) / 1e9;

    assertThat(result.error()).startsWith("time limit of 0.5 s exceeded while creating the policy"
        + " test.stuck-planner[mode=spin, seconds=4]; it did not stop within 1.0 s of being "
        + "interrupted, so its thread was abandoned");
    assertThat(seconds).as("limit + grace, not the 4 s the factory spins")
        .isLessThan(0.5 + TrialWatchdog.GRACE_MILLIS / 1000.0 + 1.0);
  }

  @Test
  @Timeout(10)
  void aStepStuckInsideAComponentIsStoppedInTheTrialLoop() {
    TrialResult result = runner.run(limited(Map.of("mode", "act-sleep", "seconds", 30.0), 500));

    assertThat(result.error()).isEqualTo("time limit of 0.5 s exceeded while running the trial "
        + "loop (in reset, act, step, learn or a metric); it stopped when interrupted");
  }

  @Test
  void aTrialWithinItsLimitIsUnaffected() {
    TrialResult result = runner.run(limited(Map.of("mode", "sleep", "seconds", 0.01), 5000));

    assertThat(result.ok()).as(result.error()).isTrue();
    assertThat(result.checkpoints()).hasSize(1);
  }

  @Test
  void anAllocationBeyondTheHeapFailsTheTrialSayingHowMuchMemoryThereIs() {
    TrialResult result = runner.run(TestSpecs.spec(BANDIT,
        config("test.stuck-planner", Map.of("mode", "allocate")), List.of("steps"), 0, steps(10),
        10L));

    assertThat(result.status()).isEqualTo(TrialResult.Status.FAILED);
    assertThat(result.error()).startsWith("OutOfMemoryError: ")
        .contains("while creating the policy test.stuck-planner[mode=allocate]")
        .contains("this JVM may use");
  }
}
