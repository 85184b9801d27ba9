package org.recbench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.reports.EnvironmentBoard;
import org.recbench.reports.JsonReport;
import org.recbench.reports.Leaderboard;
import org.recbench.reports.PolicyRow;
import org.recbench.sarsop.solve.Pomdpsol;

/**
 * {@code scenarios/churn/fig2-runtime.json} with the real SARSOP (skipped without {@code pomdpsol}
 * on the PATH; {@code .ci/run} puts it there): the square and many-category cells of Fig. 2, 3
 * seeds, run by the CLI. Branch and bound and SARSOP solve the same instances and must agree: both
 * certify every plan, B&B's exact value lies within SARSOP's certified interval, and the policy
 * SARSOP plays is worth no more than B&B's optimum and no less than SARSOP's lower bound.
 */
class Fig2RuntimeTest {

  /** SARSOP prints its bounds with 6 significant digits; values here are below 100. */
  private static final double PRINTED = 1e-4;

  @TempDir
  Path dir;

  private Path smallFig2() throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode scenario = (ObjectNode) json.readTree(
        Path.of("../scenarios/churn/fig2-runtime.json").toFile());
    scenario.put("seeds", 3).put("episodes", 20);
    ArrayNode environments = (ArrayNode) scenario.get("environments");
    for (Iterator<JsonNode> it = environments.elements(); it.hasNext(); ) {
      if (it.next().get("label").asText().equals("rectangular")) {
        it.remove();
      }
    }
    Path file = dir.resolve("fig2-small.json");
    json.writeValue(file.toFile(), scenario);
    return file;
  }

  @Test
  void branchAndBoundAndTheRealSarsopCertifyEveryPlanAndAgreeOnTheOptimum() throws IOException {
    assumeTrue(Pomdpsol.onPath(System.getenv("PATH")).isPresent(),
        "pomdpsol (SARSOP) is not on the PATH");

    CliRun run = CliRun.of("run", smallFig2().toString(), "--out",
        dir.resolve("results").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("78 trials (0 already done), 0 skipped pairs");
    Leaderboard board = JsonReport.read(run.runDirectory().resolve("leaderboard.json"));
    assertThat(board.boards()).hasSize(13);
    for (EnvironmentBoard cell : board.boards()) {
      PolicyRow bnb = row(cell, "churn.bnb");
      PolicyRow sarsop = row(cell, "sarsop");
      String name = cell.environment();
      for (PolicyRow row : List.of(bnb, sarsop)) {
        assertThat(row.trials()).as(name).isEqualTo(3);
        assertThat(row.last("certified").mean()).as(name + " " + row.policy()).isEqualTo(1);
        assertThat(row.last("planning-time").mean()).as(name).isPositive();
        assertThat(row.last("nodes-expanded").mean()).as(name).isPositive();
      }
      double optimum = bnb.last("planned-value").mean();
      assertThat(bnb.last("churn.policy-value").mean()).as(name)
          .isCloseTo(optimum, within(1e-9));
      assertThat(sarsop.last("planned-value").mean()).as(name + ": SARSOP LB <= V*")
          .isLessThanOrEqualTo(optimum + PRINTED);
      assertThat(sarsop.last("certified-bound").mean()).as(name + ": SARSOP UB >= V*")
          .isGreaterThanOrEqualTo(optimum - PRINTED);
      double played = sarsop.last("churn.policy-value").mean();
      assertThat(played).as(name + ": SARSOP's policy is no better than the optimum")
          .isLessThanOrEqualTo(optimum + 1e-9)
          .isGreaterThanOrEqualTo(sarsop.last("planned-value").mean() - PRINTED);
    }
    List<String> analyses = Files.readAllLines(run.runDirectory().resolve("analyses.jsonl"));
    assertThat(analyses).hasSize(26).allMatch(line -> line.contains("\"planning time\""));
  }

  private static PolicyRow row(EnvironmentBoard board, String policy) {
    return board.rows().stream().filter(r -> r.policy().equals(policy)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + policy + " in " + board.environment()));
  }
}
