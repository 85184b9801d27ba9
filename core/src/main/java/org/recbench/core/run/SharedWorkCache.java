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
 * and its exception rethrown to every caller that waited for it.
 */
public final class SharedWorkCache implements SharedWork {

  private final ConcurrentHashMap<Object, FutureTask<Object>> tasks = new ConcurrentHashMap<>();

  @Override
  @SuppressWarnings("unchecked")
  public <T> T computeIfAbsent(Object key, Supplier<? extends T> compute) {
    FutureTask<Object> created = new FutureTask<>(compute::get);
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
      throw rethrow(e.getCause());
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
}
