package org.recbench.assortment.policy;

import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.Policy;
import org.recbench.protocol.assortment.Assortment;
import org.recbench.protocol.assortment.AssortmentObservation;
import org.recbench.protocol.assortment.AssortmentProtocol;
import org.recbench.protocol.assortment.Choice;
import org.recbench.protocol.assortment.MnlOracle;

/**
 * {@code assortment.oracle}: knows the true model (capability {@code mnl-oracle}) and offers
 * the optimal set argmax_{|S| ≤ K} R(S) for every user (StaticMNL on the true utilities), so its
 * expected revenue per round is the optimum and its regret 0 — the reference line of the paper's
 * regret definition (Sec. 2).
 */
public final class OraclePolicy implements Policy<AssortmentObservation, Assortment, Choice> {

  /** Component id. */
  public static final String ID = "assortment.oracle";

  private final MnlOracle oracle;
  private Assortment offered;

  OraclePolicy(MnlOracle oracle) {
    this.oracle = oracle;
  }

  /** The component type. */
  public static ComponentType<Policy<?, ?, ?>> type() {
    return ComponentType.policy(
        Descriptor.builder(Kind.POLICY, ID, AssortmentProtocol.PROTOCOL)
            .description("offers the optimal set under the true model (regret 0)")
            .requires(AssortmentProtocol.MNL_ORACLE)
            .build(),
        (params, rng, capabilities) ->
            new OraclePolicy(capabilities.require(AssortmentProtocol.MNL_ORACLE)));
  }

  @Override
  public Assortment act(AssortmentObservation observation) {
    if (offered == null) {
      offered = new Assortment(observation.capacity());
    }
    oracle.optimalSet(observation, offered);
    return offered;
  }

  @Override
  public void learn(AssortmentObservation observation, Assortment action, Choice feedback) {
    // The optimal set does not depend on feedback.
  }
}
