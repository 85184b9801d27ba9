package org.recbench.core.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recbench.api.input.Excerpt;
import org.recbench.reports.json.JsonTrees;

/**
 * Parses a scenario file into a tree, strictly: standard JSON only (no comments, no single
 * quotes, no NaN), no duplicate keys and nothing after the top-level value. A syntax error is a
 * {@link ScenarioException} with line, column and the JSON path reached.
 *
 * <p>The tree is built from Jackson's streaming parser by {@link JsonTrees}, with the nodes
 * {@code ObjectMapper.readTree} would make, without creating an {@code ObjectMapper}: its
 * initialisation was a noticeable part of the start-up of {@code recbench validate}.
 */
final class StrictJson {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private static final String BYTE_ORDER_MARK = "\uFEFF";
  private static final int MAX_NAME_SCAN = 1 << 16;
  /** A token Jackson quotes: {@code Unrecognized token 'xyz'}. */
  private static final Pattern QUOTED_TOKEN = Pattern.compile("(token )'([^']*)'");
  /** A character Jackson quotes with its code: {@code ('x' (code 120))}. */
  private static final Pattern QUOTED_CHARACTER =
      Pattern.compile("'.{0,2}' \\(code (\\d+)(?: / 0x[0-9a-fA-F]+)?\\)", Pattern.DOTALL);

  private StrictJson() {}

  /**
   * The tree of {@code text}, which was read from {@code file}. A leading byte-order mark is
   * skipped. Strings and member names must be Unicode text: an escape of an unpaired UTF-16
   * surrogate ({@code "\\ud800"}) is a problem at its JSON path, since such a string cannot be
   * written as UTF-8 to {@code trials.jsonl} or a report.
   */
  static JsonNode parse(String text, Path file) throws ScenarioException {
    String json = text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
    JsonNode root = tree(json, file);
    requireUnicode(root, file);
    return root;
  }

  /**
   * Throws when a string or member name below {@code root} holds an unpaired surrogate (also for
   * values set on the command line), each at its JSON path.
   */
  static void requireUnicode(JsonNode root, Path file) throws ScenarioException {
    Problems problems = new Problems(file);
    rejectUnpairedSurrogates(root, JsonPaths.ROOT, problems);
    problems.throwIfAny();
  }

  private static JsonNode tree(String text, Path file) throws ScenarioException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonNode root = parser.nextToken() == null ? null : JsonTrees.read(parser);
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
      JsonLocation location = e.getLocation();
      if (e.getProcessor() instanceof JsonParser parser && parser.currentToken() == null
          && parser.getParsingContext().inRoot()) {
        throw new ScenarioException(file, JsonPaths.ROOT, "not JSON: invalid at "
            + position(location) + "; a scenario file is a JSON object, { ... }");
      }
      String path = e.getProcessor() instanceof JsonParser parser
          ? errorPath(parser, text, location) : JsonPaths.ROOT;
      throw new ScenarioException(file, path, "invalid JSON at " + position(location)
          + ": " + clean(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new ScenarioException(file, JsonPaths.ROOT, "cannot be read: " + e.getMessage());
    }
  }

  /** Records every string and member name below {@code node} that is not Unicode text. */
  private static void rejectUnpairedSurrogates(JsonNode node, String path, Problems problems) {
    if (node.isTextual()) {
      reportSurrogate(node.textValue(), path, "string", problems);
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        rejectUnpairedSurrogates(node.get(i), JsonPaths.element(path, i), problems);
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> members = node.fields(); members.hasNext(); ) {
        Map.Entry<String, JsonNode> member = members.next();
        String memberPath = JsonPaths.member(path, member.getKey());
        reportSurrogate(member.getKey(), memberPath, "member name", problems);
        rejectUnpairedSurrogates(member.getValue(), memberPath, problems);
      }
    }
  }

  private static void reportSurrogate(String text, String path, String what, Problems problems) {
    int at = Excerpt.unpairedSurrogateAt(text);
    if (at >= 0) {
      problems.add(path, "the " + what + " contains an unpaired UTF-16 surrogate "
          + String.format("\\u%04x", (int) text.charAt(at)) + " at character " + (at + 1)
          + ", which is not a Unicode character; escape a character outside the Basic "
          + "Multilingual Plane as a pair (\\ud83d\\ude00) or write it as UTF-8");
    }
  }

  private static String position(JsonLocation location) {
    return location == null ? "an unknown position"
        : "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  /**
   * The JSON path of the value the parser failed on. Jackson's context still names the last
   * member it read completely when the next one fails (a missing comma before
   * {@code "environments"}), so between members the path is that of the next member, read from
   * the text at the error, or of the enclosing object; garbage stuck to a value
   * ({@code 10x}) belongs to that value.
   */
  private static String errorPath(JsonParser parser, String text, JsonLocation location) {
    JsonStreamContext context = parser.getParsingContext();
    if (!context.inObject() || context.getCurrentName() == null
        || parser.currentToken() == JsonToken.FIELD_NAME) {
      return path(context);
    }
    String object = containerPath(context);
    int offset = location == null ? -1 : (int) Math.min(Integer.MAX_VALUE,
        location.getCharOffset());
    if (offset < 0 || offset > text.length()) {
      return object;
    }
    if (offset < text.length() && text.charAt(offset) == '"') {
      String next = memberNameAt(text, offset);
      return next == null ? object : JsonPaths.member(object, next);
    }
    boolean stuck = offset > 0 && offset < text.length()
        && !Character.isWhitespace(text.charAt(offset - 1)) && text.charAt(offset - 1) != ','
        && "}]".indexOf(text.charAt(offset)) < 0;
    return stuck ? path(context) : object;
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

  /** The JSON path of the object or array of {@code context} itself. */
  private static String containerPath(JsonStreamContext context) {
    return context.getParent() == null ? JsonPaths.ROOT : path(context.getParent());
  }

  /** The member name written as a JSON string at {@code offset}, or null if it is not one. */
  private static String memberNameAt(String text, int offset) {
    try (JsonParser name = FACTORY.createParser(text.substring(offset,
        Math.min(text.length(), offset + MAX_NAME_SCAN)))) {
      return name.nextToken() == JsonToken.VALUE_STRING ? name.getText() : null;
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Jackson's message without its source-location and feature-flag hints, quoting the file's
   * content only as a short excerpt.
   */
  private static String clean(String message) {
    Matcher token = QUOTED_TOKEN.matcher(message);
    StringBuilder shown = new StringBuilder();
    while (token.find()) {
      token.appendReplacement(shown, Matcher.quoteReplacement(token.group(1)
          + Excerpt.quote(token.group(2))));
    }
    token.appendTail(shown);
    Matcher character = QUOTED_CHARACTER.matcher(shown.toString());
    StringBuilder out = new StringBuilder();
    while (character.find()) {
      character.appendReplacement(out, Matcher.quoteReplacement(
          Excerpt.quote(new String(Character.toChars(Integer.parseInt(character.group(1)))))));
    }
    character.appendTail(out);
    return Excerpt.limit(out.toString()
        .replaceAll("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)]", "line $1, column $2")
        .replaceAll(" \\(code \\d+\\)", "")
        .replaceAll(": enable `[^`]*` to allow", " (not standard JSON)")
        .replaceAll(", from `[^`]*`", "")
        .replaceAll(" \\(for Object starting at \\[[^]]*]\\)", ""), 300);
  }
}
