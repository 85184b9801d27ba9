package org.recbench.menus.smoothed;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.recbench.menus.agent.Menus;
import org.recbench.menus.algorithm.MenuAlgorithm;
import org.recbench.menus.algorithm.MenuProblem;
import org.recbench.menus.learning.LuceEstimator;
import org.recbench.menus.memory.DiscountedMemory;
import org.recbench.menus.menudist.TargetRealiser;
import org.recbench.menus.simplex.SimplexProjection;

/**
 * Algorithm 3 (Section 4.1, Theorem 3; Appendix C.2): regret against the δ-smoothed simplex
 * Δ_δ (Definition 4) for scale-bounded preferences (Definition 3). Instead of realising a new
 * point every round, whole batches of rounds form one step of online gradient ascent over Δ_δ,
 * during which the agent's memory is moved to the step's point x_s.
 *
 * <p>Phases (choices in the module README): (1) burn-in: the fixed menu {0, …, k−1} for
 * {@code saturationRounds} rounds ("saturating memory on only k items"), then each round the k
 * items with the least memory weight, until ‖v − u‖_1 ≤ {@code spreadTolerance} or
 * {@code maxSpreadRounds} rounds; (2) initial learning: {@code learnRounds} rounds targeting the
 * current memory (clipped into Δ_δ) under the assumed linear scores λ + (1 − λ) v_i, then
 * ŝ = the Luce estimate of the observed choices; (3) optimisation: batches of
 * {@code batchLength} rounds; each round targets z_t = x_s pulled into IRD(ŝ) and draws the menu
 * from MenuDist(z_t, ŝ); the batch's importance-weighted mean reward ĝ = (1/B) Σ_t r_t e_{i_t} /
 * z_t,i_t estimates the average reward vector, and x_{s+1} = Π_{Δ_δ}(x_s + η ĝ). When memory has
 * drifted by {@code driftThreshold} (ℓ1) since the last estimate, a learning stage (targeting
 * the current memory, as in (2)) re-estimates ŝ; its rounds belong to the current batch.
 */
public final class SmoothedOgd implements MenuAlgorithm {

  /**
   * Parameters of Algorithm 3.
   *
   * @param lambda the exploration term λ (lower bound on scores)
   * @param delta the smoothing δ of the target set Δ_δ
   * @param saturationRounds burn-in rounds on the fixed menu {0, …, k−1}
   * @param spreadTolerance ℓ1 distance to uniform memory that ends burn-in
   * @param maxSpreadRounds cap on the spreading part of burn-in
   * @param learnRounds rounds per learning stage
   * @param batchLength rounds per OGD step B
   * @param driftThreshold ℓ1 memory drift that triggers re-estimation
   * @param stepSize OGD step size η
   */
  public record Settings(double lambda, double delta, long saturationRounds, double spreadTolerance,
      long maxSpreadRounds, int learnRounds, int batchLength, double driftThreshold,
      double stepSize) {

    /**
     * @throws IllegalArgumentException for a parameter outside its range
     */
    public Settings {
      if (!(lambda > 0 && lambda <= 1)) {
        throw new IllegalArgumentException("lambda must be in (0, 1], got " + lambda);
      }
      if (!(delta > 0 && delta < 1)) {
        throw new IllegalArgumentException("smoothing delta must be in (0, 1), got " + delta);
      }
      if (saturationRounds < 0 || maxSpreadRounds < 0) {
        throw new IllegalArgumentException("burn-in round counts must be >= 0, got "
            + saturationRounds + " and " + maxSpreadRounds);
      }
      if (!(spreadTolerance > 0)) {
        throw new IllegalArgumentException("spread tolerance must be positive, got " + spreadTolerance);
      }
      if (learnRounds < 1 || batchLength < 1) {
        throw new IllegalArgumentException("learn rounds and batch length must be >= 1, got "
            + learnRounds + " and " + batchLength);
      }
      if (!(driftThreshold > 0)) {
        throw new IllegalArgumentException("drift threshold must be positive, got " + driftThreshold);
      }
      if (!(stepSize > 0) || Double.isInfinite(stepSize)) {
        throw new IllegalArgumentException("step size must be positive, got " + stepSize);
      }
    }

    /**
     * Defaults for {@code problem}, with H = min(1/(1−γ), √T): saturation ⌈H⌉ rounds, spreading
     * until ‖v − u‖_1 ≤ 0.1 or ⌈5H⌉ rounds, batches of B = ⌈2H⌉ rounds (memory closes about
     * 1 − e^{−2} of the gap to x_s per batch), learning stages of max(2n, ⌈B/4⌉) rounds (short
     * against the memory horizon, so scores barely move while they are learnt), drift threshold
     * 0.2 and η = √2 / √(n · T/B) (OGD over N = T/B steps, diameter √2, ‖ĝ‖ ≈ √n).
     */
    public static Settings defaults(MenuProblem problem, double lambda, double delta) {
      double h = Math.min(problem.effectiveHorizon(), Math.sqrt(problem.horizon()));
      return defaults(problem, lambda, delta, (int) Math.ceil(2 * h));
    }

    /**
     * {@link #defaults(MenuProblem, double, double)} with another batch length B (the learning
     * stage length and the step size follow from B).
     */
    public static Settings defaults(MenuProblem problem, double lambda, double delta, int batch) {
      long t = problem.horizon();
      double h = Math.min(problem.effectiveHorizon(), Math.sqrt(t));
      int n = problem.items();
      int learn = Math.max(2 * n, (int) Math.ceil(batch / 4.0));
      double steps = Math.max(1.0, (double) t / batch);
      return new Settings(lambda, delta, (long) Math.ceil(h), 0.1, (long) Math.ceil(5 * h), learn,
          batch, 0.2, Math.sqrt(2.0 / (n * steps)));
    }
  }

