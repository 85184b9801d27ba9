package org.recbench.sarsop.format;

import org.recbench.protocol.pomdp.FinitePomdp;

/**
 * Writes a {@link FinitePomdp} as POMDPX, SARSOP's factored XML format, with one partially
 * observed state variable ({@code state_0}/{@code state_1}), one observation variable
 * ({@code obs}), one action variable ({@code action}) and one reward variable ({@code reward}).
 * All functions are {@code TBL} parameters: the initial belief as one {@code -} entry, the
 * transition function as one entry per (action, state) with the next-state distribution, the
 * observation function as one entry per (action, next state), and the expected immediate reward
 * as one entry per action with a value per state. Value names are the model's names; numbers as
 * in {@link CassandraWriter}.
 */
public final class PomdpxWriter {

  /** Name of the previous-slice state variable. */
  public static final String STATE_PREV = "state_0";
  /** Name of the current-slice state variable. */
  public static final String STATE_CURR = "state_1";
  /** Name of the observation variable. */
  public static final String OBS = "obs";
  /** Name of the action variable. */
  public static final String ACTION = "action";
  /** Name of the reward variable. */
  public static final String REWARD = "reward";

  private PomdpxWriter() {}

  /**
   * The XML text of {@code model}, discount included as it is.
   *
   * @param description text of the {@code <Description>} element
   * @throws org.recbench.api.ConfigurationException when a name cannot be written
   */
  public static String write(FinitePomdp model, String description) {
    Names.checkWritable("state", model.states());
    Names.checkWritable("action", model.actions());
    Names.checkWritable("observation", model.observations());
    int ns = model.states().size();
    int na = model.actions().size();
    int nz = model.observations().size();
    StringBuilder out = new StringBuilder();
    out.append("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n");
    out.append("<pomdpx version=\"0.1\" id=\"recbench\"")
        .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        .append(" xsi:noNamespaceSchemaLocation=\"pomdpx.xsd\">\n");
    out.append("<Description>").append(escape(description)).append("</Description>\n");
    out.append("<Discount>").append(Numbers.format(model.discount())).append("</Discount>\n");
    out.append("<Variable>\n");
    out.append("<StateVar vnamePrev=\"" + STATE_PREV + "\" vnameCurr=\"" + STATE_CURR
        + "\" fullyObs=\"false\">\n");
    out.append("<ValueEnum>").append(String.join(" ", model.states())).append("</ValueEnum>\n");
    out.append("</StateVar>\n");
    out.append("<ObsVar vname=\"" + OBS + "\">\n");
    out.append("<ValueEnum>").append(String.join(" ", model.observations()))
        .append("</ValueEnum>\n");
    out.append("</ObsVar>\n");
    out.append("<ActionVar vname=\"" + ACTION + "\">\n");
    out.append("<ValueEnum>").append(String.join(" ", model.actions())).append("</ValueEnum>\n");
    out.append("</ActionVar>\n");
    out.append("<RewardVar vname=\"" + REWARD + "\"/>\n");
    out.append("</Variable>\n");

    out.append("<InitialStateBelief>\n");
    openFunction(out, "CondProb", STATE_PREV, "null");
    entry(out, "-", "ProbTable", model.initialBelief());
    closeFunction(out, "CondProb");
    out.append("</InitialStateBelief>\n");

    distribution(out, "StateTransitionFunction", STATE_CURR, STATE_PREV, model, ns,
        model::transition);
    distribution(out, "ObsFunction", OBS, STATE_CURR, model, nz, model::observation);

    out.append("<RewardFunction>\n");
    openFunction(out, "Func", REWARD, ACTION + " " + STATE_PREV);
    for (int a = 0; a < na; a++) {
      double[] row = new double[ns];
      for (int s = 0; s < ns; s++) {
        row[s] = model.reward(a, s);
      }
      entry(out, model.actions().get(a) + " -", "ValueTable", row);
    }
    closeFunction(out, "Func");
    out.append("</RewardFunction>\n");
    out.append("</pomdpx>\n");
    return out.toString();
  }

  /** Entry (a, s, j) of a conditional distribution given the action and a state. */
  @FunctionalInterface
  private interface Distribution {
    double get(int action, int state, int value);
  }

  /** One {@code <CondProb>} over {@code variable} with an entry per (action, state) row. */
  private static void distribution(StringBuilder out, String section, String variable,
      String stateParent, FinitePomdp model, int values, Distribution p) {
    out.append('<').append(section).append(">\n");
    openFunction(out, "CondProb", variable, ACTION + " " + stateParent);
    for (int a = 0; a < model.actions().size(); a++) {
      for (int s = 0; s < model.states().size(); s++) {
        double[] row = new double[values];
        for (int j = 0; j < values; j++) {
          row[j] = p.get(a, s, j);
        }
        entry(out, model.actions().get(a) + " " + model.states().get(s) + " -", "ProbTable", row);
      }
    }
    closeFunction(out, "CondProb");
    out.append("</").append(section).append(">\n");
  }

  private static void openFunction(StringBuilder out, String element, String variable,
      String parents) {
    out.append('<').append(element).append(">\n");
    out.append("<Var>").append(variable).append("</Var>\n");
    out.append("<Parent>").append(parents).append("</Parent>\n");
    out.append("<Parameter type=\"TBL\">\n");
  }

  private static void closeFunction(StringBuilder out, String element) {
    out.append("</Parameter>\n");
    out.append("</").append(element).append(">\n");
  }

  private static void entry(StringBuilder out, String instance, String table, double[] values) {
    out.append("<Entry><Instance>").append(instance).append("</Instance><").append(table)
        .append('>');
    for (int i = 0; i < values.length; i++) {
      out.append(i == 0 ? "" : " ").append(Numbers.format(values[i]));
    }
    out.append("</").append(table).append("></Entry>\n");
  }

  /** Escapes markup and writes characters outside ASCII as references (the file is Latin-1). */
  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> {
          if (c < 32) {
            out.append(' ');
          } else if (c < 128) {
            out.append((char) c);
          } else {
            out.append("&#").append(c).append(';');
          }
        }
      }
    });
    return out.toString();
  }
}
