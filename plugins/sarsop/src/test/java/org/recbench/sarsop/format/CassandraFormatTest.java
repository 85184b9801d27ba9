package org.recbench.sarsop.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.recbench.api.ConfigurationException;
import org.recbench.protocol.pomdp.FinitePomdp;
import org.recbench.sarsop.testing.Fixture;
import org.recbench.sarsop.testing.Models;

class CassandraFormatTest {

  static final List<Fixture> FIXTURES = Fixture.ALL;

  @ParameterizedTest
  @FieldSource("FIXTURES")
  void exportedFixtureModelsParseToTheSameNumbersAsTheFixtureFiles(Fixture fixture) {
    FinitePomdp exported = CassandraReader.parse(
        CassandraWriter.write(fixture.model(0.999), fixture.name()), "exported");
    FinitePomdp given = CassandraReader.read(fixture.file("pomdp"));

    Models.assertSameModel(exported, given, 1e-15);
    assertThat(given.states()).hasSize(fixture.prior().length + 1).endsWith("churned");
  }

  @Test
  void writtenNumbersAreInPlainNotationAndParseBackBitForBit() {
    double tiny = 1e-7;
    double awkward = 0.1 + 0.2;
    FinitePomdp model = new FinitePomdp(List.of("a", "b"), List.of("go"), List.of("z"),
        new double[][][] {{{1 - tiny, tiny}, {awkward, 1 - awkward}}},
        new double[][][] {{{1}, {1}}}, new double[][] {{-2.5e-9, 123456789.125}},
        new double[] {1 - awkward, awkward}, 0.95);

    String text = CassandraWriter.write(model, "numbers");
    FinitePomdp parsed = CassandraReader.parse(text, "numbers");

    assertThat(text).doesNotContainPattern("\\d[eE]").contains("0.0000001");
    Models.assertSameModel(parsed, model, 0);
  }

  @Test
  void entriesSharedByAllActionsAreWrittenOnceWithAWildcard() {
    String text = CassandraWriter.write(Fixture.named("churn_U2_A2_s1").model(0.999), "x");

    assertThat(text).contains("T: * : churned : churned 1.0\n")
        .contains("O: * : t0 : like 1.0\n")
        .contains("R: c1 : t1 : * : * 0.4769811074112551\n")
        .doesNotContain("T: c0 : churned");
  }

  @Test
  void readerSupportsCountsIndicesRowsMatricesKeywordsAndExpectedRewards() {
    String text = """
        # two states by count, named actions, observations by count
        discount: 0.9
        values: cost
        states: 2
        actions: stay flip
        observations: 2
        start include: 1

        T: stay identity
        T: flip : 0
        0.25 0.75
        T: flip : 1 uniform
        O: *
        0.8 0.2
        0.3 0.7
        O: flip : 1 : 0 0.5
        O: flip : 1 : 1 0.5
        R: stay : * : * : * 2
        R: flip : 0
        1 3
        5 7
        """;

    FinitePomdp model = CassandraReader.parse(text, "inline");

    assertThat(model.states()).containsExactly("0", "1");
    assertThat(model.discount()).isEqualTo(0.9);
    assertThat(model.initialBelief()).containsExactly(0, 1);
    assertThat(model.transition(0, 1, 1)).isEqualTo(1);
    assertThat(model.transition(1, 0, 1)).isEqualTo(0.75);
    assertThat(model.transition(1, 1, 0)).isEqualTo(0.5);
    assertThat(model.observation(0, 1, 1)).isEqualTo(0.7);
    assertThat(model.observation(1, 1, 0)).isEqualTo(0.5);
    // costs are negated; R(flip, 0) = Σ_s' T Σ_z O R = 0.25 (0.8·1 + 0.2·3) + 0.75 (0.5·5 + 0.5·7)
    assertThat(model.reward(0, 0)).isEqualTo(-2);
    assertThat(model.reward(1, 0)).isCloseTo(-(0.25 * 1.4 + 0.75 * 6), within(1e-15));
    assertThat(model.reward(1, 1)).isZero();
  }

  @Test
  void laterEntriesOverwriteEarlierOnesAndStartMayNameAState() {
    String text = """
        discount: 0.5
        values: reward
        states: s t
        actions: a
        observations: o
        start: t
        T: a : * : s 1
        T: a : t : s 0
        T: a : t : t 1
        O: a : * : o 1
        """;

    FinitePomdp model = CassandraReader.parse(text, "inline");

    assertThat(model.initialBelief()).containsExactly(0, 1);
    assertThat(model.transition(0, 0, 0)).isEqualTo(1);
    assertThat(model.transition(0, 1, 1)).isEqualTo(1);
  }

  @Test
  void unknownNamesAreReportedWithFileAndLine() {
    String text = """
        discount: 0.9
        values: reward
        states: s t
        actions: a
        observations: o
        T: a : s : u 1
        """;

    assertThatThrownBy(() -> CassandraReader.parse(text, "bad.pomdp"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("bad.pomdp:6")
        .hasMessageContaining("unknown state 'u'");
  }

  @Test
  void rowsThatDoNotSumToOneAreReportedWithTheFile() {
    String text = """
        discount: 0.9
        values: reward
        states: s t
        actions: a
        observations: o
        T: a : s : s 0.5
        T: a : t : t 1
        O: a : * : o 1
        """;

    assertThatThrownBy(() -> CassandraReader.parse(text, "short.pomdp"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("short.pomdp")
        .hasMessageContaining("T[a][s] sums to 0.5");
  }

  @Test
  void missingFileIsAConfigurationError() {
    assertThatThrownBy(() -> CassandraReader.read(java.nio.file.Path.of("no/such.pomdp")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("no/such.pomdp");
  }

  @Test
  void namesThatTheFormatCannotHoldAreRejected() {
    FinitePomdp model = new FinitePomdp(List.of("has space", "b"), List.of("go"), List.of("z"),
        new double[][][] {{{1, 0}, {0, 1}}}, new double[][][] {{{1}, {1}}}, new double[][] {{0, 0}},
        new double[] {1, 0}, 0.9);

    assertThatThrownBy(() -> CassandraWriter.write(model, "x"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("state name 'has space'");
  }
}
