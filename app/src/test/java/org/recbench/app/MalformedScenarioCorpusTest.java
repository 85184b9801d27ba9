package org.recbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.core.cli.RecBenchCli;
import picocli.CommandLine;

/**
 * A corpus of malformed scenarios generated from every bundled scenario — syntax, types, ranges,
 * sizes, constraints between parameters, encodings and file-system oddities — each validated
 * in-process through the real command line (generated here, never checked in). Every one must be bad input: exit code 2, a message
 * naming the file and a JSON path, no stack trace, and an answer within {@value #MAX_SECONDS} s.
 * The base scenarios themselves must validate, so every failure comes from its mutation.
 */
class MalformedScenarioCorpusTest {

  private static final Path SCENARIOS = Path.of("../scenarios");
  private static final double MAX_SECONDS = 5;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** {@code <file>: $...: <message>}: the first line of every answer. */
  private static final Pattern FILE_AND_PATH = Pattern.compile("^\\S.*: \\$\\S*: \\S.*");

  @TempDir
  static Path dir;

  private static int cases;
  private static int scenarioIndex;
  private static double slowest;
  private static long started;

  /** One malformed input: a name and the file it is written to (or a special file). */
  private record Case(String name, Path file) {}

  @BeforeAll
  static void start() {
    started = System.nanoTime();
  }

  @AfterAll
  static void summary() {
    System.out.printf("malformed-scenario corpus: %d cases in %.1f s, slowest %.3f s%n", cases,
        (System.nanoTime() - started) / 1e9, slowest);
  }

