package org.recbench.sarsop.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.recbench.api.ConfigurationException;
import org.recbench.sarsop.testing.Fixture;

class PolicyFileReaderTest {

  static final List<Fixture> FIXTURES = Fixture.ALL;

  private static final String HEADER = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
      + "<Policy version=\"0.1\" type=\"value\" model=\"m.pomdp\">\n";

  @TempDir
  Path dir;

  @ParameterizedTest
  @FieldSource("FIXTURES")
  void fixturePoliciesHaveTheDeclaredShape(Fixture fixture) {
    AlphaVectors vectors = PolicyFileReader.read(fixture.file("policy"));

    assertThat(vectors.size()).isEqualTo(fixture.alphas());
    assertThat(vectors.vectorLength()).isEqualTo(fixture.prior().length + 1);
  }

  @Test
  void entriesAreReadInStateOrder() {
    AlphaVectors vectors = PolicyFileReader.read(Fixture.named("churn_U2_A2_s1").file("policy"));

    assertThat(vectors.action(0)).isEqualTo(1);
    assertThat(vectors.vector(0)).containsExactly(5.3077, 0.911146, 0);
    assertThat(vectors.action(1)).isZero();
    assertThat(vectors.vector(1)).containsExactly(4.84613, 90.0813, 0);
  }

  @Test
  void missingFileIsReportedWithItsPath() {
    Path missing = dir.resolve("absent.policy");

    assertThatThrownBy(() -> PolicyFileReader.read(missing))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("does not exist");
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("too many entries", """
            <AlphaVector vectorLength="3" numObsValue="1" numVectors="2">
            <Vector action="1" obsValue="0">1 2 0</Vector>
            <Vector action="0" obsValue="0">4 5 6 0</Vector>
            </AlphaVector></Policy>""",
            ":5: <Vector> 2 has 4 entries, expected vectorLength=3"),
        Arguments.of("non-numeric entry", """
            <AlphaVector vectorLength="3" numObsValue="1" numVectors="1">
            <Vector action="1" obsValue="0">1 two 0</Vector>
            </AlphaVector></Policy>""",
            ":4: <Vector> 1 entry 2 is 'two', expected a number"),
        Arguments.of("missing action", """
            <AlphaVector vectorLength="3" numObsValue="1" numVectors="1">
            <Vector obsValue="0">1 2 0</Vector>
            </AlphaVector></Policy>""",
            ":4: <Vector> 1 lacks attribute action"),
        Arguments.of("missing vectorLength", """
            <AlphaVector numObsValue="1" numVectors="1">
            <Vector action="0" obsValue="0">1 2 0</Vector>
            </AlphaVector></Policy>""",
            ":3: <AlphaVector> lacks attribute vectorLength"),
        Arguments.of("non-integer numObsValue", """
            <AlphaVector vectorLength="3" numObsValue="one" numVectors="1">
            <Vector action="0" obsValue="0">1 2 0</Vector>
            </AlphaVector></Policy>""",
            ":3: <AlphaVector> attribute numObsValue=\"one\", expected a non-negative integer"),
        Arguments.of("fewer vectors than numVectors", """
            <AlphaVector vectorLength="3" numObsValue="1" numVectors="3">
            <Vector action="0" obsValue="0">1 2 0</Vector>
            </AlphaVector></Policy>""",
            ": <AlphaVector numVectors=\"3\"> but the file has 1 <Vector> elements"),
        Arguments.of("no AlphaVector", "</Policy>", ": no <AlphaVector> element"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformedContentIsReportedWithFileLineAndElement(String problem, String body,
      String expected) throws IOException {
    Path file = write("bad.policy", body);

    assertThatThrownBy(() -> PolicyFileReader.read(file))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(file + expected);
  }

  @Test
  void malformedXmlIsReportedWithFileAndLine() throws IOException {
    Path file = write("broken.policy", """
        <AlphaVector vectorLength="3" numObsValue="1" numVectors="1">
        <Vector action="0" obsValue="0">1 2 0
        </AlphaVector></Policy>""");

    assertThatThrownBy(() -> PolicyFileReader.read(file))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(file + ":5")
        .hasMessageContaining("not well-formed XML");
  }

  private Path write(String name, String body) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, HEADER + body);
    return file;
  }
}
