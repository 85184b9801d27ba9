package org.recbench.core.testplugins;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.recbench.api.Capabilities;
import org.recbench.api.Capability;
import org.recbench.api.ComponentType;
import org.recbench.api.ConfigurationException;
import org.recbench.api.Descriptor;
import org.recbench.api.Environment;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.Oracle;
import org.recbench.api.Outcome;
import org.recbench.api.ParamSpec;
import org.recbench.api.ParamType;
import org.recbench.api.Plugin;
import org.recbench.api.Policy;
import org.recbench.api.StandardCapabilities;
import org.recbench.api.Step;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.BanditProtocol;
import org.recbench.protocol.bandit.Reward;

/**
 * Plugin {@code probes}: bandit components with known behaviour for the harness tests —
 * environments whose draws or scripts are visible, policies that fail or report what they can
 * see, and metrics that expose what the harness hands them. Not registered as a service: the
 * harness tests add it to their catalog ({@code TestSpecs.catalog()}) next to
 * {@link TestPlugin}, whose round-robin policy they share.
 */
public final class ProbePlugin implements Plugin {

  /** The arm means of {@code test.random-means}, exposed to components that declare it. */
  public static final Capability<double[]> ARM_MEANS =
      new Capability<>("test-arm-means", double[].class, "the arm means of a test bandit");

  /** Capabilities a snooping component probes for. */
  public static final List<Capability<?>> PROBED = List.of(ARM_MEANS, StandardCapabilities.ORACLE,
      StandardCapabilities.PLANNING_STATS, StandardCapabilities.DECISION_TIMER);

  @Override
  public String name() {
    return "probes";
  }

  @Override
  public List<ComponentType<Environment<?, ?, ?>>> environments() {
    return List.of(SwitchingBandit.TYPE, SharedModelBandit.TYPE,
        ComponentType.environment(Descriptor.builder(Kind.ENVIRONMENT, "test.random-means",
                BanditProtocol.PROTOCOL)
            .provides(ARM_MEANS, StandardCapabilities.ORACLE, StandardCapabilities.EXPECTED_REWARDS)
            .param(ParamSpec.integer("arms", 3, "number of arms"),
                ParamSpec.integer("episode-length", 0, "steps per episode; 0 never ends one"))
            .build(),
            (params, rng, capabilities) -> new RandomMeans(params.getInt("arms"),
                params.getLong("episode-length"), rng)),
        ComponentType.environment(Descriptor.builder(Kind.ENVIRONMENT, "test.scripted",
                BanditProtocol.PROTOCOL)
            .provides(StandardCapabilities.ORACLE, StandardCapabilities.EXPECTED_REWARDS)
            .param(ParamSpec.required("rewards", ParamType.NUMBER_ARRAY, "reward of step t, cycled"),
                ParamSpec.required("means", ParamType.NUMBER_ARRAY, "expected reward per arm"),
                ParamSpec.required("episode-lengths", ParamType.NUMBER_ARRAY,
                    "length of episode e, cycled"))
            .build(),
            (params, rng, capabilities) -> new Scripted(params.getDoubleArray("rewards"),
                params.getDoubleArray("means"), params.getDoubleArray("episode-lengths"))));
  }

  @Override
  public List<ComponentType<Policy<?, ?, ?>>> policies() {
    return List.of(SwitchingBandit.ALTERNATING, CertifiedPlan.TYPE, StuckPlanner.TYPE,
        ComponentType.policy(Descriptor.builder(Kind.POLICY, "test.uniform",
                BanditProtocol.PROTOCOL).build(),
            (params, rng, capabilities) -> new Uniform(rng)),
        ComponentType.policy(Descriptor.builder(Kind.POLICY, "test.flaky", BanditProtocol.PROTOCOL)
            .param(ParamSpec.number("failure-probability", 0.5, "chance the trial fails"),
                ParamSpec.integer("fail-at", 10, "the act call (0-based) that throws"))
            .build(),
            (params, rng, capabilities) -> new Flaky(
                rng.nextDouble() < params.getDouble("failure-probability"),
                params.getLong("fail-at"))),
        ComponentType.policy(Descriptor.builder(Kind.POLICY, "test.policy-snoop", BanditProtocol.PROTOCOL)
            .requires(ARM_MEANS)
            .build(),
            (params, rng, capabilities) -> {
              throw new IllegalStateException("visible " + visible(capabilities));
            }),
        ComponentType.policy(Descriptor.builder(Kind.POLICY, "test.bottomless",
                BanditProtocol.PROTOCOL).build(),
            (params, rng, capabilities) -> new Bottomless()),
        ComponentType.policy(Descriptor.builder(Kind.POLICY, "test.slow", BanditProtocol.PROTOCOL)
            .build(),
            (params, rng, capabilities) -> new Slow()),
        ComponentType.policy(Descriptor.builder(Kind.POLICY, "test.slow-learner",
                BanditProtocol.PROTOCOL).build(),
            (params, rng, capabilities) -> new SlowLearner()),
        ComponentType.policy(Descriptor.builder(Kind.POLICY, "test.unanalysable",
                BanditProtocol.PROTOCOL).build(),
            (params, rng, capabilities) -> new SlowLearner())
            .withAnalysis(context -> {
              throw new IllegalStateException("no closed form on " + context.environmentId());
            }));
  }

