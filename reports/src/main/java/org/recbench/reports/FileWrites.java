package org.recbench.reports;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Runs independent file writes at once (a run's report files are written from one immutable
 * {@link Leaderboard}, so they do not depend on one another): on a parallel stream, which the
 * calling thread helps, so even a two-core machine writes two files at a time. Every write runs
 * to its end; then the first failure in list order is thrown, whatever order they ran in.
 */
public final class FileWrites {

  /** One file write. */
  @FunctionalInterface
  public interface Write {
    /** Writes the file. */
    void run() throws IOException;
  }

  private FileWrites() {}

  /** Runs every write of {@code writes}, then throws the first one's failure in list order. */
  public static void runAll(List<Write> writes) throws IOException {
    IOException[] failures = new IOException[writes.size()];
    IntStream.range(0, writes.size()).parallel().forEach(i -> {
      try {
        writes.get(i).run();
      } catch (IOException e) {
        failures[i] = e;
      }
    });
    for (IOException failure : failures) {
      if (failure != null) {
        throw failure;
      }
    }
  }
}
