package org.recbench.bench.churn;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.recbench.protocol.pomdp.FinitePomdp;
import org.recbench.churn.bnb.BranchAndBound;
import org.recbench.churn.model.ChurnInstance;
import org.recbench.churn.model.ChurnPomdp;
import org.recbench.churn.plan.Plan;
import org.recbench.sarsop.export.PomdpExport;
import org.recbench.sarsop.format.CassandraWriter;
import org.recbench.sarsop.solve.Pomdpsol;
import org.recbench.sarsop.solve.SarsopReport;

/**
 * Branch and bound against the real SARSOP on the same instances in the same run
 * ({@link Fig2Instances}): for each instance, B&amp;B with {@code churn.bnb}'s defaults (median
 * wall time of {@value #REPEATS} runs after a warm-up pass over all instances, prefixes expanded,
 * certificate), then pomdpsol to precision 10^-3 on the exported model with the exact
 * undiscounted rewrite (γ = 0.99 ≥ max P, so SARSOP optimises the same objective as B&amp;B).
 * Wall times are measured one after the other, never concurrently. Prints one CSV row per
 * instance as it finishes, then a Markdown summary per grid cell (median, p90 = 9th of 10,
 * max).
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar
 * org.recbench.bench.churn.BranchAndBoundVsSarsop OUT_DIR [TIMEOUT_SECONDS] [PANEL...]} with
 * {@code pomdpsol} on the PATH (without it only B&amp;B is measured). OUT_DIR receives the
 * exported {@code .pomdp} files, SARSOP's console output and {@code results.csv}.
 */
public final class BranchAndBoundVsSarsop {

  static final int REPEATS = 5;
  private static final double SARSOP_DISCOUNT = 0.99;
  private static final double SARSOP_PRECISION = 1e-3;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /**
   * One measured instance: B&amp;B's median wall and CPU time, SARSOP's wall time and report
   * (whose solver time is CPU time, as SARSOP's own timer).
   */
  private record Row(Fig2Instances.Cell cell, BranchAndBound.Result bnb, double bnbMillis,
      double bnbCpuMillis, double sarsopMillis, SarsopReport sarsop) {

    /**
     * B&amp;B's CPU time over SARSOP's solver time to precision; NaN when SARSOP's time is below
     * the 0.01 s it resolves.
     */
    double cpuRatio() {
      return sarsop.solverSeconds() > 0 ? bnbCpuMillis / (1000 * sarsop.solverSeconds())
          : Double.NaN;
    }
  }

  private BranchAndBoundVsSarsop() {}

