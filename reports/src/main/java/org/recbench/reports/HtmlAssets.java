package org.recbench.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The stylesheet and script inlined into {@code index.html}, kept as resources beside it. */
final class HtmlAssets {

  /** Contents of {@code report.css}. */
  static final String CSS = load("report.css");

  /** Contents of {@code report.js}. */
  static final String SCRIPT = load("report.js");

  private HtmlAssets() {}

  private static String load(String name) {
    try (InputStream in = HtmlAssets.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " missing from the reports jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }
}
