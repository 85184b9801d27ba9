package org.recbench.population.learner;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.simple.SimpleMatrix;
import org.recbench.population.model.Contexts;
import org.recbench.protocol.population.AttributeTable;
import org.recbench.protocol.population.Population;
import org.recbench.protocol.population.PreferenceStates;

/**
 * The "true θ" of the current population state: the θ with C_{n,k}ᵀθ = w_kᵀ y_n for every user n
 * and product k, where one exists, and otherwise the closest one,
 *
 * <pre>θ(y) = argmin_θ Σ_n λ_n Σ_k (w_kᵀ y_n − C_{n,k}ᵀθ)²   (minimum-norm minimiser),</pre>
 *
 * the population least-squares target of the paper's θ* (Sec. 3) with users weighted by their
 * arrival probabilities and every product weighted equally, so it does not depend on any
 * recommender. Since C_{n,k}ᵀθ = w_kᵀ Θᵀ v_n, an exact θ exists iff y_n = Θᵀ v_n for all n (the
 * condition of Theorem 3, ȳ = (V ⊗ I_q)ᵀθ̄) when the products span R^q; this holds for every
 * state when N = p and the v_n are independent (Lemma 2), not in general when N &gt; p.
 *
 * <p>The normal matrix G = Σ_n λ_n Σ_k C_{n,k} C_{n,k}ᵀ is fixed, so its pseudo-inverse is
 * computed once; each evaluation builds the right-hand side Σ_n λ_n v_n ⊗ (W Wᵀ y_n) in
 * O(N(q² + pq)) and multiplies, O((pq)²), without allocation. Not thread-safe.
 */
public final class PopulationParameter {

  private final Population population;
  private final int p;
  private final int q;
  private final DMatrixRMaj normalPseudoInverse;
  private final double[] productGram;
  private final DMatrixRMaj rightHandSide;
  private final DMatrixRMaj theta;
  private final double[] projected;
  private final double[] work;
  private final double[] scores;

  /** Precomputes G⁺ for the attributes and λ of {@code population}. */
  public PopulationParameter(Population population) {
    this.population = population;
    this.p = population.userDimension();
    this.q = population.productDimension();
    int d = p * q;
    AttributeTable products = population.products();
    SimpleMatrix normal = new SimpleMatrix(d, d);
    double[] context = new double[d];
    for (int n = 0; n < population.userCount(); n++) {
      for (int k = 0; k < population.productCount(); k++) {
        Contexts.write(population.users(), n, population.products(), k, context);
        SimpleMatrix c = new SimpleMatrix(d, 1, true, context);
        normal = normal.plus(population.arrivalProbability(n), c.mult(c.transpose()));
      }
    }
    this.normalPseudoInverse = normal.pseudoInverse().getDDRM();
    this.productGram = new double[q * q];
    for (int k = 0; k < products.rows(); k++) {
      for (int i = 0; i < q; i++) {
        for (int j = 0; j < q; j++) {
          productGram[i * q + j] += products.get(k, i) * products.get(k, j);
        }
      }
    }
    this.rightHandSide = new DMatrixRMaj(d, 1);
    this.theta = new DMatrixRMaj(d, 1);
    this.projected = new double[q];
    this.work = new double[q];
    this.scores = new double[population.productCount()];
  }

  /** Writes θ(y) for the current {@code states} into {@code dest[0 .. pq)}. */
  public void compute(PreferenceStates states, double[] dest) {
    AttributeTable users = population.users();
    rightHandSide.zero();
    double[] r = rightHandSide.data;
    for (int n = 0; n < population.userCount(); n++) {
      double lambda = population.arrivalProbability(n);
      if (lambda == 0) {
        continue;
      }
      for (int i = 0; i < q; i++) {
        double sum = 0;
        for (int j = 0; j < q; j++) {
          sum += productGram[i * q + j] * states.state(n, j);
        }
        projected[i] = lambda * sum;
      }
      for (int i = 0; i < p; i++) {
        double vi = users.get(n, i);
        for (int j = 0; j < q; j++) {
          r[i * q + j] += vi * projected[j];
        }
      }
    }
    CommonOps_DDRM.mult(normalPseudoInverse, rightHandSide, theta);
    System.arraycopy(theta.data, 0, dest, 0, p * q);
  }

  /**
   * max_{n,k} |w_kᵀ y_n − C_{n,k}ᵀθ| for θ = {@code theta}: 0 (up to rounding) when θ reproduces
   * every expected reward of the population state, i.e. when the population is learnable.
   */
  public double maxRewardResidual(PreferenceStates states, double[] theta) {
    AttributeTable products = population.products();
    double worst = 0;
    for (int n = 0; n < population.userCount(); n++) {
      Contexts.scores(population.users(), n, products, theta, work, scores);
      for (int k = 0; k < products.rows(); k++) {
        double truth = 0;
        for (int j = 0; j < q; j++) {
          truth += products.get(k, j) * states.state(n, j);
        }
        worst = Math.max(worst, Math.abs(truth - scores[k]));
      }
    }
    return worst;
  }
}
