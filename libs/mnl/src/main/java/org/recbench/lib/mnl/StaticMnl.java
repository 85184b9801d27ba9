package org.recbench.lib.mnl;

/**
 * StaticMNL: the exact revenue-maximising assortment of at most K items under the MNL model,
 * max_{|S| ≤ K} R(S) with R(S) = Σ_{i∈S} r_i v_i / (1 + Σ_{j∈S} v_i) and v_i = exp(u_i)
 * (Rusmevichientong, Shen and Shmoys 2010, "Dynamic assortment optimization with a multinomial
 * logit choice model and capacity constraint", Operations Research 58(6), Sec. 2.2; paper 003,
 * Appendix S.5.1, Alg. 4).
 *
 * <p>R(S) ≥ λ exactly when Σ_{i∈S} v_i (r_i − λ) ≥ λ, so the optimum λ* is the root of the
 * decreasing function G(λ) = max_{|S| ≤ K} Σ_{i∈S} v_i (r_i − λ) − λ, and an optimal set is
 * A(λ*): the (at most) K items with the largest positive values of the lines
 * f_i(λ) = v_i (r_i − λ). A(λ) changes only where two lines cross, at the intersection points
 * I(i, j) = (v_i r_i − v_j r_j) / (v_i − v_j), or where a line crosses zero, at I(i, 0) = r_i.
 * Sweeping λ upwards from 0 through these points, keeping the items sorted by f_i(λ) with one
 * transposition per crossing, enumerates every A(λ) in O(N² log N) time; the best of them is
 * optimal. Sets smaller than K come out naturally: A(λ) holds only items with r_i &gt; λ.
 *
 * <p>Implementation choices, none of which changes the result:
 * <ul>
 *   <li>The crossings are generated lazily from adjacent pairs of the sorted order (a kinetic
 *       sorted list): each swap is the next intersection point of the paper's sorted list, but
 *       ties (three lines through one point, equal revenues) and rounding can never leave the
 *       order inconsistent, and memory is O(N) instead of O(N²).</li>
 *   <li>The sweep stops once G(λ) &lt; 0 for the current set: then λ &gt; λ*, so A(λ*) has
 *       already been evaluated.</li>
 *   <li>Weights are v_i = exp(u_i − max_j u_j) with the no-purchase weight exp(−max_j u_j);
 *       this rescaling leaves every intersection point and every set unchanged and cannot
 *       overflow.</li>
 * </ul>
 *
 * <p>An instance keeps its buffers between calls (growing them if a call has more items than
 * before), so a solve allocates nothing; it is not thread-safe.
 */
public final class StaticMnl {

  private double[] weight = new double[0];
  private double[] negativeValue = new double[0];
  private double[] itemRevenue;
  private int[] order = new int[0];
  private int[] position = new int[0];
  private int[] byRevenue = new int[0];
  private int[] scratch = new int[0];
  private int[] candidate = new int[0];
  private final EventHeap crossings = new EventHeap();
  private double bestRevenue;
  private double outsideWeight;
  private int size;
  private int slots;

