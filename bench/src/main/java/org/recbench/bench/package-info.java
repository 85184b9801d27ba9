/**
 * JMH benchmarks of RecBench: the harness loop against a bare loop, and each plugin's hot path.
 * Build with {@code mvn -B -pl bench -am package -DskipTests} and run
 * {@code java -jar bench/target/benchmarks.jar}.
 */
package org.recbench.bench;
