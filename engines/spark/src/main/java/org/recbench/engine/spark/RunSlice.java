package org.recbench.engine.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.broadcast.Broadcast;
import org.recbench.core.trial.TrialSpec;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction1;

/**
 * The function of one Spark task, shipped to the executor: runs the trials at its partition's
 * plan positions on the executor JVM's worker of the run. The plan itself is a broadcast, which
 * an executor fetches once (and Spark's local mode reads in place), so a task carries only
 * positions instead of serialised specs.
 */
final class RunSlice extends AbstractFunction1<Iterator<int[]>, Finished[]>
    implements Serializable {

  private static final long serialVersionUID = 2L;

  private final String run;
  private final Broadcast<TrialSpec[]> plan;

  /** The task function of run {@code run}, whose trials are {@code plan}. */
  RunSlice(String run, Broadcast<TrialSpec[]> plan) {
    this.run = run;
    this.plan = plan;
  }

  @Override
  public Finished[] apply(Iterator<int[]> partition) {
    TrialSpec[] specs = plan.value();
    List<TrialSpec> trials = new ArrayList<>();
    while (partition.hasNext()) {
      for (int position : partition.next()) {
        trials.add(specs[position]);
      }
    }
    return TrialWorkers.of(run).run(trials);
  }
}
