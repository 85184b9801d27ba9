package org.recbench.core.cli;

/** Process exit codes of {@code recbench}, documented in the README. */
public final class ExitCode {

  /** Every trial finished (or the command succeeded). */
  public static final int OK = 0;
  /** The run completed but some trials failed; they are listed in the reports. */
  public static final int TRIALS_FAILED = 1;
  /** Bad input: a scenario, a run directory, a plugin parameter or a command-line option. */
  public static final int BAD_INPUT = 2;
  /** An internal error (a bug): please report it with the printed message. */
  public static final int INTERNAL_ERROR = 3;

  private ExitCode() {}
}
