package org.recbench.bandits;

import java.util.random.RandomGenerator;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.ParamSpec;
import org.recbench.api.Policy;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.BanditProtocol;
import org.recbench.protocol.bandit.Reward;

/**
 * {@code bandit.ucb1}: UCB1 of Auer, Cesa-Bianchi and Fischer (2002), "Finite-time analysis of
 * the multiarmed bandit problem", Machine Learning 47:235-256, Fig. 1. Pull each arm once (in
 * index order), then the arm maximising the index
 *
 * <pre>  x̄_k + √(c · ln t / n_k)</pre>
 *
 * where x̄_k is arm k's average reward, n_k its pull count and t the total pull count; ties go to
 * a uniformly random arm. c = 2 is the paper's UCB1, whose logarithmic regret bound (Thm. 1)
 * holds for rewards in [0, 1]; c = 0 is greedy after the first round.
 */
public final class Ucb1 implements Policy<BanditObservation, Arm, Reward> {

  /** The component type registered by {@link BanditsPlugin}. */
  public static final ComponentType<Policy<?, ?, ?>> TYPE = ComponentType.policy(
      Descriptor.builder(Kind.POLICY, "bandit.ucb1", BanditProtocol.PROTOCOL)
          .description("UCB1 (Auer et al. 2002): mean + sqrt(c ln t / n)")
          .param(ParamSpec.number("c", 2, "exploration constant c in sqrt(c ln t / n); 2 is UCB1")
              .range(0.0, null))
          .build(),
      (params, rng, capabilities) -> new Ucb1(params.getDouble("c"), rng));

  private final double c;
  private final ArmStatistics statistics = new ArmStatistics();
  private final RandomArgmax argmax;

  Ucb1(double c, RandomGenerator rng) {
    this.c = c;
    this.argmax = new RandomArgmax(rng);
  }

  @Override
  public Arm act(BanditObservation observation) {
    statistics.fit(observation);
    int unpulled = statistics.firstUnpulled();
    if (unpulled >= 0) {
      return Arm.of(unpulled);
    }
    double scaledLogT = c * Math.log(statistics.total());
    argmax.start();
    for (int k = 0; k < statistics.arms(); k++) {
      argmax.offer(k, index(k, scaledLogT));
    }
    return Arm.of(argmax.best());
  }

  @Override
  public void learn(BanditObservation observation, Arm arm, Reward reward) {
    statistics.record(arm.index(), reward.value());
  }

  /** The UCB1 index of {@code arm} now; every arm must have been pulled. */
  double index(int arm) {
    return index(arm, c * Math.log(statistics.total()));
  }

  /** x̄_k + √(c ln t / n_k), given c ln t (the same for every arm). */
  private double index(int arm, double scaledLogT) {
    return statistics.mean(arm) + Math.sqrt(scaledLogT / statistics.pulls(arm));
  }
}
