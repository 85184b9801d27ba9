package org.recbench.lib.mnl;

/**
 * The round protocol of an explore-then-optimistic MNL bandit learner (UCB-MNL, Oh and Iyengar
 * 2021, Alg. 1; ELSA, paper 003, Alg. 2): a round is a choose followed by an update, and an
 * update finds the chosen item's position in the offered set. Errors name the learner: a choose
 * while a round is open, an update without one, a chosen item that was not offered.
 */
public final class MnlRounds {

  private final String learner;
  private int completed;
  private boolean open;

  /** The rounds of the learner called {@code learner} in messages ("ELSA", "UCB-MNL"). */
  public MnlRounds(String learner) {
    this.learner = learner;
  }

  /** Throws unless every chosen round was updated; call before reading a new observation. */
  public void requireClosed() {
    if (open) {
      throw new IllegalStateException(learner + ": choose called twice without update");
    }
  }

  /** Opens the next round and returns its index t = rounds completed + 1. */
  public int open() {
    requireClosed();
    open = true;
    return completed + 1;
  }

  /**
   * Closes the open round: returns the position of {@code chosenItem} in
   * {@code offered[0..size)}, or {@link MnlChoice#NO_PURCHASE} for no purchase, and counts the
   * round as completed.
   *
   * @throws IllegalStateException when no round is open
   * @throws IllegalArgumentException when {@code chosenItem} is an item that was not offered
   */
  public int close(int[] offered, int size, int chosenItem) {
    if (!open) {
      throw new IllegalStateException(learner + ": update called without a preceding choose");
    }
    int position = MnlChoice.NO_PURCHASE;
    for (int k = 0; k < size; k++) {
      if (offered[k] == chosenItem) {
        position = k;
      }
    }
    if (position == MnlChoice.NO_PURCHASE && chosenItem != MnlChoice.NO_PURCHASE) {
      throw new IllegalArgumentException(learner + ": chosen item " + chosenItem
          + " was not offered");
    }
    open = false;
    completed++;
    return position;
  }

  /** Whether a round was chosen and not yet updated. */
  public boolean isOpen() {
    return open;
  }

  /** Rounds completed (choose and update). */
  public int completed() {
    return completed;
  }
}
