package org.recbench.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class GlobTest {

  @Test
  void matchesLikeTheEquivalentRegularExpressionOnRandomGlobsAndIds() {
    SplittableRandom random = new SplittableRandom(15);
    String alphabet = "ab.*";
    for (int trial = 0; trial < 5000; trial++) {
      String glob = randomText(random, alphabet, 6);
      String id = randomText(random, "ab.", 7);
      List<String> literals = new ArrayList<>();
      for (String literal : glob.split("\\*", -1)) {
        literals.add(Pattern.quote(literal));
      }
      boolean expected = Pattern.matches(String.join(".*", literals), id);

      assertThat(Glob.of(glob).matches(id)).as("%s against %s", glob, id).isEqualTo(expected);
    }
  }

  @Test
  @Timeout(2)
  void aGlobOfHundredsOfStarsIsMatchedInLinearTime() {
    Glob stars = Glob.of("*".repeat(500) + "x");

    assertThat(stars.matches("bandit.thompson-gaussian-" + "a".repeat(500))).isFalse();
    assertThat(Glob.of("*a*".repeat(200)).matches("a".repeat(199))).isFalse();
    assertThat(Glob.of("bandit.*").matches("bandit.ucb1")).isTrue();
  }

  private static String randomText(SplittableRandom random, String alphabet, int maxLength) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
