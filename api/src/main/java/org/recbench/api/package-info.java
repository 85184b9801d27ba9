/**
 * The SPI plugin authors implement: components ({@link org.recbench.api.Environment},
 * {@link org.recbench.api.Policy}, {@link org.recbench.api.Metric}) described by a
 * {@link org.recbench.api.Descriptor} apart from how a {@link org.recbench.api.Factory} creates
 * them, and contributed by a {@link org.recbench.api.Plugin}. JDK only.
 *
 * <h2>One step</h2>
 * The harness runs, for step t of a trial: {@code a = policy.act(o)},
 * {@code out = environment.step(a)}, {@code policy.learn(o, a, out.feedback())}, then every
 * metric's {@code record(step)}, then (if {@code out.episodeOver()}) every metric's
 * {@code endEpisode}; the next observation is {@code out.next()}.
 *
 * <h2>Object lifetime</h2>
 * So that vector observations, set actions and continuous feedback need no allocation per step,
 * components may reuse the objects they hand out:
 * <ul>
 *   <li>An <b>observation</b> (from {@code reset} or {@code Outcome.next}) stays valid until the
 *       environment's second {@code step} after it was handed out begins: it is intact while its
 *       own step is processed (act, step, learn, metrics). An environment reusing buffers
 *       alternates two.
 *   <li>An <b>action</b> stays valid until the policy's next {@code act}.
 *   <li>An <b>outcome</b> and its <b>feedback</b> stay valid until the environment's next
 *       {@code step} or {@code reset}.
 *   <li>The {@link org.recbench.api.Step} a metric sees is one object, overwritten every step.
 * </ul>
 * A component that needs a value longer copies it (arrays into its own arrays). Nothing may be
 * modified by a component that did not create it.
 */
package org.recbench.api;
