package org.recbench.sarsop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.recbench.api.Capabilities;
import org.recbench.api.ComponentType;
import org.recbench.api.ConfigurationException;
import org.recbench.api.Plugin;
import org.recbench.api.Policy;
import org.recbench.api.StandardCapabilities;
import org.recbench.protocol.pomdp.FinitePomdp;
import org.recbench.protocol.session.SessionProtocol;
import org.recbench.sarsop.policy.AlphaVectorPolicy;
import org.recbench.sarsop.testing.Fixture;

class SarsopPluginTest {

  @Test
  void pluginIsFoundByServiceLoaderWithBothPolicies() {
    Plugin plugin = ServiceLoader.load(Plugin.class).stream().map(ServiceLoader.Provider::get)
        .filter(p -> p.name().equals("sarsop")).findFirst().orElseThrow();

    assertThat(plugin.policies()).extracting(ComponentType::id)
        .containsExactly("sarsop.alpha-vectors", "sarsop.solve");
    assertThat(plugin.policies()).allSatisfy(type -> {
      assertThat(type.descriptor().protocol()).isEqualTo(SessionProtocol.PROTOCOL);
      assertThat(type.descriptor().requires()).containsExactly(FinitePomdp.CAPABILITY);
    });
    assertThat(plugin.policies().get(0).descriptor().provides())
        .containsExactly(SessionProtocol.LIKE_SEQUENCE);
    assertThat(plugin.policies().get(1).descriptor().provides())
        .containsExactly(StandardCapabilities.PLANNING_STATS,
            StandardCapabilities.PLAN_CERTIFICATE, SessionProtocol.LIKE_SEQUENCE);
  }

  @Test
  void alphaVectorsPolicyPlaysTheGivenFile() {
    Fixture fixture = Fixture.named("churn_U3_A5_s4");
    ComponentType<Policy<?, ?, ?>> type = AlphaVectorsPolicyType.create();

    Policy<?, ?, ?> policy = type.factory().create(
        SolvePolicyTypeTest.params(type, Map.of("policy-file", fixture.file("policy").toString())),
        RandomGeneratorFactory.getDefault().create(1), capabilities(fixture));

    assertThat(policy).isInstanceOfSatisfying(AlphaVectorPolicy.class,
        p -> assertThat(p.value()).isCloseTo(fixture.policyValue(), within(1e-6)));
    assertThat(policy.capability(StandardCapabilities.PLANNING_STATS)).isEmpty();
  }

  @Test
  void alphaVectorsPolicyWithAMissingFileIsAConfigurationError() {
    Fixture fixture = Fixture.named("churn_U3_A5_s4");
    ComponentType<Policy<?, ?, ?>> type = AlphaVectorsPolicyType.create();

    assertThatThrownBy(() -> type.factory().create(
        SolvePolicyTypeTest.params(type, Map.of("policy-file", "nowhere/x.policy")),
        RandomGeneratorFactory.getDefault().create(1), capabilities(fixture)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("nowhere/x.policy");
  }

  private static Capabilities capabilities(Fixture fixture) {
    return Capabilities.of(Map.of(FinitePomdp.CAPABILITY.id(), fixture.model(1.0)));
  }
}