  @Override
  public List<ComponentType<Metric<?, ?, ?>>> metrics() {
    return List.of(RegretAfterStep.TYPE,
        ComponentType.metric(Descriptor.builder(Kind.METRIC, "test.sum-of-means",
                BanditProtocol.PROTOCOL)
            .requires(ARM_MEANS)
            .build(),
            (params, rng, capabilities) -> new SumOfMeans(capabilities.require(ARM_MEANS))),
        ComponentType.metric(Descriptor.builder(Kind.METRIC, "test.max-decision-nanos",
                BanditProtocol.PROTOCOL).build(),
            (params, rng, capabilities) -> new MaxDecisionNanos()),
        ComponentType.metric(Descriptor.builder(Kind.METRIC, "test.step-indices",
                BanditProtocol.PROTOCOL).build(),
            (params, rng, capabilities) -> new StepIndices()),
        ComponentType.metric(Descriptor.builder(Kind.METRIC, "test.metric-snoop", BanditProtocol.PROTOCOL)
            .requires(StandardCapabilities.ORACLE)
            .build(),
            (params, rng, capabilities) -> {
              throw new IllegalStateException("visible " + visible(capabilities));
            }));
  }

  static List<String> visible(Capabilities capabilities) {
    List<String> ids = new ArrayList<>();
    for (Capability<?> probe : PROBED) {
      capabilities.get(probe).ifPresent(v -> ids.add(probe.id()));
    }
    return ids;
  }

  private static final BanditObservation OBSERVATION_3 = new BanditObservation(3);

  /** Arm means drawn from the environment's stream at creation; Bernoulli rewards. */
  static final class RandomMeans implements Environment<BanditObservation, Arm, Reward> {
    private final double[] means;
    private final long episodeLength;
    private final RandomGenerator rng;
    private final BanditObservation observation;
    private long inEpisode;

    RandomMeans(int arms, long episodeLength, RandomGenerator rng) {
      this.means = rng.doubles(arms).toArray();
      this.episodeLength = episodeLength;
      this.rng = rng;
      this.observation = new BanditObservation(arms);
    }

    @Override
    public BanditObservation reset() {
      inEpisode = 0;
      return observation;
    }

    @Override
    public Outcome<BanditObservation, Reward> step(Arm action) {
      double reward = rng.nextDouble() < means[action.index()] ? 1 : 0;
      inEpisode++;
      return new Outcome<>(new Reward(reward), reward, observation, inEpisode == episodeLength)
          .expected(means[action.index()], Arrays.stream(means).max().orElseThrow());
    }

    @Override
    public <T> Optional<T> capability(Capability<T> key) {
      if (key.id().equals(ARM_MEANS.id())) {
        return Optional.of(key.cast(means.clone()));
      }
      return MeansOracle.offer(means, key);
    }
  }

  /** Reward {@code rewards[t % n]} at trial step t; episode e lasts {@code lengths[e % m]}. */
  static final class Scripted implements Environment<BanditObservation, Arm, Reward> {
    private final double[] rewards;
    private final double[] means;
    private final double[] lengths;
    private long t;
    private int episode = -1;
    private long inEpisode;

    Scripted(double[] rewards, double[] means, double[] lengths) {
      if (rewards.length == 0) {
        throw new ConfigurationException("parameter 'rewards' must not be empty");
      }
      this.rewards = rewards;
      this.means = means;
      this.lengths = lengths;
    }

    @Override
    public BanditObservation reset() {
      episode++;
      inEpisode = 0;
      return OBSERVATION_3;
    }

    @Override
    public Outcome<BanditObservation, Reward> step(Arm action) {
      double reward = rewards[(int) (t++ % rewards.length)];
      inEpisode++;
      boolean over = inEpisode == (long) lengths[episode % lengths.length];
      return new Outcome<>(new Reward(reward), reward, OBSERVATION_3, over)
          .expected(means[action.index()], Arrays.stream(means).max().orElseThrow());
    }

    @Override
    public <T> Optional<T> capability(Capability<T> key) {
      return MeansOracle.offer(means, key);
    }
  }

  /** The oracle of a stateless bandit with known arm means. */
  record MeansOracle(double[] means) implements Oracle<BanditObservation, Arm> {

