package org.recbench.sarsop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.api.Capabilities;
import org.recbench.api.ComponentType;
import org.recbench.api.ConfigurationException;
import org.recbench.api.ParamSpec;
import org.recbench.api.Params;
import org.recbench.api.PlanningStats;
import org.recbench.api.Policy;
import org.recbench.api.StandardCapabilities;
import org.recbench.protocol.pomdp.FinitePomdp;
import org.recbench.protocol.session.Recommendation;
import org.recbench.protocol.session.SessionObservation;
import org.recbench.sarsop.export.UndiscountedExact;
import org.recbench.sarsop.format.CassandraReader;
import org.recbench.sarsop.solve.PomdpsolException;
import org.recbench.sarsop.testing.Fixture;
import org.recbench.sarsop.testing.Models;

/** sarsop.solve with fake pomdpsol scripts standing in for SARSOP. */
class SolvePolicyTypeTest {

  @TempDir
  Path dir;

  private final Fixture fixture = Fixture.named("churn_U2_A2_s1");
  private final FinitePomdp model = fixture.model(1.0);

  @Test
  void solvesThroughPomdpsolAndPlaysTheWrittenPolicy() throws IOException {
    Path script = fakePomdpsol("bin", "pomdpsol", "");

    Policy<?, ?, ?> policy = create(script, Map.of());

    assertThat(firstAction(policy)).isEqualTo(fixture.action());
    assertThat(policy.capability(StandardCapabilities.PLANNING_STATS))
        .map(PlanningStats::planningMillis).hasValueSatisfying(ms -> assertThat(ms).isPositive());
    List<String> calls = calls(script);
    assertThat(calls).hasSize(1);
    assertThat(calls.get(0)).matches(".*/model\\.pomdp --precision 0\\.001 --timeout 1200"
        + " --output .*/model\\.policy");
    Path exported = Path.of(calls.get(0).split(" ")[0]);
    assertThat(exported.getParent().getParent().getParent()).isEqualTo(dir.resolve("cache"));
  }

  @Test
  void theExportedModelIsTheEnvironmentModelWithTheDiscountParameter() throws IOException {
    Path script = fakePomdpsol("bin", "pomdpsol", "cp \"$1\" \"$(dirname \"$0\")/seen.pomdp\"");

    create(script, Map.of("discount", 0.95));

    Models.assertSameModel(CassandraReader.read(script.resolveSibling("seen.pomdp")),
        model.withDiscount(0.95), 0);
  }

  @Test
  void exactOptionExportsTheRewrittenModel() throws IOException {
    Path script = fakePomdpsol("bin", "pomdpsol", "cp \"$1\" \"$(dirname \"$0\")/seen.pomdp\"");

    create(script, Map.of("discount", 0.99, "undiscounted-exact", true));

    Models.assertSameModel(CassandraReader.read(script.resolveSibling("seen.pomdp")),
        UndiscountedExact.transform(model, 0.99), 0);
  }

  @Test
  void laterTrialsOfTheSameModelReuseTheCachedPolicyAndReportTheSameSolveTime()
      throws IOException {
    Path script = fakePomdpsol("bin", "pomdpsol", "");
    Map<String, Object> settings = Map.of();

    double first = planningMillis(create(script, settings));
    double second = planningMillis(create(script, settings));

    assertThat(calls(script)).hasSize(1);
    assertThat(second).isEqualTo(first);
  }

  @Test
  void otherSolverSettingsAreSolvedAgain() throws IOException {
    Path script = fakePomdpsol("bin", "pomdpsol", "");

    create(script, Map.of());
    create(script, Map.of("precision", 1e-4));

    assertThat(calls(script)).hasSize(2);
    assertThat(calls(script).get(1)).contains("--precision 0.0001");
  }

  @Test
  void parallelTrialsOfOneModelShareOneSolve() throws Exception {
    Path script = fakePomdpsol("bin", "pomdpsol", "sleep 0.3");
    Map<String, Object> settings = Map.of();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> a = pool.submit(() -> create(script, settings));
      Future<?> b = pool.submit(() -> create(script, settings));
      a.get();
      b.get();
    } finally {
      pool.shutdown();
    }

