package org.recbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.recbench.api.bandit.BanditProtocol;
import org.recbench.api.session.SessionProtocol;

class DescriptorTest {

  @Test
  void idsAreLowerCaseWordsSeparatedByDotsOrDashes() {
    assertThat(Descriptor.builder(Kind.POLICY, "bandit.epsilon-greedy", BanditProtocol.PROTOCOL)
        .build().id()).isEqualTo("bandit.epsilon-greedy");
    assertThatThrownBy(() -> Descriptor.builder(Kind.POLICY, "Bandit.UCB", BanditProtocol.PROTOCOL)
        .build()).hasMessageContaining("lower-case");
  }

  @Test
  void aParameterDeclaredTwiceIsRejected() {
    assertThatThrownBy(() -> Descriptor.builder(Kind.POLICY, "x.y", BanditProtocol.PROTOCOL)
        .param(ParamSpec.number("c", 1, "c"), ParamSpec.number("c", 2, "c")).build())
        .hasMessageContaining("declares a parameter twice");
  }

  @Test
  void protocolsMatchByNameAndAnyMatchesEverything() {
    assertThat(BanditProtocol.PROTOCOL.accepts(SessionProtocol.PROTOCOL)).isFalse();
    assertThat(Protocol.ANY.accepts(SessionProtocol.PROTOCOL)).isTrue();
    assertThat(BanditProtocol.PROTOCOL.accepts(Protocol.ANY)).isTrue();
  }

  @Test
  void componentTypeRejectsADescriptorOfAnotherKind() {
    Descriptor metric = Descriptor.builder(Kind.METRIC, "m", Protocol.ANY).build();
    assertThatThrownBy(() -> ComponentType.policy(metric, (p, r, c) -> null))
        .hasMessageContaining("m is a metric, not a policy");
  }
}
