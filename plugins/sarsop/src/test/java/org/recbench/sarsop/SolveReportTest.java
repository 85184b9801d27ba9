package org.recbench.sarsop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.api.AnalysisContext;
import org.recbench.api.Capabilities;
import org.recbench.api.ComponentType;
import org.recbench.api.Fact;
import org.recbench.api.PlanCertificate;
import org.recbench.api.Params;
import org.recbench.api.PlanningStats;
import org.recbench.api.Policy;
import org.recbench.api.SharedWork;
import org.recbench.api.StandardCapabilities;
import org.recbench.protocol.pomdp.FinitePomdp;
import org.recbench.protocol.session.LikeSequence;
import org.recbench.protocol.session.Reaction;
import org.recbench.protocol.session.Recommendation;
import org.recbench.protocol.session.SessionObservation;
import org.recbench.protocol.session.SessionProtocol;
import org.recbench.sarsop.solve.Pomdpsol;
import org.recbench.sarsop.testing.ChurnPomdp;
import org.recbench.sarsop.testing.Fixture;

/**
 * What {@code sarsop.solve} reports: SARSOP's bounds as the plan certificate, the stop reason
 * and times as analysis facts, a cached solve as reused with its original time; and the played
 * sequence it exposes.
 */
class SolveReportTest {

  @TempDir
  Path dir;

  private final Fixture fixture = Fixture.named("churn_U4_A3_s3");
  private final FinitePomdp model = fixture.model(1.0);

  /** A pomdpsol stand-in that prints a recorded console output and copies the fixture policy. */
  private Path fakePomdpsol(String recording) throws IOException {
    Path recorded = dir.resolve(recording);
    try (InputStream in = SolveReportTest.class.getResourceAsStream("/pomdpsol/" + recording)) {
      Files.write(recorded, in.readAllBytes());
    }
    Path script = dir.resolve("pomdpsol");
    Files.writeString(script, String.join("\n",
        "#!/bin/sh",
        "out=''",
        "while [ $# -gt 0 ]; do",
        "  if [ \"$1\" = --output ]; then out=\"$2\"; fi",
        "  shift",
        "done",
        "cat '" + recorded + "'",
        "cp '" + fixture.file("policy") + "' \"$out\"",
        ""));
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }

  /** The parameters {@code extra}, for a policy type solving with {@code pomdpsol}. */
  private Params params(Path pomdpsol, Map<String, Object> extra) {
    type = SolvePolicyType.create(new SolverSetup("", pomdpsol.toString(),
        dir.resolve("cache").toString()));
    return SolvePolicyTypeTest.params(type, new HashMap<>(extra));
  }

  private ComponentType<Policy<?, ?, ?>> type;

  private Policy<?, ?, ?> create(FinitePomdp on, Params params) {
    return type.factory().create(params, RandomGeneratorFactory.getDefault().create(1),
        Capabilities.of(Map.of(FinitePomdp.CAPABILITY.id(), on)));
  }

  private Map<String, Double> analyse(FinitePomdp on, Params params) {
    AnalysisContext context = new AnalysisContext() {
      @Override
      public Params params() {
        return params;
      }

      @Override
      public String environmentId() {
        return "test.pomdp";
      }

      @Override
      public Params environmentParams() {
        return Params.empty();
      }

      @Override
      public Capabilities capabilities() {
        return Capabilities.of(Map.of(FinitePomdp.CAPABILITY.id(), on));
      }

      @Override
      public SharedWork shared() {
        throw new UnsupportedOperationException("sarsop.solve shares through its cache");
      }
    };
    Map<String, Double> facts = new HashMap<>();
    for (Fact fact : type.analysis().analyse(context).facts()) {
      facts.put(fact.name(), fact.value());
    }
    return facts;
  }

  private static PlanCertificate certificate(Policy<?, ?, ?> policy) {
    return policy.capability(StandardCapabilities.PLAN_CERTIFICATE).orElseThrow();
  }

  private static PlanningStats stats(Policy<?, ?, ?> policy) {
    return policy.capability(StandardCapabilities.PLANNING_STATS).orElseThrow();
  }

