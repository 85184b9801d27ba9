package org.recbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DescriptorTest {

  private static final Protocol<Integer, Integer, Double> NUMBERS =
      new Protocol<>("numbers", Integer.class, Integer.class, Double.class);
  private static final Protocol<String, String, String> WORDS =
      new Protocol<>("words", String.class, String.class, String.class);

  @Test
  void idsAreLowerCaseWordsSeparatedByDotsOrDashes() {
    assertThat(Descriptor.builder(Kind.POLICY, "bandit.epsilon-greedy", NUMBERS)
        .build().id()).isEqualTo("bandit.epsilon-greedy");
    assertThatThrownBy(() -> Descriptor.builder(Kind.POLICY, "Bandit.UCB", NUMBERS)
        .build()).hasMessageContaining("lower-case");
  }

  @Test
  void aParameterDeclaredTwiceIsRejected() {
    assertThatThrownBy(() -> Descriptor.builder(Kind.POLICY, "x.y", NUMBERS)
        .param(ParamSpec.number("c", 1, "c"), ParamSpec.number("c", 2, "c")).build())
        .hasMessageContaining("declares a parameter twice");
  }

  @Test
  void protocolsMatchByNameAndAnyMatchesEverything() {
    assertThat(NUMBERS.accepts(WORDS)).isFalse();
    assertThat(Protocol.ANY.accepts(WORDS)).isTrue();
    assertThat(NUMBERS.accepts(Protocol.ANY)).isTrue();
  }

  @Test
  void componentTypeRejectsADescriptorOfAnotherKind() {
    Descriptor metric = Descriptor.builder(Kind.METRIC, "m", Protocol.ANY).build();
    assertThatThrownBy(() -> ComponentType.policy(metric, (p, r, c) -> null))
        .hasMessageContaining("m is a metric, not a policy");
  }
}
