package org.recbench.sarsop.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.recbench.api.ConfigurationException;
import org.recbench.protocol.pomdp.FinitePomdp;
import org.recbench.sarsop.testing.Fixture;
import org.recbench.sarsop.testing.Models;
import org.w3c.dom.Document;

class PomdpxFormatTest {

  static final List<Fixture> FIXTURES = Fixture.ALL;

  @TempDir
  Path dir;

  @ParameterizedTest
  @FieldSource("FIXTURES")
  void writtenPomdpxIsWellFormedXmlAndRoundTripsToTheSameModel(Fixture fixture) throws Exception {
    FinitePomdp model = fixture.model(0.999);
    Path file = write(fixture.name() + ".pomdpx", PomdpxWriter.write(model, fixture.name()));

    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());

    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("pomdpx");
    assertThat(doc.getElementsByTagName("StateVar").getLength()).isEqualTo(1);
    assertThat(doc.getElementsByTagName("ObsVar").getLength()).isEqualTo(1);
    assertThat(doc.getElementsByTagName("ActionVar").getLength()).isEqualTo(1);
    Models.assertSameModel(PomdpxReader.read(file), model, 1e-15);
  }

  @Test
  void descriptionIsEscapedAndStaysLatin1() throws Exception {
    FinitePomdp model = Fixture.named("churn_U2_A2_s1").model(0.99);
    Path file = write("d.pomdpx", PomdpxWriter.write(model, "q<P & γ"));

    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());

    assertThat(doc.getElementsByTagName("Description").item(0).getTextContent())
        .isEqualTo("q<P & γ");
  }

  @Test
  void readerSupportsStarDashNumValuesUniformIdentityAndSummedRewards() throws IOException {
    Path file = write("hand.pomdpx", """
        <?xml version="1.0"?>
        <pomdpx version="0.1">
          <Discount>0.9</Discount>
          <Variable>
            <StateVar vnamePrev="s_0" vnameCurr="s_1"><NumValues>2</NumValues></StateVar>
            <ObsVar vname="z"><ValueEnum>lo hi</ValueEnum></ObsVar>
            <ActionVar vname="act"><ValueEnum>stay flip</ValueEnum></ActionVar>
            <RewardVar vname="r1"/>
            <RewardVar vname="r2"/>
          </Variable>
          <InitialStateBelief><CondProb><Var>s_0</Var><Parent>null</Parent>
            <Parameter type="TBL"><Entry><Instance>-</Instance><ProbTable>uniform</ProbTable></Entry></Parameter>
          </CondProb></InitialStateBelief>
          <StateTransitionFunction><CondProb><Var>s_1</Var><Parent>act s_0</Parent>
            <Parameter type="TBL">
              <Entry><Instance>stay - -</Instance><ProbTable>identity</ProbTable></Entry>
              <Entry><Instance>flip - -</Instance><ProbTable>0.25 0.75 1 0</ProbTable></Entry>
            </Parameter>
          </CondProb></StateTransitionFunction>
          <ObsFunction><CondProb><Var>z</Var><Parent>s_1</Parent>
            <Parameter type="TBL">
              <Entry><Instance>* lo</Instance><ProbTable>0.4</ProbTable></Entry>
              <Entry><Instance>s1 -</Instance><ProbTable>0.9 0.1</ProbTable></Entry>
              <Entry><Instance>s0 hi</Instance><ProbTable>0.6</ProbTable></Entry>
              <Entry><Instance>s1 hi</Instance><ProbTable>0.1</ProbTable></Entry>
            </Parameter>
          </CondProb></ObsFunction>
          <RewardFunction>
            <Func><Var>r1</Var><Parent>act</Parent>
              <Parameter type="TBL"><Entry><Instance>-</Instance><ValueTable>1 2</ValueTable></Entry></Parameter>
            </Func>
            <Func><Var>r2</Var><Parent>act s_1</Parent>
              <Parameter type="TBL"><Entry><Instance>flip s1</Instance><ValueTable>10</ValueTable></Entry></Parameter>
            </Func>
          </RewardFunction>
        </pomdpx>
        """);

    FinitePomdp model = PomdpxReader.read(file);

    assertThat(model.states()).containsExactly("s0", "s1");
    assertThat(model.initialBelief()).containsExactly(0.5, 0.5);
    assertThat(model.transition(0, 0, 0)).isEqualTo(1);
    assertThat(model.transition(0, 1, 1)).isEqualTo(1);
    assertThat(model.transition(1, 0, 1)).isEqualTo(0.75);
    assertThat(model.transition(1, 1, 0)).isEqualTo(1);
    // the observation function has no action parent: the same for both actions
    assertThat(model.observation(1, 0, 0)).isEqualTo(0.4);
    assertThat(model.observation(0, 1, 0)).isEqualTo(0.9);
    // R(flip, s0) = 2 + 10 · T(s1 | s0, flip); R(flip, s1) = 2 (flip from s1 never reaches s1)
    assertThat(model.reward(0, 0)).isEqualTo(1);
    assertThat(model.reward(1, 0)).isCloseTo(2 + 10 * 0.75, within(1e-12));
    assertThat(model.reward(1, 1)).isCloseTo(2, within(1e-12));
  }

  @Test
  void secondStateVariableIsRejectedNamingTheElement() throws IOException {
    Path file = write("two.pomdpx", """
        <pomdpx><Discount>0.9</Discount><Variable>
          <StateVar vnamePrev="a0" vnameCurr="a1"><NumValues>2</NumValues></StateVar>
          <StateVar vnamePrev="b0" vnameCurr="b1"><NumValues>2</NumValues></StateVar>
        </Variable></pomdpx>
        """);

    assertThatThrownBy(() -> PomdpxReader.read(file))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("two.pomdpx")
        .hasMessageContaining("more than one <StateVar>");
  }

  @Test
  void tableOfTheWrongLengthIsRejectedNamingTheEntry() throws IOException {
    String text = PomdpxWriter.write(Fixture.named("churn_U2_A2_s1").model(0.999), "x")
        .replaceFirst("<ProbTable>([^<]*)</ProbTable>", "<ProbTable>0.5 0.5 0 0</ProbTable>");
    Path file = write("long.pomdpx", text);

    assertThatThrownBy(() -> PomdpxReader.read(file))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("long.pomdpx")
        .hasMessageContaining("<InitialStateBelief> <Entry> 1: table has 4 numbers, expected 3");
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.ISO_8859_1);
    return file;
  }
}
