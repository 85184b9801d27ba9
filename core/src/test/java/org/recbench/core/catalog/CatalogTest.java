package org.recbench.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbench.api.ComponentType;
import org.recbench.api.Kind;
import org.recbench.core.testplugins.RivalPlugin;
import org.recbench.core.testplugins.TestPlugin;

class CatalogTest {

  @Test
  void pluginsAreDiscoveredThroughTheirMetaInfServicesFile() {
    Catalog catalog = Catalog.load();

    assertThat(catalog.plugins()).extracting(p -> p.name()).contains(TestPlugin.NAME);
    assertThat(catalog.all(Kind.ENVIRONMENT)).extracting(ComponentType::id)
        .contains("test.counting", "test.table", "test.sessions");
    assertThat(catalog.all(Kind.POLICY)).extracting(ComponentType::id)
        .contains("test.greedy", "test.oracle-follower");
    assertThat(catalog.metric("regret").id()).isEqualTo("regret");
    assertThat(catalog.pluginOf("test.greedy")).contains(TestPlugin.NAME);
  }

  @Test
  void findByKindRejectsAnIdOfAnotherKind() {
    Catalog catalog = Catalog.of(List.of(new TestPlugin()));

    assertThat(catalog.find(Kind.POLICY, "test.greedy")).isPresent();
    assertThat(catalog.find(Kind.ENVIRONMENT, "test.greedy")).isEmpty();
    assertThatThrownBy(() -> catalog.environment("test.greedy"))
        .isInstanceOf(CatalogException.class)
        .hasMessage("no environment with id 'test.greedy' is on the classpath");
  }

  @Test
  void duplicateIdAcrossPluginsIsAnErrorNamingBothPlugins() {
    assertThatThrownBy(() -> Catalog.of(List.of(new TestPlugin(), new RivalPlugin())))
        .isInstanceOf(CatalogException.class)
        .hasMessage("component id 'test.greedy' is contributed twice: by plugin '"
            + TestPlugin.NAME + "' and by plugin '" + RivalPlugin.NAME + "'");
  }
}
