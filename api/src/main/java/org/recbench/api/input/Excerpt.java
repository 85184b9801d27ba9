package org.recbench.api.input;

/**
 * Short, escaped excerpts of untrusted text for messages. Control characters, unpaired UTF-16
 * surrogates and other non-printable characters are written as JSON-style escapes ({@code \n},
 * {@code \u0000}), so an excerpt is one printable line; text longer than the limit is cut (never
 * inside a surrogate pair) and ends with {@code ...} and the number of characters left out.
 * Every message that quotes a value of a scenario or a token of a data file goes through here,
 * so a 5 MB line or the content of a file that was never meant to be read does not spread into
 * terminals, {@code trials.jsonl} and reports.
 */
public final class Excerpt {

  /** The default number of characters shown. */
  public static final int SHOWN_CHARACTERS = 40;

  private Excerpt() {}

  /** {@code text} escaped and cut to {@value #SHOWN_CHARACTERS} characters, in single quotes. */
  public static String quote(CharSequence text) {
    return "'" + of(text, SHOWN_CHARACTERS) + "'";
  }

  /** {@code text} escaped and cut to {@value #SHOWN_CHARACTERS} characters, without quotes. */
  public static String of(CharSequence text) {
    return of(text, SHOWN_CHARACTERS);
  }

  /**
   * {@code text} escaped and cut to at most {@code shown} characters of the original, without
   * quotes; null is {@code null}.
   */
  public static String of(CharSequence text, int shown) {
    if (text == null) {
      return "null";
    }
    int end = cutAt(text, shown);
    StringBuilder out = new StringBuilder(Math.min(end, shown) + 16);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else {
        appendEscaped(out, c, false);
      }
    }
    if (end < text.length()) {
      out.append("... (").append(text.length() - end).append(" more characters)");
    }
    return out.toString();
  }

  /**
   * A message fit for one line of a log, {@code trials.jsonl} or a report: at most
   * {@code maxCharacters} characters of {@code message}; unpaired surrogates and control
   * characters other than line feeds and tabs escaped. Use it for messages built by code that
   * may have quoted input without an excerpt (a library's exception message).
   */
  public static String limit(String message, int maxCharacters) {
    if (message == null) {
      return null;
    }
    int end = cutAt(message, maxCharacters);
    StringBuilder out = null;
    for (int i = 0; i < end; i++) {
      char c = message.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < end
          && Character.isLowSurrogate(message.charAt(i + 1));
      boolean plain = pair || c == '\n' || c == '\t' || printable(c);
      if (!plain && out == null) {
        out = new StringBuilder(end + 16).append(message, 0, i);
      }
      if (out != null) {
        if (pair) {
          out.append(c).append(message.charAt(++i));
        } else if (plain) {
          out.append(c);
        } else {
          appendEscaped(out, c, true);
        }
      } else if (pair) {
        i++;
      }
    }
    String kept = out == null ? message.substring(0, end) : out.toString();
    return end < message.length()
        ? kept + "... (" + (message.length() - end) + " more characters)" : kept;
  }

  /** Whether {@code text} contains a UTF-16 surrogate that is not part of a pair. */
  public static boolean hasUnpairedSurrogate(CharSequence text) {
    return unpairedSurrogateAt(text) >= 0;
  }

  /** The index of the first unpaired UTF-16 surrogate of {@code text}, or -1. */
  public static int unpairedSurrogateAt(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** The end of the shown part: {@code shown} characters, one less if that splits a pair. */
  private static int cutAt(CharSequence text, int shown) {
    if (text.length() <= shown) {
      return text.length();
    }
    int end = Math.max(0, shown);
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))
        && Character.isLowSurrogate(text.charAt(end))) {
      end--;
    }
    return end;
  }

  private static boolean printable(char c) {
    if (Character.isSurrogate(c) || Character.isISOControl(c)) {
      return false;
    }
    int type = Character.getType(c);
    return type != Character.UNASSIGNED && type != Character.FORMAT
        && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
        && type != Character.PRIVATE_USE;
  }

  private static void appendEscaped(StringBuilder out, char c, boolean messageMode) {
    switch (c) {
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case '\\' -> out.append(messageMode ? "\\" : "\\\\");
      case '\'' -> out.append(messageMode ? "'" : "\\'");
      default -> {
        if (printable(c)) {
          out.append(c);
        } else {
          out.append(String.format("\\u%04x", (int) c));
        }
      }
    }
  }
}
