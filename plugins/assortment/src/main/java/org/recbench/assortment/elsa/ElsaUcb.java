package org.recbench.assortment.elsa;

import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.recbench.lib.mnl.LinearMnlUcb;
import org.recbench.lib.mnl.MnlChoice;
import org.recbench.lib.mnl.MnlRounds;
import org.recbench.lib.mnl.RandomAssortment;
import org.recbench.lib.mnl.StaticMnl;
import org.recbench.lib.mnl.UcbRadius;
import org.recbench.protocol.assortment.AssortmentObservation;

/**
 * ELSA-UCB, Explore-Low-rank-Subspace-then-Apply-UCB (paper 003, Alg. 2), with its variants
 * ELSA-GIC (rank by GIC, Appendix S.5.2) and batched ELSA (Appendix S.5.3):
 * <ol>
 *   <li>rounds t ≤ T0: uniformly random assortments of min(K, N) items (Sec. 3.1);</li>
 *   <li>after round T0: the unconstrained MLE of Θ, the rank-r MLE by Burer–Monteiro FGD from
 *       it (Alg. 1, Eq. 2) — r fixed, or r̂ = argmin GIC(r) (Eq. 4) — and its SVD Û, V̂;</li>
 *   <li>rounds t &gt; T0: reduced features z_ti = rtv(x'_t y'_tiᵀ) of dimension
 *       (d1 + d2 − r)·r (Eq. 3), optimistic utilities z_tiᵀθ̂ + α_t‖z_ti‖_{V⁻¹} (Eq. 5) and
 *       StaticMNL on them (Rusmevichientong et al. 2010);</li>
 *   <li>θ̂ = the MLE in the reduced space over all rounds including the exploration (Eq. 6),
 *       warm-started at rtv(Θ̂), refitted — with V ← V + Σ z zᵀ — after every round, or after
 *       every B rounds in the batched variant.</li>
 * </ol>
 * The radius is α_t = c₁·√(2p log(1 + t/p) + 2 log t) + c₂·√t·(d1 + d2)·r / T0: the first term
 * is UCB-MNL's (Oh and Iyengar 2021, Thm. 1), the second the truncation bias of Lemma 1, whose
 * size follows Propositions 1 and 3 (‖Θ'₂₂‖ of order (d1 + d2)·r / T0); c₁ and c₂ are the
 * tuning constants of Appendix S.3.1.
 *
 * <p>With {@code intercept} the model is u = x̃ᵀΘ̃ỹ on x̃ = [1; x], ỹ = [1; y] (so d1 and d2
 * above become d1 + 1 and d2 + 1): main effects then have rank 2, as the paper reads the
 * Stacked model. Each round is {@link #choose} then {@link #update}; buffers are preallocated
 * (the reduced-space ones once the rank is known). Not thread-safe.
 */
public final class ElsaUcb {

  /** {@link Settings#rank()} value that selects the rank by GIC (ELSA-GIC). */
  public static final int RANK_BY_GIC = 0;

