package org.recbench.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.recbench.api.Capability;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Environment;
import org.recbench.api.Kind;
import org.recbench.api.Outcome;
import org.recbench.api.ParamProblem;
import org.recbench.api.ParamSpec;
import org.recbench.api.Plugin;
import org.recbench.api.Policy;
import org.recbench.api.StandardCapabilities;
import org.recbench.core.run.TrialRunner;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.BanditProtocol;
import org.recbench.protocol.bandit.Reward;

class PluginTestKitTest {

  /** A two-armed Bernoulli bandit with means {@code [p, 1 - p]} and a validated {@code p}. */
  static final class Coin implements Environment<BanditObservation, Arm, Reward> {
    private static final BanditObservation TWO = new BanditObservation(2);
    private final double p;
    private final RandomGenerator rng;
    private final Outcome<BanditObservation, Reward> outcome = new Outcome<>();
    private final Reward reward = new Reward();

    Coin(double p, RandomGenerator rng) {
      this.p = p;
      this.rng = rng;
    }

    @Override
    public BanditObservation reset() {
      return TWO;
    }

    @Override
    public Outcome<BanditObservation, Reward> step(Arm arm) {
      double mean = arm.index() == 0 ? p : 1 - p;
      double value = rng.nextDouble() < mean ? 1 : 0;
      return outcome.set(reward.set(value), value, TWO, false).expected(mean, Math.max(p, 1 - p));
    }

    @Override
    public <T> Optional<T> capability(Capability<T> key) {
      return Optional.empty();
    }
  }

  /** Always pulls arm {@code arm}. */
  record Stubborn(int arm) implements Policy<BanditObservation, Arm, Reward> {
    @Override
    public Arm act(BanditObservation observation) {
      return Arm.of(arm);
    }

    @Override
    public void learn(BanditObservation observation, Arm action, Reward feedback) {}
  }

  static final class CoinPlugin implements Plugin {
    @Override
    public String name() {
      return "coin";
    }

    @Override
    public List<ComponentType<Environment<?, ?, ?>>> environments() {
      return List.of(ComponentType.environment(
          Descriptor.builder(Kind.ENVIRONMENT, "coin.flip", BanditProtocol.PROTOCOL)
              .provides(StandardCapabilities.EXPECTED_REWARDS)
              .param(ParamSpec.number("p", 0.3, "mean of arm 0").range(0.0, 1.0))
              .build(),
          (params, rng, capabilities) -> new Coin(params.getDouble("p"), rng))
          .withValidation(params -> params.getDouble("p") == 0.5
              ? List.of(ParamProblem.at("p", "is 0.5: no arm is better")) : List.of()));
    }

    @Override
    public List<ComponentType<Policy<?, ?, ?>>> policies() {
      return List.of(ComponentType.policy(
          Descriptor.builder(Kind.POLICY, "coin.stubborn", BanditProtocol.PROTOCOL)
              .param(ParamSpec.integer("arm", 0, "the arm pulled").range(0.0, 1.0)).build(),
          (params, rng, capabilities) -> new Stubborn(params.getInt("arm"))));
    }
  }

  private final PluginTestKit kit = PluginTestKit.of(new CoinPlugin());

  @Test
  void trialsRunThroughThePlannerAndTheRealRunnerWithTheHarnessMetrics() {
    List<TrialOutcome> runs = kit.trial("coin.flip", "coin.stubborn")
        .environmentParam("p", 0.2).policyParam("arm", 0)
        .metric("regret").metric("steps")
        .horizon(500).checkpoints(100, 500).seeds(3).run();

    assertThat(runs).extracting(TrialOutcome::seed).containsExactly(0, 1, 2);
    assertThat(runs).allSatisfy(run -> {
      assertThat(run.ok()).isTrue();
      assertThat(run.at(100, "regret")).isCloseTo(60, org.assertj.core.data.Offset.offset(1e-9));
      assertThat(run.last("regret")).isCloseTo(300, org.assertj.core.data.Offset.offset(1e-9));
      assertThat(run.last("steps")).isEqualTo(500);
    });
    TrialOutcome direct = new TrialOutcome(new TrialRunner(kit.catalog())
        .run(kit.trial("coin.flip", "coin.stubborn").environmentParam("p", 0.2)
            .metric("regret").metric("steps").horizon(500).checkpoints(100, 500).seeds(3).plan()
            .get(1)));
    assertThat(runs.get(1).result().checkpoints()).isEqualTo(direct.result().checkpoints());
  }

  @Test
  void finalValuesAreBySeedForStatisticalTests() {
    double[] rewards = TrialOutcome.finalValues(kit.trial("coin.flip", "coin.stubborn")
        .horizon(2000).seeds(20).run(), "reward");

    assertThat(rewards).hasSize(20);
    double mean = java.util.Arrays.stream(rewards).average().orElseThrow();
    // Binomial(2000, 0.3): mean 600, sd of the mean over 20 seeds about 4.6.
    assertThat(mean).isBetween(600 - 5 * 4.6, 600 + 5 * 4.6);
  }

  @Test
  void badSettingsFailWithTheScenarioMessage() {
    assertThatThrownBy(() -> kit.trial("coin.flip", "coin.stubborn")
        .environmentParam("p", 0.5).run())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.environments[0].params.p: coin.flip[p=0.5]: is 0.5: no arm is "
            + "better");
    assertThatThrownBy(() -> kit.trial("coin.flip", "coin.stubborn").policyParam("arm", 2).run())
        .hasMessageContaining("$.policies[0].params.arm");
    assertThatThrownBy(() -> kit.trial("coin.flip", "coin.nobody").run())
        .hasMessageContaining("unknown policy 'coin.nobody'");
  }
}
