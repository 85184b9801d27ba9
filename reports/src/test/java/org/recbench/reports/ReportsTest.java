package org.recbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

  @Test
  void writeAllCreatesTheDirectoryAndTheFourFilesInOrder(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("results/quickstart/run-1");

    List<Path> files = Reports.writeAll(SampleLeaderboard.leaderboard(), dir);

    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("leaderboard.csv", "leaderboard.json", "leaderboard.md", "index.html");
    for (Path file : files) {
      assertThat(file.getParent()).isEqualTo(dir);
      assertThat(Files.size(file)).isPositive();
    }
  }

  @Test
  void sameLeaderboardGivesByteIdenticalFiles(@TempDir Path tmp) throws IOException {
    List<Path> first = Reports.writeAll(SampleLeaderboard.leaderboard(), tmp.resolve("a"));
    List<Path> second = Reports.writeAll(SampleLeaderboard.leaderboard(), tmp.resolve("b"));

    for (int i = 0; i < first.size(); i++) {
      assertThat(Files.mismatch(first.get(i), second.get(i))).isEqualTo(-1);
    }
  }
}
