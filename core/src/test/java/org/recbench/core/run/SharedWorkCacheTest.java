package org.recbench.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedWorkCacheTest {

  private final SharedWorkCache cache = new SharedWorkCache();

  @Test
  void concurrentCallersWithEqualKeysShareOneComputation() throws Exception {
    AtomicInteger computations = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        answers.add(pool.submit(() -> {
          start.await();
          return cache.computeIfAbsent(List.of("plan", 7), () -> {
            computations.incrementAndGet();
            return "value";
          });
        }));
      }
      start.countDown();
      for (Future<String> answer : answers) {
        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("value");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(computations).hasValue(1);
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void aFailedComputationIsNotCachedAndReachesTheCaller() {
    assertThatThrownBy(() -> cache.computeIfAbsent("k", () -> {
      throw new IllegalStateException("data file vanished");
    })).isInstanceOf(IllegalStateException.class).hasMessage("data file vanished");

    assertThat(cache.<String>computeIfAbsent("k", () -> "second try")).isEqualTo("second try");
  }

  @Test
  void aComputationMayUseOtherKeys() {
    int value = cache.computeIfAbsent("outer", () -> cache.<Integer>computeIfAbsent("inner",
        () -> 20) + 1);

    assertThat(value).isEqualTo(21);
    assertThat(cache.<Integer>computeIfAbsent("inner", () -> 0)).isEqualTo(20);
  }

  @Test
  void aComputationStoppedByItsTrialsInterruptIsComputedAgainByAWaitingCaller()
      throws Exception {
    CountDownLatch computing = new CountDownLatch(1);
    AtomicInteger computations = new AtomicInteger();
    Thread stopped = new Thread(() -> {
      try {
        cache.computeIfAbsent("extraction", () -> {
          computations.incrementAndGet();
          computing.countDown();
          try {
            Thread.sleep(10_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("extraction interrupted", e);
          }
          return "never";
        });
      } catch (IllegalStateException expected) {
        // the stopped trial fails with its own interrupt
      }
    });
    stopped.start();
    computing.await();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<String> waiter = pool.submit(() -> cache.computeIfAbsent("extraction", () -> {
        computations.incrementAndGet();
        return "value";
      }));
      Thread.sleep(100);
      stopped.interrupt();

      assertThat(waiter.get(10, TimeUnit.SECONDS)).isEqualTo("value");
      assertThat(computations).hasValue(2);
    } finally {
      pool.shutdownNow();
      stopped.join();
    }
  }
}
