package org.recbench.menus.reward;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.recbench.api.input.Excerpt;
import org.recbench.api.input.InputFiles;
import org.recbench.protocol.menu.RewardSequence;

/**
 * An oblivious adversarial sequence read from a CSV file: one line per round, n comma-separated
 * rewards in [0, 1]; blank lines and lines starting with {@code #} are skipped. Past the last
 * line the sequence starts again from the first (rounds are taken modulo the number of lines).
 * A malformed file fails with the file name, the line number and what was expected; offending
 * input is quoted only as a short excerpt ({@link Excerpt}), and only regular files of at most
 * {@value #MAX_BYTES} bytes are read (a FIFO or a device would never end).
 */
public final class CsvRewards implements RewardSequence {

  /** The largest reward file read: 64 MiB, at most about 256 MiB of rewards as doubles. */
  public static final long MAX_BYTES = 64L << 20;

  private final int items;
  private final int rounds;
  private final double[] table;

  private CsvRewards(int items, int rounds, double[] table) {
    this.items = items;
    this.rounds = rounds;
    this.table = table;
  }

  /**
   * Reads {@code file}, which must hold {@code items} rewards per line.
   *
   * @throws IllegalArgumentException naming file and line for a malformed line, a line with
   *     another number of rewards than {@code items}, a reward outside [0, 1], or a file without
   *     reward lines
   * @throws org.recbench.api.ConfigurationException naming the file if it is not a regular file
   *     of at most {@link #MAX_BYTES} bytes
   * @throws UncheckedIOException if the file cannot be read
   */
  public static CsvRewards read(Path file, int items) {
    InputFiles.requireReadable(file, MAX_BYTES, "reward file");
    List<double[]> rows = new ArrayList<>();
    int width = items;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String[] cells = trimmed.split(",", -1);
        if (cells.length != width) {
          throw malformed(file, number, "expected " + width + " comma-separated rewards (one per "
              + "item), found " + cells.length);
        }
        double[] row = new double[width];
        for (int i = 0; i < width; i++) {
          String cell = cells[i].strip();
          double value;
          try {
            value = Double.parseDouble(cell);
          } catch (NumberFormatException e) {
            throw malformed(file, number, "column " + (i + 1) + ": expected a reward in [0, 1], "
                + "found " + Excerpt.quote(cell));
          }
          if (!(value >= 0 && value <= 1)) {
            throw malformed(file, number, "column " + (i + 1) + ": expected a reward in [0, 1], "
                + "found " + Excerpt.of(cell));
          }
          row[i] = value;
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reward file " + file, e);
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException(file + ": expected at least one line of rewards, found none");
    }
    double[] table = new double[rows.size() * width];
    for (int t = 0; t < rows.size(); t++) {
      System.arraycopy(rows.get(t), 0, table, t * width, width);
    }
    return new CsvRewards(width, rows.size(), table);
  }

  private static IllegalArgumentException malformed(Path file, int line, String message) {
    return new IllegalArgumentException(file + ":" + line + ": " + message);
  }

  /** Number of reward lines in the file (the period of the sequence). */
  public int rounds() {
    return rounds;
  }

  @Override
  public int items() {
    return items;
  }

  @Override
  public void rewards(long round, double[] out) {
    System.arraycopy(table, (int) (round % rounds) * items, out, 0, items);
  }

  @Override
  public void means(long round, double[] out) {
    rewards(round, out);
  }
}
