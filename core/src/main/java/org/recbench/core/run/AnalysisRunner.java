package org.recbench.core.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recbench.api.Analysis;
import org.recbench.api.AnalysisContext;
import org.recbench.api.AnalysisResult;
import org.recbench.api.Capabilities;
import org.recbench.api.Capability;
import org.recbench.api.ComponentType;
import org.recbench.api.Environment;
import org.recbench.api.Params;
import org.recbench.api.SharedWork;
import org.recbench.api.StandardCapabilities;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.trial.AnalysisRecord;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.TrialSpec;

/**
 * Runs the {@link Analysis analyses} of a plan once, before its trials: an environment type's
 * for every environment configuration, a policy type's for every planned (environment, policy)
 * pair, several at once, recorded in plan order. Each sees the capabilities of the environment
 * instance its seed-0 trials face (created by {@link TrialRunner#environment} from a seed-0
 * trial spec) and the run's {@link SharedWork}, so work it shares is not repeated by the trials.
 * An analysis that throws becomes a record with the error; the run goes on.
 */
public final class AnalysisRunner {

  private final Catalog catalog;
  private final TrialRunner runner;

  /** Analyses components of {@code catalog}, sharing work with {@code runner}'s trials. */
  public AnalysisRunner(Catalog catalog, TrialRunner runner) {
    this.catalog = catalog;
    this.runner = runner;
  }

  /**
   * The analyses of {@code trials}, in plan order: those in {@code done} (by
   * {@link AnalysisRecord#key()}, when they succeeded) as they are, the others computed now, at
   * once on a parallel stream (the calling thread helps), like trials run at once.
   */
  public List<AnalysisRecord> run(List<TrialSpec> trials, Map<String, AnalysisRecord> done) {
    Map<String, Pending> planned = new LinkedHashMap<>();
    for (TrialSpec trial : trials) {
      if (trial.seed() != 0) {
        continue;
      }
      for (ComponentConfig analysed : List.of(trial.environment(), trial.policy())) {
        ComponentType<?> type = catalog.find(analysed.id()).orElseThrow();
        if (type.analysis() == Analysis.NONE) {
          continue;
        }
        AnalysisRecord record = new AnalysisRecord(type.id(), trial.environment(),
            analysed == trial.policy() ? trial.policy() : null, AnalysisResult.EMPTY, null, 0);
        planned.putIfAbsent(record.key(), new Pending(type, record, trial));
      }
    }
    return planned.values().parallelStream().map(pending -> {
      AnalysisRecord previous = done.get(pending.record().key());
      return previous != null && previous.ok() ? previous : analyse(pending);
    }).toList();
  }

  private AnalysisRecord analyse(Pending planned) {
    ComponentType<?> type = planned.type();
    AnalysisRecord pending = planned.record();
    TrialSpec trial = planned.trial();
    long start = System.nanoTime();
    AnalysisResult result = AnalysisResult.EMPTY;
    String error = null;
    try {
      Environment<Object, Object, Object> environment = runner.environment(trial);
      Capabilities offered = harnessOr(environment::capability);
      Capabilities visible = pending.policy() == null ? offered
          : TrialRunner.granted(type, offered);
      result = type.analysis().analyse(new Context(pending, visible, runner.shared()));
    } catch (Exception | StackOverflowError e) {
      error = TrialRunner.describe(e);
    }
    return new AnalysisRecord(pending.component(), pending.environment(), pending.policy(),
        result, error, (System.nanoTime() - start) / 1_000_000L);
  }

  private Capabilities harnessOr(Capabilities environment) {
    return new Capabilities() {
      @Override
      public <T> Optional<T> get(Capability<T> key) {
        if (key.id().equals(StandardCapabilities.SHARED_WORK.id())) {
          return Optional.of(key.cast(runner.shared()));
        }
        return environment.get(key);
      }
    };
  }

  /** An analysis to run: its type, its record without a result, a seed-0 trial it serves. */
  private record Pending(ComponentType<?> type, AnalysisRecord record, TrialSpec trial) {}

  /** The context of one analysis. */
  private record Context(AnalysisRecord pending, Capabilities capabilities, SharedWork shared)
      implements AnalysisContext {

    @Override
    public Params params() {
      return pending.policy() == null ? pending.environment().toParams()
          : pending.policy().toParams();
    }

    @Override
    public String environmentId() {
      return pending.environment().id();
    }

    @Override
    public Params environmentParams() {
      return pending.environment().toParams();
    }
  }
}
