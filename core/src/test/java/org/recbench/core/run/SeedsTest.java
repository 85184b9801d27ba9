package org.recbench.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recbench.core.run.TestSpecs.config;
import static org.recbench.core.run.TestSpecs.spec;
import static org.recbench.core.run.TestSpecs.steps;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.TrialSpec;

class SeedsTest {

  private static final ComponentConfig ENVIRONMENT = config("test.random-means", Map.of("arms", 3L));
  private static final ComponentConfig ROUND_ROBIN = config("test.round-robin", Map.of());
  private static final ComponentConfig UNIFORM = config("test.uniform", Map.of());

  @Test
  void seedIsTheFirstEightBytesOfSha256OfLengthPrefixedParts() {
    // Python: struct.unpack(">q", hashlib.sha256(b"1:a;").digest()[:8])
    assertThat(Seeds.seed("a")).isEqualTo(-8978768192162752451L);
    assertThat(Seeds.seed("environment", "test")).isEqualTo(-2057024026531793032L);
  }

  @Test
  void movingAPartBoundaryChangesTheSeed() {
    assertThat(Seeds.seed("ab", "c")).isNotEqualTo(Seeds.seed("a", "bc"));
    assertThat(Seeds.seed("a;", "b")).isNotEqualTo(Seeds.seed("a", ";b"));
  }

  @Test
  void environmentStreamDoesNotDependOnThePolicy() {
    TrialSpec withRoundRobin = trial(ROUND_ROBIN, 4);
    TrialSpec withUniform = trial(UNIFORM, 4);
    assertThat(Seeds.environment(withRoundRobin).longs(8).toArray())
        .isEqualTo(Seeds.environment(withUniform).longs(8).toArray());
    assertThat(Seeds.policy(withRoundRobin).nextLong())
        .isNotEqualTo(Seeds.policy(withUniform).nextLong());
  }

  @Test
  void streamsDifferBetweenSeedsScenariosRolesAndMetrics() {
    TrialSpec seed0 = trial(UNIFORM, 0);
    TrialSpec seed1 = trial(UNIFORM, 1);
    TrialSpec otherScenario = new TrialSpec("other", ENVIRONMENT, UNIFORM, List.of(), 0,
        steps(1), List.of(1L), 0);
    List<Long> firstDraws = List.of(
        Seeds.environment(seed0).nextLong(),
        Seeds.environment(seed1).nextLong(),
        Seeds.environment(otherScenario).nextLong(),
        Seeds.policy(seed0).nextLong(),
        Seeds.metric(seed0, ComponentConfig.of("reward", Map.of())).nextLong(),
        Seeds.metric(seed0, ComponentConfig.of("regret", Map.of())).nextLong());
    assertThat(firstDraws).doesNotHaveDuplicates();
  }

  @Test
  void sameSpecGivesTheSameStreams() {
    assertThat(Seeds.policy(trial(UNIFORM, 2)).longs(8).toArray())
        .isEqualTo(Seeds.policy(trial(UNIFORM, 2)).longs(8).toArray());
  }

  private static TrialSpec trial(ComponentConfig policy, int seed) {
    return spec(ENVIRONMENT, policy, List.of(), seed, steps(1), 1L);
  }
}
