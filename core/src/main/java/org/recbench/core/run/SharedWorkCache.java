package org.recbench.core.run;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.recbench.api.SharedWork;

/**
 * The {@link SharedWork} of one run in this process: the first caller of a key computes the
 * value on its own thread while later callers with an equal key wait for it. Computations run
 * outside any lock, so a computation may look up other keys; a failed computation is forgotten
 * and its exception rethrown to every caller that waited for it — unless it failed because its
 * thread was interrupted (the {@link TrialWatchdog} stopping the trial that computed it): then the
 * failure belongs to that trial alone, and a waiting caller computes the value itself.
 */
public final class SharedWorkCache implements SharedWork {

  private final ConcurrentHashMap<Object, FutureTask<Object>> tasks = new ConcurrentHashMap<>();

  @Override
  @SuppressWarnings("unchecked")
  public <T> T computeIfAbsent(Object key, Supplier<? extends T> compute) {
    while (true) {
      FutureTask<Object> created = new FutureTask<>(() -> {
        try {
          return compute.get();
        } catch (RuntimeException | Error e) {
          if (Thread.currentThread().isInterrupted()) {
            throw new Interrupted(e);
          }
          throw e;
        }
      });
      FutureTask<Object> task = tasks.putIfAbsent(key, created);
      if (task == null) {
        task = created;
        task.run();
      }
      try {
        return (T) task.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for shared work " + key, e);
      } catch (ExecutionException e) {
        tasks.remove(key, task);
        if (!(e.getCause() instanceof Interrupted interrupted)) {
          throw rethrow(e.getCause());
        }
        if (task == created) {
          throw rethrow(interrupted.getCause());
        }
      }
    }
  }

  /** Number of values computed and kept. */
  public int size() {
    return tasks.size();
  }

  private static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }

  /** A computation that failed because its own thread was interrupted. */
  private static final class Interrupted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Interrupted(Throwable cause) {
      super(cause);
    }
  }
}
