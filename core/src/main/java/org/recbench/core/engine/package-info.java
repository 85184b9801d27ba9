/**
 * Engines: how a run's trials are executed. An {@link org.recbench.core.engine.Engine} runs
 * independent trial specs and streams results back; {@link org.recbench.core.engine.LocalEngine}
 * uses a thread pool in this JVM, other engines (Spark) plug in through
 * {@link org.recbench.core.engine.EngineProvider} and {@link java.util.ServiceLoader}. Every
 * engine gives the same results, because a trial is a pure function of its spec.
 */
package org.recbench.core.engine;