  @Test
  void aTimedOutSolveIsAnUncertifiedPlanWithSarsopsBoundsAndTheTimeoutAsFacts()
      throws IOException {
    Params params = params(fakePomdpsol("timeout.out"), Map.of());
    Map<String, Double> facts = analyse(model, params);
    assertThat(facts).containsEntry("stopped on timeout (1 = yes)", 1.0)
        .containsEntry("reached target precision (1 = yes)", 0.0)
        .containsEntry("certified epsilon-optimal (1 = yes)", 0.0)
        .containsEntry("SARSOP lower bound at b0", 4.60622)
        .containsEntry("SARSOP upper bound at b0", 5.11379)
        .containsEntry("certified gap", 4.60622 + 0.507571 - 4.60622)
        .containsEntry("SARSOP solver time", 1.02)
        .containsEntry("solved in an earlier run (1 = yes, times are that run's)", 0.0);
    assertThat(facts.get("planning time")).isPositive();

    Policy<?, ?, ?> trial = create(model, params);
    PlanCertificate certificate = certificate(trial);
    assertThat(certificate.certified()).isFalse();
    assertThat(certificate.value()).isEqualTo(4.60622);
    assertThat(certificate.gap()).isCloseTo(0.507571, within(1e-12));
    assertThat(certificate.epsilon()).isEqualTo(1e-3);
    assertThat(stats(trial).reused()).as("the analysis solved it").isTrue();
    assertThat(stats(trial).planningMillis()).isEqualTo(facts.get("planning time"));
    assertThat(analyse(model, params))
        .containsEntry("solved in an earlier run (1 = yes, times are that run's)", 1.0)
        .containsEntry("planning time", facts.get("planning time"));
  }

  @Test
  void aSolveThatReachedItsPrecisionIsCertified() throws IOException {
    Params params = params(fakePomdpsol("precision.out"), Map.of());
    Policy<?, ?, ?> fresh = create(model, params);
    assertThat(stats(fresh).reused()).isFalse();
    assertThat(certificate(fresh).certified()).isTrue();
    assertThat(certificate(fresh).upperBound()).isEqualTo(2.60332 + 0.000560398);
    assertThat(analyse(model, params)).containsEntry("stopped on timeout (1 = yes)", 0.0)
        .containsEntry("reached target precision (1 = yes)", 1.0)
        .containsEntry("certified epsilon-optimal (1 = yes)", 1.0);
  }

  @Test
  @SuppressWarnings("unchecked")
  void thePlayedSequenceIsWhatThePolicyRecommendsWhenEveryReactionIsALike() {
    for (Fixture each : Fixture.ALL) {
      Policy<?, ?, ?> created = AlphaVectorsPolicyType.create().factory().create(
          SolvePolicyTypeTest.params(AlphaVectorsPolicyType.create(),
              Map.of("policy-file", each.file("policy").toString())),
          RandomGeneratorFactory.getDefault().create(1),
          Capabilities.of(Map.of(FinitePomdp.CAPABILITY.id(), each.model(1.0))));
      var played = (Policy<SessionObservation, Recommendation, Reaction>) created;
      LikeSequence.Cursor cursor = created.capability(SessionProtocol.LIKE_SEQUENCE)
          .orElseThrow().start();
      played.startEpisode();
      int categories = each.like()[0].length;
      for (int likes = 0; likes < 300; likes++) {
        SessionObservation observation = new SessionObservation(categories, likes);
        Recommendation action = played.act(observation);
        assertThat(cursor.next()).as(each.name() + " after " + likes + " likes")
            .isEqualTo(action.category());
        played.learn(observation, action, Reaction.LIKE);
      }
    }
  }

  /**
   * The real SARSOP, when {@code pomdpsol} is on the PATH: a 1 s timeout on an instance it cannot
   * solve that fast (256 types on a circle of directions, three categories, two of them close).
   */
  @Test
  void theRealSarsopStoppedByAOneSecondTimeoutIsReportedUncertifiedWithItsGap() {
    Optional<Path> pomdpsol = Pomdpsol.onPath(System.getenv("PATH"));
    assumeTrue(pomdpsol.isPresent(), "pomdpsol is not on the PATH");
    FinitePomdp hard = ChurnPomdp.circle(1.0);
    Params params = params(pomdpsol.get(), Map.of("timeout-seconds", 1.0));
    Map<String, Double> facts = analyse(hard, params);
    assertThat(facts).containsEntry("stopped on timeout (1 = yes)", 1.0)
        .containsEntry("certified epsilon-optimal (1 = yes)", 0.0);
    assertThat(facts.get("certified gap")).isGreaterThan(1e-3);
    assertThat(facts.get("SARSOP solver time")).isGreaterThanOrEqualTo(1);
    PlanCertificate certificate = certificate(create(hard, params));
    assertThat(certificate.certified()).isFalse();
    assertThat(certificate.gap()).isEqualTo(facts.get("certified gap"));
    assertThat(List.of(certificate.value(), certificate.upperBound()))
        .containsExactly(facts.get("planned value"), facts.get("certified upper bound"));
  }
}
