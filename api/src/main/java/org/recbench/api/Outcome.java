package org.recbench.api;

/**
 * What an environment returns for one action.
 *
 * @param feedback protocol-specific feedback given to the policy
 * @param reward scalar reward of this step, read by generic metrics
 * @param next the next observation (meaningless when {@code episodeOver})
 * @param episodeOver whether this step ended the episode
 * @param <O> observation type
 * @param <F> feedback type
 */
public record Outcome<O, F>(F feedback, double reward, O next, boolean episodeOver) {}
