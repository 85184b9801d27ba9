package org.recbench.engine.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

/** The launcher {@code ./recbench} against the Spark version this module builds with. */
class LauncherTest {

  @Test
  void theLauncherGivesTheJvmOfSparkRunsSparksOwnJavaModuleOptions() throws IOException {
    String launcher = Files.readString(Path.of("../../recbench"));
    Matcher options = Pattern.compile("\\n\\s*spark_opts=\\(([^)]+)\\)").matcher(launcher);

    assertThat(options.find()).as("spark_opts=(...) in ./recbench").isTrue();
    List<String> expected = Arrays.asList(JavaModuleOptions.defaultModuleOptions().split(" "));
    assertThat(Arrays.asList(options.group(1).trim().split("\\s+"))).isEqualTo(expected);
  }

  @Test
  void theLauncherReadsTheSparkClasspathThisBuildWrites() throws IOException {
    String launcher = Files.readString(Path.of("../../recbench"));
    List<String> classpath = Arrays.asList(Files.readString(
        Path.of("target", "spark-classpath.txt")).trim().split(java.io.File.pathSeparator));

    assertThat(launcher).contains("engines/spark/target/spark-classpath.txt");
    assertThat(classpath).allSatisfy(jar -> assertThat(Path.of(jar)).isRegularFile())
        .anyMatch(jar -> jar.contains("spark-core_2.13-"))
        .noneMatch(jar -> jar.contains("recbench-"));
  }
}
