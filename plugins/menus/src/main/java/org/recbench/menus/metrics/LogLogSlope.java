package org.recbench.menus.metrics;

/**
 * The least-squares slope of log y on log x: the exponent a of a power law y ≈ c·x^a, the
 * usual summary of how regret grows with the horizon (a &lt; 1 is sublinear). Points with a
 * non-positive coordinate have no logarithm and are left out.
 */
public final class LogLogSlope {

  private LogLogSlope() {}

  /** The fitted exponent, or NaN with fewer than two usable points or a single x. */
  public static double of(double[] x, double[] y) {
    int used = 0;
    double mx = 0;
    double my = 0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] > 0 && y[i] > 0) {
        mx += Math.log(x[i]);
        my += Math.log(y[i]);
        used++;
      }
    }
    if (used < 2) {
      return Double.NaN;
    }
    mx /= used;
    my /= used;
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] > 0 && y[i] > 0) {
        double dx = Math.log(x[i]) - mx;
        sxy += dx * (Math.log(y[i]) - my);
        sxx += dx * dx;
      }
    }
    return sxx == 0 ? Double.NaN : sxy / sxx;
  }
}
