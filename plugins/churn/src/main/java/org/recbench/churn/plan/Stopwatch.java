package org.recbench.churn.plan;

import java.util.function.Supplier;

/** Times a planner run, for {@link PlanningCost#planningMillis()}. */
public final class Stopwatch {

  /**
   * A planner's result and its wall time.
   *
   * @param result what the planner returned
   * @param millis wall time in milliseconds
   * @param <R> result type
   */
  public record Timed<R>(R result, double millis) {}

  private Stopwatch() {}

  /** Runs {@code planner} and measures its wall time. */
  public static <R> Timed<R> time(Supplier<R> planner) {
    long start = System.nanoTime();
    R result = planner.get();
    return new Timed<>(result, (System.nanoTime() - start) / 1e6);
  }
}
