package org.recbench.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recbench.core.catalog.Catalog;

/**
 * Every file in {@code scenarios/invalid/} breaks one rule of docs/scenarios.md; loading it must
 * fail with a problem at the exact JSON path whose message says what was found, what was expected
 * and, for misspellings, the nearest known names.
 */
class InvalidScenarioTest {

  private static final Path INVALID = Path.of("src/test/resources/scenarios/invalid");

  private final ScenarioLoader loader = new ScenarioLoader(Catalog.load());

  static Stream<Arguments> invalidFiles() {
    return Stream.of(
        arguments("missing-comma.json", "$.horizon",
            "invalid JSON at line 4, column 3: Unexpected character ('\"'): was expecting comma"),
        arguments("syntax-in-grid.json", "$.policies[0].grid.epsilon[1]",
            "invalid JSON at line 4, column 53: Unexpected character (']')"),
        arguments("duplicate-key.json", "$.seeds",
            "invalid JSON at line 5, column 10: Duplicate field 'seeds'"),
        arguments("trailing-content.json", "$",
            "invalid JSON at line 3, column 1: unexpected content after the end"),
        arguments("not-an-object.json", "$",
            "expected a JSON object describing a scenario, found an array of 1"),
        arguments("seeds-string.json", "$.seeds",
            "expected an integer >= 1, found string \"20\""),
        arguments("seeds-zero.json", "$.seeds", "expected an integer >= 1, found integer 0"),
        arguments("bad-name.json", "$.name", "expected a name of at most 100 lower-case letters, digits, "
            + "'.', '_' and '-' that starts with a letter or digit (it names the results "
            + "directory), found string \"My Run\""),
        arguments("unknown-key.json", "$.polices",
            "unknown key 'polices'; did you mean policies?"),
        arguments("missing-name.json", "$", "missing required key 'name'"),
        arguments("both-lengths.json", "$", "found both 'horizon' and 'episodes'; set one"),
        arguments("no-length.json", "$",
            "missing the trial length: set 'horizon' (steps) or 'episodes'"),
        arguments("checkpoints-descending.json", "$.checkpoints[2]",
            "expected checkpoints in ascending order, found 50 after 100"),
        arguments("checkpoint-beyond-horizon.json", "$.checkpoints[1]",
            "expected a checkpoint in [1, 200] (the horizon), found integer 500"),
        arguments("checkpoints-empty.json", "$.checkpoints",
            "expected a non-empty array of ascending integers, found an empty array"),
        arguments("unknown-environment.json", "$.environments[0]",
            "unknown environment 'test.countng'; did you mean test.counting?"),
        arguments("environment-glob.json", "$.environments[0]",
            "expected an exact environment id, found glob \"test.*\""),
        arguments("policy-as-environment.json", "$.environments[0]",
            "'test.greedy' is a policy, not an environment"),
        arguments("glob-matches-nothing.json", "$.policies[0]",
            "glob \"bandit.*\" matches no policy; policy ids start with test.*"),
        arguments("glob-in-object.json", "$.policies[0].id",
            "expected an exact policy id, found glob \"test.*\""),
        arguments("label-not-a-string.json", "$.environments[0].label",
            "expected a non-empty string of at most 200 characters without control characters, naming "
                + "the entry in reports, found integer 7"),
        arguments("unknown-entry-key.json", "$.policies[0].param",
            "unknown key 'param'; did you mean params?"),
        arguments("unknown-param.json", "$.policies[0].params.epsilom",
            "unknown parameter 'epsilom' of test.greedy; did you mean epsilon?"),
        arguments("param-out-of-range.json", "$.policies[0].params.epsilon",
            "expected a number in [0, 1], found number 1.5"),
        arguments("param-string-for-integer.json", "$.environments[0].params.arms",
            "expected an integer in [1, 1000], found string \"10\""),
        arguments("param-not-allowed.json", "$.environments[0].params.noise",
            "expected one of \"none\", \"uniform\", found string \"gausian\""),
        arguments("matrix-not-rectangular.json", "$.environments[0].params.like[1]",
            "expected a row of 2 numbers like row 0 (a matrix is rectangular), found 1"),
        arguments("array-element-out-of-range.json", "$.environments[0].params.means[1]",
            "expected a number in [0, 1], found number 1.3"),
        arguments("required-param-missing.json", "$.environments[0]",
            "test.table needs parameter 'means' (an array of numbers, each in [0, 1])"),
        arguments("param-in-params-and-grid.json", "$.policies[0].grid.epsilon",
            "parameter 'epsilon' is also set in params; set it in params or in grid, not both"),
        arguments("empty-grid.json", "$.policies[0].grid.epsilon",
            "expected a non-empty array of values, each a number in [0, 1], found an empty array"),
        arguments("grid-element-wrong-type.json", "$.policies[1].grid.epsilon[1]",
            "expected a number in [0, 1], found string \"0.1\""),
        arguments("empty-policies.json", "$.policies",
            "expected a non-empty array of policy ids, globs or {\"id\", \"params\", \"grid\"} "
                + "objects, found an empty array"),
        arguments("unknown-metric.json", "$.metrics[0]",
            "unknown metric 'rewrd'; did you mean reward"),
        arguments("rank-by-not-selected.json", "$.leaderboard.rank-by",
            "expected one of the selected metrics (reward), found \"regret\"; "
                + "add it to \"metrics\""),
        arguments("neutral-rank-by.json", "$",
            "ranking metric 'steps' declares no direction; set \"leaderboard\": "
                + "{\"higher-is-better\": true or false}"),
        arguments("time-limit-zero.json", "$.time-limit-seconds",
            "expected a number of seconds > 0, found integer 0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidFiles")
  void invalidFileIsRejectedAtItsJsonPathWithAHelpfulMessage(String file, String path,
      String fragment) {
    Path scenario = INVALID.resolve(file);
    ScenarioException e = catchThrowableOfType(ScenarioException.class,
        () -> loader.load(scenario));

    assertThat(e).as(file + " must be rejected").isNotNull();
    assertThat(e.problems()).anySatisfy(problem -> {
      assertThat(problem.jsonPath()).isEqualTo(path);
      assertThat(problem.message()).contains(fragment);
      assertThat(problem.file()).isEqualTo(scenario);
    });
    assertThat(e.getMessage()).contains(scenario + ": " + path + ": " + fragment)
        .doesNotContain("at org.", "Exception", "com.fasterxml", "Source:", "`");
  }

  @Test
  void everyInvalidFileIsCoveredByACase() throws IOException {
    try (Stream<Path> files = Files.list(INVALID)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(Stream.concat(Stream.of("many-mistakes.json"),
              invalidFiles().map(a -> (String) a.get()[0])).toList());
    }
  }

  @Test
  void allProblemsOfAFileAreReportedOnePerLine() {
    Path file = INVALID.resolve("many-mistakes.json");
    assertThatThrownBy(() -> loader.load(file))
        .isInstanceOfSatisfying(ScenarioException.class, e -> {
          assertThat(e.problems()).extracting(Problem::jsonPath)
              .containsExactly("$.seeds", "$.environments[0]", "$.metrics");
          assertThat(e.getMessage().lines()).hasSize(3);
          assertThat(e.getMessage().lines().toList().get(1)).isEqualTo(file
              + ": $.environments[0]: unknown environment 'test.countng'; did you mean "
              + "test.counting?");
        });
  }

  @Test
  void missingFileIsAScenarioException(@TempDir Path dir) {
    Path file = dir.resolve("absent.json");
    assertThatThrownBy(() -> loader.load(file))
        .isInstanceOf(ScenarioException.class)
        .hasMessage(file + ": $: no such file");
  }

  @Test
  void emptyFileIsAScenarioException(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("empty.json"), "  \n");
    assertThatThrownBy(() -> loader.load(file))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("the file is empty; expected a JSON object");
  }

  @Test
  void directoryIsAScenarioException(@TempDir Path dir) {
    assertThatThrownBy(() -> loader.load(dir))
        .isInstanceOf(ScenarioException.class)
        .hasMessage(dir + ": $: is a directory, expected a scenario file");
  }
}
