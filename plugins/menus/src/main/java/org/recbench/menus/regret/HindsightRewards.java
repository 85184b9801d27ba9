package org.recbench.menus.regret;

import org.recbench.protocol.menu.RewardSequence;

/**
 * Hindsight access to a reward sequence: the cumulative reward vector R = Σ_{t<T} r_t (or of the
 * means, for pseudo-regret), the input of both best-in-hindsight benchmarks. O(nT), one buffer.
 */
public final class HindsightRewards {

  private HindsightRewards() {
  }

  /** Writes Σ_{from ≤ t < to} r_t (realised, or means if {@code means}) into {@code out}. */
  public static void cumulative(RewardSequence rewards, long from, long to, boolean means,
      double[] out) {
    java.util.Arrays.fill(out, 0.0);
    double[] r = new double[rewards.items()];
    for (long t = from; t < to; t++) {
      if (means) {
        rewards.means(t, r);
      } else {
        rewards.rewards(t, r);
      }
      for (int i = 0; i < r.length; i++) {
        out[i] += r[i];
      }
    }
  }
}
