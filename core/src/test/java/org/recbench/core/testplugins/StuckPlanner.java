package org.recbench.core.testplugins;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.ParamProblem;
import org.recbench.api.ParamSpec;
import org.recbench.api.Policy;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.BanditProtocol;
import org.recbench.protocol.bandit.Reward;

/**
 * {@code test.stuck-planner}: a policy that overruns inside a component, for the time-limit
 * watchdog — planning in its factory by sleeping (interruptible) or spinning (deaf to interrupts),
 * sleeping in {@code act}, or allocating an array larger than any heap. Its validation throws on
 * {@code "mode": "broken-check"}, as a plugin bug would.
 */
public final class StuckPlanner implements Policy<BanditObservation, Arm, Reward> {

  /** The component type. */
  public static final ComponentType<Policy<?, ?, ?>> TYPE = ComponentType.policy(
      Descriptor.builder(Kind.POLICY, "test.stuck-planner", BanditProtocol.PROTOCOL)
          .param(ParamSpec.string("mode", "sleep", "sleep, spin, act-sleep, allocate or "
                  + "broken-check").oneOf("sleep", "spin", "act-sleep", "allocate",
                  "broken-check"),
              ParamSpec.number("seconds", 10, "how long to plan or act"))
          .build(),
      (params, rng, capabilities) -> {
        long nanos = (long) (params.getDouble("seconds") * 1e9);
        switch (params.getString("mode")) {
          case "sleep" -> sleep(nanos);
          case "spin" -> {
            long end = System.nanoTime() + nanos;
            while (System.nanoTime() < end) {
              Thread.onSpinWait();
            }
          }
          case "allocate" -> {
            long[] huge = new long[Integer.MAX_VALUE - 16];
            huge[0] = 1;
          }
          default -> { }
        }
        return new StuckPlanner(params.getString("mode").equals("act-sleep") ? nanos : 0);
      }).withValidation(params -> {
        if (params.getString("mode").equals("broken-check")) {
          throw new ArithmeticException("integer overflow");
        }
        return List.<ParamProblem>of();
      });

  private final long actNanos;

  private StuckPlanner(long actNanos) {
    this.actNanos = actNanos;
  }

  @Override
  public Arm act(BanditObservation observation) {
    if (actNanos > 0) {
      sleep(actNanos);
    }
    return Arm.of(0);
  }

  @Override
  public void learn(BanditObservation observation, Arm action, Reward feedback) {}

  private static void sleep(long nanos) {
    try {
      TimeUnit.NANOSECONDS.sleep(nanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("planning interrupted", e);
    }
  }
}
