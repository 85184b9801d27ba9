package org.recbench.core.scenario;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.recbench.core.trial.Budget;

/**
 * A validated scenario file (docs/scenarios.md): what to compare, for how long, what to record
 * and how to rank. Ids are resolved (no globs) and parameter values converted; grids are expanded
 * later by the planner.
 *
 * @param file the file it was read from
 * @param name run name, {@code [a-z0-9][a-z0-9._-]*}; seeds the random streams
 * @param description free text for reports, empty when absent
 * @param seeds repetitions per pair, at least 1
 * @param budget trial length in steps ({@code horizon}) or episodes
 * @param checkpoints ascending positions in the budget's unit, the last equal to its length
 * @param environments environment entries, in file order
 * @param policies policy entries, in file order, globs resolved
 * @param metrics metric entries, in file order, globs resolved
 * @param rankBy key of the metric the leaderboard ranks by: the label of one of the
 *     configurations of {@code metrics} (its id when selected without parameters)
 * @param higherIsBetter ranking direction
 * @param timeLimitMillis wall-time limit per trial, 0 for none
 * @param notes remarks worth showing the user (components a glob passed over)
 * @param figures figures the scenario asks for ({@code "figures"}), in file order
 * @param overrides top-level keys set on the command line ({@code --set key=value}), as given
 */
public record Scenario(Path file, String name, String description, int seeds, Budget budget,
    List<Long> checkpoints, List<ComponentSelection> environments,
    List<ComponentSelection> policies, List<ComponentSelection> metrics, String rankBy,
    boolean higherIsBetter, long timeLimitMillis, List<String> notes,
    List<FigureRequest> figures, Map<String, String> overrides) {

  /** Validates and copies the components. */
  public Scenario {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(rankBy, "rankBy");
    checkpoints = List.copyOf(checkpoints);
    environments = List.copyOf(environments);
    policies = List.copyOf(policies);
    metrics = List.copyOf(metrics);
    notes = List.copyOf(notes);
    figures = figures == null ? List.of() : List.copyOf(figures);
    overrides = overrides == null ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    if (seeds < 1) {
      throw new IllegalArgumentException("seeds must be >= 1, was " + seeds);
    }
    if (timeLimitMillis < 0) {
      throw new IllegalArgumentException("timeLimitMillis must be >= 0, was " + timeLimitMillis);
    }
    if (checkpoints.isEmpty() || checkpoints.get(checkpoints.size() - 1) != budget.length()) {
      throw new IllegalArgumentException("the last checkpoint must equal the budget length "
          + budget.length() + ", checkpoints were " + checkpoints);
    }
  }

  /** A scenario without figure requests or overrides. */
  public Scenario(Path file, String name, String description, int seeds, Budget budget,
      List<Long> checkpoints, List<ComponentSelection> environments,
      List<ComponentSelection> policies, List<ComponentSelection> metrics, String rankBy,
      boolean higherIsBetter, long timeLimitMillis, List<String> notes) {
    this(file, name, description, seeds, budget, checkpoints, environments, policies, metrics,
        rankBy, higherIsBetter, timeLimitMillis, notes, List.of(), Map.of());
  }

  /** This scenario with another number of seeds (the CLI's {@code --seeds}). */
  public Scenario withSeeds(int seeds) {
    return new Scenario(file, name, description, seeds, budget, checkpoints, environments,
        policies, metrics, rankBy, higherIsBetter, timeLimitMillis, notes, figures, overrides);
  }

  /** This scenario recording the command-line overrides it was read with. */
  public Scenario withOverrides(Map<String, String> given) {
    return new Scenario(file, name, description, seeds, budget, checkpoints, environments,
        policies, metrics, rankBy, higherIsBetter, timeLimitMillis, notes, figures, given);
  }
}
