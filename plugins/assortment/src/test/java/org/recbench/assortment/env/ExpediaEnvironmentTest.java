package org.recbench.assortment.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.api.AnalysisContext;
import org.recbench.api.AnalysisResult;
import org.recbench.api.Capabilities;
import org.recbench.api.Fact;
import org.recbench.api.Params;
import org.recbench.api.SharedWork;
import org.recbench.assortment.Kit;
import org.recbench.assortment.expedia.ExpediaFixture;
import org.recbench.core.run.SharedWorkCache;
import org.recbench.core.run.TrialRunner;
import org.recbench.core.trial.TrialSpec;
import org.recbench.testkit.TrialOutcome;

/** {@code assortment.expedia} on a generated file in the ICDM 2013 format. */
class ExpediaEnvironmentTest {

  @TempDir
  Path dir;

  private TrialSpec spec(Path file) {
    return Kit.KIT.trial("assortment.expedia", "assortment.oracle")
        .environmentParams(Map.of("data-file", file.toString(), "capacity", 4, "max-rank", 3))
        .plan().get(0);
  }

  @Test
  void missingFileIsASkipReasonWithThePath() {
    Path missing = dir.resolve("nowhere/train.csv");
    Optional<String> reason = ExpediaEnvironmentType.skipReason(Params.of(Map.of("data-file",
        missing.toString())));
    assertThat(reason).hasValueSatisfying(text -> assertThat(text)
        .startsWith(missing.toAbsolutePath() + " not found").contains("Kaggle"));
    assertThatThrownBy(() -> Kit.KIT.trial("assortment.expedia", "assortment.oracle")
        .environmentParam("data-file", missing.toString()).plan())
        .hasMessageContaining("every environment-policy pair is skipped")
        .hasMessageContaining(missing.toAbsolutePath() + " not found");
  }

  /**
   * The analysis reads the data and fits the ground truth once and reports its GIC rank (2,
   * planted by the fixture) and criterion; the trials of the run reuse both through the shared
   * work.
   */
  @Test
  void analysisReportsTheGicRankAndTheTrialsReuseItsFit() {
    Path file = ExpediaFixture.write(dir.resolve("train.csv"), 300, 4);
    TrialSpec spec = spec(file);
    CountingWork shared = new CountingWork();
    AnalysisResult result = ExpediaEnvironmentType.type().analysis().analyse(
        context(spec.environment().toParams(), shared));
    assertThat(fact(result, "GIC rank")).isEqualTo(2);
    assertThat(fact(result, "hotels N")).isEqualTo(ExpediaFixture.TOP_HOTELS);
    double[] gic = {fact(result, "GIC(r = 1)"), fact(result, "GIC(r = 2)"),
        fact(result, "GIC(r = 3)")};
    assertThat(gic[1]).isLessThan(gic[0]).isLessThan(gic[2]);
    assertThat(result.figures()).singleElement()
        .satisfies(f -> assertThat(f.series().get(0).y()).containsExactly(gic));
    TrialRunner runner = new TrialRunner(Kit.KIT.catalog(), shared);
    TrialOutcome run = new TrialOutcome(runner.run(spec));
    assertThat(run.ok()).as(run.error()).isTrue();
    assertThat(run.last("reward")).isPositive();
    assertThat(shared.computations.get()).as("the data and the fit, once each").isEqualTo(2);
  }

  @Test
  void malformedLineFailsTheTrialNamingFileAndLine() throws IOException {
    Path good = ExpediaFixture.write(dir.resolve("good.csv"), 40, 2);
    List<String> lines = new ArrayList<>(Files.readAllLines(good));
    String[] fields = lines.get(7).split(",", -1);
    fields[8] = "four";
    lines.set(7, String.join(",", fields));
    Path bad = Files.write(dir.resolve("bad.csv"), lines);
    TrialOutcome run = Kit.KIT.trial("assortment.expedia", "assortment.oracle")
        .environmentParam("data-file", bad.toString()).metric("regret").horizon(5).runOne();
    assertThat(run.ok()).isFalse();
    assertThat(run.error()).contains("bad.csv:8: column prop_starrating: 'four' is neither a"
        + " number nor NULL");
  }

  @Test
  void capacityAboveTheHotelsFailsTheTrialSayingHowManyThereAre() {
    Path file = ExpediaFixture.write(dir.resolve("train.csv"), 60, 5);
    TrialOutcome run = Kit.KIT.trial("assortment.expedia", "assortment.oracle")
        .environmentParams(Map.of("data-file", file.toString(), "capacity", 25))
        .horizon(5).runOne();
    assertThat(run.error()).contains("capacity 25 exceeds the 20 hotels of destination 200");
  }

  private static double fact(AnalysisResult result, String name) {
    return result.facts().stream().filter(f -> f.name().equals(name)).findFirst()
        .map(Fact::value).orElseThrow(() -> new AssertionError("no fact " + name + " in "
            + result.facts()));
  }

  private static AnalysisContext context(Params params, SharedWork shared) {
    return new AnalysisContext() {
      @Override
      public Params params() {
        return params;
      }

      @Override
      public String environmentId() {
        return ExpediaEnvironmentType.ID;
      }

      @Override
      public Params environmentParams() {
        return params;
      }

      @Override
      public Capabilities capabilities() {
        return Capabilities.NONE;
      }

      @Override
      public SharedWork shared() {
        return shared;
      }
    };
  }

  /** The harness's shared work, counting the computations it runs. */
  private static final class CountingWork implements SharedWork {
    final SharedWorkCache cache = new SharedWorkCache();
    final AtomicInteger computations = new AtomicInteger();

    @Override
    public <T> T computeIfAbsent(Object key, Supplier<? extends T> compute) {
      return cache.computeIfAbsent(key, () -> {
        computations.incrementAndGet();
        return compute.get();
      });
    }
  }
}
