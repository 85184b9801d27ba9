package org.recbench.engine.spark;

import java.util.ArrayList;
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
 * Runs trials as Spark tasks. {@link #run} deals the trials into slices
 * ({@link TrialSlices}), submits one job with a task per slice and, on the calling thread,
 * hands each finished trial to the listener as its slice's result arrives
 * ({@link ResultStream}); {@code toLocalIterator} would fetch one partition at a time and run
 * no two tasks at once. A trial that throws is a failed result on the executor, so a task fails
 * only when its executor is lost (Spark retries it, and a result that arrives twice is dropped)
 * or lacks a plugin ({@link MissingPluginException}, reported as bad configuration).
 *
 * <p>The engine uses the JVM's Spark session when there is one (a {@code spark-submit}
 * application, a notebook, a test) and leaves it running; otherwise it starts one on the
 * master asked for, else {@code spark.master}, else {@value #DEFAULT_MASTER}, and stops it when
 * closed.
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

  /** How long a new session on a cluster waits for its first executor, in milliseconds. */
  private static final long EXECUTOR_WAIT_MILLIS = 60_000;

  private static final ExecutionContext SAME_THREAD = ExecutionContext.fromExecutor(Runnable::run);

  private final SparkSession session;
  private final boolean owned;
  private final String run;
  private final int parallelism;
  private final int trialsPerTask;
  private int duplicates;

  private SparkEngine(SparkSession session, boolean owned, String run, int trialsPerTask) {
    this.session = session;
    this.owned = owned;
    this.run = run;
    this.trialsPerTask = trialsPerTask;
    this.parallelism = Math.max(1, session.sparkContext().defaultParallelism());
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
    SparkSession session;
    boolean owned = existing == null;
    if (existing != null) {
      String running = existing.sparkContext().master();
      if (master != null && !master.equals(running)) {
        throw new ConfigurationException("--master " + master + ": this JVM already runs a "
            + "Spark session on " + running + "; leave --master out to use it");
      }
      session = existing;
    } else {
      session = open(master, jars);
    }
    int trialsPerTask = session.sparkContext().getConf().getInt(TRIALS_PER_TASK,
        DEFAULT_TRIALS_PER_TASK);
    if (trialsPerTask < 1) {
      if (owned) {
        session.stop();
      }
      throw new ConfigurationException(TRIALS_PER_TASK + " must be >= 1, was " + trialsPerTask);
    }
    String run = UUID.randomUUID().toString();
    TrialWorkers.register(run, new TrialWorker(catalog, new TrialRunner(catalog, shared)));
    return new SparkEngine(session, owned, run, trialsPerTask);
  }

  private static SparkSession open(String master, Supplier<List<String>> jars) {
    SparkConf conf = new SparkConf();
    String chosen = master != null ? master : conf.get("spark.master", DEFAULT_MASTER);
    conf.setMaster(chosen).setIfMissing("spark.app.name", "recbench");
    if (isLocal(chosen)) {
      conf.setIfMissing("spark.driver.host", LOOPBACK).setIfMissing("spark.driver.bindAddress",
          LOOPBACK).setIfMissing("spark.ui.enabled", "false");
    } else if (!conf.contains("spark.jars")) {
      conf.set("spark.jars", String.join(",", jars.get()));
    }
    SparkSession session;
    try {
      session = SparkSession.builder().config(conf).getOrCreate();
    } catch (RuntimeException e) {
      throw new ConfigurationException("--master " + chosen + ": Spark could not start: "
          + e.getMessage(), e);
    }
    if (!isLocal(chosen)) {
      awaitExecutor(session.sparkContext());
    }
    return session;
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
    return session.sparkContext().master();
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
    List<ArrayList<TrialSpec>> slices = TrialSlices.deal(List.copyOf(unique.values()),
        parallelism, trialsPerTask);
    ResultStream stream = new ResultStream(unique);
    SparkContext context = session.sparkContext();
    context.setJobDescription("recbench: " + unique.size() + " trials in " + slices.size()
        + " tasks");
    JavaRDD<ArrayList<TrialSpec>> rdd = JavaSparkContext.fromSparkContext(context)
        .parallelize(slices, slices.size());
    SimpleFutureAction<BoxedUnit> job = context.submitJob(rdd.rdd(), new RunSlice(run),
        CollectionConverters.asScala(IntStream.range(0, slices.size()).boxed()
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
      session.stop();
    }
  }
}
