package org.recbench.sarsop.format;

import java.util.List;
import org.recbench.protocol.pomdp.FinitePomdp;

/**
 * Writes a {@link FinitePomdp} in Tony Cassandra's {@code .pomdp} format, as SARSOP reads it:
 * preamble ({@code discount}, {@code values: reward}, named states, actions and observations,
 * {@code start:} vector), then single-entry {@code T}, {@code O} and {@code R} lines for the
 * non-zero entries. An entry equal under every action is written once with the action
 * {@code *}. Rewards are expected immediate rewards, written as {@code R: a : s : * : * r}.
 * Numbers are written with {@link Double#toString} digits in plain notation, so they parse
 * back to the same doubles.
 */
public final class CassandraWriter {

  private CassandraWriter() {}

  /**
   * The file text of {@code model}, discount included as it is (a solver such as SARSOP needs
   * γ &lt; 1; see {@code PomdpExport}).
   *
   * @param title written as a comment on the first line (its line breaks are replaced)
   * @throws org.recbench.api.ConfigurationException when a name cannot be written
   */
  public static String write(FinitePomdp model, String title) {
    Names.checkWritable("state", model.states());
    Names.checkWritable("action", model.actions());
    Names.checkWritable("observation", model.observations());
    StringBuilder out = new StringBuilder();
    out.append("# ").append(title.replaceAll("[\r\n]+", " ")).append('\n');
    out.append("discount: ").append(Numbers.format(model.discount())).append('\n');
    out.append("values: reward\n");
    out.append("states: ").append(String.join(" ", model.states())).append('\n');
    out.append("actions: ").append(String.join(" ", model.actions())).append('\n');
    out.append("observations: ").append(String.join(" ", model.observations())).append('\n');
    out.append("start:");
    for (double p : model.initialBelief()) {
      out.append(' ').append(Numbers.format(p));
    }
    out.append("\n\n");

    Table transition = (a, s, next) -> model.transition(a, s, next);
    section(out, "T", transition, model.actions(), model.states(), model.states(), "");
    out.append('\n');
    Table observation = (a, next, z) -> model.observation(a, next, z);
    section(out, "O", observation, model.actions(), model.states(), model.observations(), "");
    out.append('\n');
    Table reward = (a, s, unused) -> model.reward(a, s);
    section(out, "R", reward, model.actions(), model.states(), List.of("*"), " : *");
    return out.toString();
  }

  /** Entry (a, i, j) of a table written as {@code key: a : i : j value}. */
  @FunctionalInterface
  private interface Table {
    double get(int action, int row, int column);
  }

  private static void section(StringBuilder out, String key, Table table, List<String> actions,
      List<String> rows, List<String> columns, String suffix) {
    for (int a = 0; a < actions.size(); a++) {
      for (int i = 0; i < rows.size(); i++) {
        for (int j = 0; j < columns.size(); j++) {
          double v = table.get(a, i, j);
          if (v != 0 && !sharedByAllActions(table, actions.size(), i, j)) {
            line(out, key, actions.get(a), rows.get(i), columns.get(j), suffix, v);
          }
        }
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      for (int j = 0; j < columns.size(); j++) {
        double v = table.get(0, i, j);
        if (v != 0 && sharedByAllActions(table, actions.size(), i, j)) {
          line(out, key, "*", rows.get(i), columns.get(j), suffix, v);
        }
      }
    }
  }

  private static boolean sharedByAllActions(Table table, int actions, int i, int j) {
    double first = table.get(0, i, j);
    for (int a = 1; a < actions; a++) {
      if (Double.compare(table.get(a, i, j), first) != 0) {
        return false;
      }
    }
    return true;
  }

  private static void line(StringBuilder out, String key, String action, String row, String column,
      String suffix, double value) {
    out.append(key).append(": ").append(action).append(" : ").append(row).append(" : ")
        .append(column).append(suffix).append(' ').append(Numbers.format(value)).append('\n');
  }
}
