package org.recbench.api.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.recbench.api.ConfigurationException;

/**
 * Reads input files that a user may have pointed anywhere: only regular files (a FIFO,
 * {@code /dev/zero} or a directory would block or never end), and only up to a size limit, which
 * is checked before reading and again while reading (a file may grow). Symbolic links are
 * followed, since data directories are often links; what protects a linked file's content is that
 * messages quote input only through {@link Excerpt}.
 */
public final class InputFiles {

  private InputFiles() {}

  /**
   * Why {@code file} cannot be read as an input file, or null when it is a regular file of at
   * most {@code maxBytes} bytes: {@code "is a directory, expected a file"}, {@code "no such file or
   * directory"}.
   */
  public static String problem(Path file, long maxBytes) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      return IoErrors.reason(e).replace(file + ": ", "");
    }
    if (attributes.isDirectory()) {
      return "is a directory, expected a file";
    }
    if (!attributes.isRegularFile()) {
      boolean link = Files.isSymbolicLink(file)
          && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
      return "is not a regular file (a device, FIFO or socket" + (link ? ", through a link" : "")
          + "); expected a file";
    }
    if (attributes.size() > maxBytes) {
      return "is " + Memory.format(attributes.size()) + ", more than the limit of "
          + Memory.format(maxBytes) + " for this kind of file";
    }
    return null;
  }

  /**
   * The bytes of {@code file}, a regular file of at most {@code maxBytes} bytes.
   *
   * @param kind what the file is, prefixed to messages with the path ("POMDP file")
   * @throws ConfigurationException naming the file when it is not a regular file, is larger than
   *     {@code maxBytes} or cannot be read (with the reason)
   */
  public static byte[] read(Path file, long maxBytes, String kind) {
    String problem = problem(file, maxBytes);
    if (problem != null) {
      throw new ConfigurationException(kind + " " + file + " " + problem);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Memory.MAX_ARRAY_LENGTH, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new ConfigurationException(kind + " " + file + " is larger than the limit of "
            + Memory.format(maxBytes) + " for this kind of file");
      }
      return bytes;
    } catch (IOException e) {
      throw new ConfigurationException(kind + " " + file + " cannot be read: "
          + IoErrors.reason(e).replace(file + ": ", ""), e);
    }
  }

  /**
   * Checks that {@code file} is a regular file of at most {@code maxBytes} bytes before it is
   * streamed.
   *
   * @throws ConfigurationException naming the file otherwise
   */
  public static void requireReadable(Path file, long maxBytes, String kind) {
    String problem = problem(file, maxBytes);
    if (problem != null) {
      throw new ConfigurationException(kind + " " + file + " " + problem);
    }
  }
}
