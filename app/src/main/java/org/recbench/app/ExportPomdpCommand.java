package org.recbench.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.recbench.api.Capabilities;
import org.recbench.api.Environment;
import org.recbench.protocol.pomdp.FinitePomdp;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.cli.BadInputException;
import org.recbench.core.cli.ExitCode;
import org.recbench.core.plan.Plan;
import org.recbench.core.plan.Planner;
import org.recbench.core.run.Seeds;
import org.recbench.core.scenario.ScenarioLoader;
import org.recbench.core.trial.TrialSpec;
import org.recbench.reports.CsvReport;
import org.recbench.sarsop.export.ExportedModel;
import org.recbench.sarsop.export.PomdpExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code recbench export-pomdp}: writes the finite POMDP of every environment configuration of a
 * scenario as Cassandra {@code .pomdp} and {@code .pomdpx}, the inputs of SARSOP's
 * {@code pomdpsol}. Environments are built exactly as trials build them (same random stream for
 * the chosen seed index), so an instance drawn per seed is the one the trials of that seed face.
 * Files are named after the environment's label ({@link #fileName}); {@code environments.tsv}
 * maps each file name to its label.
 */
@Command(name = "export-pomdp", mixinStandardHelpOptions = true,
    description = "Write each environment configuration's finite POMDP as .pomdp and .pomdpx.")
final class ExportPomdpCommand implements Callable<Integer> {

  /** Longest file name taken from a label (before the extension and a copy number). */
  private static final int MAX_NAME = 100;

  @Parameters(paramLabel = "SCENARIO", description = "Scenario JSON file.")
  private Path scenario;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory.")
  private Path out;

  @Option(names = "--discount", paramLabel = "GAMMA", defaultValue = "0.999",
      description = "Discount written to the files, in (0, 1) (default: ${DEFAULT-VALUE}).")
  private double discount;

  @Option(names = "--undiscounted-exact",
      description = "Rescale transitions by 1/GAMMA so the discounted value equals the"
          + " undiscounted one (see plugins/sarsop/README.md).")
  private boolean exactUndiscounted;

  @Option(names = "--seed", paramLabel = "INDEX", defaultValue = "0",
      description = "Seed index whose environment instance is exported (default: ${DEFAULT-VALUE}).")
  private int seed;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Catalog catalog = Catalog.load();
    Plan plan = new Planner(catalog).plan(new ScenarioLoader(catalog).load(scenario));
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new BadInputException("--out " + out + " is a file; expected a directory to write "
          + "the models into");
    }
    Files.createDirectories(out);
    PrintWriter stdout = spec.commandLine().getOut();
    List<String> index = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (TrialSpec trial : oneTrialPerEnvironment(plan)) {
      Optional<FinitePomdp> model = pomdpOf(catalog, trial);
      String label = trial.environment().label();
      if (model.isEmpty()) {
        stdout.println("skipped " + label + ": it does not provide capability "
            + FinitePomdp.CAPABILITY.id());
        continue;
      }
      String baseName = fileName(label, used);
      ExportedModel written = PomdpExport.write(model.get(), out, baseName, discount,
          exactUndiscounted);
      index.add(baseName + "\t" + CsvReport.text(label.replace('\t', ' ')));
      stdout.printf("wrote %s and %s for %s%n", written.pomdp(), written.pomdpx(), label);
    }
    stdout.flush();
    if (index.isEmpty()) {
      spec.commandLine().getErr().println("error: no environment of " + scenario
          + " provides capability " + FinitePomdp.CAPABILITY.id());
      return ExitCode.BAD_INPUT;
    }
    Files.write(out.resolve("environments.tsv"), index);
    return ExitCode.OK;
  }

  /**
   * A file name for the environment labelled {@code label}: the label with every run of
   * characters other than letters, digits, '.', '=' and '-' replaced by '_', cut to
   * {@value #MAX_NAME} characters, and numbered ("-2", "-3", ...) when an earlier environment
   * already took the name.
   */
  static String fileName(String label, Set<String> used) {
    String slug = label.replaceAll("[^A-Za-z0-9.=-]+", "_").replaceAll("^_+|_+$", "");
    if (slug.isEmpty() || slug.startsWith(".")) {
      slug = "environment" + slug;
    }
    if (slug.length() > MAX_NAME) {
      slug = slug.substring(0, MAX_NAME);
    }
    String name = slug;
    for (int copy = 2; !used.add(name); copy++) {
      name = slug + "-" + copy;
    }
    return name;
  }

  private List<TrialSpec> oneTrialPerEnvironment(Plan plan) {
    if (seed < 0 || seed >= plan.scenario().seeds()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--seed must be in [0, "
          + (plan.scenario().seeds() - 1) + "] for this scenario, was " + seed);
    }
    Map<String, TrialSpec> byEnvironment = new LinkedHashMap<>();
    plan.trials().stream().filter(t -> t.seed() == seed)
        .forEach(t -> byEnvironment.putIfAbsent(t.environment().canonical(), t));
    return List.copyOf(byEnvironment.values());
  }

  private static Optional<FinitePomdp> pomdpOf(Catalog catalog, TrialSpec trial) {
    Environment<?, ?, ?> environment = catalog.environment(trial.environment().id()).factory()
        .create(trial.environment().toParams(), Seeds.environment(trial), Capabilities.NONE);
    return environment.capability(FinitePomdp.CAPABILITY);
  }
}
