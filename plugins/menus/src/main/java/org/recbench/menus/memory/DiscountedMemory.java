package org.recbench.menus.memory;

import java.util.Arrays;
import org.recbench.menus.simplex.Simplexes;

/**
 * The agent's memory vector under the γ-discounted update rule (Definition 1): after selections
 * i_1, …, i_t the memory is the discounted, normalised history
 * v_{t+1} = (γ^t w_0 v_1 + Σ_{s≤t} γ^{t−s} e_{i_s}) / (γ^t w_0 + Σ_{s≤t} γ^{t−s}),
 * where v_1 is the initial memory and w_0 its weight (in pseudo-selections). γ = 1 is the
 * uniform memory of Agarwal and Brown (2022); 1/(1 − γ) is the effective memory horizon.
 *
 * <p>Kept recursively: with total weight W_t = γ W_{t−1} + 1, v ← (γ W_{t−1} v + e_i) / W_t, one
 * O(n) pass per round and no allocation.
 */
public final class DiscountedMemory {

  private final double gamma;
  private final double[] initial;
  private final double initialWeight;
  private final double[] memory;
  private double weight;
  private long selections;

  /**
   * A memory over {@code initial.length} items starting at {@code initial} with weight
   * {@code initialWeight} (0 means the first selection overwrites the initial vector).
   *
   * @throws IllegalArgumentException unless γ ∈ (0, 1], the initial vector is a distribution and
   *     the weight is finite and non-negative
   */
  public DiscountedMemory(double gamma, double[] initial, double initialWeight) {
    if (!(gamma > 0 && gamma <= 1)) {
      throw new IllegalArgumentException("discount gamma must be in (0, 1], got " + gamma);
    }
    if (!(initialWeight >= 0) || Double.isInfinite(initialWeight)) {
      throw new IllegalArgumentException(
          "initial memory weight must be finite and >= 0, got " + initialWeight);
    }
    Simplexes.requireDistribution(initial, "initial memory");
    this.gamma = gamma;
    this.initial = initial.clone();
    this.initialWeight = initialWeight;
    this.memory = initial.clone();
    this.weight = initialWeight;
  }

  /** A memory starting at the uniform distribution over {@code items} with weight 1. */
  public static DiscountedMemory uniform(int items, double gamma) {
    if (items < 1) {
      throw new IllegalArgumentException("items must be >= 1, got " + items);
    }
    double[] u = new double[items];
    Arrays.fill(u, 1.0 / items);
    return new DiscountedMemory(gamma, u, 1.0);
  }

  /** Definition 1: the agent selected {@code item}. O(n). */
  public void select(int item) {
    if (item < 0 || item >= memory.length) {
      throw new IllegalArgumentException(
          "selected item must be in [0, " + memory.length + "), got " + item);
    }
    double carried = gamma * weight;
    double total = carried + 1.0;
    double keep = carried / total;
    for (int i = 0; i < memory.length; i++) {
      memory[i] *= keep;
    }
    memory[item] += 1.0 / total;
    weight = total;
    selections++;
  }

  /** Back to the initial memory. */
  public void reset() {
    System.arraycopy(initial, 0, memory, 0, memory.length);
    weight = initialWeight;
    selections = 0;
  }

  /** The current memory vector; a live view, valid until the next selection. */
  public double[] vector() {
    return memory;
  }

  /** Copies the current memory vector into {@code out}. */
  public void copyTo(double[] out) {
    System.arraycopy(memory, 0, out, 0, memory.length);
  }

  /** The L1 distance ‖v_t − other‖₁ of the current memory from {@code other}. */
  public double distanceTo(double[] other) {
    double d = 0;
    for (int i = 0; i < memory.length; i++) {
      d += Math.abs(memory[i] - other[i]);
    }
    return d;
  }

  /** A copy of the initial memory vector v_1. */
  public double[] initial() {
    return initial.clone();
  }

  /** The weight w_0 of the initial memory, in pseudo-selections. */
  public double initialWeight() {
    return initialWeight;
  }

  /** The total discounted weight W_t of the history (initial weight included). */
  public double weight() {
    return weight;
  }

  /** Number of selections so far. */
  public long selections() {
    return selections;
  }

  /** The discount factor γ. */
  public double gamma() {
    return gamma;
  }

  /** Number of items n. */
  public int items() {
    return memory.length;
  }

  /**
   * The effective memory horizon 1/(1 − γ) (Section 2.3); infinite for uniform memory.
   */
  public double effectiveHorizon() {
    return gamma == 1.0 ? Double.POSITIVE_INFINITY : 1.0 / (1.0 - gamma);
  }
}
