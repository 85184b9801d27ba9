package org.recbench.protocol.menu;

import org.recbench.api.Capability;
import org.recbench.api.Protocol;

/**
 * The menu loop of W. Brown and A. Agarwal, "Online Recommendations for Agents with Discounted
 * Adaptive Preferences", ALT 2024, PMLR 237:244–281, Section 2.1: each round the recommender
 * observes the round and the sizes of the problem ({@link MenuObservation}), shows a {@link Menu}
 * of exactly k distinct items out of n, and learns only which item the agent chose and that
 * item's reward ({@link MenuFeedback}, bandit feedback). The agent's memory vector and
 * preference scores stay hidden; what a component may know beyond that comes through the
 * capabilities below.
 */
public final class MenuProtocol {

  /** The {@code menu} protocol. */
  public static final Protocol<MenuObservation, Menu, MenuFeedback> PROTOCOL =
      new Protocol<>("menu", MenuObservation.class, Menu.class, MenuFeedback.class);

  /**
   * The agent's true preference model, the scores f(v) at any memory vector v: for oracles and
   * for metrics whose comparator depends on it (the EIRD best in hindsight).
   */
  public static final Capability<PreferenceModel> PREFERENCE_MODEL = new Capability<>(
      "preference-model", PreferenceModel.class,
      "the agent's preference scores f(v) at a memory vector (oracles, regret metrics)");

  /** The whole reward sequence, for oracles and best-in-hindsight regret metrics. */
  public static final Capability<RewardSequence> REWARD_SEQUENCE = new Capability<>(
      "reward-sequence", RewardSequence.class,
      "every item's realised and expected reward in every round (hindsight comparators)");

  /**
   * What the paper lets a recommender know about the agent: the discount γ and the initial
   * memory, so that it can track the memory vector from the choices it sees (Section 3.3), and
   * the score floor λ.
   */
  public static final Capability<AgentAssumptions> AGENT_ASSUMPTIONS = new Capability<>(
      "agent-assumptions", AgentAssumptions.class,
      "the agent's discount, initial memory and score floor, known to the recommender");

  /**
   * Provided by policies that aim each round at a choice distribution: the target and the
   * distribution their menu distribution induces for given scores.
   */
  public static final Capability<ChoiceTarget> CHOICE_TARGET = new Capability<>(
      "choice-target", ChoiceTarget.class,
      "the choice distribution the last menu was drawn to induce, and what it induces");

  private MenuProtocol() {}
}
