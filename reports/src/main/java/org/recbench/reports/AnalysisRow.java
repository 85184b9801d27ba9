package org.recbench.reports;

import java.util.List;
import org.recbench.api.Fact;

/**
 * What one analysis of an environment configuration found (see {@link org.recbench.api.Analysis}).
 *
 * @param component id of the component whose analysis ran
 * @param policy the policy label for a policy's analysis of the pair, "" for the environment's
 * @param facts the numbers it found
 * @param wallMillis how long it took
 * @param error why it failed, or null
 */
public record AnalysisRow(String component, String policy, List<Fact> facts, long wallMillis,
    String error) {

  /** Copies the facts. */
  public AnalysisRow {
    facts = List.copyOf(facts);
  }
}
