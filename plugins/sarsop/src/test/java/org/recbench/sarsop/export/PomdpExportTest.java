package org.recbench.sarsop.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recbench.api.ConfigurationException;
import org.recbench.protocol.pomdp.FinitePomdp;
import org.recbench.sarsop.format.CassandraReader;
import org.recbench.sarsop.format.PomdpxReader;
import org.recbench.sarsop.testing.Fixture;
import org.recbench.sarsop.testing.Models;

class PomdpExportTest {

  @TempDir
  Path dir;

  private final FinitePomdp undiscounted = Fixture.named("churn_U4_A3_s3").model(1.0);

  @Test
  void writesBothFormatsHoldingTheDiscountedModel() {
    ExportedModel exported = PomdpExport.write(undiscounted, dir.resolve("out"), "u4", 0.999,
        false);

    assertThat(exported.pomdp()).isEqualTo(dir.resolve("out/u4.pomdp")).isRegularFile();
    assertThat(exported.pomdpx()).isEqualTo(dir.resolve("out/u4.pomdpx")).isRegularFile();
    Models.assertSameModel(CassandraReader.read(exported.pomdp()), undiscounted.withDiscount(0.999),
        0);
    Models.assertSameModel(PomdpxReader.read(exported.pomdpx()), exported.model(), 0);
  }

  @Test
  void exactOptionWritesTheRewrittenTransitions() {
    ExportedModel exported = PomdpExport.write(undiscounted, dir, "u4", 0.99, true);

    Models.assertSameModel(CassandraReader.read(exported.pomdp()),
        UndiscountedExact.transform(undiscounted, 0.99), 0);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 1.0, 1.5, -0.5})
  void discountOutsideTheOpenUnitIntervalIsRejected(double discount) {
    assertThatThrownBy(() -> PomdpExport.write(undiscounted, dir, "u4", discount, false))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("discount must be in (0, 1)");
  }

  @Test
  void baseNameWithAPathSeparatorIsRejected() {
    assertThatThrownBy(() -> PomdpExport.write(undiscounted, dir, "../u4", 0.999, false))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("'../u4'");
  }
}
