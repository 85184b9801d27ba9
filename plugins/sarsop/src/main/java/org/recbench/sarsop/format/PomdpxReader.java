package org.recbench.sarsop.format;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recbench.api.ConfigurationException;
import org.recbench.api.input.Excerpt;
import org.recbench.protocol.pomdp.FinitePomdp;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads POMDPX files with one state variable (not fully observed), one observation variable, one
 * action variable and reward variables, into a {@link FinitePomdp}. Values are given by
 * {@code <ValueEnum>} or {@code <NumValues>} (named {@code s0..}, {@code o0..}, {@code a0..} as in
 * SARSOP). Functions are {@code TBL} parameters whose {@code <Instance>} tokens are value names,
 * {@code *} (every value, same number) or {@code -} (every value, one number each, row-major in
 * instance order); tables may be {@code uniform} or {@code identity}. A role missing from a
 * function's parents (for example the action in a transition function) means "for every value".
 * Several reward functions add up; rewards depending on the next state or observation are reduced
 * to expected immediate rewards (see {@link ModelTables}).
 */
public final class PomdpxReader {

  /** What a variable stands for in the flat POMDP. */
  private enum Role { ACTION, STATE_PREV, STATE_CURR, OBS, REWARD }

  /** A variable: its role and its number of values (1 for rewards). */
  private record Variable(Role role, List<String> values) {}

  /** Receives one table value at a role index (ACTION, STATE_PREV, STATE_CURR, OBS order). */
  @FunctionalInterface
  private interface Target {
    void set(int[] roleIndex, double value);
  }

  private static final String KIND = "POMDPX file";

  private final Path file;
  private final Map<String, Variable> variables = new LinkedHashMap<>();
  private List<String> states;
  private List<String> actions;
  private List<String> observations;

  private PomdpxReader(Path file) {
    this.file = file;
  }

  /**
   * Reads a POMDPX file.
   *
   * @throws ConfigurationException when the file is missing, malformed, uses more than one state,
   *     observation or action variable, or is not a valid POMDP; the message names the file and
   *     the element
   */
  public static FinitePomdp read(Path file) {
    return new PomdpxReader(file).model(XmlDocuments.parse(file, KIND));
  }

  private FinitePomdp model(Document doc) {
    Element root = doc.getDocumentElement();
    if (!root.getTagName().equals("pomdpx")) {
      throw error("root element is <" + root.getTagName() + ">, expected <pomdpx>");
    }
    double discount = number(text(single(root, "Discount")), "<Discount>");
    declareVariables(single(root, "Variable"));
    ModelTables tables = new ModelTables(states, actions, observations, 1, KIND + " " + file);

    Element belief = single(single(root, "InitialStateBelief"), "CondProb");
    fill(belief, "InitialStateBelief", EnumSet.of(Role.STATE_PREV, Role.STATE_CURR),
        EnumSet.noneOf(Role.class), (i, v) -> tables.initialBelief[i[1]] = v);

    Element transition = single(single(root, "StateTransitionFunction"), "CondProb");
    fill(transition, "StateTransitionFunction", EnumSet.of(Role.STATE_CURR),
        EnumSet.of(Role.ACTION, Role.STATE_PREV),
        (i, v) -> tables.transition[i[0]][i[1]][i[2]] = v);

    Element observation = single(single(root, "ObsFunction"), "CondProb");
    fill(observation, "ObsFunction", EnumSet.of(Role.OBS),
        EnumSet.of(Role.ACTION, Role.STATE_CURR),
        (i, v) -> tables.observation[i[0]][i[2]][i[3]] = v);

    List<Element> rewards = children(single(root, "RewardFunction"), "Func");
    if (rewards.isEmpty()) {
      throw error("<RewardFunction> has no <Func>");
    }
    for (int f = 0; f < rewards.size(); f++) {
      double[][][][] part = new double[actions.size()][states.size()][states.size()][observations.size()];
      fill(rewards.get(f), "RewardFunction/Func[" + (f + 1) + "]", EnumSet.of(Role.REWARD),
          EnumSet.of(Role.ACTION, Role.STATE_PREV, Role.STATE_CURR, Role.OBS),
          (i, v) -> part[i[0]][i[1]][i[2]][i[3]] = v);
      addInto(tables.reward, part);
    }
    return tables.build(discount, 1, file.toString());
  }

