package org.recbench.core.testplugins;

import java.util.List;
import org.recbench.api.ComponentType;
import org.recbench.api.Environment;
import org.recbench.api.Metric;
import org.recbench.api.Plugin;
import org.recbench.api.Policy;
import org.recbench.api.figure.FigureSource;

/**
 * The components of core's tests, registered in
 * {@code src/test/resources/META-INF/services/org.recbench.api.Plugin}: small but working
 * environments, policies and metrics that cover every parameter type, required parameters, both
 * protocols, the oracle, expected-rewards and churn-model capabilities, planning statistics, a
 * skip check, a metric with a parameter, a vector metric and a figure source. Scenarios record the harness's own
 * metrics ({@code reward}, {@code regret},
 * {@code steps}, {@code decision-time}). The probes of the harness tests are a second plugin,
 * {@link ProbePlugin}, that scenario tests do not see.
 */
public final class TestPlugin implements Plugin {

  /** The plugin name. */
  public static final String NAME = "core-test";

  /** The skip reason of {@code test.external} with {@code solver = "external"}. */
  public static final String EXTERNAL_SOLVER_MISSING = ExternalSolver.MISSING;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<ComponentType<Environment<?, ?, ?>>> environments() {
    return List.of(CountingBandit.TYPE, TableBandit.TYPE, StickySessions.TYPE);
  }

  @Override
  public List<ComponentType<Policy<?, ?, ?>>> policies() {
    return List.of(RoundRobin.TYPE, Greedy.TYPE, OracleFollower.TYPE, ExternalSolver.TYPE,
        FirstCategory.TYPE, FixedArm.TYPE);
  }

  @Override
  public List<ComponentType<Metric<?, ?, ?>>> metrics() {
    return List.of(ScaledReward.TYPE, ArmShares.TYPE);
  }

  @Override
  public List<FigureSource> figures() {
    return List.of(new RewardCurves());
  }

}
