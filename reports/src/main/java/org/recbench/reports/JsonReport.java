package org.recbench.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.recbench.reports.json.RecordJson;

/**
 * {@code leaderboard.json}: the {@link Leaderboard} model as it is, pretty-printed; a missing
 * p-value is {@code null}. Written and read back into the same records with {@link RecordJson}.
 */
public final class JsonReport {

  private JsonReport() {}

  /** Writes the leaderboard to {@code file}, replacing it. */
  public static void write(Leaderboard leaderboard, Path file) throws IOException {
    Files.writeString(file, json(leaderboard), StandardCharsets.UTF_8);
  }

  /** Any report record (an aggregate, a comparison) as pretty-printed JSON with a final newline. */
  public static String json(Object record) throws IOException {
    return RecordJson.pretty(record) + "\n";
  }

  /** Reads a leaderboard written by {@link #write}. */
  public static Leaderboard read(Path file) throws IOException {
    return RecordJson.read(Files.readAllBytes(file), Leaderboard.class);
  }
}
