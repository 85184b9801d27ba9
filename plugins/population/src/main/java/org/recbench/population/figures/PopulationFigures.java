package org.recbench.population.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.recbench.api.figure.Axis;
import org.recbench.api.figure.CellSummary;
import org.recbench.api.figure.ChartKind;
import org.recbench.api.figure.Figure;
import org.recbench.api.figure.FigureSource;
import org.recbench.api.figure.RunSummary;
import org.recbench.api.figure.Series;
import org.recbench.api.figure.SummaryPoint;
import org.recbench.population.env.LinearPopulation;
import org.recbench.population.env.LinearPopulationParams;
import org.recbench.population.indices.SimplexProjection;
import org.recbench.population.metrics.PopulationMetrics;
import org.recbench.population.model.StepClock;
import org.recbench.population.ode.OdeCurves;
import org.recbench.population.ode.OdeLimit;

/**
 * The population figures of a finished run, per {@code population.linear} configuration pair:
 * "users preferring each product over time" (Fig. 4 of the paper) from the
 * {@code population.preference-shares} metric, and for three products the simplex trajectories
 * of Fig. 3 from the {@code population.simplex} metric, each next to the ODE limit of the pair's
 * {@code population.softmax-ls} analysis when there is one.
 *
 * <p>Time is ODE time: the checkpoint after t steps is drawn at τ_t = H(t0 + t) − H(t0)
 * ({@link StepClock}, t0 the environment's {@code clock-offset}), and the ODE is drawn up to the
 * τ the simulation reaches. Simulated curves are means over seeds (shares with their 95%
 * confidence intervals), drawn over the ODE so the denser ODE curve does not hide them; the ODE
 * is drawn only when every seed faces the same instance
 * ({@link LinearPopulationParams#fixedAcrossSeeds}), since it describes seed 0's.
 */
public final class PopulationFigures implements FigureSource {

  private static final String SHARES = PopulationMetrics.SHARES.id();
  private static final String SIMPLEX = PopulationMetrics.SIMPLEX.id();

  @Override
  public String id() {
    return "population.figures";
  }

  @Override
  public List<Figure> figures(RunSummary run) {
    List<Figure> figures = new ArrayList<>();
    if (!run.checkpointUnit().equals("step")) {
      return figures;
    }
    for (CellSummary cell : run.cells()) {
      if (!cell.environment().id().equals(LinearPopulation.ID)) {
        continue;
      }
      long offset = ((Number) cell.environment().params()
          .get(LinearPopulationParams.CLOCK_OFFSET)).longValue();
      StepClock clock = new StepClock(offset);
      boolean fixed = LinearPopulationParams.fixedAcrossSeeds(cell.environment().params());
      Optional<OdeCurves> ode = fixed ? OdeCurves.of(cell.analyses()) : Optional.empty();
      String odeNote = ode.isPresent() ? ""
          : fixed ? " No ODE: only population.softmax-ls configurations have one."
              : " No ODE: each seed draws its own instance (set instance-seed to fix it).";
      long last = cell.vectors().values().stream().flatMap(m -> m.values().stream())
          .flatMap(List::stream).mapToLong(SummaryPoint::at).max().orElse(0);
      Reach reach = new Reach(clock, last, clock.odeTime(last));
      Map<String, List<SummaryPoint>> shares = cell.vectors().get(SHARES);
      if (shares != null && !shares.isEmpty()) {
        figures.add(shares(cell, shares, reach, ode, odeNote));
      }
      Map<String, List<SummaryPoint>> simplex = cell.vectors().get(SIMPLEX);
      if (simplex != null && isThreeProductSimplex(simplex)) {
        figures.add(simplex(cell, simplex, reach, ode, odeNote));
      }
    }
    return figures;
  }

  /** The clock of a cell, its last checkpoint and that checkpoint's ODE time. */
  private record Reach(StepClock clock, long step, double tau) {}

