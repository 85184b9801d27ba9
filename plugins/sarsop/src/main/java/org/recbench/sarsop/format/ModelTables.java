package org.recbench.sarsop.format;

import java.util.List;
import java.util.Locale;
import org.recbench.api.ConfigurationException;
import org.recbench.api.input.Memory;
import org.recbench.protocol.pomdp.FinitePomdp;

/**
 * Dense tables a model file is parsed into, before they become a {@link FinitePomdp}. Rewards are
 * kept in the files' general form R(a, s, s', z); {@link #build} reduces them to the expected
 * immediate reward R(a, s) = Σ_{s'} T(s'|s,a) Σ_z O(z|a,s') R(a, s, s', z), taking the entry
 * itself when it does not depend on s' and z (so that such models round-trip exactly).
 */
final class ModelTables {

  final List<String> states;
  final List<String> actions;
  final List<String> observations;
  /** T[a][s][s']. */
  final double[][][] transition;
  /** O[a][s'][z]. */
  final double[][][] observation;
  /** R[a][s][s'][z]. */
  final double[][][][] reward;
  final double[] initialBelief;

  /** Memory of an array's header and its reference in the enclosing array. */
  private static final long ARRAY_HEADER = 24;

  /**
   * Allocates the tables, after checking that they and {@code extraRewardTables} more reward
   * tables of the same size (a POMDPX reader's table per reward function) fit in memory, so a
   * file declaring 200000 states is refused with the sizes instead of running out of memory.
   *
   * @param where the file (and line) that declared the sizes, for the message
   * @throws ConfigurationException when they do not fit
   */
  ModelTables(List<String> states, List<String> actions, List<String> observations,
      int extraRewardTables, String where) {
    double rewardRows = (double) actions.size() * states.size() * states.size();
    double bytes = rewardRows * ((double) observations.size() * Double.BYTES + ARRAY_HEADER)
        * (1 + extraRewardTables) + rewardRows * Double.BYTES + (double) actions.size()
        * states.size() * ((double) observations.size() * Double.BYTES + 3 * ARRAY_HEADER);
    Memory.require(bytes, "the dense tables of " + states.size() + " states, " + actions.size()
        + " actions and " + observations.size() + " observations (R(a, s, s', z) alone has "
        + String.format(Locale.ROOT, "%.3g", rewardRows * observations.size()) + " entries)",
        where);
    this.states = List.copyOf(states);
    this.actions = List.copyOf(actions);
    this.observations = List.copyOf(observations);
    int ns = states.size();
    int na = actions.size();
    int nz = observations.size();
    this.transition = new double[na][ns][ns];
    this.observation = new double[na][ns][nz];
    this.reward = new double[na][ns][ns][nz];
    this.initialBelief = new double[ns];
  }

  /**
   * The POMDP these tables describe.
   *
   * @param discount γ read from the file
   * @param rewardSign 1 for rewards, -1 for costs
   * @param source file name for error messages
   * @throws ConfigurationException when the tables are not a valid POMDP (a row not summing to 1)
   */
  FinitePomdp build(double discount, double rewardSign, String source) {
    int na = actions.size();
    int ns = states.size();
    double[][] expected = new double[na][ns];
    for (int a = 0; a < na; a++) {
      for (int s = 0; s < ns; s++) {
        expected[a][s] = rewardSign * expectedReward(a, s);
      }
    }
    try {
      return new FinitePomdp(states, actions, observations, transition, observation, expected,
          initialBelief, discount);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(source + ": not a valid POMDP: " + e.getMessage(), e);
    }
  }

  private double expectedReward(int a, int s) {
    double[][] bySuccessor = reward[a][s];
    double first = bySuccessor[0][0];
    boolean constant = true;
    for (double[] row : bySuccessor) {
      for (double v : row) {
        constant &= v == first;
      }
    }
    if (constant) {
      return first;
    }
    double sum = 0;
    for (int next = 0; next < states.size(); next++) {
      double p = transition[a][s][next];
      for (int z = 0; z < observations.size(); z++) {
        sum += p * observation[a][next][z] * bySuccessor[next][z];
      }
    }
    return sum;
  }
}
