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
 *       {@code "Infinity"}, {@code "-Infinity"} and read back exactly. Lines are ASCII (other
 *       characters escaped), so no string can make a line fail to encode half-way.
 *   <li>One process writes a run directory at a time ({@code RunLock}: an operating-system lock
 *       on {@code run.lock}, released by the kernel when its holder dies, so {@code kill -9}
 *       leaves no stale lock); a second one is refused naming the holder's pid, host and start.
 *   <li>Run files are read only when they are regular files of bounded size; corruption is one
 *       line naming the file and line (line, column and JSON path for {@code run.json}) and
 *       quoting the file only as a short excerpt.
 * </ul>
 */
package org.recbench.core.store;
