package org.recbench.sarsop.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recbench.api.ConfigurationException;
import org.recbench.api.input.Excerpt;
import org.recbench.api.input.InputFiles;
import org.recbench.api.input.IoErrors;
import org.recbench.api.input.Memory;
import org.recbench.protocol.pomdp.FinitePomdp;

/**
 * Reads Tony Cassandra's {@code .pomdp} format (the input format of pomdp-solve and SARSOP) into
 * a {@link FinitePomdp}.
 *
 * <p>Supported: {@code discount}, {@code values: reward|cost}, {@code states/actions/observations}
 * as a count or a list of names, {@code start:} as a vector, a state, {@code uniform},
 * {@code start include:} or {@code start exclude:} (uniform over the listed or the other states;
 * uniform when absent), and every form of {@code T}, {@code O} and {@code R}: single entries,
 * rows and matrices, with names, 0-based indices or {@code *}, and the {@code uniform} and
 * {@code identity} keywords. Later entries overwrite earlier ones; entries never given are 0.
 * Rewards that depend on the next state or observation are reduced to expected immediate rewards
 * (see {@link ModelTables}); costs are negated.
 */
public final class CassandraReader {

  private static final Set<String> SECTIONS =
      Set.of("discount", "values", "states", "actions", "observations", "start", "T", "O", "R");
  private static final Pattern TOKEN = Pattern.compile(":|[^\\s:]+");
  /** The most states, actions or observations a model may declare. */
  static final int MAX_VALUES = 1_000_000;
  /** The largest model file read. */
  static final long MAX_FILE_BYTES = 256L << 20;
  /** Memory per byte of model text while it is parsed (its tokens and their line numbers). */
  private static final long BYTES_PER_TEXT_BYTE = 40;
  private static final int SHOWN_NAMES = 10;

  private final String source;
  private final List<String> tokens = new ArrayList<>();
  private final List<Integer> lines = new ArrayList<>();
  private int pos;

  private Double discount;
  private double rewardSign = 1;
  private List<String> states;
  private List<String> actions;
  private List<String> observations;
  private ModelTables tables;
  private boolean startGiven;

  private CassandraReader(String text, String source) {
    this.source = source;
    String[] rawLines = text.split("\r?\n|\r", -1);
    for (int i = 0; i < rawLines.length; i++) {
      String line = rawLines[i];
      int comment = line.indexOf('#');
      Matcher m = TOKEN.matcher(comment < 0 ? line : line.substring(0, comment));
      while (m.find()) {
        tokens.add(m.group());
        lines.add(i + 1);
      }
    }
  }

  /**
   * Reads a model file.
   *
   * @throws ConfigurationException when the file is missing, unreadable or not a valid model;
   *     the message names the file and line
   */
  public static FinitePomdp read(Path file) {
    if (!Files.exists(file)) {
      throw new ConfigurationException("POMDP file " + file + " does not exist",
          new NoSuchFileException(file.toString()));
    }
    InputFiles.requireReadable(file, MAX_FILE_BYTES, "POMDP file");
    try {
      Memory.require(Files.size(file), BYTES_PER_TEXT_BYTE, "bytes of model text",
          "POMDP file " + file);
    } catch (IOException e) {
      throw new ConfigurationException("POMDP file " + file + " cannot be read: "
          + IoErrors.reason(e), e);
    }
    byte[] bytes = InputFiles.read(file, MAX_FILE_BYTES, "POMDP file");
    return parse(new String(bytes, StandardCharsets.ISO_8859_1), file.toString());
  }

  /**
   * Parses model text.
   *
   * @param source name used in error messages (a file name)
   * @throws ConfigurationException when the text is not a valid model
   */
  public static FinitePomdp parse(String text, String source) {
    return new CassandraReader(text, source).model();
  }

  private FinitePomdp model() {
    while (pos < tokens.size()) {
      String keyword = next();
      switch (keyword) {
        case "discount" -> {
          colon();
          discount = number();
        }
        case "values" -> {
          colon();
          rewardSign = switch (next()) {
            case "reward" -> 1;
            case "cost" -> -1;
            default -> throw error(pos - 1, "expected 'reward' or 'cost' after values:");
          };
        }
        case "states" -> states = declaration("states");
        case "actions" -> actions = declaration("actions");
        case "observations" -> observations = declaration("observations");
        case "start" -> start();
        case "T" -> distribution(tables().transition, states, "state", true);
        case "O" -> distribution(tables().observation, observations, "observation", false);
        case "R" -> reward();
        default -> throw error(pos - 1, "unexpected " + Excerpt.quote(keyword)
            + ", expected one of " + SECTIONS);
      }
    }
    if (discount == null) {
      throw new ConfigurationException(source + ": missing 'discount:'");
    }
    ModelTables t = tables();
    if (!startGiven) {
      Arrays.fill(t.initialBelief, 1.0 / states.size());
    }
    return t.build(discount, rewardSign, source);
  }

