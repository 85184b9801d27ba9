package org.recbench.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recbench.api.Capabilities;
import org.recbench.api.Outcome;
import org.recbench.api.Step;

class DecisionTimeTest {

  /** A step whose act took {@code decisionNanos} and whose learn took {@code learnNanos}. */
  private record TimedStep(long decisionNanos, long learnNanos)
      implements Step<Object, Object, Object> {
    @Override
    public long t() {
      return 0;
    }

    @Override
    public int episode() {
      return 0;
    }

    @Override
    public int stepInEpisode() {
      return 0;
    }

    @Override
    public Object observation() {
      return "o";
    }

    @Override
    public Object action() {
      return "a";
    }

    @Override
    public Outcome<Object, Object> outcome() {
      return new Outcome<>("f", 0, "o", false);
    }

    @Override
    public Capabilities capabilities() {
      return Capabilities.NONE;
    }
  }

  @Test
  void valueIsTheMeanDecisionTimeInMicroseconds() {
    DecisionTime metric = new DecisionTime(Step::decisionNanos);
    metric.record(new TimedStep(1_000, 9));
    metric.record(new TimedStep(4_500, 9));
    metric.record(new TimedStep(500, 9));

    assertThat(metric.value()).isEqualTo(2.0);
  }

  @Test
  void learnTimeAveragesTheLearnCallsOnly() {
    DecisionTime metric = new DecisionTime(Step::learnNanos);
    metric.record(new TimedStep(1_000_000, 3_000));
    metric.record(new TimedStep(1_000_000, 1_000));

    assertThat(metric.value()).isEqualTo(2.0);
  }

  @Test
  void valueIsNaNBeforeTheFirstStep() {
    assertThat(new DecisionTime(Step::decisionNanos).value()).isNaN();
  }
}
