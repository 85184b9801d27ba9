package org.recbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

  private static final String MARKDOWN = MarkdownReport.render(SampleLeaderboard.leaderboard());

  @Test
  void eachEnvironmentHasATableWithRankPolicyMetricsPValueTrialsAndFailures() {
    assertThat(MARKDOWN).contains("## bandit.bernoulli[arms=10, gap=0.05]",
        "## bandit.bernoulli[arms=10, gap=0.2]");
    assertThat(MARKDOWN).contains(
        "| Rank | Policy | Top | regret ↓ | reward ↑ | steps (steps) · | p vs best | Trials | "
            + "Failures |\n"
            + "|---:|---|:---:|---:|---:|---:|---:|---:|---:|\n"
            + "| 1 | bandit.thompson | ● | 40.2 ± 4.7 | 1059.8 ± 4.7 | 2000 | — | 20 | 0 |\n"
            + "| 2 | bandit.ucb1 |  | 71.6 ± 8.4 | 1028.4 ± 8.4 | 2000 | 0.050 | 20 | 0 |\n");
    assertThat(MARKDOWN).contains("- steps (steps) · descriptive (not ranked)\n");
  }

  @Test
  void everyTableLineHasAsManyCellsAsTheHeader() {
    int start = MARKDOWN.indexOf("| Rank");
    List<String> lines = MARKDOWN.substring(start, MARKDOWN.indexOf("\n\n", start)).lines()
        .toList();

    assertThat(lines).hasSize(2 + 5);
    for (String line : lines) {
      assertThat(line.replace("\\|", "").chars().filter(c -> c == '|').count())
          .as(line).isEqualTo(10);
    }
  }

  @Test
  void labelsCannotBreakTheTableOrInjectHtml() {
    assertThat(MARKDOWN).contains("| 4 | &lt;script&gt;alert('x')&lt;/script&gt; & \"quoted\" \\| "
        + "piped |  | 139 ± 16 |");
    assertThat(MARKDOWN).doesNotContain("<script>");
  }

  @Test
  void skippedPairsFailuresAndMetadataFollowTheBoards() {
    assertThat(MARKDOWN).contains("## Skipped pairs\n\n| Environment | Policy | Reason |",
        "| bandit.bernoulli[arms=10, gap=0.05] | churn.bnb | churn.bnb needs capability "
            + "churn-model |",
        "| bandit.bernoulli[arms=10, gap=0.2] | bandit.epsilon-greedy | 7 | "
            + "java.lang.IllegalStateException: arm index 11 out of range &lt;10&gt; |",
        "| git commit | 3f2a9c1 (clean) |");
    assertThat(MARKDOWN.indexOf("## Skipped pairs")).isLessThan(MARKDOWN.indexOf("## Failed"));
    assertThat(MARKDOWN.indexOf("## Failed")).isLessThan(MARKDOWN.indexOf("## Run metadata"));
  }

  @Test
  void emptySectionsSayNone() {
    Leaderboard empty = new Leaderboard(
        new RunInfo("s", "", "reward", true, "episode", Map.of()), List.of(), List.of(), List.of());

    assertThat(MarkdownReport.render(empty))
        .contains("## Skipped pairs\n\nNone.", "## Failed trials\n\nNone.");
  }
}
