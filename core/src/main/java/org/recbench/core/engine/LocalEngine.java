package org.recbench.core.engine;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.recbench.core.run.TrialRunner;
import org.recbench.core.trial.TrialResult;
import org.recbench.core.trial.TrialSpec;

/**
 * Runs trials on a fixed pool of worker threads in this JVM. Workers only run trials; the
 * calling thread collects finished results and calls the listener, which is therefore never
 * called concurrently. Results do not depend on the number of threads.
 */
public final class LocalEngine implements Engine {

  private final TrialRunner runner;
  private final int threads;

  /**
   * Creates the engine.
   *
   * @param runner runs one trial
   * @param threads number of worker threads, at least 1
   */
  public LocalEngine(TrialRunner runner, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    this.runner = runner;
    this.threads = threads;
  }

  @Override
  public String name() {
    return LocalEngineProvider.NAME;
  }

  @Override
  public String master() {
    return "";
  }

  @Override
  public int parallelism() {
    return threads;
  }

  @Override
  public void run(List<TrialSpec> trials, TrialListener listener) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, new WorkerFactory());
    try {
      CompletionService<TrialResult> done = new ExecutorCompletionService<>(pool);
      for (TrialSpec trial : trials) {
        done.submit(() -> runner.run(trial));
      }
      for (int i = 0; i < trials.size(); i++) {
        listener.finished(done.take().get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for trials");
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** A trial's failures are results; what reaches here is an Error or a bug in the runner. */
  private static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof Error error) {
      throw error;
    }
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    return new IllegalStateException(cause);
  }

  /** Daemon workers named {@code recbench-trial-N}, so a stuck trial cannot keep the JVM alive. */
  private static final class WorkerFactory implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "recbench-trial-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
