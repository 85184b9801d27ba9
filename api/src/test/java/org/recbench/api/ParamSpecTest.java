package org.recbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParamSpecTest {

  private final ParamSpec probability = ParamSpec.number("p", 0.5, "a probability").range(0.0, 1.0);

  @Test
  void numbersOutsideTheInclusiveRangeAreRejectedWithTheRange() {
    assertThat(probability.check(0.0)).isEmpty();
    assertThat(probability.check(1.0)).isEmpty();
    assertThat(probability.check(1.5)).contains("in [0, 1]");
    assertThat(probability.check(Double.NaN)).contains("a finite number");
  }

  @Test
  void everyElementOfArraysAndMatricesIsChecked() {
    ParamSpec like = new ParamSpec("like", ParamType.NUMBER_MATRIX, null, true, "P", 0.0, 1.0,
        java.util.List.of());
    assertThat(like.check(new double[][] {{0.1, 0.2}, {0.3, 0.4}})).isEmpty();
    assertThat(like.check(new double[][] {{0.1, 0.2}, {0.3, 1.4}})).contains("every element in [0, 1]");
  }

  @Test
  void stringsAreCheckedAgainstTheAllowedValues() {
    ParamSpec order = ParamSpec.string("order", "depth-first", "search order")
        .oneOf("depth-first", "breadth-first");
    assertThat(order.check("breadth-first")).isEmpty();
    assertThat(order.check("random")).contains("one of [depth-first, breadth-first]");
  }

  @Test
  void halfOpenRangesReadNaturally() {
    assertThat(ParamSpec.integer("arms", 10, "K").range(2.0, null).rangeText()).isEqualTo(">= 2");
    assertThat(ParamSpec.number("x", 0, "x").range(null, 0.25).rangeText()).isEqualTo("<= 0.25");
  }

  @Test
  void anExclusiveBoundRejectsTheBoundItselfButNotValuesBeyondIt() {
    ParamSpec sigma = ParamSpec.number("sigma", 1, "sd").greaterThan(0);
    assertThat(sigma.check(0.0)).contains("> 0");
    assertThat(sigma.check(-1.0)).contains("> 0");
    assertThat(sigma.check(Double.MIN_VALUE)).isEmpty();
    ParamSpec share = ParamSpec.number("share", 0.5, "s").range(0.0, null).lessThan(1);
    assertThat(share.check(0.0)).isEmpty();
    assertThat(share.check(1.0)).contains("in [0, 1)");
    assertThat(share.check(Math.nextDown(1.0))).isEmpty();
    assertThat(ParamSpec.number("tau", 1, "t").greaterThan(0).range(0.0, 1.0).rangeText())
        .as("range() replaces the bounds, inclusive again").isEqualTo("in [0, 1]");
    assertThat(ParamSpec.number("x", 1, "x").lessThan(2).rangeText()).isEqualTo("< 2");
  }

  @Test
  void aRequiredParameterCannotHaveADefault() {
    assertThatThrownBy(() -> new ParamSpec("x", ParamType.NUMBER, 1.0, true, "x", null, null,
        java.util.List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
