package org.recbench.core.store;

import org.recbench.core.scaffold.PluginScaffold;

/**
 * The git commit and dirty flag of the repository this RecBench was built from, recorded by the
 * build (git-commit-id-maven-plugin, into {@code recbench.properties}) — not of the directory a
 * run is started in, which may be any checkout or none.
 */
public final class BuildInfo {

  private BuildInfo() {}

  /** The full commit id, or "unknown" when the build was not made from a git repository. */
  public static String gitCommit() {
    String commit = PluginScaffold.versions().getProperty("git.commit", "");
    return commit.matches("[0-9a-f]{40,64}") ? commit : "unknown";
  }

  /** Whether the working tree had uncommitted changes at build time; null when unknown. */
  public static Boolean gitDirty() {
    String dirty = PluginScaffold.versions().getProperty("git.dirty", "");
    return dirty.equals("true") ? Boolean.TRUE : dirty.equals("false") ? Boolean.FALSE : null;
  }
}
