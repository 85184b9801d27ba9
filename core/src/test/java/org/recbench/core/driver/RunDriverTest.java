package org.recbench.core.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.api.Fact;
import org.recbench.core.engine.EngineSettings;
import org.recbench.core.engine.LocalEngineProvider;
import org.recbench.core.plan.Plan;
import org.recbench.core.plan.Planner;
import org.recbench.core.report.RunRenderer;
import org.recbench.core.run.TestSpecs;
import org.recbench.core.scenario.ScenarioException;
import org.recbench.core.scenario.ScenarioLoader;
import org.recbench.core.stats.ConfidenceMethod;
import org.recbench.core.store.ResultStore;
import org.recbench.core.testplugins.SharedModelBandit;
import org.recbench.core.trial.AnalysisRecord;
import org.recbench.reports.EnvironmentBoard;
import org.recbench.reports.Leaderboard;
import org.recbench.reports.PolicyRow;

/**
 * A run from plan to leaderboard, and the resume rules of the SPI review: a resume may grow or
 * shrink the plan but never change what a finished trial means, and results outside the plan
 * never reach the leaderboard (defects 1 and 2).
 */
class RunDriverTest {

  @TempDir
  Path root;

  private final RunDriver driver = new RunDriver(TestSpecs.catalog(), ConfidenceMethod.T);

  private static final String POLICIES = "[\"test.round-robin\", {\"id\": \"test.greedy\", "
      + "\"label\": \"greedy\", \"params\": {\"epsilon\": 0.1}}]";

  private Plan plan(int seeds, long horizon, String metrics, String policies)
      throws ScenarioException {
    String json = "{\"name\": \"driver\", \"seeds\": " + seeds + ", \"horizon\": " + horizon
        + ", \"environments\": [\"test.counting\"], \"policies\": " + policies
        + ", \"metrics\": " + metrics + ", \"leaderboard\": {\"rank-by\": \"reward\"}}";
    return new Planner(TestSpecs.catalog()).plan(new ScenarioLoader(TestSpecs.catalog())
        .parse(json, root.resolve("driver.json")));
  }

  private RunDriver.Outcome run(Plan plan, RunDriver.Target target, RunDriver.Listener listener)
      throws Exception {
    return driver.run(plan, target, new LocalEngineProvider(), new EngineSettings(2, null),
        listener);
  }

  private RunDriver.Outcome fresh(Plan plan) throws Exception {
    return run(plan, RunDriver.Target.fresh(root.resolve("results")), new RunDriver.Listener() {});
  }

  private RunDriver.Outcome resume(Plan plan, Path directory, List<RunDriver.Start> starts)
      throws Exception {
    return run(plan, RunDriver.Target.resume(directory), new RunDriver.Listener() {
      @Override
      public void started(RunDriver.Start start) {
        starts.add(start);
      }
    });
  }

  @Test
  void aRunWritesTrialsAnalysesAndEveryReport() throws Exception {
    RunDriver.Outcome outcome = fresh(plan(3, 50, "[\"reward\", \"steps\"]", POLICIES));

    assertThat(outcome.ran()).isEqualTo(6);
    assertThat(outcome.failed()).isZero();
    assertThat(outcome.anyFailed()).isFalse();
    assertThat(Files.readAllLines(outcome.directory().resolve(ResultStore.TRIALS_FILE)))
        .hasSize(6);
    assertThat(outcome.rendered().files()).extracting(p -> p.getFileName().toString())
        .containsExactly("leaderboard.csv", "leaderboard.json", "leaderboard.md", "index.html",
            "trials.csv");
    assertThat(ResultStore.readMetadata(outcome.directory()).engine()).isEqualTo("local");
    assertThat(ResultStore.readMetadata(outcome.directory()).parallelism()).isEqualTo(2);
  }

  @Test
  void resumingWithAnotherHorizonOrAnAddedMetricIsRefusedSayingWhatDiffers() throws Exception {
    Path directory = fresh(plan(2, 100, "[\"reward\"]", POLICIES)).directory();
    List<String> before = Files.readAllLines(directory.resolve(ResultStore.TRIALS_FILE));

    assertThatThrownBy(() -> resume(plan(2, 5000, "[\"reward\", \"steps\"]", POLICIES),
        directory, new ArrayList<>()))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("$.horizon: trial length: 100 steps in the run, 5000 steps in the "
            + "scenario")
        .hasMessageContaining("$.metrics: metrics: [reward=reward{}] in the run, "
            + "[reward=reward{}, steps=steps{}] in the scenario")
        .hasMessageContaining("a resume cannot change what a finished trial means");
    assertThat(Files.readAllLines(directory.resolve(ResultStore.TRIALS_FILE))).isEqualTo(before);
  }

  @Test
  void resumingWithMoreSeedsRunsOnlyTheNewTrials() throws Exception {
    Path directory = fresh(plan(2, 50, "[\"reward\"]", POLICIES)).directory();
    List<RunDriver.Start> starts = new ArrayList<>();

    RunDriver.Outcome outcome = resume(plan(5, 50, "[\"reward\"]", POLICIES), directory, starts);

    assertThat(starts).singleElement().satisfies(start -> {
      assertThat(start.trials()).isEqualTo(10);
      assertThat(start.alreadyDone()).isEqualTo(4);
      assertThat(start.setAside()).isZero();
    });
    assertThat(outcome.ran()).isEqualTo(6);
    assertThat(sampleSizes(outcome.rendered().leaderboard())).containsOnly(5);
    assertThat(ResultStore.readMetadata(directory).resumes()).hasSize(1);
  }

