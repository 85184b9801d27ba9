package org.recbench.churn.dp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recbench.churn.model.ChurnInstance;
import org.recbench.churn.plan.Plan;
import org.recbench.churn.plan.PlannerResult;

/**
 * Exact dynamic programming over multisets of categories (paper 002, Prop. 3.2 and Alg. 2 in
 * App. C). The belief after a run of likes depends only on how often each category was shown
 * (Lemma C.1), so the search tree of sequences collapses into a lattice of multisets m, whose
 * weights are w_m(u) = q(u) Π_a (γP(u, a))^{m_a}. The Bellman recursion of Obs. 2.1, in weights,
 * is F(m) = max_a [Σ_u w_m(u) P(u, a) + F(m + a)] and V*(q) = F(∅).
 *
 * <p>Instead of a fixed horizon with a zero tail (Lemma 3.1), every leaf is closed with the
 * bounds of Lemma 5.1: the recursion is run twice at once, with F_lo(leaf) = LB(w) (best fixed
 * action, an attainable value) and F_hi(leaf) = UB(w) (full information). Then
 * F_lo(∅) ≤ V*(q) ≤ F_hi(∅), F_lo(∅) is the exact value of the plan that follows the maximising
 * categories down to a leaf and then plays that leaf's best fixed action, and
 * F_hi(∅) − F_lo(∅) ≤ the largest leaf gap UB(w) − LB(w). A multiset becomes a leaf when its gap
 * is at most the tolerance, at the horizon, or when the node budget is spent.
 *
 * <p>Multisets are keyed by their counts packed into a long (64/A bits per category), which
 * limits A to {@value #MAX_CATEGORIES} and the depth to 2^(64/A) − 1.
 */
public final class MultisetDynamicProgram {

  /** Largest number of categories the packed multiset keys support. */
  public static final int MAX_CATEGORIES = 8;

  /**
   * DP settings.
   *
   * @param horizon largest multiset size (depth)
   * @param tolerance a multiset whose gap UB(w) − LB(w) is at most this is a leaf
   * @param nodeBudget largest number of multisets generated
   */
  public record Settings(int horizon, double tolerance, long nodeBudget) {

    /** Validates the settings. */
    public Settings {
      if (horizon < 0 || !(tolerance >= 0) || nodeBudget < 1) {
        throw new IllegalArgumentException("invalid DP settings: horizon " + horizon
            + ", tolerance " + tolerance + ", node budget " + nodeBudget);
      }
    }
  }

  /**
   * The DP's answer.
   *
   * @param plan the maximising path to a leaf, then the leaf's best fixed action; its value is
   *     F_lo(∅) and its upper bound F_hi(∅)
   * @param multisets multisets generated (the DP's nodes)
   * @param depth size of the largest multiset generated
   * @param complete whether every leaf closed within the tolerance (the interval is then at most
   *     the tolerance wide)
   * @param planningMillis wall time of the DP in milliseconds
   */
  public record Result(Plan plan, long multisets, int depth, boolean complete,
      double planningMillis) implements PlannerResult {

    /** The multisets generated: the DP's nodes. */
    @Override
    public long nodesExpanded() {
      return multisets;
    }
  }

  /** One multiset: its weights, and after the backward pass its two values and best category. */
  private static final class Node {
    final double[] weights;
    boolean leaf;
    double low;
    double high;
    int action;

    Node(double[] weights) {
      this.weights = weights;
    }
  }

  private MultisetDynamicProgram() {}

  /** Largest depth the packed keys allow for {@code categories} categories. */
  public static int maxDepth(int categories) {
    int bits = 64 / categories;
    return bits >= 31 ? Integer.MAX_VALUE : (1 << bits) - 1;
  }

  /** Solves the instance from its prior. */
  public static Result solve(ChurnInstance instance, Settings settings) {
    long start = System.nanoTime();
    int categories = instance.categories();
    if (categories > MAX_CATEGORIES) {
      throw new IllegalArgumentException("the multiset DP supports at most " + MAX_CATEGORIES
          + " categories, the instance has " + categories);
    }
    int bits = 64 / categories;
    int horizon = Math.min(settings.horizon(), maxDepth(categories));
    long[] increment = new long[categories];
    for (int a = 0; a < categories; a++) {
      increment[a] = 1L << (a * bits);
    }
    List<Map<Long, Node>> layers = new ArrayList<>();
    layers.add(Map.of(0L, new Node(instance.priorWeights())));
    long generated = 1;
    boolean complete = true;
    for (int depth = 0; ; depth++) {
      Map<Long, Node> layer = layers.get(depth);
      Map<Long, Node> next = new HashMap<>();
      for (Map.Entry<Long, Node> entry : layer.entrySet()) {
        Node node = entry.getValue();
        double gap = instance.upperBound(node.weights) - instance.lowerBound(node.weights);
        boolean budgetLeft = generated + categories <= settings.nodeBudget();
        node.leaf = gap <= settings.tolerance() || depth == horizon || !budgetLeft;
        if (node.leaf) {
          complete &= gap <= settings.tolerance();
          continue;
        }
        for (int a = 0; a < categories; a++) {
          long key = entry.getKey() + increment[a];
          if (!next.containsKey(key)) {
            double[] w = new double[node.weights.length];
            instance.advance(node.weights, a, w);
            next.put(key, new Node(w));
            generated++;
          }
        }
      }
      if (next.isEmpty()) {
        break;
      }
      layers.add(next);
    }
    for (int depth = layers.size() - 1; depth >= 0; depth--) {
      Map<Long, Node> below = depth + 1 < layers.size() ? layers.get(depth + 1) : Map.of();
      for (Map.Entry<Long, Node> entry : layers.get(depth).entrySet()) {
        backUp(instance, entry.getKey(), entry.getValue(), below, increment);
      }
    }
    Plan plan = followMaximisers(layers, increment, settings.tolerance());
    return new Result(plan, generated, layers.size() - 1, complete,
        (System.nanoTime() - start) / 1e6);
  }

  private static void backUp(ChurnInstance instance, long key, Node node, Map<Long, Node> below,
      long[] increment) {
    if (node.leaf) {
      node.action = instance.bestFixedAction(node.weights);
      node.low = instance.fixedActionValue(node.weights, node.action);
      node.high = instance.upperBound(node.weights);
      return;
    }
    node.low = Double.NEGATIVE_INFINITY;
    node.high = Double.NEGATIVE_INFINITY;
    for (int a = 0; a < increment.length; a++) {
      Node child = below.get(key + increment[a]);
      double now = instance.likeMass(node.weights, a);
      if (now + child.low > node.low) {
        node.low = now + child.low;
        node.action = a;
      }
      node.high = Math.max(node.high, now + child.high);
    }
  }

  private static Plan followMaximisers(List<Map<Long, Node>> layers, long[] increment,
      double tolerance) {
    Node root = layers.get(0).get(0L);
    List<Integer> prefix = new ArrayList<>();
    long key = 0;
    Node node = root;
    while (!node.leaf) {
      prefix.add(node.action);
      key += increment[node.action];
      node = layers.get(prefix.size()).get(key);
    }
    int[] actions = prefix.stream().mapToInt(Integer::intValue).toArray();
    return new Plan(actions, node.action, root.low, root.high, tolerance);
  }
}
