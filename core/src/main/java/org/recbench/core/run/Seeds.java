package org.recbench.core.run;

import java.nio.ByteBuffer;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.Digest;
import org.recbench.core.trial.TrialSpec;

/**
 * Derives the random streams of a trial from what the trial <em>is</em>, never from run order,
 * thread or clock, so a trial gives the same result on any engine and any thread count.
 *
 * <p>Each stream is an {@code L64X128MixRandom} (a splittable LXM generator of
 * {@link java.util.random}) seeded with the first 8 bytes (big-endian) of the SHA-256 of a
 * canonical text listing, in order, the role and the trial coordinates the stream depends on.
 * Every part is written as {@code <length>:<text>;} so that no two different part lists give the
 * same text. The streams are:
 *
 * <ul>
 *   <li>environment: ("environment", scenario, environment.canonical(), seed) — the policy is
 *       deliberately absent, so every policy faces the same environment draws on the same seed
 *       and comparisons across policies are paired;
 *   <li>policy: ("policy", scenario, environment.canonical(), policy.canonical(), seed);
 *   <li>metric: ("metric", scenario, environment.canonical(), policy.canonical(), seed, metric)
 *       — each metric of a trial gets its own stream; the metric part is its id when it has no
 *       parameters, else its canonical text.
 * </ul>
 */
public final class Seeds {

  private static final RandomGeneratorFactory<RandomGenerator> ALGORITHM =
      RandomGeneratorFactory.of("L64X128MixRandom");

  private Seeds() {}

  /** The environment's stream: independent of the policy. */
  public static RandomGenerator environment(TrialSpec spec) {
    return ALGORITHM.create(seed("environment", spec.scenario(), spec.environment().canonical(),
        Integer.toString(spec.seed())));
  }

  /** The policy's stream. */
  public static RandomGenerator policy(TrialSpec spec) {
    return ALGORITHM.create(seed("policy", spec.scenario(), spec.environment().canonical(),
        spec.policy().canonical(), Integer.toString(spec.seed())));
  }

  /** The stream of {@code metric}. */
  public static RandomGenerator metric(TrialSpec spec, ComponentConfig metric) {
    return ALGORITHM.create(seed("metric", spec.scenario(), spec.environment().canonical(),
        spec.policy().canonical(), Integer.toString(spec.seed()),
        metric.params().isEmpty() ? metric.id() : metric.canonical()));
  }

  /**
   * The 64-bit seed of a list of parts: the first 8 bytes, big-endian, of SHA-256 over the parts
   * written as {@code <length>:<text>;} in UTF-8.
   */
  public static long seed(String... parts) {
    return ByteBuffer.wrap(Digest.sha256(parts)).getLong();
  }
}
