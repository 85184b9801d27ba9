package org.recbench.core.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.api.Kind;
import org.recbench.core.catalog.Catalog;

/**
 * The scaffold of {@code recbench new-plugin}: the generated policy compiles against the SPI
 * alone and is found by ServiceLoader with its parameter. (CI also builds the generated module
 * with Maven and runs its tests through the test kit.)
 */
class PluginScaffoldTest {

  @TempDir
  Path directory;

  @Test
  void theGeneratedPolicyCompilesAndItsPluginIsFoundByServiceLoader() throws Exception {
    Path module = directory.resolve("my-bandits");
    List<Path> files = new PluginScaffold("my-bandits", "org.example.mybandits").write(module);

    assertThat(files).contains(Path.of("pom.xml"), Path.of("scenario.json"),
        Path.of("src/main/java/org/example/mybandits/ExploreThenCommit.java"),
        Path.of("src/test/java/org/example/mybandits/ExploreThenCommitTest.java"),
        Path.of("src/main/resources/META-INF/services/org.recbench.api.Plugin"));
    Path source = module.resolve("src/main/java/org/example/mybandits/ExploreThenCommit.java");
    assertThat(Files.readAllLines(source)).hasSizeLessThan(100);

    Path classes = Files.createDirectories(directory.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, "-d", classes.toString(), "-cp",
        System.getProperty("java.class.path"), source.toString());
    assertThat(status).isZero();
    copy(module.resolve("src/main/resources"), classes);

    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        getClass().getClassLoader())) {
      Catalog catalog = Catalog.load(loader);
      assertThat(catalog.pluginOf("my-bandits.explore-then-commit")).contains("my-bandits");
      assertThat(catalog.find(Kind.POLICY, "my-bandits.explore-then-commit").orElseThrow()
          .descriptor().parameter("m")).isPresent();
    }
    assertThat(Files.readString(module.resolve("pom.xml")))
        .contains("<recbench.version>" + PluginScaffold.versions().getProperty("version"))
        .doesNotContain("${recbench-version}", "<parent>");
  }

  @Test
  void badNamesAndNonEmptyDirectoriesAreRefused() throws IOException {
    assertThatThrownBy(() -> new PluginScaffold("My_Bandits", "org.example.x"))
        .hasMessageContaining("must be lower-case words separated by '-'");
    assertThatThrownBy(() -> new PluginScaffold("ok", "Org.Example"))
        .hasMessageContaining("must be a lower-case Java package name");
    Files.writeString(directory.resolve("taken.txt"), "x");
    assertThatThrownBy(() -> new PluginScaffold("ok", "org.example.ok").write(directory))
        .hasMessageContaining("exists and is not an empty directory");
  }

  private static void copy(Path from, Path to) throws IOException {
    try (var paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }
}
