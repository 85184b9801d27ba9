package org.recbench.churn.value;

/**
 * The exact value of a session policy at the prior, V(π) = Σ_u q(u) Σ_t Π_{i≤t} P(u, a_i)
 * (Lemma 2.3), as a certified interval: V(π) ∈ [{@link #value()}, {@link #upperBound()}]. For
 * an eventually periodic sequence the interval is a point (closed form); for a sequence known
 * step by step it is the sum of the evaluated steps plus a proven bound on the rest.
 *
 * @param value the evaluated likes (a lower bound on V(π), equal to it for closed forms)
 * @param upperBound proven upper bound on V(π)
 * @param steps recommendations evaluated one by one (the prefix for closed forms)
 */
public record PolicyValue(double value, double upperBound, long steps) {

  /** Width of the interval: V(π) − value ≤ gap. */
  public double gap() {
    return upperBound - value;
  }
}
