package org.recbench.menus.learning;

/**
 * Estimates the agent's current scores f(v) from the menus shown and the choices made during a
 * learning stage: the maximum a posteriori estimate of the Luce choice model
 * P(i | M) = f_i / Σ_{j∈M} f_j, by the minorise–maximise iteration of Hunter (Ann. Statist.
 * 2004), f_i ← (W_i + α) / (Σ_{obs ∋ i} 1/Σ_{j∈M_obs} f_j + α/f⁰_i), where W_i counts the times
 * i was chosen and the Gamma prior (α = 1 pseudo-choice, mean f⁰_i) keeps never-chosen items at
 * a finite score. The result is rescaled to max_i f̂_i = 1 and clamped below at λ: both are
 * harmless since menu times, hence MenuDist, are invariant to scaling all scores (Lemma 6) and
 * true scores in [λ, 1] have ratios f_i / max_j f_j ≥ λ. This replaces the paper's frequency
 * estimators (Theorem 2's proof, Lemma 7), whose formulas were lost; it uses the same
 * observations and is consistent. Repeated menus are aggregated (each distinct menu once, with
 * its count), so an iteration costs O(distinct menus · k). Buffers are preallocated for
 * {@code capacity} observations.
 */
public final class LuceEstimator {

  private static final double PRIOR_WEIGHT = 1.0;
  private static final int MAX_ITERATIONS = 1000;
  private static final double CONVERGED = 1e-10;

  private final int n;
  private final int k;
  private final double lambda;
  private final int[] menus;
  private final long[] keys;
  private final double[] shown;
  private final double[] chosen;
  private final double[] wins;
  private final double[] denominator;
  private final double[] priorTerm;
  private int size;
  private int distinct;

  /**
   * @throws IllegalArgumentException unless 2 ≤ k ≤ n, λ ∈ (0, 1] and capacity ≥ 1
   */
  public LuceEstimator(int items, int menuSize, double lambda, int capacity) {
    if (menuSize < 2 || menuSize > items) {
      throw new IllegalArgumentException(
          "score learning needs menus of 2 to n items, got k = " + menuSize + ", n = " + items);
    }
    if (!(lambda > 0 && lambda <= 1)) {
      throw new IllegalArgumentException("score lower bound lambda must be in (0, 1], got " + lambda);
    }
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
    }
    this.n = items;
    this.k = menuSize;
    this.lambda = lambda;
    this.menus = new int[capacity * menuSize];
    this.keys = new long[capacity];
    this.shown = new double[capacity];
    this.chosen = new double[items];
    this.wins = new double[items];
    this.denominator = new double[items];
    this.priorTerm = new double[items];
  }

  /** Forgets all observations. */
  public void clear() {
    size = 0;
    distinct = 0;
    java.util.Arrays.fill(chosen, 0.0);
  }

  /**
   * Records that {@code choice} was picked from {@code menu}.
   *
   * @throws IllegalStateException when the capacity is exhausted
   */
  public void record(int[] menu, int choice) {
    if (size == keys.length) {
      throw new IllegalStateException("learning stage holds at most " + keys.length
          + " observations");
    }
    size++;
    chosen[choice] += 1;
    long key = n <= 63 ? key(menu) : -1;
    if (key >= 0) {
      for (int d = 0; d < distinct; d++) {
        if (keys[d] == key) {
          shown[d] += 1;
          return;
        }
      }
    }
    System.arraycopy(menu, 0, menus, distinct * k, k);
    keys[distinct] = key;
    shown[distinct] = 1;
    distinct++;
  }

  private static long key(int[] menu) {
    long key = 0;
    for (int item : menu) {
      key |= 1L << item;
    }
    return key;
  }

  /** Number of observations recorded since the last {@link #clear}. */
  public int observations() {
    return size;
  }

  /**
   * Writes the estimate into {@code estimate}, starting from and shrinking towards
   * {@code prior} (positive scores; {@code estimate} may be {@code prior}).
   */
  public void estimate(double[] prior, double[] estimate) {
    for (int i = 0; i < n; i++) {
      priorTerm[i] = PRIOR_WEIGHT / prior[i];
      wins[i] = PRIOR_WEIGHT + chosen[i];
    }
    if (estimate != prior) {
      System.arraycopy(prior, 0, estimate, 0, n);
    }
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      System.arraycopy(priorTerm, 0, denominator, 0, n);
      for (int d = 0; d < distinct; d++) {
        double menuScore = 0;
        int base = d * k;
        for (int j = 0; j < k; j++) {
          menuScore += estimate[menus[base + j]];
        }
        double inverse = shown[d] / menuScore;
        for (int j = 0; j < k; j++) {
          denominator[menus[base + j]] += inverse;
        }
      }
      double change = 0;
      for (int i = 0; i < n; i++) {
        double next = wins[i] / denominator[i];
        change = Math.max(change, Math.abs(next - estimate[i]) / next);
        estimate[i] = next;
      }
      if (change < CONVERGED) {
        break;
      }
    }
    double max = 0;
    for (int i = 0; i < n; i++) {
      max = Math.max(max, estimate[i]);
    }
    for (int i = 0; i < n; i++) {
      estimate[i] = Math.max(lambda, estimate[i] / max);
    }
  }
}
