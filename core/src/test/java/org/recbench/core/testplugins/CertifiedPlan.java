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
 * Test policy {@code test.certified-plan}: pulls arm 0 and reports the plan certificate and the
 * planning cost given as parameters, so the certificate metrics have known values.
 */
final class CertifiedPlan implements Policy<BanditObservation, Arm, Reward>, PlanningStats {

  static final ComponentType<Policy<?, ?, ?>> TYPE = ComponentType.policy(
      Descriptor.builder(Kind.POLICY, "test.certified-plan", BanditProtocol.PROTOCOL)
          .description("pulls arm 0 and reports a given plan certificate")
          .provides(StandardCapabilities.PLANNING_STATS, StandardCapabilities.PLAN_CERTIFICATE)
          .param(ParamSpec.number("value", 1, "planned value"),
              ParamSpec.optional("bound", ParamType.NUMBER, "certified upper bound (none: NaN)"),
              ParamSpec.number("epsilon", 0.1, "optimality target"),
              ParamSpec.bool("reused", false, "whether the plan was computed before the trial"))
          .build(),
      (params, rng, capabilities) -> new CertifiedPlan(new PlanCertificate(
          params.getDouble("value"),
          params.has("bound") ? params.getDouble("bound") : Double.NaN,
          params.getDouble("epsilon")), params.getBoolean("reused")));

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
