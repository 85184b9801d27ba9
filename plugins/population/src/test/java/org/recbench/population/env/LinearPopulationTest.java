package org.recbench.population.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.recbench.population.Populations.dynamics;
import static org.recbench.population.Populations.environment;
import static org.recbench.population.Populations.environments;
import static org.recbench.population.Populations.paperInstance;
import static org.recbench.population.Populations.states;
import static org.recbench.population.Populations.trial;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.api.Environment;
import org.recbench.api.Outcome;
import org.recbench.population.PaperInstances;
import org.recbench.protocol.population.Arrival;
import org.recbench.protocol.population.AttributeTable;
import org.recbench.protocol.population.Population;
import org.recbench.protocol.population.PreferenceStates;
import org.recbench.protocol.population.Product;
import org.recbench.protocol.population.Reward;

class LinearPopulationTest {

  private static double expected(AttributeTable products, PreferenceStates states, int user,
      int product) {
    double sum = 0;
    for (int j = 0; j < products.dimension(); j++) {
      sum += products.get(product, j) * states.state(user, j);
    }
    return sum;
  }

  @Test
  void expectedRewardsAreThoseOfTheStateBeforeTheArrivingUserMoves() {
    Environment<Arrival, Product, Reward> environment = environment(paperInstance(0, 0.1));
    PreferenceStates states = states(environment);
    AttributeTable products = dynamics(environment).population().products();
    Arrival arrival = environment.reset();
    for (int t = 0; t < 200; t++) {
      int user = arrival.user();
      int product = t % 3;
      double before = expected(products, states, user, product);
      double best = Math.max(expected(products, states, user, 0),
          Math.max(expected(products, states, user, 1), expected(products, states, user, 2)));
      double[] state = {states.state(user, 0), states.state(user, 1)};
      Outcome<Arrival, Reward> outcome = environment.step(Product.of(product));
      assertThat(outcome.expectedReward()).isEqualTo(before);
      assertThat(outcome.bestExpectedReward()).isEqualTo(best);
      // Eq. 11 with α_t = 1/(t + 1) at clock offset 0
      double alpha = 1.0 / (t + 1);
      for (int j = 0; j < 2; j++) {
        assertThat(states.state(user, j))
            .isCloseTo((1 - alpha) * state[j] + alpha * products.get(product, j), within(1e-15));
      }
      arrival = outcome.next();
    }
  }

  @Test
  void rewardsAreTheExpectedRewardPlusNoiseOfTheGivenSd() {
    double sd = 0.5;
    Environment<Arrival, Product, Reward> environment = environment(paperInstance(10, sd));
    environment.reset();
    int steps = 20_000;
    double sum = 0;
    double squares = 0;
    for (int t = 0; t < steps; t++) {
      Outcome<Arrival, Reward> outcome = environment.step(Product.of(1));
      double noise = outcome.reward() - outcome.expectedReward();
      assertThat(outcome.feedback().value()).isEqualTo(outcome.reward());
      sum += noise;
      squares += noise * noise;
    }
    double mean = sum / steps;
    assertThat(mean).isCloseTo(0, within(4 * sd / Math.sqrt(steps)));
    assertThat(squares / steps).isCloseTo(sd * sd, within(4 * sd * sd * Math.sqrt(2.0 / steps)));
  }

  @Test
  void oneOutcomeAndOneRewardAreReusedAndTwoObservationsAlternate() {
    Environment<Arrival, Product, Reward> environment = environment(paperInstance(0, 0.1));
    Arrival first = environment.reset();
    int firstUser = first.user();
    Outcome<Arrival, Reward> outcome = environment.step(Product.of(0));
    Reward reward = outcome.feedback();
    Arrival second = outcome.next();
    assertThat(second).isNotSameAs(first);
    assertThat(first.user()).as("intact during its own step").isEqualTo(firstUser);
    assertThat(second.products()).isSameAs(first.products());
    Outcome<Arrival, Reward> next = environment.step(Product.of(1));
    assertThat(next).isSameAs(outcome);
    assertThat(next.feedback()).isSameAs(reward);
    assertThat(next.next()).isSameAs(first);
  }

