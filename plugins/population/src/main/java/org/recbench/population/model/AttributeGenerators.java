package org.recbench.population.model;

import java.util.random.RandomGenerator;
import org.recbench.protocol.population.AttributeTable;

/**
 * The attribute tables of the experiments of Lankireddy et al. 2024 (Sec. 5): uniform user
 * attributes, normalised uniform product attributes, user attributes on the hyperplane "last
 * coordinate = 1" (Theorem 5), and unit product vectors at given angles (the 3-product instance).
 * Explicit tables come from {@link AttributeTable#of}.
 */
public final class AttributeGenerators {

  private AttributeGenerators() {}

  /** {@code count} vectors with i.i.d. U[0, 1) entries ("sampled uniformly from [0, 1]^p"). */
  public static AttributeTable uniform(String name, int count, int dimension,
      RandomGenerator rng) {
    checkShape(name, count, dimension);
    double[][] rows = new double[count][dimension];
    for (double[] row : rows) {
      for (int c = 0; c < dimension; c++) {
        row[c] = rng.nextDouble();
      }
    }
    return AttributeTable.of(name, rows);
  }

  /**
   * {@code count} vectors drawn uniformly from [0, 1)^dimension, then scaled to unit L2 norm (the
   * product attributes of the large experiment). An all-zero draw, which has probability zero up
   * to rounding, is drawn again.
   */
  public static AttributeTable normalisedUniform(String name, int count, int dimension,
      RandomGenerator rng) {
    checkShape(name, count, dimension);
    double[][] rows = new double[count][dimension];
    for (double[] row : rows) {
      double norm = 0;
      while (norm == 0) {
        double squares = 0;
        for (int c = 0; c < dimension; c++) {
          row[c] = rng.nextDouble();
          squares += row[c] * row[c];
        }
        norm = Math.sqrt(squares);
      }
      for (int c = 0; c < dimension; c++) {
        row[c] /= norm;
      }
    }
    return AttributeTable.of(name, rows);
  }

  /**
   * {@code count} vectors drawn as in {@link #uniform} whose last entry is then set to 1: points
   * on a (p − 1)-dimensional hyperplane not through the origin (Sec. 5, "Large N and K", the
   * setting of Theorem 5).
   */
  public static AttributeTable hyperplane(String name, int count, int dimension,
      RandomGenerator rng) {
    checkShape(name, count, dimension);
    double[][] rows = uniform(name, count, dimension, rng).toArray();
    for (double[] row : rows) {
      row[dimension - 1] = 1;
    }
    return AttributeTable.of(name, rows);
  }

  /** Unit vectors [cos δ, sin δ] for the given angles δ in degrees (Sec. 5: 1°, 45°, 89°). */
  public static AttributeTable unitVectorsAtDegrees(String name, double... degrees) {
    if (degrees.length == 0) {
      throw new IllegalArgumentException(name + ": expected at least one angle");
    }
    double[][] rows = new double[degrees.length][];
    for (int k = 0; k < degrees.length; k++) {
      double radians = Math.toRadians(degrees[k]);
      rows[k] = new double[] {Math.cos(radians), Math.sin(radians)};
    }
    return AttributeTable.of(name, rows);
  }

  private static void checkShape(String name, int count, int dimension) {
    if (count < 1) {
      throw new IllegalArgumentException(name + ": count " + count + "; expected ≥ 1");
    }
    if (dimension < 1) {
      throw new IllegalArgumentException(name + ": dimension " + dimension + "; expected ≥ 1");
    }
  }
}
