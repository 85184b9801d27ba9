package org.recbench.churn.model;

import org.recbench.protocol.session.ChurnModel;

/**
 * The belief over user types within one session, tracked from the known model: b = q when the
 * session starts and b'(u) ∝ b(u) P(u, a) after a like of a (Eq. 1). A dislike ends the session,
 * so it needs no update. Reuses one array: no allocation per step.
 */
public final class BeliefTracker {

  private final ChurnModel model;
  private final double[] belief;

  /** Tracks beliefs for sessions of {@code model}, starting at the prior. */
  public BeliefTracker(ChurnModel model) {
    this.model = model;
    this.belief = model.priorVector();
  }

  /** Back to the prior, for a new session. */
  public void reset() {
    for (int u = 0; u < belief.length; u++) {
      belief[u] = model.prior(u);
    }
  }

  /** Bayesian update after a like of {@code category}. */
  public void liked(int category) {
    double total = 0;
    for (int u = 0; u < belief.length; u++) {
      belief[u] *= model.like(u, category);
      total += belief[u];
    }
    for (int u = 0; u < belief.length; u++) {
      belief[u] /= total;
    }
  }

  /** The current belief; a live view, valid until the next update. */
  public double[] belief() {
    return belief;
  }
}