  @Test
  void resumingWithFewerSeedsReportsThePlannedSeedsOnly() throws Exception {
    Path directory = fresh(plan(6, 50, "[\"reward\"]", POLICIES)).directory();
    List<RunDriver.Start> starts = new ArrayList<>();

    RunDriver.Outcome outcome = resume(plan(2, 50, "[\"reward\"]", POLICIES), directory, starts);

    assertThat(starts.get(0).setAside()).isEqualTo(8);
    assertThat(outcome.ran()).isZero();
    assertThat(sampleSizes(outcome.rendered().leaderboard())).containsOnly(2);
    assertThat(sampleSizes(new RunRenderer(TestSpecs.catalog(), ConfidenceMethod.T)
        .leaderboard(directory))).containsOnly(2);
    assertThat(Files.readAllLines(directory.resolve(ResultStore.OUTSIDE_PLAN_FILE))).hasSize(8);
  }

  @Test
  void aParameterChangedUnderAFixedLabelIsRefusedAndTheRunStaysReportable() throws Exception {
    Path directory = fresh(plan(2, 50, "[\"reward\"]", POLICIES)).directory();
    String changed = POLICIES.replace("0.1", "0.3");

    assertThatThrownBy(() -> resume(plan(2, 50, "[\"reward\"]", changed), directory,
        new ArrayList<>()))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("$.policies: finished trials of greedy on test.counting in "
            + directory + " were run with epsilon = 0.1 (the scenario now gives 0.3)");
    assertThat(new RunRenderer(TestSpecs.catalog(), ConfidenceMethod.T).render(directory)
        .leaderboard().failures()).isEmpty();
  }

  @Test
  void aPolicyLeftOutOfTheScenarioIsSetAsideAndLeavesTheLeaderboard() throws Exception {
    Path directory = fresh(plan(2, 50, "[\"reward\"]", POLICIES)).directory();
    List<RunDriver.Start> starts = new ArrayList<>();

    RunDriver.Outcome outcome = resume(plan(2, 50, "[\"reward\"]", "[\"test.round-robin\"]"),
        directory, starts);

    assertThat(starts.get(0).setAside()).isEqualTo(2);
    assertThat(outcome.rendered().leaderboard().boards().get(0).rows())
        .extracting(PolicyRow::policy).containsExactly("test.round-robin");
  }

  @Test
  void analysesRunOncePerConfigurationBeforeTheTrialsAndReachTheLeaderboard() throws Exception {
    RunDriver.Outcome outcome = fresh(plan(3, 20, "[\"reward\"]", POLICIES));

    List<AnalysisRecord> analyses = ResultStore.readAnalyses(outcome.directory());
    assertThat(analyses).singleElement().satisfies(record -> {
      assertThat(record.component()).isEqualTo("test.counting");
      assertThat(record.policy()).isNull();
      assertThat(record.result().facts()).containsExactly(new Fact("best mean", 1, "reward/step"),
          new Fact("arms", 3, ""));
    });
    EnvironmentBoard board = outcome.rendered().leaderboard().boards().get(0);
    assertThat(board.analyses()).singleElement()
        .satisfies(row -> assertThat(row.facts()).hasSize(2));
  }

  @Test
  void analysesAndTrialsOfARunShareTheirWork() throws Exception {
    int before = SharedModelBandit.BUILDS.get();
    String json = "{\"name\": \"shared\", \"seeds\": 4, \"horizon\": 5, \"environments\": "
        + "[{\"id\": \"test.shared-model\", \"params\": {\"arms\": 7}}], \"policies\": "
        + "[\"test.round-robin\"], \"metrics\": [\"reward\"]}";
    Plan plan = new Planner(TestSpecs.catalog()).plan(new ScenarioLoader(TestSpecs.catalog())
        .parse(json, root.resolve("shared.json")));

    RunDriver.Outcome outcome = fresh(plan);

    assertThat(outcome.ran()).isEqualTo(4);
    assertThat(SharedModelBandit.BUILDS.get() - before).isEqualTo(1);
    assertThat(ResultStore.readAnalyses(outcome.directory()).get(0).result().facts())
        .containsExactly(new Fact("arms", 7, ""));
  }

  @Test
  void aFailingAnalysisIsRecordedAndMarksTheRunAsFailed() throws Exception {
    RunDriver.Outcome outcome = fresh(plan(1, 10, "[\"reward\"]", "[\"test.unanalysable\"]"));

    assertThat(outcome.failed()).isZero();
    assertThat(outcome.anyFailed()).isTrue();
    assertThat(outcome.rendered().leaderboard().boards().get(0).analyses())
        .anySatisfy(row -> assertThat(row.error())
            .isEqualTo("IllegalStateException: no closed form on test.counting"));
  }

  @Test
  void pluginFigureSourcesDrawFromTheRunSummary() throws Exception {
    Leaderboard leaderboard = fresh(plan(4, 40, "[\"reward\"]", POLICIES)).rendered()
        .leaderboard();

    assertThat(leaderboard.figures()).extracting(f -> f.id())
        .containsExactly("test.reward-curves.test.round-robin", "test.reward-curves.greedy");
    assertThat(leaderboard.figuresIn("test.counting")).hasSize(2);
    double finalMean = leaderboard.boards().get(0).rows().stream()
        .filter(r -> r.policy().equals("greedy")).findFirst().orElseThrow().last("reward").mean();
    assertThat(leaderboard.figures().get(1).series().get(0).y()).containsExactly(finalMean);
  }

  private static List<Integer> sampleSizes(Leaderboard leaderboard) {
    return leaderboard.boards().stream().flatMap(b -> b.rows().stream())
        .map(r -> r.last("reward").n()).toList();
  }

}
