package org.recbench.churn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbench.protocol.pomdp.FinitePomdp;
import org.recbench.churn.SarsopFixture;

class ChurnPomdpTest {

  @Test
  void finitePomdpViewMatchesTheSarsopFixtureFiles() throws IOException {
    for (SarsopFixture fixture : SarsopFixture.all()) {
      FinitePomdp pomdp = ChurnPomdp.of(fixture.model());
      int types = fixture.model().types();
      int categories = fixture.model().categories();
      assertThat(pomdp.states()).hasSize(types + 1).endsWith("churned").startsWith("t0");
      assertThat(pomdp.actions()).hasSize(categories).startsWith("c0");
      assertThat(pomdp.observations()).containsExactly("like", "dislike");
      assertThat(pomdp.discount()).isEqualTo(1.0);
      int checked = 0;
      for (String line : pomdpLines(fixture.name())) {
        String[] parts = line.split("\\s*:\\s*|\\s+");
        if (line.startsWith("T: c")) {
          int a = pomdp.actions().indexOf(parts[1]);
          int s = pomdp.states().indexOf(parts[2]);
          int next = pomdp.states().indexOf(parts[3]);
          assertThat(pomdp.transition(a, s, next)).as(line)
              .isCloseTo(Double.parseDouble(parts[4]), within(1e-15));
          checked++;
        } else if (line.startsWith("R: c")) {
          int a = pomdp.actions().indexOf(parts[1]);
          int s = pomdp.states().indexOf(parts[2]);
          assertThat(pomdp.reward(a, s)).as(line).isEqualTo(Double.parseDouble(parts[5]));
          checked++;
        } else if (line.startsWith("start:")) {
          double[] start = Arrays.stream(line.substring(6).trim().split("\\s+"))
              .mapToDouble(Double::parseDouble).toArray();
          assertThat(pomdp.initialBelief()).containsExactly(start, within(1e-15));
          checked++;
        }
      }
      assertThat(checked).isEqualTo(1 + 3 * types * categories);
    }
  }

  @Test
  void churnedIsAbsorbingAndObservationsRevealOnlyDeparture() {
    FinitePomdp pomdp = ChurnPomdp.of(SarsopFixture.load("churn_U4_A3_s3").model());
    int churned = pomdp.states().size() - 1;
    for (int a = 0; a < pomdp.actions().size(); a++) {
      assertThat(pomdp.transition(a, churned, churned)).isEqualTo(1.0);
      assertThat(pomdp.reward(a, churned)).isZero();
      assertThat(pomdp.observation(a, churned, 1)).isEqualTo(1.0);
      for (int u = 0; u < churned; u++) {
        assertThat(pomdp.observation(a, u, 0)).isEqualTo(1.0);
        for (int v = 0; v < churned; v++) {
          if (v != u) {
            assertThat(pomdp.transition(a, u, v)).isZero();
          }
        }
      }
    }
  }

  private static List<String> pomdpLines(String name) throws IOException {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        ChurnPomdpTest.class.getResourceAsStream("/sarsop/" + name + ".pomdp"),
        StandardCharsets.UTF_8))) {
      return reader.lines().map(String::trim).toList();
    }
  }
}
