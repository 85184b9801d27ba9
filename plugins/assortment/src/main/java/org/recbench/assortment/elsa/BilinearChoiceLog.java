package org.recbench.assortment.elsa;

import java.util.Arrays;
import org.recbench.lib.mnl.ChoiceLog;
import org.recbench.lib.mnl.MnlChoice;

/**
 * Choice observations of the bilinear model u = xᵀΘy kept in their two factors: per round the
 * user vector x_t (d1), the offered items' vectors y_ti (d2) and the position of the chosen
 * item (or {@link MnlChoice#NO_PURCHASE}). This is the data of the exploration phase of ELSA
 * (paper 003, Sec. 3.1), from which the likelihood of any Θ, of a factorisation U Vᵀ, or of the
 * reduced parameter can be evaluated. Arrays grow by doubling.
 */
public final class BilinearChoiceLog {

  private final int userDimension;
  private final int itemDimension;
  private double[] users;
  private double[] items;
  private int[] start;
  private int[] size;
  private int[] chosen;
  private int rounds;
  private int rows;

  /** An empty log for vectors of dimension d1 and d2. */
  public BilinearChoiceLog(int userDimension, int itemDimension, int roundsHint) {
    if (userDimension < 1 || itemDimension < 1) {
      throw new IllegalArgumentException("dimensions must be ≥ 1, got " + userDimension
          + " and " + itemDimension);
    }
    int hint = Math.max(16, roundsHint);
    this.userDimension = userDimension;
    this.itemDimension = itemDimension;
    this.users = new double[hint * userDimension];
    this.items = new double[4 * hint * itemDimension];
    this.start = new int[hint];
    this.size = new int[hint];
    this.chosen = new int[hint];
  }

  /**
   * Appends a round: user vector {@code x}, the offered rows {@code offered[0..count)} of the
   * row-major item matrix {@code itemVectors} and the position of the chosen item in
   * {@code offered} (or {@link MnlChoice#NO_PURCHASE}).
   */
  public void add(double[] x, double[] itemVectors, int[] offered, int count,
      int chosenPosition) {
    if (count < 1 || chosenPosition < MnlChoice.NO_PURCHASE || chosenPosition >= count) {
      throw new IllegalArgumentException("a round needs ≥ 1 offered item and a chosen position"
          + " in -1.." + (count - 1) + ", got " + count + " items and position "
          + chosenPosition);
    }
    if (rounds == start.length) {
      int grown = 2 * rounds;
      start = Arrays.copyOf(start, grown);
      size = Arrays.copyOf(size, grown);
      chosen = Arrays.copyOf(chosen, grown);
      users = Arrays.copyOf(users, grown * userDimension);
    }
    if ((rows + count) * itemDimension > items.length) {
      items = Arrays.copyOf(items, Math.max(2 * items.length, (rows + count) * itemDimension));
    }
    System.arraycopy(x, 0, users, rounds * userDimension, userDimension);
    for (int k = 0; k < count; k++) {
      System.arraycopy(itemVectors, offered[k] * itemDimension, items,
          (rows + k) * itemDimension, itemDimension);
    }
    start[rounds] = rows;
    size[rounds] = count;
    chosen[rounds] = chosenPosition;
    rows += count;
    rounds++;
  }

  /**
   * The same observations as a linear-utility log with features vec(x yᵀ) of dimension d1·d2
   * (entry a·d2 + b is x_a·y_b, so zᵀθ = xᵀΘy for θ = Θ row by row): the data of the
   * unconstrained MLE that initialises Alg. 1.
   */
  public ChoiceLog vectorized() {
    int p = userDimension * itemDimension;
    ChoiceLog log = new ChoiceLog(p, rounds);
    int maxSize = 0;
    for (int t = 0; t < rounds; t++) {
      maxSize = Math.max(maxSize, size[t]);
    }
    double[] block = new double[maxSize * p];
    int[] identity = new int[maxSize];
    for (int k = 0; k < maxSize; k++) {
      identity[k] = k;
    }
    for (int t = 0; t < rounds; t++) {
      for (int k = 0; k < size[t]; k++) {
        int y = (start[t] + k) * itemDimension;
        for (int a = 0; a < userDimension; a++) {
          double xa = users[t * userDimension + a];
          for (int b = 0; b < itemDimension; b++) {
            block[k * p + a * itemDimension + b] = xa * items[y + b];
          }
        }
      }
      log.add(block, identity, size[t], chosen[t]);
    }
    return log;
  }

  /** d1. */
  public int userDimension() {
    return userDimension;
  }

  /** d2. */
  public int itemDimension() {
    return itemDimension;
  }

  /** Number of rounds n. */
  public int rounds() {
    return rounds;
  }

  /** Total number of offered items over all rounds. */
  public int rows() {
    return rows;
  }

  /** User vectors, round t at entries t·d1 .. (read-only view). */
  public double[] users() {
    return users;
  }

  /** Offered item vectors, row r at entries r·d2 .. (read-only view). */
  public double[] items() {
    return items;
  }

  /** First item row of round t. */
  public int start(int round) {
    return start[round];
  }

  /** Number of items offered in round t. */
  public int size(int round) {
    return size[round];
  }

  /** Position of the chosen item in round t, or {@link MnlChoice#NO_PURCHASE}. */
  public int chosen(int round) {
    return chosen[round];
  }
}
