package org.recbench.bandits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recbench.bandits.Policies.rng;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BetaPosteriorsTest {

  @Test
  void drawsAreBitForBitThoseOfTheDirectBetaSampler() {
    RandomGenerator shapes = rng(7);
    BetaPosteriors posteriors = new BetaPosteriors(5);
    for (int k = 0; k < 5; k++) {
      posteriors.set(k, 1 + shapes.nextInt(200), 1 + shapes.nextInt(3000));
    }
    posteriors.set(4, 1, 1);
    RandomGenerator cached = rng(8);
    RandomGenerator direct = rng(8);
    for (int i = 0; i < 20_000; i++) {
      int k = i % 5;
      assertThat(posteriors.draw(cached, k))
          .isEqualTo(RandomVariates.beta(direct, posteriors.alpha(k), posteriors.beta(k)));
    }
    assertThat(cached.nextLong()).isEqualTo(direct.nextLong());
  }

  @Test
  void drawsStayThoseOfTheDirectSamplerWhenPullsChangeOneShapeAtATime() {
    RandomGenerator pulls = rng(9);
    BetaPosteriors posteriors = new BetaPosteriors(3);
    RandomGenerator cached = rng(10);
    RandomGenerator direct = rng(10);
    for (int i = 0; i < 3000; i++) {
      int k = pulls.nextInt(3);
      boolean success = pulls.nextBoolean();
      posteriors.set(k, posteriors.alpha(k) + (success ? 1 : 0),
          posteriors.beta(k) + (success ? 0 : 1));
      assertThat(posteriors.mean(k))
          .isEqualTo(posteriors.alpha(k) / (posteriors.alpha(k) + posteriors.beta(k)));
      for (int j = 0; j < 3; j++) {
        assertThat(posteriors.draw(cached, j))
            .isEqualTo(RandomVariates.beta(direct, posteriors.alpha(j), posteriors.beta(j)));
      }
    }
  }

  @Test
  void shapesBelowOneAreRefused() {
    assertThatThrownBy(() -> new BetaPosteriors(2).set(1, 0.5, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be >= 1");
  }
}
