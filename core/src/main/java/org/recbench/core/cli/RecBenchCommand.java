package org.recbench.core.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.recbench.core.scaffold.PluginScaffold;
import picocli.CommandLine.Command;

/**
 * The top-level {@code recbench} command; does nothing by itself but list its subcommands. The
 * subcommands are registered by {@link RecBenchCli} from {@link #SUBCOMMANDS}, not by the
 * annotation, so that a launch builds the reflective command model of the one subcommand it runs.
 */
@Command(name = "recbench", mixinStandardHelpOptions = true,
    versionProvider = RecBenchCommand.Version.class,
    description = "Benchmark recommendation and bandit algorithms on declarative scenarios.",
    footer = {"", "Exit codes: 0 all trials ok, 1 some trials failed, 2 bad input, 3 internal error."})
public final class RecBenchCommand implements Runnable {

  /** The subcommands by name, in the order the help lists them. */
  static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  @picocli.CommandLine.Spec
  private picocli.CommandLine.Model.CommandSpec spec;

  /** "RecBench <version>", the version this build was made from. */
  static final class Version implements picocli.CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"RecBench " + PluginScaffold.versions().getProperty("version")};
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("list", ListCommand::new);
    commands.put("validate", ValidateCommand::new);
    commands.put("run", RunCommand::new);
    commands.put("report", ReportCommand::new);
    commands.put("compare", CompareCommand::new);
    commands.put("schema", SchemaCommand::new);
    commands.put("new-plugin", NewPluginCommand::new);
    return Collections.unmodifiableMap(commands);
  }
}
