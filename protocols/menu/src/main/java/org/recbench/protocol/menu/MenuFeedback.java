package org.recbench.protocol.menu;

/**
 * Feedback of the {@link MenuProtocol}: the item the agent chose from the menu and its reward
 * r_t(i_t) ∈ [0, 1] (bandit feedback: the other items' rewards stay hidden). A mutable holder an
 * environment creates once and overwrites every step, valid until its next step.
 */
public final class MenuFeedback {

  private int item;
  private double reward;

  /** Empty feedback, to be set by the environment. */
  public MenuFeedback() {}

  /** Feedback with the given values. */
  public MenuFeedback(int item, double reward) {
    set(item, reward);
  }

  /** The chosen item. */
  public int item() {
    return item;
  }

  /** Its reward. */
  public double reward() {
    return reward;
  }

  /** Overwrites the feedback; returns this holder. */
  public MenuFeedback set(int chosen, double value) {
    this.item = chosen;
    this.reward = value;
    return this;
  }

  @Override
  public String toString() {
    return "MenuFeedback[item=" + item + ", reward=" + reward + "]";
  }
}
