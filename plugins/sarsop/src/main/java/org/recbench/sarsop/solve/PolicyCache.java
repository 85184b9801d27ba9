package org.recbench.sarsop.solve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.recbench.api.ConfigurationException;
import org.recbench.protocol.pomdp.FinitePomdp;
import org.recbench.sarsop.format.CassandraWriter;

/**
 * SARSOP policies cached per solver model: the key is the SHA-256 of the exported {@code .pomdp}
 * text followed by the solver settings, and entry {@code <root>/<key>/} holds
 * {@code model.pomdp}, {@code model.policy}, {@code solve-millis.txt} (the run's wall time) and
 * {@code pomdpsol.out} (its console output, from which {@link SarsopReport} is read again on
 * every hit; entries written before it existed report {@link SarsopReport#unknown()}). All trials of one
 * instance (every seed, every policy configuration with the same discount treatment and settings)
 * share one pomdpsol run.
 *
 * <p>Concurrency: within a JVM, solves of the same key are serialised (one lock object per entry
 * directory), so parallel trials wait for the first solve instead of repeating it. Across
 * processes, each run writes into its own temporary directory and publishes its files with atomic
 * moves (timing first, policy last), so a reader never sees a partial entry.
 */
public final class PolicyCache {

  private static final ConcurrentHashMap<Path, Object> LOCKS = new ConcurrentHashMap<>();
  private static final String MODEL = "model.pomdp";
  private static final String POLICY = "model.policy";
  private static final String MILLIS = "solve-millis.txt";
  private static final String OUTPUT = "pomdpsol.out";

  private final Path root;

  /** A cache rooted at {@code root} (created when needed). */
  public PolicyCache(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** {@code <java.io.tmpdir>/recbench-sarsop}. */
  public static Path defaultRoot() {
    return Path.of(System.getProperty("java.io.tmpdir"), "recbench-sarsop");
  }

  /** The cache key of {@code modelText} solved by {@code solver}: lower-case hex SHA-256. */
  public static String key(String modelText, Pomdpsol solver) {
    String settings = "\n# pomdpsol --precision " + solver.precision() + " --timeout "
        + solver.timeoutSeconds() + "\n";
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(modelText.getBytes(StandardCharsets.ISO_8859_1));
      sha.update(settings.getBytes(StandardCharsets.ISO_8859_1));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  /**
   * The policy of {@code solverModel}, from the cache or from a new pomdpsol run.
   *
   * @throws PomdpsolException when pomdpsol fails
   * @throws ConfigurationException when a cached timing file is unreadable
   * @throws UncheckedIOException when the cache directory cannot be written
   */
  public SolvedPolicy policy(FinitePomdp solverModel, Pomdpsol solver) {
    String text = CassandraWriter.write(solverModel, "recbench solver model for SARSOP");
    Path entry = root.resolve(key(text, solver));
    synchronized (LOCKS.computeIfAbsent(entry, e -> new Object())) {
      Path policy = entry.resolve(POLICY);
      if (Files.isRegularFile(policy)) {
        return new SolvedPolicy(policy, readMillis(entry.resolve(MILLIS)), true,
            readReport(entry.resolve(OUTPUT)));
      }
      Path run = null;
      try {
        Files.createDirectories(entry);
        run = Files.createTempDirectory(entry, "run");
        Path model = run.resolve(MODEL);
        Files.writeString(model, text, StandardCharsets.ISO_8859_1);
        Path written = run.resolve(POLICY);
        Pomdpsol.Run solve = solver.solve(model, written, run);
        Files.writeString(run.resolve(MILLIS), Double.toString(solve.wallMillis()),
            StandardCharsets.US_ASCII);
        Files.writeString(run.resolve(OUTPUT), solve.output(), StandardCharsets.ISO_8859_1);
        publish(run, entry, MODEL);
        publish(run, entry, MILLIS);
        publish(run, entry, OUTPUT);
        publish(run, entry, POLICY);
        return new SolvedPolicy(policy, solve.wallMillis(), false, solve.report());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the SARSOP cache entry " + entry, e);
      } finally {
        deleteTree(run);
      }
    }
  }

  private static void publish(Path run, Path entry, String name) throws IOException {
    Files.move(run.resolve(name), entry.resolve(name), StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }

  private static double readMillis(Path file) {
    try {
      return Double.parseDouble(Files.readString(file, StandardCharsets.US_ASCII).trim());
    } catch (IOException | NumberFormatException e) {
      throw new ConfigurationException("SARSOP cache file " + file + " is missing or not a number"
          + " (delete its directory to solve again): " + e.getMessage(), e);
    }
  }

  private static SarsopReport readReport(Path file) {
    if (!Files.isRegularFile(file)) {
      return SarsopReport.unknown();
    }
    try {
      return PomdpsolOutput.parse(Files.readAllLines(file, StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the SARSOP cache file " + file, e);
    }
  }

  /** Best-effort removal of a run directory. */
  private static void deleteTree(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a leftover run directory is never read again; failing here would hide the real outcome
      dir.toFile().deleteOnExit();
    }
  }
}
