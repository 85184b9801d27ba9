package org.recbench.population.model;

import org.recbench.protocol.population.AttributeTable;

/**
 * The context C_{n,k} = v_n ⊗ w_k ∈ R^{pq} of Lankireddy et al. 2024 (Eq. 6), entry {@code i·q + j}
 * = v_{n,i}·w_{k,j} (the layout of EJML's {@code CommonOps_DDRM.kron} on column vectors).
 */
public final class Contexts {

  private Contexts() {}

  /** Writes v_user ⊗ w_product into {@code dest[0 .. pq)}; no allocation. */
  public static void write(AttributeTable users, int user, AttributeTable products, int product,
      double[] dest) {
    int p = users.dimension();
    int q = products.dimension();
    for (int i = 0; i < p; i++) {
      double vi = users.get(user, i);
      for (int j = 0; j < q; j++) {
        dest[i * q + j] = vi * products.get(product, j);
      }
    }
  }

  /**
   * Writes the scores C_{user,k}ᵀθ = v_userᵀ Θ w_k of all K products into {@code dest[0 .. K)},
   * in O(pq + Kq) instead of the O(Kpq) of K context products: first u = Θᵀ v_user into
   * {@code work[0 .. q)}, then w_kᵀ u. No allocation.
   */
  public static void scores(AttributeTable users, int user, AttributeTable products,
      double[] theta, double[] work, double[] dest) {
    int p = users.dimension();
    int q = products.dimension();
    for (int j = 0; j < q; j++) {
      work[j] = 0;
    }
    for (int i = 0; i < p; i++) {
      double vi = users.get(user, i);
      int base = i * q;
      for (int j = 0; j < q; j++) {
        work[j] += vi * theta[base + j];
      }
    }
    for (int k = 0; k < products.rows(); k++) {
      dest[k] = products.dot(k, work, 0);
    }
  }
}
