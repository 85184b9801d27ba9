package org.recbench.bandits;

import java.util.List;
import org.recbench.api.ComponentType;
import org.recbench.api.Environment;
import org.recbench.api.Plugin;
import org.recbench.api.Policy;

/**
 * The {@code bandits} plugin: stochastic K-armed bandits and the classic policies for them. It is
 * the example that {@code docs/writing-a-plugin.md} walks through; every component keeps its
 * descriptor and factory next to its code, as a {@code TYPE} constant.
 */
public final class BanditsPlugin implements Plugin {

  @Override
  public String name() {
    return "bandits";
  }

  @Override
  public List<ComponentType<Environment<?, ?, ?>>> environments() {
    return List.of(BernoulliBandit.TYPE, GaussianBandit.TYPE);
  }

  @Override
  public List<ComponentType<Policy<?, ?, ?>>> policies() {
    return List.of(UniformRandom.TYPE, EpsilonGreedy.TYPE, Ucb1.TYPE, ThompsonSampling.TYPE,
        GaussianThompsonSampling.TYPE);
  }
}