  /**
   * Tuning of ELSA.
   *
   * @param explorationRounds T0 ≥ 3, random rounds before the subspace estimate
   * @param rank r ≥ 1, or {@link #RANK_BY_GIC}
   * @param maxRank largest rank GIC considers; 0 means min(d1, d2)
   * @param batchSize B ≥ 1, rounds between parameter updates (1 = ELSA-UCB)
   * @param confidenceScale c₁ ≥ 0
   * @param truncationScale c₂ ≥ 0
   * @param ridge λ &gt; 0: prior precision of V and ridge of every MLE
   * @param intercept whether to model intercepts and main effects (x̃ = [1; x], ỹ = [1; y])
   * @param gicPenaltyScale c in λ_n = c·log(log n)·log(d1·d2)
   * @param factorisation Burer–Monteiro settings
   */
  public record Settings(int explorationRounds, int rank, int maxRank, int batchSize,
      double confidenceScale, double truncationScale, double ridge, boolean intercept,
      double gicPenaltyScale, BurerMonteiro.Settings factorisation) {

    /** Validates the ranges. */
    public Settings {
      if (explorationRounds < 3) {
        throw new IllegalArgumentException("explorationRounds must be ≥ 3, got "
            + explorationRounds);
      }
      if (rank < 0 || maxRank < 0) {
        throw new IllegalArgumentException("rank and maxRank must be ≥ 0, got " + rank
            + " and " + maxRank);
      }
      if (batchSize < 1) {
        throw new IllegalArgumentException("batchSize must be ≥ 1, got " + batchSize);
      }
      if (!(confidenceScale >= 0.0) || !(truncationScale >= 0.0)
          || Double.isInfinite(confidenceScale) || Double.isInfinite(truncationScale)) {
        throw new IllegalArgumentException("confidenceScale and truncationScale must be finite"
            + " and ≥ 0, got " + confidenceScale + " and " + truncationScale);
      }
      if (!(ridge > 0.0) || Double.isInfinite(ridge)) {
        throw new IllegalArgumentException("ridge must be finite and positive, got " + ridge);
      }
      if (!(gicPenaltyScale >= 0.0)) {
        throw new IllegalArgumentException("gicPenaltyScale must be ≥ 0, got "
            + gicPenaltyScale);
      }
    }

    /**
     * ELSA-GIC over all ranks, per-round updates, c₁ = 0.5, c₂ = 0.5, λ = 1, intercepts, c = 1
     * and the default factorisation settings.
     */
    public static Settings defaults(int explorationRounds) {
      return new Settings(explorationRounds, RANK_BY_GIC, 0, 1, 0.5, 0.5, 0.01, true, 1.0,
          BurerMonteiro.Settings.defaults());
    }

    /** The same settings with a fixed rank (ELSA-UCB) or {@link #RANK_BY_GIC}. */
    public Settings withRank(int newRank) {
      return new Settings(explorationRounds, newRank, maxRank, batchSize, confidenceScale,
          truncationScale, ridge, intercept, gicPenaltyScale, factorisation);
    }

    /** The same settings with parameter updates every B rounds. */
    public Settings withBatchSize(int newBatchSize) {
      return new Settings(explorationRounds, rank, maxRank, newBatchSize, confidenceScale,
          truncationScale, ridge, intercept, gicPenaltyScale, factorisation);
    }

    /** The same settings with other confidence constants c₁, c₂. */
    public Settings withConfidence(double newConfidenceScale, double newTruncationScale) {
      return new Settings(explorationRounds, rank, maxRank, batchSize, newConfidenceScale,
          newTruncationScale, ridge, intercept, gicPenaltyScale, factorisation);
    }
  }

  private final int userDimension;
  private final int itemDimension;
  private final int modelUser;
  private final int modelItem;
  private final int maxItems;
  private final Settings settings;
  private final BilinearChoiceLog exploration;
  private final StaticMnl staticMnl = new StaticMnl();
  private final double[] user;
  private final double[] itemVectors;
  private final double[] rotatedUser;
  private final double[] rotatedItems;
  private final double[] optimistic;
  private final double[] revenues;
  private int items;
  private int capacity;
  private SubspaceRotation rotation;
  private LinearMnlUcb ucb;
  private double[] reduced;
  private double[] criterion = new double[0];
  private final MnlRounds rounds = new MnlRounds("ELSA");
  private double lastRadius = Double.NaN;

  /** ELSA for contexts in R^{d1}, items in R^{d2} and at most {@code maxItems} items. */
  public ElsaUcb(int userDimension, int itemDimension, int maxItems, Settings settings) {
    int shift = settings.intercept() ? 1 : 0;
    if (userDimension + shift < 1 || itemDimension + shift < 1 || maxItems < 1) {
      throw new IllegalArgumentException("ELSA needs maxItems ≥ 1 and d1, d2 ≥ "
          + (1 - shift) + (shift == 1 ? " (with intercepts)" : "") + ", got d1 = "
          + userDimension + ", d2 = " + itemDimension + ", maxItems = " + maxItems);
    }
    this.userDimension = userDimension;
    this.itemDimension = itemDimension;
    this.modelUser = userDimension + shift;
    this.modelItem = itemDimension + shift;
    int full = Math.min(modelUser, modelItem);
    if (settings.rank() > full || settings.maxRank() > full) {
      String dims = shift == 1 ? "min(d1 + 1, d2 + 1)" : "min(d1, d2)";
      throw new IllegalArgumentException((settings.rank() > full
          ? "rank " + settings.rank() : "max-rank " + settings.maxRank()) + " exceeds " + dims
          + " = " + full + " of the model Θ̃ for d1 = " + userDimension + ", d2 = "
          + itemDimension);
    }
    this.maxItems = maxItems;
    this.settings = settings;
    this.exploration = new BilinearChoiceLog(modelUser, modelItem,
        settings.explorationRounds());
    this.user = new double[modelUser];
    this.itemVectors = new double[maxItems * modelItem];
    this.rotatedUser = new double[modelUser];
    this.rotatedItems = new double[maxItems * modelItem];
    this.optimistic = new double[maxItems];
    this.revenues = new double[maxItems];
  }

