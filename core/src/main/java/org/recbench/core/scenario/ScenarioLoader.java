package org.recbench.core.scenario;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.recbench.core.catalog.Catalog;

/**
 * Reads and validates scenario files against the components of a {@link Catalog}. Every problem
 * found in a file is reported at once, each with its JSON path.
 */
public final class ScenarioLoader {

  private final Catalog catalog;

  /** A loader resolving ids against {@code catalog}. */
  public ScenarioLoader(Catalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /**
   * Loads {@code file}.
   *
   * @throws ScenarioException when the file is missing, unreadable, not JSON or not a valid
   *     scenario; the exception lists every problem found
   */
  public Scenario load(Path file) throws ScenarioException {
    return load(file, Map.of());
  }

  /**
   * Loads {@code file} with top-level keys replaced ({@code recbench run --set key=value}): each
   * value is read as JSON when it parses ({@code 5000}, {@code true}, {@code ["a", "b"]}) and as
   * a string otherwise; the result is validated like the file itself and records the overrides.
   *
   * @throws ScenarioException when a key is not a scenario key, or the result is not valid
   */
  public Scenario load(Path file, Map<String, String> overrides) throws ScenarioException {
    if (Files.isDirectory(file)) {
      throw new ScenarioException(file, JsonPaths.ROOT, "is a directory, expected a scenario file");
    }
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new ScenarioException(file, JsonPaths.ROOT, "no such file");
    } catch (AccessDeniedException e) {
      throw new ScenarioException(file, JsonPaths.ROOT, "cannot be read: permission denied");
    } catch (CharacterCodingException e) {
      throw new ScenarioException(file, JsonPaths.ROOT, "is not UTF-8 text");
    } catch (IOException e) {
      throw new ScenarioException(file, JsonPaths.ROOT, "cannot be read: " + e.getMessage());
    }
    if (overrides.isEmpty()) {
      return parse(text, file);
    }
    com.fasterxml.jackson.databind.JsonNode root = StrictJson.parse(text, file);
    if (root instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
      for (Map.Entry<String, String> entry : overrides.entrySet()) {
        if (!ScenarioReader.KEYS.contains(entry.getKey())) {
          throw new ScenarioException(file, JsonPaths.ROOT, "--set " + entry.getKey()
              + ": not a top-level scenario key; expected one of "
              + String.join(", ", ScenarioReader.KEYS) + Suggestions.didYouMean(entry.getKey(),
              ScenarioReader.KEYS));
        }
        object.set(entry.getKey(), overrideValue(entry.getValue()));
      }
    }
    return new ScenarioReader(file, catalog).read(root).withOverrides(overrides);
  }

  private static com.fasterxml.jackson.databind.JsonNode overrideValue(String text) {
    try {
      com.fasterxml.jackson.databind.JsonNode node = new com.fasterxml.jackson.databind
          .ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature
          .FAIL_ON_TRAILING_TOKENS).readTree(text);
      return node == null || node.isMissingNode()
          ? com.fasterxml.jackson.databind.node.TextNode.valueOf(text) : node;
    } catch (java.io.IOException | RuntimeException e) {
      return com.fasterxml.jackson.databind.node.TextNode.valueOf(text);
    }
  }

  /**
   * Reads a scenario from {@code text}, as if it were the content of {@code file} (which is
   * named in messages and recorded in runs, but not read).
   *
   * @throws ScenarioException when the text is not JSON or not a valid scenario
   */
  public Scenario parse(String text, Path file) throws ScenarioException {
    return new ScenarioReader(file, catalog).read(StrictJson.parse(text, file));
  }
}
