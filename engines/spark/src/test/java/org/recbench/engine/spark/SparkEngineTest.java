package org.recbench.engine.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recbench.core.run.TestSpecs.config;
import static org.recbench.core.run.TestSpecs.spec;
import static org.recbench.core.run.TestSpecs.steps;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recbench.api.ConfigurationException;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.engine.Engine;
import org.recbench.core.engine.EngineSettings;
import org.recbench.core.engine.Engines;
import org.recbench.core.engine.LocalEngine;
import org.recbench.core.run.SharedWorkCache;
import org.recbench.core.run.TestSpecs;
import org.recbench.core.run.TrialRunner;
import org.recbench.core.store.TrialJson;
import org.recbench.core.testplugins.TestPlugin;
import org.recbench.core.trial.TrialResult;
import org.recbench.core.trial.TrialSpec;

/** The Spark engine in Spark's local mode, on one session for the class. */
class SparkEngineTest {

  private static SparkSession session;

  @BeforeAll
  static void startSpark() {
    session = SparkSession.builder().master("local[2]").appName("SparkEngineTest")
        .config("spark.ui.enabled", "false").getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    session.stop();
  }

  /** 2 environments x 3 policies (one failing on some seeds) x 6 seeds. */
  private static List<TrialSpec> plan() {
    List<TrialSpec> plan = new ArrayList<>();
    for (long episodeLength : new long[] {0, 9}) {
      for (String policy : List.of("test.uniform", "test.round-robin", "test.flaky")) {
        for (int seed = 0; seed < 6; seed++) {
          plan.add(spec(config("test.random-means",
                  Map.of("arms", 5L, "episode-length", episodeLength)),
              config(policy, Map.of()),
              List.of("reward", "regret", "steps", "mean-episode-reward", "test.sum-of-means"),
              seed, steps(2000), 100L, 1000L, 2000L));
        }
      }
    }
    return plan;
  }

  private static Engine spark(Catalog catalog) {
    return new SparkEngineProvider().create(new EngineSettings(null, null), catalog,
        new SharedWorkCache());
  }

  @Test
  void sparkGivesTheLocalEnginesResultsIncludingFailedTrialsApartFromWallTime() {
    List<TrialSpec> plan = plan();
    List<String> local = new ArrayList<>();
    new LocalEngine(new TrialRunner(TestSpecs.catalog()), 2).run(plan, r -> local.add(line(r)));
    List<String> onSpark = new ArrayList<>();
    try (Engine engine = spark(TestSpecs.catalog())) {
      engine.run(plan, r -> onSpark.add(line(r)));
    }

    Collections.sort(local);
    Collections.sort(onSpark);
    assertThat(onSpark).hasSize(plan.size()).isEqualTo(local);
    assertThat(onSpark).anyMatch(l -> l.contains("\"status\":\"failed\""))
        .anyMatch(l -> l.contains("\"status\":\"ok\""));
  }

  @Test
  void theListenerHearsEachTrialKeyOnceNeverConcurrentlyEvenWhenThePlanRepeatsATrial() {
    List<TrialSpec> plan = new ArrayList<>(plan());
    plan.addAll(plan.subList(0, 5));
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger maxInside = new AtomicInteger();
    List<String> keys = new ArrayList<>();
    try (Engine engine = spark(TestSpecs.catalog())) {
      engine.run(plan, result -> {
        maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
        keys.add(result.key());
        Thread.yield();
        inside.decrementAndGet();
      });
    }

    assertThat(maxInside).hasValue(1);
    assertThat(keys).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(plan.stream().map(TrialSpec::key).distinct()
            .toList());
  }

  @Test
  void aListenerExceptionStopsTheRunAndReachesTheCaller() {
    AtomicInteger heard = new AtomicInteger();
    try (Engine engine = spark(TestSpecs.catalog())) {
      assertThatThrownBy(() -> engine.run(plan(), result -> {
        heard.incrementAndGet();
        throw new IllegalStateException("disk full");
      })).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
      assertThat(heard).hasValue(1);
      List<TrialResult> after = new ArrayList<>();
      engine.run(plan().subList(0, 3), after::add);
      assertThat(after).hasSize(3);
    }
  }

  @Test
  void aComponentMissingOnTheExecutorsFailsTheRunAsBadConfiguration() {
    try (Engine engine = spark(Catalog.of(List.of(new TestPlugin())))) {
      assertThatThrownBy(() -> engine.run(plan(), result -> {}))
          .isInstanceOf(ConfigurationException.class)
          .hasMessageStartingWith("an executor's classpath has no plugin for environment "
              + "test.random-means");
    }
  }

  @Test
  void theEngineIsFoundByNameUsesTheJvmsSessionAndRecordsItsMasterAndCores() {
    assertThat(Engines.named("spark")).isInstanceOf(SparkEngineProvider.class);
    try (Engine engine = spark(TestSpecs.catalog())) {
      assertThat(engine.name()).isEqualTo("spark");
      assertThat(engine.master()).isEqualTo("local[2]");
      assertThat(engine.parallelism()).isEqualTo(2);
    }
    assertThat(session.sparkContext().isStopped()).as("a session the engine did not start")
        .isFalse();
  }

  @Test
  void anotherMasterThanTheRunningSessionsOrAThreadCountIsRefused() {
    SparkEngineProvider provider = new SparkEngineProvider();

    assertThatThrownBy(() -> provider.create(new EngineSettings(null, "local[3]"),
        TestSpecs.catalog(), new SharedWorkCache()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("--master local[3]: this JVM already runs a Spark session on local[2]; "
            + "leave --master out to use it");
    assertThatThrownBy(() -> provider.create(new EngineSettings(4, null), TestSpecs.catalog(),
        new SharedWorkCache()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("--threads 4: the spark engine runs as many trials at once");
  }

  private static String line(TrialResult r) {
    return TrialJson.write(new TrialResult(r.key(), r.spec(), r.status(), r.error(),
        r.checkpoints(), 0));
  }
}
