package org.recbench.baselines;

import java.util.List;
import org.recbench.api.ComponentType;
import org.recbench.api.Plugin;
import org.recbench.api.Policy;

/**
 * Reference policies: for the session protocol myopic, best fixed category and uniform random;
 * for the assortment protocol a uniformly random set of K items.
 */
public final class BaselinesPlugin implements Plugin {

  @Override
  public String name() {
    return "baselines";
  }

  @Override
  public List<ComponentType<Policy<?, ?, ?>>> policies() {
    return List.of(MyopicPolicy.type(), BestFixedPolicy.type(), RandomPolicy.type(),
        RandomAssortmentPolicy.type());
  }
}
