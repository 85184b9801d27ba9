package org.recbench.sarsop.solve;

import java.nio.file.Path;

/**
 * A SARSOP policy file in the cache.
 *
 * @param policyFile the {@code .policy} file
 * @param solveMillis wall time of the pomdpsol run that wrote it (also when read from the cache)
 * @param cached whether it was already in the cache (no pomdpsol run this time)
 * @param report SARSOP's bounds, gap and stop reason for that run
 */
public record SolvedPolicy(Path policyFile, double solveMillis, boolean cached,
    SarsopReport report) {}
