package org.recbench.protocol.assortment;

import org.recbench.api.Capability;
import org.recbench.api.Protocol;

/**
 * The dynamic assortment loop with dual contexts (S. J. Lee, W. W. Sun, Y. Liu, "Low-Rank Online
 * Dynamic Assortment with Dual Contextual Information" (LOAD), arXiv:2404.17592, 2024, Sec. 2):
 * each round a user with context x_t arrives ({@link AssortmentObservation}), the policy offers a
 * set S of at most K items ({@link Assortment}), and the user buys item i ∈ S with probability
 * P(i | S) = exp(u_i) / (1 + Σ_{j∈S} exp(u_j)) or nothing ({@link Choice}); the reward is the
 * revenue earned. An invalid set (empty, larger than K, repeated or unknown indices) fails the
 * trial with an {@link IllegalArgumentException} ({@link OfferCheck}). Environments record the
 * expected revenue of the offered set and of the optimal set in every outcome, so regret is the
 * paper's expected regret.
 */
public final class AssortmentProtocol {

  /** The {@code assortment} protocol. */
  public static final Protocol<AssortmentObservation, Assortment, Choice> PROTOCOL =
      new Protocol<>("assortment", AssortmentObservation.class, Assortment.class, Choice.class);

  /** The true choice model asked about the current user (oracle baselines, tests). */
  public static final Capability<MnlOracle> MNL_ORACLE = new Capability<>("mnl-oracle",
      MnlOracle.class, "expected revenue of any set for the current user; the optimal set");

  /** The true Θ̃ of a bilinear-utility environment and its planted rank. */
  public static final Capability<BilinearParameter> BILINEAR_PARAMETER = new Capability<>(
      "bilinear-parameter", BilinearParameter.class,
      "true Θ̃ of u = [1; x]ᵀ Θ̃ [1; y] and its planted rank");

  /** A learning policy's current estimate of Θ̃. */
  public static final Capability<ParameterEstimate> PARAMETER_ESTIMATE = new Capability<>(
      "parameter-estimate", ParameterEstimate.class, "a policy's current estimate of Θ̃");

  /** The rank a low-rank policy works with. */
  public static final Capability<RankEstimate> RANK_ESTIMATE = new Capability<>(
      "rank-estimate", RankEstimate.class, "the rank of Θ̃ a low-rank policy uses");

  private AssortmentProtocol() {}
}
