package org.recbench.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recbench.api.Kind;
import org.recbench.api.Protocol;
import org.recbench.core.catalog.Catalog;

class CorePluginTest {

  @Test
  void serviceLoaderFindsTheCoreMetricsForEveryProtocol() {
    Catalog catalog = Catalog.load();

    assertThat(catalog.pluginOf("regret")).contains("core");
    assertThat(catalog.all(Kind.METRIC).stream()
        .filter(type -> catalog.pluginOf(type.id()).orElseThrow().equals("core"))
        .map(type -> type.descriptor().protocol()))
        .hasSize(14)
        .allMatch(protocol -> protocol == Protocol.ANY);
  }
}
