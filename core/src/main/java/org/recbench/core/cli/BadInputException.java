package org.recbench.core.cli;

/** A user error the CLI reports as one message and exit code {@link ExitCode#BAD_INPUT}. */
public final class BadInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with the message printed after "error: ". */
  public BadInputException(String message) {
    super(message);
  }
}
