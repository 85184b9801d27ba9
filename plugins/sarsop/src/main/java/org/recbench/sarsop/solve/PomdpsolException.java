package org.recbench.sarsop.solve;

/** pomdpsol could not be run, failed, timed out or wrote no policy; fails the trial. */
public final class PomdpsolException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public PomdpsolException(String message) {
    super(message);
  }

  /** Creates the exception with its cause. */
  public PomdpsolException(String message, Throwable cause) {
    super(message, cause);
  }
}
