package org.recbench.core.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Parses a scenario file into a tree, strictly: standard JSON only (no comments, no single
 * quotes, no NaN), no duplicate keys and nothing after the top-level value. A syntax error is a
 * {@link ScenarioException} with line, column and the JSON path reached.
 */
final class StrictJson {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private StrictJson() {}

  /** The tree of {@code text}, which was read from {@code file}. */
  static JsonNode parse(String text, Path file) throws ScenarioException {
    try (JsonParser parser = MAPPER.createParser(text)) {
      JsonNode root = MAPPER.readTree(parser);
      if (root == null) {
        throw new ScenarioException(file, JsonPaths.ROOT,
            "the file is empty; expected a JSON object describing a scenario");
      }
      if (parser.nextToken() != null) {
        throw new ScenarioException(file, JsonPaths.ROOT, "invalid JSON at "
            + position(parser.currentTokenLocation())
            + ": unexpected content after the end of the top-level value");
      }
      return root;
    } catch (JsonProcessingException e) {
      String path = e.getProcessor() instanceof JsonParser parser
          ? path(parser.getParsingContext()) : JsonPaths.ROOT;
      throw new ScenarioException(file, path, "invalid JSON at " + position(e.getLocation())
          + ": " + clean(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new ScenarioException(file, JsonPaths.ROOT, "cannot be read: " + e.getMessage());
    }
  }

  private static String position(JsonLocation location) {
    return location == null ? "an unknown position"
        : "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  /** The JSON path of the value the parser was reading. */
  private static String path(JsonStreamContext context) {
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.push(c);
    }
    String path = JsonPaths.ROOT;
    for (JsonStreamContext c : chain) {
      if (c.inArray()) {
        path = JsonPaths.element(path, Math.max(0, c.getCurrentIndex()));
      } else if (c.getCurrentName() != null) {
        path = JsonPaths.member(path, c.getCurrentName());
      }
    }
    return path;
  }

  /** Jackson's message without its source-location and feature-flag hints. */
  private static String clean(String message) {
    return message
        .replaceAll("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)]", "line $1, column $2")
        .replaceAll(" \\(code \\d+\\)", "")
        .replaceAll(": enable `[^`]*` to allow", " (not standard JSON)");
  }
}
