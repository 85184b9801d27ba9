package org.recbench.core.testplugins;

import java.util.Optional;
import org.recbench.api.Capability;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.ParamSpec;
import org.recbench.api.ParamType;
import org.recbench.api.PlanCertificate;
import org.recbench.api.PlanningStats;
import org.recbench.api.Policy;
import org.recbench.api.StandardCapabilities;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.BanditProtocol;
import org.recbench.protocol.bandit.Reward;

/**
 * Test policy {@code test.certified-plan}: pulls arm 0 and reports the plan certificate given as
 * parameters, so the certificate metrics have known values. Its "plan" is computed once per run
 * through the harness's shared work: the trial that computes it reports 4.5 ms and 12 nodes, the
 * later ones the same cost marked reused.
 */
final class CertifiedPlan implements Policy<BanditObservation, Arm, Reward>, PlanningStats {

  static final ComponentType<Policy<?, ?, ?>> TYPE = ComponentType.policy(
      Descriptor.builder(Kind.POLICY, "test.certified-plan", BanditProtocol.PROTOCOL)
          .description("pulls arm 0 and reports a given plan certificate")
          .requires(StandardCapabilities.SHARED_WORK)
          .provides(StandardCapabilities.PLANNING_STATS, StandardCapabilities.PLAN_CERTIFICATE)
          .param(ParamSpec.number("value", 1, "planned value"),
              ParamSpec.optional("bound", ParamType.NUMBER, "certified upper bound (none: NaN)"),
              ParamSpec.number("epsilon", 0.1, "optimality target"))
          .build(),
      (params, rng, capabilities) -> {
        PlanCertificate certificate = new PlanCertificate(params.getDouble("value"),
            params.has("bound") ? params.getDouble("bound") : Double.NaN,
            params.getDouble("epsilon"));
        boolean[] computed = {false};
        capabilities.require(StandardCapabilities.SHARED_WORK).computeIfAbsent(certificate,
            () -> computed[0] = true);
        return new CertifiedPlan(certificate, !computed[0]);
      });

  private static final Arm FIRST = Arm.of(0);

  private final PlanCertificate certificate;
  private final boolean reused;

  private CertifiedPlan(PlanCertificate certificate, boolean reused) {
    this.certificate = certificate;
    this.reused = reused;
  }

  @Override
  public Arm act(BanditObservation observation) {
    return FIRST;
  }

  @Override
  public void learn(BanditObservation observation, Arm action, Reward feedback) {}

  @Override
  public double planningMillis() {
    return 4.5;
  }

  @Override
  public long nodesExpanded() {
    return 12;
  }

  @Override
  public boolean reused() {
    return reused;
  }

  @Override
  public <T> Optional<T> capability(Capability<T> key) {
    if (key.id().equals(StandardCapabilities.PLANNING_STATS.id())) {
      return Optional.of(key.cast(this));
    }
    return key.id().equals(StandardCapabilities.PLAN_CERTIFICATE.id())
        ? Optional.of(key.cast(certificate)) : Optional.empty();
  }
}
