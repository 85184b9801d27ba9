package org.recbench.api;

/** What an {@link Analysis} sees of the configuration it analyses. */
public interface AnalysisContext {

  /** Validated parameters of the component whose type declared the analysis. */
  Params params();

  /** Id of the environment of the configuration (the component itself for environments). */
  String environmentId();

  /** Validated parameters of the environment configuration. */
  Params environmentParams();

  /**
   * Capabilities of the environment instance that the configuration's seed-0 trials face
   * (created from the same random stream), restricted for a policy to those its descriptor
   * requires; an analysis of an environment that draws its instance per seed describes seed 0.
   */
  Capabilities capabilities();

  /** Work shared with the trials of this run (see {@link SharedWork}). */
  SharedWork shared();
}
