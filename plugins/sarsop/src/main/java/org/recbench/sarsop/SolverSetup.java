package org.recbench.sarsop;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.recbench.sarsop.solve.PolicyCache;
import org.recbench.sarsop.solve.Pomdpsol;

/**
 * Where {@code sarsop.solve} finds the SARSOP solver and keeps its policy cache: in the user's
 * environment, never in a scenario. A scenario is data that people share; if it could name the
 * solver binary, running someone's scenario would run any program they chose, and if it could
 * name the cache directory, it could make the run write into any directory.
 *
 * <ul>
 *   <li>the solver: {@value #POMDPSOL_VARIABLE} (the path of the binary) when set, else the first
 *       executable {@code pomdpsol} on the {@code PATH};
 *   <li>the cache: {@value #CACHE_VARIABLE} when set, else {@link PolicyCache#defaultRoot()}.
 * </ul>
 *
 * @param pathVariable the value of {@code PATH}, or null
 * @param pomdpsolVariable the value of {@value #POMDPSOL_VARIABLE}, or null when unset
 * @param cacheVariable the value of {@value #CACHE_VARIABLE}, or null when unset
 */
public record SolverSetup(String pathVariable, String pomdpsolVariable, String cacheVariable) {

  /** Environment variable naming the pomdpsol binary. */
  public static final String POMDPSOL_VARIABLE = "RECBENCH_POMDPSOL";
  /** Environment variable naming the policy cache directory. */
  public static final String CACHE_VARIABLE = "RECBENCH_SARSOP_CACHE";

  /** The setup the environment variables {@code environment} describe. */
  public static SolverSetup of(Map<String, String> environment) {
    return new SolverSetup(environment.get("PATH"), blankToNull(environment.get(POMDPSOL_VARIABLE)),
        blankToNull(environment.get(CACHE_VARIABLE)));
  }

  /** The executable pomdpsol, or empty when there is none ({@link #whyNoSolver()} says why). */
  public Optional<Path> solver() {
    if (pomdpsolVariable != null) {
      return path(pomdpsolVariable)
          .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p));
    }
    return Pomdpsol.onPath(pathVariable);
  }

  /** Why no solver can be used, or empty when {@link #solver()} finds one. */
  public Optional<String> whyNoSolver() {
    if (solver().isPresent()) {
      return Optional.empty();
    }
    if (pomdpsolVariable != null) {
      return Optional.of(POMDPSOL_VARIABLE + "=" + pomdpsolVariable + " is not an executable "
          + "file");
    }
    return Optional.of("pomdpsol not found on PATH (install SARSOP, or set " + POMDPSOL_VARIABLE
        + " to the pomdpsol binary)");
  }

  /** The policy cache directory. */
  public Path cacheRoot() {
    return cacheVariable == null ? PolicyCache.defaultRoot()
        : path(cacheVariable).orElse(PolicyCache.defaultRoot());
  }

  private static Optional<Path> path(String value) {
    try {
      return Optional.of(Path.of(value));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
