package org.recbench.protocol.assortment;

/**
 * Feedback of the {@link AssortmentProtocol}: the item the user bought from the offered set, or
 * {@link #NO_PURCHASE}, and the revenue earned (r_i, or 0). A mutable holder the environment
 * creates once and overwrites every step (no allocation), valid until its next step.
 */
public final class Choice {

  /** {@link #item()} when the user bought nothing. */
  public static final int NO_PURCHASE = -1;

  private int item = NO_PURCHASE;
  private double revenue;

  /** No purchase yet, to be set by the environment. */
  public Choice() {}

  /** Overwrites the choice with {@code chosen} (or {@link #NO_PURCHASE}); returns this holder. */
  public Choice set(int chosen, double earned) {
    this.item = chosen;
    this.revenue = earned;
    return this;
  }

  /** The item index bought, or {@link #NO_PURCHASE}. */
  public int item() {
    return item;
  }

  /** Whether the user bought an item. */
  public boolean purchased() {
    return item != NO_PURCHASE;
  }

  /** The revenue earned this round. */
  public double revenue() {
    return revenue;
  }

  @Override
  public String toString() {
    return purchased() ? "bought " + item + " (" + revenue + ")" : "no purchase";
  }
}
