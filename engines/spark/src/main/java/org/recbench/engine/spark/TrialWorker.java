package org.recbench.engine.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.recbench.api.Kind;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.run.TrialRunner;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.TrialSpec;

/**
 * Runs a run's trials in one executor JVM: the catalog of the plugins there and a
 * {@link TrialRunner} with that JVM's shared work of the run.
 *
 * @param catalog the components trials are built from
 * @param runner runs one trial
 */
record TrialWorker(Catalog catalog, TrialRunner runner) {

  /** Checks both parts. */
  TrialWorker {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(runner, "runner");
  }

  /**
   * Runs {@code slice} in order. A trial that throws is a failed result, as with any engine.
   * Results go back without their specs, which the driver has.
   *
   * @throws MissingPluginException before running anything, when a component of the slice is
   *     not on this JVM's classpath: a deployment fault, not a trial's, so the task fails (and
   *     Spark retries it elsewhere) instead of recording failed trials
   */
  Finished[] run(List<TrialSpec> slice) {
    List<String> missing = new ArrayList<>();
    for (TrialSpec spec : slice) {
      require(Kind.ENVIRONMENT, spec.environment(), missing);
      require(Kind.POLICY, spec.policy(), missing);
      for (ComponentConfig metric : spec.metrics()) {
        require(Kind.METRIC, metric, missing);
      }
    }
    if (!missing.isEmpty()) {
      throw new MissingPluginException(missing);
    }
    Finished[] results = new Finished[slice.size()];
    for (int i = 0; i < results.length; i++) {
      results[i] = Finished.of(runner.run(slice.get(i)));
    }
    return results;
  }

  private void require(Kind kind, ComponentConfig config, List<String> missing) {
    String name = kind.label() + " " + config.id();
    if (catalog.find(kind, config.id()).isEmpty() && !missing.contains(name)) {
      missing.add(name);
    }
  }
}