  @Test
  void anUnknownProductFailsTheStepSayingWhichIndicesExist() {
    Environment<Arrival, Product, Reward> environment = environment(paperInstance(0, 0.1));
    environment.reset();
    assertThatThrownBy(() -> environment.step(Product.of(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("product 3 does not exist; expected an index in 0..2");
  }

  @Test
  void theExplicitInstanceIsThePapersAndItsArrivalsAreUniform() {
    Population population = dynamics(environment(paperInstance(7, 0.2))).population();
    Population paper = PaperInstances.initial();
    assertThat(population.users().toArray()).isDeepEqualTo(paper.users().toArray());
    assertThat(population.products().toArray()).isDeepEqualTo(paper.products().toArray());
    assertThat(population.initialStates().toArray())
        .isDeepEqualTo(paper.initialStates().toArray());
    assertThat(population.arrivalProbability(2)).isEqualTo(1.0 / 3);
    assertThat(dynamics(environment(paperInstance(7, 0.2))).clockOffset()).isEqualTo(7);
  }

  private static Map<String, Object> drawn(String userDistribution) {
    Map<String, Object> params = new HashMap<>(Map.of("user-count", 6, "user-dimension", 3,
        "product-count", 4, "product-dimension", 3, "user-distribution", userDistribution));
    return params;
  }

  @Test
  void anInstanceSeedGivesEverySeedTheSameDrawsAndItsAbsenceDrawsPerSeed() {
    Map<String, Object> fixed = drawn("uniform");
    fixed.put("instance-seed", 5);
    List<Environment<Arrival, Product, Reward>> same =
        environments(trial("population.linear", "population.random")
            .environmentParams(fixed).seeds(2));
    List<Environment<Arrival, Product, Reward>> own =
        environments(trial("population.linear", "population.random")
            .environmentParams(drawn("uniform")).seeds(2));

    assertThat(table(same.get(0))).isDeepEqualTo(table(same.get(1)));
    assertThat(table(own.get(0))).isNotEqualTo(table(own.get(1)));
    assertThat(LinearPopulationParams.fixedAcrossSeeds(fixed)).isTrue();
    assertThat(LinearPopulationParams.fixedAcrossSeeds(drawn("uniform"))).isFalse();
  }

  private static double[][] table(Environment<?, ?, ?> environment) {
    return dynamics(environment).population().users().toArray();
  }

  @Test
  void drawnTablesFollowTheirDistributions() {
    Map<String, Object> hyperplane = drawn("hyperplane");
    hyperplane.put("instance-seed", 3);
    Map<String, Object> uniform = drawn("uniform");
    uniform.put("instance-seed", 3);
    Population onPlane = dynamics(environment(hyperplane)).population();
    Population offPlane = dynamics(environment(uniform)).population();
    for (int n = 0; n < 6; n++) {
      assertThat(onPlane.users().get(n, 2)).isEqualTo(1);
      // the paper's construction: the same draws, then the last entry set to 1
      assertThat(onPlane.users().get(n, 0)).isEqualTo(offPlane.users().get(n, 0));
      assertThat(offPlane.users().get(n, 2)).isBetween(0.0, 1.0).isNotEqualTo(1);
      for (int j = 0; j < 3; j++) {
        assertThat(onPlane.initialStates().get(n, j)).isBetween(0.0, 1.0);
      }
    }
    for (int k = 0; k < 4; k++) {
      double norm = 0;
      for (int j = 0; j < 3; j++) {
        norm += onPlane.products().get(k, j) * onPlane.products().get(k, j);
      }
      assertThat(norm).isCloseTo(1, within(1e-12));
    }
  }

  private static String problems(Map<String, Object> params) {
    try {
      trial("population.linear", "population.random").environmentParams(params).plan();
      return "";
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  @Test
  void inconsistentShapesAreBadInputAtTheirJsonPaths() {
    Map<String, Object> wrongStates = paperInstance(0, 0.1);
    wrongStates.put("initial-states", new double[][] {{1, 0, 0}, {0, 1, 0}});
    assertThat(problems(wrongStates))
        .contains("$.environments[0].params.initial-states",
            "has 2 rows; expected one per user (N = 3)",
            "rows have 3 entries; expected the product dimension q = 2");

    Map<String, Object> arrivals = paperInstance(0, 0.1);
    arrivals.put("arrival-probabilities", new double[] {0.5, 0.6});
    assertThat(problems(arrivals)).contains("$.environments[0].params.arrival-probabilities",
        "has 2 entries; expected one per user (N = 3)", "sums to 1.1; expected 1");

    Map<String, Object> both = paperInstance(0, 0.1);
    both.put("user-count", 3);
    both.put("products", new double[][] {{1, 0}});
    assertThat(problems(both)).contains("$.environments[0].params.user-count",
        "cannot be combined with users", "$.environments[0].params.product-angles",
        "cannot be combined with products");

    assertThat(problems(Map.of("user-count", 3, "product-count", 2)))
        .contains("set users, or user-count and user-dimension",
            "or product-count and product-dimension");
    assertThat(problems(paperInstance(0, 0.1))).isEmpty();
  }
}
