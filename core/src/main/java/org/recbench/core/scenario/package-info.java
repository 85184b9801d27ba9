/**
 * Scenario files (docs/scenarios.md): strict loading and validation, and the JSON Schema for
 * editors.
 *
 * <p>{@link org.recbench.core.scenario.ScenarioLoader} parses a file into a Jackson tree with
 * duplicate keys and trailing content rejected, then walks it key by key so that every problem
 * carries its JSON path; it collects all problems of a file before throwing one
 * {@link org.recbench.core.scenario.ScenarioException}. Ids and globs are resolved against the
 * {@link org.recbench.core.catalog.Catalog} and parameter values converted to the Java types of
 * {@link org.recbench.api.ParamType}, so the planner never sees raw JSON.
 *
 * <p>Choices where the format leaves room: a glob selects only the matching ids that no entry of
 * the same array names explicitly, and passes over components with required parameters (with a
 * note); an integer parameter accepts {@code 2.0} as JSON Schema does; the time limit is rounded
 * up to whole milliseconds; misspelt names are matched by Levenshtein distance up to
 * {@code max(2, length / 3)} ({@link org.recbench.core.scenario.Suggestions}).
 */
package org.recbench.core.scenario;
