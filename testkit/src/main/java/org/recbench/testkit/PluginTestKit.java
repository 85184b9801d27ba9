package org.recbench.testkit;

import java.util.ArrayList;
import java.util.List;
import org.recbench.api.Plugin;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.metrics.CorePlugin;

/**
 * Runs a plugin's components through the real harness — scenario validation, planning,
 * {@code TrialRunner} and its trial loop — from a plugin's own tests, so that a test observes
 * exactly what a scenario run would. Start with {@link #of} and {@link #trial}:
 *
 * <pre>{@code
 * List<TrialOutcome> runs = PluginTestKit.of(new MyPlugin())
 *     .trial("bandit.bernoulli", "bandit.kl-ucb")
 *     .environmentParam("arms", 5)
 *     .metric("regret")
 *     .horizon(2000)
 *     .seeds(20)
 *     .run();
 * double[] regrets = TrialOutcome.finalValues(runs, "regret");
 * }</pre>
 */
public final class PluginTestKit {

  private final Catalog catalog;

  private PluginTestKit(Catalog catalog) {
    this.catalog = catalog;
  }

  /**
   * A kit whose catalog holds {@code plugins} and the harness's own metrics ({@code reward},
   * {@code regret}, {@code decision-time}, ...), whatever else is on the classpath.
   */
  public static PluginTestKit of(Plugin... plugins) {
    List<Plugin> all = new ArrayList<>(List.of(plugins));
    if (all.stream().noneMatch(p -> p instanceof CorePlugin)) {
      all.add(new CorePlugin());
    }
    return new PluginTestKit(Catalog.of(all));
  }

  /** A kit whose catalog holds every plugin on the classpath, as {@code recbench} would load. */
  public static PluginTestKit classpath() {
    return new PluginTestKit(Catalog.load());
  }

  /** The catalog trials are built from. */
  public Catalog catalog() {
    return catalog;
  }

  /** A trial of {@code policyId} on {@code environmentId}, to configure and run. */
  public TrialBuilder trial(String environmentId, String policyId) {
    return new TrialBuilder(catalog, environmentId, policyId);
  }
}
