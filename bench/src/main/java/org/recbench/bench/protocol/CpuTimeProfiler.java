package org.recbench.bench.protocol;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler ({@code -prof org.recbench.bench.protocol.CpuTimeProfiler}) that reports the
 * CPU time the benchmark's worker threads spent per operation, {@code ·cpu} in ns/op. Wall time
 * per operation also counts the time a worker waited for a core; CPU time does not, so on a
 * loaded machine it stays close to the quiet machine's wall time (cache and frequency effects of
 * the other load remain).
 */
public final class CpuTimeProfiler implements InternalProfiler {

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private long startNanos;

  @Override
  public String getDescription() {
    return "CPU time of the benchmark threads per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    startNanos = workerCpuNanos();
  }

  @Override
  public List<Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
      IterationResult result) {
    long cpu = workerCpuNanos() - startNanos;
    long operations = result.getMetadata().getMeasuredOps();
    double perOperation = operations == 0 ? Double.NaN : (double) cpu / operations;
    return List.of(new ScalarResult("·cpu", perOperation, "ns/op", AggregationPolicy.AVG));
  }

  /** CPU time of every live JMH worker thread, summed. */
  private long workerCpuNanos() {
    long total = 0;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().contains("jmh-worker")) {
        long nanos = threads.getThreadCpuTime(info.getThreadId());
        if (nanos > 0) {
          total += nanos;
        }
      }
    }
    return total;
  }
}