  private void declareVariables(Element variable) {
    for (Element child : children(variable, null)) {
      switch (child.getTagName()) {
        case "StateVar" -> {
          if (states != null) {
            throw error("<Variable> declares more than one <StateVar>; only one is supported");
          }
          if ("true".equals(child.getAttribute("fullyObs"))) {
            throw error("<StateVar> is fullyObs=\"true\"; only a partially observed state is"
                + " supported");
          }
          states = values(child, "s");
          declare(attribute(child, "vnamePrev"), new Variable(Role.STATE_PREV, states));
          declare(attribute(child, "vnameCurr"), new Variable(Role.STATE_CURR, states));
        }
        case "ObsVar" -> {
          if (observations != null) {
            throw error("<Variable> declares more than one <ObsVar>; only one is supported");
          }
          observations = values(child, "o");
          declare(attribute(child, "vname"), new Variable(Role.OBS, observations));
        }
        case "ActionVar" -> {
          if (actions != null) {
            throw error("<Variable> declares more than one <ActionVar>; only one is supported");
          }
          actions = values(child, "a");
          declare(attribute(child, "vname"), new Variable(Role.ACTION, actions));
        }
        case "RewardVar" ->
            declare(attribute(child, "vname"), new Variable(Role.REWARD, List.of("value")));
        default -> throw error("<Variable> contains unsupported <" + child.getTagName() + ">");
      }
    }
    if (states == null || observations == null || actions == null) {
      throw error("<Variable> must declare a <StateVar>, an <ObsVar> and an <ActionVar>");
    }
  }

  private void declare(String name, Variable variable) {
    if (variables.putIfAbsent(name, variable) != null) {
      throw error("variable name " + Excerpt.quote(name) + " is declared twice");
    }
  }

