package org.recbench.protocol.menu;

import java.util.Arrays;

/**
 * What the paper lets the recommender know about the agent, provided under
 * {@link MenuProtocol#AGENT_ASSUMPTIONS}. Knowing γ and the initial memory, a recommender that
 * sees every choice can track the memory vector exactly (Section 3.3: "we assume γ is known");
 * the score floor λ enters Algorithms 2 and 3.
 *
 * @param gamma the memory discount γ ∈ (0, 1] (Definition 1; 1 is uniform memory)
 * @param initialMemory the memory vector v_1 before the first round (a distribution over items)
 * @param initialWeight the weight of v_1, in pseudo-selections (0: the first choice replaces it)
 * @param lowerBound the score floor λ ∈ (0, 1]: every score f_i(v) is at least λ
 */
public record AgentAssumptions(double gamma, double[] initialMemory, double initialWeight,
    double lowerBound) {

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException for γ ∉ (0, 1], an initial memory that is not a
   *     distribution, a negative or infinite weight or λ ∉ (0, 1]
   */
  public AgentAssumptions {
    if (!(gamma > 0 && gamma <= 1)) {
      throw new IllegalArgumentException("discount gamma must be in (0, 1], got " + gamma);
    }
    double total = 0;
    for (double w : initialMemory) {
      if (!(w >= 0)) {
        throw new IllegalArgumentException("initial memory entries must be >= 0, got "
            + Arrays.toString(initialMemory));
      }
      total += w;
    }
    if (Math.abs(total - 1) > 1e-9) {
      throw new IllegalArgumentException("initial memory must sum to 1, sums to " + total);
    }
    if (!(initialWeight >= 0) || Double.isInfinite(initialWeight)) {
      throw new IllegalArgumentException("initial memory weight must be finite and >= 0, got "
          + initialWeight);
    }
    if (!(lowerBound > 0 && lowerBound <= 1)) {
      throw new IllegalArgumentException("score floor lambda must be in (0, 1], got " + lowerBound);
    }
    initialMemory = initialMemory.clone();
  }

  /** Number of items n. */
  public int items() {
    return initialMemory.length;
  }

  @Override
  public double[] initialMemory() {
    return initialMemory.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgentAssumptions a && gamma == a.gamma && initialWeight == a.initialWeight
        && lowerBound == a.lowerBound && Arrays.equals(initialMemory, a.initialMemory);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(initialMemory) + Double.hashCode(gamma)
        + 7 * Double.hashCode(initialWeight) + 3 * Double.hashCode(lowerBound);
  }

  @Override
  public String toString() {
    return "AgentAssumptions[gamma=" + gamma + ", initialMemory=" + Arrays.toString(initialMemory)
        + ", initialWeight=" + initialWeight + ", lowerBound=" + lowerBound + "]";
  }
}
