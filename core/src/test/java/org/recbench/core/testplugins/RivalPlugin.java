package org.recbench.core.testplugins;

import java.util.List;
import org.recbench.api.ComponentType;
import org.recbench.api.Policy;
import org.recbench.api.Plugin;

/**
 * A second plugin that contributes {@code test.greedy} again. Not registered as a service: tests
 * combine it with {@link TestPlugin} to check that duplicate ids are rejected.
 */
public final class RivalPlugin implements Plugin {

  /** The plugin name. */
  public static final String NAME = "rival";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<ComponentType<Policy<?, ?, ?>>> policies() {
    return List.of(Greedy.TYPE);
  }
}
