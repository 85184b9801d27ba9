package org.recbench.api;

/**
 * What an environment returns for one action: the feedback the policy sees, the scalar reward
 * generic metrics read, the next observation, whether the episode ended, and — for regret — the
 * expected reward of the action taken and of the best action, both computed <em>before</em> the
 * environment's state moves.
 *
 * <p>An outcome is a mutable holder that an environment may reuse: create one per environment
 * and overwrite it with {@link #set} in every {@link Environment#step}, so a step allocates
 * nothing. It is valid only until the environment's next {@code step} or {@code reset} (see
 * {@link org.recbench.api the object-lifetime rules}); whoever needs a value later copies it.
 *
 * @param <O> observation type
 * @param <F> feedback type
 */
public final class Outcome<O, F> {

  private F feedback;
  private double reward;
  private O next;
  private boolean episodeOver;
  private double expectedReward = Double.NaN;
  private double bestExpectedReward = Double.NaN;

  /** An empty outcome, to be filled by {@link #set} before it is returned. */
  public Outcome() {}

  /** An outcome with the given values and unknown expected rewards. */
  public Outcome(F feedback, double reward, O next, boolean episodeOver) {
    set(feedback, reward, next, episodeOver);
  }

  /**
   * Overwrites this outcome; the expected rewards become unknown (NaN) until
   * {@link #expected} sets them.
   *
   * @param feedback protocol-specific feedback given to the policy
   * @param reward scalar reward of this step, read by generic metrics
   * @param next the next observation (meaningless when {@code episodeOver})
   * @param episodeOver whether this step ended the episode
   * @return this outcome
   */
  public Outcome<O, F> set(F feedback, double reward, O next, boolean episodeOver) {
    this.feedback = feedback;
    this.reward = reward;
    this.next = next;
    this.episodeOver = episodeOver;
    this.expectedReward = Double.NaN;
    this.bestExpectedReward = Double.NaN;
    return this;
  }

  /**
   * Records this step's expected rewards, evaluated in the state the action was taken in. An
   * environment that declares {@link StandardCapabilities#EXPECTED_REWARDS} calls this in every
   * step; the {@code regret} metric sums {@code best - expected}.
   *
   * @param expected expected reward of the action taken
   * @param best expected reward of the best action in the same state
   * @return this outcome
   */
  public Outcome<O, F> expected(double expected, double best) {
    this.expectedReward = expected;
    this.bestExpectedReward = best;
    return this;
  }

  /** Protocol-specific feedback given to the policy. */
  public F feedback() {
    return feedback;
  }

  /** Scalar reward of this step. */
  public double reward() {
    return reward;
  }

  /** The next observation (meaningless when the episode is over). */
  public O next() {
    return next;
  }

  /** Whether this step ended the episode. */
  public boolean episodeOver() {
    return episodeOver;
  }

  /** Expected reward of the action taken, in the state it was taken in; NaN when unknown. */
  public double expectedReward() {
    return expectedReward;
  }

  /** Expected reward of the best action in the same state; NaN when unknown. */
  public double bestExpectedReward() {
    return bestExpectedReward;
  }

  @Override
  public String toString() {
    return "Outcome[feedback=" + feedback + ", reward=" + reward + ", episodeOver=" + episodeOver
        + ", expected=" + expectedReward + ", best=" + bestExpectedReward + "]";
  }
}
