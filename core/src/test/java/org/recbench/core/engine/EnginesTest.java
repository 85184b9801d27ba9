package org.recbench.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.recbench.api.ConfigurationException;
import org.recbench.core.run.SharedWorkCache;
import org.recbench.core.run.TestSpecs;

class EnginesTest {

  @Test
  void theLocalEngineIsFoundByServiceLoaderAndIsTheDefault() {
    assertThat(Engines.all()).extracting(EngineProvider::name).contains("local");
    assertThat(Engines.named(Engines.DEFAULT)).isInstanceOf(LocalEngineProvider.class);
  }

  @Test
  void anUnknownEngineNamesTheAvailableOnes() {
    assertThatThrownBy(() -> Engines.named("warp"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("--engine warp: no such engine; available: local");
  }

  @Test
  void theLocalEngineRecordsItsThreadsAndRefusesAMaster() {
    LocalEngineProvider local = new LocalEngineProvider();
    try (Engine engine = local.create(new EngineSettings(3, null), TestSpecs.catalog(),
        new SharedWorkCache())) {
      assertThat(engine.name()).isEqualTo("local");
      assertThat(engine.master()).isEmpty();
      assertThat(engine.parallelism()).isEqualTo(3);
    }
    assertThatThrownBy(() -> local.create(new EngineSettings(null, "local[2]"),
        TestSpecs.catalog(), new SharedWorkCache()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("the local engine runs in this JVM and takes no master");
  }
}
