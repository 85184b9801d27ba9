/**
 * Helpers for reading untrusted input the way the harness promises: files are read only when they
 * are regular files of bounded size ({@link org.recbench.api.input.InputFiles}), sizes are checked
 * against this JVM's memory before anything is allocated ({@link org.recbench.api.input.Memory}),
 * messages quote offending input only as a short escaped excerpt
 * ({@link org.recbench.api.input.Excerpt}) and I/O failures carry their reason
 * ({@link org.recbench.api.input.IoErrors}). Scenario files and data files are shared between
 * people: a message must never copy a whole line, a binary file or a secret file into a terminal,
 * {@code trials.jsonl} or a report. JDK only.
 */
package org.recbench.api.input;
