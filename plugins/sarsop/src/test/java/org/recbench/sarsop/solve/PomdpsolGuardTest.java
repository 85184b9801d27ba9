package org.recbench.sarsop.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The guard around a pomdpsol run counts CPU time, as SARSOP's own timeout does: a process that
 * waits past the limit on a loaded machine is left alone, one that computes past it is stopped.
 */
class PomdpsolGuardTest {

  @Test
  void aProcessThatWaitsLongerThanTheCpuLimitIsNotStopped() throws IOException,
      InterruptedException {
    Process idle = new ProcessBuilder("sleep", "1.5").start();
    Optional<String> overrun = Pomdpsol.await(idle, System.nanoTime(), 500);
    assertThat(overrun).isEmpty();
    assertThat(idle.exitValue()).isZero();
  }

  @Test
  void aProcessThatComputesLongerThanTheCpuLimitIsStopped() throws IOException,
      InterruptedException {
    Process busy = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
    try {
      assertThat(Pomdpsol.await(busy, System.nanoTime(), 300))
          .hasValueSatisfying(why -> assertThat(why).endsWith("time"));
    } finally {
      busy.destroyForcibly().waitFor();
    }
  }
}
