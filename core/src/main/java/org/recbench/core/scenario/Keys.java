package org.recbench.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import org.recbench.api.input.Excerpt;

/** Checks the member names of a JSON object against the names a format allows. */
final class Keys {

  private Keys() {}

  /**
   * Records every member of {@code object} not in {@code known} as an unknown key, with the
   * nearest known names or, when none is near, the full list.
   */
  static void rejectUnknown(JsonNode object, String path, List<String> known,
      Problems problems) {
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        String hint = Suggestions.didYouMean(name, known);
        problems.add(JsonPaths.member(path, name), "unknown key " + Excerpt.quote(name)
            + (hint.isEmpty() ? "; expected one of " + String.join(", ", known) : hint));
      }
    }
  }

  /**
   * Whether {@code object} has member {@code name}; when it does not, records that the key is
   * missing and what it should hold.
   */
  static boolean require(JsonNode object, String path, String name, String expected,
      Problems problems) {
    if (object.has(name)) {
      return true;
    }
    problems.add(path, "missing required key '" + name + "' (" + expected + ")");
    return false;
  }
}