  /**
   * Starts a round: chooses the assortment for {@code observation} and returns its size
   * (1..K). Rounds t ≤ T0 offer a uniformly random set of K items; later rounds the optimistic
   * set of {@link #decide}.
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
   * The UCB-stage decision for {@code observation} at the current estimate — reduced features
   * (Eq. 3), optimistic utilities (Eq. 5) and StaticMNL — without starting a round: what
   * {@link #choose} does after the exploration, for benchmarks and inspection.
   *
   * @throws IllegalStateException during the exploration or between choose and update
   */
  public int decide(AssortmentObservation observation, int[] out) {
    if (rotation == null || rounds.isOpen()) {
      throw new IllegalStateException("ELSA decides only between rounds after the exploration");
    }
    load(observation);
    return optimistic(rounds.completed() + 1, out);
  }

  private int optimistic(int t, int[] out) {
    int p = rotation.dimension();
    rotation.rotateUser(user, rotatedUser);
    rotation.rotateItems(itemVectors, items, rotatedItems);
    for (int i = 0; i < items; i++) {
      rotation.features(rotatedUser, rotatedItems, i * modelItem, reduced, i * p);
    }
    lastRadius = radius(t);
    ucb.optimisticUtilities(reduced, items, lastRadius, optimistic);
    return staticMnl.solve(optimistic, revenues, items, capacity, out);
  }

  /**
   * Feeds back the round's outcome: the offered set {@code offered[0..size)} and the chosen
   * item index, or {@link MnlChoice#NO_PURCHASE}.
   */
  public void update(int[] offered, int size, int chosenItem) {
    int position = rounds.close(offered, size, chosenItem);
    int completed = rounds.completed();
    if (completed <= settings.explorationRounds()) {
      exploration.add(user, itemVectors, offered, size, position);
      if (completed == settings.explorationRounds()) {
        estimateSubspace();
      }
      return;
    }
    ucb.record(reduced, offered, size, position);
    if ((completed - settings.explorationRounds()) % settings.batchSize() == 0) {
      ucb.commit();
    }
  }

  /** α_t = c₁·√(2p log(1 + t/p) + 2 log t) + c₂·√t·(d1 + d2)·r / T0. */
  private double radius(int t) {
    int r = rotation.rank();
    double bias = settings.truncationScale() * Math.sqrt(t) * (modelUser + modelItem) * r
        / settings.explorationRounds();
    return UcbRadius.alpha(settings.confidenceScale(), rotation.dimension(), t) + bias;
  }

