package org.recbench.assortment.model;

import java.util.random.RandomGenerator;

/** How the items' revenues r_i are set. */
public sealed interface RevenueRule {

  /** The revenues of {@code items} items. */
  double[] revenues(int items, RandomGenerator rng);

  /** r_i = 1 for every item: expected revenue = purchase probability (paper 003, Sec. 5.1). */
  record Unit() implements RevenueRule {
    @Override
    public double[] revenues(int items, RandomGenerator rng) {
      double[] r = new double[items];
      java.util.Arrays.fill(r, 1.0);
      return r;
    }
  }

  /** r_i drawn independently and uniformly from [low, high], 0 &lt; low ≤ high. */
  record Uniform(double low, double high) implements RevenueRule {

    /** Validates the range. */
    public Uniform {
      if (!(low > 0.0) || !(high >= low) || Double.isInfinite(high)) {
        throw new IllegalArgumentException("uniform revenues need 0 < low ≤ high < ∞, got ["
            + low + ", " + high + "]");
      }
    }

    @Override
    public double[] revenues(int items, RandomGenerator rng) {
      double[] r = new double[items];
      for (int i = 0; i < items; i++) {
        r[i] = low == high ? low : rng.nextDouble(low, high);
      }
      return r;
    }
  }

  /** Explicit positive revenues, one per item. */
  record Explicit(double[] values) implements RevenueRule {

    /** Validates and copies the values. */
    public Explicit {
      values = values.clone();
      for (int i = 0; i < values.length; i++) {
        if (!(values[i] > 0.0) || Double.isInfinite(values[i])) {
          throw new IllegalArgumentException("revenue " + i + " is " + values[i]
              + ", expected a finite positive number");
        }
      }
    }

    @Override
    public double[] revenues(int items, RandomGenerator rng) {
      if (values.length != items) {
        throw new IllegalArgumentException("explicit revenues: " + values.length
            + " values for " + items + " items");
      }
      return values.clone();
    }
  }
}
