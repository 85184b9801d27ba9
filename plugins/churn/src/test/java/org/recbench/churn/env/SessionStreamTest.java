package org.recbench.churn.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SessionStreamTest {

  @Test
  void aReseededStreamDrawsExactlyWhatANewSplittableRandomDraws() {
    SessionStream stream = new SessionStream();
    SplittableRandom seeds = new SplittableRandom(42);
    for (int session = 0; session < 1000; session++) {
      long seed = seeds.nextLong();
      SplittableRandom reference = new SplittableRandom(seed);
      stream.reseed(seed);
      for (int t = 0; t < 20; t++) {
        assertThat(stream.nextDouble()).isEqualTo(reference.nextDouble());
      }
    }
  }
}
