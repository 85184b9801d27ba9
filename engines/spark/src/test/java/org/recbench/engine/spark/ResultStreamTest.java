package org.recbench.engine.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.core.run.TestSpecs;
import org.recbench.core.run.TrialRunner;
import org.recbench.core.trial.TrialResult;
import org.recbench.core.trial.TrialSpec;

class ResultStreamTest {

  private static final TrialRunner RUNNER = new TrialRunner(TestSpecs.catalog());

  private static Map<String, TrialSpec> plan(TrialResult... results) {
    Map<String, TrialSpec> plan = new LinkedHashMap<>();
    for (TrialResult r : results) {
      plan.put(r.key(), r.spec());
    }
    return plan;
  }

  private static Finished[] slice(TrialResult... results) {
    Finished[] slice = new Finished[results.length];
    for (int i = 0; i < slice.length; i++) {
      slice[i] = Finished.of(results[i]);
    }
    return slice;
  }

  private static TrialResult result(int seed) {
    TrialSpec spec = TestSpecs.spec(TestSpecs.config("test.counting", Map.of()),
        TestSpecs.config("test.round-robin", Map.of()), List.of("reward"), seed,
        TestSpecs.steps(10), 10L);
    return RUNNER.run(spec);
  }

  @Test
  void aTrialWhoseSliceArrivesTwiceIsDeliveredOnceWithItsSpec() throws InterruptedException {
    TrialResult a = result(0);
    TrialResult b = result(1);
    TrialResult c = result(2);
    ResultStream stream = new ResultStream(plan(a, b, c));
    stream.slice(slice(a, b));
    stream.slice(slice(b, a));
    stream.slice(slice(c));
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
    ResultStream stream = new ResultStream(plan(a, result(1)));
    IllegalStateException lost = new IllegalStateException("stage aborted");
    stream.slice(slice(a));
    stream.ended(lost);

    List<TrialResult> heard = new ArrayList<>();
    ResultStream.Outcome outcome = stream.deliver(heard::add);

    assertThat(heard).containsExactly(a);
    assertThat(outcome.failure()).isSameAs(lost);
  }

  @Test
  void aJobThatSucceedsWithoutEveryResultOrWithAnUnplannedOneIsAnError() {
    TrialResult a = result(0);
    ResultStream incomplete = new ResultStream(plan(a, result(1)));
    incomplete.slice(slice(a));
    incomplete.ended(null);
    ResultStream unplanned = new ResultStream(plan(a));
    unplanned.slice(slice(result(5)));

    assertThatThrownBy(() -> incomplete.deliver(r -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the Spark job ended without results for 1 trials");
    assertThatThrownBy(() -> unplanned.deliver(r -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a result for an unplanned trial: " + result(5).key());
  }
}
