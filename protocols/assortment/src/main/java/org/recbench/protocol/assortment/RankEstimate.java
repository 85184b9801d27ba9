package org.recbench.protocol.assortment;

/**
 * Capability {@code rank-estimate}, provided by low-rank policies: the rank of Θ̃ they work with
 * (chosen by a criterion such as GIC, or given), for the rank metrics (paper 003, Fig. 5).
 */
public interface RankEstimate {

  /** The rank in use, or −1 before the policy has chosen one. */
  int rank();
}
