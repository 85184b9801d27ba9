package org.recbench.core.cli;

/** A user error the CLI reports as one message and exit code {@link ExitCode#BAD_INPUT}. */
final class BadInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message);
  }
}