  /** Stage 1 (Sec. 3.1) at the end of round T0, then the start of the UCB stage. */
  private void estimateSubspace() {
    LowRankEstimator estimator = new LowRankEstimator(exploration, settings.ridge(),
        settings.factorisation());
    BurerMonteiro.Fit fit;
    if (settings.rank() == RANK_BY_GIC) {
      int maxRank = settings.maxRank() == 0 ? Math.min(modelUser, modelItem)
          : settings.maxRank();
      LowRankEstimator.Selection selection = estimator.selectRank(maxRank,
          settings.gicPenaltyScale());
      fit = selection.fit();
      criterion = selection.criterion();
    } else {
      fit = estimator.fit(settings.rank());
    }
    rotation = SubspaceRotation.of(fit.theta(), fit.rank());
    int p = rotation.dimension();
    ucb = new LinearMnlUcb(p, settings.ridge(), 4 * settings.explorationRounds());
    reduced = new double[maxItems * p];
    double[] x = exploration.users();
    double[] y = exploration.items();
    int[] identity = new int[maxItems];
    for (int k = 0; k < maxItems; k++) {
      identity[k] = k;
    }
    for (int t = 0; t < exploration.rounds(); t++) {
      System.arraycopy(x, t * modelUser, user, 0, modelUser);
      rotation.rotateUser(user, rotatedUser);
      int count = exploration.size(t);
      System.arraycopy(y, exploration.start(t) * modelItem, itemVectors, 0, count * modelItem);
      rotation.rotateItems(itemVectors, count, rotatedItems);
      for (int k = 0; k < count; k++) {
        rotation.features(rotatedUser, rotatedItems, k * modelItem, reduced, k * p);
      }
      ucb.record(reduced, identity, count, exploration.chosen(t));
    }
    double[] start = new double[p];
    rotation.parameter(fit.theta(), start);
    ucb.setEstimate(start);
    ucb.commit();
  }

  /** x̃, ỹ_i (with the leading 1 when modelling intercepts), r and K into the round buffers. */
  private void load(AssortmentObservation observation) {
    checkShapes(observation);
    items = observation.itemCount();
    capacity = observation.capacity();
    int shift = modelUser - userDimension;
    if (shift == 1) {
      user[0] = 1.0;
    }
    observation.context().copyTo(user, shift);
    for (int i = 0; i < items; i++) {
      int row = i * modelItem;
      if (shift == 1) {
        itemVectors[row] = 1.0;
      }
      observation.items().copyRowTo(i, itemVectors, row + shift);
    }
    observation.revenues().copyTo(revenues, 0);
  }

  /** Rounds completed. */
  public int rounds() {
    return rounds.completed();
  }

  /** Whether the exploration is over and the subspace estimated. */
  public boolean estimated() {
    return rotation != null;
  }

  /** The rank used in the UCB stage (r or r̂); −1 before the estimate. */
  public int rank() {
    return rotation == null ? -1 : rotation.rank();
  }

  /** Dimension (d1 + d2 − r)·r of the reduced parameter; −1 before the estimate. */
  public int reducedDimension() {
    return rotation == null ? -1 : rotation.dimension();
  }

  /** GIC(r) for r = 1..maxRank as computed after exploration (empty for a fixed rank). */
  public double[] gicCriterion() {
    return criterion.clone();
  }

  /** α_t of the last UCB round (NaN in exploration). */
  public double lastRadius() {
    return lastRadius;
  }

  /**
   * The current estimate of Θ̃ as a (d1 + 1) × (d2 + 1) matrix (intercept row and column
   * first; zero there without {@code intercept}): Û [θ̂₁₁ θ̂₁₂; θ̂₂₁ 0] V̂ᵀ.
   *
   * @throws IllegalStateException before the end of exploration
   */
  public DMatrixRMaj thetaEstimate() {
    if (rotation == null) {
      throw new IllegalStateException("ELSA has no estimate of Θ before round "
          + settings.explorationRounds() + " ends");
    }
    DMatrixRMaj model = rotation.matrix(ucb.estimate());
    if (settings.intercept()) {
      return model;
    }
    DMatrixRMaj out = new DMatrixRMaj(userDimension + 1, itemDimension + 1);
    for (int a = 0; a < userDimension; a++) {
      for (int b = 0; b < itemDimension; b++) {
        out.set(a + 1, b + 1, model.get(a, b));
      }
    }
    return out;
  }

  private void checkShapes(AssortmentObservation observation) {
    if (observation.itemCount() > maxItems) {
      throw new IllegalArgumentException("ELSA was built for at most " + maxItems
          + " items, got " + observation.itemCount());
    }
    if (observation.userDimension() != userDimension
        || observation.itemDimension() != itemDimension) {
      throw new IllegalArgumentException("ELSA was built for d1 = " + userDimension + ", d2 = "
          + itemDimension + ", got an observation with d1 = " + observation.userDimension()
          + ", d2 = " + observation.itemDimension());
    }
  }
}
