package org.recbench.bandits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recbench.bandits.BanditHarness.environment;
import static org.recbench.bandits.BanditHarness.params;
import static org.recbench.bandits.BanditHarness.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.recbench.api.Capability;
import org.recbench.api.ComponentType;
import org.recbench.api.Environment;
import org.recbench.api.ParamSpec;
import org.recbench.api.Plugin;
import org.recbench.api.Policy;
import org.recbench.api.StandardCapabilities;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.BanditProtocol;

class BanditsPluginTest {

  private static final Plugin PLUGIN = new BanditsPlugin();

  /** Every capability an environment could be asked for. */
  private static final List<Capability<?>> KNOWN_CAPABILITIES = List.of(
      StandardCapabilities.ORACLE, StandardCapabilities.PLANNING_STATS,
      BanditProtocol.REWARD_RANGE);

  @Test
  void serviceLoaderFindsThePlugin() {
    assertThat(ServiceLoader.load(Plugin.class).stream().map(ServiceLoader.Provider::get))
        .anySatisfy(plugin -> {
          assertThat(plugin).isInstanceOf(BanditsPlugin.class);
          assertThat(plugin.name()).isEqualTo("bandits");
        });
  }

  @Test
  void contributesTheDocumentedComponents() {
    assertThat(PLUGIN.environments()).extracting(ComponentType::id)
        .containsExactly("bandit.bernoulli", "bandit.gaussian");
    assertThat(PLUGIN.policies()).extracting(ComponentType::id).containsExactly("bandit.uniform",
        "bandit.epsilon-greedy", "bandit.ucb1", "bandit.thompson", "bandit.thompson-gaussian");
    assertThat(PLUGIN.metrics()).isEmpty();
  }

  @Test
  void everyComponentSpeaksTheBanditProtocolAndIsDocumented() {
    for (ComponentType<?> type : components()) {
      assertThat(type.descriptor().protocol()).isEqualTo(BanditProtocol.PROTOCOL);
      assertThat(type.descriptor().description()).isNotBlank();
      assertThat(type.descriptor().parameters()).allSatisfy(spec -> {
        assertThat(spec.doc()).isNotBlank();
        if (spec.defaultValue() != null) {
          assertThat(spec.check(spec.defaultValue())).as(spec.name()).isEmpty();
        }
      });
    }
  }

  @Test
  void environmentsProvideExactlyTheCapabilitiesTheyDeclare() {
    for (ComponentType<Environment<?, ?, ?>> type : PLUGIN.environments()) {
      Environment<BanditObservation, Arm, Double> bandit = environment(type, 1);
      for (Capability<?> capability : KNOWN_CAPABILITIES) {
        assertThat(bandit.capability(capability).isPresent())
            .as("%s provides %s", type.id(), capability.id())
            .isEqualTo(type.descriptor().provides().contains(capability));
      }
    }
  }

  @Test
  void everyPolicyRunsWithItsDefaultsOnEveryBanditProvidingWhatItRequires() {
    for (ComponentType<Environment<?, ?, ?>> environmentType : PLUGIN.environments()) {
      for (ComponentType<Policy<?, ?, ?>> policyType : PLUGIN.policies()) {
        if (!environmentType.descriptor().provides()
            .containsAll(policyType.descriptor().requires())) {
          continue;
        }
        Environment<BanditObservation, Arm, Double> bandit = environment(environmentType, 2);
        Policy<BanditObservation, Arm, Double> policy = policy(policyType, bandit, 3);
        BanditObservation observation = bandit.reset();
        for (int t = 0; t < 50; t++) {
          Arm arm = policy.act(observation);
          assertThat(arm.index()).isBetween(0, observation.arms() - 1);
          policy.learn(observation, arm, bandit.step(arm).feedback());
        }
      }
    }
  }

  @Test
  void defaultsFillEveryParameterThatHasOne() {
    for (ComponentType<?> type : components()) {
      assertThat(params(type.descriptor()).asMap().keySet()).containsExactlyElementsOf(
          type.descriptor().parameters().stream().filter(p -> p.defaultValue() != null)
              .map(ParamSpec::name).toList());
    }
  }

  private static List<ComponentType<?>> components() {
    List<ComponentType<?>> all = new ArrayList<>(PLUGIN.environments());
    all.addAll(PLUGIN.policies());
    return all;
  }
}
