package org.recbench.assortment.env;

import java.util.Optional;
import java.util.random.RandomGenerator;
import org.recbench.api.Capability;
import org.recbench.api.Environment;
import org.recbench.api.Outcome;
import org.recbench.lib.mnl.MnlChoice;
import org.recbench.lib.mnl.StaticMnl;
import org.recbench.protocol.assortment.Assortment;
import org.recbench.protocol.assortment.AssortmentObservation;
import org.recbench.protocol.assortment.AssortmentProtocol;
import org.recbench.protocol.assortment.BilinearParameter;
import org.recbench.protocol.assortment.Choice;
import org.recbench.protocol.assortment.MatrixView;
import org.recbench.protocol.assortment.MnlOracle;
import org.recbench.protocol.assortment.OfferCheck;
import org.recbench.protocol.assortment.VectorView;

/**
 * The round loop every assortment environment of this plugin shares (paper 003, Sec. 2): a user
 * x_t arrives, the policy offers S, the user buys i ∈ S with the MNL probability
 * exp(u_i) / (1 + Σ_{j∈S} exp(u_j)) or nothing, and the revenue r_i is the reward. Before any
 * draw the step records the expected revenue R(S) = Σ_{i∈S} r_i P(i | S) of the offered set and
 * the optimum max_{|S| ≤ K} R(S) (StaticMNL), so the core {@code regret} metric is the paper's
 * expected regret; both are computed by the same function on the same utilities, so a policy
 * that offers the optimal set has regret exactly 0.
 *
 * <p>No per-step allocation: the item matrix and revenues are handed out as views of arrays
 * fixed for the trial; the contexts alternate between two buffers (an observation stays intact
 * until the second step after it was handed out), each with its own utilities and optimum,
 * which is what lets the {@link MnlOracle} answer for the current and the previous round. One
 * random stream: each round draws the user (a fixed sequence given the stream) and one uniform
 * for the choice, so every policy meets the same users on a seed.
 */
final class MnlEnvironment implements Environment<AssortmentObservation, Assortment, Choice> {

  /** Where the users come from. */
  @FunctionalInterface
  interface Users {
    /** Draws the next user's context into {@code into} (d1 entries). */
    void next(RandomGenerator rng, double[] into);
  }

  /** The true utilities. */
  @FunctionalInterface
  interface Utilities {
    /** Writes u_i for every item, for the user with {@code context}, into {@code into}. */
    void of(double[] context, double[] into);
  }

  private final Users users;
  private final Utilities utilities;
  private final double[] revenues;
  private final int capacity;
  private final BilinearParameter truth;
  private final RandomGenerator rng;
  private final double[][] contexts = new double[2][];
  private final AssortmentObservation[] observations = new AssortmentObservation[2];
  private final double[][] utility = new double[2][];
  private final int[][] best = new int[2][];
  private final int[] bestSize = new int[2];
  private final double[] bestRevenue = new double[2];
  private final boolean[] bestKnown = new boolean[2];
  private final int[] offered;
  private final double[] foreignContext;
  private final double[] foreignUtility;
  private final int[] foreignBest;
  private final StaticMnl solver = new StaticMnl();
  private final OfferCheck check;
  private final Outcome<AssortmentObservation, Choice> outcome = new Outcome<>();
  private final Choice choice = new Choice();
  private final MnlOracle oracle = new Oracle();
  private int current;

  /**
   * @param userDimension d1 (0 for context-free instances)
   * @param itemFeatures row-major N × d2, fixed for the trial (not copied: the caller hands it
   *     over)
   * @param revenues r_i &gt; 0, fixed for the trial (handed over)
   * @param capacity K, 1 ≤ K ≤ N
   * @param truth the true Θ̃ for the estimation metrics, or null when the utilities are not
   *     bilinear
   */
  MnlEnvironment(int userDimension, double[] itemFeatures, double[] revenues, int capacity,
      Users users, Utilities utilities, BilinearParameter truth, RandomGenerator rng) {
    int items = revenues.length;
    this.users = users;
    this.utilities = utilities;
    this.revenues = revenues;
    this.capacity = capacity;
    this.truth = truth;
    this.rng = rng;
    MatrixView itemView = MatrixView.of(itemFeatures, items, itemFeatures.length / items);
    VectorView revenueView = VectorView.of(revenues);
    for (int b = 0; b < 2; b++) {
      contexts[b] = new double[userDimension];
      observations[b] = new AssortmentObservation(VectorView.of(contexts[b]), itemView,
          revenueView, capacity);
      utility[b] = new double[items];
      best[b] = new int[capacity];
    }
    this.offered = new int[capacity];
    this.foreignContext = new double[userDimension];
    this.foreignUtility = new double[items];
    this.foreignBest = new int[capacity];
    this.check = new OfferCheck(items);
  }

