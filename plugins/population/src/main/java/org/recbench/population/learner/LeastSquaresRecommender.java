package org.recbench.population.learner;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.recbench.population.model.Contexts;
import org.recbench.protocol.population.AttributeTable;
import org.recbench.protocol.population.LinearEstimate;

/**
 * The recommender RS of Lankireddy et al. 2024 (Sec. 3): scores product k for user n by C_{n,k}ᵀθ̂
 * with the context C_{n,k} = v_n ⊗ w_k (Eq. 6) and the ridge least-squares estimate θ̂ of Eq. 8
 * ({@link RidgeLeastSquares}), and recommends by the softmax of Eq. 5 at inverse temperature a
 * ({@link #softmax}) or greedily, the a → ∞ limit ({@link #greedy}).
 *
 * <p>It treats the population as static: it never sees the preference states, only the
 * attributes and the rewards. A step costs O(pq + Kq) for the scores and O((pq)²) for the
 * update, with no allocation. Not thread-safe.
 */
public final class LeastSquaresRecommender implements Recommender, LinearEstimate {

  private final AttributeTable users;
  private final AttributeTable products;
  private final double inverseTemperature;
  private final RidgeLeastSquares estimator;
  private final double[] context;
  private final double[] work;
  private final double[] scores;

  private LeastSquaresRecommender(AttributeTable users, AttributeTable products,
      double inverseTemperature, double ridge) {
    this.users = users;
    this.products = products;
    this.inverseTemperature = ProductChoice.checkInverseTemperature(inverseTemperature);
    this.estimator = new RidgeLeastSquares(users.dimension() * products.dimension(), ridge);
    this.context = new double[users.dimension() * products.dimension()];
    this.work = new double[products.dimension()];
    this.scores = new double[products.rows()];
  }

  /**
   * The softmax least-squares recommender of Eq. 5.
   *
   * @param inverseTemperature a ≥ 0 (0 = uniform; +∞ = greedy)
   * @param ridge ζ &gt; 0 of Eq. 8
   */
  public static LeastSquaresRecommender softmax(AttributeTable users, AttributeTable products,
      double inverseTemperature, double ridge) {
    return new LeastSquaresRecommender(users, products, inverseTemperature, ridge);
  }

  /** The greedy limit a → ∞: the best-scored product, uniformly among exact ties. */
  public static LeastSquaresRecommender greedy(AttributeTable users, AttributeTable products,
      double ridge) {
    return new LeastSquaresRecommender(users, products, Double.POSITIVE_INFINITY, ridge);
  }

  @Override
  public int choose(int user, RandomGenerator rng) {
    computeScores(user);
    return ProductChoice.sample(scores, scores.length, inverseTemperature, rng);
  }

  @Override
  public void update(int user, int product, double reward) {
    Objects.checkIndex(user, users.rows());
    Objects.checkIndex(product, products.rows());
    Contexts.write(users, user, products, product, context);
    estimator.update(context, reward);
  }

  @Override
  public void choiceProbabilities(int user, double[] dest) {
    computeScores(user);
    ProductChoice.probabilities(scores, scores.length, inverseTemperature, dest);
  }

  /** C_{user,product}ᵀ θ̂, the predicted reward. */
  public double score(int user, int product) {
    computeScores(user);
    return scores[Objects.checkIndex(product, products.rows())];
  }

  /** Copies θ̂ into {@code dest[0 .. pq)}. */
  @Override
  public void copyEstimate(double[] dest) {
    estimator.copyEstimate(dest);
  }

  /** Forgets every observation (θ̂ = 0). */
  public void reset() {
    estimator.reset();
  }

  /** a (+∞ for greedy). */
  @Override
  public double inverseTemperature() {
    return inverseTemperature;
  }

  /** ζ. */
  public double ridge() {
    return estimator.ridge();
  }

  private void computeScores(int user) {
    Objects.checkIndex(user, users.rows());
    Contexts.scores(users, user, products, estimator.estimateView(), work, scores);
  }
}
