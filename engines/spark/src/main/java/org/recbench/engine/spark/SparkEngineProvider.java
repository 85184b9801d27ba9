package org.recbench.engine.spark;

import org.recbench.api.ConfigurationException;
import org.recbench.api.SharedWork;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.engine.Engine;
import org.recbench.core.engine.EngineProvider;
import org.recbench.core.engine.EngineSettings;

/**
 * {@code --engine spark}: trials as tasks of Apache Spark ({@link SparkEngine}). Found by
 * {@link java.util.ServiceLoader}; this class refers to no Spark type, so the CLI lists and
 * rejects the engine cleanly when Spark is not on the classpath.
 */
public final class SparkEngineProvider implements EngineProvider {

  /** The engine's name. */
  public static final String NAME = "spark";

  private static final String SPARK_CLASS = "org.apache.spark.sql.SparkSession";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Apache Spark (--master local[*] (default), local[N], spark://HOST:PORT, yarn, "
        + "k8s://...); plugin jars are shipped to the executors";
  }

  @Override
  public Engine create(EngineSettings settings, Catalog catalog, SharedWork shared) {
    if (settings.threads() != null) {
      throw new ConfigurationException("--threads " + settings.threads() + ": the spark "
          + "engine runs as many trials at once as its master has cores; on one machine use "
          + "--master local[N]");
    }
    try {
      Class.forName(SPARK_CLASS, false, SparkEngineProvider.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new ConfigurationException("--engine spark: Apache Spark is not on the classpath; "
          + "run through ./recbench, which adds Spark's jars for --engine spark, or submit "
          + "app/target/recbench.jar with spark-submit");
    }
    return SparkEngine.start(settings.master(), catalog, shared,
        () -> ApplicationJars.of(ApplicationJars.locationOf(SparkEngineProvider.class),
            System.getenv("RECBENCH_CLASSPATH")));
  }
}
