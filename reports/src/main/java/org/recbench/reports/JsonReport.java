package org.recbench.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code leaderboard.json}: the {@link Leaderboard} model as it is, pretty-printed; a missing
 * p-value is {@code null}. Reads back into the same records with Jackson.
 */
public final class JsonReport {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  /** Writes the leaderboard to {@code file}, replacing it. */
  public static void write(Leaderboard leaderboard, Path file) throws IOException {
    Files.writeString(file, MAPPER.writeValueAsString(leaderboard) + "\n",
        StandardCharsets.UTF_8);
  }

  /** Any report record (an aggregate, a comparison) as pretty-printed JSON with a final newline. */
  public static String json(Object record) throws IOException {
    return MAPPER.writeValueAsString(record) + "\n";
  }

  /** Reads a leaderboard written by {@link #write}. */
  public static Leaderboard read(Path file) throws IOException {
    return MAPPER.readValue(file.toFile(), Leaderboard.class);
  }
}
