package org.recbench.churn.plan;

import java.util.ArrayList;
import java.util.List;
import org.recbench.api.Descriptor;
import org.recbench.api.Fact;
import org.recbench.api.Kind;
import org.recbench.api.PlanCertificate;
import org.recbench.api.StandardCapabilities;
import org.recbench.protocol.session.SessionProtocol;

/**
 * What every churn planner declares — the session protocol, the known model, the run's shared
 * work (plans are computed once per run and instance, {@link SharedPlans}), planning stats, the
 * plan's certificate and the played sequence — and the facts its analysis reports.
 */
public final class PlannerTypes {

  /** Unit of values: expected likes per session. */
  public static final String LIKES = "likes/session";

  private PlannerTypes() {}

  /** A policy descriptor builder for a planner that needs the churn model. */
  public static Descriptor.Builder descriptor(String id, String description) {
    return Descriptor.builder(Kind.POLICY, id, SessionProtocol.PROTOCOL)
        .description(description)
        .requires(SessionProtocol.CHURN_MODEL, StandardCapabilities.SHARED_WORK)
        .provides(StandardCapabilities.PLANNING_STATS, StandardCapabilities.PLAN_CERTIFICATE,
            SessionProtocol.LIKE_SEQUENCE);
  }

  /**
   * The facts of a plan computed once for a configuration: its certificate and its cost.
   *
   * @param nodes what the planner's nodes are ("prefixes expanded", "multisets", ...)
   */
  public static List<Fact> facts(Plan plan, PlanningCost cost, String nodes) {
    List<Fact> facts = new ArrayList<>(certificateFacts(plan.certificate()));
    facts.add(new Fact("plan prefix length", plan.prefixLength(), "categories"));
    facts.addAll(costFacts(cost, nodes));
    return facts;
  }

  /** Planned value, certified bound and gap, ε, and whether the plan is certified (1 or 0). */
  public static List<Fact> certificateFacts(PlanCertificate certificate) {
    return List.of(new Fact("planned value", certificate.value(), LIKES),
        new Fact("certified upper bound", certificate.upperBound(), LIKES),
        new Fact("certified gap", certificate.gap(), LIKES),
        new Fact("epsilon", certificate.epsilon(), LIKES),
        new Fact("certified epsilon-optimal (1 = yes)", certificate.certified() ? 1 : 0, ""));
  }

  /** Planning time and nodes, measured once. */
  public static List<Fact> costFacts(PlanningCost cost, String nodes) {
    return List.of(new Fact("planning time", cost.planningMillis(), "ms"),
        new Fact(nodes, cost.nodesExpanded(), "nodes"));
  }
}
