package org.recbench.api.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.api.ConfigurationException;

class InputFilesTest {

  @TempDir
  Path dir;

  @Test
  @Timeout(5)
  void devicesAndNamedPipesAreRefusedWithoutBeingOpened() throws Exception {
    Path fifo = dir.resolve("ratings.dat");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);

    assertThatThrownBy(() -> InputFiles.read(fifo, 100, "data file"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("data file " + fifo + " is not a regular file (a device, FIFO or socket); "
            + "expected a file");
    assumeTrue(Files.exists(Path.of("/dev/zero")));
    assertThat(InputFiles.problem(Path.of("/dev/zero"), 100)).startsWith("is not a regular file");
  }

  @Test
  void aFileOverTheLimitIsRefusedAndOneWithinIsRead() throws IOException {
    Path file = Files.writeString(dir.resolve("model.pomdp"), "discount: 0.9\n");

    assertThat(InputFiles.read(file, 100, "POMDP file")).hasSize(14);
    assertThatThrownBy(() -> InputFiles.read(file, 10, "POMDP file"))
        .hasMessage("POMDP file " + file + " is 14 B, more than the limit of 10 B for this kind "
            + "of file");
  }

  @Test
  void directoriesAndMissingFilesAreNamed() {
    assertThat(InputFiles.problem(dir, 100)).isEqualTo("is a directory, expected a file");
    assertThat(InputFiles.problem(dir.resolve("missing"), 100))
        .isEqualTo("no such file or directory");
  }
}
