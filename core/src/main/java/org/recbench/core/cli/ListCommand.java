package org.recbench.core.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.recbench.api.Capability;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Direction;
import org.recbench.api.Kind;
import org.recbench.api.ParamSpec;
import org.recbench.api.Protocol;
import org.recbench.api.StandardCapabilities;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.scenario.Glob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code recbench list}: the catalog of components, protocols and capabilities. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List plugins, components (with parameters), protocols and capabilities.")
final class ListCommand implements java.util.concurrent.Callable<Integer> {

  @Parameters(arity = "0..1", paramLabel = "GLOB",
      description = "Show only components whose id matches, e.g. 'churn.*'.")
  private String filter;

  private static final Map<Kind, String> HEADINGS = Map.of(Kind.ENVIRONMENT, "ENVIRONMENTS",
      Kind.POLICY, "POLICIES", Kind.METRIC, "METRICS");

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    Catalog catalog = Catalog.load();
    PrintWriter out = spec.commandLine().getOut();
    if (filter != null && catalog.all().stream().noneMatch(t -> Glob.of(filter).matches(t.id()))) {
      throw new BadInputException("no component id matches '" + filter + "'; `recbench list` "
          + "shows them all");
    }
    out.println("Plugins: " + catalog.plugins().stream().map(p -> p.name())
        .collect(Collectors.joining(", ")));
    for (Kind kind : Kind.values()) {
      List<ComponentType<?>> components = catalog.all(kind).stream()
          .filter(t -> filter == null || Glob.of(filter).matches(t.id())).toList();
      if (components.isEmpty()) {
        continue;
      }
      out.println();
      out.println(HEADINGS.get(kind));
      components.forEach(t -> printComponent(out, catalog, t.descriptor()));
    }
    if (filter == null) {
      printProtocols(out, catalog);
      printCapabilities(out, catalog);
    }
    out.flush();
    return ExitCode.OK;
  }

  private static void printComponent(PrintWriter out, Catalog catalog, Descriptor d) {
    out.printf("  %-28s [%s] %s%n", d.id(), d.protocol().name(), d.description());
    out.printf("      plugin: %s%s%n", catalog.pluginOf(d.id()).orElse("?"),
        d.direction() == Direction.NEUTRAL ? "" : ", " + directionText(d.direction()));
    if (d.kind() == Kind.METRIC) {
      out.printf("      values: %s%s%s%s%n", d.unit().isEmpty() ? "dimensionless" : "in " + d.unit(),
          d.summary() == org.recbench.api.Summary.MEDIAN ? ", summarized by the median" : "",
          d.minValue() != null || d.maxValue() != null ? ", range [" + (d.minValue() == null
              ? "-inf" : d.minValue()) + ", " + (d.maxValue() == null ? "inf" : d.maxValue())
              + "]" : "", d.primary() ? ", primary" : "");
    }
    if (!d.requires().isEmpty()) {
      out.println("      requires: " + ids(d.requires()));
    }
    if (!d.provides().isEmpty()) {
      out.println("      provides: " + ids(d.provides()));
    }
    for (ParamSpec p : d.parameters()) {
      String value = p.required() ? "required" : p.defaultValue() == null ? "optional"
          : "default " + p.defaultValue();
      String range = p.min() == null && p.max() == null ? "" : ", " + p.rangeText();
      String allowed = p.allowed().isEmpty() ? "" : ", one of " + p.allowed();
      out.printf("      %s (%s, %s%s%s): %s%n", p.name(), p.type().label(), value, range,
          allowed, p.doc());
    }
  }

  private static String directionText(Direction direction) {
    return direction == Direction.HIGHER_IS_BETTER ? "higher is better" : "lower is better";
  }

  private static String ids(List<Capability<?>> capabilities) {
    return capabilities.stream().map(Capability::id).collect(Collectors.joining(", "));
  }

  private static void printProtocols(PrintWriter out, Catalog catalog) {
    Map<String, Protocol<?, ?, ?>> protocols = new TreeMap<>();
    catalog.all().stream().map(t -> t.descriptor().protocol()).filter(p -> p != Protocol.ANY)
        .forEach(p -> protocols.putIfAbsent(p.name(), p));
    out.println();
    out.println("PROTOCOLS (observation -> action -> feedback)");
    protocols.values().forEach(p -> out.printf("  %-10s %s -> %s -> %s%n", p.name(),
        p.observation().getSimpleName(), p.action().getSimpleName(), p.feedback().getSimpleName()));
  }

  private static void printCapabilities(PrintWriter out, Catalog catalog) {
    Map<String, Capability<?>> capabilities = new TreeMap<>();
    Map<String, List<String>> providers = new LinkedHashMap<>();
    for (ComponentType<?> t : catalog.all()) {
      for (Capability<?> c : t.descriptor().provides()) {
        capabilities.putIfAbsent(c.id(), c);
        providers.computeIfAbsent(c.id(), k -> new java.util.ArrayList<>()).add(t.id());
      }
      t.descriptor().requires().forEach(c -> capabilities.putIfAbsent(c.id(), c));
    }
    out.println();
    out.println("CAPABILITIES");
    for (Capability<?> c : capabilities.values()) {
      List<String> by = providers.getOrDefault(c.id(), List.of());
      String provider = c.id().equals(StandardCapabilities.DECISION_TIMER.id()) ? "the harness"
          : by.isEmpty() ? "no component on the classpath" : String.join(", ", by);
      out.printf("  %-16s %s%n      provided by: %s%n", c.id(), c.description(), provider);
    }
  }
}
