package org.recbench.api;

import java.util.Optional;

/**
 * Says why a configured component cannot run on this machine (an external solver is missing, a
 * data file is absent), so the harness skips its pairs with that reason instead of failing
 * trials. Checked once per configuration while planning.
 */
@FunctionalInterface
public interface SkipCheck {

  /** Never skips. */
  SkipCheck NEVER = params -> Optional.empty();

  /** The reason to skip a configuration with these parameters, or empty to run it. */
  Optional<String> reason(Params params);
}
