package org.recbench.sarsop.format;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Number text for model files. Values are written with the digits of {@link Double#toString}
 * (which parse back to the same double) but in plain positional notation, because some POMDP
 * parsers do not read exponents ({@code 1.0E-5} is written {@code 0.00001}).
 */
final class Numbers {

  /**
   * A decimal number: optional sign, digits, point, exponent. Possessive quantifiers, so that a
   * token of 100,000 digits and a letter is rejected in linear time (the greedy form backtracked
   * quadratically and hung the reader).
   */
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?+(?:\\d++(?:\\.\\d*+)?+|\\.\\d++)(?:[eE][+-]?+\\d++)?+");

  private Numbers() {}

  /** Plain decimal text of {@code value} that parses back to exactly {@code value}. */
  static String format(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("cannot write the non-finite number " + value);
    }
    String plain = new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    return plain.indexOf('.') < 0 ? plain + ".0" : plain;
  }

  /** Whether {@code text} is a decimal number (optional sign, digits, point, exponent). */
  static boolean isNumber(String text) {
    return NUMBER.matcher(text).matches();
  }
}
