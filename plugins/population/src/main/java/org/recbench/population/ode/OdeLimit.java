package org.recbench.population.ode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recbench.api.AnalysisResult;
import org.recbench.api.Fact;
import org.recbench.api.figure.Axis;
import org.recbench.api.figure.ChartKind;
import org.recbench.api.figure.Figure;
import org.recbench.api.figure.Series;
import org.recbench.population.indices.PreferenceIndices;
import org.recbench.population.indices.SimplexProjection;
import org.recbench.protocol.population.AttributeTable;
import org.recbench.protocol.population.Population;
import org.recbench.protocol.population.PopulationDynamics;

/**
 * The ODE limit of the softmax least-squares recommender on one population (Theorem 2, Eq. 13),
 * as the analysis of a {@code population.softmax-ls} configuration: the ODE integrated from
 * x(0) = (0, s(0)·I, y(0)) to τ = horizon and sampled on a grid dense at small τ, where
 * simulations are, then summarised as facts at the horizon and as figures (users preferring each
 * product, and for K = 3 the simplex trajectories of Fig. 3), which {@link OdeCurves} reads back.
 *
 * <p>s(0) is the one the simulation of the same configuration tracks: ζ/t0 at clock offset
 * t0 ≥ 1 (the recommender's (ζI + Σ C Cᵀ)/(t0 + t) obeys Eq. 10 from it), and Theorem 2's ζ at
 * t0 = 0, where no averaged form starts at t = 0.
 */
public final class OdeLimit {

  /** Samples of the grid, τ = 0 included. */
  static final int SAMPLES = 401;
  /** Id prefix of the shares figure. */
  static final String SHARES_FIGURE = "population.ode-shares";
  /** Id prefix of the simplex figure. */
  static final String SIMPLEX_FIGURE = "population.ode-simplex";
  /** Label of the simplex outline series. */
  static final String OUTLINE = "simplex";
  /** Users with a fact of their own at most. */
  private static final int USERS_WITH_FACTS = 10;

  private OdeLimit() {}

  /**
   * s(0) of the ODE a simulation at clock offset {@code clockOffset} tracks: ζ/t0, or ζ at
   * t0 = 0.
   */
  public static double initialGramScale(double ridge, long clockOffset) {
    return clockOffset == 0 ? ridge : ridge / clockOffset;
  }

  /**
   * The sample times: 0, then (1 + H)^{i/(S−1)} − 1 for i = 1 … S − 1, evenly spaced in
   * ln(1 + τ) and ending exactly at H.
   */
  static double[] grid(double horizon) {
    double[] times = new double[SAMPLES];
    for (int i = 1; i < SAMPLES; i++) {
      times[i] = Math.expm1(Math.log1p(horizon) * i / (SAMPLES - 1));
    }
    times[SAMPLES - 1] = horizon;
    return times;
  }

  /**
   * Solves the ODE of the softmax least-squares recommender with inverse temperature {@code a}
   * and ridge {@code ridge} on {@code dynamics} to τ = {@code horizon} and summarises it.
   *
   * @throws IllegalArgumentException when the horizon is not positive
   */
  public static AnalysisResult analyse(PopulationDynamics dynamics, double a, double ridge,
      double horizon) {
    if (!(horizon > 0) || !Double.isFinite(horizon)) {
      throw new IllegalArgumentException("ODE horizon: " + horizon + "; expected > 0");
    }
    Population population = dynamics.population();
    double gramScale = initialGramScale(ridge, dynamics.clockOffset());
    PopulationOde ode = new PopulationOde(population, a);
    double[] times = grid(horizon);
    OdeTrajectory trajectory = OdeSolver.withDefaultTolerances()
        .solve(ode, ode.initialState(gramScale), times);

    int n = population.userCount();
    int k = population.productCount();
    AttributeTable products = population.products();
    double[] states = new double[n * population.productDimension()];
    double[][] shares = new double[k][times.length];
    double[] share = new double[k];
    for (int i = 0; i < times.length; i++) {
      trajectory.copyPreferences(i, states);
      PreferenceIndices.preferenceShares(states, n, products, share);
      for (int j = 0; j < k; j++) {
        shares[j][i] = share[j];
      }
    }

    String tau = "tau=" + number(horizon);
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("clock offset t0", dynamics.clockOffset(), "steps"));
    facts.add(new Fact("ODE s(0) (zeta/t0; zeta at t0 = 0)", gramScale, ""));
    facts.add(new Fact("ODE horizon tau", horizon, ""));
    facts.add(new Fact("ODE derivative evaluations", trajectory.evaluations(), ""));
    for (int j = 0; j < k; j++) {
      facts.add(new Fact("ODE " + tau + ": share preferring product " + (j + 1),
          shares[j][times.length - 1], ""));
    }
    facts.add(new Fact("ODE " + tau + ": consensus index",
        PreferenceIndices.consensus(share, k), ""));
    facts.add(new Fact("ODE " + tau + ": polarization index",
        PreferenceIndices.polarization(states, n, population.productDimension()), ""));
    if (n <= USERS_WITH_FACTS) {
      double[] initial = new double[states.length];
      trajectory.copyPreferences(0, initial);
      for (int u = 0; u < n; u++) {
        facts.add(new Fact("user " + (u + 1) + ": preferred product at tau=0",
            PreferenceIndices.preferredProduct(initial, u, products) + 1, ""));
        facts.add(new Fact("user " + (u + 1) + ": preferred product at " + tau,
            PreferenceIndices.preferredProduct(states, u, products) + 1, ""));
      }
    }

