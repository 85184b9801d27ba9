package org.recbench.core.engine;

import java.util.List;
import org.recbench.core.trial.TrialSpec;

/**
 * Runs a list of independent trials, in any order and with any parallelism. Because a trial is a
 * pure function of its {@link TrialSpec} (see {@link org.recbench.core.run.Seeds}), every engine
 * yields the same results; only wall-clock fields may differ. Created by an
 * {@link EngineProvider}; closed when the run ends.
 */
public interface Engine extends AutoCloseable {

  /** The provider's name, recorded in {@code run.json}: "local", "spark". */
  String name();

  /** Where trials run, recorded in {@code run.json}: "" for this JVM, else e.g. a Spark master. */
  String master();

  /** How many trials run at once (threads, executor cores), recorded in {@code run.json}. */
  int parallelism();

  /**
   * Runs every trial and hands each result to {@code listener} as it finishes, exactly once per
   * trial key; returns when all are done. Calls to the listener are serial. A trial that fails
   * is a failed result, never retried by the engine; an exception thrown by the listener stops
   * the run and is rethrown.
   */
  void run(List<TrialSpec> trials, TrialListener listener);

  /** Releases the engine's resources (threads, a cluster session). */
  @Override
  default void close() {}
}
