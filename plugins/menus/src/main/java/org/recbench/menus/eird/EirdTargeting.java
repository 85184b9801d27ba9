package org.recbench.menus.eird;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.recbench.menus.agent.Menus;
import org.recbench.menus.algorithm.MenuAlgorithm;
import org.recbench.menus.algorithm.MenuProblem;
import org.recbench.menus.dbg.DeferredBanditGradient;
import org.recbench.menus.learning.LuceEstimator;
import org.recbench.menus.memory.DiscountedMemory;
import org.recbench.menus.menudist.TargetRealiser;

/**
 * Algorithm 2 (Section 3.3, Theorem 2): regret against EIRD for smooth preferences and long
 * memory. The agent is made to run Deferred Bandit Gradient on our behalf: each targeting round
 * DBG's point x_t is realised through MenuDist at the current score estimate ŝ; periodically
 * targeting pauses for a learning stage that re-estimates ŝ near the current memory.
 *
 * <p>Phases (schedule choices in the module README): (0) saturation, uniformly random menus for
 * the first rounds, so memory forgets v_1; (1) learning stage: a fixed cover of the items by
 * ⌈(n−1)/(k−1)⌉ menus that all contain item 0 (so every score is compared with a common
 * anchor), each shown {@code samplesPerMenu} times in turn, then ŝ = the Luce estimate
 * ({@link LuceEstimator}) and X_t ← X_t ∩ IRD_ρ(ŝ) ({@link MenuTimePolytope}); (2) targeting:
 * z_t = x_t pulled into IRD(ŝ) towards ŝ/Σŝ ({@link org.recbench.menus.menudist.MenuTimes#pullInto}; the perturbation of
 * Theorem 1), menu ~ MenuDist(z_t, ŝ), and DBG is fed r/z_t,i. Memory is tracked exactly
 * (γ and v_1 known, Section 3.3); a new learning stage starts when it has drifted by
 * {@code driftThreshold} in ℓ1 since the last one (by smoothness, scores then moved by at most
 * L times that, Lemma 5). For k = 1 every distribution is realisable whatever the scores, so no
 * learning stage runs.
 */
public final class EirdTargeting implements MenuAlgorithm {

  /**
   * Parameters of Algorithm 2.
   *
   * @param lambda known lower bound λ on scores (Section 3.3 assumes λ ≥ (k−1)/(n−1))
   * @param saturationRounds rounds of uniformly random menus before the first learning stage
   * @param samplesPerMenu times each estimation menu is shown per learning stage
   * @param driftThreshold ℓ1 memory drift that triggers re-estimation
   * @param slack relaxation ρ of the estimated IRD constraints τ_i ≤ 1 + ρ
   * @param dbg the Deferred Bandit Gradient parameters
   */
  public record Settings(double lambda, long saturationRounds, int samplesPerMenu,
      double driftThreshold, double slack, DeferredBanditGradient.Settings dbg) {

    /**
     * @throws IllegalArgumentException for λ ∉ (0, 1], negative counts, a non-positive drift
     *     threshold or a negative slack
     */
    public Settings {
      if (!(lambda > 0 && lambda <= 1)) {
        throw new IllegalArgumentException("lambda must be in (0, 1], got " + lambda);
      }
      if (saturationRounds < 0) {
        throw new IllegalArgumentException("saturation rounds must be >= 0, got " + saturationRounds);
      }
      if (samplesPerMenu < 1) {
        throw new IllegalArgumentException("samples per menu must be >= 1, got " + samplesPerMenu);
      }
      if (!(driftThreshold > 0)) {
        throw new IllegalArgumentException("drift threshold must be positive, got " + driftThreshold);
      }
      if (!(slack >= 0) || Double.isInfinite(slack)) {
        throw new IllegalArgumentException("slack must be finite and >= 0, got " + slack);
      }
    }

    /**
     * Defaults for {@code problem}, with H = 1/(1−γ) and M = ⌈(n−1)/(k−1)⌉ estimation menus:
     * saturation ⌈min(H, √T)⌉ rounds; drift threshold 0.3; samples per estimation menu
     * ⌈min(2 T^{1/3}, 0.3·H / (2M))⌉ (at least 1), so that one learning stage moves memory by
     * at most about half the drift threshold and does not itself trigger the next one; slack
     * ρ = 0.1; DBG's defaults.
     */
    public static Settings defaults(MenuProblem problem, double lambda) {
      return defaults(problem, lambda, 0.3);
    }

    /** {@link #defaults(MenuProblem, double)} with another drift threshold. */
    public static Settings defaults(MenuProblem problem, double lambda, double drift) {
      long t = problem.horizon();
      long saturation = (long) Math.ceil(Math.min(problem.effectiveHorizon(), Math.sqrt(t)));
      int menus = problem.menuSize() >= 2
          ? Math.max(1, (problem.items() + problem.menuSize() - 3) / (problem.menuSize() - 1)) : 1;
      double perMenu = Math.min(2 * Math.cbrt(t), drift * problem.effectiveHorizon() / (2 * menus));
      int samples = (int) Math.max(1, Math.ceil(perMenu));
      return new Settings(lambda, saturation, samples, drift, 0.1,
          DeferredBanditGradient.Settings.defaults(problem.items(), t));
    }
  }

  private enum Phase { SATURATE, LEARN, TARGET }

