package org.recbench.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.plan.Planner;
import org.recbench.core.run.TestSpecs;

/**
 * Scenario files are shared between people and may be anything: each input below is refused as
 * bad input at a JSON path, without hanging, without reading more than the size limit and
 * without copying the file's content into the message.
 */
class HostileScenarioTest {

  private static final String MINIMAL = "{\"name\": \"minimal\", \"seeds\": 1, \"episodes\": 4, "
      + "\"environments\": [\"test.counting\"], \"policies\": [\"test.round-robin\"], "
      + "\"metrics\": [\"reward\"]}";

  private final Catalog catalog = TestSpecs.catalog();
  private final ScenarioLoader loader = new ScenarioLoader(catalog);

  @TempDir
  Path dir;

  private ScenarioException refused(String text) {
    return catchThrowableOfType(ScenarioException.class,
        () -> new Planner(catalog).plan(loader.parse(text, Path.of("hostile.json"))));
  }

  private static String with(String key, String json) {
    return MINIMAL.substring(0, MINIMAL.length() - 1) + ", \"" + key + "\": " + json + "}";
  }

  @Test
  @Timeout(5)
  void aDeviceIsRefusedWithoutBeingRead() {
    assumeTrue(Files.exists(Path.of("/dev/zero")));

    assertThatThrownBy(() -> loader.load(Path.of("/dev/zero")))
        .isInstanceOf(ScenarioException.class)
        .hasMessage("/dev/zero: $: is not a regular file (a device, FIFO or socket), expected a "
            + "scenario file");
  }

  @Test
  @Timeout(5)
  void aNamedPipeIsRefusedWithoutBlocking() throws Exception {
    Path fifo = dir.resolve("scenario.json");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);

