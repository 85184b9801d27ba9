package org.recbench.sarsop.solve;

import java.util.List;

/**
 * Reads pomdpsol's console output (APPL 0.96). The run ends with
 * <pre>
 * SARSOP finishing ...
 *   target precision reached          (or: Preset timeout reached)
 *   ...
 * -------------------------------------------------------------------------------
 *  Time   |#Trial |#Backup |LBound    |UBound    |Precision  |#Alphas |#Beliefs
 * -------------------------------------------------------------------------------
 *  1.02    39      900      4.60622    5.11379    0.507571    3        142
 * -------------------------------------------------------------------------------
 * </pre>
 * The numbers come from the last row of the last table (the final summary; the last progress row
 * when a run was cut short); the stop reason from the first line after each "SARSOP finishing"
 * (both blocks can be printed when both conditions hold at once, and reaching the precision then
 * wins).
 */
public final class PomdpsolOutput {

  private static final String HEADER = "|#Trial";
  private static final String FINISHING = "SARSOP finishing";
  private static final int COLUMNS = 8;

  private PomdpsolOutput() {}

  /** The report in {@code lines}; {@link SarsopReport#unknown()} parts where they are missing. */
  public static SarsopReport parse(List<String> lines) {
    StopReason stop = StopReason.UNKNOWN;
    double[] row = null;
    boolean inTable = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.startsWith(FINISHING) && i + 1 < lines.size()) {
        String reason = lines.get(i + 1).trim();
        if (reason.startsWith("target precision reached")) {
          stop = StopReason.PRECISION;
        } else if (reason.startsWith("Preset timeout reached") && stop != StopReason.PRECISION) {
          stop = StopReason.TIMEOUT;
        }
      }
      if (line.contains(HEADER)) {
        inTable = true;
      } else if (inTable && !line.startsWith("---")) {
        double[] numbers = numbers(line);
        if (numbers == null) {
          inTable = false;
        } else {
          row = numbers;
        }
      }
    }
    if (row == null) {
      SarsopReport none = SarsopReport.unknown();
      return new SarsopReport(none.lowerBound(), none.upperBound(), none.gap(), stop,
          none.solverSeconds(), -1, -1, -1, -1);
    }
    return new SarsopReport(row[3], row[4], row[5], stop, row[0], (long) row[1], (long) row[2],
        (long) row[6], (long) row[7]);
  }

  /** The eight numbers of a table row, or null when the line is not one. */
  private static double[] numbers(String line) {
    String[] fields = line.split("\\s+");
    if (fields.length != COLUMNS) {
      return null;
    }
    double[] numbers = new double[COLUMNS];
    try {
      for (int k = 0; k < COLUMNS; k++) {
        numbers[k] = Double.parseDouble(fields[k]);
      }
    } catch (NumberFormatException e) {
      return null;
    }
    return numbers;
  }
}
