package org.recbench.engine.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.core.run.TestSpecs;
import org.recbench.core.run.TrialRunner;
import org.recbench.core.trial.TrialResult;
import org.recbench.core.trial.TrialSpec;

class ResultStreamTest {

  private static final TrialRunner RUNNER = new TrialRunner(TestSpecs.catalog());

  private static TrialResult result(int seed) {
    TrialSpec spec = TestSpecs.spec(TestSpecs.config("test.counting", Map.of()),
        TestSpecs.config("test.round-robin", Map.of()), List.of("reward"), seed,
        TestSpecs.steps(10), 10L);
    return RUNNER.run(spec);
  }

  @Test
  void aTrialWhoseSliceArrivesTwiceIsDeliveredOnce() throws InterruptedException {
    TrialResult a = result(0);
    TrialResult b = result(1);
    TrialResult c = result(2);
    ResultStream stream = new ResultStream(List.of(a.key(), b.key(), c.key()));
    stream.slice(new TrialResult[] {a, b});
    stream.slice(new TrialResult[] {b, a});
    stream.slice(new TrialResult[] {c});
    stream.ended(null);

    List<TrialResult> heard = new ArrayList<>();
    ResultStream.Outcome outcome = stream.deliver(heard::add);

    assertThat(heard).containsExactly(a, b, c);
    assertThat(outcome).isEqualTo(new ResultStream.Outcome(3, 2, null));
  }

  @Test
  void aFailedJobEndsTheStreamWithItsCauseAfterTheSlicesThatFinished()
      throws InterruptedException {
    TrialResult a = result(0);
    ResultStream stream = new ResultStream(List.of(a.key(), result(1).key()));
    IllegalStateException lost = new IllegalStateException("stage aborted");
    stream.slice(new TrialResult[] {a});
    stream.ended(lost);

    List<TrialResult> heard = new ArrayList<>();
    ResultStream.Outcome outcome = stream.deliver(heard::add);

    assertThat(heard).containsExactly(a);
    assertThat(outcome.failure()).isSameAs(lost);
  }

  @Test
  void aJobThatSucceedsWithoutEveryResultOrWithAnUnplannedOneIsAnError() {
    TrialResult a = result(0);
    ResultStream incomplete = new ResultStream(List.of(a.key(), result(1).key()));
    incomplete.slice(new TrialResult[] {a});
    incomplete.ended(null);
    ResultStream unplanned = new ResultStream(List.of(a.key()));
    unplanned.slice(new TrialResult[] {result(5)});

    assertThatThrownBy(() -> incomplete.deliver(r -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the Spark job ended without results for 1 trials");
    assertThatThrownBy(() -> unplanned.deliver(r -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unplanned trial").hasMessageContaining("seed 5");
  }
}
