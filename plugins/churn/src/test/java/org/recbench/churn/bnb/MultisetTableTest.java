package org.recbench.churn.bnb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MultisetTableTest {

  private final int[][] out = new int[1][];

  @Test
  void aPrefixIsDominatedByAStoredOneWithAtLeastItsRewardTiesIncluded() {
    MultisetTable table = new MultisetTable(3, 100);
    int[] root = {0, 0, 0};
    long hash = table.childHash(0, 1);
    assertThat(table.dominatedOrRecord(root, 1, hash, 2.0, out)).isFalse();
    assertThat(out[0]).containsExactly(0, 1, 0);
    assertThat(table.dominatedOrRecord(root, 1, hash, 2.0, out)).as("tie").isTrue();
    assertThat(table.dominatedOrRecord(root, 1, hash, 1.5, out)).isTrue();
    assertThat(table.dominatedOrRecord(root, 1, hash, 2.5, out)).as("better").isFalse();
    assertThat(table.superseded(new int[] {0, 1, 0}, hash, 2.0)).isTrue();
    assertThat(table.superseded(new int[] {0, 1, 0}, hash, 2.5)).as("not strictly").isFalse();
    assertThat(table.size()).isEqualTo(1);
  }

  @Test
  void theHashOfAMultisetDoesNotDependOnTheOrderOfItsCategories() {
    MultisetTable table = new MultisetTable(3, 100);
    long ab = table.childHash(table.childHash(0, 0), 2);
    long ba = table.childHash(table.childHash(0, 2), 0);
    assertThat(ab).isEqualTo(ba);
    assertThat(table.dominatedOrRecord(new int[] {1, 0, 0}, 2, ab, 1.0, out)).isFalse();
    assertThat(table.dominatedOrRecord(new int[] {0, 0, 1}, 0, ba, 0.5, out))
        .as("the other order of {0, 2} with less reward").isTrue();
  }

  @Test
  void multisetsWithTheSameHashAreStillToldApartByTheirCounts() {
    MultisetTable table = new MultisetTable(2, 100);
    long hash = 42;
    assertThat(table.dominatedOrRecord(new int[] {0, 0}, 0, hash, 5.0, out)).isFalse();
    assertThat(table.dominatedOrRecord(new int[] {0, 0}, 1, hash, 1.0, out)).isFalse();
    assertThat(table.size()).isEqualTo(2);
  }

  @Test
  void aFullTableAdmitsNoNewMultisetsButKeepsDominatingAndGrowing() {
    MultisetTable table = new MultisetTable(1, 2);
    int[] counts = {0};
    for (int depth = 0; depth < 5; depth++) {
      assertThat(table.dominatedOrRecord(counts, 0, depth * 1000L, 1.0, out)).isFalse();
      counts = out[0];
    }
    assertThat(table.size()).isEqualTo(2);
    assertThat(table.dominatedOrRecord(new int[] {0}, 0, 0, 0.5, out)).as("{1}, stored").isTrue();
    assertThat(table.dominatedOrRecord(new int[] {3}, 0, 3000, 0.5, out)).as("{4}, not stored")
        .isFalse();
    MultisetTable big = new MultisetTable(2, 100_000);
    for (int i = 0; i < 5000; i++) {
      assertThat(big.dominatedOrRecord(new int[] {i, 0}, 1, i, 1.0, out)).isFalse();
    }
    assertThat(big.size()).isEqualTo(5000);
    assertThat(big.dominatedOrRecord(new int[] {4321, 0}, 1, 4321, 1.0, out)).as("after rehash")
        .isTrue();
  }
}
