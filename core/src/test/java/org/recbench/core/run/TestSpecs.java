package org.recbench.core.run;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.recbench.api.Plugin;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.metrics.CorePlugin;
import org.recbench.core.trial.Budget;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.TrialSpec;

/** Builds trial specs and the test catalog for harness tests. */
public final class TestSpecs {

  private TestSpecs() {}

  /** The test components plus the core metrics. */
  public static Catalog catalog() {
    return Catalog.of(List.<Plugin>of(new TestPlugin(), new CorePlugin()));
  }

  /** A component configuration labelled by its id and parameters. */
  public static ComponentConfig config(String id, Map<String, Object> params) {
    return new ComponentConfig(id, params, id + params);
  }

  /** A trial of scenario "test" without time limit. */
  public static TrialSpec spec(ComponentConfig environment, ComponentConfig policy,
      List<String> metrics, int seed, Budget budget, Long... checkpoints) {
    return new TrialSpec("test", environment, policy, metrics, seed, budget,
        Arrays.asList(checkpoints), 0);
  }

  /** A step budget. */
  public static Budget steps(long length) {
    return new Budget(Budget.Unit.STEPS, length);
  }

  /** An episode budget. */
  public static Budget episodes(long length) {
    return new Budget(Budget.Unit.EPISODES, length);
  }
}
