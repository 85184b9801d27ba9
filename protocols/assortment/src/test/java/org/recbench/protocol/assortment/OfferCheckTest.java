package org.recbench.protocol.assortment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OfferCheckTest {

  private final OfferCheck check = new OfferCheck(5);

  @Test
  void acceptsDistinctIndicesUpToTheCapacityManyTimesOver() {
    assertThatCode(() -> {
      for (int round = 0; round < 10_000; round++) {
        check.check(Assortment.of(round % 5, (round + 1) % 5, (round + 3) % 5), 3);
        check.check(Assortment.of(round % 5), 3);
      }
    }).doesNotThrowAnyException();
  }

  @Test
  void emptySetIsRejectedSayingWhatWasExpected() {
    assertThatThrownBy(() -> check.check(new Assortment(3), 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid assortment [] from the policy: the offered set is empty; expected 1"
            + " to K = 3 distinct item indices in 0..4");
  }

  @Test
  void oversizedSetIsRejectedWithItsSize() {
    assertThatThrownBy(() -> check.check(Assortment.of(0, 1, 2, 3), 3))
        .hasMessageContaining("[0, 1, 2, 3]")
        .hasMessageContaining("has 4 items, more than the capacity; expected 1 to K = 3");
  }

  @Test
  void duplicateItemIsNamed() {
    assertThatThrownBy(() -> check.check(Assortment.of(4, 2, 4), 3))
        .hasMessageContaining("item 4 is offered twice");
  }

  @Test
  void outOfRangeAndNegativeIndicesAreNamed() {
    assertThatThrownBy(() -> check.check(Assortment.of(1, 5), 3))
        .hasMessageContaining("item index 5 is out of range");
    assertThatThrownBy(() -> check.check(Assortment.of(-1), 3))
        .hasMessageContaining("item index -1 is out of range");
  }

  @Test
  void nullActionIsRejected() {
    assertThatThrownBy(() -> check.check(null, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no offered set (null)");
  }
}