  private List<String> declaration(String kind) {
    colon();
    if (tables != null) {
      throw error(pos - 2, kind + ": must come before start:, T:, O: and R:");
    }
    int at = pos;
    String first = next();
    if (first.matches("\\d+")) {
      if (first.length() > 9 || Integer.parseInt(first) > MAX_VALUES) {
        throw error(at, kind + ": " + Excerpt.of(first) + " " + kind + " are more than the "
            + MAX_VALUES + " a model may declare");
      }
      int count = Integer.parseInt(first);
      if (count < 1) {
        throw error(at, kind + ": count must be at least 1");
      }
      List<String> names = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        names.add(Integer.toString(i));
      }
      return names;
    }
    List<String> names = new ArrayList<>(List.of(first));
    while (pos < tokens.size() && !atSection()) {
      names.add(next());
    }
    if (names.size() > MAX_VALUES) {
      throw error(at, kind + ": " + names.size() + " names are more than the " + MAX_VALUES
          + " a model may declare");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      if (!seen.add(names.get(i))) {
        throw error(at + i, kind + ": the name " + Excerpt.quote(names.get(i)) + " appears twice");
      }
    }
    return names;
  }

  private void start() {
    ModelTables t = tables();
    double[] b = t.initialBelief;
    Arrays.fill(b, 0);
    startGiven = true;
    if (peekIs("include") || peekIs("exclude")) {
      boolean include = next().equals("include");
      colon();
      boolean[] listed = new boolean[states.size()];
      do {
        for (int s : indices(states, "state")) {
          listed[s] = true;
        }
      } while (pos < tokens.size() && !atSection());
      int count = 0;
      for (boolean l : listed) {
        count += l == include ? 1 : 0;
      }
      if (count == 0) {
        throw error(pos - 1, "start " + (include ? "include" : "exclude") + ": leaves no state");
      }
      for (int s = 0; s < b.length; s++) {
        b[s] = listed[s] == include ? 1.0 / count : 0;
      }
      return;
    }
    colon();
    if (peekIs("uniform")) {
      next();
      Arrays.fill(b, 1.0 / b.length);
    } else if (numbersAhead(b.length)) {
      for (int s = 0; s < b.length; s++) {
        b[s] = number();
      }
    } else {
      b[indices(states, "state")[0]] = 1;
    }
  }

  /**
   * A {@code T:} or {@code O:} statement: a distribution table indexed [action][row][column],
   * given as a matrix (or keyword) per action, a row per (action, row), or single entries.
   */
  private void distribution(double[][][] table, List<String> columns, String columnKind,
      boolean identityAllowed) {
    colon();
    int rows = states.size();
    int[] as = indices(actions, "action");
    if (!peekIs(":")) {
      double[][] matrix = matrixOrKeyword(rows, columns.size(), identityAllowed);
      for (int a : as) {
        for (int r = 0; r < rows; r++) {
          table[a][r] = matrix[r].clone();
        }
      }
      return;
    }
    colon();
    int[] from = indices(states, "state");
    if (!peekIs(":")) {
      double[] row = rowOrUniform(columns.size());
      for (int a : as) {
        for (int r : from) {
          table[a][r] = row.clone();
        }
      }
      return;
    }
    colon();
    int[] to = indices(columns, columnKind);
    double p = number();
    for (int a : as) {
      for (int r : from) {
        for (int c : to) {
          table[a][r][c] = p;
        }
      }
    }
  }

  private void reward() {
    colon();
    ModelTables t = tables();
    int ns = states.size();
    int nz = observations.size();
    int[] as = indices(actions, "action");
    colon();
    int[] from = indices(states, "state");
    if (!peekIs(":")) {
      double[][] matrix = new double[ns][nz];
      for (double[] row : matrix) {
        for (int z = 0; z < nz; z++) {
          row[z] = number();
        }
      }
      for (int a : as) {
        for (int s : from) {
          for (int next = 0; next < ns; next++) {
            t.reward[a][s][next] = matrix[next].clone();
          }
        }
      }
      return;
    }
    colon();
    int[] to = indices(states, "state");
    if (!peekIs(":")) {
      double[] row = new double[nz];
      for (int z = 0; z < nz; z++) {
        row[z] = number();
      }
      for (int a : as) {
        for (int s : from) {
          for (int next : to) {
            t.reward[a][s][next] = row.clone();
          }
        }
      }
      return;
    }
    colon();
    int[] zs = indices(observations, "observation");
    double v = number();
    for (int a : as) {
      for (int s : from) {
        for (int next : to) {
          for (int z : zs) {
            t.reward[a][s][next][z] = v;
          }
        }
      }
    }
  }

  private double[] rowOrUniform(int n) {
    double[] row = new double[n];
    if (peekIs("uniform")) {
      next();
      Arrays.fill(row, 1.0 / n);
    } else {
      for (int i = 0; i < n; i++) {
        row[i] = number();
      }
    }
    return row;
  }

  private double[][] matrixOrKeyword(int rows, int cols, boolean identityAllowed) {
    double[][] matrix = new double[rows][];
    if (identityAllowed && peekIs("identity")) {
      next();
      for (int r = 0; r < rows; r++) {
        matrix[r] = new double[cols];
        matrix[r][r] = 1;
      }
      return matrix;
    }
    if (peekIs("uniform")) {
      next();
      for (int r = 0; r < rows; r++) {
        matrix[r] = new double[cols];
        Arrays.fill(matrix[r], 1.0 / cols);
      }
      return matrix;
    }
    for (int r = 0; r < rows; r++) {
      matrix[r] = new double[cols];
      for (int c = 0; c < cols; c++) {
        matrix[r][c] = number();
      }
    }
    return matrix;
  }

  /** Resolves a name, a 0-based index or {@code *}. */
  private int[] indices(List<String> names, String kind) {
    int at = pos;
    String token = next();
    if (token.equals("*")) {
      int[] all = new int[names.size()];
      Arrays.setAll(all, i -> i);
      return all;
    }
    int byName = names.indexOf(token);
    if (byName >= 0) {
      return new int[] {byName};
    }
    if (token.matches("\\d+") && token.length() <= 9 && Integer.parseInt(token) < names.size()) {
      return new int[] {Integer.parseInt(token)};
    }
    throw error(at, "unknown " + kind + " " + Excerpt.quote(token) + ", expected one of "
        + shown(names) + ", an index below " + names.size() + " or *");
  }

  private ModelTables tables() {
    if (tables == null) {
      if (states == null || actions == null || observations == null) {
        throw error(Math.max(0, pos - 1),
            "states:, actions: and observations: must be declared before start:, T:, O: and R:");
      }
      int at = Math.max(0, pos - 1);
      int line = tokens.isEmpty() ? 1 : lines.get(Math.min(at, lines.size() - 1));
      tables = new ModelTables(states, actions, observations, 0, source + ":" + line);
    }
    return tables;
  }

  private boolean numbersAhead(int n) {
    if (pos + n > tokens.size()) {
      return false;
    }
    for (int i = pos; i < pos + n; i++) {
      if (!Numbers.isNumber(tokens.get(i))) {
        return false;
      }
    }
    return !(n == 1 && tokens.get(pos).matches("\\d+"));
  }

  private boolean atSection() {
    String t = tokens.get(pos);
    boolean followedByColon = pos + 1 < tokens.size() && tokens.get(pos + 1).equals(":");
    boolean startVariant = t.equals("start") && pos + 1 < tokens.size()
        && (tokens.get(pos + 1).equals("include") || tokens.get(pos + 1).equals("exclude"));
    return SECTIONS.contains(t) && followedByColon || startVariant;
  }

  private boolean peekIs(String text) {
    return pos < tokens.size() && tokens.get(pos).equals(text);
  }

  private String next() {
    if (pos >= tokens.size()) {
      throw new ConfigurationException(source + ": unexpected end of file");
    }
    return tokens.get(pos++);
  }

  private void colon() {
    int at = pos;
    if (!next().equals(":")) {
      throw error(at, "expected ':', found " + Excerpt.quote(tokens.get(at)));
    }
  }

  private double number() {
    int at = pos;
    String token = next();
    if (!Numbers.isNumber(token)) {
      throw error(at, "expected a number, found " + Excerpt.quote(token));
    }
    return Double.parseDouble(token);
  }

  /** At most ten names of {@code names}, for a message. */
  static String shown(List<String> names) {
    if (names.size() <= SHOWN_NAMES) {
      return Excerpt.limit(names.toString(), 400);
    }
    return Excerpt.limit(names.subList(0, SHOWN_NAMES).toString(), 400).replaceAll("]$", "")
        + ", ... (" + names.size() + " in all)]";
  }

  private ConfigurationException error(int tokenIndex, String message) {
    int line = tokens.isEmpty() ? 1 : lines.get(Math.min(tokenIndex, lines.size() - 1));
    return new ConfigurationException(source + ":" + line + ": " + message);
  }
}
