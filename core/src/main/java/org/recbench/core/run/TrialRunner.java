package org.recbench.core.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recbench.api.Capabilities;
import org.recbench.api.Capability;
import org.recbench.api.ComponentType;
import org.recbench.api.Environment;
import org.recbench.api.Metric;
import org.recbench.api.Policy;
import org.recbench.api.SharedWork;
import org.recbench.api.StandardCapabilities;
import org.recbench.api.input.Excerpt;
import org.recbench.api.input.Memory;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.TrialResult;
import org.recbench.core.trial.TrialSpec;

/**
 * Runs one trial: {@code TrialSpec -> TrialResult}, a pure function of the spec (apart from
 * {@link TrialResult#wallMillis()} and the metrics that measure time) that any engine can call
 * from any thread.
 *
 * <p>It creates the environment, then the policy with only the environment capabilities the
 * policy declared in its {@code requires}, then each metric with only the capabilities it
 * declared, looked up in the environment, then the policy. Every factory also gets the harness
 * capabilities it declared: {@link StandardCapabilities#SHARED_WORK} (one {@link SharedWork}
 * per runner, so per run and process) and {@link StandardCapabilities#DECISION_TIMER}. Acts
 * and learns are timed only when some metric of the trial requires the decision timer.
 * {@link org.recbench.api.Step#capabilities()} shows metrics everything the environment and
 * policy offer. Random streams come from {@link Seeds}.
 *
 * <p>A trial failure never escapes: any exception from a factory or from {@code reset},
 * {@code step}, {@code act}, {@code learn} or a metric (and a {@link StackOverflowError}) gives a
 * {@link TrialResult.Status#FAILED} result whose error is {@code <ExceptionSimpleName>: <message>}
 * (at most {@value #MAX_ERROR_CHARACTERS} characters, so a component quoting a huge input cannot
 * bloat {@code trials.jsonl} and the reports) and whose checkpoints are those read before the
 * failure. An {@link OutOfMemoryError} fails the trial too, saying how much memory this JVM may
 * use: it is almost always one allocation far larger than the rest (a parameter sized beyond the
 * heap), and the trial's objects are garbage once it ends. Other {@link Error}s propagate.
 *
 * <p>A time limit ({@link TrialSpec#timeLimitMillis()} &gt; 0) covers the whole trial, from the
 * environment's factory to the last step: the trial loop checks it every 1024 steps and at every
 * episode end ({@code time limit of N s exceeded after M steps}), and a {@link TrialWatchdog}
 * interrupts, and if need be abandons, a trial stuck inside a component ({@code time limit of N
 * s exceeded while creating the policy x}). The messages carry no exception name: the harness,
 * not a component, stopped the trial. The limit is also the only guard against an environment
 * that never ends an episode in an episode budget.
 */
public final class TrialRunner {

  /** The longest error message a failed trial records. */
  public static final int MAX_ERROR_CHARACTERS = 2000;

  private final Catalog catalog;
  private final SharedWork shared;

  /** Creates a runner that finds components in {@code catalog}, with its own shared work. */
  public TrialRunner(Catalog catalog) {
    this(catalog, new SharedWorkCache());
  }

  /** Creates a runner whose trials share {@code shared} (the analyses' shared work of a run). */
  public TrialRunner(Catalog catalog, SharedWork shared) {
    this.catalog = catalog;
    this.shared = shared;
  }

  /** Runs {@code spec} to the end of its budget, or until it fails. */
  public TrialResult run(TrialSpec spec) {
    long startNanos = System.nanoTime();
    TrialAttempt attempt = new TrialAttempt();
    Runnable body = () -> body(spec, startNanos, attempt);
    String error;
    if (spec.timeLimitMillis() > 0) {
      String overrun = TrialWatchdog.run(body, attempt, "recbench-trial-" + spec.key(),
          startNanos, spec.timeLimitMillis());
      error = overrun != null ? overrun : attempt.error();
    } else {
      body.run();
      error = attempt.error();
    }
    Throwable fatal = attempt.fatalError();
    if (fatal != null && error == null) {
      if (fatal instanceof Error unrecoverable) {
        throw unrecoverable;
      }
      error = describe(fatal);
    }
    long wallMillis = (System.nanoTime() - startNanos) / 1_000_000L;
    TrialResult.Status status = error == null ? TrialResult.Status.OK : TrialResult.Status.FAILED;
    return new TrialResult(spec.key(), spec, status, error, attempt.checkpoints(), wallMillis);
  }

  /** Creates the components and runs the loop, recording into {@code attempt}. */
  private void body(TrialSpec spec, long startNanos, TrialAttempt attempt) {
    try {
      prepare(spec, startNanos, attempt).run(attempt);
      attempt.finish(null);
    } catch (TimeLimitExceededException e) {
      attempt.finish(e.getMessage());
    } catch (Exception | StackOverflowError e) {
      attempt.finish(describe(e));
    } catch (OutOfMemoryError e) {
      attempt.finish(describe(e) + " while " + attempt.phase() + ": the trial needs more memory "
          + "than the " + Memory.format(Memory.maxHeapBytes()) + " this JVM may use (raise it with"
          + " -Xmx, e.g. RECBENCH_JAVA_OPTS=-Xmx8g, or choose smaller sizes)");
    } catch (Throwable e) {
      attempt.fatal(e);
    }
  }

