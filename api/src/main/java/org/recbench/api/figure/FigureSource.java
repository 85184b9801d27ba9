package org.recbench.api.figure;

import java.util.List;

/**
 * Builds figures from a finished run's summary, for a plugin whose results need a chart of
 * their own (a simplex trajectory, users preferring each product over time). Registered by
 * {@link org.recbench.api.Plugin#figures()}; called once per rendering, for every run.
 */
public interface FigureSource {

  /** Stable id, {@code <family>.<name>} like component ids. */
  String id();

  /**
   * The figures this source draws from {@code run}; empty when the run holds nothing it draws
   * (most runs). Must not fail on a run it does not recognise.
   */
  List<Figure> figures(RunSummary run);
}
