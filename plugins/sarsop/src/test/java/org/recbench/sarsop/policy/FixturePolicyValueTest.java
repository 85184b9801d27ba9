package org.recbench.sarsop.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.recbench.protocol.pomdp.FinitePomdp;
import org.recbench.sarsop.testing.ExactEvaluator;
import org.recbench.sarsop.testing.Fixture;
import org.recbench.sarsop.testing.SessionSimulator;

/** The fixtures' SARSOP policies, imported, against the fixtures' published numbers. */
class FixturePolicyValueTest {

  static final List<Fixture> FIXTURES = Fixture.ALL;
  private static final double GAMMA = 0.999;

  @ParameterizedTest
  @FieldSource("FIXTURES")
  void valueAtB0MatchesTheReadmeAndLiesWithinSarsopBounds(Fixture fixture) {
    AlphaVectors vectors = PolicyFileReader.read(fixture.file("policy"));
    double[] b0 = fixture.model(GAMMA).initialBelief();

    double value = vectors.value(b0);

    assertThat(value).isCloseTo(fixture.policyValue(), within(1e-6));
    assertThat(vectors.action(vectors.best(b0))).isEqualTo(fixture.action());
    assertThat(value).isBetween(fixture.sarsopLower() - 1e-3, fixture.sarsopUpper() + 1e-3);
  }

  @ParameterizedTest
  @FieldSource("FIXTURES")
  void playingThePolicyAchievesAtLeastItsAlphaValueAndHereTheExactOptimum(Fixture fixture) {
    FinitePomdp model = fixture.model(GAMMA);
    AlphaVectors vectors = PolicyFileReader.read(fixture.file("policy"));

    double played = ExactEvaluator.value(model, (b, t) -> vectors.action(vectors.best(b)));

    // the .policy file rounds entries to 6 significant digits: allow 1e-5 relative below α·b0
    double alphaValue = vectors.value(model.initialBelief());
    assertThat(played).isGreaterThanOrEqualTo(alphaValue * (1 - 1e-5));
    assertThat(played).isCloseTo(fixture.exactDiscounted(), within(1e-8));
  }

  @ParameterizedTest
  @FieldSource("FIXTURES")
  void theDiscountedPoliciesAreAlsoOptimalForTheUndiscountedObjective(Fixture fixture) {
    AlphaVectors vectors = PolicyFileReader.read(fixture.file("policy"));

    double undiscounted = ExactEvaluator.value(fixture.model(1.0),
        (b, t) -> vectors.action(vectors.best(b)));

    assertThat(undiscounted).isCloseTo(fixture.exactUndiscounted(), within(1e-8));
  }

  /**
   * Undiscounted correction: the policy's value is a γ-discounted sum, so the simulated sessions
   * also stop after each step with probability 1 − γ ({@link SessionSimulator}); the mean session
   * reward then estimates the discounted value without bias.
   */
  @ParameterizedTest
  @FieldSource("FIXTURES")
  void simulatedMeanRewardCoversTheValueAtB0(Fixture fixture) {
    FinitePomdp model = fixture.model(GAMMA);
    AlphaVectors vectors = PolicyFileReader.read(fixture.file("policy"));
    AlphaVectorPolicy policy = AlphaVectorPolicy.of(model, vectors, fixture.name(),
        Optional.empty());
    int sessions = 200_000;

    double[] rewards = SessionSimulator.sessionRewards(model, policy, sessions,
        RandomGeneratorFactory.of("L64X128MixRandom").create(20240601L));

    double mean = 0;
    for (double r : rewards) {
      mean += r / sessions;
    }
    double squares = 0;
    for (double r : rewards) {
      squares += (r - mean) * (r - mean);
    }
    double halfWidth = 1.96 * Math.sqrt(squares / (sessions - 1) / sessions);
    double value = vectors.value(model.initialBelief());
    assertThat(value).isBetween(mean - halfWidth, mean + halfWidth);
    assertThat(halfWidth).isLessThan(0.02 * value);
  }
}
