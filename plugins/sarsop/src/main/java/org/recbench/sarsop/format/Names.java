package org.recbench.sarsop.format;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.recbench.api.ConfigurationException;

/**
 * Checks that state, action and observation names can be written to Cassandra and POMDPX files:
 * a letter followed by letters, digits, {@code _} or {@code -} (Cassandra's identifier rule, which
 * also keeps POMDPX's whitespace-separated value lists and its {@code *}/{@code -} wildcards
 * unambiguous), no reserved word of either format, and no name twice in one list.
 */
final class Names {

  private static final Set<String> RESERVED = Set.of("discount", "values", "states", "actions",
      "observations", "start", "include", "exclude", "uniform", "identity", "reward", "cost",
      "T", "O", "R", "null");

  private Names() {}

  /** Throws {@link ConfigurationException} naming the first name that cannot be written. */
  static void checkWritable(String kind, List<String> names) {
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (!name.matches("[A-Za-z][A-Za-z0-9_-]*") || RESERVED.contains(name)) {
        throw new ConfigurationException(kind + " name '" + name + "' cannot be written to a model"
            + " file: expected a letter followed by letters, digits, '_' or '-', and no reserved"
            + " word " + RESERVED);
      }
      if (!seen.add(name)) {
        throw new ConfigurationException(kind + " name '" + name + "' appears twice");
      }
    }
  }
}
