package org.recbench.assortment;

import java.util.List;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.ParamSpec;
import org.recbench.api.Plugin;
import org.recbench.api.Policy;
import org.recbench.protocol.assortment.Assortment;
import org.recbench.protocol.assortment.AssortmentObservation;
import org.recbench.protocol.assortment.AssortmentProtocol;
import org.recbench.protocol.assortment.Choice;

/**
 * {@code test.bad-set}: a broken policy for the bad-input tests. It offers a valid set for
 * {@code after} rounds, then one that is {@code oversized} (K + 1 items), {@code empty},
 * {@code duplicate} (item 0 twice) or {@code unknown} (index N).
 */
final class BadSetPolicy implements Policy<AssortmentObservation, Assortment, Choice> {

  private final String kind;
  private final int after;
  private int round;

  private BadSetPolicy(String kind, int after) {
    this.kind = kind;
    this.after = after;
  }

  @Override
  public Assortment act(AssortmentObservation observation) {
    int k = observation.capacity();
    if (round++ < after) {
      return new Assortment(1).add(0);
    }
    return switch (kind) {
      case "oversized" -> {
        Assortment s = new Assortment(k + 1);
        for (int i = 0; i <= k; i++) {
          s.add(i);
        }
        yield s;
      }
      case "empty" -> new Assortment(k);
      case "duplicate" -> Assortment.of(0, 1, 0);
      default -> Assortment.of(1, observation.itemCount());
    };
  }

  @Override
  public void learn(AssortmentObservation observation, Assortment action, Choice feedback) {}

  /** The plugin holding {@code test.bad-set}. */
  static final class TestPlugin implements Plugin {
    @Override
    public String name() {
      return "test-bad-sets";
    }

    @Override
    public List<ComponentType<Policy<?, ?, ?>>> policies() {
      return List.of(ComponentType.policy(
          Descriptor.builder(Kind.POLICY, "test.bad-set", AssortmentProtocol.PROTOCOL)
              .param(ParamSpec.string("kind", "oversized", "which invalid set")
                      .oneOf("oversized", "empty", "duplicate", "unknown"),
                  ParamSpec.integer("after", 0, "valid rounds before the invalid one"))
              .build(),
          (params, rng, capabilities) -> new BadSetPolicy(params.getString("kind"),
              params.getInt("after"))));
    }
  }
}
