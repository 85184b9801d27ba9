package org.recbench.population.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.api.figure.Figure;
import org.recbench.api.figure.Series;
import org.recbench.core.driver.RunDriver;
import org.recbench.core.engine.EngineSettings;
import org.recbench.core.engine.LocalEngineProvider;
import org.recbench.core.plan.Planner;
import org.recbench.core.scenario.ScenarioLoader;
import org.recbench.core.stats.ConfidenceMethod;
import org.recbench.core.store.ResultStore;
import org.recbench.core.trial.TrialResult;
import org.recbench.population.Populations;
import org.recbench.population.model.StepClock;
import org.recbench.reports.Leaderboard;

/**
 * A small run through the real run driver — analyses, trials, run summary, figure sources and
 * reports — on the paper's instance at clock offset t0 = 100, and on a drawn instance without
 * {@code instance-seed}: the population figures combine the simulated means with the ODE of the
 * softmax-ls analysis up to the ODE time the simulation reaches, and only where they describe the
 * same instance.
 */
class PopulationFiguresTest {

  private static final String SCENARIO = """
      {"name": "figures", "seeds": 3, "horizon": 2000, "checkpoints": [100, 500, 2000],
       "environments": [
         {"id": "population.linear", "label": "paper", "params": {
           "users": [[1, 2, 3], [2, 3, 1], [3, 1, 2]], "product-angles": [1, 45, 89],
           "initial-states": [[2, 0], [0, 2], [2, 2]], "clock-offset": 100}},
         {"id": "population.linear", "label": "drawn", "params": {
           "user-count": 4, "user-dimension": 2, "product-count": 3, "product-dimension": 2,
           "clock-offset": 100}}],
       "policies": [
         {"id": "population.softmax-ls", "label": "softmax-ls",
          "params": {"ridge": 0.1, "ode-horizon": 20}},
         "population.random"],
       "metrics": ["reward", "population.preference-shares", "population.simplex"],
       "leaderboard": {"rank-by": "reward", "higher-is-better": true}}
      """;

  @TempDir
  static Path root;
  private static Leaderboard leaderboard;
  private static List<TrialResult> trials;

  @BeforeAll
  static void run() throws Exception {
    var catalog = Populations.KIT.catalog();
    Path file = root.resolve("figures.json");
    Files.writeString(file, SCENARIO);
    var plan = new Planner(catalog).plan(new ScenarioLoader(catalog).load(file));
    RunDriver.Outcome outcome = new RunDriver(catalog, ConfidenceMethod.T).run(plan,
        RunDriver.Target.fresh(root.resolve("results")), new LocalEngineProvider(),
        new EngineSettings(2, null), new RunDriver.Listener() {});
    assertThat(outcome.anyFailed()).isFalse();
    leaderboard = outcome.rendered().leaderboard();
    trials = ResultStore.readTrials(outcome.directory(),
        ResultStore.readMetadata(outcome.directory()));
  }

  private static Figure figure(String id, String scope) {
    return leaderboard.figuresIn(scope).stream().filter(f -> f.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError(id + " not in " + leaderboard.figuresIn(scope)
            .stream().map(Figure::id).toList()));
  }

  private static Optional<Series> series(Figure figure, String label) {
    return figure.series().stream().filter(s -> s.label().equals(label)).findFirst();
  }

  @Test
  void sharesAreTheSeedMeansAtTheCheckpointsOdeTimesNextToTheOdeUpToTheTimeReached() {
    Figure shares = figure("population.shares[softmax-ls]", "paper");
    StepClock clock = new StepClock(100);
    Series simulated = series(shares, "product 2 (simulated)").orElseThrow();
    assertThat(simulated.x()).containsExactly(clock.odeTime(100), clock.odeTime(500),
        clock.odeTime(2000));
    assertThat(simulated.hasInterval()).isTrue();
    double mean = trials.stream()
        .filter(t -> t.spec().environment().label().equals("paper")
            && t.spec().policy().id().equals("population.softmax-ls"))
        .mapToDouble(t -> t.checkpoints().get(2).vectors().get("population.preference-shares")
            .value(1))
        .average().orElseThrow();
    assertThat(simulated.y()[2]).isCloseTo(mean, within(1e-12));

    Series ode = series(shares, "product 2 (ODE)").orElseThrow();
    assertThat(ode.x()[0]).isZero();
    assertThat(ode.x()[ode.size() - 1]).isLessThanOrEqualTo(clock.odeTime(2000))
        .isGreaterThan(0.95 * clock.odeTime(2000));
    // the ODE first, so the simulated means are drawn over it
    assertThat(shares.series()).extracting(Series::label).containsExactly("product 1 (ODE)",
        "product 2 (ODE)", "product 3 (ODE)", "product 1 (simulated)", "product 2 (simulated)",
        "product 3 (simulated)");
  }

  @Test
  void theSimplexFigureStartsEverySimulatedTrajectoryAtTheOdesInitialPoint() {
    Figure simplex = figure("population.simplex[softmax-ls]", "paper");
    assertThat(simplex.equalAxes()).isTrue();
    Series simulated = series(simplex, "user 1 (simulated)").orElseThrow();
    Series ode = series(simplex, "user 1 (ODE)").orElseThrow();
    assertThat(simulated.size()).isEqualTo(4);
    assertThat(simulated.x()[0]).isEqualTo(ode.x()[0]);
    assertThat(simulated.y()[0]).isEqualTo(ode.y()[0]);
    assertThat(series(simplex, "product 3")).isPresent();
    // the analysis's own figure reaches τ = 20, the simulation's only τ = H(2100) − H(100)
    Figure analysed = figure("population.ode-simplex[a=8, ridge=0.1]", "paper");
    assertThat(series(analysed, "user 1 (ODE)").orElseThrow().size()).isGreaterThan(ode.size());
  }

  @Test
  void theOdeIsLeftOutWhereNoAnalysisOrNoSharedInstanceDescribesTheCell() {
    Figure random = figure("population.shares[population.random]", "paper");
    assertThat(random.series()).extracting(Series::label)
        .noneMatch(label -> label.endsWith("(ODE)"));
    assertThat(random.caption()).contains("only population.softmax-ls configurations");

    Figure drawn = figure("population.shares[softmax-ls]", "drawn");
    assertThat(drawn.series()).extracting(Series::label)
        .noneMatch(label -> label.endsWith("(ODE)"));
    assertThat(drawn.caption()).contains("set instance-seed");
  }
}
