package org.recbench.churn.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.api.ConfigurationException;
import org.recbench.api.Environment;
import org.recbench.api.ParamProblem;
import org.recbench.api.Params;
import org.recbench.churn.SarsopFixture;
import org.recbench.churn.ScriptedSessions;
import org.recbench.churn.model.SyntheticInstances;
import org.recbench.core.run.Seeds;
import org.recbench.core.run.TrialRunner;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.protocol.session.SessionProtocol;
import org.recbench.testkit.TrialBuilder;

class ChurnEnvironmentTypesTest {

  /** The models of the environments of seeds 0 and 1, created as their trials create them. */
  private static List<ChurnModel> models(String id, Map<String, Object> params) {
    TrialBuilder trial = ScriptedSessions.KIT.trial(id, "test.sequence").environmentParams(params)
        .seeds(2);
    TrialRunner runner = new TrialRunner(ScriptedSessions.KIT.catalog());
    return trial.plan().stream().map(runner::environment)
        .map(ChurnEnvironmentTypesTest::model).toList();
  }

  private static ChurnModel model(Environment<?, ?, ?> environment) {
    return environment.capability(SessionProtocol.CHURN_MODEL).orElseThrow();
  }

  private static Map<String, Object> matrix(double[] prior, double[][] like) {
    return Map.of("prior", prior, "like", like);
  }

  @Test
  void aGeneratorSeedFixesTheInstanceAcrossEnvironmentStreams() {
    List<ChurnModel> models = models(ChurnEnvironmentTypes.SYNTHETIC,
        Map.of("types", 3, "categories", 4, "generator-seed", 7));
    assertThat(models.get(0)).isEqualTo(models.get(1));
  }

  @Test
  void withoutAGeneratorSeedTheInstanceFollowsTheEnvironmentStream() {
    Map<String, Object> params = Map.of("types", 3, "categories", 4);
    List<ChurnModel> models = models(ChurnEnvironmentTypes.SYNTHETIC, params);
    assertThat(models(ChurnEnvironmentTypes.SYNTHETIC, params)).isEqualTo(models);
    assertThat(models.get(0)).isNotEqualTo(models.get(1));
    assertThat(models.get(0).types()).isEqualTo(3);
    assertThat(models.get(0).categories()).isEqualTo(4);
  }

  @Test
  void thePaperGeneratorWithASeedGivesThePapersInstanceOnEverySeed() {
    List<ChurnModel> models = models(ChurnEnvironmentTypes.SYNTHETIC, Map.of("types", 4,
        "categories", 3, "generator", "paper", "generator-seed", 3));
    SarsopFixture fixture = SarsopFixture.load("churn_U4_A3_s3");
    assertThat(models).containsOnly(fixture.model());
    assertThat(models.get(0)).isEqualTo(SyntheticInstances.paper(4, 3, 3));
  }

  @Test
  void withoutASeedThePaperGeneratorDrawsNumpysSeedFromTheEnvironmentStream() {
    Map<String, Object> params = Map.of("types", 5, "categories", 2, "generator", "paper");
    List<ChurnModel> models = models(ChurnEnvironmentTypes.SYNTHETIC, params);
    assertThat(models.get(0)).isNotEqualTo(models.get(1));
    TrialBuilder trial = ScriptedSessions.KIT.trial(ChurnEnvironmentTypes.SYNTHETIC,
        "test.sequence").environmentParams(params).seeds(2);
    for (int seed = 0; seed < 2; seed++) {
      long numpySeed = Seeds.environment(trial.plan().get(seed)).nextLong() >>> 32;
      assertThat(models.get(seed)).isEqualTo(SyntheticInstances.paper(5, 2, numpySeed));
    }
  }

  @Test
  void aNumpySeedOutsideItsRangeIsRefusedWhenTheScenarioIsValidated() {
    for (long seed : new long[] {-1, 1L << 32}) {
      assertThatThrownBy(() -> ScriptedSessions.KIT.trial(ChurnEnvironmentTypes.SYNTHETIC,
              "test.sequence")
          .environmentParams(Map.of("generator", "paper", "generator-seed", seed)).plan())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("$.environments[0].params.generator-seed: ")
          .hasMessageContaining("must be in [0, 4294967295]");
    }
    assertThat(ChurnEnvironmentTypes.NUMPY_SEED.check(Params.of(Map.of("generator", "java",
        "generator-seed", -1L)))).as("Java's generator takes any seed").isEmpty();
  }