  @Override
  public AssortmentObservation reset() {
    return arrive(0);
  }

  @Override
  public Outcome<AssortmentObservation, Choice> step(Assortment action) {
    check.check(action, capacity);
    int size = action.copyTo(offered);
    int c = current;
    double[] u = utility[c];
    double expected = MnlChoice.expectedRevenue(u, revenues, offered, size);
    double optimum = optimum(c);
    int item = MnlChoice.sample(u, offered, size, rng);
    double revenue = item == MnlChoice.NO_PURCHASE ? 0.0 : revenues[item];
    AssortmentObservation next = arrive(1 - c);
    return outcome.set(choice.set(item, revenue), revenue, next, false)
        .expected(expected, optimum);
  }

  @Override
  public <T> Optional<T> capability(Capability<T> key) {
    if (key.id().equals(AssortmentProtocol.MNL_ORACLE.id())) {
      return Optional.of(key.cast(oracle));
    }
    if (key.id().equals(AssortmentProtocol.BILINEAR_PARAMETER.id()) && truth != null) {
      return Optional.of(key.cast(truth));
    }
    return Optional.empty();
  }

  /** The next user into buffer {@code b}, with its utilities; its optimum is computed lazily. */
  private AssortmentObservation arrive(int b) {
    current = b;
    users.next(rng, contexts[b]);
    utilities.of(contexts[b], utility[b]);
    bestKnown[b] = false;
    return observations[b];
  }

  /** max R(S) for the user in buffer {@code b}, evaluated like any offered set. */
  private double optimum(int b) {
    if (!bestKnown[b]) {
      bestSize[b] = solver.solve(utility[b], revenues, revenues.length, capacity, best[b]);
      bestRevenue[b] = MnlChoice.expectedRevenue(utility[b], revenues, best[b], bestSize[b]);
      bestKnown[b] = true;
    }
    return bestRevenue[b];
  }

  /** The buffer holding {@code observation}, or −1 for an observation made elsewhere. */
  private int buffer(AssortmentObservation observation) {
    return observation == observations[0] ? 0 : observation == observations[1] ? 1 : -1;
  }

  /** The true model asked about an observation of this environment (or a foreign one). */
  private final class Oracle implements MnlOracle {

    @Override
    public double expectedRevenue(AssortmentObservation observation, Assortment set) {
      check.check(set, capacity);
      int size = set.copyTo(offered);
      return MnlChoice.expectedRevenue(utilities(observation), revenues, offered, size);
    }

    @Override
    public double optimalSet(AssortmentObservation observation, Assortment into) {
      int b = buffer(observation);
      if (b >= 0) {
        double value = optimum(b);
        into.set(best[b], bestSize[b]);
        return value;
      }
      int size = solver.solve(utilities(observation), revenues, revenues.length, capacity,
          foreignBest);
      into.set(foreignBest, size);
      return MnlChoice.expectedRevenue(foreignUtility, revenues, foreignBest, size);
    }

    @Override
    public double optimalRevenue(AssortmentObservation observation) {
      int b = buffer(observation);
      if (b >= 0) {
        return optimum(b);
      }
      int size = solver.solve(utilities(observation), revenues, revenues.length, capacity,
          foreignBest);
      return MnlChoice.expectedRevenue(foreignUtility, revenues, foreignBest, size);
    }

    private double[] utilities(AssortmentObservation observation) {
      int b = buffer(observation);
      if (b >= 0) {
        return utility[b];
      }
      if (observation.userDimension() != foreignContext.length
          || observation.itemCount() != revenues.length) {
        throw new IllegalArgumentException("the oracle answers for users with d1 = "
            + foreignContext.length + " over " + revenues.length + " items, got d1 = "
            + observation.userDimension() + " and " + observation.itemCount() + " items");
      }
      observation.context().copyTo(foreignContext, 0);
      utilities.of(foreignContext, foreignUtility);
      return foreignUtility;
    }
  }
}
