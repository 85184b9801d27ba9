package org.recbench.api;

import java.util.function.Supplier;

/**
 * Work shared by the trials of a run: a model extracted from a data file, a deterministic plan,
 * an optimal value. Provided by the harness under {@link StandardCapabilities#SHARED_WORK} to
 * components that require it. A value is computed once per run and process (a distributed engine
 * computes it once per executor) and then handed to every caller with an equal key, so it must
 * be a pure function of the key — never of a trial's random stream — and immutable or safe to
 * share between threads.
 */
@FunctionalInterface
public interface SharedWork {

  /**
   * The value for {@code key}, computing it with {@code compute} if no caller did before.
   * Concurrent callers with equal keys wait for one computation; an exception is rethrown to
   * every caller and not cached.
   *
   * @param key a value object (record, list, string) naming everything the result depends on,
   *     including the calling component's id
   * @param compute computes the value; may itself call this method with other keys
   */
  <T> T computeIfAbsent(Object key, Supplier<? extends T> compute);
}
