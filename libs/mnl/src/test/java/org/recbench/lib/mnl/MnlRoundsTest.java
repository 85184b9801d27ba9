package org.recbench.lib.mnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MnlRoundsTest {

  @Test
  void roundsAreNumberedFromOneAndCountedWhenClosed() {
    MnlRounds rounds = new MnlRounds("L");
    assertThat(rounds.open()).isEqualTo(1);
    assertThat(rounds.isOpen()).isTrue();
    assertThat(rounds.close(new int[] {4, 7, 2}, 3, 2)).isEqualTo(2);
    assertThat(rounds.completed()).isEqualTo(1);
    assertThat(rounds.open()).isEqualTo(2);
    assertThat(rounds.close(new int[] {4, 7, 2}, 3, MnlChoice.NO_PURCHASE))
        .isEqualTo(MnlChoice.NO_PURCHASE);
    assertThat(rounds.isOpen()).isFalse();
    assertThat(rounds.completed()).isEqualTo(2);
  }

  @Test
  void callsOutOfOrderAndItemsNotOfferedAreErrorsNamingTheLearner() {
    MnlRounds rounds = new MnlRounds("L");
    assertThatThrownBy(() -> rounds.close(new int[] {1}, 1, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("L: update called without a preceding choose");
    rounds.open();
    assertThatThrownBy(rounds::requireClosed).isInstanceOf(IllegalStateException.class)
        .hasMessage("L: choose called twice without update");
    assertThatThrownBy(() -> rounds.close(new int[] {4, 7, 2, 9}, 3, 9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("L: chosen item 9 was not offered");
    assertThat(rounds.isOpen()).isTrue();
    assertThat(rounds.completed()).isZero();
  }
}
