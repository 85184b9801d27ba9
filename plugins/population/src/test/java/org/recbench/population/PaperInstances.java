package org.recbench.population;

import org.recbench.population.model.AttributeGenerators;
import org.recbench.protocol.population.AttributeTable;
import org.recbench.protocol.population.Population;

/**
 * The 3-user / 3-product instance of Sec. 5 of Lankireddy et al. 2024 ("Initial Simulation
 * Parameters").
 */
public final class PaperInstances {

  /** ζ of the experiments. */
  public static final double RIDGE = 0.001;

  private PaperInstances() {}

  /** v1 = [1,2,3], v2 = [2,3,1], v3 = [3,1,2]; w at 1°, 45°, 89°; y(0) = [2,0], [0,2], [2,2]. */
  public static Population initial() {
    return Population.uniformArrivals(
        AttributeTable.of("user attributes", new double[][] {{1, 2, 3}, {2, 3, 1}, {3, 1, 2}}),
        AttributeGenerators.unitVectorsAtDegrees("product attributes", 1, 45, 89),
        AttributeTable.of("initial states", new double[][] {{2, 0}, {0, 2}, {2, 2}}));
  }

  /** The initial instance with v3 = [2, 3, 1.1] (Fig. 3c). */
  public static Population nearbyUsers() {
    Population initial = initial();
    return initial.withUsers(initial.users().withRow(2, new double[] {2, 3, 1.1}));
  }
}
