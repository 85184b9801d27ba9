package org.recbench.core.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A figure a scenario asks for ({@code "figures"} in the scenario file): a metric against a grid
 * parameter at the last checkpoint, or against the checkpoints (a learning curve).
 *
 * @param metric metric key (a column of the leaderboard)
 * @param x grid parameter on the horizontal axis ({@code types}, or {@code environment.types} /
 *     {@code policy.c} when both sides have one of that name), or {@code "checkpoint"} for a
 *     learning curve
 * @param facet a second parameter: one line per value of it, one panel per policy; null for one
 *     line per policy
 * @param yScale {@code "linear"}, {@code "log"} or {@code "auto"} (log when the values are
 *     positive and span two decades or more)
 * @param xScale the same for the horizontal axis
 */
public record FigureRequest(String metric, String x, String facet, String yScale,
    String xScale) {

  /** Values of {@code y-scale} and {@code x-scale}. */
  public static final List<String> SCALES = List.of("auto", "linear", "log");

  /** The value of {@code x} that asks for a learning curve. */
  public static final String CHECKPOINT = "checkpoint";

  /** Validates the components. */
  public FigureRequest {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(x, "x");
    yScale = yScale == null ? "auto" : yScale;
    xScale = xScale == null ? "auto" : xScale;
    if (!SCALES.contains(yScale) || !SCALES.contains(xScale)) {
      throw new IllegalArgumentException("figure scales must be one of " + SCALES);
    }
  }
}
