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
  void meanStatisticIsTheMeanDecisionTimeInMicroseconds() {
    DecisionTime metric = new DecisionTime(Step::decisionNanos, false);
    metric.record(new TimedStep(1_000, 9));
    metric.record(new TimedStep(4_500, 9));
    metric.record(new TimedStep(500, 9));

    assertThat(metric.value()).isEqualTo(2.0);
  }

  @Test
  void learnTimeAveragesTheLearnCallsOnly() {
    DecisionTime metric = new DecisionTime(Step::learnNanos, false);
    metric.record(new TimedStep(1_000_000, 3_000));
    metric.record(new TimedStep(1_000_000, 1_000));

    assertThat(metric.value()).isEqualTo(2.0);
  }

  @Test
  void medianIgnoresAFewLongPausesThatDominateTheMean() {
    DecisionTime median = new DecisionTime(Step::decisionNanos);
    DecisionTime mean = new DecisionTime(Step::decisionNanos, false);
    for (int t = 0; t < 2_000; t++) {
      long nanos = t % 100 == 0 ? 2_000_000 : 75;
      median.record(new TimedStep(nanos, 0));
      mean.record(new TimedStep(nanos, 0));
    }

    assertThat(median.value()).isCloseTo(0.075, org.assertj.core.data.Percentage.withPercentage(1.6));
    assertThat(mean.value()).isGreaterThan(20);
  }

  @Test
  void medianOfRandomTimesIsWithinTheHistogramResolutionOfTheExactMedian() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int trial = 0; trial < 50; trial++) {
      int n = 1 + random.nextInt(500);
      long[] values = new long[n];
      StepTimes times = new StepTimes();
      for (int i = 0; i < n; i++) {
        values[i] = (long) Math.exp(random.nextDouble(0, 20));
        times.add(values[i]);
      }
      java.util.Arrays.sort(values);
      double exact = values[(n + 1) / 2 - 1];
      assertThat(times.median()).isCloseTo(exact, org.assertj.core.data.Offset.offset(
          Math.max(0.5, exact / 64)));
    }
  }

  @Test
  void valueIsNaNBeforeTheFirstStep() {
    assertThat(new DecisionTime(Step::decisionNanos).value()).isNaN();
  }
}
