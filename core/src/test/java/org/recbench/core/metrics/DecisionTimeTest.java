package org.recbench.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recbench.api.Capabilities;
import org.recbench.api.Outcome;
import org.recbench.api.Step;

class DecisionTimeTest {

  /** A step whose act took {@code decisionNanos}. */
  private record TimedStep(long decisionNanos) implements Step<Object, Object, Object> {
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
    DecisionTime metric = new DecisionTime();
    metric.record(new TimedStep(1_000));
    metric.record(new TimedStep(4_500));
    metric.record(new TimedStep(500));

    assertThat(metric.value()).isEqualTo(2.0);
  }

  @Test
  void valueIsNaNBeforeTheFirstStep() {
    assertThat(new DecisionTime().value()).isNaN();
  }
}
