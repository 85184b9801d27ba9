package org.recbench.churn.plan;

import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.StandardCapabilities;
import org.recbench.protocol.session.SessionProtocol;

/** What every churn planner declares: the session protocol, the known model, planning stats. */
public final class PlannerTypes {

  private PlannerTypes() {}

  /** A policy descriptor builder for a planner that needs the churn model. */
  public static Descriptor.Builder descriptor(String id, String description) {
    return Descriptor.builder(Kind.POLICY, id, SessionProtocol.PROTOCOL)
        .description(description)
        .requires(SessionProtocol.CHURN_MODEL)
        .provides(StandardCapabilities.PLANNING_STATS);
  }
}
