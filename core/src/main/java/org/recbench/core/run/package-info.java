/**
 * Trial execution: {@link org.recbench.core.run.TrialRunner} turns one
 * {@link org.recbench.core.trial.TrialSpec} into one {@link org.recbench.core.trial.TrialResult};
 * an {@link org.recbench.core.run.Engine} runs many ({@link org.recbench.core.run.LocalEngine}:
 * a fixed thread pool in this JVM).
 *
 * <p>Design choices:
 *
 * <ul>
 *   <li><b>Determinism.</b> A trial's randomness comes only from streams derived by
 *       {@link org.recbench.core.run.Seeds} from the trial's coordinates; the environment stream
 *       ignores the policy, so policies are compared on identical environment draws. Results are
 *       bit-identical for any thread count; only wall times differ.
 *   <li><b>Budgets.</b> A step budget ends after exactly {@code length} steps, restarting
 *       episodes as the environment ends them; the last, unfinished episode is not ended, so
 *       per-episode metrics count completed episodes only. An episode budget ends after
 *       {@code length} completed episodes.
 *   <li><b>Failures are results.</b> Exceptions from components (and an allocation beyond the
 *       heap) become failed results with the checkpoints reached; the run goes on. A per-trial
 *       time limit covers the whole trial: checked every 1024 steps and at episode ends by the
 *       loop, and enforced by a {@link org.recbench.core.run.TrialWatchdog} for components stuck
 *       in a factory or a step (interrupted, abandoned if they ignore it). It is also the guard
 *       against environments that never end an episode.
 *   <li><b>Hot loop.</b> No allocation, boxing or map lookup by the runner per step; the clock
 *       is read per step only when a metric requires the decision timer. Steps run in stretches
 *       (counted loops between checkpoints and time-limit checks) that the JIT compiles as
 *       ordinary methods, and each combination of environment, policy and metric classes gets
 *       its own copy of the loop class ({@code LoopClasses}), so that a run of several policies
 *       keeps every call in the loop monomorphic and inlined.
 *   <li><b>Capabilities.</b> A policy sees only the environment capabilities it declares; a metric
 *       only those it declares, from the environment, the policy or the harness.
 * </ul>
 */
package org.recbench.core.run;
