package org.recbench.menus.menudist;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * MenuDist (Lemma 1 and its construction in Appendix B.1): given scores f = f(v) and a target
 * x ∈ IRD(v), builds a distribution over k-item menus under which the agent's choice is
 * distributed exactly as x.
 *
 * <p>Construction. (1) Menu times τ_i = k (x_i/f_i)/Σ_j (x_j/f_j) ({@link MenuTimes}); Σ τ = k,
 * τ_i ≤ 1. (2) Write τ as the inclusion marginals of a distribution t over k-sets, in stages:
 * the items whose remaining time exceeds the k-th highest are in every menu of the stage and are
 * charged at rate 1; the b items tied at the k-th highest share the k − a remaining slots and are
 * charged at rate (k − a)/b; the stage lasts until one more item joins the tie (from above or
 * from below) or the time runs out, so there are at most n stages. A stage is realised by b
 * menus that each take the a leading items and k − a tied items in round-robin order, so each
 * tied item lies in exactly k − a of them (only b/gcd(b, k − a) distinct menus are needed). (3)
 * Reweight: P(M) ∝ t_M · Σ_{j∈M} f_j. Then P(i chosen) = Σ_{M∋i} P(M) f_i/Σ_{j∈M} f_j ∝ f_i τ_i ∝
 * x_i: the sums of menu scores cancel. Time O(n² k) after an O(n²) sort; buffers are reused
 * across calls and only grow.
 */
public final class MenuDist {

  private static final double TIE = 1e-12;

  private final int n;
  private final int k;
  private final double[] tau;
  private final int[] order;
  private final int[] tied;
  private int[] menus;
  private double[] weights;
  private int size;
  private double total;

  /** A builder for menus of size k over n items. */
  public MenuDist(int items, int menuSize) {
    if (items < 1 || menuSize < 1 || menuSize > items) {
      throw new IllegalArgumentException(
          "menu size k must be in [1, n]; got n = " + items + ", k = " + menuSize);
    }
    this.n = items;
    this.k = menuSize;
    this.tau = new double[items];
    this.order = new int[items];
    this.tied = new int[items];
    this.menus = new int[4 * items * menuSize];
    this.weights = new double[4 * items];
  }

  /**
   * Builds the menu distribution for target {@code x} at {@code scores}; replaces the previous
   * one.
   *
   * @throws InfeasibleTargetException if max_i τ_i(x) > 1 + {@link MenuTimes#TOLERANCE}
   * @throws IllegalArgumentException if x is not a distribution or a score is not positive
   */
  public void build(double[] x, double[] scores) {
    validate(x, scores);
    MenuTimes.compute(x, scores, k, tau);
    int worst = 0;
    for (int i = 1; i < n; i++) {
      if (tau[i] > tau[worst]) {
        worst = i;
      }
    }
    if (tau[worst] > 1 + MenuTimes.TOLERANCE) {
      throw new InfeasibleTargetException(worst, tau[worst]);
    }
    sortByMenuTime();
    size = 0;
    decompose();
    total = 0;
    for (int m = 0; m < size; m++) {
      double menuScore = 0;
      for (int j = 0; j < k; j++) {
        menuScore += scores[menus[m * k + j]];
      }
      weights[m] *= menuScore;
      total += weights[m];
    }
  }

  private void validate(double[] x, double[] scores) {
    if (x.length != n || scores.length != n) {
      throw new IllegalArgumentException("target and scores must have n = " + n
          + " entries, got " + x.length + " and " + scores.length);
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      if (!(x[i] >= 0) || Double.isInfinite(x[i])) {
        throw new IllegalArgumentException("target entry " + i + " must be >= 0, got " + x[i]);
      }
      if (!(scores[i] > 0) || Double.isInfinite(scores[i])) {
        throw new IllegalArgumentException("score " + i + " must be positive, got " + scores[i]);
      }
      sum += x[i];
    }
    if (Math.abs(sum - 1) > 1e-9) {
      throw new IllegalArgumentException("target must sum to 1, sums to " + sum);
    }
  }

  /** Insertion sort of the items by decreasing menu time (O(n²), allocation-free). */
  private void sortByMenuTime() {
    for (int i = 0; i < n; i++) {
      int item = i;
      int j = i - 1;
      while (j >= 0 && tau[order[j]] < tau[item]) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = item;
    }
  }

