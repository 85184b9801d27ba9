package org.recbench.churn.bnb;

import java.util.ArrayDeque;
import java.util.Objects;
import org.recbench.churn.model.ChurnInstance;
import org.recbench.churn.plan.Plan;
import org.recbench.churn.plan.PlannerResult;

/**
 * Algorithm 1 of paper 002: branch and bound over prefixes σ of the recommendation sequence.
 *
 * <p>A prefix's value is bracketed with Eq. 3 and the bounds of Lemma 5.1: with R(σ) the expected
 * likes during σ and w_σ its weights (see {@link ChurnInstance}),
 * LB(σ) = R(σ) + max_a Σ_u w_σ(u) P/(1−P) is the value of σ followed by the best fixed action,
 * and UB(σ) = R(σ) + Σ_u w_σ(u) p*_u/(1−p*_u) bounds every policy that starts with σ. Prefixes are
 * taken from a FIFO queue; the incumbent v is raised to LB(σ) when σ is taken (line 7) and each
 * extension σ·a is queued only when UB(σ·a) − v &gt; ε (line 9, written as a difference so that a
 * finished search's certified gap is ≤ ε in floating point too), else pruned. Besides the paper's
 * FIFO queue, prefixes can be taken depth-first ({@link Order}), which needs far less memory.
 *
 * <p><b>Dominance (Lemma C.1)</b>, on unless {@link Settings#transpositions()} is false. The
 * weights after σ depend only on the multiset of σ's categories, so every continuation of σ is
 * worth R(σ) plus the same amount as after any other ordering σ' of that multiset: if
 * R(σ') ≥ R(σ), σ is dominated and dropped. Two cheap consequences are used:
 * <ul>
 *   <li><em>Adjacent swaps.</em> Swapping the last two categories b, a of σ (reached from weights
 *       w before b) changes R by Σ_u w(u)P(u,a) − Σ_u w(u)P(u,b) and nothing else. So σ·a after
 *       b is dropped when a's like mass at w is larger than b's, or equal with a &lt; b (ties go
 *       to the lexicographically smaller order, so exactly one of two equal orders survives).
 *       This costs no memory.</li>
 *   <li><em>Transposition table</em> ({@link MultisetTable}): the largest R queued per multiset;
 *       a new prefix with R not above it is dropped, and a queued prefix whose multiset has since
 *       been reached with a larger R is skipped when taken. Ties keep the prefix queued first.</li>
 * </ul>
 * Neither can lose the optimum: among the orderings of the multiset of an optimal prefix, the
 * one with the largest R (then lexicographically smallest) is optimal too, has no improving
 * adjacent swap, and is never dominated. With dominance on, a prefix is also checked against the
 * incumbent again when taken (v may have risen since it was queued), and depth-first search takes
 * the child with the largest like mass first.
 *
 * <p>The search ends because UB(σ) − LB(σ) ≤ (γp_max)^|σ| max_u p*_u/(1−p*_u), so past some depth
 * no extension can beat the incumbent by ε (Thm. 5.2). When it ends, the returned plan is
 * ε-optimal. With a node or time budget the search may stop early: the plan is then the best
 * prefix found so far (followed by its best fixed action), and its certified upper bound is the
 * largest UB among the queued and pruned prefixes, which every policy's value is below; the plan
 * says whether that bound is within ε ({@link Plan#certified()}).
 */
public final class BranchAndBound {

  private static final int CLOCK_CHECK_INTERVAL = 256;
  /** Memory the transposition table may take, in bytes (estimated per stored multiset). */
  private static final long TABLE_BYTES = 1L << 28;

