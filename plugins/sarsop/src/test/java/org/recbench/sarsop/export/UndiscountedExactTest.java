package org.recbench.sarsop.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.recbench.api.ConfigurationException;
import org.recbench.protocol.pomdp.FinitePomdp;
import org.recbench.sarsop.policy.AlphaVectors;
import org.recbench.sarsop.policy.PolicyFileReader;
import org.recbench.sarsop.testing.ExactEvaluator;
import org.recbench.sarsop.testing.Fixture;

class UndiscountedExactTest {

  static final List<Fixture> FIXTURES = Fixture.ALL;
  private static final double GAMMA = 0.99;

  @ParameterizedTest
  @FieldSource("FIXTURES")
  void rewrittenRowsSumToOneWithStayProbabilityPOverGamma(Fixture fixture) {
    FinitePomdp original = fixture.model(1.0);
    double[][] p = fixture.like();

    FinitePomdp rewritten = UndiscountedExact.transform(original, GAMMA);

    int churned = p.length;
    assertThat(rewritten.discount()).isEqualTo(GAMMA);
    for (int a = 0; a < rewritten.actions().size(); a++) {
      for (int s = 0; s < rewritten.states().size(); s++) {
        double sum = 0;
        for (int next = 0; next < rewritten.states().size(); next++) {
          sum += rewritten.transition(a, s, next);
        }
        assertThat(sum).as("row T[%d][%d]", a, s).isCloseTo(1, within(1e-15));
      }
      for (int u = 0; u < p.length; u++) {
        assertThat(rewritten.transition(a, u, u)).isCloseTo(p[u][a] / GAMMA, within(1e-15));
        assertThat(rewritten.transition(a, u, churned)).isCloseTo(1 - p[u][a] / GAMMA,
            within(1e-15));
        assertThat(rewritten.reward(a, u)).isEqualTo(original.reward(a, u));
      }
    }
    assertThat(rewritten.initialBelief()).containsExactly(original.initialBelief());
  }

  @ParameterizedTest
  @FieldSource("FIXTURES")
  void discountedValueOfACyclingPolicyEqualsItsUndiscountedValue(Fixture fixture) {
    FinitePomdp original = fixture.model(1.0);
    FinitePomdp rewritten = UndiscountedExact.transform(original, GAMMA);
    int categories = original.actions().size();
    ExactEvaluator.BeliefPolicy cycle = (belief, step) -> step % categories;

    double undiscounted = ExactEvaluator.value(original, cycle);
    double discounted = ExactEvaluator.value(rewritten, cycle);

    assertThat(discounted).isCloseTo(undiscounted, within(1e-10 * undiscounted));
  }

  @ParameterizedTest
  @FieldSource("FIXTURES")
  void beliefPoliciesChooseAlikeSoTheSarsopPolicyKeepsItsUndiscountedValue(Fixture fixture) {
    FinitePomdp original = fixture.model(1.0);
    FinitePomdp rewritten = UndiscountedExact.transform(original, GAMMA);
    AlphaVectors vectors = PolicyFileReader.read(fixture.file("policy"));
    ExactEvaluator.BeliefPolicy greedy = (belief, step) -> vectors.action(vectors.best(belief));

    double discounted = ExactEvaluator.value(rewritten, greedy);

    assertThat(discounted).isCloseTo(fixture.exactUndiscounted(), within(1e-8));
  }

  @Test
  void discountBelowTheLargestStayProbabilityIsRejected() {
    FinitePomdp original = Fixture.named("churn_U2_A2_s1").model(1.0);

    assertThat(UndiscountedExact.minimumDiscount(original)).isEqualTo(0.99);
    assertThatThrownBy(() -> UndiscountedExact.transform(original, 0.98))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("needs discount >= 0.99");
  }

  @Test
  void modelWithoutTerminalStateIsRejected() {
    FinitePomdp loop = new FinitePomdp(List.of("s"), List.of("a"), List.of("z"),
        new double[][][] {{{1}}}, new double[][][] {{{1}}}, new double[][] {{1}},
        new double[] {1}, 1.0);

    assertThatThrownBy(() -> UndiscountedExact.transform(loop, 0.9))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("needs a terminal state");
  }

  @Test
  void terminalMassIsSharedInProportionWhenThereAreSeveralTerminalStates() {
    FinitePomdp model = new FinitePomdp(List.of("live", "won", "lost"), List.of("a"),
        List.of("z"),
        new double[][][] {{{0.5, 0.2, 0.3}, {0, 1, 0}, {0, 0, 1}}},
        new double[][][] {{{1}, {1}, {1}}}, new double[][] {{1, 0, 0}},
        new double[] {1, 0, 0}, 1.0);

    FinitePomdp rewritten = UndiscountedExact.transform(model, 0.8);

    // stay 0.5/0.8 = 0.625; the remaining 0.375 split 2:3
    assertThat(rewritten.transition(0, 0, 0)).isEqualTo(0.625);
    assertThat(rewritten.transition(0, 0, 1)).isCloseTo(0.15, within(1e-15));
    assertThat(rewritten.transition(0, 0, 2)).isCloseTo(0.225, within(1e-15));
    // value: 1/(1-0.5) = 2 undiscounted; Σ 0.8^t 0.625^t = 1/(1-0.5) = 2
    assertThat(ExactEvaluator.value(rewritten, (b, t) -> 0)).isCloseTo(2, within(1e-12));
  }
}
