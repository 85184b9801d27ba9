package org.recbench.core.store;

/** A results directory that cannot be read: missing files or corrupt content (file and line). */
public final class ResultStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the file. */
  public ResultStoreException(String message) {
    super(message);
  }

  /** Creates the exception with a message naming the file, and its cause. */
  public ResultStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
