package org.recbench.population.ode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.recbench.api.AnalysisResult;
import org.recbench.api.figure.Figure;
import org.recbench.api.figure.Series;

/**
 * The ODE curves of an {@link OdeLimit} analysis read back from its figures, for figures that
 * draw them next to simulations: the share of users preferring each product and, for K = 3,
 * every user's simplex trajectory, on the analysis's τ grid (both figures share it).
 */
public final class OdeCurves {

  private final double[] times;
  private final List<Series> shares;
  private final List<Series> users;
  private final List<Series> products;

  private OdeCurves(double[] times, List<Series> shares, List<Series> users,
      List<Series> products) {
    this.times = times;
    this.shares = shares;
    this.users = users;
    this.products = products;
  }

  /** The curves of the first {@link OdeLimit} result among {@code analyses}, if any. */
  public static Optional<OdeCurves> of(List<AnalysisResult> analyses) {
    for (AnalysisResult result : analyses) {
      Optional<Figure> shares = figure(result, OdeLimit.SHARES_FIGURE);
      if (shares.isPresent()) {
        List<Series> users = new ArrayList<>();
        List<Series> products = new ArrayList<>();
        figure(result, OdeLimit.SIMPLEX_FIGURE).ifPresent(simplex -> simplex.series().forEach(s -> {
          if (s.label().endsWith(" (ODE)")) {
            users.add(s);
          } else if (!s.label().equals(OdeLimit.OUTLINE)) {
            products.add(s);
          }
        }));
        List<Series> shareSeries = shares.get().series();
        return Optional.of(new OdeCurves(shareSeries.get(0).x(), shareSeries, users, products));
      }
    }
    return Optional.empty();
  }

  /** The ODE times of the samples, ascending from 0. */
  public double[] times() {
    return times.clone();
  }

  /** The share of users preferring product {@code k} (0-based) at every sample. */
  public double[] shares(int k) {
    return shares.get(k).y();
  }

  /** Number of products with a share curve. */
  public int productCount() {
    return shares.size();
  }

  /** Whether the analysis drew simplex trajectories (K = 3). */
  public boolean hasSimplex() {
    return !users.isEmpty();
  }

  /** Number of users with a simplex trajectory. */
  public int userCount() {
    return users.size();
  }

  /**
   * User {@code u}'s simplex trajectory (plane coordinates, 0-based user) for the samples with
   * τ ≤ {@code until}, labelled "user n (ODE)".
   */
  public Series userTrajectory(int u, double until) {
    Series s = users.get(u);
    int count = samplesUntil(until);
    return Series.of(s.label(), Arrays.copyOf(s.x(), count), Arrays.copyOf(s.y(), count));
  }

  /** The plane point of product {@code k} (0-based), p(w_k), as a one-point series. */
  public Series productPoint(int k) {
    return products.get(k);
  }

  /** The number of samples with τ ≤ {@code until} (at least the one at τ = 0). */
  public int samplesUntil(double until) {
    int count = 1;
    while (count < times.length && times[count] <= until) {
      count++;
    }
    return count;
  }

  private static Optional<Figure> figure(AnalysisResult result, String prefix) {
    return result.figures().stream().filter(f -> f.id().startsWith(prefix)).findFirst();
  }
}
