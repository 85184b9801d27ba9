package org.recbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbench.api.pomdp.FinitePomdp;
import org.recbench.api.session.ChurnModel;

class ModelValidationTest {

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

  @Test
  void finitePomdpRejectsATransitionRowThatIsNotADistribution() {
    double[][][] transition = {{{0.5, 0.4}, {0, 1}}};
    double[][][] observation = {{{1}, {1}}};
    assertThatThrownBy(() -> new FinitePomdp(List.of("s0", "s1"), List.of("a"), List.of("z"),
        transition, observation, new double[][] {{1, 0}}, new double[] {1, 0}, 0.9))
        .hasMessageContaining("T[a][s0] sums to 0.9");
  }

  @Test
  void finitePomdpDiscountMustBeInZeroOne() {
    double[][][] transition = {{{1}}};
    double[][][] observation = {{{1}}};
    assertThatThrownBy(() -> new FinitePomdp(List.of("s"), List.of("a"), List.of("z"),
        transition, observation, new double[][] {{1}}, new double[] {1}, 1.5))
        .hasMessageContaining("discount must be in (0, 1]");
  }
}
