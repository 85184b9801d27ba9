/**
 * Results on disk: one directory per run, {@code <results>/<scenario>/<2026-11-23T18-45-03Z>/},
 * holding {@code run.json} ({@link org.recbench.core.store.RunMetadata}) and
 * {@code trials.jsonl}, one JSON line per finished trial ({@link org.recbench.core.store.TrialJson}).
 *
 * <p>Design choices:
 *
 * <ul>
 *   <li>Each result is appended and flushed as soon as it arrives, without fsync; after a crash,
 *       {@link org.recbench.core.store.ResultStore#resume} drops an incomplete or garbled last
 *       line (truncating the file back to its last complete line) and re-runs that trial. A bad
 *       line anywhere else is an error naming the file and line: it is not a crash artefact.
 *   <li>Only trials whose latest result is ok count as finished: resume re-runs failures.
 *   <li>{@link org.recbench.core.store.ResultStore#finish} rewrites the file atomically in plan
 *       order with the latest result per key, so resumed and uninterrupted runs give the same
 *       file apart from wall times. Results whose key is not in the plan are kept after it.
 *   <li>Non-finite metric values are written as the JSON strings {@code "NaN"},
 *       {@code "Infinity"}, {@code "-Infinity"} and read back exactly.
 * </ul>
 */
package org.recbench.core.store;
