package org.recbench.assortment.elsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.recbench.assortment.ExplorationData;
import org.recbench.assortment.model.BilinearMnl;
import org.recbench.assortment.model.LowRankGenerator;
import org.recbench.assortment.model.LowRankInstance;
import org.recbench.assortment.model.Misspecification;
import org.recbench.lib.mnl.MnlChoice;
import org.recbench.protocol.assortment.AssortmentObservation;

class ElsaUcbTest {

  private static final int D1 = 4;
  private static final int D2 = 3;
  private static final int ITEMS = 12;
  private static final int K = 3;

  private static LowRankInstance instance(int seed) {
    return LowRankGenerator.paper(D1, D2, 2, ITEMS, K, Misspecification.EXACT)
        .generate(new SplittableRandom(seed));
  }

  private static AssortmentObservation observation(BilinearMnl model, double[] x) {
    return AssortmentObservation.of(x, model.itemFeatures(), model.revenues(), K);
  }

  /** Plays {@code rounds} rounds of {@code elsa} on {@code instance}; returns the last set. */
  private static Set<Integer> play(ElsaUcb elsa, LowRankInstance instance, int rounds,
      SplittableRandom rng) {
    BilinearMnl model = instance.model();
    double[] x = new double[D1];
    double[] u = new double[ITEMS];
    int[] out = new int[K];
    Set<Integer> last = new HashSet<>();
    for (int t = 0; t < rounds; t++) {
      instance.drawContext(rng, x);
      model.utilities(x, u);
      int size = elsa.choose(observation(model, x), rng, out);
      last.clear();
      for (int k = 0; k < size; k++) {
        last.add(out[k]);
      }
      assertThat(last).hasSize(size);
      elsa.update(out, size, MnlChoice.sample(u, out, size, rng));
    }
    return last;
  }

  @Test
  void explorationOffersRandomFullSetsThenTheSubspaceIsEstimated() {
    SplittableRandom rng = new SplittableRandom(1);
    LowRankInstance instance = instance(11);
    ElsaUcb elsa = new ElsaUcb(D1, D2, ITEMS, ElsaUcb.Settings.defaults(300).withRank(2));
    Set<Set<Integer>> sets = new HashSet<>();
    for (int t = 0; t < 299; t++) {
      sets.add(play(elsa, instance, 1, rng));
      assertThat(sets.iterator().next()).hasSize(K);
      assertThat(elsa.rank()).isEqualTo(-1);
      assertThat(elsa.lastRadius()).isNaN();
    }
    assertThat(sets.size()).isGreaterThan(150);
    assertThatThrownBy(elsa::thetaEstimate).isInstanceOf(IllegalStateException.class);
    play(elsa, instance, 1, rng);
    assertThat(elsa.estimated()).isTrue();
    assertThat(elsa.rank()).isEqualTo(2);
    assertThat(elsa.reducedDimension()).isEqualTo((D1 + 1 + D2 + 1 - 2) * 2);
    play(elsa, instance, 1, rng);
    assertThat(elsa.lastRadius()).isPositive();
    DMatrixRMaj estimate = elsa.thetaEstimate();
    assertThat(estimate.numRows).isEqualTo(D1 + 1);
    assertThat(estimate.numCols).isEqualTo(D2 + 1);
    assertThat(ExplorationData.relativeError(estimate, instance.model().theta()))
        .isLessThan(0.3);
  }

  @Test
  void elsaGicChoosesTheRankAndReportsTheCriterion() {
    SplittableRandom rng = new SplittableRandom(2);
    ElsaUcb elsa = new ElsaUcb(D1, D2, ITEMS, ElsaUcb.Settings.defaults(600));
    play(elsa, instance(12), 600, rng);
    assertThat(elsa.rank()).isEqualTo(2);
    assertThat(elsa.gicCriterion()).hasSize(Math.min(D1, D2) + 1);
  }

  /** Batched ELSA (Appendix S.5.3): θ̂ changes only at the end of each batch of B rounds. */
  @Test
  void batchedVariantUpdatesTheEstimateEveryBRounds() {
    SplittableRandom rng = new SplittableRandom(3);
    LowRankInstance instance = instance(13);
    ElsaUcb elsa = new ElsaUcb(D1, D2, ITEMS, ElsaUcb.Settings.defaults(200).withRank(2)
        .withBatchSize(5));
    play(elsa, instance, 200, rng);
    DMatrixRMaj previous = elsa.thetaEstimate();
    for (int t = 1; t <= 15; t++) {
      play(elsa, instance, 1, rng);
      DMatrixRMaj current = elsa.thetaEstimate();
      boolean changed = ExplorationData.relativeError(current, previous) > 0.0;
      assertThat(changed).as("round T0 + %d", t).isEqualTo(t % 5 == 0);
      previous = current;
    }
  }

  @Test
  void withoutInterceptTheEstimateHasNoMainEffects() {
    ElsaUcb.Settings base = ElsaUcb.Settings.defaults(150).withRank(2);
    ElsaUcb.Settings plain = new ElsaUcb.Settings(base.explorationRounds(), base.rank(),
        base.maxRank(), base.batchSize(), base.confidenceScale(), base.truncationScale(),
        base.ridge(), false, base.gicPenaltyScale(), base.factorisation());
    ElsaUcb elsa = new ElsaUcb(D1, D2, ITEMS, plain);
    play(elsa, instance(14), 151, new SplittableRandom(4));
    assertThat(elsa.reducedDimension()).isEqualTo((D1 + D2 - 2) * 2);
    DMatrixRMaj estimate = elsa.thetaEstimate();
    for (int a = 0; a <= D1; a++) {
      assertThat(estimate.get(a, 0)).isZero();
    }
    for (int b = 0; b <= D2; b++) {
      assertThat(estimate.get(0, b)).isZero();
    }
  }

  @Test
  void misuseIsReportedClearly() {
    LowRankInstance instance = instance(15);
    BilinearMnl model = instance.model();
    ElsaUcb elsa = new ElsaUcb(D1, D2, ITEMS, ElsaUcb.Settings.defaults(10));
    int[] out = new int[K];
    assertThatThrownBy(() -> elsa.update(out, K, MnlChoice.NO_PURCHASE))
        .hasMessageContaining("without a preceding choose");
    int size = elsa.choose(observation(model, new double[D1]), new SplittableRandom(5), out);
    int missing = 0;
    while (contains(out, size, missing)) {
      missing++;
    }
    int notOffered = missing;
    assertThatThrownBy(() -> elsa.update(out, size, notOffered))
        .hasMessageContaining("was not offered");
    assertThatThrownBy(() -> new ElsaUcb(D1, D2, ITEMS, ElsaUcb.Settings.defaults(10)
        .withRank(5))).hasMessage("rank 5 exceeds min(d1 + 1, d2 + 1) = 4 of the model Θ̃ for d1 = 4, d2 = 3");
    assertThatThrownBy(() -> ElsaUcb.Settings.defaults(2))
        .hasMessageContaining("explorationRounds");
  }

  private static boolean contains(int[] set, int size, int item) {
    for (int k = 0; k < size; k++) {
      if (set[k] == item) {
        return true;
      }
    }
    return false;
  }
}
