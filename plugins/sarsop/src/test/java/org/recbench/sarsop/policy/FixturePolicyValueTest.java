package org.recbench.sarsop.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.recbench.protocol.pomdp.FinitePomdp;
import org.recbench.sarsop.testing.ExactEvaluator;
import org.recbench.sarsop.testing.Fixture;
import org.recbench.sarsop.testing.PomdpSessions;
import org.recbench.testkit.TrialOutcome;

/** The fixtures' SARSOP policies, imported, against the fixtures' published numbers. */
class FixturePolicyValueTest {

  static final List<Fixture> FIXTURES = Fixture.ALL;
  private static final double GAMMA = 0.999;
  /** The 99.95% quantile of Student's t with 599 degrees of freedom. */
  private static final double T_9995_599 = 3.306843104;

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
   * also stop after each step with probability 1 − γ ({@link PomdpSessions}); the mean session
   * reward then estimates the discounted value without bias. 600,000 sessions run through the
   * harness as 600 seeds of 1000; the interval is the 99.9% t interval over the 600 seed means,
   * narrower than a 95% interval of 200,000 sessions, and a correct policy misses one of the four
   * with probability 0.4% instead of 19%.
   */
  @ParameterizedTest
  @FieldSource("FIXTURES")
  void simulatedMeanRewardCoversTheValueAtB0(Fixture fixture) {
    FinitePomdp model = fixture.model(GAMMA);
    AlphaVectors vectors = PolicyFileReader.read(fixture.file("policy"));
    int seeds = 600;

    double[] means = TrialOutcome.finalValues(PomdpSessions.KIT
        .trial("test.pomdp-sessions", "sarsop.alpha-vectors")
        .environmentParams(Map.of("fixture", fixture.name(), "discount", GAMMA))
        .policyParam("policy-file", fixture.file("policy").toString())
        .metric("mean-episode-reward").episodes(1000).seeds(seeds).run(),
        "mean-episode-reward");

    double mean = Arrays.stream(means).average().orElseThrow();
    double squares = Arrays.stream(means).map(m -> (m - mean) * (m - mean)).sum();
    double halfWidth = T_9995_599 * Math.sqrt(squares / (seeds - 1) / seeds);
    double value = vectors.value(model.initialBelief());
    assertThat(value).isBetween(mean - halfWidth, mean + halfWidth);
    assertThat(halfWidth).isLessThan(0.02 * value);
  }
}