  private List<String> values(Element variable, String prefix) {
    List<Element> enums = children(variable, "ValueEnum");
    List<String> names = new ArrayList<>();
    if (!enums.isEmpty()) {
      names.addAll(List.of(text(enums.get(0)).trim().split("\\s+")));
    } else {
      String count = text(single(variable, "NumValues")).trim();
      if (!count.matches("\\d+")) {
        throw error("<" + variable.getTagName() + "><NumValues> is " + Excerpt.quote(count)
            + ", expected a positive integer");
      }
      if (count.length() > 9 || Integer.parseInt(count) > CassandraReader.MAX_VALUES) {
        throw error("<" + variable.getTagName() + "><NumValues> is " + Excerpt.of(count)
            + ", more than the " + CassandraReader.MAX_VALUES + " values a model may declare");
      }
      for (int i = 0; i < Integer.parseInt(count); i++) {
        names.add(prefix + i);
      }
    }
    if (names.isEmpty() || names.get(0).isEmpty()) {
      throw error("<" + variable.getTagName() + "> has no values");
    }
    if (names.size() > CassandraReader.MAX_VALUES) {
      throw error("<" + variable.getTagName() + "> lists " + names.size() + " values, more than "
          + "the " + CassandraReader.MAX_VALUES + " a model may declare");
    }
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (!seen.add(name)) {
        throw error("<" + variable.getTagName() + "> lists the value " + Excerpt.quote(name)
            + " twice");
      }
    }
    return List.copyOf(names);
  }

  /**
   * Applies every {@code <Entry>} of a {@code <CondProb>} or {@code <Func>} to {@code target}.
   *
   * @param varRoles roles the {@code <Var>} may have
   * @param parentRoles roles the parents may have; the target's roles are these plus the var's
   */
  private void fill(Element function, String where, Set<Role> varRoles, Set<Role> parentRoles,
      Target target) {
    String varName = text(single(function, "Var")).trim();
    Variable declared = variables.get(varName);
    if (declared == null || !varRoles.contains(declared.role())) {
      throw error("<" + where + "> has <Var>" + varName + "</Var>, expected a variable with role "
          + varRoles);
    }
    // the initial belief may name either time slice of the state variable
    Variable var = declared.role() == Role.STATE_CURR && varRoles.contains(Role.STATE_PREV)
        ? new Variable(Role.STATE_PREV, declared.values()) : declared;
    List<Variable> dims = new ArrayList<>();
    for (String parent : text(single(function, "Parent")).trim().split("\\s+")) {
      if (parent.equals("null") || parent.isEmpty()) {
        continue;
      }
      Variable p = variables.get(parent);
      if (p == null || !parentRoles.contains(p.role())) {
        throw error("<" + where + "> has parent " + Excerpt.quote(parent)
            + ", expected variables with roles " + parentRoles);
      }
      dims.add(p);
    }
    boolean isReward = var.role() == Role.REWARD;
    if (!isReward) {
      dims.add(var);
    }
    Set<Role> covered = EnumSet.copyOf(parentRoles);
    covered.add(var.role());
    covered.remove(Role.REWARD);
    Element parameter = single(function, "Parameter");
    String type = parameter.getAttribute("type");
    if (!type.isEmpty() && !type.equals("TBL")) {
      throw error("<" + where + "><Parameter type=\"" + type + "\">: only TBL is supported");
    }
    List<Element> entries = children(parameter, "Entry");
    if (entries.isEmpty()) {
      throw error("<" + where + "><Parameter> has no <Entry>");
    }
    for (int e = 0; e < entries.size(); e++) {
      String entryName = "<" + where + "> <Entry> " + (e + 1);
      Element entry = entries.get(e);
      String[] tokens = text(single(entry, "Instance")).trim().split("\\s+");
      if (tokens.length != dims.size()) {
        throw error(entryName + ": <Instance> has " + tokens.length + " tokens, expected "
            + dims.size());
      }
      String table = text(single(entry, isReward ? "ValueTable" : "ProbTable")).trim();
      applyEntry(entryName, dims, tokens, table, isReward ? null : var, target, covered);
    }
  }

  private void applyEntry(String entryName, List<Variable> dims, String[] tokens, String table,
      Variable var, Target target, Set<Role> covered) {
    int n = dims.size();
    int[][] choices = new int[n][];
    int[] stride = new int[n];
    int cells = 1;
    for (int d = n - 1; d >= 0; d--) {
      List<String> values = dims.get(d).values();
      if (tokens[d].equals("*") || tokens[d].equals("-")) {
        choices[d] = new int[values.size()];
        Arrays.setAll(choices[d], i -> i);
        if (tokens[d].equals("-")) {
          stride[d] = cells;
          cells *= values.size();
        }
      } else {
        int index = values.indexOf(tokens[d]);
        if (index < 0) {
          throw error(entryName + ": " + Excerpt.quote(tokens[d]) + " is not a value of its "
              + "variable " + CassandraReader.shown(values));
        }
        choices[d] = new int[] {index};
      }
    }
    double[] numbers = tableValues(entryName, table, cells, dims, tokens, var);
    Set<Role> missing = EnumSet.copyOf(covered);
    dims.forEach(d -> missing.remove(d.role()));
    int[] chosen = new int[n];
    int[] roleIndex = new int[4];
    do {
      int cell = 0;
      for (int d = 0; d < n; d++) {
        int value = choices[d][chosen[d]];
        roleIndex[dims.get(d).role().ordinal()] = value;
        cell += stride[d] * value;
      }
      broadcast(roleIndex, missing, 0, numbers[cell], target);
    } while (advance(chosen, choices));
  }

  /** Sets the value for every index of the target's roles the function does not mention. */
  private void broadcast(int[] roleIndex, Set<Role> missing, int role, double value,
      Target target) {
    if (role == 4) {
      target.set(roleIndex, value);
      return;
    }
    if (!missing.contains(Role.values()[role])) {
      broadcast(roleIndex, missing, role + 1, value, target);
      return;
    }
    int size = switch (Role.values()[role]) {
      case ACTION -> actions.size();
      case OBS -> observations.size();
      default -> states.size();
    };
    for (int i = 0; i < size; i++) {
      roleIndex[role] = i;
      broadcast(roleIndex, missing, role + 1, value, target);
    }
  }

  private static boolean advance(int[] chosen, int[][] choices) {
    for (int d = chosen.length - 1; d >= 0; d--) {
      if (++chosen[d] < choices[d].length) {
        return true;
      }
      chosen[d] = 0;
    }
    return false;
  }

  private double[] tableValues(String entryName, String table, int cells, List<Variable> dims,
      String[] tokens, Variable var) {
    double[] numbers = new double[cells];
    int last = dims.size() - 1;
    boolean varIsDash = var != null && tokens[last].equals("-");
    if (table.equalsIgnoreCase("uniform")) {
      if (!varIsDash) {
        throw error(entryName + ": 'uniform' needs '-' for the variable itself");
      }
      Arrays.fill(numbers, 1.0 / var.values().size());
      return numbers;
    }
    if (table.equalsIgnoreCase("identity")) {
      long dashParents = Arrays.stream(tokens, 0, last).filter("-"::equals).count();
      if (!varIsDash || dashParents != 1) {
        throw error(entryName + ": 'identity' needs exactly one '-' parent and '-' for the"
            + " variable");
      }
      int size = var.values().size();
      int parent = Arrays.asList(tokens).subList(0, last).indexOf("-");
      if (dims.get(parent).values().size() != size) {
        throw error(entryName + ": 'identity' needs the '-' parent to have as many values as the"
            + " variable");
      }
      for (int i = 0; i < cells; i++) {
        numbers[i] = (i / size) % size == i % size ? 1 : 0;
      }
      return numbers;
    }
    String[] parts = table.split("\\s+");
    if (parts.length != cells) {
      throw error(entryName + ": table has " + parts.length + " numbers, expected " + cells);
    }
    for (int i = 0; i < cells; i++) {
      numbers[i] = number(parts[i], entryName + " number " + (i + 1));
    }
    return numbers;
  }

  private static void addInto(double[][][][] total, double[][][][] part) {
    for (int a = 0; a < total.length; a++) {
      for (int s = 0; s < total[a].length; s++) {
        for (int next = 0; next < total[a][s].length; next++) {
          for (int z = 0; z < total[a][s][next].length; z++) {
            total[a][s][next][z] += part[a][s][next][z];
          }
        }
      }
    }
  }

  private Element single(Element parent, String tag) {
    List<Element> found = children(parent, tag);
    if (found.size() != 1) {
      throw error("<" + parent.getTagName() + "> has " + found.size() + " <" + tag
          + "> elements, expected 1");
    }
    return found.get(0);
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && (tag == null || e.getTagName().equals(tag))) {
        out.add(e);
      }
    }
    return out;
  }

  private String attribute(Element element, String name) {
    if (!element.hasAttribute(name)) {
      throw error("<" + element.getTagName() + "> lacks attribute " + name);
    }
    return element.getAttribute(name);
  }

  private static String text(Element element) {
    return element.getTextContent();
  }

  private double number(String text, String where) {
    String t = text.trim();
    if (!Numbers.isNumber(t)) {
      throw error(where + ": " + Excerpt.quote(t) + " is not a number");
    }
    return Double.parseDouble(t);
  }

  private ConfigurationException error(String message) {
    return new ConfigurationException(KIND + " " + file + ": " + message);
  }
}
