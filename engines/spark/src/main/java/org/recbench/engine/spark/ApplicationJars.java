package org.recbench.engine.spark;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import org.recbench.api.ConfigurationException;

/**
 * The jars a Spark cluster's executors need, when the run does not name them itself
 * ({@code spark.jars}, as {@code spark-submit} does): the application jar that holds this engine
 * and every bundled plugin, then the user's plugin jars, the entries of
 * {@code RECBENCH_CLASSPATH}.
 */
final class ApplicationJars {

  private ApplicationJars() {}

  /**
   * The jars to ship.
   *
   * @param application where the engine's classes were loaded from
   * @param userClasspath the {@code RECBENCH_CLASSPATH} value, or null
   * @throws ConfigurationException when the engine was not loaded from a jar, or a user entry
   *     is not a jar file
   */
  static List<String> of(Path application, String userClasspath) {
    List<String> jars = new ArrayList<>();
    if (!isJar(application)) {
      throw new ConfigurationException("the Spark engine ships its application jar to the "
          + "cluster's executors, but it was loaded from " + application + ", which is not a "
          + "jar: run the packaged application (app/target/recbench.jar, as ./recbench does) "
          + "or name the executors' jars with -Dspark.jars=...");
    }
    jars.add(application.toAbsolutePath().toString());
    if (userClasspath != null) {
      for (String entry : userClasspath.split(java.io.File.pathSeparator)) {
        if (entry.isEmpty()) {
          continue;
        }
        Path jar = Path.of(entry);
        if (!isJar(jar)) {
          throw new ConfigurationException("RECBENCH_CLASSPATH entry " + entry + " is not a "
              + "jar file: a Spark cluster's executors receive plugins as jars (mvn package "
              + "builds one)");
        }
        String path = jar.toAbsolutePath().toString();
        if (!jars.contains(path)) {
          jars.add(path);
        }
      }
    }
    return List.copyOf(jars);
  }

  /** Where {@code type}'s class file was loaded from. */
  static Path locationOf(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null) {
      throw new ConfigurationException("cannot tell which jar holds " + type.getName()
          + "; name the executors' jars with -Dspark.jars=...");
    }
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new ConfigurationException("cannot read the location " + source.getLocation()
          + " of " + type.getName(), e);
    }
  }

  private static boolean isJar(Path path) {
    return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar");
  }
}
