package org.recbench.core.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Objects;
import org.recbench.api.input.IoErrors;
import org.recbench.api.input.Memory;
import org.recbench.core.catalog.Catalog;

/**
 * Reads and validates scenario files against the components of a {@link Catalog}. Every problem
 * found in a file is reported at once, each with its JSON path.
 */
public final class ScenarioLoader {

  /** The largest scenario file read, in bytes (bundled scenarios have a few kilobytes). */
  public static final int MAX_BYTES = 4 << 20;

  private final Catalog catalog;

  /** A loader resolving ids against {@code catalog}. */
  public ScenarioLoader(Catalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /**
   * Loads {@code file}: a regular file of at most {@value #MAX_BYTES} bytes of UTF-8 text (a
   * byte-order mark is allowed). Devices, FIFOs and directories are refused before anything is
   * read, so {@code validate /dev/zero} or a named pipe cannot hang or exhaust memory.
   *
   * @throws ScenarioException when the file is missing, unreadable, too large, not JSON or not a
   *     valid scenario; the exception lists every problem found
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
    String text = read(file);
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
      StrictJson.requireUnicode(root, file);
    }
    return new ScenarioReader(file, catalog).read(root).withOverrides(overrides);
  }

  /** The text of {@code file}, checked as {@link #load} describes. */
  private static String read(Path file) throws ScenarioException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new ScenarioException(file, JsonPaths.ROOT, "no such file");
    } catch (IOException e) {
      throw new ScenarioException(file, JsonPaths.ROOT, "cannot be read: " + reason(file, e));
    }
    if (attributes.isDirectory()) {
      throw new ScenarioException(file, JsonPaths.ROOT, "is a directory, expected a scenario file");
    }
    if (!attributes.isRegularFile()) {
      throw new ScenarioException(file, JsonPaths.ROOT, "is not a regular file (a device, FIFO "
          + "or socket), expected a scenario file");
    }
    if (attributes.size() > MAX_BYTES) {
      throw new ScenarioException(file, JsonPaths.ROOT, tooLarge(attributes.size()));
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new ScenarioException(file, JsonPaths.ROOT, "cannot be read: " + reason(file, e));
    }
    if (bytes.length > MAX_BYTES) {
      throw new ScenarioException(file, JsonPaths.ROOT, tooLarge(bytes.length));
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new ScenarioException(file, JsonPaths.ROOT, "is not UTF-8 text");
    }
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

  private static String tooLarge(long bytes) {
    return "is " + Memory.format(bytes) + ", more than the " + Memory.format(MAX_BYTES)
        + " a scenario file may have; a scenario names its data files instead of containing them";
  }

  private static String reason(Path file, IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return IoErrors.reason(e).replace(file + ": ", "");
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
