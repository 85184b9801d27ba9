package org.recbench.core.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.recbench.core.scaffold.PluginScaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code recbench new-plugin NAME}: writes a compiling plugin module with one policy. */
@Command(name = "new-plugin", mixinStandardHelpOptions = true,
    description = "Create a plugin module (Maven) with one policy, its test and a scenario.")
final class NewPluginCommand implements Callable<Integer> {

  @Parameters(paramLabel = "NAME", description = "Plugin name and id family, e.g. my-bandits.")
  private String name;

  @Option(names = "--package", paramLabel = "PACKAGE",
      description = "Java package (default: org.example.<name without dashes>).")
  private String javaPackage;

  @Option(names = "--dir", paramLabel = "DIR",
      description = "Directory to create (default: ./<name>).")
  private Path directory;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PluginScaffold scaffold;
    try {
      scaffold = new PluginScaffold(name, javaPackage == null
          ? PluginScaffold.defaultPackage(name) : javaPackage);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    Path target = directory == null ? Path.of(name) : directory;
    List<Path> files;
    try {
      files = scaffold.write(target);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    var out = spec.commandLine().getOut();
    out.println("created plugin " + name + " in " + target + ":");
    files.forEach(file -> out.println("  " + file));
    out.println("next: cd " + target + " && mvn -B verify   (see its README.md)");
    out.flush();
    return ExitCode.OK;
  }
}
