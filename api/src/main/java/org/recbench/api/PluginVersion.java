package org.recbench.api;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** Finds the version of the jar a plugin class was loaded from (see {@link Plugin#version()}). */
final class PluginVersion {

  private PluginVersion() {}

  /**
   * The manifest's {@code Implementation-Version}; else the version of the jar's only
   * {@code pom.properties}, or (in a jar that bundles several, like the application's) of the
   * one whose artifact id ends with a segment of the class's package; else "".
   */
  static String of(Class<?> type) {
    Package p = type.getPackage();
    if (p != null && p.getImplementationVersion() != null) {
      return p.getImplementationVersion();
    }
    URL location = type.getProtectionDomain().getCodeSource() == null ? null
        : type.getProtectionDomain().getCodeSource().getLocation();
    if (location == null || !location.getPath().endsWith(".jar")) {
      return "";
    }
    List<String> segments = Arrays.asList(type.getPackageName().split("\\."));
    try (JarFile jar = new JarFile(new File(location.toURI()))) {
      List<Properties> poms = new ArrayList<>();
      for (JarEntry entry : jar.stream().toList()) {
        if (entry.getName().startsWith("META-INF/maven/")
            && entry.getName().endsWith("/pom.properties")) {
          try (InputStream in = jar.getInputStream(entry)) {
            Properties properties = new Properties();
            properties.load(in);
            poms.add(properties);
          }
        }
      }
      if (poms.size() == 1) {
        return poms.get(0).getProperty("version", "");
      }
      for (Properties pom : poms) {
        String artifact = pom.getProperty("artifactId", "");
        if (segments.contains(artifact.substring(artifact.lastIndexOf('-') + 1))) {
          return pom.getProperty("version", "");
        }
      }
      return "";
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return "";
    }
  }
}
