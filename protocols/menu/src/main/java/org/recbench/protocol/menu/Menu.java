package org.recbench.protocol.menu;

import java.util.Arrays;

/**
 * Action of the {@link MenuProtocol}: the items shown this round, a reusable view of an int
 * array. A policy keeps one menu of size k and writes the item indices into {@link #items()}
 * each round, so acting allocates nothing; the menu stays valid until the policy's next
 * {@code act}. The environment checks that it holds exactly k distinct items in [0, n).
 */
public final class Menu {

  private final int[] items;

  /** A menu of {@code size} slots, all item 0 until written. */
  public Menu(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("menu size must be >= 0, got " + size);
    }
    this.items = new int[size];
  }

  /** A menu holding a copy of {@code items}. */
  public static Menu of(int... items) {
    Menu menu = new Menu(items.length);
    System.arraycopy(items, 0, menu.items, 0, items.length);
    return menu;
  }

  /** Number of slots. */
  public int size() {
    return items.length;
  }

  /** Item in slot {@code j}. */
  public int item(int j) {
    return items[j];
  }

  /** The live array of item indices: written by the policy that owns the menu, read by others. */
  public int[] items() {
    return items;
  }

  @Override
  public String toString() {
    return "Menu" + Arrays.toString(items);
  }
}
