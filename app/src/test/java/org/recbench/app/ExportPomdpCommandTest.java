package org.recbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExportPomdpCommandTest {

  @Test
  void exportedFilesAreNamedByTheEnvironmentLabelSafelyAndOnce() {
    Set<String> used = new HashSet<>();
    assertThat(ExportPomdpCommand.fileName("fixture churn_U2_A2_s1", used))
        .isEqualTo("fixture_churn_U2_A2_s1");
    assertThat(ExportPomdpCommand.fileName("churn.synthetic[types=2, categories=4]", used))
        .isEqualTo("churn.synthetic_types=2_categories=4");
    assertThat(ExportPomdpCommand.fileName("fixture churn/U2_A2_s1", used))
        .as("a second label with the same safe name").isEqualTo("fixture_churn_U2_A2_s1-2");
    assertThat(ExportPomdpCommand.fileName("../..", used)).isEqualTo("environment.._..");
    assertThat(ExportPomdpCommand.fileName("x".repeat(300), used)).hasSize(100);
  }
}
