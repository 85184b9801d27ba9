package org.recbench.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.recbench.api.Analysis;
import org.recbench.api.AnalysisResult;
import org.recbench.api.ComponentType;
import org.recbench.api.Environment;
import org.recbench.api.Fact;
import org.recbench.api.Plugin;
import org.recbench.api.Policy;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.scenario.Configurations;
import org.recbench.core.testplugins.TestPlugin;
import org.recbench.core.trial.AnalysisRecord;
import org.recbench.core.trial.Budget;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.TrialSpec;

class AnalysisRunnerTest {

  @Test
  void analysesOfTwoConfigurationsRunAtTheSameTimeAndAreRecordedInPlanOrder() {
    Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs two cores");
    CountDownLatch both = new CountDownLatch(2);
    Analysis meet = context -> {
      both.countDown();
      boolean met;
      try {
        met = both.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        met = false;
      }
      return new AnalysisResult(List.of(new Fact("arms", context.params().getInt("arms"), ""),
          new Fact("met the other analysis", met ? 1 : 0, "")), List.of());
    };
    TestPlugin test = new TestPlugin();
    ComponentType<Environment<?, ?, ?>> counting = test.environments().get(0).withAnalysis(meet);
    Catalog catalog = Catalog.of(List.of(new Plugin() {
      @Override
      public String name() {
        return "meeting";
      }

      @Override
      public List<ComponentType<Environment<?, ?, ?>>> environments() {
        return List.of(counting);
      }

      @Override
      public List<ComponentType<Policy<?, ?, ?>>> policies() {
        return test.policies();
      }
    }));
    ComponentConfig policy =
        Configurations.configure(test.policies().get(0).descriptor(), Map.of());
    List<TrialSpec> plan = List.of(3L, 2L).stream().map(arms -> new TrialSpec("meeting",
        Configurations.configure(counting.descriptor(), Map.of("arms", arms)), policy, List.of(),
        0, new Budget(Budget.Unit.STEPS, 10), List.of(10L), 0)).toList();

    List<AnalysisRecord> records = new AnalysisRunner(catalog, new TrialRunner(catalog))
        .run(plan, Map.of());

    assertThat(records).extracting(r -> r.result().facts().get(0).value())
        .containsExactly(3.0, 2.0);
    assertThat(records).allSatisfy(r -> assertThat(r.result().facts().get(1).value()).isEqualTo(1));
  }
}
