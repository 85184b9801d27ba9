package org.recbench.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

  private static final Path FILE = Path.of("s.json");

  @Test
  void treesEqualObjectMapperTreesNodeTypesIncluded() throws Exception {
    String text = """
        {"a": 1, "b": -9007199254740993, "c": 123456789012345678901234567890, "d": 0.1,
         "e": 1e300, "f": -0.0, "g": [true, false, null, "x\\u00e9", [], {}], "h": {"i": [1.5]},
         "j": 2147483648, "k": -2147483648}
        """;
    JsonNode expected = new ObjectMapper().readTree(text);
    JsonNode actual = StrictJson.parse(text, FILE);
    assertThat(actual).isEqualTo(expected);
    assertSameNodeClasses(actual, expected);
  }

  @Test
  void bundledScenariosParseToTheObjectMapperTree() throws IOException, ScenarioException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("..", "scenarios"))) {
      files = walk.filter(p -> p.toString().endsWith(".json")).toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      String text = Files.readString(file);
      JsonNode expected = new ObjectMapper().readTree(text);
      JsonNode actual = StrictJson.parse(text, file);
      assertThat(actual).as(file.toString()).isEqualTo(expected);
      assertSameNodeClasses(actual, expected);
    }
  }

  @Test
  void duplicateKeysTrailingContentAndEmptyFilesAreRefusedWithTheirPosition() {
    assertThatThrownBy(() -> StrictJson.parse("{\"a\": 1,\n \"a\": 2}", FILE))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("line 2").hasMessageContaining("Duplicate field 'a'");
    assertThatThrownBy(() -> StrictJson.parse("{} {}", FILE))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("unexpected content after the end of the top-level value");
    assertThatThrownBy(() -> StrictJson.parse("  \n", FILE))
        .isInstanceOf(ScenarioException.class).hasMessageContaining("the file is empty");
    assertThatThrownBy(() -> StrictJson.parse("{\"a\": NaN}", FILE))
        .isInstanceOf(ScenarioException.class).hasMessageContaining("line 1, column");
  }

  private static void assertSameNodeClasses(JsonNode actual, JsonNode expected) {
    assertThat(actual.getClass()).isEqualTo(expected.getClass());
    if (expected.isContainerNode()) {
      assertThat(actual.size()).isEqualTo(expected.size());
      if (expected.isArray()) {
        for (int i = 0; i < expected.size(); i++) {
          assertSameNodeClasses(actual.get(i), expected.get(i));
        }
      } else {
        expected.fieldNames().forEachRemaining(
            name -> assertSameNodeClasses(actual.get(name), expected.get(name)));
      }
    }
  }
}
