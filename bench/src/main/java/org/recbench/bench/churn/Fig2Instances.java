package org.recbench.bench.churn;

import java.util.ArrayList;
import java.util.List;
import org.recbench.churn.model.ChurnInstance;
import org.recbench.churn.model.SyntheticInstances;

/**
 * The instances of the B&amp;B-versus-SARSOP measurement, all from the paper's generator
 * (App. F.1, numpy seeds 0–9): Fig. 2's three panels as the issue fixes them, rectangular
 * (U ∈ {512, 1024, 2048}, A = 3), square (U = A ∈ {4, …, 12}) and wide (A ∈ {16, 64},
 * U ∈ {2, 3}).
 */
final class Fig2Instances {

  /** Seeds per grid cell. */
  static final int SEEDS = 10;

  /**
   * One instance of the grid.
   *
   * @param panel "rectangular", "square" or "wide"
   * @param types U
   * @param categories A
   * @param seed numpy seed
   */
  record Cell(String panel, int types, int categories, long seed) {

    /** The instance. */
    ChurnInstance instance() {
      return ChurnInstance.of(SyntheticInstances.paper(types, categories, seed));
    }

    /** A file-name-safe label, e.g. {@code paper-512x3-s5}. */
    String label() {
      return "paper-" + types + "x" + categories + "-s" + seed;
    }

    /** Whether this is one of the large (rectangular) instances of the 1/10 target. */
    boolean large() {
      return panel.equals("rectangular");
    }
  }

  private Fig2Instances() {}

  /** Every cell, panel by panel, seeds innermost. */
  static List<Cell> all() {
    List<Cell> cells = new ArrayList<>();
    for (int types : new int[] {512, 1024, 2048}) {
      addSeeds(cells, "rectangular", types, 3);
    }
    for (int n = 4; n <= 12; n++) {
      addSeeds(cells, "square", n, n);
    }
    for (int categories : new int[] {16, 64}) {
      for (int types : new int[] {2, 3}) {
        addSeeds(cells, "wide", types, categories);
      }
    }
    return cells;
  }

  private static void addSeeds(List<Cell> cells, String panel, int types, int categories) {
    for (long seed = 0; seed < SEEDS; seed++) {
      cells.add(new Cell(panel, types, categories, seed));
    }
  }
}