  /** Runs the measurement; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      throw new IllegalArgumentException("usage: BranchAndBoundVsSarsop OUT_DIR [TIMEOUT_SECONDS]"
          + " [rectangular|square|wide ...]");
    }
    Path out = Files.createDirectories(Path.of(args[0]));
    double timeout = args.length > 1 ? Double.parseDouble(args[1])
        : Pomdpsol.DEFAULT_TIMEOUT_SECONDS;
    List<String> panels = args.length > 2 ? Arrays.asList(args).subList(2, args.length)
        : List.of("rectangular", "square", "wide");
    List<Fig2Instances.Cell> cells = Fig2Instances.all().stream()
        .filter(c -> panels.contains(c.panel())).toList();
    Optional<Path> pomdpsol = Pomdpsol.onPath(System.getenv("PATH"));
    PrintStream console = System.out;
    console.println("# pomdpsol: " + pomdpsol.map(Path::toString).orElse("not on PATH, B&B only"));
    BranchAndBound.Settings settings = BranchAndBoundBenchmark.settings(true);
    for (Fig2Instances.Cell cell : cells) {
      BranchAndBound.solve(cell.instance(), settings);
    }
    String header = "panel,types,categories,seed,bnb_prefixes,bnb_depth,bnb_certified,bnb_gap,"
        + "bnb_value,bnb_ms,bnb_cpu_ms,sarsop_wall_ms,sarsop_stop,sarsop_lb,sarsop_ub,sarsop_gap,"
        + "sarsop_solver_s,wall_ratio,cpu_ratio";
    console.println(header);
    List<String> csv = new ArrayList<>(List.of(header));
    List<Row> rows = new ArrayList<>();
    for (Fig2Instances.Cell cell : cells) {
      ChurnInstance instance = cell.instance();
      double[] millis = new double[REPEATS];
      double[] cpu = new double[REPEATS];
      BranchAndBound.Result result = null;
      for (int r = 0; r < REPEATS; r++) {
        long start = THREADS.getCurrentThreadCpuTime();
        result = BranchAndBound.solve(instance, settings);
        cpu[r] = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
        millis[r] = result.planningMillis();
      }
      Arrays.sort(millis);
      Arrays.sort(cpu);
      double bnbMillis = millis[REPEATS / 2];
      double bnbCpuMillis = cpu[REPEATS / 2];
      double sarsopMillis = Double.NaN;
      SarsopReport report = SarsopReport.unknown();
      if (pomdpsol.isPresent()) {
        Pomdpsol.Run run = solve(pomdpsol.get(), instance, cell.label(), out, timeout);
        sarsopMillis = run.wallMillis();
        report = run.report();
      }
      Row row = new Row(cell, result, bnbMillis, bnbCpuMillis, sarsopMillis, report);
      rows.add(row);
      String line = csvLine(row);
      console.println(line);
      csv.add(line);
      Files.write(out.resolve("results.csv"), csv, StandardCharsets.UTF_8);
    }
    console.println();
    summary(rows, console);
  }

  private static Pomdpsol.Run solve(Path executable, ChurnInstance instance, String label,
      Path out, double timeout) {
    FinitePomdp model = PomdpExport.solverModel(ChurnPomdp.of(instance.model()), SARSOP_DISCOUNT,
        true);
    try {
      Path pomdp = out.resolve(label + ".pomdp");
      Files.writeString(pomdp, CassandraWriter.write(model, label + ", exact undiscounted rewrite"),
          StandardCharsets.ISO_8859_1);
      Path work = Files.createDirectories(out.resolve(label));
      Pomdpsol.Run run = new Pomdpsol(executable, SARSOP_PRECISION, timeout)
          .solve(pomdp, work.resolve(label + ".policy"), work);
      Files.writeString(work.resolve("pomdpsol.out"), run.output(), StandardCharsets.ISO_8859_1);
      return run;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String csvLine(Row row) {
    Plan plan = row.bnb().plan();
    SarsopReport s = row.sarsop();
    return String.format(Locale.ROOT,
        "%s,%d,%d,%d,%d,%d,%s,%.3g,%.9f,%.4f,%.4f,%.1f,%s,%s,%s,%s,%s,%.3g,%.3g",
        row.cell().panel(), row.cell().types(), row.cell().categories(), row.cell().seed(),
        row.bnb().nodesExpanded(), row.bnb().depth(), plan.certified(), plan.gap(), plan.value(),
        row.bnbMillis(), row.bnbCpuMillis(), row.sarsopMillis(), s.stop(), s.lowerBound(),
        s.upperBound(), s.gap(), s.solverSeconds(), row.bnbMillis() / row.sarsopMillis(),
        row.cpuRatio());
  }

  /** One Markdown row per (panel, U, A) cell. */
  private static void summary(List<Row> rows, PrintStream console) {
    Map<String, List<Row>> byCell = new LinkedHashMap<>();
    for (Row row : rows) {
      byCell.computeIfAbsent(row.cell().types() + " × " + row.cell().categories(),
          k -> new ArrayList<>()).add(row);
    }
    console.println("| U × A | B&B prefixes (median / p90 / max) | B&B ms, wall (median / p90 /"
        + " max) | certified ≤ 1e-6 | SARSOP s to 1e-3, wall (median / p90 / max) | SARSOP s,"
        + " solver CPU (median / p90 / max) | SARSOP stops | max B&B / SARSOP, wall | max B&B /"
        + " SARSOP, CPU |");
    console.println("|---|---|---|---|---|---|---|---|---|");
    for (Map.Entry<String, List<Row>> cell : byCell.entrySet()) {
      List<Row> group = cell.getValue();
      long certified = group.stream()
          .filter(r -> r.bnb().plan().certified() && r.bnb().plan().gap() <= 1e-6).count();
      long converged = group.stream().filter(r -> r.sarsop().converged()).count();
      console.printf(Locale.ROOT, "| %s | %s | %s | %d / %d | %s | %s | %d precision, %d other"
          + " | %s | %s |%n", cell.getKey(),
          triple(group.stream().mapToDouble(r -> r.bnb().nodesExpanded()).toArray(), "%.0f"),
          triple(group.stream().mapToDouble(Row::bnbMillis).toArray(), "%.3g"),
          certified, group.size(),
          triple(group.stream().mapToDouble(r -> r.sarsopMillis() / 1000).toArray(), "%.3g"),
          triple(group.stream().mapToDouble(r -> r.sarsop().solverSeconds()).toArray(), "%.3g"),
          converged, group.size() - converged,
          max(group.stream().mapToDouble(r -> r.bnbMillis() / r.sarsopMillis()).toArray()),
          max(group.stream().mapToDouble(Row::cpuRatio).toArray()));
    }
  }

  /** The largest value that is a number, or "—" when there is none. */
  private static String max(double[] values) {
    double[] known = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    return known.length == 0 ? "—"
        : String.format(Locale.ROOT, "%.2g", Arrays.stream(known).max().orElseThrow());
  }

  private static String triple(double[] values, String format) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    double p90 = sorted[(int) Math.ceil(0.9 * n) - 1];
    return String.format(Locale.ROOT, format + " / " + format + " / " + format, median, p90,
        sorted[n - 1]);
  }
}