  @Test
  void typesBeyondAnArrayOrTheHeapAreValidationProblemsAtTheirParameter() {
    assertThat(ChurnEnvironmentTypes.MODEL_SIZE.check(Params.of(Map.of("types", 99_999_999_999L,
        "categories", 3L)))).extracting(ParamProblem::parameter, ParamProblem::message)
        .containsExactly(tuple("types",
            "is 99999999999, more than an array can index (2147483639)"));
    assertThat(ChurnEnvironmentTypes.MODEL_SIZE.check(Params.of(Map.of("types", 2_000_000_000L,
        "categories", 2_000_000_000L)))).singleElement().satisfies(problem -> {
          assertThat(problem.parameter()).isEqualTo("types");
          assertThat(problem.message()).contains("cells of the like matrix", "-Xmx");
        });
    assertThat(ChurnEnvironmentTypes.MODEL_SIZE.check(Params.of(Map.of("types", 2048L,
        "categories", 3L)))).as("the paper's largest instance").isEmpty();
  }

  @Test
  void matrixEnvironmentUsesTheGivenPriorAndLikeMatrix() {
    double[] prior = {0.25, 0.75};
    double[][] like = {{0.5, 0.1}, {0.2, 0.9}};
    assertThat(models(ChurnEnvironmentTypes.MATRIX, matrix(prior, like)))
        .containsOnly(new ChurnModel(prior, like));
  }

  @Test
  void matrixShapesAndValuesAreValidationProblemsNamingTheParameter() {
    assertThat(ChurnEnvironmentTypes.MATRIX_MODEL.check(Params.of(
        matrix(new double[] {0.5, 0.5}, new double[][] {{0.5}}))))
        .containsExactly(ParamProblem.at("like", "has 1 rows but 'prior' has 2 entries;"
            + " expected one row per user type"));
    assertThat(ChurnEnvironmentTypes.MATRIX_MODEL.check(Params.of(
        matrix(new double[] {0.5, 0.4}, new double[][] {{0.5}, {0.5}}))))
        .containsExactly(ParamProblem.at("prior", "sums to 0.9; expected 1 (within 1e-9)"));
    assertThat(ChurnEnvironmentTypes.MATRIX_MODEL.check(Params.of(
        matrix(new double[] {1.0}, new double[][] {{0.5, 1.0}}))))
        .containsExactly(ParamProblem.at("like", "has 1.0 at row 0, column 1; expected a"
            + " probability in [0, 1) (a sure like would never end the session)"));
  }

  @Test
  void aPriorLongerThanTheLikeMatrixIsRefusedWhenTheScenarioIsValidated() {
    assertThatThrownBy(() -> ScriptedSessions.KIT.trial(ChurnEnvironmentTypes.MATRIX,
            "test.sequence")
        .environmentParams(matrix(new double[] {0.5, 0.5}, new double[][] {{0.5}})).plan())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.environments[0].params.like: ")
        .hasMessageContaining("has 1 rows but 'prior' has 2 entries");
  }

  @Test
  void aSureLikeIsRefusedWhenTheScenarioIsValidated() {
    assertThatThrownBy(() -> ScriptedSessions.KIT.trial(ChurnEnvironmentTypes.MATRIX,
            "test.sequence")
        .environmentParams(matrix(new double[] {1.0}, new double[][] {{0.5, 1.0}})).plan())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.environments[0].params.like: ")
        .hasMessageContaining("has 1.0 at row 0, column 1");
  }

  @Test
  void theFactoryCalledWithoutValidationThrowsTheSameProblems() {
    assertThatThrownBy(() -> ChurnEnvironmentTypes.matrixModel(Params.of(
        matrix(new double[] {0.5, 0.5}, new double[][] {{0.5}}))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("churn.matrix: parameter 'like' has 1 rows but 'prior' has 2"
            + " entries");
    assertThatThrownBy(() -> ChurnEnvironmentTypes.matrixModel(Params.of(
        matrix(new double[] {0.5, 0.4}, new double[][] {{0.5}, {0.5}}))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("'prior' sums to 0.9");
    assertThatThrownBy(() -> ChurnEnvironmentTypes.matrixModel(Params.of(
        matrix(new double[] {1.0}, new double[][] {{0.5, 1.0}}))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("'like' has 1.0 at row 0, column 1");
  }
}