  /**
   * Search settings.
   *
   * @param epsilon ε &gt; 0: extensions that cannot beat the incumbent by more are pruned
   * @param nodeBudget maximum number of prefixes expanded
   * @param timeBudgetNanos maximum wall time, or 0 for none (a time budget makes the result depend
   *     on the machine; the node budget does not)
   * @param order which queued prefix is taken next
   * @param transpositions whether dominated prefixes are dropped (Lemma C.1, see the class
   *     comment); false runs Algorithm 1 exactly as printed
   */
  public record Settings(double epsilon, long nodeBudget, long timeBudgetNanos, Order order,
      boolean transpositions) {

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

    /** Settings with dominance pruning on. */
    public Settings(double epsilon, long nodeBudget, long timeBudgetNanos, Order order) {
      this(epsilon, nodeBudget, timeBudgetNanos, order, true);
    }

    /** ε-optimal depth-first search with dominance pruning and no practical budget. */
    public static Settings exact(double epsilon) {
      return new Settings(epsilon, Long.MAX_VALUE, 0, Order.DEPTH_FIRST, true);
    }

    /** These settings with dominance pruning switched on or off. */
    public Settings withTranspositions(boolean on) {
      return new Settings(epsilon, nodeBudget, timeBudgetNanos, order, on);
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
   * @param plan the best prefix found, then its best fixed action, with the certified bound
   * @param nodesExpanded prefixes taken from the queue and expanded
   * @param prefixesDominated prefixes dropped as dominated (adjacent swap, table, or superseded
   *     when taken); 0 without dominance pruning
   * @param multisets multisets stored in the transposition table
   * @param depth length of the longest prefix expanded
   * @param complete whether the queue emptied (the plan is then ε-optimal)
   * @param planningMillis wall time of the search in milliseconds
   */
  public record Result(Plan plan, long nodesExpanded, long prefixesDominated, long multisets,
      int depth, boolean complete, double planningMillis) implements PlannerResult {}

  /**
   * A queued prefix: its last category, parent, expected likes so far, bound, and for dominance
   * its multiset (counts and hash) and the parent's like masses. The weights are released to a
   * pool once the prefix is expanded.
   */
  private static final class Prefix {
    final Prefix parent;
    final int action;
    final int length;
    final double reward;
    final double upperBound;
    final int[] counts;
    final long hash;
    final double[] parentLikes;
    double[] weights;

    Prefix(Prefix parent, int action, int length, double reward, double upperBound,
        int[] counts, long hash, double[] parentLikes, double[] weights) {
      this.parent = parent;
      this.action = action;
      this.length = length;
      this.reward = reward;
      this.upperBound = upperBound;
      this.counts = counts;
      this.hash = hash;
      this.parentLikes = parentLikes;
      this.weights = weights;
    }
  }

  private BranchAndBound() {}

  /** Runs Algorithm 1 from the instance's prior. */
  public static Result solve(ChurnInstance instance, Settings settings) {
    long start = System.nanoTime();
    Search search = new Search(instance, settings);
    search.run(start);
    return search.result((System.nanoTime() - start) / 1e6);
  }

  /** The state of one run. */
  private static final class Search {
    private final ChurnInstance instance;
    private final Settings settings;
    private final int categories;
    private final boolean dominance;
    private final MultisetTable table;
    private final ArrayDeque<Prefix> queue = new ArrayDeque<>();
    private final ArrayDeque<double[]> pool = new ArrayDeque<>();
    private final double[] fixed;
    private final double[] extension;
    private final int[] pushOrder;
    private final int[][] childCounts = new int[1][];
    private Prefix best;
    private int bestTail;
    private double bestValue = Double.NEGATIVE_INFINITY;
    private double prunedBound = Double.NEGATIVE_INFINITY;
    private long nodes;
    private long dominated;
    private int depth;

    Search(ChurnInstance instance, Settings settings) {
      this.instance = instance;
      this.settings = settings;
      this.categories = instance.categories();
      this.dominance = settings.transpositions();
      long entryBytes = 4L * categories + 64;
      this.table = dominance
          ? new MultisetTable(categories, (int) Math.min(Integer.MAX_VALUE / 4,
              TABLE_BYTES / entryBytes))
          : null;
      this.fixed = new double[categories];
      this.extension = new double[categories];
      this.pushOrder = new int[categories];
    }

    void run(long start) {
      double[] prior = instance.priorWeights();
      Prefix root = new Prefix(null, -1, 0, 0, instance.upperBound(prior),
          dominance ? new int[categories] : null, 0, null, prior);
      queue.add(root);
      best = root;
      long deadline = settings.timeBudgetNanos() == 0 ? 0 : start + settings.timeBudgetNanos();
      while (!queue.isEmpty() && nodes < settings.nodeBudget()
          && !(deadline != 0 && nodes % CLOCK_CHECK_INTERVAL == 0 && System.nanoTime() > deadline)) {
        Prefix prefix = settings.order() == Order.DEPTH_FIRST ? queue.pollLast() : queue.poll();
        if (dominance && skip(prefix)) {
          release(prefix);
          continue;
        }
        expand(prefix);
        release(prefix);
      }
    }

    /** Dominance mode: drop a prefix superseded in the table or no longer above v + ε. */
    private boolean skip(Prefix prefix) {
      if (prefix.parent != null && table.superseded(prefix.counts, prefix.hash, prefix.reward)) {
        dominated++;
        return true;
      }
      if (prefix.upperBound - bestValue <= settings.epsilon()) {
        prunedBound = Math.max(prunedBound, prefix.upperBound);
        return true;
      }
      return false;
    }

    private void expand(Prefix prefix) {
      nodes++;
      depth = Math.max(depth, prefix.length);
      double[] w = prefix.weights;
      double[] likes = new double[categories];
      instance.evaluate(w, fixed, likes, extension);
      int tail = 0;
      for (int a = 0; a < categories; a++) {
        if (fixed[a] > fixed[tail]) {
          tail = a;
        }
        extension[a] += prefix.reward;
        pushOrder[a] = a;
      }
      double lowerBound = prefix.reward + fixed[tail];
      if (lowerBound > bestValue) {
        bestValue = lowerBound;
        best = prefix;
        bestTail = tail;
      }
      if (dominance && settings.order() == Order.DEPTH_FIRST) {
        sortByLikes(likes);
      }
      for (int a : pushOrder) {
        double upperBound = extension[a];
        if (!(upperBound - bestValue > settings.epsilon())) {
          prunedBound = Math.max(prunedBound, upperBound);
        } else if (!dominance) {
          queue.add(new Prefix(prefix, a, prefix.length + 1, prefix.reward + likes[a], upperBound,
              null, 0, null, advance(w, a)));
        } else if (!swapAllowed(prefix, a)) {
          dominated++;
        } else {
          double reward = prefix.reward + likes[a];
          long hash = table.childHash(prefix.hash, a);
          if (table.dominatedOrRecord(prefix.counts, a, hash, reward, childCounts)) {
            dominated++;
          } else {
            queue.add(new Prefix(prefix, a, prefix.length + 1, reward, upperBound,
                childCounts[0], hash, likes, advance(w, a)));
          }
        }
      }
    }

    /**
     * Whether a may follow the prefix's last category b: a = b, or a's like mass at the weights
     * before b is below b's, or equal with a &gt; b.
     */
    private static boolean swapAllowed(Prefix prefix, int a) {
      if (prefix.parentLikes == null || a == prefix.action) {
        return true;
      }
      double mine = prefix.parentLikes[a];
      double last = prefix.parentLikes[prefix.action];
      return mine < last || (mine == last && a > prefix.action);
    }

    /** pushOrder sorted by increasing like mass, so the stack pops the largest first. */
    private void sortByLikes(double[] likes) {
      for (int i = 1; i < categories; i++) {
        int a = pushOrder[i];
        int j = i - 1;
        while (j >= 0 && likes[pushOrder[j]] > likes[a]) {
          pushOrder[j + 1] = pushOrder[j];
          j--;
        }
        pushOrder[j + 1] = a;
      }
    }

    private double[] advance(double[] w, int a) {
      double[] next = pool.isEmpty() ? new double[w.length] : pool.pop();
      instance.advance(w, a, next);
      return next;
    }

    private void release(Prefix prefix) {
      pool.push(prefix.weights);
      prefix.weights = null;
    }

    Result result(double millis) {
      double certified = Math.max(bestValue, prunedBound);
      for (Prefix open : queue) {
        if (!(dominance && open.parent != null
            && table.superseded(open.counts, open.hash, open.reward))) {
          certified = Math.max(certified, open.upperBound);
        }
      }
      Plan plan = new Plan(prefixOf(best), bestTail, bestValue, certified, settings.epsilon());
      return new Result(plan, nodes, dominated, dominance ? table.size() : 0, depth,
          queue.isEmpty(), millis);
    }
  }

  private static int[] prefixOf(Prefix last) {
    int[] actions = new int[last.length];
    for (Prefix p = last; p.parent != null; p = p.parent) {
      actions[p.length - 1] = p.action;
    }
    return actions;
  }
}
