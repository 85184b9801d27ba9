package org.recbench.ucbmnl;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.recbench.api.Capability;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Environment;
import org.recbench.api.Kind;
import org.recbench.api.Outcome;
import org.recbench.api.Plugin;
import org.recbench.api.StandardCapabilities;
import org.recbench.lib.mnl.MnlChoice;
import org.recbench.lib.mnl.StaticMnl;
import org.recbench.protocol.assortment.Assortment;
import org.recbench.protocol.assortment.AssortmentObservation;
import org.recbench.protocol.assortment.AssortmentProtocol;
import org.recbench.protocol.assortment.BilinearParameter;
import org.recbench.protocol.assortment.Choice;
import org.recbench.protocol.assortment.MatrixView;
import org.recbench.protocol.assortment.OfferCheck;
import org.recbench.protocol.assortment.VectorView;

/**
 * {@code test.linear-mnl}: a small assortment environment for this module's harness tests (the
 * real ones live in plugins/assortment, which this plugin must not depend on). u_i = x̃ᵀΘ̃ỹ_i
 * with Θ̃ (3 × 3) and 10 item features drawn N(0, 1) once, x_t ~ N(0, I_2) every round,
 * revenues uniform on [0.5, 1.5], K = 3 — a model Vectorized UCB-MNL specifies exactly.
 */
final class LinearMnlWorld implements Environment<AssortmentObservation, Assortment, Choice> {

  static final int D = 2;
  static final int ITEMS = 10;
  static final int K = 3;

  private final RandomGenerator rng;
  private final double[] theta = new double[(D + 1) * (D + 1)];
  private final double[] items = new double[ITEMS * D];
  private final double[] revenues = new double[ITEMS];
  private final double[][] contexts = {new double[D], new double[D]};
  private final AssortmentObservation[] observations = new AssortmentObservation[2];
  private final double[] u = new double[ITEMS];
  private final int[] set = new int[K];
  private final int[] best = new int[K];
  private final StaticMnl solver = new StaticMnl();
  private final OfferCheck check = new OfferCheck(ITEMS);
  private final Outcome<AssortmentObservation, Choice> outcome = new Outcome<>();
  private final Choice choice = new Choice();
  private final BilinearParameter truth;
  private int current;

  LinearMnlWorld(RandomGenerator rng) {
    this.rng = rng;
    for (int a = 0; a < theta.length; a++) {
      theta[a] = rng.nextGaussian();
    }
    for (int k = 0; k < items.length; k++) {
      items[k] = rng.nextGaussian();
    }
    for (int i = 0; i < ITEMS; i++) {
      revenues[i] = rng.nextDouble(0.5, 1.5);
    }
    for (int b = 0; b < 2; b++) {
      observations[b] = new AssortmentObservation(VectorView.of(contexts[b]),
          MatrixView.of(items, ITEMS, D), VectorView.of(revenues), K);
    }
    truth = new BilinearParameter(D, D, theta, D + 1);
  }

  @Override
  public AssortmentObservation reset() {
    return arrive(0);
  }

  @Override
  public Outcome<AssortmentObservation, Choice> step(Assortment action) {
    check.check(action, K);
    int size = action.copyTo(set);
    double expected = MnlChoice.expectedRevenue(u, revenues, set, size);
    int bestSize = solver.solve(u, revenues, ITEMS, K, best);
    double optimum = MnlChoice.expectedRevenue(u, revenues, best, bestSize);
    int item = MnlChoice.sample(u, set, size, rng);
    double revenue = item == Choice.NO_PURCHASE ? 0.0 : revenues[item];
    return outcome.set(choice.set(item, revenue), revenue, arrive(1 - current), false)
        .expected(expected, optimum);
  }

  private AssortmentObservation arrive(int b) {
    current = b;
    double[] x = contexts[b];
    for (int a = 0; a < D; a++) {
      x[a] = rng.nextGaussian();
    }
    for (int i = 0; i < ITEMS; i++) {
      double s = 0.0;
      for (int a = 0; a <= D; a++) {
        for (int c = 0; c <= D; c++) {
          s += (a == 0 ? 1.0 : x[a - 1]) * theta[a * (D + 1) + c]
              * (c == 0 ? 1.0 : items[i * D + c - 1]);
        }
      }
      u[i] = s;
    }
    return observations[b];
  }

  @Override
  public <T> Optional<T> capability(Capability<T> key) {
    return key.id().equals(AssortmentProtocol.BILINEAR_PARAMETER.id())
        ? Optional.of(key.cast(truth)) : Optional.empty();
  }

  /** The plugin holding {@code test.linear-mnl}. */
  static final class TestPlugin implements Plugin {
    @Override
    public String name() {
      return "test-linear-mnl";
    }

    @Override
    public List<ComponentType<Environment<?, ?, ?>>> environments() {
      return List.of(ComponentType.environment(
          Descriptor.builder(Kind.ENVIRONMENT, "test.linear-mnl", AssortmentProtocol.PROTOCOL)
              .provides(StandardCapabilities.EXPECTED_REWARDS,
                  AssortmentProtocol.BILINEAR_PARAMETER)
              .build(),
          (params, rng, capabilities) -> new LinearMnlWorld(rng)));
    }
  }
}
