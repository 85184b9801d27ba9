package org.recbench.churn.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbench.api.Capabilities;
import org.recbench.api.ConfigurationException;
import org.recbench.api.Params;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.protocol.session.SessionProtocol;

class ChurnEnvironmentTypesTest {

  private static ChurnModel synthetic(Map<String, Object> params, long stream) {
    ChurnEnvironment environment = (ChurnEnvironment) ChurnEnvironmentTypes.synthetic().factory()
        .create(Params.of(params), new SplittableRandom(stream), Capabilities.NONE);
    return environment.capability(SessionProtocol.CHURN_MODEL).orElseThrow();
  }

  @Test
  void aGeneratorSeedFixesTheInstanceAcrossEnvironmentStreams() {
    Map<String, Object> params = Map.of("types", 3L, "categories", 4L, "generator-seed", 7L);
    assertThat(synthetic(params, 1)).isEqualTo(synthetic(params, 2));
  }

  @Test
  void withoutAGeneratorSeedTheInstanceFollowsTheEnvironmentStream() {
    Map<String, Object> params = Map.of("types", 3L, "categories", 4L);
    assertThat(synthetic(params, 1)).isEqualTo(synthetic(params, 1));
    assertThat(synthetic(params, 1)).isNotEqualTo(synthetic(params, 2));
    ChurnModel model = synthetic(params, 1);
    assertThat(model.types()).isEqualTo(3);
    assertThat(model.categories()).isEqualTo(4);
  }

  @Test
  void matrixEnvironmentUsesTheGivenPriorAndLikeMatrix() {
    double[] prior = {0.25, 0.75};
    double[][] like = {{0.5, 0.1}, {0.2, 0.9}};
    assertThat(ChurnEnvironmentTypes.matrixModel(prior, like))
        .isEqualTo(new ChurnModel(prior, like));
  }

  @Test
  void matrixShapesAndValuesAreCheckedWithMessagesNamingTheParameter() {
    assertThatThrownBy(() -> ChurnEnvironmentTypes.matrixModel(new double[] {0.5, 0.5},
        new double[][] {{0.5}}))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("'like' has 1 rows but 'prior' has 2 entries");
    assertThatThrownBy(() -> ChurnEnvironmentTypes.matrixModel(new double[] {0.5, 0.4},
        new double[][] {{0.5}, {0.5}}))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("'prior' sums to 0.9");
    assertThatThrownBy(() -> ChurnEnvironmentTypes.matrixModel(new double[] {1.0},
        new double[][] {{0.5, 1.0}}))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("'like' has 1.0 at row 0, column 1");
  }
}
