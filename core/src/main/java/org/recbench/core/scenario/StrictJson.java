package org.recbench.core.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Parses a scenario file into a tree, strictly: standard JSON only (no comments, no single
 * quotes, no NaN), no duplicate keys and nothing after the top-level value. A syntax error is a
 * {@link ScenarioException} with line, column and the JSON path reached.
 *
 * <p>The tree is built from Jackson's streaming parser with the node factory, the nodes
 * {@code ObjectMapper.readTree} would make (int, long or big-integer nodes for integers, double
 * nodes for other numbers), without creating an {@code ObjectMapper}: its initialisation was a
 * noticeable part of the start-up of {@code recbench validate}.
 */
final class StrictJson {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private StrictJson() {}

  /** The tree of {@code text}, which was read from {@code file}. */
  static JsonNode parse(String text, Path file) throws ScenarioException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      if (parser.nextToken() == null) {
        throw new ScenarioException(file, JsonPaths.ROOT,
            "the file is empty; expected a JSON object describing a scenario");
      }
      JsonNode root = tree(parser);
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

  /**
   * The value that starts at the parser's current token, read to its end. The recursion is as
   * deep as the document, which the parser's nesting limit bounds.
   */
  private static JsonNode tree(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          object.set(name, tree(parser));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(tree(parser));
        }
        return array;
      }
      case VALUE_STRING -> {
        return NODES.textNode(parser.getText());
      }
      case VALUE_NUMBER_INT -> {
        return switch (parser.getNumberType()) {
          case INT -> NODES.numberNode(parser.getIntValue());
          case LONG -> NODES.numberNode(parser.getLongValue());
          default -> NODES.numberNode(parser.getBigIntegerValue());
        };
      }
      case VALUE_NUMBER_FLOAT -> {
        return NODES.numberNode(parser.getDoubleValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return NODES.nullNode();
      }
      default -> throw new IllegalStateException("unexpected JSON token " + token);
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
