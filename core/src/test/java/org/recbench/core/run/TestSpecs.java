package org.recbench.core.run;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.recbench.api.Plugin;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.metrics.CorePlugin;
import org.recbench.core.scenario.Configurations;
import org.recbench.core.store.RunMetadata;
import org.recbench.core.store.RunSettings;
import org.recbench.core.testplugins.ProbePlugin;
import org.recbench.core.testplugins.TestPlugin;
import org.recbench.core.trial.Budget;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.TrialSpec;

/** Builds trial specs and the test catalog for harness tests. */
public final class TestSpecs {

  private TestSpecs() {}

  private static final Catalog CATALOG =
      Catalog.of(List.<Plugin>of(new TestPlugin(), new ProbePlugin(), new CorePlugin()));

  /** The test components, the probes and the core metrics. */
  public static Catalog catalog() {
    return CATALOG;
  }

  /** The metric configurations of {@code ids}, every parameter at its default. */
  public static List<ComponentConfig> metrics(List<String> ids) {
    return ids.stream().map(id -> Configurations.configure(
        CATALOG.metric(id).descriptor(), Map.of())).toList();
  }

  /** A component configuration: {@code params} and defaults, labelled by the params set. */
  public static ComponentConfig config(String id, Map<String, Object> params) {
    return Configurations.configure(CATALOG.find(id).orElseThrow().descriptor(), params);
  }

  /** A trial of scenario "test" without time limit. */
  public static TrialSpec spec(ComponentConfig environment, ComponentConfig policy,
      List<String> metrics, int seed, Budget budget, Long... checkpoints) {
    return new TrialSpec("test", environment, policy, metrics(metrics), seed, budget,
        Arrays.asList(checkpoints), 0);
  }

  /**
   * The {@code run.json} of a run of {@code plan} (scenario "test", ranked by {@code rankBy},
   * higher is better), started 2026-11-23T18:45:03Z on the local engine.
   */
  public static RunMetadata metadata(List<TrialSpec> plan, String rankBy, int threads) {
    TrialSpec first = plan.get(0);
    List<ComponentConfig> metrics = plan.stream().flatMap(t -> t.metrics().stream()).distinct()
        .toList();
    return new RunMetadata(RunMetadata.FORMAT, first.scenario(), "", "test.json", rankBy, true,
        RunSettings.of(first.budget(), first.checkpoints(), metrics, first.timeLimitMillis()),
        plan.stream().mapToInt(TrialSpec::seed).max().orElse(0) + 1, List.of(), List.of(),
        "unknown", "17", "Linux", "local", "", threads, "2026-11-23T18:45:03Z", List.of(), null);
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
