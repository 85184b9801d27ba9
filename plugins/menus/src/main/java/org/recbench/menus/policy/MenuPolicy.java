package org.recbench.menus.policy;

import java.util.Optional;
import java.util.random.RandomGenerator;
import org.recbench.api.Capability;
import org.recbench.api.Policy;
import org.recbench.menus.algorithm.MenuAlgorithm;
import org.recbench.menus.algorithm.MenuProblem;
import org.recbench.protocol.menu.AgentAssumptions;
import org.recbench.protocol.menu.ChoiceTarget;
import org.recbench.protocol.menu.Menu;
import org.recbench.protocol.menu.MenuFeedback;
import org.recbench.protocol.menu.MenuObservation;
import org.recbench.protocol.menu.MenuProtocol;

/**
 * A {@link MenuAlgorithm} as a policy of the menu protocol. The algorithm is built at the first
 * {@code act} of every game, when the observation gives n, k and T (and the agent assumptions,
 * if the policy requires them, give γ and v_1), and then driven round by round:
 * {@code propose} writes the menu, {@code observe} receives the chosen item and its reward. It
 * exposes the algorithm's target under {@link MenuProtocol#CHOICE_TARGET} (for policies that
 * declare it). One menu is reused every round; no allocation per round.
 */
public final class MenuPolicy implements Policy<MenuObservation, Menu, MenuFeedback>,
    ChoiceTarget {

  /** Builds the algorithm of one game. */
  @FunctionalInterface
  public interface Algorithms {
    /** The algorithm for {@code problem}, drawing from {@code rng}. */
    MenuAlgorithm create(MenuProblem problem, RandomGenerator rng);
  }

  private final Algorithms algorithms;
  private final AgentAssumptions assumptions;
  private final RandomGenerator rng;
  private final boolean exposesTarget;
  private MenuAlgorithm algorithm;
  private Menu menu;

  /**
   * @param assumptions what the agent lets the algorithm know (γ, v_1), or null for algorithms
   *     that do not track memory: they are given γ = 1 and the uniform start, which they ignore
   * @param exposesTarget whether the policy's descriptor provides {@link MenuProtocol#CHOICE_TARGET}
   */
  public MenuPolicy(Algorithms algorithms, AgentAssumptions assumptions, RandomGenerator rng,
      boolean exposesTarget) {
    this.algorithms = algorithms;
    this.assumptions = assumptions;
    this.rng = rng;
    this.exposesTarget = exposesTarget;
  }

  @Override
  public void startEpisode() {
    algorithm = null;
  }

  @Override
  public Menu act(MenuObservation observation) {
    if (algorithm == null) {
      MenuProblem problem = assumptions == null
          ? MenuProblem.uniformStart(observation.items(), observation.menuSize(),
              observation.rounds(), 1.0)
          : new MenuProblem(observation.items(), observation.menuSize(), observation.rounds(),
              assumptions.gamma(), assumptions.initialMemory(), assumptions.initialWeight());
      algorithm = algorithms.create(problem, rng);
      if (menu == null || menu.size() != observation.menuSize()) {
        menu = new Menu(observation.menuSize());
      }
    }
    algorithm.propose(observation.round(), menu.items());
    return menu;
  }

  @Override
  public void learn(MenuObservation observation, Menu action, MenuFeedback feedback) {
    algorithm.observe(feedback.item(), feedback.reward());
  }

  @Override
  public boolean targeted(double[] out) {
    return algorithm != null && algorithm.targetedChoice(out);
  }

  @Override
  public boolean induced(double[] scores, double[] out) {
    return algorithm != null && algorithm.inducedChoice(scores, out);
  }

  @Override
  public <T> Optional<T> capability(Capability<T> key) {
    return exposesTarget && key.id().equals(MenuProtocol.CHOICE_TARGET.id())
        ? Optional.of(key.cast(this)) : Optional.empty();
  }
}
