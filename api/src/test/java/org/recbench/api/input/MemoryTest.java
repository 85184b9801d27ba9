package org.recbench.api.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.recbench.api.ConfigurationException;

class MemoryTest {

  @Test
  void aSizeBeyondTheHeapIsRefusedWithTheSizesAndAFitIsNot() {
    assertThat(Memory.tooLarge(1_000_000_000L, 64, "arms")).hasValueSatisfying(message ->
        assertThat(message).startsWith("1000000000 arms need about 59.6 GiB, more than the ")
            .contains("this JVM may use"));
    assertThat(Memory.tooLarge(1000, 64, "arms")).isEmpty();
  }

  @Test
  void productsSaturateInsteadOfOverflowing() {
    assertThat(Memory.times(Long.MAX_VALUE / 2, 3)).isEqualTo(Long.MAX_VALUE);
    assertThat(Memory.times(1L << 40, 1L << 40)).isEqualTo(Long.MAX_VALUE);
    assertThat(Memory.times(3, 7)).isEqualTo(21);
    assertThat(Memory.tooLarge(Long.MAX_VALUE, Long.MAX_VALUE, "cells")).isPresent();
  }

  @Test
  void requireNamesWhereTheSizeCameFrom() {
    assertThatThrownBy(() -> Memory.require(1e30, "the tables", "model.pomdp:3"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("model.pomdp:3: the tables need about more than 8 EiB");
  }

  @Test
  void bytesAreFormattedInBinaryUnits() {
    assertThat(Memory.format(512)).isEqualTo("512 B");
    assertThat(Memory.format(3L << 30)).isEqualTo("3.0 GiB");
    assertThat(Memory.format(1536)).isEqualTo("1.5 KiB");
  }
}
