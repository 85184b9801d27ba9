package org.recbench.menus;

import java.util.List;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.ParamSpec;
import org.recbench.api.ParamType;
import org.recbench.api.Plugin;
import org.recbench.api.Policy;
import org.recbench.api.StandardCapabilities;
import org.recbench.api.Step;
import org.recbench.protocol.menu.ChoiceTarget;
import org.recbench.protocol.menu.Menu;
import org.recbench.protocol.menu.MenuFeedback;
import org.recbench.protocol.menu.MenuObservation;
import org.recbench.protocol.menu.MenuProtocol;
import org.recbench.protocol.menu.RewardSequence;

/**
 * Test components for the menu protocol: a policy that always shows one menu (possibly an
 * invalid one), and probe metrics that sum the environment's expected rewards and check the
 * feedback against the reward sequence.
 */
public final class MenusTestPlugin implements Plugin {

  /** {@code test.fixed-menu}: shows {@code items} every round, valid or not. */
  static final ComponentType<Policy<?, ?, ?>> FIXED_MENU = ComponentType.policy(
      Descriptor.builder(Kind.POLICY, "test.fixed-menu", MenuProtocol.PROTOCOL)
          .param(ParamSpec.required("items", ParamType.NUMBER_ARRAY, "the menu"))
          .build(),
      (params, rng, capabilities) -> {
        double[] items = params.getDoubleArray("items");
        Menu menu = new Menu(items.length);
        for (int j = 0; j < items.length; j++) {
          menu.items()[j] = (int) items[j];
        }
        return new Policy<MenuObservation, Menu, MenuFeedback>() {
          @Override
          public Menu act(MenuObservation observation) {
            return menu;
          }

          @Override
          public void learn(MenuObservation observation, Menu action, MenuFeedback feedback) {}
        };
      });

  /**
   * {@code test.fixed-menu-target}: shows {@code items} every round and claims to aim at the
   * uniform distribution over them; the distribution it induces is f_i / Σ_{j∈M} f_j.
   */
  static final ComponentType<Policy<?, ?, ?>> FIXED_MENU_TARGET = ComponentType.policy(
      Descriptor.builder(Kind.POLICY, "test.fixed-menu-target", MenuProtocol.PROTOCOL)
          .provides(MenuProtocol.CHOICE_TARGET)
          .param(ParamSpec.required("items", ParamType.NUMBER_ARRAY, "the menu"))
          .build(),
      (params, rng, capabilities) -> new TargetingMenu(params.getDoubleArray("items")));

  /** The policy of {@link #FIXED_MENU_TARGET}. */
  private static final class TargetingMenu
      implements Policy<MenuObservation, Menu, MenuFeedback>, ChoiceTarget {
    private final Menu menu;

    TargetingMenu(double[] items) {
      menu = new Menu(items.length);
      for (int j = 0; j < items.length; j++) {
        menu.items()[j] = (int) items[j];
      }
    }

    @Override
    public Menu act(MenuObservation observation) {
      return menu;
    }

    @Override
    public void learn(MenuObservation observation, Menu action, MenuFeedback feedback) {}

    @Override
    public boolean targeted(double[] out) {
      java.util.Arrays.fill(out, 0);
      for (int item : menu.items()) {
        out[item] = 1.0 / menu.size();
      }
      return true;
    }

    @Override
    public boolean induced(double[] scores, double[] out) {
      java.util.Arrays.fill(out, 0);
      double total = 0;
      for (int item : menu.items()) {
        total += scores[item];
      }
      for (int item : menu.items()) {
        out[item] = scores[item] / total;
      }
      return true;
    }

    @Override
    public <T> java.util.Optional<T> capability(org.recbench.api.Capability<T> key) {
      return key.id().equals(MenuProtocol.CHOICE_TARGET.id()) ? java.util.Optional.of(key.cast(this))
          : java.util.Optional.empty();
    }
  }

  /** {@code test.expected-reward}: Σ_t of the outcomes' expected rewards. */
  static final ComponentType<Metric<?, ?, ?>> EXPECTED = ComponentType.metric(
      Descriptor.builder(Kind.METRIC, "test.expected-reward", MenuProtocol.PROTOCOL)
          .requires(StandardCapabilities.EXPECTED_REWARDS)
          .build(),
      (params, rng, capabilities) -> new Metric<MenuObservation, Menu, MenuFeedback>() {
        private double total;

        @Override
        public void record(Step<MenuObservation, Menu, MenuFeedback> step) {
          total += step.outcome().expectedReward();
        }

        @Override
        public double value() {
          return total;
        }
      });

  /**
   * {@code test.feedback-errors}: rounds whose feedback names an item outside the menu, or a
   * reward other than the sequence's reward of that item in that round, or whose observation
   * shows another round than the step's place in the game.
   */
  static final ComponentType<Metric<?, ?, ?>> FEEDBACK_ERRORS = ComponentType.metric(
      Descriptor.builder(Kind.METRIC, "test.feedback-errors", MenuProtocol.PROTOCOL)
          .requires(MenuProtocol.REWARD_SEQUENCE)
          .build(),
      (params, rng, capabilities) -> {
        RewardSequence rewards = capabilities.require(MenuProtocol.REWARD_SEQUENCE);
        double[] r = new double[rewards.items()];
        return new Metric<MenuObservation, Menu, MenuFeedback>() {
          private long errors;

          @Override
          public void record(Step<MenuObservation, Menu, MenuFeedback> step) {
            MenuFeedback feedback = step.outcome().feedback();
            boolean inMenu = false;
            for (int item : step.action().items()) {
              inMenu |= item == feedback.item();
            }
            rewards.rewards(step.stepInEpisode(), r);
            if (!inMenu || r[feedback.item()] != feedback.reward()
                || feedback.reward() != step.outcome().reward()
                || step.observation().round() != step.stepInEpisode()) {
              errors++;
            }
          }

          @Override
          public double value() {
            return errors;
          }
        };
      });

  @Override
  public String name() {
    return "menus-test";
  }

  @Override
  public List<ComponentType<Policy<?, ?, ?>>> policies() {
    return List.of(FIXED_MENU, FIXED_MENU_TARGET);
  }

  @Override
  public List<ComponentType<Metric<?, ?, ?>>> metrics() {
    return List.of(EXPECTED, FEEDBACK_ERRORS);
  }
}
