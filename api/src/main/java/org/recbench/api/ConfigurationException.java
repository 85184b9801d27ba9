package org.recbench.api;

/**
 * Thrown by a component factory when its parameters or inputs (a data file, a policy file) are
 * unusable. The harness reports the message as bad input, without a stack trace, so it must say
 * what was found and what was expected, naming the file or parameter.
 */
public class ConfigurationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a user-facing message. */
  public ConfigurationException(String message) {
    super(message);
  }

  /** Creates the exception with a user-facing message and its cause. */
  public ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
