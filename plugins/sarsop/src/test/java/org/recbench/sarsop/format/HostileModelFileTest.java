package org.recbench.sarsop.format;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.api.ConfigurationException;

/**
 * Model files that declare more than can be read: a count that does not fit an {@code int}, or
 * sizes whose dense tables would not fit in memory, are refused naming the file and line (the
 * element for POMDPX) before anything of that size is allocated.
 */
class HostileModelFileTest {

  @TempDir
  Path dir;

  @Test
  void aCountBeyondAnIntegerIsRefusedNamingTheLine() {
    assertThatThrownBy(() -> CassandraReader.parse("discount: 0.9\nvalues: reward\n"
        + "states: 99999999999\nactions: 2\nobservations: 2\n", "big.pomdp"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("big.pomdp:3: states: 99999999999 states are more than the 1000000 a model "
            + "may declare");
  }

  @Test
  @Timeout(10)
  void tablesThatCannotFitInMemoryAreRefusedBeforeTheyAreAllocated() {
    assertThatThrownBy(() -> CassandraReader.parse("discount: 0.9\nvalues: reward\n"
        + "states: 200000\nactions: 3\nobservations: 3\nT: * identity\n", "wide.pomdp"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("wide.pomdp:6: the dense tables of 200000 states, 3 actions and 3 "
            + "observations (R(a, s, s', z) alone has 3.60e+11 entries) need about ")
        .hasMessageContaining("this JVM may use");
  }

  @Test
  void anIndexBeyondAnIntegerIsAnUnknownStateNotACrash() {
    assertThatThrownBy(() -> CassandraReader.parse("discount: 0.9\nstates: 2\nactions: 1\n"
        + "observations: 1\nT: 0 : 99999999999 : 0 1\n", "index.pomdp"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("index.pomdp:5: unknown state '99999999999', expected one of [0, 1], an index "
            + "below 2 or *");
  }

  @Test
  void aHugeTokenIsQuotedAsAShortExcerpt() {
    assertThatThrownBy(() -> CassandraReader.parse("discount: " + "9".repeat(100_000) + "x\n",
        "token.pomdp"))
        .hasMessage("token.pomdp:1: expected a number, found '" + "9".repeat(40)
            + "... (99961 more characters)'");
  }

  @Test
  void pomdpxNumValuesBeyondAnIntegerOrTheMemoryAreRefused() throws IOException {
    Path beyond = write("beyond.pomdpx", variables("99999999999", "2", "2"));
    Path wide = write("wide.pomdpx", variables("200000", "3", "3"));

    assertThatThrownBy(() -> PomdpxReader.read(beyond))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("POMDPX file " + beyond + ": <StateVar><NumValues> is 99999999999, more than "
            + "the 1000000 values a model may declare");
    assertThatThrownBy(() -> PomdpxReader.read(wide))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("POMDPX file " + wide + ": the dense tables of 200000 states");
  }

  @Test
  @Timeout(5)
  void aNamedPipeIsRefusedWithoutBlocking() throws Exception {
    Path fifo = dir.resolve("model.pomdp");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);

    assertThatThrownBy(() -> CassandraReader.read(fifo))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("not a regular file");
    assertThatThrownBy(() -> PomdpxReader.read(fifo))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("not a regular file");
  }

  private static String variables(String states, String actions, String observations) {
    return "<pomdpx><Discount>0.9</Discount><Variable>"
        + "<StateVar vnamePrev=\"s0\" vnameCurr=\"s1\"><NumValues>" + states + "</NumValues>"
        + "</StateVar><ObsVar vname=\"o\"><NumValues>" + observations + "</NumValues></ObsVar>"
        + "<ActionVar vname=\"a\"><NumValues>" + actions + "</NumValues></ActionVar>"
        + "<RewardVar vname=\"r\"/></Variable></pomdpx>";
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.ISO_8859_1);
  }
}
