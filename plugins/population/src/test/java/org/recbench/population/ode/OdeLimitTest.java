package org.recbench.population.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.recbench.population.Populations.paperInstance;
import static org.recbench.population.Populations.trial;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.api.AnalysisResult;
import org.recbench.api.Fact;
import org.recbench.api.figure.Series;
import org.recbench.core.run.AnalysisRunner;
import org.recbench.core.run.TrialRunner;
import org.recbench.core.trial.AnalysisRecord;
import org.recbench.population.Populations;
import org.recbench.population.indices.SimplexProjection;
import org.recbench.population.model.AttributeGenerators;
import org.recbench.protocol.population.AttributeTable;

/**
 * The analysis of {@code population.softmax-ls} through the harness's analysis runner: the ODE
 * of the configuration's own s(0) = ζ/t0, its facts and figures, and the curves read back.
 */
class OdeLimitTest {

  /** The analyses of softmax-ls with {@code policy} parameters on the paper's Fig. 3c instance. */
  private static List<AnalysisRecord> analyses(long clockOffset, Map<String, ?> policy) {
    Map<String, Object> environment = paperInstance(clockOffset, 0.1);
    environment.put("users", new double[][] {{1, 2, 3}, {2, 3, 1}, {2, 3, 1.1}});
    var plan = trial("population.linear", "population.softmax-ls")
        .environmentParams(environment).policyParams(policy).horizon(10).plan();
    return new AnalysisRunner(Populations.KIT.catalog(), new TrialRunner(
        Populations.KIT.catalog())).run(plan, Map.of());
  }

  private static Map<String, Double> facts(AnalysisResult result) {
    Map<String, Double> facts = new LinkedHashMap<>();
    for (Fact fact : result.facts()) {
      facts.put(fact.name(), fact.value());
    }
    return facts;
  }

  @Test
  void theOdeStartsAtTheRidgeOverTheClockOffsetSoOnlyTheScaledRidgeMergesUsersTwoAndThree() {
    Map<String, Double> scaled = facts(analyses(100, Map.of("ridge", 0.1)).get(0).result());
    Map<String, Double> unscaled = facts(analyses(100, Map.of("ridge", 0.001)).get(0).result());
    Map<String, Double> literal = facts(analyses(0, Map.of("ridge", 0.001)).get(0).result());

    assertThat(scaled.get("ODE s(0) (zeta/t0; zeta at t0 = 0)")).isCloseTo(1e-3, within(1e-15));
    assertThat(unscaled.get("ODE s(0) (zeta/t0; zeta at t0 = 0)")).isCloseTo(1e-5, within(1e-18));
    assertThat(literal.get("ODE s(0) (zeta/t0; zeta at t0 = 0)")).isEqualTo(1e-3);
    // Fig. 3c: users 2 and 3 end preferring product 2 with s(0) = 0.001, not with 1e-5
    for (Map<String, Double> merged : List.of(scaled, literal)) {
      assertThat(merged.get("user 2: preferred product at tau=1000")).isEqualTo(2);
      assertThat(merged.get("user 3: preferred product at tau=1000")).isEqualTo(2);
      assertThat(merged.get("ODE tau=1000: share preferring product 2")).isEqualTo(2.0 / 3);
    }
    assertThat(unscaled.get("user 2: preferred product at tau=1000")).isEqualTo(3);
    assertThat(unscaled.get("user 3: preferred product at tau=1000")).isEqualTo(2);
    assertThat(scaled.get("user 1: preferred product at tau=0")).isEqualTo(1);
    assertThat(scaled.get("clock offset t0")).isEqualTo(100);
  }

  @Test
  void anOdeHorizonOfZeroSwitchesTheAnalysisOff() {
    AnalysisRecord record = analyses(100, Map.of("ode-horizon", 0)).get(0);
    assertThat(record.ok()).isTrue();
    assertThat(record.result()).isEqualTo(AnalysisResult.EMPTY);
  }

  @Test
  void theCurvesReadBackStartAtTheInitialStatesAndEndAtTheHorizon() {
    AnalysisResult result = analyses(100, Map.of("ode-horizon", 50)).get(0).result();
    assertThat(result.figures()).extracting(f -> f.id()).containsExactly(
        "population.ode-shares[a=8, ridge=0.001]", "population.ode-simplex[a=8, ridge=0.001]");
    assertThat(result.figures().get(1).equalAxes()).isTrue();
    OdeCurves curves = OdeCurves.of(List.of(result)).orElseThrow();

    double[] times = curves.times();
    assertThat(times).hasSize(OdeLimit.SAMPLES);
    assertThat(times[0]).isZero();
    assertThat(times[times.length - 1]).isEqualTo(50);
    for (int i = 1; i < times.length; i++) {
      assertThat(times[i]).isGreaterThan(times[i - 1]);
    }
    assertThat(curves.shares(0)[0]).isEqualTo(1.0 / 3);
    assertThat(curves.userCount()).isEqualTo(3);
    assertThat(curves.samplesUntil(0)).isEqualTo(1);
    assertThat(curves.samplesUntil(50)).isEqualTo(times.length);
    assertThat(curves.samplesUntil(times[10])).isEqualTo(11);

    // user 2's ODE trajectory starts at p(y_2(0)) = p([0, 2]) with the policy's a = 8
    AttributeTable products = AttributeGenerators.unitVectorsAtDegrees("w", 1, 45, 89);
    double[] p = new double[3];
    double[] plane = new double[2];
    SimplexProjection.simplexPoint(new double[] {0, 2}, 0, products, 8, p);
    SimplexProjection.toPlane(p, plane);
    Series start = curves.userTrajectory(1, 0);
    assertThat(start.size()).isEqualTo(1);
    assertThat(start.x()[0]).isCloseTo(plane[0], within(1e-12));
    assertThat(start.y()[0]).isCloseTo(plane[1], within(1e-12));
  }
}
