package org.recbench.core.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recbench.api.input.Excerpt;
import org.recbench.api.input.IoErrors;
import org.recbench.core.scenario.ScenarioName;
import org.recbench.core.trial.AnalysisRecord;
import org.recbench.core.trial.TrialResult;
import org.recbench.core.trial.TrialSpec;
import org.recbench.reports.json.RecordJson;

/**
 * The results of one run on disk: {@code <results>/<scenario>/<timestamp>/} with {@code run.json}
 * ({@link RunMetadata}) and {@code trials.jsonl} (one {@link TrialJson} line per finished trial).
 *
 * <p>Appending is crash-safe in the sense that matters for {@code --resume}: every result is
 * written as one line and flushed before {@link #append} returns (no fsync: a machine crash may
 * lose the last results, which resume then re-runs). A run killed mid-write leaves at most an
 * incomplete last line; {@link #resume} drops it and truncates the file back to the last
 * complete line, while an unparsable line elsewhere is an error naming file and line.
 *
 * <p>A trial counts as finished ({@link #finishedKeys()}) when its latest recorded result is ok:
 * failed trials are re-run on resume. {@link #retainOnly} moves the results of trials a resumed
 * plan no longer contains to {@value #OUTSIDE_PLAN_FILE}, so {@code trials.jsonl} only ever holds
 * results of the current plan. {@link #finish} rewrites the file atomically in plan order with
 * only the latest result per key, so an interrupted and resumed run ends with the same file as
 * an uninterrupted one (apart from wall times). Instance methods are synchronized.
 */
public final class ResultStore implements AutoCloseable {

  /** Run metadata file name. */
  public static final String RUN_FILE = "run.json";
  /** Trial results file name. */
  public static final String TRIALS_FILE = "trials.jsonl";
  /** Analyses file name: one {@link AnalysisJson} line per analysis of the plan. */
  public static final String ANALYSES_FILE = "analyses.jsonl";
  /** Where a resume puts the finished results that the new plan no longer contains. */
  public static final String OUTSIDE_PLAN_FILE = "trials-outside-plan.jsonl";

  private static final DateTimeFormatter DIRECTORY_NAME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'").withZone(ZoneOffset.UTC);

  private final Path directory;
  private final RunLock lock;
  private RunMetadata metadata;
  private final Map<String, String> latestLineByKey = new LinkedHashMap<>();
  private final Map<String, TrialResult> latestByKey = new LinkedHashMap<>();
  private final Set<String> finishedKeys = new HashSet<>();
  private BufferedWriter writer;

