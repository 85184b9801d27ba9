package org.recbench.core.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.recbench.api.Capability;
import org.recbench.api.Descriptor;
import org.recbench.api.StandardCapabilities;

/**
 * Whether components fit together, decided from descriptors alone. Each check returns the reason
 * they do not, in words a user reads in the skipped-pairs table, e.g.
 * {@code churn.bnb needs capability churn-model}.
 */
final class Compatibility {

  private Compatibility() {}

  /**
   * Why {@code policy} cannot act in {@code environment}: the protocols differ or neither the
   * environment nor the harness ({@link StandardCapabilities#SHARED_WORK}) provides a capability
   * the policy requires.
   */
  static Optional<String> policyIn(Descriptor policy, Descriptor environment) {
    Set<String> available = ids(environment.provides());
    available.add(StandardCapabilities.SHARED_WORK.id());
    return protocolMismatch(policy, environment).or(() -> missing(policy, available));
  }

  /**
   * Why {@code metric} cannot be recorded for the pair: it speaks another protocol than the
   * environment, or needs a capability that neither the environment, the policy nor the harness
   * ({@link StandardCapabilities#DECISION_TIMER}, {@link StandardCapabilities#SHARED_WORK})
   * provides.
   */
  static Optional<String> metricFor(Descriptor metric, Descriptor environment,
      Descriptor policy) {
    Set<String> available = ids(environment.provides());
    available.addAll(ids(policy.provides()));
    available.add(StandardCapabilities.DECISION_TIMER.id());
    available.add(StandardCapabilities.SHARED_WORK.id());
    return protocolMismatch(metric, environment).or(() -> missing(metric, available));
  }

  private static Optional<String> protocolMismatch(Descriptor component,
      Descriptor environment) {
    if (component.protocol().accepts(environment.protocol())) {
      return Optional.empty();
    }
    return Optional.of(component.id() + " speaks protocol " + component.protocol().name()
        + ", environment " + environment.id() + " speaks " + environment.protocol().name());
  }

  private static Optional<String> missing(Descriptor component, Set<String> available) {
    List<String> lacking = component.requires().stream().map(Capability::id)
        .filter(id -> !available.contains(id)).toList();
    if (lacking.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(component.id() + " needs capabilit" + (lacking.size() == 1 ? "y " : "ies ")
        + String.join(", ", lacking));
  }

  private static Set<String> ids(List<Capability<?>> capabilities) {
    Set<String> ids = new HashSet<>();
    capabilities.forEach(c -> ids.add(c.id()));
    return ids;
  }
}
