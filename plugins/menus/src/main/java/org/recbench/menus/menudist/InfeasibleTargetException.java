package org.recbench.menus.menudist;

/**
 * The target choice distribution is not instantaneously realizable at the given scores: some
 * menu time exceeds 1 (Lemma 1), so no menu distribution induces it.
 */
public final class InfeasibleTargetException extends IllegalArgumentException {

  private final int item;
  private final double menuTime;

  InfeasibleTargetException(int item, double menuTime) {
    super("target choice distribution is not realizable: menu time of item " + item + " is "
        + menuTime + " > 1 (Lemma 1 requires max_i tau_i <= 1)");
    this.item = item;
    this.menuTime = menuTime;
  }

  /** The item with the largest menu time. */
  public int item() {
    return item;
  }

  /** Its menu time τ_i > 1. */
  public double menuTime() {
    return menuTime;
  }
}
