package org.recbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationTest {

  private static final Validation RANK = params -> params.getInt("rank") <= params.getInt("d")
      ? List.of() : List.of(ParamProblem.at("rank", "exceeds d = " + params.getInt("d")));
  private static final Validation EVEN = params -> params.getInt("d") % 2 == 0
      ? List.of() : List.of(new ParamProblem(null, "d must be even"));

  @Test
  void andReportsTheProblemsOfBothChecks() {
    List<ParamProblem> problems = RANK.and(EVEN).check(Params.of(Map.of("rank", 4L, "d", 3L)));

    assertThat(problems).containsExactly(ParamProblem.at("rank", "exceeds d = 3"),
        new ParamProblem(null, "d must be even"));
  }

  @Test
  void requireThrowsOneMessageNamingTheComponentAndTheParameters() {
    Params bad = Params.of(Map.of("rank", 4L, "d", 3L));

    assertThatThrownBy(() -> RANK.and(EVEN).require("x.lowrank", bad))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("x.lowrank: parameter 'rank' exceeds d = 3; d must be even");
    RANK.require("x.lowrank", Params.of(Map.of("rank", 2L, "d", 3L)));
  }

  @Test
  void onlyEnvironmentsAndPoliciesHaveAnalysesAndOnlyMetricsHaveVectors() {
    Descriptor metric = Descriptor.builder(Kind.METRIC, "m", Protocol.ANY).build();
    assertThatThrownBy(() -> ComponentType.metric(metric, (p, r, c) -> null)
        .withAnalysis(context -> AnalysisResult.EMPTY))
        .hasMessageContaining("metric m cannot have an analysis");
    assertThatThrownBy(() -> Descriptor.builder(Kind.POLICY, "p", Protocol.ANY).vector().build())
        .hasMessageContaining("only metrics have vector values");
  }
}