  /**
   * Writes an optimal assortment into {@code out[0..size)} and returns its size (between 1 and
   * min(capacity, items)); its expected revenue is then {@link #revenue()}.
   *
   * @param utilities the items' mean utilities u_i, entries 0..items-1
   * @param revenues the items' revenues r_i &gt; 0, entries 0..items-1
   * @param items the number of items N
   * @param capacity the capacity K
   * @param out receives the item indices; needs min(capacity, items) entries
   */
  public int solve(double[] utilities, double[] revenues, int items, int capacity, int[] out) {
    validate(utilities, revenues, items, capacity, out);
    ensure(items);
    size = Math.min(capacity, items);
    itemRevenue = revenues;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < items; i++) {
      max = Math.max(max, utilities[i]);
    }
    outsideWeight = Math.exp(-max);
    for (int i = 0; i < items; i++) {
      weight[i] = Math.exp(utilities[i] - max);
      negativeValue[i] = -weight[i] * revenues[i];
      order[i] = i;
      byRevenue[i] = i;
    }
    IndexSort.sort(order, items, negativeValue, weight, scratch);
    IndexSort.sort(byRevenue, items, revenues, weight, scratch);
    for (int p = 0; p < items; p++) {
      position[order[p]] = p;
    }
    slots = items - 1;
    crossings.reset(slots);
    double lambda = 0.0;
    for (int p = 0; p < slots; p++) {
      crossings.set(p, crossing(p, lambda));
    }
    bestRevenue = Double.NEGATIVE_INFINITY;
    int bestSize = 0;
    int nextRevenue = 0;
    int current = candidate(lambda);
    double value = MnlChoice.expectedRevenue(utilities, revenues, candidate, current);
    if (value > bestRevenue) {
      bestRevenue = value;
      bestSize = copy(current, out);
    }
    while (true) {
      double cross = crossings.minKey();
      double zero = nextRevenue < items ? revenues[byRevenue[nextRevenue]]
          : Double.POSITIVE_INFINITY;
      double next = Math.min(cross, zero);
      if (next == Double.POSITIVE_INFINITY) {
        break;
      }
      if (next > lambda) {
        if (gap(current, lambda) < 0.0) {
          break;
        }
        lambda = next;
      }
      boolean changed;
      if (cross <= zero) {
        int p = crossings.minSlot();
        swap(p);
        for (int q = Math.max(0, p - 1); q <= Math.min(slots - 1, p + 1); q++) {
          crossings.set(q, crossing(q, lambda));
        }
        changed = p == size - 1;
      } else {
        changed = position[byRevenue[nextRevenue++]] < size;
      }
      if (changed) {
        current = candidate(lambda);
        value = MnlChoice.expectedRevenue(utilities, revenues, candidate, current);
        if (value > bestRevenue) {
          bestRevenue = value;
          bestSize = copy(current, out);
        }
      }
    }
    return bestSize;
  }

  /** The expected revenue of the assortment returned by the last {@link #solve} call. */
  public double revenue() {
    return bestRevenue;
  }

  /**
   * The λ at which the adjacent pair at positions (p, p + 1) swaps, or +∞ if the upper line is
   * no steeper than the lower one and so stays above it.
   */
  private double crossing(int p, double lambda) {
    int upper = order[p];
    int lower = order[p + 1];
    double wu = weight[upper];
    double wl = weight[lower];
    if (wu <= wl) {
      return Double.POSITIVE_INFINITY;
    }
    double at = (wu * itemRevenue[upper] - wl * itemRevenue[lower]) / (wu - wl);
    return Math.max(at, lambda);
  }

  private void swap(int p) {
    int a = order[p];
    int b = order[p + 1];
    order[p] = b;
    order[p + 1] = a;
    position[b] = p;
    position[a] = p + 1;
  }

  /** A(λ⁺): the first K items of the order whose line is still positive, into candidate. */
  private int candidate(double lambda) {
    int count = 0;
    for (int p = 0; p < size; p++) {
      int i = order[p];
      if (itemRevenue[i] > lambda) {
        candidate[count++] = i;
      }
    }
    return count;
  }

  /** Σ_{i∈A} v_i (r_i − λ) − λ v_0, which is G(λ) when A = A(λ⁺). */
  private double gap(int count, double lambda) {
    double sum = -lambda * outsideWeight;
    for (int k = 0; k < count; k++) {
      int i = candidate[k];
      sum += weight[i] * (itemRevenue[i] - lambda);
    }
    return sum;
  }

  private int copy(int count, int[] out) {
    System.arraycopy(candidate, 0, out, 0, count);
    return count;
  }

  private void ensure(int items) {
    if (weight.length < items) {
      weight = new double[items];
      negativeValue = new double[items];
      order = new int[items];
      position = new int[items];
      byRevenue = new int[items];
      scratch = new int[items];
      candidate = new int[items];
    }
  }

  private static void validate(double[] utilities, double[] revenues, int items, int capacity,
      int[] out) {
    if (items < 1) {
      throw new IllegalArgumentException("items must be at least 1, got " + items);
    }
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
    }
    if (utilities.length < items || revenues.length < items) {
      throw new IllegalArgumentException("utilities (" + utilities.length + ") and revenues ("
          + revenues.length + ") must have at least items = " + items + " entries");
    }
    if (out.length < Math.min(capacity, items)) {
      throw new IllegalArgumentException("out has " + out.length + " entries, needs "
          + Math.min(capacity, items));
    }
    for (int i = 0; i < items; i++) {
      if (!Double.isFinite(utilities[i])) {
        throw new IllegalArgumentException("utility of item " + i + " is " + utilities[i]
            + ", expected a finite number");
      }
      if (!(revenues[i] > 0.0) || !Double.isFinite(revenues[i])) {
        throw new IllegalArgumentException("revenue of item " + i + " is " + revenues[i]
            + ", expected a finite positive number");
      }
    }
  }
}
