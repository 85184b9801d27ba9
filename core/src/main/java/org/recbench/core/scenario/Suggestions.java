package org.recbench.core.scenario;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * "Did you mean" lists: the known names nearest to a misspelt one by Levenshtein edit distance.
 * A name's last dot-separated part also counts, so {@code ucb1} finds {@code bandit.ucb1}.
 */
public final class Suggestions {

  /** At most this many suggestions are given. */
  public static final int LIMIT = 3;
  private static final int LONGEST_INPUT = 200;

  private Suggestions() {}

  /**
   * The candidates within edit distance {@code max(2, |input| / 3)} of {@code input} (or of whose
   * last dot-separated part it is that close), nearest first, ties alphabetical, at most
   * {@link #LIMIT}; none for an input longer than {@value #LONGEST_INPUT} characters (not a
   * typing error, and the edit distance would cost time quadratic in its length).
   */
  public static List<String> nearest(String input, Collection<String> candidates) {
    if (input.length() > LONGEST_INPUT) {
      return List.of();
    }
    int threshold = Math.max(2, input.length() / 3);
    record Scored(String name, int distance) {}
    return candidates.stream()
        .distinct()
        .map(c -> new Scored(c, distance(input, c)))
        .filter(s -> s.distance() <= threshold)
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
        .limit(LIMIT)
        .map(Scored::name)
        .toList();
  }

  /**
   * {@code "; did you mean a, b or c?"} for the nearest candidates, or an empty string when none
   * is close.
   */
  public static String didYouMean(String input, Collection<String> candidates) {
    List<String> near = nearest(input, candidates);
    return near.isEmpty() ? "" : "; did you mean " + orList(near) + "?";
  }

  /** {@code "a"}, {@code "a or b"}, {@code "a, b or c"}. */
  static String orList(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " or "
        + items.get(items.size() - 1);
  }

  private static int distance(String input, String candidate) {
    int whole = levenshtein(input, candidate);
    int dot = candidate.lastIndexOf('.');
    return dot < 0 ? whole : Math.min(whole, levenshtein(input, candidate.substring(dot + 1)));
  }

  /** Levenshtein distance by the two-row dynamic programme (insert, delete, substitute cost 1). */
  static int levenshtein(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
