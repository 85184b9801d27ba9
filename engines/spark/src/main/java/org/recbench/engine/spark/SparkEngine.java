package org.recbench.engine.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.recbench.api.ConfigurationException;
import org.recbench.api.SharedWork;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.engine.Engine;
import org.recbench.core.engine.TrialListener;
import org.recbench.core.run.TrialRunner;
import org.recbench.core.trial.TrialSpec;
import scala.concurrent.ExecutionContext;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.BoxedUnit;

/**
 * Runs trials as Spark tasks. {@link #run} broadcasts the plan, deals the trials' positions into
 * slices ({@link TrialSlices}), submits one job with a task per slice and, on the calling thread,
 * hands each finished trial to the listener as its slice's result arrives
 * ({@link ResultStream}); {@code toLocalIterator} would fetch one partition at a time and run
 * no two tasks at once. A trial that throws is a failed result on the executor, so a task fails
 * only when its executor is lost (Spark retries it, and a result that arrives twice is dropped)
 * or lacks a plugin ({@link MissingPluginException}, reported as bad configuration).
 *
 * <p>The engine uses the Spark context of the JVM's Spark session when there is one (a notebook,
 * a test) and leaves it running; otherwise it starts a bare {@link SparkContext} (the trials need
 * no Spark SQL, whose session costs about 2 CPU-seconds more to start) on the master asked for,
 * else {@code spark.master}, else {@value #DEFAULT_MASTER}, and stops it when closed.
 */
final class SparkEngine implements Engine {

  /** The master when neither {@code --master} nor {@code spark.master} names one. */
  static final String DEFAULT_MASTER = "local[*]";

  /** Spark setting for the most trials in one task ({@link TrialSlices}). */
  static final String TRIALS_PER_TASK = "spark.recbench.trialsPerTask";

  /** Default of {@value #TRIALS_PER_TASK}. */
  static final int DEFAULT_TRIALS_PER_TASK = 16;

  /**
   * Where the driver of a local master listens: nobody outside this machine needs it (nor its
   * web UI, which a local run starts only with {@code -Dspark.ui.enabled=true}).
   */
  private static final String LOOPBACK = "127.0.0.1";

  /** How long a new context on a cluster waits for its first executor, in milliseconds. */
  private static final long EXECUTOR_WAIT_MILLIS = 60_000;

  private static final ExecutionContext SAME_THREAD = ExecutionContext.fromExecutor(Runnable::run);

  private final SparkContext context;
  private final boolean owned;
  private final String run;
  private final int parallelism;
  private final int trialsPerTask;
  private int duplicates;

  private SparkEngine(SparkContext context, boolean owned, String run, int trialsPerTask) {
    this.context = context;
    this.owned = owned;
    this.run = run;
    this.trialsPerTask = trialsPerTask;
    this.parallelism = Math.max(1, context.defaultParallelism());
  }

  /**
   * Starts an engine for one run.
   *
   * @param master {@code --master}, or null
   * @param catalog the driver's catalog (trials of Spark's local mode use it)
   * @param shared the run's shared work in the driver's JVM
   * @param jars the jars to ship to a cluster's executors when {@code spark.jars} is unset
   * @throws ConfigurationException when the master is unusable or conflicts with the JVM's
   *     session
   */
  static SparkEngine start(String master, Catalog catalog, SharedWork shared,
      Supplier<List<String>> jars) {
    SparkSession existing = SparkSession.getActiveSession()
        .getOrElse(() -> SparkSession.getDefaultSession().getOrElse(() -> null));
    SparkContext context;
    boolean owned = existing == null;
    if (existing != null) {
      String running = existing.sparkContext().master();
      if (master != null && !master.equals(running)) {
        throw new ConfigurationException("--master " + master + ": this JVM already runs a "
            + "Spark session on " + running + "; leave --master out to use it");
      }
      context = existing.sparkContext();
    } else {
      context = open(master, jars);
    }
    int trialsPerTask = context.getConf().getInt(TRIALS_PER_TASK, DEFAULT_TRIALS_PER_TASK);
    if (trialsPerTask < 1) {
      if (owned) {
        context.stop();
      }
      throw new ConfigurationException(TRIALS_PER_TASK + " must be >= 1, was " + trialsPerTask);
    }
    String run = UUID.randomUUID().toString();
    TrialWorkers.register(run, new TrialWorker(catalog, new TrialRunner(catalog, shared)));
    return new SparkEngine(context, owned, run, trialsPerTask);
  }

