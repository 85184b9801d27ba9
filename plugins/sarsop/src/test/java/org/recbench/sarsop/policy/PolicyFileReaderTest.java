package org.recbench.sarsop.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
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

  @Test
  void vectorWithTooManyEntriesIsReportedWithItsNumber() throws IOException {
    Path file = write("long.policy", """
        <AlphaVector vectorLength="3" numObsValue="1" numVectors="2">
        <Vector action="1" obsValue="0">1 2 0</Vector>
        <Vector action="0" obsValue="0">4 5 6 0</Vector>
        </AlphaVector></Policy>""");

    assertThatThrownBy(() -> PolicyFileReader.read(file))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("<Vector> 2 has 4 entries, expected vectorLength=3");
  }

  @Test
  void nonNumericEntryIsReportedWithVectorAndPosition() throws IOException {
    Path file = write("nan.policy", """
        <AlphaVector vectorLength="3" numObsValue="1" numVectors="1">
        <Vector action="1" obsValue="0">1 two 0</Vector>
        </AlphaVector></Policy>""");

    assertThatThrownBy(() -> PolicyFileReader.read(file))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("<Vector> 1 entry 2 is 'two', expected a number");
  }

  @Test
  void missingAttributeIsReportedWithElementAndAttribute() throws IOException {
    Path file = write("attr.policy", """
        <AlphaVector vectorLength="3" numObsValue="1" numVectors="1">
        <Vector obsValue="0">1 2 0</Vector>
        </AlphaVector></Policy>""");

    assertThatThrownBy(() -> PolicyFileReader.read(file))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(file + ":4")
        .hasMessageContaining("<Vector> 1 lacks attribute action");
  }

  @Test
  void missingVectorLengthIsReported() throws IOException {
    Path file = write("len.policy", """
        <AlphaVector numObsValue="1" numVectors="1">
        <Vector action="0" obsValue="0">1 2 0</Vector>
        </AlphaVector></Policy>""");

    assertThatThrownBy(() -> PolicyFileReader.read(file))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("<AlphaVector> lacks attribute vectorLength");
  }

  @Test
  void vectorCountDifferentFromNumVectorsIsReported() throws IOException {
    Path file = write("count.policy", """
        <AlphaVector vectorLength="3" numObsValue="1" numVectors="3">
        <Vector action="0" obsValue="0">1 2 0</Vector>
        </AlphaVector></Policy>""");

    assertThatThrownBy(() -> PolicyFileReader.read(file))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("numVectors=\"3\"> but the file has 1 <Vector> elements");
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
