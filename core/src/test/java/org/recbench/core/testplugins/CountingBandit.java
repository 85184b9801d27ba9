package org.recbench.core.testplugins;

import java.util.Optional;
import java.util.random.RandomGenerator;
import org.recbench.api.Capability;
import java.util.List;
import org.recbench.api.AnalysisResult;
import org.recbench.api.ComponentType;
import org.recbench.api.Fact;
import org.recbench.api.Descriptor;
import org.recbench.api.Environment;
import org.recbench.api.Kind;
import org.recbench.api.Oracle;
import org.recbench.api.ParamProblem;
import org.recbench.api.Outcome;
import org.recbench.api.ParamSpec;
import org.recbench.api.ParamType;
import org.recbench.api.Params;
import org.recbench.api.StandardCapabilities;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.BanditProtocol;
import org.recbench.protocol.bandit.Reward;

/**
 * Test environment {@code test.counting}: a K-armed bandit whose best arm pays {@code 1} and the
 * others {@code 1 - gap}, optionally with uniform noise in [-gap/2, gap/2]. Knows its expected
 * rewards, so it provides the {@code oracle} capability and fills every outcome's expected
 * rewards. Declares one parameter of every scalar
 * type, a validation (gap at most 0.5 with uniform noise) and an analysis (two facts).
 */
final class CountingBandit implements Environment<BanditObservation, Arm, Reward> {

  static final ComponentType<Environment<?, ?, ?>> TYPE = ComponentType.environment(
      Descriptor.builder(Kind.ENVIRONMENT, "test.counting", BanditProtocol.PROTOCOL)
          .description("K arms; the best pays 1, the others 1 - gap")
          .provides(StandardCapabilities.ORACLE, StandardCapabilities.EXPECTED_REWARDS)
          .param(ParamSpec.integer("arms", 3, "number of arms K").range(1.0, 1000.0),
              ParamSpec.number("gap", 0.1, "reward gap of the other arms").range(0.0, 1.0),
              ParamSpec.string("noise", "none", "reward noise").oneOf("none", "uniform"),
              ParamSpec.bool("shuffle", false, "draw the best arm at random instead of the last"),
              ParamSpec.optional("tags", ParamType.STRING, "free text, no default"))
          .build(),
      CountingBandit::create)
      .withValidation(params -> params.getString("noise").equals("uniform")
          && params.getDouble("gap") > 0.5
          ? List.of(ParamProblem.at("gap", "is " + params.getDouble("gap") + "; with uniform "
              + "noise expected at most 0.5")) : List.of())
      .withAnalysis(context -> new AnalysisResult(List.of(
          new Fact("best mean", 1, "reward/step"),
          new Fact("arms", context.params().getInt("arms"), "")), List.of()));

  private final BanditObservation observation;
  private final int best;
  private final double gap;
  private final boolean noisy;
  private final RandomGenerator rng;
  private final Oracle<BanditObservation, Arm> oracle = new Oracle<>() {
    @Override
    public double bestExpectedReward(BanditObservation observation) {
      return 1;
    }

    @Override
    public double expectedReward(BanditObservation observation, Arm action) {
      return mean(action.index());
    }
  };

  private CountingBandit(int arms, int best, double gap, boolean noisy, RandomGenerator rng) {
    this.observation = new BanditObservation(arms);
    this.best = best;
    this.gap = gap;
    this.noisy = noisy;
    this.rng = rng;
  }

  private static CountingBandit create(Params params, RandomGenerator rng,
      org.recbench.api.Capabilities capabilities) {
    int arms = params.getInt("arms");
    int best = params.getBoolean("shuffle") ? rng.nextInt(arms) : arms - 1;
    return new CountingBandit(arms, best, params.getDouble("gap"),
        params.getString("noise").equals("uniform"), rng);
  }

  private double mean(int arm) {
    return arm == best ? 1 : 1 - gap;
  }

  @Override
  public BanditObservation reset() {
    return observation;
  }

  @Override
  public Outcome<BanditObservation, Reward> step(Arm action) {
    double reward = mean(action.index()) + (noisy ? gap * (rng.nextDouble() - 0.5) : 0);
    return new Outcome<>(new Reward(reward), reward, observation, false)
        .expected(mean(action.index()), 1);
  }

  @Override
  public <T> Optional<T> capability(Capability<T> key) {
    return key.id().equals(StandardCapabilities.ORACLE.id())
        ? Optional.of(key.cast(oracle)) : Optional.empty();
  }
}
