package org.recbench.engine.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.metrics.CorePlugin;
import org.recbench.core.run.TestSpecs;
import org.recbench.core.run.TrialRunner;
import org.recbench.core.testplugins.TestPlugin;
import org.recbench.core.trial.TrialResult;
import org.recbench.core.trial.TrialSpec;

class TrialWorkersTest {

  private static TrialSpec spec(String policy, int seed) {
    return TestSpecs.spec(TestSpecs.config("test.counting", Map.of()),
        TestSpecs.config(policy, Map.of()), List.of("reward", "regret"), seed,
        TestSpecs.steps(200), 100L, 200L);
  }

  @Test
  void anExecutorBuildsItsWorkerFromTheServiceLoaderCatalogOncePerRun() {
    TrialWorker first = TrialWorkers.of("run-a");
    TrialWorker again = TrialWorkers.of("run-a");
    TrialWorker next = TrialWorkers.of("run-b");

    assertThat(again).isSameAs(first);
    assertThat(next).isNotSameAs(first);
    assertThat(first.catalog().plugins()).extracting(p -> p.name())
        .containsExactlyInAnyOrder(TestPlugin.NAME, new CorePlugin().name());
    TrialSpec spec = spec("test.round-robin", 3);
    Finished remote = first.run(List.of(spec))[0];
    TrialResult local = new TrialRunner(TestSpecs.catalog()).run(spec);
    assertThat(remote.status()).isEqualTo(TrialResult.Status.OK);
    assertThat(remote.key()).isEqualTo(spec.key());
    assertThat(remote.checkpoints()).isEqualTo(local.checkpoints());
  }

  @Test
  void aRegisteredWorkerServesItsRunUntilUnregistered() {
    TrialWorker driver = new TrialWorker(TestSpecs.catalog(),
        new TrialRunner(TestSpecs.catalog()));
    TrialWorkers.register("run-c", driver);

    assertThat(TrialWorkers.of("run-c")).isSameAs(driver);
    TrialWorkers.unregister("run-c");
    assertThat(TrialWorkers.of("run-c")).isNotSameAs(driver);
  }

  @Test
  void aSliceWithAComponentMissingOnTheExecutorFailsBeforeAnyTrialRuns() {
    TrialWorker worker = new TrialWorker(Catalog.of(List.of(new TestPlugin())),
        new TrialRunner(TestSpecs.catalog()));

    assertThatThrownBy(() -> worker.run(List.of(spec("test.round-robin", 0),
        spec("test.uniform", 1), spec("test.uniform", 2))))
        .isInstanceOf(MissingPluginException.class)
        .hasMessage("an executor's classpath has no plugin for metric reward, metric regret, "
            + "policy test.uniform; ship the plugin's jar with RECBENCH_CLASSPATH (runs from "
            + "./recbench) or spark-submit --jars");
  }
}
