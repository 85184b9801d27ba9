package org.recbench.core.run;

import org.recbench.api.Capabilities;
import org.recbench.api.Outcome;
import org.recbench.api.Step;

/** A {@link Step} that the trial loop overwrites at every step (no allocation per step). */
final class MutableStep implements Step<Object, Object, Object> {

  private final Capabilities capabilities;
  private long t;
  private int episode;
  private int stepInEpisode;
  private Object observation;
  private Object action;
  private Outcome<Object, Object> outcome;
  private long decisionNanos;
  private long learnNanos;

  MutableStep(Capabilities capabilities) {
    this.capabilities = capabilities;
  }

  void set(long t, int episode, int stepInEpisode, Object observation, Object action,
      Outcome<Object, Object> outcome, long decisionNanos, long learnNanos) {
    this.t = t;
    this.episode = episode;
    this.stepInEpisode = stepInEpisode;
    this.observation = observation;
    this.action = action;
    this.outcome = outcome;
    this.decisionNanos = decisionNanos;
    this.learnNanos = learnNanos;
  }

  /** Forgets the step's values (numbers 0, references null). */
  void clear() {
    set(0, 0, 0, null, null, null, 0, 0);
  }

  @Override
  public long t() {
    return t;
  }

  @Override
  public int episode() {
    return episode;
  }

  @Override
  public int stepInEpisode() {
    return stepInEpisode;
  }

  @Override
  public Object observation() {
    return observation;
  }

  @Override
  public Object action() {
    return action;
  }

  @Override
  public Outcome<Object, Object> outcome() {
    return outcome;
  }

  @Override
  public long decisionNanos() {
    return decisionNanos;
  }

  @Override
  public long learnNanos() {
    return learnNanos;
  }

  @Override
  public Capabilities capabilities() {
    return capabilities;
  }
}
