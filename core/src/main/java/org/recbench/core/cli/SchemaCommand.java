package org.recbench.core.cli;

import org.recbench.core.catalog.Catalog;
import org.recbench.core.scenario.SchemaGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code recbench schema}: prints the JSON Schema of scenario files for this catalog. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print a JSON Schema of scenario files (knows every component and parameter).")
final class SchemaCommand implements Runnable {

  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().getOut().println(new SchemaGenerator(Catalog.load()).generate());
    spec.commandLine().getOut().flush();
  }
}
