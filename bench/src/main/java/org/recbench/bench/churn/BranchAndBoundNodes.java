package org.recbench.bench.churn;

import org.recbench.churn.bnb.BranchAndBound;
import org.recbench.churn.model.ChurnInstance;

/**
 * Prints, for the instances of {@link BranchAndBoundBenchmark}, the prefixes Algorithm 1 expands,
 * whether it finished within its budget, the plan's value and prefix length (deterministic, so
 * not a JMH measurement). Run with
 * {@code java -cp bench/target/benchmarks.jar org.recbench.bench.churn.BranchAndBoundNodes}.
 */
public final class BranchAndBoundNodes {

  private BranchAndBoundNodes() {}

  /** Prints one Markdown table row per instance and search order. */
  public static void main(String[] args) {
    System.out.println("| types | categories | seed | order | nodes | complete | value | prefix |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    int[][] instances = {{2, 2, 0}, {2, 2, 1}, {2, 4, 0}, {2, 4, 1}, {2, 8, 0}, {2, 8, 1},
        {4, 2, 0}, {4, 2, 1}, {4, 4, 0}, {4, 4, 1}, {4, 8, 0}, {4, 8, 1}, {8, 2, 0}, {8, 2, 1},
        {8, 4, 0}, {8, 4, 1}, {8, 8, 0}, {8, 8, 1}, {512, 3, 0}, {512, 3, 1}, {1024, 3, 0},
        {1024, 3, 1}, {2048, 3, 0}, {2048, 3, 1}, {6, 2, 13}};
    for (int[] size : instances) {
      ChurnInstance instance = BranchAndBoundBenchmark.instance(size[0], size[1], size[2]);
      for (BranchAndBound.Order order : BranchAndBound.Order.values()) {
        BranchAndBound.Result result =
            BranchAndBound.solve(instance, BranchAndBoundBenchmark.settings(order));
        System.out.printf("| %d | %d | %d | %s | %d | %s | %.6f | %d |%n", size[0], size[1],
            size[2], order, result.nodesExpanded(), result.complete(), result.plan().value(),
            result.plan().prefixLength());
      }
    }
  }
}
