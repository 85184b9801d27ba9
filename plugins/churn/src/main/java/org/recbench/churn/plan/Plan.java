package org.recbench.churn.plan;

import java.util.Arrays;

/**
 * A session policy of paper 002 written as what it is: since a dislike ends the session, a policy
 * is a sequence of categories (Sec. 2.1). A plan is a finite prefix followed by one category
 * repeated forever (Remark 5.3), with its exact value at the prior and a certified upper bound on
 * the optimal value.
 */
public final class Plan {

  private final int[] prefix;
  private final int tail;
  private final double value;
  private final double upperBound;

  /**
   * Creates the plan. Trailing copies of the tail category are dropped from the prefix: they
   * describe the same sequence.
   *
   * @param prefix categories recommended first, in order
   * @param tail category recommended after the prefix, forever
   * @param value exact value of the plan at the prior (expected number of likes)
   * @param upperBound certified upper bound on the optimal value V*(q)
   */
  public Plan(int[] prefix, int tail, double value, double upperBound) {
    int length = prefix.length;
    while (length > 0 && prefix[length - 1] == tail) {
      length--;
    }
    this.prefix = Arrays.copyOf(prefix, length);
    this.tail = tail;
    this.value = value;
    this.upperBound = upperBound;
  }

  /** The category to recommend after {@code likes} likes in the session. */
  public int action(int likes) {
    return likes < prefix.length ? prefix[likes] : tail;
  }

  /** Number of categories before the tail starts. */
  public int prefixLength() {
    return prefix.length;
  }

  /** A copy of the prefix. */
  public int[] prefix() {
    return prefix.clone();
  }

  /** The category repeated after the prefix. */
  public int tail() {
    return tail;
  }

  /** Exact value of the plan at the prior. */
  public double value() {
    return value;
  }

  /** Certified upper bound on V*(q); {@code upperBound() - value()} bounds the plan's gap. */
  public double upperBound() {
    return upperBound;
  }

  @Override
  public String toString() {
    return "Plan" + Arrays.toString(prefix) + " then " + tail + " forever, value " + value
        + " (optimum <= " + upperBound + ")";
  }
}
