package org.recbench.ucbmnl;

import java.util.List;
import org.recbench.api.ComponentType;
import org.recbench.api.Plugin;
import org.recbench.api.Policy;

/**
 * The UCB-MNL baselines of paper 003 (Oh and Iyengar 2021, "Multinomial logit contextual
 * bandits: provable optimality and practicality", AAAI): Stacked and Vectorized UCB-MNL.
 */
public final class UcbMnlPlugin implements Plugin {

  @Override
  public String name() {
    return "ucb-mnl";
  }

  @Override
  public List<ComponentType<Policy<?, ?, ?>>> policies() {
    return List.of(
        UcbMnlPolicy.type("ucbmnl.stacked", JointFeatures.STACKED,
            "UCB-MNL on z = [1, x, y] (main effects only; Oh and Iyengar 2021)"),
        UcbMnlPolicy.type("ucbmnl.vectorized", JointFeatures.VECTORIZED,
            "UCB-MNL on z = vec([1; x][1; y]ᵀ) (all interactions; Oh and Iyengar 2021)"));
  }
}
