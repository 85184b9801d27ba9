package org.recbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario shipped in {@code scenarios/} validates against the bundled plugins and conforms
 * to the JSON Schema that {@code recbench schema} prints (checked by an independent validator).
 */
class BundledScenariosTest {

  private static final Path SCENARIOS = Path.of("../scenarios");
  private static final Path MOVIELENS = SCENARIOS.resolve("churn/movielens.json");
  private static final Path EXPEDIA = SCENARIOS.resolve("assortment/expedia.json");

  static Stream<Path> scenarios() throws IOException {
    try (Stream<Path> files = Files.walk(SCENARIOS)) {
      List<Path> all = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
      assertThat(all).hasSizeGreaterThanOrEqualTo(6);
      return all.stream();
    }
  }

  static Stream<Path> runnableScenarios() throws IOException {
    return scenarios().filter(f -> !f.equals(MOVIELENS) && !f.equals(EXPEDIA));
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void scenarioConformsToThePrintedSchema(Path scenario) throws IOException {
    CliRun schema = CliRun.of("schema");
    ObjectMapper mapper = new ObjectMapper();
    Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(mapper.readTree(schema.out()));

    assertThat(validator.validate(mapper.readTree(scenario.toFile()))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("runnableScenarios")
  void scenarioValidates(Path scenario) {
    CliRun validate = CliRun.of("validate", scenario.toString());

    assertThat(validate.exitCode()).as(validate.err()).isZero();
    assertThat(validate.out()).contains(": ok, ");
  }

  @Test
  void movieLensScenarioWithoutTheDataNamesTheMissingFile() {
    CliRun validate = CliRun.of("validate", MOVIELENS.toString());

    assertThat(validate.exitCode()).isEqualTo(2);
    assertThat(validate.err()).contains("ratings.dat not found", "grouplens.org");
  }

  @Test
  void expediaScenarioWithoutTheDataNamesTheMissingFile() {
    CliRun validate = CliRun.of("validate", EXPEDIA.toString());

    assertThat(validate.exitCode()).isEqualTo(2);
    assertThat(validate.err()).contains("data/expedia/train.csv not found", "Kaggle");
  }
}
