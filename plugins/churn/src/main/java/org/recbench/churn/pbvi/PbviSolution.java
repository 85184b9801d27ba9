package org.recbench.churn.pbvi;

import java.util.List;
import org.recbench.churn.model.ChurnInstance;

/**
 * The stages V_0 … V_T of a PBVI run and how to act with them: after k likes in a session, act
 * greedily on the tracked belief with stage V_max(T−k, 0). Each stage-t vector's follower lies in
 * stage t−1 and stage 0 backs up into itself (α_a = P_a + γP_a∘α_a), so by induction this
 * policy's value at the prior is at least V_T(q) = {@link #value()}.
 */
public final class PbviSolution {

  private final ChurnInstance instance;
  private final List<AlphaStage> stages;
  private final double errorBound;
  private final long backups;

  PbviSolution(ChurnInstance instance, List<AlphaStage> stages, double errorBound, long backups) {
    this.instance = instance;
    this.stages = List.copyOf(stages);
    this.errorBound = errorBound;
    this.backups = backups;
  }

  /** The instance solved. */
  public ChurnInstance instance() {
    return instance;
  }

  /** The category to recommend at {@code belief} after {@code likes} likes in the session. */
  public int action(double[] belief, int likes) {
    AlphaStage stage = stages.get(Math.max(stages.size() - 1 - likes, 0));
    return stage.action(stage.best(belief));
  }

  /** V_T(b) = max over the last stage of α·b, a lower bound on V*(b). */
  public double value(double[] belief) {
    return stages.get(stages.size() - 1).value(belief);
  }

  /** V_T(q) at the instance's prior. */
  public double value() {
    return value(instance.priorWeights());
  }

  /**
   * V_T(q) + the stated error bound: a certified upper bound on V*(q). The policy's own value lies
   * in [V_T(q), V*(q)]; {@code ExactValue.ofRule(instance, this::action, …)} computes it.
   */
  public double upperBound() {
    return value() + errorBound;
  }

  /** The a-priori bound on V*(b) − V_T(b), for every belief b. */
  public double errorBound() {
    return errorBound;
  }

  /** Point backups performed (grid points × stages). */
  public long backups() {
    return backups;
  }
}