    assertThatThrownBy(() -> loader.load(fifo)).isInstanceOf(ScenarioException.class)
        .hasMessageContaining("is not a regular file");
  }

  @Test
  @Timeout(5)
  void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
    Path sparse = dir.resolve("huge.json");
    try (RandomAccessFile file = new RandomAccessFile(sparse.toFile(), "rw")) {
      file.setLength(3L << 30);
    }

    assertThatThrownBy(() -> loader.load(sparse)).isInstanceOf(ScenarioException.class)
        .hasMessage(sparse + ": $: is 3.0 GiB, more than the 4.0 MiB a scenario file may have; a "
            + "scenario names its data files instead of containing them");
  }

  @Test
  void aByteOrderMarkBeforeValidJsonIsAccepted() throws Exception {
    Path file = dir.resolve("bom.json");
    Files.write(file, ("\uFEFF" + MINIMAL).getBytes(StandardCharsets.UTF_8));

    assertThat(loader.load(file).name()).isEqualTo("minimal");
  }

  @Test
  void anUnpairedSurrogateInADescriptionOrLabelIsRefusedAtItsPath() {
    ScenarioException description = refused(with("description", "\"bad \\ud800 text\""));
    ScenarioException label = refused(MINIMAL.replace("[\"test.round-robin\"]",
        "[{\"id\": \"test.round-robin\", \"label\": \"x\\udc00y\"}]"));

    assertThat(description.problems()).singleElement().satisfies(p -> {
      assertThat(p.jsonPath()).isEqualTo("$.description");
      assertThat(p.message()).contains("unpaired UTF-16 surrogate \\ud800 at character 5");
    });
    assertThat(label.problems()).singleElement().satisfies(p ->
        assertThat(p.jsonPath()).isEqualTo("$.policies[0].label"));
  }

  @Test
  void aSyntaxErrorIsReportedAtTheMemberWhereTheParserStopped() {
    String missingComma = "{\"name\": \"x\", \"seeds\": 1\n \"episodes\": 4}";
    String trailingComma = "{\"name\": \"x\", \"environments\": [{\"id\": \"a\", \"params\": "
        + "{\"arms\": 3,}}]}";
    String stuckToAValue = "{\"name\": \"x\", \"seeds\": 1x, \"episodes\": 4}";
    String afterAnObject = "{\"leaderboard\": {\"rank-by\": \"reward\"} \"seeds\": 1}";

    assertThat(refused(missingComma).problems().get(0).jsonPath()).isEqualTo("$.episodes");
    assertThat(refused(trailingComma).problems().get(0).jsonPath())
        .isEqualTo("$.environments[0].params");
    assertThat(refused(stuckToAValue).problems().get(0).jsonPath()).isEqualTo("$.seeds");
    assertThat(refused(afterAnObject).problems().get(0).jsonPath()).isEqualTo("$.seeds");
  }

  @Test
  void aFileThatIsNotJsonIsRefusedWithoutQuotingIt() throws IOException {
    Path secret = Files.writeString(dir.resolve("shadow"),
        "root:$6$saltsalt$hashhashhash:19000:0:99999:7:::\n");

    ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> loader.load(secret));

    assertThat(e.getMessage()).isEqualTo(secret + ": $: not JSON: invalid at line 1, column 1; a "
        + "scenario file is a JSON object, { ... }");
  }

  @Test
  void longAndBinaryValuesAreQuotedAsShortEscapedExcerpts() {
    ScenarioException unknownKey = refused(with("y".repeat(40_000), "1"));
    ScenarioException hugeKey = refused(with("y".repeat(5_000_000), "1"));
    ScenarioException badToken = refused(MINIMAL.replace("\"seeds\": 1",
        "\"seeds\": tru" + "e".repeat(300)));
    ScenarioException control = refused(with("description", "7").replace("\"minimal\"",
        "\"\\u0000\\u001b[31m" + "z".repeat(100) + "\""));

    assertThat(unknownKey.getMessage()).hasSizeLessThan(400)
        .contains("unknown key 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy... (39960 more "
            + "characters)'");
    assertThat(hugeKey.getMessage()).isEqualTo("hostile.json: $: invalid JSON at an unknown "
        + "position: Name length (5000000) exceeds the maximum allowed (50000)");
    assertThat(badToken.getMessage()).hasSizeLessThan(400).contains("... (");
    assertThat(control.getMessage()).doesNotContain("\u0000").doesNotContain("\u001b")
        .contains("\\u0000\\u001b[31m");
  }

  @Test
  void aNameTooLongForADirectoryIsRefusedAtValidation() {
    ScenarioException e = refused(MINIMAL.replace("\"minimal\"", "\"" + "a".repeat(300) + "\""));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.jsonPath()).isEqualTo("$.name");
      assertThat(p.message()).contains("at most 100").endsWith("of 300 characters");
    });
  }

  @Test
  void aLabelLongerThan200CharactersOrWithALineBreakIsRefused() {
    ScenarioException longLabel = refused(MINIMAL.replace("[\"test.round-robin\"]",
        "[{\"id\": \"test.round-robin\", \"label\": \"" + "l".repeat(201) + "\"}]"));
    ScenarioException lineBreak = refused(MINIMAL.replace("[\"test.round-robin\"]",
        "[{\"id\": \"test.round-robin\", \"label\": \"two\\nlines\"}]"));

    assertThat(longLabel.problems().get(0).jsonPath()).isEqualTo("$.policies[0].label");
    assertThat(lineBreak.problems().get(0).jsonPath()).isEqualTo("$.policies[0].label");
  }

  @Test
  @Timeout(5)
  void aGridOfMillionsOfConfigurationsIsRefusedAtTheGridBeforeExpanding() {
    String arms = "[" + "3, ".repeat(1999) + "3]";
    String gaps = "[" + "0.1, ".repeat(1999) + "0.1]";
    ScenarioException e = refused(MINIMAL.replace("[\"test.counting\"]",
        "[{\"id\": \"test.counting\", \"grid\": {\"arms\": " + arms + ", \"gap\": " + gaps
            + "}}]"));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.jsonPath()).isEqualTo("$.environments[0].grid");
      assertThat(p.message()).startsWith("expands to 2000 x 2000 = 4000000 configurations, more "
          + "than the 100000 one entry may have");
    });
  }

  @Test
  @Timeout(5)
  void billionsOfSeedsAreRefusedAtTheSeedsInstantly() {
    ScenarioException e = refused(MINIMAL.replace("\"seeds\": 1", "\"seeds\": 2147483647"));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.jsonPath()).isEqualTo("$.seeds");
      assertThat(p.message()).startsWith("1 pairs x 2147483647 seeds = 2147483647 trials, more "
          + "than the ");
    });
  }

  @Test
  void aValidationThatThrowsIsAProblemAtTheEntryNotACrash() {
    ScenarioException e = refused(MINIMAL.replace("\"test.counting\"", "\"test.random-means\"")
        .replace("[\"test.round-robin\"]",
            "[{\"id\": \"test.stuck-planner\", \"params\": {\"mode\": \"broken-check\"}}]"));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.jsonPath()).isEqualTo("$.policies[0]");
      assertThat(p.message()).endsWith("its validation failed on these parameters: "
          + "ArithmeticException: integer overflow");
    });
  }
}