    /** The oracle when {@code key} asks for it, else empty. */
    static <T> Optional<T> offer(double[] means, Capability<T> key) {
      return key.id().equals(StandardCapabilities.ORACLE.id())
          ? Optional.of(key.cast(new MeansOracle(means))) : Optional.empty();
    }

    @Override
    public double bestExpectedReward(BanditObservation o) {
      return Arrays.stream(means).max().orElseThrow();
    }

    @Override
    public double expectedReward(BanditObservation o, Arm action) {
      return means[action.index()];
    }
  }

  /** Pulls a uniformly random arm from its own stream. */
  static final class Uniform implements Policy<BanditObservation, Arm, Reward> {
    private final RandomGenerator rng;

    Uniform(RandomGenerator rng) {
      this.rng = rng;
    }

    @Override
    public Arm act(BanditObservation observation) {
      return Arm.of(rng.nextInt(observation.arms()));
    }

    @Override
    public void learn(BanditObservation observation, Arm action, Reward feedback) {}
  }

  /** Pulls arm 0; when its creation draw was unlucky, throws at act number {@code failAt}. */
  static final class Flaky implements Policy<BanditObservation, Arm, Reward> {
    private final boolean unlucky;
    private final long failAt;
    private long acts;

    Flaky(boolean unlucky, long failAt) {
      this.unlucky = unlucky;
      this.failAt = failAt;
    }

    @Override
    public Arm act(BanditObservation observation) {
      if (unlucky && acts == failAt) {
        throw new IllegalStateException("unlucky draw");
      }
      acts++;
      return Arm.of(0);
    }

    @Override
    public void learn(BanditObservation observation, Arm action, Reward feedback) {}
  }

  /** Recurses without end on its first act. */
  static final class Bottomless implements Policy<BanditObservation, Arm, Reward> {
    @Override
    public Arm act(BanditObservation observation) {
      return act(observation);
    }

    @Override
    public void learn(BanditObservation observation, Arm action, Reward feedback) {}
  }

  /** Pulls arm 0, but each act lasts until {@link System#nanoTime()} has advanced. */
  static final class Slow implements Policy<BanditObservation, Arm, Reward> {
    @Override
    public Arm act(BanditObservation observation) {
      long start = System.nanoTime();
      while (System.nanoTime() == start) {
        Thread.onSpinWait();
      }
      return Arm.of(0);
    }

    @Override
    public void learn(BanditObservation observation, Arm action, Reward feedback) {}
  }

  /** Pulls arm 0 at once, but each learn lasts at least 20 µs. */
  static final class SlowLearner implements Policy<BanditObservation, Arm, Reward> {
    @Override
    public Arm act(BanditObservation observation) {
      return Arm.of(0);
    }

    @Override
    public void learn(BanditObservation observation, Arm action, Reward feedback) {
      long start = System.nanoTime();
      while (System.nanoTime() - start < 20_000) {
        Thread.onSpinWait();
      }
    }
  }

  /** Sum of the arm means the environment exposes. */
  static final class SumOfMeans implements Metric<Object, Object, Object> {
    private final double sum;

    SumOfMeans(double[] means) {
      this.sum = Arrays.stream(means).sum();
    }

    @Override
    public void record(Step<Object, Object, Object> step) {}

    @Override
    public double value() {
      return sum;
    }
  }

  /** Largest {@link Step#decisionNanos()} seen. */
  static final class MaxDecisionNanos implements Metric<Object, Object, Object> {
    private long max;

    @Override
    public void record(Step<Object, Object, Object> step) {
      max = Math.max(max, step.decisionNanos());
    }

    @Override
    public double value() {
      return max;
    }
  }

  /**
   * Counts steps and episodes itself and throws when the harness's {@link Step} indices or
   * episode callbacks disagree; its value is the number of consistent steps.
   */
  static final class StepIndices implements Metric<Object, Object, Object> {
    private long t;
    private int episode = -1;
    private int inEpisode;
    private boolean open;

    @Override
    public void startEpisode(int index) {
      check(!open && index == episode + 1, "startEpisode(" + index + ") after episode " + episode);
      episode = index;
      inEpisode = 0;
      open = true;
    }

    @Override
    public void record(Step<Object, Object, Object> step) {
      check(open && step.t() == t && step.episode() == episode
          && step.stepInEpisode() == inEpisode, "step t=" + step.t() + " episode="
          + step.episode() + " stepInEpisode=" + step.stepInEpisode() + ", expected " + t + ", "
          + episode + ", " + inEpisode);
      t++;
      inEpisode++;
    }

    @Override
    public void endEpisode(int index, int length) {
      check(open && index == episode && length == inEpisode,
          "endEpisode(" + index + ", " + length + ") in episode " + episode + " after "
              + inEpisode + " steps");
      open = false;
    }

    @Override
    public double value() {
      return t;
    }

    private static void check(boolean ok, String message) {
      if (!ok) {
        throw new IllegalStateException(message);
      }
    }
  }
}