    String config = "a = " + number(a) + ", zeta = " + number(ridge) + ", s(0) = "
        + number(gramScale);
    String suffix = "[a=" + number(a) + ", ridge=" + number(ridge) + "]";
    List<Figure> figures = new ArrayList<>();
    List<Series> shareSeries = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      shareSeries.add(Series.of(productLabel(j), times, shares[j]));
    }
    figures.add(new Figure(SHARES_FIGURE + suffix,
        "ODE limit: users preferring each product (" + config + ")", ChartKind.LINE,
        Axis.linear("ODE time tau", ""), Axis.linear("share of users", ""), shareSeries,
        "Theorem 2's ODE from b(0) = 0, s(0) = " + number(gramScale) + " I and y(0) to tau = "
            + number(horizon) + " (Dormand-Prince 8(5,3), tolerances 1e-10): the share of users"
            + " whose preferred product argmax_k w_k^T y_n(tau) is k. A simulation at clock"
            + " offset t0 = " + dynamics.clockOffset() + " reaches tau = H(t0 + T) - H(t0)"
            + " after T steps.", "", false));
    if (k == 3) {
      figures.add(simplex(trajectory, population, a, suffix, config, horizon));
    }
    return new AnalysisResult(facts, figures);
  }

  private static Figure simplex(OdeTrajectory trajectory, Population population, double a,
      String suffix, String config, double horizon) {
    int n = population.userCount();
    int q = population.productDimension();
    AttributeTable products = population.products();
    List<Series> series = new ArrayList<>();
    series.add(outline());
    double[] p = new double[3];
    double[] point = new double[2];
    double[] w = new double[q];
    for (int j = 0; j < 3; j++) {
      products.copyRow(j, w, 0);
      SimplexProjection.simplexPoint(w, 0, products, a, p);
      SimplexProjection.toPlane(p, point);
      series.add(Series.of(productLabel(j), new double[] {point[0]}, new double[] {point[1]}));
    }
    double[] states = new double[n * q];
    for (int u = 0; u < n; u++) {
      double[] xs = new double[trajectory.size()];
      double[] ys = new double[trajectory.size()];
      for (int i = 0; i < trajectory.size(); i++) {
        trajectory.copyPreferences(i, states);
        SimplexProjection.simplexPoint(states, u * q, products, a, p);
        SimplexProjection.toPlane(p, point);
        xs[i] = point[0];
        ys[i] = point[1];
      }
      series.add(Series.of(odeUserLabel(u), xs, ys));
    }
    return new Figure(SIMPLEX_FIGURE + suffix, "ODE limit: simplex trajectories (" + config
        + ")", ChartKind.LINE, Axis.linear("p2 + p3/2", ""), Axis.linear("p3 sqrt(3)/2", ""),
        series, "Each user's p(y_n(tau)), p_k(x) = exp(a w_k^T x) / sum_j exp(a w_j^T x), along"
            + " Theorem 2's ODE for tau in [0, " + number(horizon) + "] (Fig. 3 of the paper);"
            + " product k is drawn at p(w_k). Product 1 dominates near (0, 0), 2 near (1, 0),"
            + " 3 near (1/2, 0.87).", "", true);
  }

  /** The triangle of the 2-simplex, closed, labelled "simplex". */
  public static Series outline() {
    double h = Math.sqrt(3) / 2;
    return Series.of(OUTLINE, new double[] {0, 1, 0.5, 0}, new double[] {0, 0, h, 0});
  }

  /** Series label of product {@code j} (0-based). */
  static String productLabel(int j) {
    return "product " + (j + 1);
  }

  /** Series label of user {@code u}'s ODE trajectory (0-based). */
  static String odeUserLabel(int u) {
    return "user " + (u + 1) + " (ODE)";
  }

  /** A number as a short string: integers without a fraction, others to 4 significant digits. */
  static String number(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    return String.format(Locale.ROOT, "%.4g", x).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2")
        .replaceAll("\\.(e|$)", "$1");
  }
}
