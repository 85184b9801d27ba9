package org.recbench.api.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

  @Test
  void shortTextIsQuotedAsItIs() {
    assertThat(Excerpt.quote("five")).isEqualTo("'five'");
  }

  @Test
  void longTextIsCutAndSaysHowMuchWasLeftOut() {
    String line = "9".repeat(5_000_000);

    assertThat(Excerpt.quote(line)).isEqualTo("'" + "9".repeat(40) + "... (4999960 more "
        + "characters)'");
  }

  @Test
  void controlCharactersQuotesAndUnpairedSurrogatesAreEscaped() {
    assertThat(Excerpt.of("a\nb\u0000c\u001b[31m'\\\ud800")).isEqualTo(
        "a\\nb\\u0000c\\u001b[31m\\'\\\\\\ud800");
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    String text = "x".repeat(39) + "\ud83d\ude00" + "tail";

    assertThat(Excerpt.of(text)).isEqualTo("x".repeat(39) + "... (6 more characters)");
    assertThat(Excerpt.of("\ud83d\ude00")).isEqualTo("\ud83d\ude00");
  }

  @Test
  void limitKeepsLinesAndTabsButEscapesWhatCannotBeWrittenAsUtf8() {
    assertThat(Excerpt.limit("first\n\tsecond \ud800 \u0007", 100))
        .isEqualTo("first\n\tsecond \\ud800 \\u0007");
    assertThat(Excerpt.limit("plain message", 100)).isEqualTo("plain message");
    assertThat(Excerpt.limit("abcdef", 3)).isEqualTo("abc... (3 more characters)");
  }

  @Test
  void unpairedSurrogatesAreFoundAndPairsAreNot() {
    assertThat(Excerpt.unpairedSurrogateAt("ok \ud83d\ude00")).isEqualTo(-1);
    assertThat(Excerpt.unpairedSurrogateAt("ab\ud800")).isEqualTo(2);
    assertThat(Excerpt.unpairedSurrogateAt("\ude00ab")).isZero();
    assertThat(Excerpt.hasUnpairedSurrogate("\ud83d")).isTrue();
  }
}
