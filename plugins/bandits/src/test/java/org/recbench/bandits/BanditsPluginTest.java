package org.recbench.bandits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.recbench.api.Capability;
import org.recbench.api.ComponentType;
import org.recbench.api.Environment;
import org.recbench.api.ParamSpec;
import org.recbench.api.Plugin;
import org.recbench.api.Policy;
import org.recbench.api.StandardCapabilities;
import org.recbench.core.trial.TrialSpec;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.BanditProtocol;
import org.recbench.protocol.bandit.Reward;
import org.recbench.testkit.TrialBuilder;

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
      Environment<BanditObservation, Arm, Reward> bandit = Bandits.environment(type.id(), Map.of());
      for (Capability<?> capability : KNOWN_CAPABILITIES) {
        assertThat(bandit.capability(capability).isPresent())
            .as("%s provides %s", type.id(), capability.id())
            .isEqualTo(type.descriptor().provides().contains(capability));
      }
      assertThat(type.descriptor().provides()).as("%s fills in expected rewards", type.id())
          .contains(StandardCapabilities.EXPECTED_REWARDS);
    }
  }

  @Test
  void everyPolicyRunsWithItsDefaultsOnEveryBanditProvidingWhatItRequiresAndIsSkippedOnOthers() {
    for (ComponentType<Environment<?, ?, ?>> environmentType : PLUGIN.environments()) {
      for (ComponentType<Policy<?, ?, ?>> policyType : PLUGIN.policies()) {
        TrialBuilder trial = Bandits.trial(environmentType.id(), policyType.id())
            .metric("regret").horizon(50).seeds(2);
        String pair = policyType.id() + " on " + environmentType.id();
        if (environmentType.descriptor().provides()
            .containsAll(policyType.descriptor().requires())) {
          assertThat(trial.run()).as(pair).allSatisfy(outcome ->
              assertThat(outcome.ok()).as(pair + ": " + outcome.error()).isTrue());
        } else {
          assertThatThrownBy(trial::plan).as(pair).isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining("every environment-policy pair is skipped");
        }
      }
    }
  }

  @Test
  void trialsGetEveryDeclaredDefaultFilledIn() {
    for (ComponentType<Environment<?, ?, ?>> environmentType : PLUGIN.environments()) {
      TrialSpec spec = Bandits.trial(environmentType.id(), "bandit.uniform").plan().get(0);
      assertThat(spec.environment().params().keySet())
          .containsExactlyInAnyOrderElementsOf(defaulted(environmentType));
    }
    for (ComponentType<Policy<?, ?, ?>> policyType : PLUGIN.policies()) {
      TrialSpec spec = Bandits.trial("bandit.bernoulli", policyType.id()).plan().get(0);
      assertThat(spec.policy().params().keySet())
          .containsExactlyInAnyOrderElementsOf(defaulted(policyType));
    }
  }

  private static List<String> defaulted(ComponentType<?> type) {
    return type.descriptor().parameters().stream().filter(p -> p.defaultValue() != null)
        .map(ParamSpec::name).toList();
  }

  private static List<ComponentType<?>> components() {
    List<ComponentType<?>> all = new ArrayList<>(PLUGIN.environments());
    all.addAll(PLUGIN.policies());
    return all;
  }
}
