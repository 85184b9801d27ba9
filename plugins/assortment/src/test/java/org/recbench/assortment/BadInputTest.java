package org.recbench.assortment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.baselines.BaselinesPlugin;
import org.recbench.testkit.PluginTestKit;
import org.recbench.testkit.TrialOutcome;
import org.recbench.ucbmnl.UcbMnlPlugin;

/**
 * Bad input is reported where it belongs: an invalid offered set fails its trial with a message
 * saying what was expected (the failed-trials table shows it next to the policy), parameter
 * constraints fail validation with the parameter's path before any trial runs.
 */
class BadInputTest {

  private static final PluginTestKit KIT = PluginTestKit.of(new AssortmentPlugin(),
      new UcbMnlPlugin(), new BaselinesPlugin(), new BadSetPolicy.TestPlugin());

  private static TrialOutcome badSet(String kind) {
    return KIT.trial("assortment.lowrank", "test.bad-set")
        .environmentParams(Map.of("d1", 2, "d2", 2, "rank", 1, "items", 6, "capacity", 3))
        .policyParams(Map.of("kind", kind, "after", 5)).metric("regret").horizon(20)
        .checkpoints(2).runOne();
  }

  @Test
  void oversizedSetFailsTheTrialSayingTheCapacity() {
    TrialOutcome run = badSet("oversized");
    assertThat(run.ok()).isFalse();
    assertThat(run.error()).isEqualTo("IllegalArgumentException: invalid assortment [0, 1, 2, 3]"
        + " from the policy: the offered set has 4 items, more than the capacity; expected 1 to"
        + " K = 3 distinct item indices in 0..5");
    assertThat(run.checkpoints()).hasSize(1);
  }

  @Test
  void emptySetFailsTheTrial() {
    assertThat(badSet("empty").error()).isEqualTo("IllegalArgumentException: invalid assortment"
        + " [] from the policy: the offered set is empty; expected 1 to K = 3 distinct item"
        + " indices in 0..5");
  }

  @Test
  void duplicateItemFailsTheTrialNamingTheItem() {
    assertThat(badSet("duplicate").error()).isEqualTo("IllegalArgumentException: invalid"
        + " assortment [0, 1, 0] from the policy: item 0 is offered twice; expected 1 to K = 3"
        + " distinct item indices in 0..5");
  }

  @Test
  void unknownItemFailsTheTrialNamingTheIndex() {
    assertThat(badSet("unknown").error()).contains("item index 6 is out of range");
  }

  @Test
  void rankAboveTheDimensionsIsAValidationProblemAtItsPath() {
    assertThatThrownBy(() -> KIT.trial("assortment.lowrank", "assortment.oracle")
        .environmentParams(Map.of("d1", 3, "d2", 5, "rank", 4)).plan())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("environments[0].params.rank")
        .hasMessageContaining("rank 4 exceeds min(d1, d2) = 3");
  }

  @Test
  void capacityAboveTheItemsIsAValidationProblem() {
    assertThatThrownBy(() -> KIT.trial("assortment.lowrank", "assortment.oracle")
        .environmentParams(Map.of("items", 4, "capacity", 5)).plan())
        .hasMessageContaining("environments[0].params.capacity")
        .hasMessageContaining("capacity 5 exceeds the number of items N = 4");
    assertThatThrownBy(() -> KIT.trial("assortment.fixed", "assortment.oracle")
        .environmentParams(Map.of("utilities", new double[] {0, 1}, "capacity", 3)).plan())
        .hasMessageContaining("capacity 3 exceeds the number of items N = 2");
  }

  @Test
  void revenuesMustMatchTheItems() {
    assertThatThrownBy(() -> KIT.trial("assortment.fixed", "assortment.oracle")
        .environmentParams(Map.of("utilities", new double[] {0, 1},
            "revenue-values", new double[] {1}, "capacity", 1)).plan())
        .hasMessageContaining("environments[0].params.revenue-values")
        .hasMessageContaining("1 revenues for 2 utilities");
    assertThatThrownBy(() -> KIT.trial("assortment.lowrank", "assortment.oracle")
        .environmentParams(Map.of("revenues", "uniform", "revenue-low", 2.0,
            "revenue-high", 1.0)).plan())
        .hasMessageContaining("revenue-high");
  }

  @Test
  void elsaWithARankAboveTheModelFailsItsTrialSayingTheBound() {
    TrialOutcome run = KIT.trial("assortment.lowrank", "assortment.elsa-ucb")
        .environmentParams(Map.of("d1", 2, "d2", 3, "rank", 1))
        .policyParam("rank", 4).metric("regret").horizon(10).runOne();
    assertThat(run.error()).isEqualTo("IllegalArgumentException: rank 4 exceeds min(d1 + 1,"
        + " d2 + 1) = 3 of the model Θ̃ for d1 = 2, d2 = 3");
  }
}
