package org.recbench.assortment.model;

/**
 * How the synthetic parameter matrix departs from an exact rank-r matrix (paper 003, Sec. 5.1,
 * Fig. 9). All singular values that are not "tail" equal the scale σ (10 in the paper).
 */
public enum Misspecification {

  /** Θ = U diag(σ, …, σ) Vᵀ of rank r: the model ELSA assumes. */
  EXACT("exact"),
  /** r singular values σ, the remaining min(d1, d2) − r equal to a tail fraction (1%) of σ. */
  APPROX_LOW_RANK("approx-low-rank"),
  /** All min(d1, d2) singular values σ: no dominant directions. */
  FULL_RANK("full-rank"),
  /**
   * No interactions: u = αᵀx + βᵀy with ‖α‖ = ‖β‖ = σ in random directions, i.e. Θ̃ with only
   * the first row and column non-zero, of rank 2.
   */
  MAIN_EFFECTS("main-effects");

  private final String id;

  Misspecification(String id) {
    this.id = id;
  }

  /** The identifier used in scenarios. */
  public String id() {
    return id;
  }

  /** The mode with identifier {@code id}. */
  public static Misspecification fromId(String id) {
    for (Misspecification m : values()) {
      if (m.id.equals(id)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown misspecification '" + id
        + "', expected one of exact, approx-low-rank, full-rank, main-effects");
  }
}
