package org.recbench.core.testplugins;

import java.util.List;
import java.util.stream.IntStream;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.ParamSpec;
import org.recbench.api.Step;
import org.recbench.api.VectorMetric;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditProtocol;
import org.recbench.protocol.bandit.Reward;

/**
 * Test vector metric {@code test.arm-shares}: the share of steps each of the first {@code arms}
 * arms was pulled, with labels {@code arm-0}, {@code arm-1}, ...
 */
final class ArmShares implements VectorMetric<Object, Arm, Reward> {

  static final ComponentType<org.recbench.api.Metric<?, ?, ?>> TYPE = ComponentType.metric(
      Descriptor.builder(Kind.METRIC, "test.arm-shares", BanditProtocol.PROTOCOL)
          .description("share of pulls per arm")
          .param(ParamSpec.integer("arms", 3, "arms counted").range(1.0, 100.0))
          .vector()
          .build(),
      (params, rng, capabilities) -> new ArmShares(params.getInt("arms")));

  private final List<String> labels;
  private final long[] pulls;
  private long steps;

  private ArmShares(int arms) {
    this.labels = IntStream.range(0, arms).mapToObj(a -> "arm-" + a).toList();
    this.pulls = new long[arms];
  }

  @Override
  public void record(Step<Object, Arm, Reward> step) {
    int arm = step.action().index();
    if (arm < pulls.length) {
      pulls[arm]++;
    }
    steps++;
  }

  @Override
  public List<String> labels() {
    return labels;
  }

  @Override
  public void values(double[] into) {
    for (int a = 0; a < pulls.length; a++) {
      into[a] = steps == 0 ? Double.NaN : (double) pulls[a] / steps;
    }
  }
}
