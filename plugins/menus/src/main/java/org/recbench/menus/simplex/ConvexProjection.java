package org.recbench.menus.simplex;

/** Euclidean projection onto a closed convex subset of the simplex. */
public interface ConvexProjection {

  /**
   * Writes argmin_{x ∈ X} ‖x − y‖_2 into {@code out} ({@code out} may be {@code y}); must not
   * allocate.
   */
  void project(double[] y, double[] out);
}
