package org.recbench.core.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Which policies cannot be told apart from the best: the best and every policy whose paired
 * signed-rank p-value against it is at least 5% after Holm's step-down adjustment for the
 * number of comparisons (Holm, <i>Scandinavian Journal of Statistics</i> 6(2), 1979), so the
 * chance of wrongly excluding any policy from the top group stays at most 5%.
 *
 * <p>With {@code n} paired seeds the exact two-sided signed-rank test cannot give a p-value
 * below {@code 2 / 2^n}; when even the smallest Holm threshold {@code 0.05 / m} is below that,
 * no difference can be significant and every policy is in the top group — the report says so
 * instead of presenting the ranks as if they meant something.
 */
public final class TopGroup {

  /** Family-wise significance level. */
  public static final double ALPHA = 0.05;

  private TopGroup() {}

  /**
   * Holm-adjusted p-values, index by index; a null p-value (no common seed) stays null.
   */
  public static Double[] holm(Double[] pValues) {
    List<Integer> tested = new ArrayList<>();
    for (int i = 0; i < pValues.length; i++) {
      if (pValues[i] != null) {
        tested.add(i);
      }
    }
    tested.sort(Comparator.comparingDouble(i -> pValues[i]));
    Double[] adjusted = new Double[pValues.length];
    double running = 0;
    int m = tested.size();
    for (int rank = 0; rank < m; rank++) {
      int i = tested.get(rank);
      running = Math.max(running, Math.min(1, (m - rank) * pValues[i]));
      adjusted[i] = running;
    }
    return adjusted;
  }

  /** The smallest two-sided p-value an exact signed-rank test on {@code pairs} pairs can give. */
  public static double smallestPossibleP(int pairs) {
    return Math.min(1, 2 / Math.pow(2, pairs));
  }

  /** Seeds needed before {@code comparisons} Holm-adjusted tests can reach {@link #ALPHA}. */
  public static int seedsNeeded(int comparisons) {
    int n = 1;
    while (smallestPossibleP(n) > ALPHA / Math.max(1, comparisons)) {
      n++;
    }
    return n;
  }

  /**
   * Whether any difference can be significant with {@code pairs} common seeds per comparison
   * and {@code comparisons} comparisons against the best.
   */
  public static boolean decidable(int pairs, int comparisons) {
    return comparisons > 0 && smallestPossibleP(pairs) <= ALPHA / comparisons;
  }

  /** The note under a board: the top group, or why the ranking is not significant. */
  static String note(String metric, List<String> group, int policies, int pairs,
      boolean decidable) {
    if (policies < 2) {
      return "";
    }
    int comparisons = policies - 1;
    if (!decidable) {
      return String.format(Locale.ROOT, "The ranking on %s is not significant: with %d paired "
          + "seed%s a signed-rank test cannot give p below %s, and %d comparison%s against the "
          + "best need p < %s (Holm); at least %d seeds are needed. Every policy is in the top "
          + "group.", metric, pairs, pairs == 1 ? "" : "s", trim(smallestPossibleP(pairs)),
          comparisons, comparisons == 1 ? "" : "s", trim(ALPHA / comparisons),
          seedsNeeded(comparisons));
    }
    if (group.size() == policies) {
      return "No policy is significantly worse than the best on " + metric + " (paired Wilcoxon "
          + "signed-rank tests against the best, Holm-adjusted, 5% level): all share the top "
          + "group.";
    }
    if (group.size() == 1) {
      return "The best policy on " + metric + ", " + group.get(0) + ", is significantly better "
          + "than every other (paired Wilcoxon signed-rank tests, Holm-adjusted, 5% level).";
    }
    return "Top group on " + metric + " (not significantly different from the best; paired "
        + "Wilcoxon signed-rank tests, Holm-adjusted, 5% level): " + String.join(", ", group)
        + ".";
  }

  private static String trim(double p) {
    return p >= 0.001 ? String.format(Locale.ROOT, "%.3g", p) : String.format(Locale.ROOT,
        "%.2e", p);
  }

  static boolean[] members(Double[] adjusted, int best, boolean decidable) {
    boolean[] in = new boolean[adjusted.length];
    Arrays.fill(in, !decidable);
    in[best] = true;
    for (int i = 0; i < adjusted.length; i++) {
      if (decidable && i != best) {
        in[i] = adjusted[i] == null || adjusted[i] >= ALPHA;
      }
    }
    return in;
  }
}
