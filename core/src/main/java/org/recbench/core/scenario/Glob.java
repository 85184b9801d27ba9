package org.recbench.core.scenario;

import java.util.regex.Pattern;

/**
 * Id patterns in scenarios: {@code *} matches any run of characters (dots included), every other
 * character matches itself. {@code churn.*} matches {@code churn.bnb}; {@code *} matches every id.
 */
public final class Glob {

  /** JSON Schema pattern of a glob over component ids: id characters with at least one star. */
  static final String SCHEMA_PATTERN = "^[a-z0-9.*-]*\\*[a-z0-9.*-]*$";

  private final Pattern pattern;

  private Glob(String glob) {
    StringBuilder regex = new StringBuilder();
    for (String literal : glob.split("\\*", -1)) {
      if (regex.length() > 0) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(literal));
    }
    this.pattern = Pattern.compile(regex.toString());
  }

  /** Whether {@code text} is a glob rather than an exact id. */
  public static boolean isGlob(String text) {
    return text.indexOf('*') >= 0;
  }

  /** The glob written as {@code text}. */
  public static Glob of(String text) {
    return new Glob(text);
  }

  /** Whether {@code id} matches the whole pattern. */
  public boolean matches(String id) {
    return pattern.matcher(id).matches();
  }
}