    assertThat(calls(script)).hasSize(1);
  }

  @Test
  void nonZeroExitFailsWithTheTailOfStderr() throws IOException {
    Path script = fakePomdpsol("bin", "pomdpsol",
        "echo 'reading model' ; echo 'ERROR: bad token in line 7' >&2 ; exit 3");

    assertThatThrownBy(() -> create(script, Map.of()))
        .isInstanceOf(PomdpsolException.class)
        .hasMessageContaining("exited with code 3")
        .hasMessageContaining("stderr")
        .hasMessageContaining("ERROR: bad token in line 7");
  }

  @Test
  void normalExitWithoutAPolicyFileFails() throws IOException {
    Path script = fakePomdpsol("bin", "pomdpsol", "echo 'nothing to do' ; exit 0");

    assertThatThrownBy(() -> create(script, Map.of()))
        .isInstanceOf(PomdpsolException.class)
        .hasMessageContaining("wrote no policy")
        .hasMessageContaining("nothing to do");
  }

  @Test
  void pomdpsolIsFoundOnThePath() throws IOException {
    Path script = fakePomdpsol("bin", "pomdpsol", "");
    String path = dir.resolve("empty") + ":" + script.getParent();
    ComponentType<Policy<?, ?, ?>> type = SolvePolicyType.create(
        new SolverSetup(path, null, dir.resolve("cache").toString()));

    assertThat(type.skipCheck().reason(params(type, Map.of()))).isEmpty();
    type.factory().create(params(type, Map.of()), RandomGeneratorFactory.getDefault().create(1),
        capabilities());
    assertThat(calls(script)).hasSize(1);
  }

  @Test
  void theEnvironmentVariableNamesTheSolverBeforeThePath() throws IOException {
    Path onPath = fakePomdpsol("bin", "pomdpsol", "");
    Path named = fakePomdpsol("elsewhere", "sarsop-solver", "");
    SolverSetup setup = SolverSetup.of(Map.of("PATH", onPath.getParent().toString(),
        SolverSetup.POMDPSOL_VARIABLE, named.toString(),
        SolverSetup.CACHE_VARIABLE, dir.resolve("cache").toString()));
    ComponentType<Policy<?, ?, ?>> type = SolvePolicyType.create(setup);

    type.factory().create(params(type, Map.of()), RandomGeneratorFactory.getDefault().create(1),
        capabilities());

    assertThat(calls(named)).hasSize(1);
    assertThat(calls(onPath)).isEmpty();
    assertThat(setup.cacheRoot()).isEqualTo(dir.resolve("cache"));
  }

  @Test
  void aScenarioCannotNameTheSolverBinaryOrTheCacheDirectory() {
    ComponentType<Policy<?, ?, ?>> type = SolvePolicyType.create(new SolverSetup("", null, null));

    assertThat(type.descriptor().parameters()).extracting(ParamSpec::name)
        .containsExactly("precision", "timeout-seconds", "discount", "undiscounted-exact");
  }

  @Test
  void absentPomdpsolGivesASkipReason() {
    ComponentType<Policy<?, ?, ?>> type = SolvePolicyType.create(
        new SolverSetup(dir + ":/nonexistent", null, null));

    assertThat(type.skipCheck().reason(params(type, Map.of())))
        .hasValue("pomdpsol not found on PATH (install SARSOP, or set RECBENCH_POMDPSOL to the "
            + "pomdpsol binary)");
  }

  @Test
  void aVariableNamingAFileThatIsNotExecutableGivesASkipReason() throws IOException {
    Path plain = Files.writeString(dir.resolve("pomdpsol"), "not a program");
    ComponentType<Policy<?, ?, ?>> type = SolvePolicyType.create(
        new SolverSetup("", plain.toString(), null));

    assertThat(type.skipCheck().reason(params(type, Map.of())))
        .hasValue("RECBENCH_POMDPSOL=" + plain + " is not an executable file");
  }

  @Test
  void discountOfZeroOrOneIsAValidationProblemAtTheDiscount() {
    ComponentType<Policy<?, ?, ?>> type = SolvePolicyType.create(new SolverSetup("", null, null));

    for (double discount : new double[] {0.0, 1.0}) {
      assertThat(type.validation().check(params(type, Map.of("discount", discount))))
          .singleElement().satisfies(problem -> {
            assertThat(problem.parameter()).isEqualTo("discount");
            assertThat(problem.message()).contains("strictly between 0 and 1");
          });
    }
    assertThat(type.validation().check(params(type, Map.of("discount", 0.5)))).isEmpty();
  }

  @Test
  void discountOfOneIsAConfigurationError() throws IOException {
    Path script = fakePomdpsol("bin", "pomdpsol", "");

    assertThatThrownBy(() -> create(script, Map.of("discount", 1.0)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("discount must be in (0, 1)");
    assertThat(calls(script)).isEmpty();
  }

  /** A shell script that logs its arguments, runs {@code extra}, then copies the fixture policy. */
  private Path fakePomdpsol(String folder, String name, String extra) throws IOException {
    Path bin = Files.createDirectories(dir.resolve(folder));
    Path script = bin.resolve(name);
    Files.writeString(script, String.join("\n",
        "#!/bin/sh",
        "echo \"$@\" >> \"$(dirname \"$0\")/calls.log\"",
        extra,
        "out=''",
        "while [ $# -gt 0 ]; do",
        "  if [ \"$1\" = --output ]; then out=\"$2\"; fi",
        "  shift",
        "done",
        "cp '" + fixture.file("policy") + "' \"$out\"",
        ""));
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }

  private static List<String> calls(Path script) throws IOException {
    Path log = script.resolveSibling("calls.log");
    return Files.exists(log) ? Files.readAllLines(log) : List.of();
  }

  /** The policy created with {@code pomdpsol} as the solver and a cache in the test folder. */
  private Policy<?, ?, ?> create(Path pomdpsol, Map<String, Object> settings) {
    ComponentType<Policy<?, ?, ?>> type = SolvePolicyType.create(
        new SolverSetup("", pomdpsol.toString(), dir.resolve("cache").toString()));
    return type.factory().create(params(type, settings),
        RandomGeneratorFactory.getDefault().create(1), capabilities());
  }

  private Capabilities capabilities() {
    return Capabilities.of(Map.of(FinitePomdp.CAPABILITY.id(), model));
  }

  /** Parameters as the harness passes them: defaults filled in, then the given values. */
  static Params params(ComponentType<?> type, Map<String, Object> values) {
    Map<String, Object> all = new HashMap<>();
    for (ParamSpec spec : type.descriptor().parameters()) {
      if (spec.defaultValue() != null) {
        all.put(spec.name(), spec.defaultValue());
      }
    }
    all.putAll(values);
    return Params.of(all);
  }

  @SuppressWarnings("unchecked")
  private static int firstAction(Policy<?, ?, ?> policy) {
    var session = (Policy<SessionObservation, Recommendation, ?>) policy;
    session.startEpisode();
    return session.act(new SessionObservation(2, 0)).category();
  }

  private static double planningMillis(Policy<?, ?, ?> policy) {
    return policy.capability(StandardCapabilities.PLANNING_STATS).orElseThrow().planningMillis();
  }
}