  @TestFactory
  Stream<DynamicTest> everyMalformedScenarioIsBadInputAtAJsonPath() throws IOException {
    List<Case> corpus = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SCENARIOS)) {
      for (Path scenario : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        corpus.addAll(mutationsOf(scenario));
      }
    }
    corpus.addAll(fileSystemOddities());
    assertThat(corpus).hasSizeGreaterThan(300);
    return corpus.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> assertBadInput(c)));
  }

  /** One command line for every case, as picocli resets options before each parse. */
  private static final CommandLine CLI = Main.commandLine();

  /** {@code recbench validate file}, in-process on the shared command line. */
  private static CliRun validate(Path file) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CLI.setOut(new PrintWriter(out, true));
    CLI.setErr(new PrintWriter(err, true));
    int code = RecBenchCli.execute(CLI, "validate", file.toString());
    return new CliRun(code, out.toString(), err.toString());
  }

  private static void assertBadInput(Case c) {
    long start = System.nanoTime();
    CliRun run = validate(c.file());
    double seconds = (System.nanoTime() - start) / 1e9;
    cases++;
    slowest = Math.max(slowest, seconds);

    assertThat(run.exitCode()).as("exit code of %s; stdout: %s; stderr: %s", c.name(), run.out(),
        run.err()).isEqualTo(2);
    String first = run.err().lines().findFirst().orElse("");
    assertThat(first).as(c.name()).startsWith(c.file().toString()).matches(FILE_AND_PATH);
    assertThat(run.err()).as(c.name()).doesNotContain("\tat ", "Exception in thread",
        "internal error");
    assertThat(run.err().length()).as("message length of " + c.name()).isLessThan(20_000);
    assertThat(seconds).as("seconds to validate " + c.name()).isLessThan(MAX_SECONDS);
  }

  /** The base (which must validate) and its mutations. */
  private static List<Case> mutationsOf(Path scenario) throws IOException {
    String stem = SCENARIOS.relativize(scenario).toString().replace('/', '-')
        .replace(".json", "");
    ObjectNode base = (ObjectNode) JSON.readTree(scenario.toFile());
    withRunnableData(base);
    String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(base);
    Path original = write(stem + "-base", text.getBytes(StandardCharsets.UTF_8));
    CliRun validate = validate(original);
    assertThat(validate.exitCode()).as("the base of " + stem + " validates: " + validate.err())
        .isZero();

    List<Case> cases = new ArrayList<>();
    Mutations m = new Mutations(stem, cases);
    syntax(m, text);
    encodings(m, text, base);
    types(m, base, scenarioIndex++);
    components(m, base);
    return cases;
  }

  /**
   * MovieLens and Expedia data files the skip checks find, so the MovieLens and Expedia
   * scenarios validate too (validation reads no data; only the trials and analyses would).
   */
  private static void withRunnableData(ObjectNode scenario) throws IOException {
    Path data = Files.createDirectories(dir.resolve("ml-1m"));
    Files.writeString(data.resolve("ratings.dat"), "1::1::5::0\n");
    Files.writeString(data.resolve("movies.dat"), "1::Film (2000)::Drama\n");
    Path expedia = Files.createDirectories(dir.resolve("expedia")).resolve("train.csv");
    Files.writeString(expedia, "srch_id,prop_id,booking_bool\n");
    for (JsonNode entry : scenario.get("environments")) {
      if (entry.path("params").has("data-dir")) {
        ((ObjectNode) entry.get("params")).put("data-dir", data.toString());
      }
      if (entry.path("params").has("data-file")) {
        ((ObjectNode) entry.get("params")).put("data-file", expedia.toString());
      }
    }
  }

  private static void syntax(Mutations m, String text) {
    for (int percent : new int[] {1, 50, 99}) {
      m.text("truncated-at-" + percent + "pc", text.substring(0, text.length() * percent / 100));
    }
    List<Integer> commas = structural(text, ',');
    for (int i : new int[] {0, commas.size() - 1}) {
      m.text("comma-" + i + "-removed", remove(text, commas.get(i)));
    }
    m.text("colon-removed", remove(text, structural(text, ':').get(0)));
    m.text("last-brace-as-bracket", text.substring(0, text.lastIndexOf('}')) + "]");
    m.text("garbage-after-a-value", changed(text, "(\"seeds\"\\s*:\\s*\\d+)", "$1x"));
    m.text("duplicate-name", text.replaceFirst("\\{", "{\"name\": \"dup\","));
    m.text("trailing-comma", text.substring(0, text.lastIndexOf('}')) + ",}");
    m.text("content-after-the-object", text + "{}");
    m.text("single-quoted-key", text.replaceFirst("\"name\"", "'name'"));
    m.text("comment", "// a comment\n" + text);
    m.text("nan", changed(text, "(\"seeds\"\\s*:\\s*)\\d+", "$1NaN"));
    m.text("unquoted-key", text.replaceFirst("\"seeds\"", "seeds"));
    m.text("deeply-nested", text.replaceFirst("\\{", "{\"x\": " + "[".repeat(5000)
        + "]".repeat(5000) + ","));
    m.text("empty", "");
    m.text("whitespace-only", " \n\t ");
    m.text("array-not-object", "[" + text + "]");
    m.text("bare-string", "\"quickstart\"");
  }

  private static void encodings(Mutations m, String text, ObjectNode base) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] invalid = new byte[utf8.length + 1];
    int at = text.indexOf("\"name\"");
    System.arraycopy(utf8, 0, invalid, 0, at + 2);
    invalid[at + 2] = (byte) 0xFF;
    System.arraycopy(utf8, at + 2, invalid, at + 3, utf8.length - at - 2);
    m.bytes("invalid-utf8-byte", invalid);
    m.bytes("utf16", text.getBytes(StandardCharsets.UTF_16));
    m.bytes("nul-bytes", new byte[1000]);
    m.bytes("bom-then-truncated", ("\uFEFF" + text.substring(0, text.length() / 2))
        .getBytes(StandardCharsets.UTF_8));
    m.text("lone-surrogate-in-description", withMember(base, "description", "\"before \\ud800"
        + " after\""));
    m.text("lone-low-surrogate-in-name", withMember(base, "name", "\"a\\udc00\""));
    m.text("control-character-in-name", withMember(base, "name", "\"a\\u0000b\""));
  }

  /**
   * Wrong values of every top-level key; each scenario gets every fourth value, in turn, so the
   * six scenarios together try every value.
   */
  private static void types(Mutations m, ObjectNode base, int scenario) {
    String length = base.has("horizon") ? "horizon" : "episodes";
    Map<String, List<String>> invalid = Map.ofEntries(
        Map.entry("name", List.of("null", "5", "\"\"", "\"Upper Case\"", "\"a/b\"", "\"../up\"",
            "\"" + "n".repeat(101) + "\"", "[\"x\"]")),
        Map.entry("description", List.of("5", "null", "[]", "{}")),
        Map.entry("seeds", List.of("0", "-1", "1.5", "\"20\"", "null", "2147483648", "true",
            "[]", "2147483647")),
        Map.entry(length, List.of("0", "-5", "2.5", "\"100\"", "null", "9223372036854775808",
            "{}")),
        Map.entry("checkpoints", List.of("[]", "\"x\"", "[0]", "[3, 2]", "[9223372036854775807]",
            "null", "{}", "[1.5]")),
        Map.entry("environments", List.of("[]", "{}", "\"x\"", "null", "[\"no.such-env\"]",
            "[5]", "[{\"params\": {}}]", "[\"churn.*\"]", "[{\"id\": \"bandit.bernoulli\", "
                + "\"extra\": 1}]")),
        Map.entry("policies", List.of("[]", "\"x\"", "null", "[\"nomatch.*\"]", "[[]]",
            "[{\"id\": \"sarsop.solve\", \"params\": {\"pomdpsol\": \"/bin/sh\"}}]",
            "[{\"id\": \"sarsop.solve\", \"params\": {\"cache-dir\": \"/etc\"}}]",
            "[\"" + "*".repeat(300) + "x\"]")),
        Map.entry("metrics", List.of("[]", "null", "[\"no-such-metric\"]", "[{\"id\": \"regret\","
            + " \"params\": {\"x\": 1}}]", "[7]")),
        Map.entry("leaderboard", List.of("\"x\"", "{\"rank-by\": 5}", "{\"rank-by\": \"nope\"}",
            "{\"higher-is-better\": \"yes\"}", "{\"extra\": 1}")),
        Map.entry("time-limit-seconds", List.of("0", "-1", "\"60\"", "null", "[]", "1e300")),
        Map.entry("$schema", List.of("5")),
        Map.entry("seedz", List.of("3")));
    invalid.forEach((key, values) -> {
      for (int i = 0; i < values.size(); i++) {
        if ((i + scenario) % 4 == 0) {
          m.text(key + "-" + i, withMember(base, key, values.get(i)));
        }
      }
    });
    ObjectNode both = base.deepCopy();
    both.put(length.equals("horizon") ? "episodes" : "horizon", 10);
    m.tree("both-horizon-and-episodes", both);
    for (String required : List.of("name", "seeds", "environments", "policies", "metrics",
        length)) {
      ObjectNode without = base.deepCopy();
      without.remove(required);
      m.tree("without-" + required, without);
    }
  }

  /**
   * Mutations of the first entry of environments, policies and metrics, and constraint
   * violations of the first two.
   */
  private static void components(Mutations m, ObjectNode base) {
    for (String array : List.of("environments", "policies", "metrics")) {
      JsonNode entries = base.get(array);
      for (int i = 0; i < Math.min(2, entries.size()); i++) {
        String at = array + "[" + i + "]";
        JsonNode entry = entries.get(i);
        if (entry.isObject()) {
          constraints(m, base, array, i, at, entry);
        }
      }
      for (int i = 0; i < 1; i++) {
        String at = array + "[" + i + "]";
        m.entry(base, array, i, at + "-unknown-id", e -> ((ObjectNode) e).put("id", "zz.nope"));
        m.entry(base, array, i, at + "-id-not-a-string", e -> ((ObjectNode) e).put("id", 5));
        m.entry(base, array, i, at + "-unknown-parameter", e -> params(e).put("zzz", 1));
        m.entry(base, array, i, at + "-label-too-long", e -> ((ObjectNode) e).put("label",
            "l".repeat(201)));
        m.entry(base, array, i, at + "-label-with-line-break", e -> ((ObjectNode) e)
            .put("label", "two\nlines"));
        m.entry(base, array, i, at + "-params-not-an-object", e -> ((ObjectNode) e)
            .put("params", "x"));
        JsonNode entry = entries.get(i);
        if (!entry.isObject()) {
          continue;
        }
        for (Iterator<String> names = entry.path("params").fieldNames(); names.hasNext(); ) {
          String name = names.next();
          JsonNode value = entry.get("params").get(name);
          m.entry(base, array, i, at + "-" + name + "-wrong-type", e -> params(e)
              .set(name, wrongType(value)));
        }
        for (Iterator<String> names = entry.path("grid").fieldNames(); names.hasNext(); ) {
          String name = names.next();
          JsonNode first = entry.get("grid").get(name).get(0);
          m.entry(base, array, i, at + "-grid-" + name + "-empty", e -> grid(e).putArray(name));
          m.entry(base, array, i, at + "-grid-" + name + "-not-an-array", e -> grid(e)
              .put(name, "x"));
          m.entry(base, array, i, at + "-grid-" + name + "-wrong-type", e -> grid(e).putArray(name)
              .add(wrongType(first)));
          m.entry(base, array, i, at + "-grid-" + name + "-also-in-params", e -> params(e)
              .set(name, first));
        }
        if (entry.path("grid").size() >= 2) {
          m.entry(base, array, i, at + "-grid-with-too-many-points", e -> {
            for (Iterator<String> names = grid(e).fieldNames(); names.hasNext(); ) {
              ArrayNode axis = (ArrayNode) grid(e).get(names.next());
              JsonNode first = axis.get(0);
              for (int k = axis.size(); k < 400; k++) {
                axis.add(first);
              }
            }
          });
        }
      }
    }
  }

  /** Values that pass the declared types and ranges but break a constraint between them. */
  private static void constraints(Mutations m, ObjectNode base, String array, int i, String at,
      JsonNode entry) {
    JsonNode params = entry.path("params");
    if (params.has("prior") && params.has("like")) {
      m.entry(base, array, i, at + "-prior-shorter-than-like", e -> {
        ArrayNode prior = (ArrayNode) params(e).get("prior");
        prior.remove(prior.size() - 1);
      });
      m.entry(base, array, i, at + "-like-entry-one", e -> ((ArrayNode) params(e).get("like")
          .get(0)).set(0, NODES.numberNode(1.0)));
    }
    String id = entry.path("id").asText();
    if (id.startsWith("bandit.")) {
      m.entry(base, array, i, at + "-arms-beyond-memory", e -> params(e).put("arms",
          1_000_000_000));
      m.entry(base, array, i, at + "-arms-beyond-int", e -> params(e).put("arms",
          10_000_000_000L));
      m.entry(base, array, i, at + "-means-of-the-wrong-length", e -> params(e).putArray("means")
          .add(0.5).add(0.5));
    }
    if (id.equals("bandit.gaussian")) {
      m.entry(base, array, i, at + "-sigma-zero", e -> params(e).put("sigma", 0.0));
    }
    if (id.equals("sarsop.solve")) {
      m.entry(base, array, i, at + "-discount-one", e -> params(e).put("discount", 1.0));
      m.entry(base, array, i, at + "-discount-zero", e -> params(e).put("discount", 0.0));
    }
    if (id.equals("churn.synthetic")) {
      m.entry(base, array, i, at + "-types-beyond-int", e -> params(e).put("types",
          99_999_999_999L));
    }
  }

  private static List<Case> fileSystemOddities() throws IOException {
    List<Case> cases = new ArrayList<>();
    Path directory = Files.createDirectories(dir.resolve("a-directory.json"));
    cases.add(new Case("fs-directory", directory));
    cases.add(new Case("fs-missing", dir.resolve("missing.json")));
    Path huge = dir.resolve("sparse-3g.json");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(3L << 30);
    }
    cases.add(new Case("fs-sparse-3g", huge));
    Path overLimit = dir.resolve("over-limit.json");
    Files.write(overLimit, (" ".repeat((4 << 20) + 1)).getBytes(StandardCharsets.US_ASCII));
    cases.add(new Case("fs-over-the-size-limit", overLimit));
    Path loopA = dir.resolve("loop-a.json");
    Path loopB = dir.resolve("loop-b.json");
    Files.createSymbolicLink(loopA, loopB);
    Files.createSymbolicLink(loopB, loopA);
    cases.add(new Case("fs-symlink-loop", loopA));
    if (Files.exists(Path.of("/dev/zero"))) {
      cases.add(new Case("fs-dev-zero", Path.of("/dev/zero")));
      Path link = dir.resolve("link-to-dev-zero.json");
      Files.createSymbolicLink(link, Path.of("/dev/zero"));
      cases.add(new Case("fs-link-to-dev-zero", link));
    }
    Path fifo = dir.resolve("fifo.json");
    try {
      if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
        cases.add(new Case("fs-fifo", fifo));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return cases;
  }

  /** Builds the cases of one scenario. */
  private record Mutations(String stem, List<Case> cases) {

    void text(String name, String content) {
      bytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    void bytes(String name, byte[] content) {
      cases.add(new Case(stem + ": " + name, write(stem + "-" + name, content)));
    }

    void tree(String name, JsonNode scenario) {
      try {
        text(name, JSON.writeValueAsString(scenario));
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }

    /** The scenario with entry {@code index} of {@code array} (made an object) changed. */
    void entry(ObjectNode base, String array, int index, String name, Consumer<JsonNode> change) {
      ObjectNode copy = base.deepCopy();
      ArrayNode entries = (ArrayNode) copy.get(array);
      JsonNode entry = entries.get(index);
      if (entry.isTextual()) {
        entry = NODES.objectNode().put("id", entry.textValue());
        entries.set(index, entry);
      }
      change.accept(entry);
      tree(name, copy);
    }
  }

  private static ObjectNode params(JsonNode entry) {
    ObjectNode object = (ObjectNode) entry;
    return object.get("params") instanceof ObjectNode params ? params : object.putObject("params");
  }

  private static ObjectNode grid(JsonNode entry) {
    return (ObjectNode) entry.get("grid");
  }

  private static JsonNode wrongType(JsonNode value) {
    if (value.isNumber()) {
      return NODES.textNode("x");
    }
    if (value.isTextual()) {
      return NODES.numberNode(5);
    }
    if (value.isBoolean()) {
      return NODES.textNode("yes");
    }
    return NODES.booleanNode(true);
  }

  private static String withMember(ObjectNode base, String key, String json) {
    ObjectNode copy = base.deepCopy();
    copy.remove(key);
    try {
      String text = JSON.writeValueAsString(copy);
      return text.substring(0, text.length() - 1) + ", \"" + key + "\": " + json + "}";
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Positions of {@code c} outside JSON strings. */
  private static List<Integer> structural(String text, char c) {
    List<Integer> positions = new ArrayList<>();
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (inString) {
        if (ch == '\\') {
          i++;
        } else if (ch == '"') {
          inString = false;
        }
      } else if (ch == '"') {
        inString = true;
      } else if (ch == c) {
        positions.add(i);
      }
    }
    return positions;
  }

  /** {@code text} with the first match of {@code regex} replaced; the pattern must match. */
  private static String changed(String text, String regex, String replacement) {
    String result = text.replaceFirst(regex, replacement);
    assertThat(result).as("a mutation by " + regex).isNotEqualTo(text);
    return result;
  }

  private static String remove(String text, int at) {
    return text.substring(0, at) + text.substring(at + 1);
  }

  private static Path write(String name, byte[] content) {
    try {
      return Files.write(dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".json"), content);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
