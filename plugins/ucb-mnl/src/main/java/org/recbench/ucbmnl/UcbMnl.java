package org.recbench.ucbmnl;

import java.util.random.RandomGenerator;
import org.recbench.lib.mnl.LinearMnlUcb;
import org.recbench.lib.mnl.MnlChoice;
import org.recbench.lib.mnl.MnlRounds;
import org.recbench.lib.mnl.RandomAssortment;
import org.recbench.lib.mnl.StaticMnl;
import org.recbench.lib.mnl.UcbRadius;
import org.recbench.protocol.assortment.AssortmentObservation;

/**
 * UCB-MNL (Oh and Iyengar 2021, "Multinomial logit contextual bandits: provable optimality and
 * practicality", AAAI, Alg. 1; paper 003, Appendix S.4, Alg. 3) on the joint features of
 * {@link JointFeatures}:
 * <ol>
 *   <li>rounds t ≤ T0: offer a uniformly random assortment of min(K, N) items; the design
 *       matrix V collects z zᵀ of every offered item;</li>
 *   <li>at t = T0 and after every later round: θ̂ = the MLE over all rounds so far;</li>
 *   <li>rounds t &gt; T0: optimistic utilities z_tiᵀθ̂ + α_t‖z_ti‖_{V⁻¹} with
 *       α_t = c·√(2p log(1 + t/p) + 2 log t) (Thm. 1, c = 1/(2κ)), and the assortment is
 *       StaticMNL on them (Rusmevichientong et al. 2010).</li>
 * </ol>
 * V starts at λI and the MLE carries the ridge (λ/2)‖θ‖², which keeps both well defined before
 * the random phase has made Σ z zᵀ invertible.
 *
 * <p>Each round is {@link #choose} then {@link #update}. Buffers are preallocated for
 * {@code maxItems} items; a round allocates nothing except the amortised growth of the
 * observation log. Not thread-safe.
 */
public final class UcbMnl {

  /**
   * Tuning of UCB-MNL.
   *
   * @param explorationRounds T0 ≥ 0, rounds of random assortments before the UCB phase
   * @param confidenceScale c ≥ 0 in α_t (0 makes the algorithm greedy)
   * @param ridge λ &gt; 0, the prior precision of V = λI + Σ z zᵀ and the MLE ridge
   */
  public record Settings(int explorationRounds, double confidenceScale, double ridge) {

    /** Validates the ranges. */
    public Settings {
      if (explorationRounds < 0) {
        throw new IllegalArgumentException("explorationRounds must be ≥ 0, got "
            + explorationRounds);
      }
      if (!(confidenceScale >= 0.0) || Double.isInfinite(confidenceScale)) {
        throw new IllegalArgumentException("confidenceScale must be finite and ≥ 0, got "
            + confidenceScale);
      }
      if (!(ridge > 0.0) || Double.isInfinite(ridge)) {
        throw new IllegalArgumentException("ridge must be finite and positive, got " + ridge);
      }
    }

    /** T0 random rounds, c = 0.5 and λ = 0.01 (the values ELSA uses by default). */
    public static Settings defaults(int explorationRounds) {
      return new Settings(explorationRounds, 0.5, 0.01);
    }
  }

  private final JointFeatures map;
  private final int userDimension;
  private final int itemDimension;
  private final int maxItems;
  private final int dimension;
  private final Settings settings;
  private final LinearMnlUcb ucb;
  private final StaticMnl staticMnl = new StaticMnl();
  private final double[] joint;
  private final double[] optimistic;
  private final double[] context;
  private final double[] itemRow;
  private final double[] revenues;
  private int items;
  private int capacity;
  private final MnlRounds rounds = new MnlRounds("UCB-MNL");
  private double lastRadius;

