package org.recbench.core.catalog;

/** The plugins on the classpath are inconsistent (duplicate ids) or a component is missing. */
public final class CatalogException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a user-facing message. */
  public CatalogException(String message) {
    super(message);
  }

  /** Creates the exception with a user-facing message and its cause. */
  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }
}
