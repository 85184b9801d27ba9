package org.recbench.churn.bnb;

import java.util.ArrayDeque;
import java.util.Objects;
import org.recbench.churn.model.ChurnInstance;
import org.recbench.churn.plan.Plan;

/**
 * Algorithm 1 of paper 002: branch and bound over prefixes σ of the recommendation sequence.
 *
 * <p>A prefix's value is bracketed with Eq. 3 and the bounds of Lemma 5.1: with R(σ) the expected
 * likes during σ and w_σ its weights (see {@link ChurnInstance}),
 * LB(σ) = R(σ) + max_a Σ_u w_σ(u) P/(1−P) is the value of σ followed by the best fixed action,
 * and UB(σ) = R(σ) + Σ_u w_σ(u) p*_u/(1−p*_u) bounds every policy that starts with σ. Prefixes are
 * taken from a FIFO queue; the incumbent v is raised to LB(σ) when σ is taken (line 7) and each
 * extension σ·a is queued only when UB(σ·a) &gt; v + ε (line 9), else pruned. Besides the paper's
 * FIFO queue, prefixes can be taken depth-first ({@link Order}), which needs far less memory.
 *
 * <p>The search ends because UB(σ) − LB(σ) ≤ (γp_max)^|σ| max_u p*_u/(1−p*_u), so past some depth
 * no extension can beat the incumbent by ε (Thm. 5.2). When it ends, the returned plan is
 * ε-optimal. With a node or time budget the search may stop early: the plan is then the best
 * prefix found so far (followed by its best fixed action), and its certified upper bound is the
 * largest UB among the queued and pruned prefixes, which every policy's value is below.
 */
public final class BranchAndBound {

  private static final int CLOCK_CHECK_INTERVAL = 256;

  /**
   * Search settings.
   *
   * @param epsilon ε &gt; 0: extensions that cannot beat the incumbent by more are pruned
   * @param nodeBudget maximum number of prefixes expanded
   * @param timeBudgetNanos maximum wall time, or 0 for none (a time budget makes the result depend
   *     on the machine; the node budget does not)
   * @param order which queued prefix is taken next
   */
  public record Settings(double epsilon, long nodeBudget, long timeBudgetNanos, Order order) {

    /** Validates the settings. */
    public Settings {
      if (!(epsilon > 0)) {
        throw new IllegalArgumentException("epsilon must be > 0 for the search to end, was " + epsilon);
      }
      Objects.requireNonNull(order, "order");
      if (nodeBudget < 1 || timeBudgetNanos < 0) {
        throw new IllegalArgumentException("budgets must be positive: nodes " + nodeBudget
            + ", time " + timeBudgetNanos);
      }
    }

    /** ε-optimal depth-first search with no practical budget. */
    public static Settings exact(double epsilon) {
      return new Settings(epsilon, Long.MAX_VALUE, 0, Order.DEPTH_FIRST);
    }
  }

  /**
   * Which queued prefix Algorithm 1 takes next. The order changes how many prefixes are expanded
   * and how much memory they take, not the guarantee: Thm. 5.2's proof uses only the pruning rule.
   */
  public enum Order {
    /** The paper's FIFO queue: all prefixes of one length before the next; the queue may hold
     * millions of prefixes. */
    BREADTH_FIRST,
    /** A LIFO stack: at most (A − 1) × depth + 1 prefixes are held at once. */
    DEPTH_FIRST
  }

  /**
   * The search's answer.
   *
   * @param plan the best prefix found, then its best fixed action
   * @param nodesExpanded prefixes taken from the queue
   * @param complete whether the queue emptied (the plan is then ε-optimal)
   */
  public record Result(Plan plan, long nodesExpanded, boolean complete) {}

  /** A queued prefix: its last category, parent, expected likes so far, weights and bound. */
  private record Prefix(Prefix parent, int action, int length, double reward, double[] weights,
      double upperBound) {}

  private BranchAndBound() {}

  /** Runs Algorithm 1 from the instance's prior. */
  public static Result solve(ChurnInstance instance, Settings settings) {
    int categories = instance.categories();
    double[] prior = instance.priorWeights();
    Prefix root = new Prefix(null, -1, 0, 0, prior, instance.upperBound(prior));
    ArrayDeque<Prefix> queue = new ArrayDeque<>();
    queue.add(root);
    Prefix best = root;
    double bestValue = Double.NEGATIVE_INFINITY;
    double prunedBound = Double.NEGATIVE_INFINITY;
    long nodes = 0;
    long deadline = settings.timeBudgetNanos() == 0 ? 0
        : System.nanoTime() + settings.timeBudgetNanos();
    while (!queue.isEmpty() && nodes < settings.nodeBudget()
        && !(deadline != 0 && nodes % CLOCK_CHECK_INTERVAL == 0 && System.nanoTime() > deadline)) {
      Prefix prefix = settings.order() == Order.DEPTH_FIRST ? queue.pollLast() : queue.poll();
      nodes++;
      double[] w = prefix.weights();
      double lowerBound = prefix.reward() + instance.lowerBound(w);
      if (lowerBound > bestValue) {
        bestValue = lowerBound;
        best = prefix;
      }
      for (int a = 0; a < categories; a++) {
        double upperBound = prefix.reward() + instance.extensionUpperBound(w, a);
        if (upperBound > bestValue + settings.epsilon()) {
          double[] next = new double[w.length];
          instance.advance(w, a, next);
          queue.add(new Prefix(prefix, a, prefix.length() + 1,
              prefix.reward() + instance.likeMass(w, a), next, upperBound));
        } else {
          prunedBound = Math.max(prunedBound, upperBound);
        }
      }
    }
    double certified = Math.max(bestValue, prunedBound);
    for (Prefix open : queue) {
      certified = Math.max(certified, open.upperBound());
    }
    Plan plan = new Plan(prefixOf(best), instance.bestFixedAction(best.weights()), bestValue,
        certified);
    return new Result(plan, nodes, queue.isEmpty());
  }

  private static int[] prefixOf(Prefix last) {
    int[] actions = new int[last.length()];
    for (Prefix p = last; p.parent() != null; p = p.parent()) {
      actions[p.length() - 1] = p.action();
    }
    return actions;
  }
}