  /** UCB-MNL for contexts in R^{d1}, items in R^{d2} and at most {@code maxItems} items. */
  public UcbMnl(JointFeatures map, int userDimension, int itemDimension, int maxItems,
      Settings settings) {
    if (userDimension < 0 || itemDimension < 0 || maxItems < 1) {
      throw new IllegalArgumentException("UCB-MNL needs d1, d2 ≥ 0 and maxItems ≥ 1, got "
          + userDimension + ", " + itemDimension + ", " + maxItems);
    }
    this.map = map;
    this.userDimension = userDimension;
    this.itemDimension = itemDimension;
    this.maxItems = maxItems;
    this.dimension = map.dimension(userDimension, itemDimension);
    this.settings = settings;
    this.ucb = new LinearMnlUcb(dimension, settings.ridge(), 1024);
    this.joint = new double[maxItems * dimension];
    this.optimistic = new double[maxItems];
    this.context = new double[userDimension];
    this.itemRow = new double[itemDimension];
    this.revenues = new double[maxItems];
  }

  /**
   * Starts a round: chooses the assortment for {@code observation} and returns its size
   * (1..K): a uniformly random set of K items in rounds t ≤ T0, the optimistic set of
   * {@link #decide} afterwards.
   *
   * @param observation the round's user context, item features (read, not kept), revenues and K
   * @param rng randomness of the exploration rounds
   * @param out receives the item indices; needs K entries
   */
  public int choose(AssortmentObservation observation, RandomGenerator rng, int[] out) {
    rounds.requireClosed();
    load(observation);
    int t = rounds.open();
    if (t <= settings.explorationRounds()) {
      lastRadius = Double.NaN;
      return RandomAssortment.draw(rng, items, capacity, out);
    }
    return optimistic(t, out);
  }

  /**
   * The UCB decision for {@code observation} at the current estimate — optimistic utilities
   * z_tiᵀθ̂ + α_t‖z_ti‖_{V⁻¹} and StaticMNL — without starting a round: what {@link #choose}
   * does after the exploration, for benchmarks and inspection.
   *
   * @throws IllegalStateException between choose and update
   */
  public int decide(AssortmentObservation observation, int[] out) {
    if (rounds.isOpen()) {
      throw new IllegalStateException("UCB-MNL decides only between rounds");
    }
    load(observation);
    return optimistic(rounds.completed() + 1, out);
  }

  private int optimistic(int t, int[] out) {
    lastRadius = UcbRadius.alpha(settings.confidenceScale(), dimension, t);
    ucb.optimisticUtilities(joint, items, lastRadius, optimistic);
    return staticMnl.solve(optimistic, revenues, items, capacity, out);
  }

  /** z_ti for every item, r and K into the round buffers. */
  private void load(AssortmentObservation observation) {
    if (observation.itemCount() > maxItems) {
      throw new IllegalArgumentException("UCB-MNL was built for at most " + maxItems
          + " items, got " + observation.itemCount());
    }
    if (observation.userDimension() != userDimension
        || observation.itemDimension() != itemDimension) {
      throw new IllegalArgumentException("UCB-MNL was built for d1 = " + userDimension
          + ", d2 = " + itemDimension + ", got an observation with d1 = "
          + observation.userDimension() + ", d2 = " + observation.itemDimension());
    }
    items = observation.itemCount();
    capacity = observation.capacity();
    observation.context().copyTo(context, 0);
    for (int i = 0; i < items; i++) {
      observation.items().copyRowTo(i, itemRow, 0);
      map.map(context, userDimension, itemRow, 0, itemDimension, joint, i * dimension);
    }
    observation.revenues().copyTo(revenues, 0);
  }

  /**
   * Feeds back the round's outcome: the offered set {@code offered[0..size)} and the chosen
   * item index, or {@link MnlChoice#NO_PURCHASE}.
   */
  public void update(int[] offered, int size, int chosenItem) {
    int position = rounds.close(offered, size, chosenItem);
    ucb.record(joint, offered, size, position);
    if (rounds.completed() >= settings.explorationRounds()) {
      ucb.commit();
    }
  }

  /** Rounds completed (choose and update). */
  public int rounds() {
    return rounds.completed();
  }

  /** Dimension p of θ. */
  public int dimension() {
    return dimension;
  }

  /** A copy of θ̂ (zero before the first fit). */
  public double[] estimate() {
    return ucb.estimate();
  }

  /** α_t of the last UCB round (NaN for an exploration round). */
  public double lastRadius() {
    return lastRadius;
  }
}
