package org.recbench.population.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StepClockTest {

  @Test
  void odeTimeIsTheSumOfThePrecedingStepSizes() {
    for (long offset : new long[] {0, 1, 7, 63, 1000}) {
      StepClock clock = new StepClock(offset);
      double sum = 0;
      for (long t = 0; t <= 5000; t++) {
        assertThat(clock.odeTime(t)).as("τ_%d at t0 = %d", t, offset).isCloseTo(sum, within(1e-11));
        sum += 1.0 / (offset + t + 1);
      }
    }
  }

  @Test
  void stepSizesAreOneOverOffsetPlusStepPlusOne() {
    assertThat(new StepClock(0).stepSize(0)).isEqualTo(1.0);
    assertThat(new StepClock(0).stepSize(9)).isEqualTo(0.1);
    assertThat(new StepClock(10).stepSize(0)).isEqualTo(1.0 / 11);
  }

  @Test
  void firstStepReachingIsTheSmallestStepAtOrAfterTheOdeTime() {
    for (long offset : new long[] {0, 1, 25, 400, 100_000}) {
      StepClock clock = new StepClock(offset);
      for (double tau : new double[] {0, 1e-9, 0.3, 1, 1.5, 2.5, 7, 12}) {
        long t = clock.firstStepReaching(tau);
        assertThat(clock.odeTime(t)).as("τ(%d) at t0 = %d", t, offset).isGreaterThanOrEqualTo(tau);
        if (t > 0) {
          assertThat(clock.odeTime(t - 1)).isLessThan(tau);
        }
      }
    }
  }

  @Test
  void thePapersHorizonIsBeyondAnySimulation() {
    assertThatThrownBy(() -> new StepClock(0).firstStepReaching(1000))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("τ = 1000");
  }

  @Test
  void negativeOffsetIsRejected() {
    assertThatThrownBy(() -> new StepClock(-1)).hasMessageContaining("clock offset t0");
  }
}