  private enum Phase { SATURATE, SPREAD, LEARN, OPTIMISE }

  private final int n;
  private final int k;
  private final Settings settings;
  private final RandomGenerator random;
  private final DiscountedMemory memory;
  private final SimplexProjection smoothed;
  private final TargetRealiser realiser;
  private final LuceEstimator estimator;
  private final double[] scores;
  private final double[] point;
  private final double[] gradient;
  private final double[] anchorMemory;
  private final double[] buffer;
  private final int[] lastMenu;
  private Phase phase;
  private long phaseRounds;
  private int batchRounds;
  private long steps;
  private long learningStages;

  /** Algorithm 3 on {@code problem}. */
  public SmoothedOgd(MenuProblem problem, Settings settings, RandomGenerator random) {
    this.n = problem.items();
    this.k = problem.menuSize();
    this.settings = settings;
    this.random = random;
    this.memory = new DiscountedMemory(problem.gamma(), problem.initialMemory(),
        problem.initialWeight());
    this.smoothed = new SimplexProjection(n, settings.delta());
    this.realiser = new TargetRealiser(n, k);
    this.estimator = k >= 2 ? new LuceEstimator(n, k, settings.lambda(), settings.learnRounds()) : null;
    this.scores = new double[n];
    this.point = new double[n];
    Arrays.fill(point, 1.0 / n);
    this.gradient = new double[n];
    this.anchorMemory = new double[n];
    this.buffer = new double[n];
    this.lastMenu = new int[k];
    this.phase = Phase.SATURATE;
    advancePhaseIfDone();
  }

  /** Algorithm 3 with {@link Settings#defaults}. */
  public SmoothedOgd(MenuProblem problem, double lambda, double delta, RandomGenerator random) {
    this(problem, Settings.defaults(problem, lambda, delta), random);
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
  public void propose(long round, int[] menu) {
    realiser.untargeted();
    switch (phase) {
      case SATURATE -> {
        for (int j = 0; j < k; j++) {
          menu[j] = j;
        }
      }
      case SPREAD -> Menus.smallest(memory.vector(), -1, k, menu, 0);
      case LEARN -> {
        smoothed.project(memory.vector(), buffer);
        realise(buffer, menu);
      }
      case OPTIMISE -> realise(point, menu);
    }
    System.arraycopy(menu, 0, lastMenu, 0, k);
  }

  private void realise(double[] goal, int[] menu) {
    realiser.realise(goal, scores, random, menu);
  }

  @Override
  public void observe(int item, double reward) {
    memory.select(item);
    phaseRounds++;
    if (phase == Phase.LEARN || phase == Phase.OPTIMISE) {
      gradient[item] += reward / realiser.target()[item];
      batchRounds++;
    }
    if (phase == Phase.LEARN) {
      estimator.record(lastMenu, item);
      if (estimator.observations() == settings.learnRounds()) {
        estimator.estimate(scores, scores);
        estimator.clear();
        learningStages++;
        memory.copyTo(anchorMemory);
        enter(Phase.OPTIMISE);
      }
    }
    if (batchRounds == settings.batchLength()) {
      step();
    }
    if (phase == Phase.OPTIMISE && estimator != null && drift() >= settings.driftThreshold()) {
      enter(Phase.LEARN);
    }
    advancePhaseIfDone();
  }

  private void step() {
    for (int i = 0; i < n; i++) {
      point[i] += settings.stepSize() * gradient[i] / batchRounds;
    }
    smoothed.project(point, point);
    Arrays.fill(gradient, 0.0);
    batchRounds = 0;
    steps++;
  }

  private void advancePhaseIfDone() {
    if (phase == Phase.SATURATE && phaseRounds >= settings.saturationRounds()) {
      enter(Phase.SPREAD);
    }
    if (phase == Phase.SPREAD && (phaseRounds >= settings.maxSpreadRounds()
        || distanceToUniform() <= settings.spreadTolerance())) {
      double[] v = memory.vector();
      for (int i = 0; i < n; i++) {
        scores[i] = settings.lambda() + (1 - settings.lambda()) * v[i];
      }
      memory.copyTo(anchorMemory);
      enter(estimator == null ? Phase.OPTIMISE : Phase.LEARN);
    }
  }

  private void enter(Phase next) {
    phase = next;
    phaseRounds = 0;
  }

  private double distanceToUniform() {
    double d = 0;
    for (double w : memory.vector()) {
      d += Math.abs(w - 1.0 / n);
    }
    return d;
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

  /** The current OGD point x_s ∈ Δ_δ (a live view). */
  public double[] point() {
    return point;
  }

  /** The current score estimate ŝ (a live view). */
  public double[] scoreEstimate() {
    return scores;
  }

  /** OGD steps taken so far. */
  public long steps() {
    return steps;
  }

  /** Learning stages completed so far. */
  public long learningStages() {
    return learningStages;
  }
}
