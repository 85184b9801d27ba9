package org.recbench.menus.env;

import java.util.Optional;
import java.util.random.RandomGenerator;
import org.recbench.api.Capabilities;
import org.recbench.api.Capability;
import org.recbench.api.Environment;
import org.recbench.api.Outcome;
import org.recbench.api.Params;
import org.recbench.api.StandardCapabilities;
import org.recbench.menus.agent.BestMenu;
import org.recbench.menus.agent.MenuAgent;
import org.recbench.menus.agent.Menus;
import org.recbench.menus.preference.Choice;
import org.recbench.protocol.menu.AgentAssumptions;
import org.recbench.protocol.menu.Menu;
import org.recbench.protocol.menu.MenuFeedback;
import org.recbench.protocol.menu.MenuObservation;
import org.recbench.protocol.menu.MenuProtocol;
import org.recbench.protocol.menu.PreferenceModel;
import org.recbench.protocol.menu.RewardSequence;

/**
 * {@code menus.discounted}: the game of Brown and Agarwal (ALT 2024), Section 2.1, with the
 * γ-discounted memory of Definition 1. An episode is one game of T rounds from the uniform
 * initial memory; in round t the agent, at memory v_t, picks i ∈ M_t with probability
 * f_i(v_t) / Σ_{j∈M_t} f_j(v_t), the recommender sees i and r_t(i), and the memory moves to
 * v_{t+1}. Before it moves, the step records the expected reward of the menu,
 * Σ_{i∈M} f_i(v_t) μ_t(i) / Σ_{j∈M} f_j(v_t), and that of the best menu in the same state
 * ({@link BestMenu}), so the harness's {@code regret} is the regret against the myopic oracle.
 * The preference model and the reward sequence are drawn once per trial from the environment's
 * stream; every episode replays the same reward sequence.
 *
 * <p>A menu must hold exactly k distinct items in [0, n): anything else is an
 * {@link IllegalArgumentException} naming the environment and what was expected, and the trial
 * fails with it. A step allocates nothing (one outcome, one feedback, two observations).
 */
public final class DiscountedMenus implements Environment<MenuObservation, Menu, MenuFeedback> {

  private final int n;
  private final int k;
  private final long rounds;
  private final MenuAgent agent;
  private final RewardSequence rewards;
  private final AgentAssumptions assumptions;
  private final RandomGenerator rng;
  private final BestMenu bestMenu;
  private final MenuObservation[] observations = new MenuObservation[2];
  private final Outcome<MenuObservation, MenuFeedback> outcome = new Outcome<>();
  private final MenuFeedback feedback = new MenuFeedback();
  private final double[] means;
  private final double[] realised;
  private final int[] best;
  private long round;

  DiscountedMenus(int menuSize, long rounds, MenuAgent agent, RewardSequence rewards,
      double lambda, RandomGenerator rng) {
    this.n = agent.memory().items();
    this.k = menuSize;
    this.rounds = rounds;
    this.agent = agent;
    this.rewards = rewards;
    this.assumptions = new AgentAssumptions(agent.memory().gamma(), agent.memory().initial(),
        agent.memory().initialWeight(), lambda);
    this.rng = rng;
    this.bestMenu = new BestMenu(n, menuSize);
    this.observations[0] = new MenuObservation(n, menuSize, rounds);
    this.observations[1] = new MenuObservation(n, menuSize, rounds);
    this.means = new double[n];
    this.realised = new double[n];
    this.best = new int[menuSize];
    this.round = rounds;
  }

  /** The factory of {@link DiscountedMenusType#TYPE}. */
  static DiscountedMenus create(Params params, RandomGenerator rng, Capabilities capabilities) {
    DiscountedMenusType.TYPE.validation().require(DiscountedMenusType.ID, params);
    PreferenceModel preferences = Families.preferences(params, rng);
    RewardSequence rewards = Families.rewards(params, rng,
        capabilities.require(StandardCapabilities.SHARED_WORK));
    int k = params.getInt(DiscountedMenusType.MENU_SIZE);
    MenuAgent agent = new MenuAgent(preferences, DiscountedMenusType.initialMemory(params), k);
    return new DiscountedMenus(k, params.getLong(DiscountedMenusType.ROUNDS), agent, rewards,
        Families.lambda(params), rng);
  }

  @Override
  public MenuObservation reset() {
    agent.reset();
    round = 0;
    return observations[0].at(0);
  }

  @Override
  public Outcome<MenuObservation, MenuFeedback> step(Menu menu) {
    if (round >= rounds) {
      throw new IllegalStateException(DiscountedMenusType.ID + ": the game of " + rounds
          + " rounds is over; reset starts the next one");
    }
    int[] items = menu.items();
    try {
      Menus.requireValid(items, n, k);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(DiscountedMenusType.ID + ", round " + round + ": "
          + e.getMessage() + " (got " + menu + ")", e);
    }
    double[] scores = agent.scores();
    rewards.means(round, means);
    double expected = Choice.expectedReward(scores, items, means);
    double bestExpected = bestMenu.find(scores, means, best);
    int item = agent.choose(items, rng);
    rewards.rewards(round, realised);
    double reward = realised[item];
    round++;
    boolean over = round == rounds;
    MenuObservation next = over ? observations[(int) ((round - 1) & 1)]
        : observations[(int) (round & 1)].at(round);
    return outcome.set(feedback.set(item, reward), reward, next, over)
        .expected(expected, bestExpected);
  }

  @Override
  public <T> Optional<T> capability(Capability<T> key) {
    if (key.id().equals(MenuProtocol.PREFERENCE_MODEL.id())) {
      return Optional.of(key.cast(agent.preferences()));
    }
    if (key.id().equals(MenuProtocol.REWARD_SEQUENCE.id())) {
      return Optional.of(key.cast(rewards));
    }
    if (key.id().equals(MenuProtocol.AGENT_ASSUMPTIONS.id())) {
      return Optional.of(key.cast(assumptions));
    }
    return Optional.empty();
  }
}
