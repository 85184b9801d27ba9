package org.recbench.engine.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.run.SharedWorkCache;
import org.recbench.core.run.TrialRunner;

/**
 * The trial workers of this JVM, one per run. A driver registers its own worker (its catalog
 * and the run's shared work, which the analyses filled), so Spark's local mode, whose executor
 * is the driver's JVM, runs trials exactly as the local engine does. An executor in another JVM
 * builds its worker on the first task of a run, from {@link Catalog#load()} of the task's class
 * loader (the executor's classpath and the jars Spark shipped) and a new shared work; it keeps
 * only the latest run's, since a Spark application runs its runs one after another.
 */
final class TrialWorkers {

  private static final Map<String, TrialWorker> REGISTERED = new ConcurrentHashMap<>();
  private static final Object LOCK = new Object();
  private static String builtRun;
  private static TrialWorker built;

  private TrialWorkers() {}

  /** Makes {@code worker} the worker of {@code run} in this JVM (the driver's). */
  static void register(String run, TrialWorker worker) {
    REGISTERED.put(run, worker);
  }

  /** Forgets the worker the driver registered for {@code run}. */
  static void unregister(String run) {
    REGISTERED.remove(run);
  }

  /** The worker of {@code run}: the registered one, else this JVM's own, built once per run. */
  static TrialWorker of(String run) {
    TrialWorker registered = REGISTERED.get(run);
    if (registered != null) {
      return registered;
    }
    synchronized (LOCK) {
      if (!run.equals(builtRun)) {
        Catalog catalog = Catalog.load();
        built = new TrialWorker(catalog, new TrialRunner(catalog, new SharedWorkCache()));
        builtRun = run;
      }
      return built;
    }
  }
}
