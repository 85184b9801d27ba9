package org.recbench.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recbench.api.ComponentType;
import org.recbench.api.Kind;
import org.recbench.api.ParamSpec;
import org.recbench.core.catalog.Catalog;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchemaGeneratorTest {

  private static final Path SCENARIOS = Path.of("src/test/resources/scenarios");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Catalog catalog = Catalog.load();
  private JsonNode schema;
  private Schema validator;

  @BeforeAll
  void generate() throws IOException {
    schema = MAPPER.readTree(new SchemaGenerator(catalog).generate());
    validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(schema);
  }

  @Test
  void schemaIsJsonOfTheDraft202012DialectWithoutUnknownKeys() {
    assertThat(schema.path("$schema").textValue())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("additionalProperties").booleanValue()).isFalse();
    assertThat(names(schema.path("properties").fieldNames()))
        .containsExactlyElementsOf(ScenarioReader.KEYS);
    assertThat(schema.at("/$defs/policy-object/additionalProperties").booleanValue()).isFalse();
  }

  @Test
  void schemaNamesEveryComponentIdAndParameterOfTheCatalog() {
    for (Kind kind : List.of(Kind.ENVIRONMENT, Kind.POLICY, Kind.METRIC)) {
      JsonNode ids = schema.at("/$defs/" + kind.label() + "-object/properties/id/enum");
      for (ComponentType<?> type : catalog.all(kind)) {
        assertThat(textValues(ids)).contains(type.id());
        JsonNode component = schema.path("$defs").path(kind.label() + ":" + type.id());
        List<String> names = type.descriptor().parameters().stream().map(ParamSpec::name)
            .toList();
        assertThat(names(component.at("/properties/params/properties").fieldNames()))
            .containsExactlyElementsOf(names);
        assertThat(names(component.at("/properties/grid/properties").fieldNames()))
            .containsExactlyElementsOf(names);
        assertThat(component.at("/properties/params/additionalProperties").booleanValue())
            .isFalse();
      }
    }
    assertThat(schema.at("/properties/metrics/items/$ref").textValue())
        .isEqualTo("#/$defs/metric");
  }

  @Test
  void parameterSchemasCarryTypeRangeDefaultAndDocumentation() {
    JsonNode counting = schema.at("/$defs/environment:test.counting/properties/params/properties");
    assertThat(counting.get("arms").toString()).isEqualTo("{\"type\":\"integer\",\"minimum\":1,"
        + "\"maximum\":1000,\"default\":3,\"description\":\"number of arms K (an integer in "
        + "[1, 1000])\"}");
    assertThat(counting.at("/gap/type").textValue()).isEqualTo("number");
    assertThat(counting.at("/gap/default").doubleValue()).isEqualTo(0.1);
    assertThat(textValues(counting.at("/noise/enum"))).containsExactly("none", "uniform");
    assertThat(counting.at("/shuffle/type").textValue()).isEqualTo("boolean");
    assertThat(counting.has("tags") && !counting.get("tags").has("default")).isTrue();
    JsonNode like = schema.at("/$defs/environment:test.sessions/properties/params/properties/like");
    assertThat(like.at("/items/items/type").textValue()).isEqualTo("number");
    assertThat(like.at("/items/items/maximum").doubleValue()).isEqualTo(0.99);
    assertThat(like.at("/default").toString()).isEqualTo("[[0.9,0.1],[0.2,0.8]]");
  }

  @Test
  void idsThatCannotRunOnDefaultsNeedTheObjectForm() {
    assertThat(textValues(schema.at("/$defs/environment/anyOf/0/enum")))
        .doesNotContain("test.table").contains("test.counting");
    assertThat(textValues(schema.at("/$defs/environment-object/properties/id/enum")))
        .contains("test.table");
  }

  @ParameterizedTest
  @ValueSource(strings = {"valid/full.json", "valid/minimal.json"})
  void validScenariosConformToTheSchema(String file) throws IOException {
    assertThat(validator.validate(MAPPER.readTree(SCENARIOS.resolve(file).toFile()))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"unknown-key", "missing-name", "bad-name", "seeds-string",
      "seeds-zero", "both-lengths", "no-length", "checkpoints-empty", "unknown-environment",
      "environment-glob", "policy-as-environment", "glob-in-object", "unknown-entry-key",
      "unknown-param", "param-out-of-range", "param-string-for-integer", "param-not-allowed",
      "array-element-out-of-range", "required-param-missing", "empty-grid",
      "grid-element-wrong-type", "empty-policies", "unknown-metric", "time-limit-zero"})
  void schemaRejectsWhatTheLoaderRejectsWhereJsonSchemaCanSayIt(String name) throws IOException {
    JsonNode scenario = MAPPER.readTree(SCENARIOS.resolve("invalid/" + name + ".json").toFile());

    assertThat(validator.validate(scenario)).isNotEmpty();
  }

  @Test
  void requiredParameterMayBeGivenInParamsOrGrid() throws IOException {
    String base = "{\"name\": \"x\", \"seeds\": 1, \"horizon\": 5, \"policies\": [\"*\"], "
        + "\"metrics\": [\"*\"], \"environments\": [{\"id\": \"test.table\", ";
    assertThat(validator.validate(MAPPER.readTree(base + "\"params\": {\"means\": [0.5]}}]}")))
        .isEmpty();
    assertThat(validator.validate(MAPPER.readTree(base + "\"grid\": {\"means\": [[0.5]]}}]}")))
        .isEmpty();
    assertThat(validator.validate(MAPPER.readTree(base + "\"params\": {}}]}"))).isNotEmpty();
  }

  @Test
  void anExclusiveBoundIsAnExclusiveMinimumThatTheValidatorAndTheLoaderBothEnforce()
      throws IOException {
    JsonNode scale = schema.at("/$defs/metric:test.scaled-reward/properties/params/properties/"
        + "scale");
    assertThat(scale.get("exclusiveMinimum").intValue()).isEqualTo(0);
    assertThat(scale.has("minimum")).isFalse();
    String base = "{\"name\": \"x\", \"seeds\": 1, \"horizon\": 5, \"policies\": [\"*\"], "
        + "\"environments\": [\"test.counting\"], \"metrics\": [{\"id\": "
        + "\"test.scaled-reward\", \"params\": {\"scale\": ";
    assertThat(validator.validate(MAPPER.readTree(base + "0.5}}]}"))).isEmpty();
    assertThat(validator.validate(MAPPER.readTree(base + "0}}]}"))).isNotEmpty();
    assertThatThrownBy(() -> new ScenarioLoader(catalog)
        .parse(base + "0}}]}", java.nio.file.Path.of("x.json")))
        .hasMessageContaining("$.metrics[0].params.scale: expected a number > 0, found");
  }

  private static List<String> textValues(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.textValue()));
    return values;
  }

  private static List<String> names(Iterator<String> iterator) {
    List<String> list = new ArrayList<>();
    iterator.forEachRemaining(list::add);
    return list;
  }
}
