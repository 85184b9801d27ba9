package org.recbench.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class FileWritesTest {

  @Test
  void everyWriteRunsAndTheFirstFailureInListOrderIsThrown() {
    Set<Integer> ran = ConcurrentHashMap.newKeySet();
    List<FileWrites.Write> writes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      int index = i;
      writes.add(() -> {
        ran.add(index);
        if (index == 2 || index == 5) {
          throw new IOException("write " + index + " failed");
        }
      });
    }
    for (int repeat = 0; repeat < 50; repeat++) {
      ran.clear();
      assertThatThrownBy(() -> FileWrites.runAll(writes)).isInstanceOf(IOException.class)
          .hasMessage("write 2 failed");
      assertThat(ran).hasSize(8);
    }
  }

  @Test
  void twoWritesRunAtTheSameTimeWhenTwoCoresAreThere() throws IOException {
    Assumptions.assumeTrue(
        Runtime.getRuntime().availableProcessors() >= 2, "needs two cores");
    CountDownLatch both = new CountDownLatch(2);
    FileWrites.Write meet = () -> {
      both.countDown();
      try {
        if (!both.await(10, TimeUnit.SECONDS)) {
          throw new IOException("the other write did not run at the same time");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    };
    FileWrites.runAll(List.of(meet, meet));
  }
}
