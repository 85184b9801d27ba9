package org.recbench.assortment.expedia;

import java.nio.file.Path;
import java.util.List;
import java.util.random.RandomGenerator;
import org.recbench.assortment.elsa.BilinearChoiceLog;

/**
 * The preprocessed searches of one Expedia destination (paper 003, Sec. 5.2): normalised user
 * (search) features, normalised and truncated hotel features, and for every search the hotels
 * shown and the one chosen.
 *
 * @param source the file read
 * @param destination the srch_destination_id kept
 * @param userFeatures names of the d1 user features, in column order
 * @param hotelFeatures names of the d2 hotel features, in column order
 * @param users search s's features at entries s·d1 .. (row-major S × d1)
 * @param hotelIds the prop_id of hotel index h
 * @param hotels hotel h's features at entries h·d2 .. (row-major N × d2)
 * @param offerStart search s showed {@code offered[offerStart[s] .. offerStart[s + 1])}
 * @param offered hotel indices
 * @param chosen per search, the chosen hotel index or −1 for none
 */
public record ExpediaData(Path source, long destination, List<String> userFeatures,
    List<String> hotelFeatures, double[] users, long[] hotelIds, double[] hotels,
    int[] offerStart, int[] offered, int[] chosen) {

  /** Number of searches S. */
  public int searches() {
    return chosen.length;
  }

  /** Number of hotels N. */
  public int hotelCount() {
    return hotelIds.length;
  }

  /** d1. */
  public int userDimension() {
    return userFeatures.size();
  }

  /** d2. */
  public int hotelDimension() {
    return hotelFeatures.size();
  }

  /**
   * Resamples a user: the features of a uniformly drawn search into {@code out} (d1 entries),
   * how the paper extends the horizon beyond the observed searches (Sec. 5.2.2).
   */
  public void drawUser(RandomGenerator rng, double[] out) {
    int d1 = userDimension();
    System.arraycopy(users, rng.nextInt(searches()) * d1, out, 0, d1);
  }

  /**
   * The observed searches as choice data with intercepts (x̃ = [1; x], ỹ = [1; y]): the
   * input of the ground-truth fit.
   */
  public BilinearChoiceLog choiceLog() {
    int d1 = userDimension();
    int d2 = hotelDimension();
    BilinearChoiceLog log = new BilinearChoiceLog(d1 + 1, d2 + 1, searches());
    double[] items = new double[hotelCount() * (d2 + 1)];
    for (int h = 0; h < hotelCount(); h++) {
      items[h * (d2 + 1)] = 1.0;
      System.arraycopy(hotels, h * d2, items, h * (d2 + 1) + 1, d2);
    }
    double[] user = new double[d1 + 1];
    user[0] = 1.0;
    int[] set = new int[offered.length];
    for (int s = 0; s < searches(); s++) {
      System.arraycopy(users, s * d1, user, 1, d1);
      int size = offerStart[s + 1] - offerStart[s];
      int position = -1;
      for (int k = 0; k < size; k++) {
        set[k] = offered[offerStart[s] + k];
        if (set[k] == chosen[s]) {
          position = k;
        }
      }
      log.add(user, items, set, size, position);
    }
    return log;
  }
}