  private static Figure shares(CellSummary cell, Map<String, List<SummaryPoint>> entries,
      Reach reach, Optional<OdeCurves> ode, String odeNote) {
    List<Series> simulated = new ArrayList<>();
    List<Series> limits = new ArrayList<>();
    int seeds = 0;
    int k = 0;
    for (Map.Entry<String, List<SummaryPoint>> entry : entries.entrySet()) {
      List<SummaryPoint> points = entry.getValue();
      double[] x = new double[points.size()];
      double[] y = new double[points.size()];
      double[] low = new double[points.size()];
      double[] high = new double[points.size()];
      for (int i = 0; i < points.size(); i++) {
        SummaryPoint point = points.get(i);
        x[i] = reach.clock().odeTime(point.at());
        y[i] = point.mean();
        low[i] = point.low();
        high[i] = point.high();
        seeds = Math.max(seeds, point.n());
      }
      simulated.add(new Series(entry.getKey() + " (simulated)", x, y, low, high));
      if (ode.isPresent() && k < ode.get().productCount()) {
        OdeCurves curves = ode.get();
        int count = curves.samplesUntil(reach.tau());
        limits.add(Series.of(entry.getKey() + " (ODE)", prefix(curves.times(), count),
            prefix(curves.shares(k), count)));
      }
      k++;
    }
    List<Series> series = new ArrayList<>(limits);
    series.addAll(simulated);
    return new Figure("population.shares[" + cell.policy().label() + "]",
        "Users preferring each product over time: " + cell.policy().label(), ChartKind.LINE,
        Axis.linear("ODE time tau of the step", ""), Axis.linear("share of users", ""), series,
        "Share of users whose preferred product argmax_k w_k^T y_n is k: mean over " + seeds
            + " seeds with 95% confidence intervals at each checkpoint, drawn at the ODE time"
            + " tau = H(t0 + t) - H(t0) of step t (t0 = " + reach.clock().offset() + "; step "
            + reach.step() + " is tau = " + String.format(Locale.ROOT, "%.3f", reach.tau())
            + "), next to Theorem 2's ODE limit up to that time." + odeNote,
        cell.environment().label(), false);
  }

  private static Figure simplex(CellSummary cell, Map<String, List<SummaryPoint>> entries,
      Reach reach, Optional<OdeCurves> ode, String odeNote) {
    int users = entries.size() / 3;
    List<Series> series = new ArrayList<>();
    series.add(OdeLimit.outline());
    if (ode.isPresent() && ode.get().hasSimplex()) {
      for (int j = 0; j < 3; j++) {
        series.add(ode.get().productPoint(j));
      }
    }
    List<Series> simulated = new ArrayList<>();
    List<Series> limits = new ArrayList<>();
    double[] p = new double[3];
    double[] plane = new double[2];
    for (int n = 0; n < users; n++) {
      List<List<SummaryPoint>> coordinates = new ArrayList<>();
      for (int j = 0; j < 3; j++) {
        coordinates.add(entries.get(PopulationMetrics.userLabel(n, "p", j)));
      }
      int points = coordinates.get(0).size();
      boolean withStart = ode.isPresent() && n < ode.get().userCount();
      int offset = withStart ? 1 : 0;
      double[] x = new double[points + offset];
      double[] y = new double[points + offset];
      if (withStart) {
        Series start = ode.get().userTrajectory(n, 0);
        x[0] = start.x()[0];
        y[0] = start.y()[0];
      }
      for (int i = 0; i < points; i++) {
        for (int j = 0; j < 3; j++) {
          p[j] = coordinates.get(j).get(i).mean();
        }
        SimplexProjection.toPlane(p, plane);
        x[i + offset] = plane[0];
        y[i + offset] = plane[1];
      }
      simulated.add(Series.of("user " + (n + 1) + " (simulated)", x, y));
      if (withStart) {
        limits.add(ode.get().userTrajectory(n, reach.tau()));
      }
    }
    series.addAll(limits);
    series.addAll(simulated);
    return new Figure("population.simplex[" + cell.policy().label() + "]",
        "Simplex trajectories: " + cell.policy().label(), ChartKind.LINE,
        Axis.linear("p2 + p3/2", ""), Axis.linear("p3 sqrt(3)/2", ""), series,
        "Each user's simplex point p_k(y_n) = softmax_k(a w_k^T y_n), a the policy's inverse"
            + " temperature (Fig. 3 of the paper): the mean over seeds at each checkpoint (from"
            + " p(y(0)) when the ODE is drawn), next to Theorem 2's ODE up to the ODE time the"
            + " simulation reaches. Product 1 dominates near (0, 0), 2 near (1, 0), 3 near"
            + " (1/2, 0.87)."
            + odeNote,
        cell.environment().label(), true);
  }

  /** Whether the simplex entries are those of three products: "user n p1" to "user n p3". */
  private static boolean isThreeProductSimplex(Map<String, List<SummaryPoint>> entries) {
    return entries.size() % 3 == 0 && entries.containsKey(PopulationMetrics.userLabel(0, "p", 2))
        && !entries.containsKey(PopulationMetrics.userLabel(0, "p", 3));
  }

  private static double[] prefix(double[] values, int count) {
    return Arrays.copyOf(values, count);
  }
}