  private ResultStore(Path directory, RunLock lock, RunMetadata metadata, TrialLines existing) {
    this.directory = directory;
    this.lock = lock;
    this.metadata = metadata;
    for (int i = 0; i < existing.results().size(); i++) {
      remember(existing.results().get(i), existing.lines().get(i));
    }
    try {
      writer = Files.newBufferedWriter(trialsFile(), StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new ResultStoreException("cannot open " + trialsFile() + ": " + IoErrors.reason(e), e);
    }
  }

  /**
   * Creates {@code <resultsRoot>/<scenario>/<timestamp>/}, the timestamp being the metadata's
   * start time as {@code 2026-11-23T18-45-03Z} (suffixed {@code -2}, {@code -3}... when that
   * directory exists), and writes {@code run.json} and an empty {@code trials.jsonl}.
   */
  public static ResultStore create(Path resultsRoot, RunMetadata metadata) {
    if (!ScenarioName.isValid(metadata.scenario())) {
      throw new IllegalArgumentException("scenario name '" + metadata.scenario()
          + "' cannot name a results directory; expected " + ScenarioName.PATTERN.pattern());
    }
    Path parent = resultsRoot.resolve(metadata.scenario());
    String name = DIRECTORY_NAME.format(Instant.parse(metadata.startTime()));
    Path directory;
    try {
      Files.createDirectories(parent);
      directory = createUnique(parent, name);
    } catch (IOException e) {
      throw new ResultStoreException("cannot create a run directory under " + parent + ": "
          + IoErrors.reason(e), e);
    }
    RunLock lock = RunLock.acquire(directory);
    try {
      writeMetadata(directory, metadata);
      Files.createFile(directory.resolve(TRIALS_FILE));
      return new ResultStore(directory, lock, metadata, TrialLines.EMPTY);
    } catch (IOException e) {
      lock.close();
      throw new ResultStoreException("cannot create the run directory " + directory + ": "
          + IoErrors.reason(e), e);
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /**
   * Opens an existing run to continue it: locks the directory ({@value RunLock#FILE}), reads
   * {@code run.json} and {@code trials.jsonl}, truncating the latter back to its last complete
   * line.
   *
   * @throws ResultStoreException when another process holds the directory (naming it),
   *     {@code run.json} is missing or unreadable, or a line other than the last is corrupt
   */
  public static ResultStore resume(Path runDir) {
    readMetadata(runDir);
    RunLock lock = RunLock.acquire(runDir);
    try {
      RunMetadata metadata = readMetadata(runDir);
      Path trials = runDir.resolve(TRIALS_FILE);
      TrialLines existing = TrialLines.read(trials);
      if (existing.incomplete()) {
        try (FileChannel channel = FileChannel.open(trials, StandardOpenOption.WRITE)) {
          channel.truncate(existing.completeBytes());
          channel.force(true);
        } catch (IOException e) {
          throw new ResultStoreException("cannot truncate " + trials + ": " + IoErrors.reason(e),
              e);
        }
      }
      return new ResultStore(runDir, lock, metadata, existing);
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** The run directory. */
  public Path directory() {
    return directory;
  }

  /** The run's metadata (with its end time once {@link #finish} ran). */
  public synchronized RunMetadata metadata() {
    return metadata;
  }

  /** Keys of trials whose latest recorded result is ok: those resume does not re-run. */
  public synchronized Set<String> finishedKeys() {
    return Set.copyOf(finishedKeys);
  }

  /**
   * Keeps in {@code trials.jsonl} only the results whose key is in {@code planKeys}; the others
   * are appended to {@value #OUTSIDE_PLAN_FILE} (nothing is lost) and forgotten.
   *
   * @return the number of results moved aside
   */
  public synchronized int retainOnly(Set<String> planKeys) {
    List<String> kept = new ArrayList<>();
    List<String> aside = new ArrayList<>();
    latestLineByKey.forEach((key, line) -> (planKeys.contains(key) ? kept : aside).add(line));
    if (aside.isEmpty()) {
      return 0;
    }
    closeWriter();
    try {
      Files.write(directory.resolve(OUTSIDE_PLAN_FILE), aside, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      replaceTrials(kept);
      writer = Files.newBufferedWriter(trialsFile(), StandardCharsets.UTF_8,
          StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new ResultStoreException("cannot set aside results in " + directory + ": "
          + IoErrors.reason(e), e);
    }
    latestLineByKey.keySet().retainAll(planKeys);
    latestByKey.keySet().retainAll(planKeys);
    finishedKeys.retainAll(planKeys);
    return aside.size();
  }

  /** Replaces {@code run.json} with {@code updated} (a resume records its plan and engine). */
  public synchronized void updateMetadata(RunMetadata updated) {
    try {
      writeMetadata(directory, updated);
    } catch (IOException e) {
      throw new ResultStoreException("cannot write " + directory.resolve(RUN_FILE) + ": "
          + IoErrors.reason(e), e);
    }
    metadata = updated;
  }

  /** The latest recorded result of every key, in the order keys were first recorded. */
  public synchronized List<TrialResult> results() {
    return List.copyOf(latestByKey.values());
  }

  /** Appends one result as one line and flushes it to the file. */
  public synchronized void append(TrialResult result) {
    if (writer == null) {
      throw new IllegalStateException("the store of " + directory + " is finished or closed");
    }
    String line = TrialJson.write(result);
    try {
      writer.write(line);
      writer.write('\n');
      writer.flush();
    } catch (IOException e) {
      throw new ResultStoreException("cannot append to " + trialsFile() + ": "
          + IoErrors.reason(e), e);
    }
    remember(result, line);
  }

  /**
   * Ends the run: rewrites {@code trials.jsonl} atomically with the latest result of every key
   * of {@code planOrder}, in that order, and records {@code endTimestamp} in {@code run.json}.
   * No result can be appended afterwards.
   */
  public synchronized void finish(List<TrialSpec> planOrder, String endTimestamp) {
    closeWriter();
    List<String> ordered = new ArrayList<>();
    Set<String> written = new HashSet<>();
    for (TrialSpec spec : planOrder) {
      String line = latestLineByKey.get(spec.key());
      if (line != null && written.add(spec.key())) {
        ordered.add(line);
      }
    }
    try {
      replaceTrials(ordered);
      metadata = metadata.withEndTime(endTimestamp);
      writeMetadata(directory, metadata);
    } catch (IOException e) {
      throw new ResultStoreException("cannot finish the run in " + directory + ": "
          + IoErrors.reason(e), e);
    }
  }

  /** Closes the trials file and releases the run directory; results already appended stay. */
  @Override
  public synchronized void close() {
    try {
      closeWriter();
    } finally {
      lock.close();
    }
  }

  private void closeWriter() {
    if (writer != null) {
      try {
        writer.close();
      } catch (IOException e) {
        throw new ResultStoreException("cannot close " + trialsFile() + ": "
            + IoErrors.reason(e), e);
      } finally {
        writer = null;
      }
    }
  }

  /**
   * The results of a run for reporting, latest per key in the order keys first appear; an
   * incomplete last line (a run still going or killed) is ignored, the file is not modified.
   *
   * @throws ResultStoreException when a result belongs to another scenario or plan than
   *     {@code metadata} describes (other settings, or a second result for the same environment,
   *     policy and seed with another key): such a file mixes runs and cannot be reported
   */
  public static List<TrialResult> readTrials(Path runDir, RunMetadata metadata) {
    Path file = runDir.resolve(TRIALS_FILE);
    Map<String, TrialResult> latest = new LinkedHashMap<>();
    Map<String, String> keyByCoordinates = new HashMap<>();
    int line = 0;
    for (TrialResult result : TrialLines.read(file).results()) {
      line++;
      TrialSpec spec = result.spec();
      List<String> mismatches = new ArrayList<>(metadata.settings().mismatches(spec));
      if (!spec.scenario().equals(metadata.scenario())) {
        mismatches.add(0, "scenario " + Excerpt.quote(spec.scenario()) + ", not "
            + Excerpt.quote(metadata.scenario()));
      }
      String other = keyByCoordinates.putIfAbsent(spec.environment().label() + "|"
          + spec.policy().label() + "|" + spec.seed(), result.key());
      if (other != null && !other.equals(result.key())) {
        mismatches.add("a second configuration of " + spec.describe()
            + " (the same labels with other parameters)");
      }
      if (!mismatches.isEmpty()) {
        throw new ResultStoreException(file + " line " + line + " belongs to another run than "
            + runDir.resolve(RUN_FILE) + " describes: "
            + Excerpt.limit(String.join("; ", mismatches), 1000)
            + ". The file mixes results of different plans; report each run from its own "
            + "directory");
      }
      latest.put(result.key(), result);
    }
    return List.copyOf(latest.values());
  }

  /** Writes {@code analyses.jsonl} (atomically), one line per record, in order. */
  public synchronized void writeAnalyses(List<AnalysisRecord> records) {
    Path temporary = directory.resolve(ANALYSES_FILE + ".tmp");
    try {
      Files.write(temporary, records.stream().map(AnalysisJson::write).toList(),
          StandardCharsets.UTF_8);
      Files.move(temporary, directory.resolve(ANALYSES_FILE), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new ResultStoreException("cannot write " + directory.resolve(ANALYSES_FILE) + ": "
          + IoErrors.reason(e), e);
    }
  }

  /**
   * The analyses of a run, in file order; none when the file is missing.
   *
   * @throws ResultStoreException when a line is not an analysis record (file and line named)
   */
  public static List<AnalysisRecord> readAnalyses(Path runDir) {
    Path file = runDir.resolve(ANALYSES_FILE);
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    List<String> lines = new String(RunFiles.read(file, RunFiles.MAX_METADATA_BYTES),
        StandardCharsets.UTF_8).lines().toList();
    List<AnalysisRecord> records = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      try {
        records.add(AnalysisJson.read(lines.get(i)));
      } catch (IllegalArgumentException e) {
        throw new ResultStoreException(file + " line " + (i + 1) + " is not an analysis record ("
            + Excerpt.limit(e.getMessage(), 300) + ")", e);
      }
    }
    return records;
  }

  /**
   * The metadata in {@code run.json}.
   *
   * @throws ResultStoreException when the file is missing, not a regular file, too large or not
   *     valid metadata (with line, column and the JSON path of the bad value)
   */
  public static RunMetadata readMetadata(Path runDir) {
    Path file = runDir.resolve(RUN_FILE);
    if (!Files.exists(file)) {
      throw new ResultStoreException("not a run directory: " + file + " does not exist");
    }
    byte[] bytes = RunFiles.read(file, RunFiles.MAX_METADATA_BYTES);
    try {
      return RecordJson.read(bytes, RunMetadata.class);
    } catch (IOException e) {
      throw new ResultStoreException(file + " is not valid run metadata: " + RunFiles.why(e), e);
    }
  }

  /** Creates {@code parent/name}, or {@code name-2}, {@code name-3}... if it exists. */
  private static Path createUnique(Path parent, String name) throws IOException {
    for (int attempt = 1; ; attempt++) {
      try {
        return Files.createDirectory(parent.resolve(attempt == 1 ? name : name + "-" + attempt));
      } catch (FileAlreadyExistsException e) {
        // Taken (two runs started in the same second): try the next suffix.
      }
    }
  }

  private void replaceTrials(List<String> lines) throws IOException {
    Path temporary = directory.resolve(TRIALS_FILE + ".tmp");
    Files.write(temporary, lines, StandardCharsets.UTF_8);
    Files.move(temporary, trialsFile(), StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  private void remember(TrialResult result, String line) {
    latestLineByKey.put(result.key(), line);
    latestByKey.put(result.key(), result);
    if (result.ok()) {
      finishedKeys.add(result.key());
    } else {
      finishedKeys.remove(result.key());
    }
  }

  private Path trialsFile() {
    return directory.resolve(TRIALS_FILE);
  }

  private static void writeMetadata(Path directory, RunMetadata metadata) throws IOException {
    Path temporary = directory.resolve(RUN_FILE + ".tmp");
    RecordJson.writePretty(temporary, metadata);
    Files.move(temporary, directory.resolve(RUN_FILE), StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }
}