  /**
   * Step (2). Items order[0, a) lead (remaining τ − elapsed, all charged at rate 1), order[a, a+b)
   * are tied at {@code tieValue}, order[a+b, n) are untouched.
   */
  private void decompose() {
    double tieValue = tau[order[k - 1]];
    int a = 0;
    while (a < k - 1 && tau[order[a]] > tieValue + TIE) {
      a++;
    }
    int b = k - a;
    while (a + b < n && tieValue - tau[order[a + b]] <= TIE) {
      b++;
    }
    double elapsed = 0;
    while (tieValue > TIE) {
      int slots = k - a;
      double rate = (double) slots / b;
      double duration = tieValue / rate;
      if (a + b < n) {
        duration = Math.min(duration, (tieValue - tau[order[a + b]]) / rate);
      }
      if (a > 0 && rate < 1) {
        duration = Math.min(duration, (tau[order[a - 1]] - elapsed - tieValue) / (1 - rate));
      }
      duration = Math.max(0.0, duration);
      emitStage(a, b, slots, duration);
      elapsed += duration;
      tieValue -= rate * duration;
      while (a > 0 && tau[order[a - 1]] - elapsed - tieValue <= TIE) {
        a--;
        b++;
      }
      while (a + b < n && tieValue - tau[order[a + b]] <= TIE) {
        b++;
      }
    }
  }

  private void emitStage(int a, int b, int slots, double duration) {
    if (duration <= 0) {
      return;
    }
    for (int j = 0; j < b; j++) {
      tied[j] = order[a + j];
    }
    int distinct = b / gcd(b, slots);
    ensureCapacity(size + distinct);
    double weight = duration / distinct;
    for (int m = 0; m < distinct; m++) {
      int base = size * k;
      for (int j = 0; j < a; j++) {
        menus[base + j] = order[j];
      }
      for (int j = 0; j < slots; j++) {
        menus[base + a + j] = tied[(m * slots + j) % b];
      }
      weights[size] = weight;
      size++;
    }
  }

  private static int gcd(int p, int q) {
    while (q != 0) {
      int r = p % q;
      p = q;
      q = r;
    }
    return p;
  }

  private void ensureCapacity(int menusNeeded) {
    if (menusNeeded > weights.length) {
      int capacity = Math.max(menusNeeded, 2 * weights.length);
      weights = Arrays.copyOf(weights, capacity);
      menus = Arrays.copyOf(menus, capacity * k);
    }
  }

  /** Number of menus in the support (with repetitions across stages). */
  public int size() {
    return size;
  }

  /** Copies menu {@code m} into {@code out} (length k). */
  public void menu(int m, int[] out) {
    System.arraycopy(menus, m * k, out, 0, k);
  }

  /** Item {@code j} of menu {@code m}. */
  public int item(int m, int j) {
    return menus[m * k + j];
  }

  /** Probability of menu {@code m}. */
  public double probability(int m) {
    return weights[m] / total;
  }

  /** Draws a menu into {@code out} (length k); O(size). */
  public void sample(RandomGenerator random, int[] out) {
    double u = random.nextDouble() * total;
    double cumulative = 0;
    int chosen = size - 1;
    for (int m = 0; m < size; m++) {
      cumulative += weights[m];
      if (u < cumulative) {
        chosen = m;
        break;
      }
    }
    menu(chosen, out);
  }

  /**
   * The choice distribution this menu distribution induces for an agent with scores
   * {@code scores}: Σ_M P(M) f_i / Σ_{j∈M} f_j. With the scores it was built from, this is the
   * target; with other scores, the realised distribution.
   */
  public void choiceDistribution(double[] scores, double[] out) {
    Arrays.fill(out, 0.0);
    for (int m = 0; m < size; m++) {
      double menuScore = 0;
      for (int j = 0; j < k; j++) {
        menuScore += scores[menus[m * k + j]];
      }
      double p = weights[m] / total / menuScore;
      for (int j = 0; j < k; j++) {
        int item = menus[m * k + j];
        out[item] += p * scores[item];
      }
    }
  }

  /** The menu times of the last target (a live view). */
  public double[] menuTimes() {
    return tau;
  }
}
