package org.recbench.population.learner;

import java.util.random.RandomGenerator;

/**
 * A recommender of the population model of Lankireddy et al. 2024 (Sec. 3, steps 2 and 4): picks a
 * product for the arriving user, then learns from the reward. Primitive-typed so a simulation step
 * allocates nothing.
 */
public interface Recommender {

  /** A_t for the arriving user U_t = {@code user}; randomness only from {@code rng}. */
  int choose(int user, RandomGenerator rng);

  /** Learns from the reward X_t of recommending {@code product} to {@code user}. */
  void update(int user, int product, double reward);

  /** Writes P(A_t = k | U_t = user) for every product k into {@code dest[0 .. K)}. */
  void choiceProbabilities(int user, double[] dest);
}
