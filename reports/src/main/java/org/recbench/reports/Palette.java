package org.recbench.reports;

/**
 * Series colours: Tableau 10, distinguishable for most colour-vision deficiencies in pairs and
 * printable. Beyond ten series the colours repeat with a dash pattern.
 */
final class Palette {

  private static final String[] COLORS = {
      "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
      "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};

  private static final String[] DASHES = {"", "6 3", "2 3", "8 3 2 3"};

  private Palette() {}

  /** Colour of series {@code index}. */
  static String color(int index) {
    return COLORS[index % COLORS.length];
  }

  /** SVG {@code stroke-dasharray} of series {@code index}; empty for a solid line. */
  static String dash(int index) {
    return DASHES[(index / COLORS.length) % DASHES.length];
  }
}
