package org.recbench.sarsop;

import java.util.List;
import org.recbench.api.ComponentType;
import org.recbench.api.Plugin;
import org.recbench.api.Policy;

/**
 * SARSOP interop: policies {@value AlphaVectorsPolicyType#ID} (play a SARSOP policy file) and
 * {@value SolvePolicyType#ID} (solve with an external pomdpsol, then play). Model export for the
 * CLI is {@link org.recbench.sarsop.export.PomdpExport}.
 */
public final class SarsopPlugin implements Plugin {

  @Override
  public String name() {
    return "sarsop";
  }

  @Override
  public List<ComponentType<Policy<?, ?, ?>>> policies() {
    return List.of(AlphaVectorsPolicyType.create(), SolvePolicyType.create(SolverSetup.of(System.getenv())));
  }
}
