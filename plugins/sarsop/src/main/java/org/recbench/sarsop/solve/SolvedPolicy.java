package org.recbench.sarsop.solve;

import java.nio.file.Path;

/**
 * A SARSOP policy file in the cache.
 *
 * @param policyFile the {@code .policy} file
 * @param solveMillis wall time of the pomdpsol run that wrote it
 * @param cached whether it was already in the cache (no pomdpsol run this time)
 */
public record SolvedPolicy(Path policyFile, double solveMillis, boolean cached) {}
