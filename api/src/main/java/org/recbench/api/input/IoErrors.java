package org.recbench.api.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why an I/O operation failed, in words: the JDK's exceptions for file-system errors often carry
 * only the path ({@code AccessDeniedException: /out}), so a message built from
 * {@code getMessage()} says "cannot create X: X". {@link #reason} names the failure ("permission
 * denied", "read-only file system") and the file it concerned.
 */
public final class IoErrors {

  private IoErrors() {}

  /**
   * What went wrong in {@code e}: {@code /out: permission denied},
   * {@code /out/run.json: read-only file system}, {@code not UTF-8 text}; the file is left out
   * when the exception names none.
   */
  public static String reason(IOException e) {
    if (e instanceof FileSystemException fs) {
      String file = fs.getFile();
      String other = fs.getOtherFile();
      String where = file == null ? "" : file + (other == null ? "" : " -> " + other) + ": ";
      return where + words(fs);
    }
    if (e instanceof CharacterCodingException) {
      return "not text in the expected encoding";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? describe(e) : Excerpt.limit(message, 300);
  }

  /** {@link #reason(IOException)} of the cause of {@code e}. */
  public static String reason(UncheckedIOException e) {
    return reason(e.getCause());
  }

  private static String words(FileSystemException e) {
    if (e.getReason() != null && !e.getReason().isBlank()) {
      return e.getReason().substring(0, 1).toLowerCase(java.util.Locale.ROOT)
          + e.getReason().substring(1);
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "directory not empty";
    }
    if (e instanceof FileSystemLoopException) {
      return "a symbolic link loop";
    }
    return describe(e);
  }

  private static String describe(IOException e) {
    return e.getClass().getSimpleName();
  }
}
