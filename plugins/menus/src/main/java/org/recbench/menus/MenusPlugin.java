package org.recbench.menus;

import java.util.List;
import org.recbench.api.ComponentType;
import org.recbench.api.Environment;
import org.recbench.api.Metric;
import org.recbench.api.Plugin;
import org.recbench.api.Policy;
import org.recbench.api.figure.FigureSource;
import org.recbench.menus.env.DiscountedMenusType;
import org.recbench.menus.metrics.ChoiceDistanceMetric;
import org.recbench.menus.metrics.EirdRegret;
import org.recbench.menus.metrics.RegretFigures;
import org.recbench.menus.metrics.SmoothedRegret;
import org.recbench.menus.policy.MenuPolicyTypes;

/**
 * Recommendations for agents with discounted adaptive preferences: W. Brown, A. Agarwal, "Online
 * Recommendations for Agents with Discounted Adaptive Preferences", ALT 2024, PMLR 237:244–281.
 * The environment {@code menus.discounted}, the paper's algorithms and baselines, the
 * best-in-hindsight regret metrics and regret-growth figures.
 */
public final class MenusPlugin implements Plugin {

  @Override
  public String name() {
    return "menus";
  }

  @Override
  public List<ComponentType<Environment<?, ?, ?>>> environments() {
    return List.of(DiscountedMenusType.TYPE);
  }

  @Override
  public List<ComponentType<Policy<?, ?, ?>>> policies() {
    return MenuPolicyTypes.all();
  }

  @Override
  public List<ComponentType<Metric<?, ?, ?>>> metrics() {
    return List.of(SmoothedRegret.TYPE, EirdRegret.TYPE, ChoiceDistanceMetric.TYPE);
  }

  @Override
  public List<FigureSource> figures() {
    return List.of(new RegretFigures());
  }
}
