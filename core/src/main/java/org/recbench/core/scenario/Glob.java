package org.recbench.core.scenario;

/**
 * Id patterns in scenarios: {@code *} matches any run of characters (dots included), every other
 * character matches itself. {@code churn.*} matches {@code churn.bnb}; {@code *} matches every id.
 */
public final class Glob {

  /** JSON Schema pattern of a glob over component ids: id characters with at least one star. */
  static final String SCHEMA_PATTERN = "^[a-z0-9.*-]*\\*[a-z0-9.*-]*$";

  private final String glob;

  private Glob(String glob) {
    this.glob = glob;
  }

  /** Whether {@code text} is a glob rather than an exact id. */
  public static boolean isGlob(String text) {
    return text.indexOf('*') >= 0;
  }

  /** The glob written as {@code text}. */
  public static Glob of(String text) {
    return new Glob(text);
  }

  /**
   * Whether {@code id} matches the whole pattern. Matched without a regular expression, in
   * O(|glob| · |id|) steps however many stars the glob has ({@code .*.*.*...} backtracks
   * exponentially, and globs come from scenario files): on a mismatch after a star, the star
   * absorbs one more character and matching resumes after it.
   */
  public boolean matches(String id) {
    int g = 0;
    int i = 0;
    int star = -1;
    int resume = 0;
    while (i < id.length()) {
      if (g < glob.length() && glob.charAt(g) == '*') {
        star = g++;
        resume = i;
      } else if (g < glob.length() && glob.charAt(g) == id.charAt(i)) {
        g++;
        i++;
      } else if (star >= 0) {
        g = star + 1;
        i = ++resume;
      } else {
        return false;
      }
    }
    while (g < glob.length() && glob.charAt(g) == '*') {
      g++;
    }
    return g == glob.length();
  }
}
