package org.recbench.core.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Writes a new plugin module outside this repository: a Maven project that depends only on
 * {@code recbench-api}, the bandit protocol and (for tests) the test kit, with one policy in one
 * file (explore-then-commit, with its {@code Plugin}), its test through the real harness, the
 * services file, a scenario comparing it with the bundled bandit policies, and a README. The
 * module compiles and its tests pass as generated.
 */
public final class PluginScaffold {

  /** Plugin names: lower-case words separated by '-', usable as an id family and artifact. */
  public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

  private static final Pattern PACKAGE = Pattern.compile("[a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)*");

  private final String name;
  private final String javaPackage;

  /**
   * A scaffold for plugin {@code name} in {@code javaPackage}.
   *
   * @throws IllegalArgumentException when either is not a valid name, saying what is expected
   */
  public PluginScaffold(String name, String javaPackage) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("plugin name '" + name + "' must be lower-case words "
          + "separated by '-', starting with a letter, e.g. my-bandits");
    }
    if (!PACKAGE.matcher(javaPackage).matches()) {
      throw new IllegalArgumentException("package '" + javaPackage + "' must be a lower-case "
          + "Java package name, e.g. org.example.mybandits");
    }
    this.name = name;
    this.javaPackage = javaPackage;
  }

  /** The default package of plugin {@code name}: {@code org.example.<name without dashes>}. */
  public static String defaultPackage(String name) {
    return "org.example." + name.replace("-", "");
  }

  /**
   * Writes the module into {@code directory}, which must not exist or be empty.
   *
   * @return the files written, relative to {@code directory}
   * @throws IllegalArgumentException when {@code directory} holds files
   */
  public List<Path> write(Path directory) throws IOException {
    if (Files.exists(directory) && (!Files.isDirectory(directory)
        || Files.list(directory).findAny().isPresent())) {
      throw new IllegalArgumentException(directory + " exists and is not an empty directory");
    }
    Path sources = Path.of("src/main/java", javaPackage.split("\\."));
    Path tests = Path.of("src/test/java", javaPackage.split("\\."));
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(Path.of("pom.xml"), "pom.xml");
    files.put(sources.resolve("ExploreThenCommit.java"), "Policy.java");
    files.put(tests.resolve("ExploreThenCommitTest.java"), "PolicyTest.java");
    files.put(Path.of("scenario.json"), "scenario.json");
    files.put(Path.of("README.md"), "README.md");
    List<Path> written = new ArrayList<>();
    for (Map.Entry<Path, String> file : files.entrySet()) {
      write(directory.resolve(file.getKey()), fill(template(file.getValue())));
      written.add(file.getKey());
    }
    Path services = Path.of("src/main/resources/META-INF/services/org.recbench.api.Plugin");
    write(directory.resolve(services), javaPackage + ".ExploreThenCommit$Plugin\n");
    written.add(services);
    return written;
  }

  private String fill(String template) {
    Properties versions = versions();
    return template.replace("${package}", javaPackage).replace("${family}", name)
        .replace("${recbench-version}", versions.getProperty("version"))
        .replace("${junit-version}", versions.getProperty("junit.version"))
        .replace("${assertj-version}", versions.getProperty("assertj.version"));
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static String template(String name) {
    try (InputStream in = PluginScaffold.class.getResourceAsStream(name + ".template")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the scaffold template " + name, e);
    }
  }

  /** The versions this build of RecBench was made with. */
  public static Properties versions() {
    Properties properties = new Properties();
    try (InputStream in = PluginScaffold.class.getResourceAsStream(
        "/org/recbench/core/recbench.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read recbench.properties", e);
    }
    return properties;
  }
}
