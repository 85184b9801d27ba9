package org.recbench.engine.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.api.ConfigurationException;

class ApplicationJarsTest {

  @TempDir
  Path dir;

  @Test
  void theApplicationJarComesFirstThenEachUserPluginJarOnce() throws IOException {
    Path app = Files.createFile(dir.resolve("recbench.jar"));
    Path mine = Files.createFile(dir.resolve("my-plugin.jar"));
    Path other = Files.createFile(dir.resolve("other.jar"));

    assertThat(ApplicationJars.of(app, mine + ":" + other + "::" + mine))
        .containsExactly(app.toString(), mine.toString(), other.toString());
    assertThat(ApplicationJars.of(app, null)).containsExactly(app.toString());
  }

  @Test
  void classesOutsideAJarAndUserEntriesThatAreNoJarsAreRefusedByName() throws IOException {
    Path app = Files.createFile(dir.resolve("recbench.jar"));
    Path classes = Files.createDirectories(dir.resolve("classes"));

    assertThatThrownBy(() -> ApplicationJars.of(classes, null))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("loaded from " + classes + ", which is not a jar");
    assertThatThrownBy(() -> ApplicationJars.of(app, classes.toString()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("RECBENCH_CLASSPATH entry " + classes + " is not a jar file");
  }

  @Test
  void theEngineFindsTheLocationItsClassesWereLoadedFrom() {
    assertThat(ApplicationJars.locationOf(ApplicationJars.class))
        .isEqualTo(Path.of("target", "classes").toAbsolutePath());
  }
}
