/**
 * Trial planning: a validated {@link org.recbench.core.scenario.Scenario} becomes the list of
 * {@link org.recbench.core.trial.TrialSpec}s an engine runs, plus the pairs skipped and why.
 *
 * <p>Compatibility is decided from descriptors only: protocols
 * ({@link org.recbench.api.Protocol#accepts}), a policy's required capabilities against the
 * environment's, a metric's against those of the environment, the policy and the harness's
 * decision timer, and each component's {@link org.recbench.api.SkipCheck}. Trials are ordered
 * environment configuration, policy configuration, seed, so a run's output is stable.
 */
package org.recbench.core.plan;
