package org.recbench.core.trial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.core.store.TrialJson;

/**
 * Trial identity with array parameters: equal configurations are equal, with equal hash codes
 * and keys, after a round trip through {@code trials.jsonl} or Java serialization (defect 4 of
 * the SPI review: engines deduplicate and join on specs).
 */
class TrialSpecTest {

  private static TrialSpec spec(double[] prior, double[][] like) {
    ComponentConfig environment = new ComponentConfig("churn.matrix",
        Map.of("prior", prior, "like", like), "matrix");
    return new TrialSpec("s", environment, ComponentConfig.of("churn.bnb", Map.of()),
        List.of(ComponentConfig.of("reward", Map.of())), 3, new Budget(Budget.Unit.EPISODES, 5),
        List.of(5L), 0);
  }

  @Test
  void specsWithEqualArrayParametersAreEqualWithEqualHashesAndKeys() {
    TrialSpec a = spec(new double[] {0.5, 0.5}, new double[][] {{0.1, 0.2}, {0.3, 0.4}});
    TrialSpec b = spec(new double[] {0.5, 0.5}, new double[][] {{0.1, 0.2}, {0.3, 0.4}});

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.key()).isEqualTo(b.key()).hasSize(32);
    assertThat(a).isNotEqualTo(spec(new double[] {0.5, 0.5},
        new double[][] {{0.1, 0.2}, {0.3, 0.5}}));
  }

  @Test
  void equalitySurvivesJavaSerializationAndTheJsonLine() throws Exception {
    TrialSpec spec = spec(new double[] {0.25, 0.75}, new double[][] {{0.9}, {0.1}});
    TrialResult result = new TrialResult(spec.key(), spec, TrialResult.Status.OK, null,
        List.of(), 1);

    assertThat(roundTrip(spec)).isEqualTo(spec).hasSameHashCodeAs(spec);
    assertThat(TrialJson.read(TrialJson.write(result)).spec()).isEqualTo(spec)
        .hasSameHashCodeAs(spec);
    assertThat(List.of(spec, roundTrip(spec)).stream().distinct()).hasSize(1);
  }

  @Test
  void theKeyAndCanonicalTextArePinnedAndSurviveARoundTrip() throws Exception {
    TrialSpec spec = spec(new double[] {0.25, 0.75}, new double[][] {{0.9}, {0.1}});

    assertThat(spec.environment().canonical())
        .isEqualTo("churn.matrix{like=[[0.9], [0.1]],prior=[0.25, 0.75]}")
        .isSameAs(spec.environment().canonical());
    assertThat(spec.key()).isEqualTo("7a77833d4355d5e84a7f0349ee1f76bd");
    assertThat(roundTrip(spec).key()).isEqualTo(spec.key());
    assertThat(roundTrip(spec).environment().canonical())
        .isEqualTo(spec.environment().canonical());
  }

  @Test
  void aConfigurationDoesNotShareTheCallersArrays() {
    double[] prior = {0.5, 0.5};
    ComponentConfig config = new ComponentConfig("x", Map.of("prior", prior), "x");
    prior[0] = 9;

    assertThat((double[]) config.params().get("prior")).containsExactly(0.5, 0.5);
  }

  @Test
  void theKeyNamesEverythingThatDefinesTheResultButNotTheLabels() {
    TrialSpec spec = spec(new double[] {1}, new double[][] {{0.5}});
    ComponentConfig relabelled = new ComponentConfig(spec.environment().id(),
        spec.environment().params(), "another label");

    assertThat(new TrialSpec("s", relabelled, spec.policy(), spec.metrics(), 3, spec.budget(),
        spec.checkpoints(), 0).key()).isEqualTo(spec.key());
    assertThat(List.of(
        new TrialSpec("s", spec.environment(), spec.policy(), spec.metrics(), 3,
            new Budget(Budget.Unit.EPISODES, 6), List.of(6L), 0).key(),
        new TrialSpec("s", spec.environment(), spec.policy(), spec.metrics(), 3, spec.budget(),
            List.of(1L, 5L), 0).key(),
        new TrialSpec("s", spec.environment(), spec.policy(), List.of(), 3, spec.budget(),
            spec.checkpoints(), 0).key(),
        new TrialSpec("s", spec.environment(), spec.policy(), spec.metrics(), 3, spec.budget(),
            spec.checkpoints(), 1000).key(),
        new TrialSpec("t", spec.environment(), spec.policy(), spec.metrics(), 3, spec.budget(),
            spec.checkpoints(), 0).key()))
        .doesNotContain(spec.key()).doesNotHaveDuplicates();
  }

  private static TrialSpec roundTrip(TrialSpec spec) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(spec);
    }
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      return (TrialSpec) in.readObject();
    }
  }
}
