package org.recbench.menus.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.api.ConfigurationException;

class RewardSequencesTest {

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  @Test
  void malformedCsvNamesFileAndLine() throws IOException {
    Path wrongCount = write("count.csv", "# rewards\n0.1,0.2,0.3\n\n0.4,0.5\n");
    assertThatThrownBy(() -> CsvRewards.read(wrongCount, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(wrongCount + ":4: ")
        .hasMessageContaining("expected 3 comma-separated rewards")
        .hasMessageContaining("found 2");
    Path notNumber = write("nan.csv", "0.1,0.2\n0.3,abc\n");
    assertThatThrownBy(() -> CsvRewards.read(notNumber, 2))
        .hasMessageStartingWith(notNumber + ":2: ")
        .hasMessageContaining("column 2")
        .hasMessageContaining("'abc'");
    Path outOfRange = write("range.csv", "0.1,0.2\n0.3,0.4\n1.5,0\n");
    assertThatThrownBy(() -> CsvRewards.read(outOfRange, 2))
        .hasMessageStartingWith(outOfRange + ":3: ")
        .hasMessageContaining("column 1: expected a reward in [0, 1], found 1.5");
    Path empty = write("empty.csv", "# nothing\n\n");
    assertThatThrownBy(() -> CsvRewards.read(empty, 2))
        .hasMessageStartingWith(empty.toString())
        .hasMessageContaining("at least one line");
    assertThatThrownBy(() -> CsvRewards.read(dir.resolve("missing.csv"), 2))
        .hasMessageContaining("missing.csv");
  }

  @Test
  void onlyRegularFilesAreReadAndOffendingInputIsQuotedShort() throws IOException {
    assertThatThrownBy(() -> CsvRewards.read(dir, 2))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("reward file " + dir + " is a directory, expected a file");
    Path garbage = write("garbage.csv", "0.1," + "x".repeat(100_000) + "\n");
    assertThatThrownBy(() -> CsvRewards.read(garbage, 2))
        .hasMessageStartingWith(garbage + ":1: column 2: expected a reward in [0, 1], found 'xxx")
        .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(garbage.toString().length()
            + 120));
  }

  @Test
  void csvRewardsReplayTheFileAndWrapAround() throws IOException {
    CsvRewards rewards = CsvRewards.read(write("ok.csv", "0,1\n# c\n0.25, 0.75\n"), 2);
    double[] r = new double[2];
    assertThat(rewards.items()).isEqualTo(2);
    assertThat(rewards.rounds()).isEqualTo(2);
    rewards.rewards(1, r);
    assertThat(r).containsExactly(0.25, 0.75);
    rewards.rewards(4, r);
    assertThat(r).containsExactly(0.0, 1.0);
    rewards.means(5, r);
    assertThat(r).containsExactly(0.25, 0.75);
  }

  @Test
  void stochasticRewardsHaveTheirMeansAndReplayIdentically() {
    StochasticRewards rewards = new StochasticRewards(new double[] {0.1, 0.5, 0.9}, 42);
    int rounds = 100_000;
    double[] r = new double[3];
    double[] again = new double[3];
    double[] sum = new double[3];
    int replayed = 0;
    for (int t = 0; t < rounds; t++) {
      rewards.rewards(t, r);
      rewards.rewards(t, again);
      replayed += java.util.Arrays.equals(again, r) ? 1 : 0;
      for (int i = 0; i < 3; i++) {
        sum[i] += r[i];
      }
    }
    assertThat(replayed).isEqualTo(rounds);
    double[] means = {0.1, 0.5, 0.9};
    for (int i = 0; i < 3; i++) {
      double sd = Math.sqrt(means[i] * (1 - means[i]) / rounds);
      assertThat(sum[i] / rounds).isCloseTo(means[i], within(5 * sd));
    }
  }

  @Test
  void switchingRewardsAreStationaryWithinPhasesAndChangeBetweenThem() {
    SwitchingRewards rewards = new SwitchingRewards(4, 50, 9);
    double[] first = new double[4];
    double[] m = new double[4];
    int changes = 0;
    for (int phase = 0; phase < 20; phase++) {
      rewards.means(phase * 50L, first);
      for (int t = 1; t < 50; t++) {
        rewards.means(phase * 50L + t, m);
        if (!java.util.Arrays.equals(m, first)) {
          throw new AssertionError("means changed inside phase " + phase + " at offset " + t);
        }
      }
      rewards.means(phase * 50L + 50, m);
      if (!java.util.Arrays.equals(m, first)) {
        changes++;
      }
    }
    assertThat(changes).isEqualTo(20);
    assertThatThrownBy(() -> new SwitchingRewards(3, 0, 1)).hasMessageContaining("period L");
  }

  @Test
  void obliviousRewardsAreDeterministicInTheUnitIntervalAndNonStationary() {
    ObliviousRewards a = new ObliviousRewards(5, 100, 1000, new SplittableRandom(3));
    ObliviousRewards b = new ObliviousRewards(5, 100, 1000, new SplittableRandom(3));
    double[] ra = new double[5];
    double[] rb = new double[5];
    double[] firstHalf = new double[5];
    double[] secondHalf = new double[5];
    for (int t = 0; t < 2000; t++) {
      a.rewards(t, ra);
      b.rewards(t, rb);
      if (!java.util.Arrays.equals(ra, rb)) {
        throw new AssertionError("replay differs at round " + t);
      }
      for (int i = 0; i < 5; i++) {
        if (!(ra[i] >= 0 && ra[i] <= 1)) {
          throw new AssertionError("reward outside [0, 1] at round " + t + ": " + ra[i]);
        }
        (t < 1000 ? firstHalf : secondHalf)[i] += ra[i];
      }
    }
    double spread = 0;
    for (int i = 0; i < 5; i++) {
      spread = Math.max(spread, Math.abs(firstHalf[i] - secondHalf[i]) / 1000);
    }
    assertThat(spread).isGreaterThan(0.05);
  }

  @Test
  void meansOutsideTheUnitIntervalAreRejected() {
    assertThatThrownBy(() -> new StochasticRewards(new double[] {0.5, 1.2}, 1))
        .hasMessageContaining("mean reward of item 1 must be in [0, 1]");
  }
}
