package org.recbench.core.testplugins;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.recbench.api.AnalysisResult;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Environment;
import org.recbench.api.Fact;
import org.recbench.api.Kind;
import org.recbench.api.Outcome;
import org.recbench.api.ParamSpec;
import org.recbench.api.SharedWork;
import org.recbench.api.StandardCapabilities;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.BanditProtocol;
import org.recbench.protocol.bandit.Reward;

/**
 * Probe environment {@code test.shared-model}: a bandit whose "model" (its arm count) is built
 * through the harness's {@link SharedWork}, by its analysis and by every trial, counting in
 * {@link #BUILDS} how often the model was really built, so tests can check that a run builds it
 * once.
 */
public final class SharedModelBandit implements Environment<BanditObservation, Arm, Reward> {

  /** How many models were built since the class was loaded. */
  public static final AtomicInteger BUILDS = new AtomicInteger();

  static final ComponentType<Environment<?, ?, ?>> TYPE = ComponentType.environment(
      Descriptor.builder(Kind.ENVIRONMENT, "test.shared-model", BanditProtocol.PROTOCOL)
          .description("a bandit whose model is shared work")
          .requires(StandardCapabilities.SHARED_WORK)
          .param(ParamSpec.integer("arms", 2, "arms").range(1.0, null))
          .build(),
      (params, rng, capabilities) -> new SharedModelBandit(
          model(capabilities.require(StandardCapabilities.SHARED_WORK), params.getInt("arms"))))
      .withAnalysis(context -> new AnalysisResult(List.of(new Fact("arms",
          model(context.shared(), context.params().getInt("arms")).arms(), "")), List.of()));

  private static BanditObservation model(SharedWork shared, int arms) {
    return shared.computeIfAbsent(List.of("test.shared-model", arms), () -> {
      BUILDS.incrementAndGet();
      return new BanditObservation(arms);
    });
  }

  private final BanditObservation model;
  private final Outcome<BanditObservation, Reward> outcome = new Outcome<>();
  private final Reward reward = new Reward(1);

  private SharedModelBandit(BanditObservation model) {
    this.model = model;
  }

  @Override
  public BanditObservation reset() {
    return model;
  }

  @Override
  public Outcome<BanditObservation, Reward> step(Arm action) {
    return outcome.set(reward, 1, model, false);
  }
}
