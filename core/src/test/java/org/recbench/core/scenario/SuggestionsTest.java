package org.recbench.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  @Test
  void levenshteinDistanceMatchesHandCountedEdits() {
    assertThat(Suggestions.levenshtein("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.levenshtein("", "abc")).isEqualTo(3);
    assertThat(Suggestions.levenshtein("flaw", "lawn")).isEqualTo(2);
    assertThat(Suggestions.levenshtein("same", "same")).isZero();
  }

  @Test
  void levenshteinDistanceIsSymmetric() {
    List<String> words = List.of("", "a", "policy", "polices", "bandit.ucb1", "ucb");
    for (String a : words) {
      for (String b : words) {
        assertThat(Suggestions.levenshtein(a, b)).isEqualTo(Suggestions.levenshtein(b, a));
      }
    }
  }

  @Test
  void nearestCandidatesComeFirstAndFarOnesAreLeftOut() {
    List<String> ids = List.of("bandit.ucb1", "bandit.ucb-v", "bandit.thompson", "churn.bnb");

    assertThat(Suggestions.nearest("bandit.ucb", ids))
        .containsExactly("bandit.ucb1", "bandit.ucb-v");
    assertThat(Suggestions.nearest("zzzzzz", ids)).isEmpty();
  }

  @Test
  void lastDotSeparatedPartMatchesAShortName() {
    assertThat(Suggestions.nearest("thompson", List.of("bandit.thompson", "bandit.ucb1")))
        .containsExactly("bandit.thompson");
  }

  @Test
  void atMostThreeSuggestionsAreGiven() {
    assertThat(Suggestions.nearest("ab", List.of("aa", "ab1", "ab2", "ac", "bb"))).hasSize(3);
  }

  @Test
  void didYouMeanListsNamesOrNothing() {
    assertThat(Suggestions.didYouMean("polices", List.of("policies", "metrics")))
        .isEqualTo("; did you mean policies?");
    assertThat(Suggestions.didYouMean("arm", List.of("arms", "army", "farm")))
        .isEqualTo("; did you mean arms, army or farm?");
    assertThat(Suggestions.didYouMean("horizon", List.of("metrics"))).isEmpty();
  }
}
