package org.recbench.engine.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.recbench.core.trial.TrialSpec;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction1;

/**
 * The function of one Spark task, shipped to the executor: runs the slices of its partition on
 * the executor JVM's worker of the run.
 */
final class RunSlice extends AbstractFunction1<Iterator<ArrayList<TrialSpec>>, Finished[]>
    implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String run;

  /** The task function of run {@code run}. */
  RunSlice(String run) {
    this.run = run;
  }

  @Override
  public Finished[] apply(Iterator<ArrayList<TrialSpec>> partition) {
    List<TrialSpec> trials = new ArrayList<>();
    while (partition.hasNext()) {
      trials.addAll(partition.next());
    }
    return TrialWorkers.of(run).run(trials);
  }
}
