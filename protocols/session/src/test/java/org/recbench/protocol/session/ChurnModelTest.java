package org.recbench.protocol.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChurnModelTest {
  @Test
  void churnModelRejectsPriorsThatDoNotSumToOneAndCertainLikes() {
    assertThatThrownBy(() -> new ChurnModel(new double[] {0.5, 0.4}, new double[][] {{0.5}, {0.5}}))
        .hasMessageContaining("prior sums to 0.9");
    assertThatThrownBy(() -> new ChurnModel(new double[] {1}, new double[][] {{1.0}}))
        .hasMessageContaining("must be in [0, 1) so that sessions end");
    assertThatThrownBy(() -> new ChurnModel(new double[] {0.5, 0.5}, new double[][] {{0.5}}))
        .hasMessageContaining("2 types but the like matrix has 1 rows");
  }

  @Test
  void churnModelCopiesItsInputs() {
    double[] prior = {0.25, 0.75};
    ChurnModel model = new ChurnModel(prior, new double[][] {{0.5}, {0.9}});
    prior[0] = 9;
    assertThat(model.prior(0)).isEqualTo(0.25);
  }
}