  private final int n;
  private final int k;
  private final Settings settings;
  private final RandomGenerator random;
  private final DiscountedMemory memory;
  private final MenuTimePolytope domain;
  private final DeferredBanditGradient learner;
  private final TargetRealiser realiser;
  private final LuceEstimator estimator;
  private final int[][] estimationMenus;
  private final int[] permutation;
  private final int[] lastMenu;
  private final double[] scores;
  private final double[] anchorMemory;
  private Phase phase;
  private long round;
  private int learningRound;
  private long learningStages;
  private long learningRounds;

  /** Algorithm 2 on {@code problem}. */
  public EirdTargeting(MenuProblem problem, Settings settings, RandomGenerator random) {
    this.n = problem.items();
    this.k = problem.menuSize();
    this.settings = settings;
    this.random = random;
    this.memory = new DiscountedMemory(problem.gamma(), problem.initialMemory(),
        problem.initialWeight());
    this.domain = new MenuTimePolytope(n, k, settings.slack());
    this.learner = new DeferredBanditGradient(n, settings.dbg(), domain);
    this.realiser = new TargetRealiser(n, k);
    this.estimationMenus = k >= 2 ? coverWithAnchor(n, k) : new int[0][];
    this.estimator = k >= 2
        ? new LuceEstimator(n, k, settings.lambda(), estimationMenus.length * settings.samplesPerMenu())
        : null;
    this.permutation = Menus.identity(n);
    this.lastMenu = new int[k];
    this.scores = new double[n];
    Arrays.fill(scores, 1.0);
    this.anchorMemory = new double[n];
    this.phase = settings.saturationRounds() > 0 ? Phase.SATURATE : firstPhaseAfterSaturation();
  }

  /** Algorithm 2 with {@link Settings#defaults}. */
  public EirdTargeting(MenuProblem problem, double lambda, RandomGenerator random) {
    this(problem, Settings.defaults(problem, lambda), random);
  }

  /**
   * Menus of size k covering all n items, each holding the anchor item 0: items 1..n−1 in
   * groups of k−1, the last group topped up with the lowest items not yet in it.
   */
  static int[][] coverWithAnchor(int n, int k) {
    int others = n - 1;
    int count = Math.max(1, (others + k - 2) / (k - 1));
    int[][] cover = new int[count][k];
    for (int m = 0; m < count; m++) {
      cover[m][0] = 0;
      int filled = 1;
      for (int j = 0; j < k - 1 && 1 + m * (k - 1) + j <= others; j++) {
        cover[m][filled++] = 1 + m * (k - 1) + j;
      }
      for (int item = 1; filled < k; item++) {
        boolean present = false;
        for (int j = 0; j < filled; j++) {
          present |= cover[m][j] == item;
        }
        if (!present) {
          cover[m][filled++] = item;
        }
      }
    }
    return cover;
  }

  private Phase firstPhaseAfterSaturation() {
    memory.copyTo(anchorMemory);
    return estimator == null ? Phase.TARGET : Phase.LEARN;
  }

  @Override
  public int items() {
    return n;
  }

  @Override
  public int menuSize() {
    return k;
  }

  @Override
  public void propose(long t, int[] menu) {
    realiser.untargeted();
    switch (phase) {
      case SATURATE -> Menus.randomSubset(permutation, random, menu);
      case LEARN -> {
        int[] m = estimationMenus[learningRound % estimationMenus.length];
        System.arraycopy(m, 0, menu, 0, k);
      }
      case TARGET -> realiser.realise(learner.target(), scores, random, menu);
    }
    System.arraycopy(menu, 0, lastMenu, 0, k);
  }

  @Override
  public void observe(int item, double reward) {
    memory.select(item);
    round++;
    switch (phase) {
      case SATURATE -> {
        if (round >= settings.saturationRounds()) {
          phase = firstPhaseAfterSaturation();
        }
      }
      case LEARN -> {
        estimator.record(lastMenu, item);
        learningRound++;
        learningRounds++;
        if (learningRound == estimationMenus.length * settings.samplesPerMenu()) {
          finishLearning();
        }
      }
      case TARGET -> {
        learner.update(item, reward, realiser.target()[item]);
        if (estimator != null && drift() >= settings.driftThreshold()) {
          memory.copyTo(anchorMemory);
          phase = Phase.LEARN;
        }
      }
    }
  }

  private void finishLearning() {
    estimator.estimate(scores, scores);
    estimator.clear();
    learningRound = 0;
    learningStages++;
    domain.add(scores);
    learner.reproject();
    phase = Phase.TARGET;
  }

  private double drift() {
    return memory.distanceTo(anchorMemory);
  }

  @Override
  public boolean targetedChoice(double[] out) {
    return realiser.targetedChoice(out);
  }

  @Override
  public boolean inducedChoice(double[] scores, double[] out) {
    return realiser.inducedChoice(scores, out);
  }

  /** The current score estimate ŝ (a live view). */
  public double[] scoreEstimate() {
    return scores;
  }

  /** Learning stages completed so far. */
  public long learningStages() {
    return learningStages;
  }

  /** Rounds spent in learning stages so far. */
  public long learningRounds() {
    return learningRounds;
  }

  /** Hildreth sweeps spent projecting onto X_t so far (a cost diagnostic). */
  public long projectionSweeps() {
    return domain.sweeps();
  }

  /** Number of relaxed IRD sets intersected in X_t so far. */
  public int domainSets() {
    return domain.sets();
  }

  /** The memory vector as tracked by the algorithm (a live view). */
  public double[] trackedMemory() {
    return memory.vector();
  }
}
