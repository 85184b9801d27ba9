package org.recbench.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutcomeTest {

  @Test
  void setOverwritesEveryFieldAndForgetsThePreviousExpectedRewards() {
    Outcome<String, String> outcome = new Outcome<>();
    outcome.set("liked", 1, "o1", false).expected(0.7, 0.9);
    assertThat(outcome.expectedReward()).isEqualTo(0.7);
    assertThat(outcome.bestExpectedReward()).isEqualTo(0.9);

    Outcome<String, String> same = outcome.set("left", 0, "o2", true);

    assertThat(same).isSameAs(outcome);
    assertThat(outcome.feedback()).isEqualTo("left");
    assertThat(outcome.reward()).isZero();
    assertThat(outcome.next()).isEqualTo("o2");
    assertThat(outcome.episodeOver()).isTrue();
    assertThat(outcome.expectedReward()).isNaN();
    assertThat(outcome.bestExpectedReward()).isNaN();
  }

  @Test
  void aNewOutcomeKnowsNoExpectedRewards() {
    Outcome<Integer, Integer> outcome = new Outcome<>(3, 0.5, 4, false);

    assertThat(outcome.expectedReward()).isNaN();
    assertThat(outcome.bestExpectedReward()).isNaN();
  }
}
