package org.recbench.menus.agent;

import java.util.random.RandomGenerator;
import org.recbench.menus.memory.DiscountedMemory;
import org.recbench.menus.preference.Choice;
import org.recbench.protocol.menu.PreferenceModel;

/**
 * The simulated agent of Section 2.1: shown a menu, it scores the items at its current memory,
 * picks one by the choice rule of {@link Choice} and updates its memory by Definition 1. The
 * scores at the current memory are computed once per round and reused until the memory moves.
 * Allocation-free per round.
 */
public final class MenuAgent {

  private final PreferenceModel preferences;
  private final DiscountedMemory memory;
  private final int k;
  private final double[] scores;
  private boolean fresh;

  /**
   * @throws IllegalArgumentException if the model and the memory disagree on n or k ∉ [1, n]
   */
  public MenuAgent(PreferenceModel preferences, DiscountedMemory memory, int menuSize) {
    if (preferences.items() != memory.items()) {
      throw new IllegalArgumentException("preference model has " + preferences.items()
          + " items but memory has " + memory.items());
    }
    if (menuSize < 1 || menuSize > memory.items()) {
      throw new IllegalArgumentException(
          "menu size k must be in [1, " + memory.items() + "], got " + menuSize);
    }
    this.preferences = preferences;
    this.memory = memory;
    this.k = menuSize;
    this.scores = new double[memory.items()];
  }

  /**
   * Shows {@code menu}: validates it, draws the choice at the current scores, updates the memory
   * and returns the item.
   *
   * @throws IllegalArgumentException unless the menu holds k distinct items in [0, n)
   */
  public int choose(int[] menu, RandomGenerator random) {
    Menus.requireValid(menu, memory.items(), k);
    int item = Choice.sample(scores(), menu, random);
    memory.select(item);
    fresh = false;
    return item;
  }

  /** The scores f(v) at the current memory; a live view, valid until the memory moves. */
  public double[] scores() {
    if (!fresh) {
      preferences.scores(memory.vector(), scores);
      fresh = true;
    }
    return scores;
  }

  /** Back to the initial memory (a new game). */
  public void reset() {
    memory.reset();
    fresh = false;
  }

  /** The agent's memory. */
  public DiscountedMemory memory() {
    return memory;
  }

  /** The agent's preference model. */
  public PreferenceModel preferences() {
    return preferences;
  }

  /** Menu size k. */
  public int menuSize() {
    return k;
  }
}
