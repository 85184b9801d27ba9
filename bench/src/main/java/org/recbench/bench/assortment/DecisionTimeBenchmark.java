package org.recbench.bench.assortment;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.recbench.assortment.elsa.ElsaUcb;
import org.recbench.assortment.model.BilinearMnl;
import org.recbench.assortment.model.LowRankGenerator;
import org.recbench.assortment.model.LowRankInstance;
import org.recbench.assortment.model.Misspecification;
import org.recbench.lib.mnl.MnlChoice;
import org.recbench.protocol.assortment.AssortmentObservation;
import org.recbench.ucbmnl.JointFeatures;
import org.recbench.ucbmnl.UcbMnl;

/**
 * Decision time per round in the UCB stage (paper 003, Sec. 5: the reduced dimension is what
 * makes ELSA cheaper): ELSA-UCB's features of dimension (d1 + d2 + 2 − r)·r, optimistic
 * utilities and StaticMNL against Vectorized UCB-MNL's (d1 + 1)(d2 + 1), at d1 = d2 = d, rank
 * r = 2, N = 20 items, K = 5. Both are trained first (T0 = 200 random users, then 20 UCB
 * rounds); the benchmark calls {@code decide}, the round's decision without the update, on 64
 * pre-drawn users in turn, so the state and hence the cost stay fixed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class DecisionTimeBenchmark {

  private static final int ITEMS = 20;
  private static final int CAPACITY = 5;
  private static final int RANK = 2;
  private static final int EXPLORATION = 200;
  private static final int USERS = 64;

  /** d1 = d2. */
  @Param({"10", "20"})
  public int d;

  /** elsa-ucb or vectorized-ucb-mnl. */
  @Param({"elsa-ucb", "vectorized-ucb-mnl"})
  public String policy;

  private AssortmentObservation[] users;
  private ElsaUcb elsa;
  private UcbMnl vectorized;
  private final int[] out = new int[CAPACITY];
  private int next;

  @Setup
  public void setUp() {
    SplittableRandom rng = new SplittableRandom(7);
    LowRankInstance instance = LowRankGenerator.paper(d, d, RANK, ITEMS, CAPACITY,
        Misspecification.EXACT).generate(rng);
    BilinearMnl model = instance.model();
    if (policy.equals("elsa-ucb")) {
      elsa = new ElsaUcb(d, d, ITEMS, ElsaUcb.Settings.defaults(EXPLORATION).withRank(RANK));
    } else {
      vectorized = new UcbMnl(JointFeatures.VECTORIZED, d, d, ITEMS,
          UcbMnl.Settings.defaults(EXPLORATION));
    }
    double[] u = new double[ITEMS];
    for (int t = 0; t < EXPLORATION + 20; t++) {
      double[] x = new double[d];
      instance.drawContext(rng, x);
      model.utilities(x, u);
      AssortmentObservation o = AssortmentObservation.of(x, model.itemFeatures(),
          model.revenues(), CAPACITY);
      int size = elsa != null ? elsa.choose(o, rng, out) : vectorized.choose(o, rng, out);
      int chosen = MnlChoice.sample(u, out, size, rng);
      if (elsa != null) {
        elsa.update(out, size, chosen);
      } else {
        vectorized.update(out, size, chosen);
      }
    }
    users = new AssortmentObservation[USERS];
    for (int k = 0; k < USERS; k++) {
      double[] x = new double[d];
      instance.drawContext(rng, x);
      users[k] = AssortmentObservation.of(x, model.itemFeatures(), model.revenues(), CAPACITY);
    }
  }

  /** One decision: features, optimistic utilities, StaticMNL. */
  @Benchmark
  public int decide() {
    AssortmentObservation o = users[next];
    next = (next + 1) % USERS;
    return elsa != null ? elsa.decide(o, out) : vectorized.decide(o, out);
  }
}
