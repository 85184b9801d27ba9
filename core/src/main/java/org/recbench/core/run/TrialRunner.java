package org.recbench.core.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recbench.api.Capabilities;
import org.recbench.api.Capability;
import org.recbench.api.ComponentType;
import org.recbench.api.Environment;
import org.recbench.api.Metric;
import org.recbench.api.ParamSpec;
import org.recbench.api.Params;
import org.recbench.api.Policy;
import org.recbench.api.StandardCapabilities;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.trial.Checkpoint;
import org.recbench.core.trial.TrialResult;
import org.recbench.core.trial.TrialSpec;

/**
 * Runs one trial: {@code TrialSpec -> TrialResult}, a pure function of the spec (apart from
 * {@link TrialResult#wallMillis()}) that any engine can call from any thread.
 *
 * <p>It creates the environment (with {@link Capabilities#NONE}), then the policy with only the
 * environment capabilities the policy declared in its {@code requires}, then each metric with
 * only the capabilities it declared, looked up in the environment, then the policy, plus
 * {@link StandardCapabilities#DECISION_TIMER} from the harness. Acts are timed only when some
 * metric of the trial requires the decision timer. {@link org.recbench.api.Step#capabilities()}
 * shows metrics everything the environment and policy offer. Random streams come from
 * {@link Seeds}; metrics get their declared parameter defaults (scenarios name metrics by id).
 *
 * <p>A trial failure never escapes: any exception from a factory or from {@code reset},
 * {@code step}, {@code act}, {@code learn} or a metric (and a {@link StackOverflowError}) gives a
 * {@link TrialResult.Status#FAILED} result whose error is {@code <ExceptionSimpleName>: <message>}
 * and whose checkpoints are those read before the failure. Other {@link Error}s (out of memory)
 * propagate: the JVM may be unusable. A time limit ({@link TrialSpec#timeLimitMillis()} &gt; 0)
 * is checked every 1024 steps and at every episode end and fails the trial with the error
 * {@code time limit of N s exceeded after M steps} (no exception name: the harness, not a
 * component, stopped the trial); it is also the only guard against an
 * environment that never ends an episode in an episode budget.
 */
public final class TrialRunner {

  private final Catalog catalog;

  /** Creates a runner that finds components in {@code catalog}. */
  public TrialRunner(Catalog catalog) {
    this.catalog = catalog;
  }

  /** Runs {@code spec} to the end of its budget, or until it fails. */
  public TrialResult run(TrialSpec spec) {
    long startNanos = System.nanoTime();
    List<Checkpoint> reached = new ArrayList<>();
    String error = null;
    try {
      prepare(spec, startNanos).run(reached);
    } catch (TimeLimitExceededException e) {
      error = e.getMessage();
    } catch (Exception | StackOverflowError e) {
      error = describe(e);
    }
    long wallMillis = (System.nanoTime() - startNanos) / 1_000_000L;
    TrialResult.Status status = error == null ? TrialResult.Status.OK : TrialResult.Status.FAILED;
    return new TrialResult(spec.key(), spec, status, error, reached, wallMillis);
  }

  @SuppressWarnings("unchecked")
  private TrialLoop prepare(TrialSpec spec, long startNanos) {
    ComponentType<Environment<?, ?, ?>> environmentType =
        catalog.environment(spec.environment().id());
    ComponentType<Policy<?, ?, ?>> policyType = catalog.policy(spec.policy().id());
    Environment<Object, Object, Object> environment =
        (Environment<Object, Object, Object>) environmentType.factory().create(
            spec.environment().toParams(), Seeds.environment(spec), Capabilities.NONE);
    Policy<Object, Object, Object> policy =
        (Policy<Object, Object, Object>) policyType.factory().create(spec.policy().toParams(),
            Seeds.policy(spec), granted(policyType, environment::capability));

    List<ComponentType<Metric<?, ?, ?>>> metricTypes =
        spec.metrics().stream().map(catalog::metric).toList();
    boolean timed = metricTypes.stream().anyMatch(type -> type.descriptor().requires().stream()
        .anyMatch(c -> c.id().equals(StandardCapabilities.DECISION_TIMER.id())));
    Capabilities provided = new Capabilities() {
      @Override
      public <T> Optional<T> get(Capability<T> key) {
        if (key.id().equals(StandardCapabilities.DECISION_TIMER.id())) {
          return timed ? Optional.of(key.cast(Boolean.TRUE)) : Optional.empty();
        }
        return environment.capability(key).or(() -> policy.capability(key));
      }
    };
    String[] metricIds = spec.metrics().toArray(new String[0]);
    Metric<Object, Object, Object>[] metrics =
        (Metric<Object, Object, Object>[]) new Metric<?, ?, ?>[metricIds.length];
    for (int i = 0; i < metrics.length; i++) {
      ComponentType<Metric<?, ?, ?>> type = metricTypes.get(i);
      metrics[i] = (Metric<Object, Object, Object>) type.factory().create(defaults(type),
          Seeds.metric(spec, metricIds[i]), granted(type, provided));
    }
    return new TrialLoop(environment, policy, metricIds, metrics, new MutableStep(provided),
        spec.budget(), spec.checkpoints(), timed, startNanos, spec.timeLimitMillis());
  }

  /** The capabilities {@code type} declared as required, taken from {@code source}. */
  private static Capabilities granted(ComponentType<?> type, Capabilities source) {
    Map<String, Object> values = new HashMap<>();
    for (Capability<?> capability : type.descriptor().requires()) {
      source.get(capability).ifPresent(value -> values.put(capability.id(), value));
    }
    return Capabilities.of(values);
  }

  /** Metrics are configured by id alone: their declared defaults. */
  private static Params defaults(ComponentType<?> type) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (ParamSpec parameter : type.descriptor().parameters()) {
      if (parameter.defaultValue() != null) {
        values.put(parameter.name(), parameter.defaultValue());
      }
    }
    return Params.of(values);
  }

  /** {@code <ExceptionSimpleName>: <message>}, or the name alone when there is no message. */
  static String describe(Throwable e) {
    String name = e.getClass().getSimpleName().isEmpty()
        ? e.getClass().getName() : e.getClass().getSimpleName();
    return e.getMessage() == null ? name : name + ": " + e.getMessage();
  }
}