  private static SparkContext open(String master, Supplier<List<String>> jars) {
    SparkConf conf = new SparkConf();
    String chosen = master != null ? master : conf.get("spark.master", DEFAULT_MASTER);
    conf.setMaster(chosen).setIfMissing("spark.app.name", "recbench");
    if (isLocal(chosen)) {
      conf.setIfMissing("spark.driver.host", LOOPBACK).setIfMissing("spark.driver.bindAddress",
          LOOPBACK).setIfMissing("spark.ui.enabled", "false");
    } else if (!conf.contains("spark.jars")) {
      conf.set("spark.jars", String.join(",", jars.get()));
    }
    SparkContext context;
    try {
      context = new SparkContext(conf);
    } catch (RuntimeException e) {
      throw new ConfigurationException("--master " + chosen + ": Spark could not start: "
          + e.getMessage(), e);
    }
    if (!isLocal(chosen)) {
      awaitExecutor(context);
    }
    return context;
  }

  /** Whether {@code master} runs the executor in this JVM ({@code local}, {@code local[N]}). */
  static boolean isLocal(String master) {
    return master.equals("local") || master.startsWith("local[");
  }

  /**
   * Waits until the cluster gave the application an executor, so its cores are known; after
   * {@value #EXECUTOR_WAIT_MILLIS} ms the run goes on, and its tasks wait for cores as Spark's
   * do.
   *
   * @throws ConfigurationException when Spark gave up first (no master answered)
   */
  private static void awaitExecutor(SparkContext context) {
    long deadline = System.nanoTime() + EXECUTOR_WAIT_MILLIS * 1_000_000L;
    while (context.statusTracker().getExecutorInfos().length < 2
        && System.nanoTime() < deadline) {
      if (context.isStopped()) {
        throw new ConfigurationException("--master " + context.master() + ": Spark stopped "
            + "before an executor registered; is the master running and reachable?");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CancellationException("interrupted while waiting for a Spark executor");
      }
    }
  }

  @Override
  public String name() {
    return SparkEngineProvider.NAME;
  }

  @Override
  public String master() {
    return context.master();
  }

  @Override
  public int parallelism() {
    return parallelism;
  }

  /** Results dropped so far because their trial had been delivered already. */
  int duplicates() {
    return duplicates;
  }

  @Override
  public void run(List<TrialSpec> trials, TrialListener listener) {
    Map<String, TrialSpec> unique = new LinkedHashMap<>();
    trials.forEach(t -> unique.putIfAbsent(t.key(), t));
    if (unique.isEmpty()) {
      return;
    }
    List<int[]> slices = TrialSlices.deal(unique.size(), parallelism, trialsPerTask);
    ResultStream stream = new ResultStream(unique);
    context.setJobDescription("recbench: " + unique.size() + " trials in " + slices.size()
        + " tasks");
    JavaSparkContext spark = JavaSparkContext.fromSparkContext(context);
    Broadcast<TrialSpec[]> plan = spark.broadcast(unique.values().toArray(TrialSpec[]::new));
    try {
      runJob(spark.parallelize(slices, slices.size()), new RunSlice(run, plan), stream,
          listener);
    } finally {
      plan.destroy();
    }
  }

  /** Runs one job of {@code slices} and delivers its results on this thread as they arrive. */
  private void runJob(JavaRDD<int[]> slices, RunSlice task, ResultStream stream,
      TrialListener listener) {
    int tasks = slices.getNumPartitions();
    SimpleFutureAction<BoxedUnit> job = context.submitJob(slices.rdd(), task,
        CollectionConverters.asScala(IntStream.range(0, tasks).boxed()
            .<Object>map(i -> i).toList()).toSeq(),
        (Object index, Finished[] results) -> {
          stream.slice(results);
          return BoxedUnit.UNIT;
        },
        () -> BoxedUnit.UNIT);
    job.onComplete(outcome -> {
      stream.ended(outcome.isFailure() ? outcome.failed().get() : null);
      return BoxedUnit.UNIT;
    }, SAME_THREAD);
    boolean ended = false;
    try {
      ResultStream.Outcome outcome = stream.deliver(listener);
      ended = true;
      duplicates += outcome.duplicates();
      if (outcome.failure() != null) {
        throw failed(outcome.failure());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for trials");
    } finally {
      if (!ended) {
        job.cancel();
      }
    }
  }

  /** A job failure: a missing plugin is bad configuration, anything else an internal error. */
  static RuntimeException failed(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof MissingPluginException missing) {
        return new ConfigurationException(missing.getMessage(), failure);
      }
    }
    String message = String.valueOf(failure.getMessage());
    String marker = MissingPluginException.class.getName() + ": ";
    int at = message.indexOf(marker);
    if (at >= 0) {
      String rest = message.substring(at + marker.length());
      int end = rest.indexOf('\n');
      return new ConfigurationException(end < 0 ? rest : rest.substring(0, end), failure);
    }
    return new IllegalStateException("the Spark job failed: " + message, failure);
  }

  @Override
  public void close() {
    TrialWorkers.unregister(run);
    if (owned) {
      context.stop();
    }
  }
}
