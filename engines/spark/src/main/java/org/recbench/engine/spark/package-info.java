/**
 * The Spark engine: a run's trials on an Apache Spark cluster (or Spark's local mode), with the
 * same results as the local engine. The driver ships serialised
 * {@link org.recbench.core.trial.TrialSpec}s in slices, one Spark task each
 * ({@link org.recbench.engine.spark.TrialSlices}); every executor JVM builds one
 * {@link org.recbench.engine.spark.TrialWorker} per run from the plugins on its classpath
 * ({@link org.recbench.engine.spark.TrialWorkers}); finished slices stream back to the driver,
 * which hands each trial to the run's listener exactly once
 * ({@link org.recbench.engine.spark.ResultStream}).
 */
package org.recbench.engine.spark;
