package org.recbench.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.core.trial.Budget;
import org.recbench.core.trial.Checkpoint;
import org.recbench.core.trial.MetricVector;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.TrialResult;
import org.recbench.core.trial.TrialSpec;

class TrialJsonTest {

  private static TrialSpec specWithEveryParameterType() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("arms", 10L);
    params.put("big", Long.MAX_VALUE);
    params.put("gap", 0.1);
    params.put("whole", 2.0);
    params.put("tiny", 1e-300);
    params.put("antithetic", true);
    params.put("name", "quoted \"text\", with | and = and\nnewline");
    params.put("weights", new double[] {0.25, 1.0, -3e10});
    params.put("empty", new double[0]);
    params.put("matrix", new double[][] {{1, 0.5}, {0.1, 2}});
    ComponentConfig environment = new ComponentConfig("test.env", params, "test.env[arms=10]");
    ComponentConfig policy = new ComponentConfig("test.policy", Map.of("epsilon", 0.01),
        "test.policy[epsilon=0.01]");
    return new TrialSpec("scenario", environment, policy, List.of(ComponentConfig.of("reward",
        Map.of()), new ComponentConfig("belief", Map.of("round", 3L), "belief[round=3]")), 7,
        new Budget(Budget.Unit.EPISODES, 40), List.of(10L, 40L), 60_000);
  }

  @Test
  void roundTripKeepsEveryParameterTypeAndTheKey() {
    TrialSpec spec = specWithEveryParameterType();
    TrialResult original = new TrialResult(spec.key(), spec, TrialResult.Status.OK, null,
        List.of(new Checkpoint(10, Map.of("reward", 1.5))), 12);

    TrialResult read = TrialJson.read(TrialJson.write(original));

    assertThat(read.key()).isEqualTo(original.key()).isEqualTo(read.spec().key());
    Map<String, Object> params = read.spec().environment().params();
    assertThat(params.keySet()).containsExactlyElementsOf(spec.environment().params().keySet());
    assertThat(params.get("arms")).isEqualTo(10L);
    assertThat(params.get("big")).isEqualTo(Long.MAX_VALUE);
    assertThat(params.get("gap")).isEqualTo(0.1);
    assertThat(params.get("whole")).isEqualTo(2.0);
    assertThat(params.get("tiny")).isEqualTo(1e-300);
    assertThat(params.get("antithetic")).isEqualTo(true);
    assertThat(params.get("name")).isEqualTo(spec.environment().params().get("name"));
    assertThat((double[]) params.get("weights")).containsExactly(0.25, 1.0, -3e10);
    assertThat((double[]) params.get("empty")).isEmpty();
    assertThat((double[][]) params.get("matrix")).isDeepEqualTo(new double[][] {{1, 0.5}, {0.1, 2}});
    assertThat(read.spec().policy()).isEqualTo(spec.policy());
    assertThat(read.spec().metrics()).isEqualTo(spec.metrics());
    assertThat(read.spec().seed()).isEqualTo(7);
    assertThat(read.spec().budget()).isEqualTo(spec.budget());
    assertThat(read.spec().checkpoints()).isEqualTo(spec.checkpoints());
    assertThat(read.spec().timeLimitMillis()).isEqualTo(60_000);
    assertThat(read.checkpoints()).isEqualTo(original.checkpoints());
    assertThat(read.wallMillis()).isEqualTo(12);
    assertThat(read.status()).isEqualTo(TrialResult.Status.OK);
  }

  @Test
  void nonFiniteMetricValuesAreWrittenAsStringsAndReadBackExactly() {
    TrialSpec spec = specWithEveryParameterType();
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("nan", Double.NaN);
    values.put("up", Double.POSITIVE_INFINITY);
    values.put("down", Double.NEGATIVE_INFINITY);
    values.put("plain", -0.375);
    TrialResult original = new TrialResult(spec.key(), spec, TrialResult.Status.OK, null,
        List.of(new Checkpoint(40, values)), 0);

    String line = TrialJson.write(original);

    assertThat(line).contains("\"nan\":\"NaN\"", "\"up\":\"Infinity\"", "\"down\":\"-Infinity\"",
        "\"plain\":-0.375");
    assertThat(TrialJson.read(line).checkpoints().get(0).metrics()).isEqualTo(values);
  }

  @Test
  void failedResultsCarryStatusAndErrorAndOkResultsHaveNoErrorField() {
    TrialSpec spec = specWithEveryParameterType();
    TrialResult failed = new TrialResult(spec.key(), spec, TrialResult.Status.FAILED,
        "IllegalStateException: boom", List.of(), 3);
    TrialResult ok = new TrialResult(spec.key(), spec, TrialResult.Status.OK, null, List.of(), 3);

    assertThat(TrialJson.write(failed)).contains("\"status\":\"failed\"",
        "\"error\":\"IllegalStateException: boom\"");
    TrialResult read = TrialJson.read(TrialJson.write(failed));
    assertThat(read.status()).isEqualTo(TrialResult.Status.FAILED);
    assertThat(read.error()).isEqualTo("IllegalStateException: boom");
    assertThat(TrialJson.write(read)).isEqualTo(TrialJson.write(failed));
    assertThat(TrialJson.write(ok)).contains("\"status\":\"ok\"").doesNotContain("\"error\"");
  }

  @Test
  void vectorValuesRoundTripAsObjectsFromEntryLabelToNumber() {
    TrialSpec spec = specWithEveryParameterType();
    Checkpoint checkpoint = new Checkpoint(10, Map.of("reward", 2.0), Map.of("belief[round=3]",
        new MetricVector(List.of("type 0", "type 1"), new double[] {0.25, Double.NaN})));
    TrialResult original = new TrialResult(spec.key(), spec, TrialResult.Status.OK, null,
        List.of(checkpoint), 3);

    String line = TrialJson.write(original);
    assertThat(line).contains("\"belief[round=3]\":{\"type 0\":0.25,\"type 1\":\"NaN\"}");
    assertThat(TrialJson.read(line)).isEqualTo(original);
  }

  @Test
  void aLineWhoseKeyDoesNotMatchItsSpecIsRejected() {
    TrialSpec spec = specWithEveryParameterType();
    String line = TrialJson.write(new TrialResult(spec.key(), spec, TrialResult.Status.OK, null,
        List.of(), 0)).replace("\"seed\":7", "\"seed\":8");

    assertThatThrownBy(() -> TrialJson.read(line))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not match its spec");
  }

  @Test
  void truncatedOrTrailingJsonIsRejected() {
    TrialSpec spec = specWithEveryParameterType();
    String line = TrialJson.write(new TrialResult(spec.key(), spec, TrialResult.Status.OK, null,
        List.of(), 0));

    assertThatThrownBy(() -> TrialJson.read(line.substring(0, line.length() - 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not valid JSON");
    assertThatThrownBy(() -> TrialJson.read(line + "{}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not valid JSON");
  }
}
