package org.recbench.protocol.population;

import java.util.Arrays;

/**
 * The fixed description of a population under a linear-bandit recommender (Sec. 3 of the paper
 * cited in {@link PopulationProtocol}): N users with attributes v_n ∈ R^p, K products with
 * attributes w_k ∈ R^q, arrival probabilities λ_n = P(U_t = n) and initial preference states
 * y_n(0) ∈ R^q.
 *
 * <p>The context of a (user, product) pair is C_{n,k} = v_n ⊗ w_k ∈ R^{pq} (Eq. 6); its entry
 * {@code i·q + j} is v_{n,i}·w_{k,j}, so a parameter θ ∈ R^{pq} read as a p × q matrix Θ (row i =
 * entries {@code i·q .. i·q + q − 1}) scores C_{n,k}ᵀθ = v_nᵀ Θ w_k. Every component of the
 * population protocol uses this layout ({@link LinearEstimate}).
 *
 * <p>Immutable: environments hand one instance to every component that may know the model
 * ({@link PopulationDynamics}).
 */
public final class Population {

  private final AttributeTable users;
  private final AttributeTable products;
  private final double[] arrival;
  private final AttributeTable initialStates;

  /**
   * @param users v_1 … v_N (N × p)
   * @param products w_1 … w_K (K × q)
   * @param arrivalProbabilities λ_1 … λ_N: non-negative, summing to 1 (within 1e-9; they are
   *     renormalised)
   * @param initialStates y_1(0) … y_N(0) (N × q)
   * @throws IllegalArgumentException naming the parameter when the shapes or λ do not fit
   */
  public Population(AttributeTable users, AttributeTable products, double[] arrivalProbabilities,
      AttributeTable initialStates) {
    if (initialStates.rows() != users.rows()) {
      throw new IllegalArgumentException("initial states: " + initialStates.rows()
          + " rows; expected one per user (" + users.rows() + ")");
    }
    if (initialStates.dimension() != products.dimension()) {
      throw new IllegalArgumentException("initial states: dimension " + initialStates.dimension()
          + "; expected the product dimension q = " + products.dimension());
    }
    if (arrivalProbabilities.length != users.rows()) {
      throw new IllegalArgumentException("arrival probabilities: " + arrivalProbabilities.length
          + " entries; expected one per user (" + users.rows() + ")");
    }
    double sum = 0;
    for (int n = 0; n < arrivalProbabilities.length; n++) {
      double p = arrivalProbabilities[n];
      if (!(p >= 0) || !Double.isFinite(p)) {
        throw new IllegalArgumentException("arrival probabilities: entry " + n + " is " + p
            + "; expected a finite number ≥ 0");
      }
      sum += p;
    }
    if (Math.abs(sum - 1) > 1e-9) {
      throw new IllegalArgumentException("arrival probabilities: sum to " + sum + "; expected 1");
    }
    this.users = users;
    this.products = products;
    this.arrival = new double[arrivalProbabilities.length];
    for (int n = 0; n < arrival.length; n++) {
      arrival[n] = arrivalProbabilities[n] / sum;
    }
    this.initialStates = initialStates;
  }

  /** A population where every user arrives with probability 1/N (the paper's experiments). */
  public static Population uniformArrivals(AttributeTable users, AttributeTable products,
      AttributeTable initialStates) {
    double[] lambda = new double[users.rows()];
    Arrays.fill(lambda, 1.0 / users.rows());
    return new Population(users, products, lambda, initialStates);
  }

  /** This population with other user attributes (same N). */
  public Population withUsers(AttributeTable otherUsers) {
    if (otherUsers.rows() != users.rows()) {
      throw new IllegalArgumentException("user attributes: " + otherUsers.rows()
          + " rows; expected " + users.rows());
    }
    return new Population(otherUsers, products, arrival, initialStates);
  }

  /** v_1 … v_N, read-only. */
  public AttributeTable users() {
    return users;
  }

  /** w_1 … w_K, read-only. */
  public AttributeTable products() {
    return products;
  }

  /** y_1(0) … y_N(0), read-only. */
  public AttributeTable initialStates() {
    return initialStates;
  }

  /** λ_n. */
  public double arrivalProbability(int user) {
    return arrival[user];
  }

  /** N. */
  public int userCount() {
    return users.rows();
  }

  /** K. */
  public int productCount() {
    return products.rows();
  }

  /** p, the dimension of user attributes. */
  public int userDimension() {
    return users.dimension();
  }

  /** q, the dimension of product attributes and of preference states. */
  public int productDimension() {
    return products.dimension();
  }

  /** pq, the dimension of contexts and of θ. */
  public int contextDimension() {
    return users.dimension() * products.dimension();
  }
}
