package org.recbench.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbench.api.ParamSpec;
import org.recbench.api.ParamType;
import org.recbench.core.catalog.CatalogException;

class ParamValuesTest {

  @Test
  void labelsShowNumbersWithoutExponentsOrTrailingZeros() {
    assertThat(ParamValues.format(0.05)).isEqualTo("0.05");
    assertThat(ParamValues.format(10.0)).isEqualTo("10");
    assertThat(ParamValues.format(1e-4)).isEqualTo("0.0001");
    assertThat(ParamValues.format(12L)).isEqualTo("12");
    assertThat(ParamValues.format(new double[] {1, 0.5})).isEqualTo("[1, 0.5]");
    assertThat(ParamValues.format(new double[][] {{1}, {2.5}})).isEqualTo("[[1], [2.5]]");
  }

  @Test
  void integerDefaultsBecomeLongsAndArraysAreCopied() {
    double[] means = {0.1, 0.2};
    ParamSpec array = new ParamSpec("means", ParamType.NUMBER_ARRAY, means, false, "doc", null,
        null, List.of());
    ParamSpec integer = new ParamSpec("k", ParamType.INTEGER, 3, false, "doc", null, null,
        List.of());

    assertThat(ParamValues.defaultOf("x", integer)).contains(3L);
    assertThat(ParamValues.defaultOf("x", ParamSpec.number("p", 1, "doc"))).contains(1.0);
    assertThat(ParamValues.defaultOf("x", ParamSpec.optional("t", ParamType.STRING, "doc")))
        .isEmpty();
    assertThat(ParamValues.defaultOf("x", array).orElseThrow()).isNotSameAs(means)
        .isEqualTo(means);
  }

  @Test
  void defaultOfTheWrongTypeIsAPluginErrorNamingComponentAndParameter() {
    ParamSpec wrong = new ParamSpec("k", ParamType.INTEGER, "three", false, "doc", null, null,
        List.of());

    assertThatThrownBy(() -> ParamValues.defaultOf("test.bad", wrong))
        .isInstanceOf(CatalogException.class)
        .hasMessage("component test.bad: parameter 'k' of type integer declares a default of "
            + "Java type String");
  }

  @Test
  void everyValueTypeIsWrittenAsItsJsonForm() {
    assertThat(ParamValues.toJson(3L).toString()).isEqualTo("3");
    assertThat(ParamValues.toJson(0.5).toString()).isEqualTo("0.5");
    assertThat(ParamValues.toJson(true).toString()).isEqualTo("true");
    assertThat(ParamValues.toJson("a\"b").toString()).isEqualTo("\"a\\\"b\"");
    assertThat(ParamValues.toJson(new double[][] {{1, 2}, {3, 4}}).toString())
        .isEqualTo("[[1.0,2.0],[3.0,4.0]]");
  }

  @Test
  void expectationNamesTypeAndRange() {
    assertThat(ParamValues.expectation(ParamSpec.integer("k", 1, "doc").range(1.0, null)))
        .isEqualTo("an integer >= 1");
    assertThat(ParamValues.expectation(ParamSpec.string("s", "a", "doc").oneOf("a", "b")))
        .isEqualTo("one of \"a\", \"b\"");
    assertThat(ParamValues.expectation(ParamSpec.required("m", ParamType.NUMBER_MATRIX, "doc")))
        .isEqualTo("a matrix of numbers (an array of equally long arrays)");
  }
}
