package org.recbench.api;

import java.util.List;
import org.recbench.api.figure.Figure;

/**
 * What an {@link Analysis} found: named numbers and figures.
 *
 * @param facts numbers shown in the configuration's section of the reports
 * @param figures figures rendered by the reports (ODE trajectories, value curves)
 */
public record AnalysisResult(List<Fact> facts, List<Figure> figures) {

  /** Nothing found. */
  public static final AnalysisResult EMPTY = new AnalysisResult(List.of(), List.of());

  /** Copies the lists. */
  public AnalysisResult {
    facts = List.copyOf(facts);
    figures = List.copyOf(figures);
  }
}