  /**
   * Creates the environment of {@code spec} as its trial would (same random stream, the
   * harness capabilities it declared).
   */
  @SuppressWarnings("unchecked")
  public Environment<Object, Object, Object> environment(TrialSpec spec) {
    ComponentType<Environment<?, ?, ?>> type = catalog.environment(spec.environment().id());
    return (Environment<Object, Object, Object>) type.factory().create(
        spec.environment().toParams(), Seeds.environment(spec), granted(type, harness(false)));
  }

  /** The shared work of this runner's trials. */
  public SharedWork shared() {
    return shared;
  }

  @SuppressWarnings("unchecked")
  private TrialInteraction prepare(TrialSpec spec, long startNanos, TrialAttempt attempt) {
    List<ComponentConfig> metricConfigs = spec.metrics();
    List<ComponentType<Metric<?, ?, ?>>> metricTypes = new ArrayList<>(metricConfigs.size());
    boolean timed = false;
    for (ComponentConfig config : metricConfigs) {
      ComponentType<Metric<?, ?, ?>> type = catalog.metric(config.id());
      metricTypes.add(type);
      timed |= type.descriptor().requires(StandardCapabilities.DECISION_TIMER);
    }
    Capabilities harness = harness(timed);
    attempt.phase("creating the environment " + spec.environment().label());
    Environment<Object, Object, Object> environment = environment(spec);
    attempt.phase("creating the policy " + spec.policy().label());
    ComponentType<Policy<?, ?, ?>> policyType = catalog.policy(spec.policy().id());
    Policy<Object, Object, Object> policy =
        (Policy<Object, Object, Object>) policyType.factory().create(spec.policy().toParams(),
            Seeds.policy(spec), granted(policyType, either(harness, environment::capability)));
    Capabilities offered = new Capabilities() {
      @Override
      public <T> Optional<T> get(Capability<T> key) {
        return environment.capability(key).or(() -> policy.capability(key));
      }
    };
    Capabilities provided = either(harness, offered);
    String[] metricKeys = new String[metricConfigs.size()];
    Metric<Object, Object, Object>[] metrics =
        (Metric<Object, Object, Object>[]) new Metric<?, ?, ?>[metricKeys.length];
    for (int i = 0; i < metrics.length; i++) {
      ComponentConfig config = metricConfigs.get(i);
      metricKeys[i] = config.label();
      attempt.phase("creating the metric " + config.label());
      metrics[i] = (Metric<Object, Object, Object>) metricTypes.get(i).factory().create(
          config.toParams(), Seeds.metric(spec, config), granted(metricTypes.get(i), provided));
    }
    attempt.phase("running the trial loop (in reset, act, step, learn or a metric)");
    return LoopClasses.create(environment, policy, metricKeys, metrics, offered,
        spec.budget(), spec.checkpoints(), timed, startNanos, spec.timeLimitMillis());
  }

  /** What the harness provides: shared work always, the decision timer when {@code timed}. */
  private Capabilities harness(boolean timed) {
    return new Capabilities() {
      @Override
      public <T> Optional<T> get(Capability<T> key) {
        if (key.id().equals(StandardCapabilities.SHARED_WORK.id())) {
          return Optional.of(key.cast(shared));
        }
        if (key.id().equals(StandardCapabilities.DECISION_TIMER.id()) && timed) {
          return Optional.of(key.cast(Boolean.TRUE));
        }
        return Optional.empty();
      }
    };
  }

  private static Capabilities either(Capabilities first, Capabilities second) {
    return new Capabilities() {
      @Override
      public <T> Optional<T> get(Capability<T> key) {
        return first.get(key).or(() -> second.get(key));
      }
    };
  }

  /** The capabilities {@code type} declared as required, taken from {@code source}. */
  static Capabilities granted(ComponentType<?> type, Capabilities source) {
    Map<String, Object> values = new HashMap<>();
    for (Capability<?> capability : type.descriptor().requires()) {
      source.get(capability).ifPresent(value -> values.put(capability.id(), value));
    }
    return Capabilities.of(values);
  }

  /**
   * {@code <ExceptionSimpleName>: <message>}, or the name alone when there is no message; at most
   * {@value #MAX_ERROR_CHARACTERS} characters, unpaired surrogates and control characters
   * escaped ({@link Excerpt#limit}).
   */
  static String describe(Throwable e) {
    String name = e.getClass().getSimpleName().isEmpty()
        ? e.getClass().getName() : e.getClass().getSimpleName();
    return Excerpt.limit(e.getMessage() == null ? name : name + ": " + e.getMessage(),
        MAX_ERROR_CHARACTERS);
  }
}
