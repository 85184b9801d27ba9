package org.recbench.core.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.recbench.api.input.Excerpt;
import org.recbench.api.input.IoErrors;
import org.recbench.api.input.Memory;
import org.recbench.reports.json.JsonValueException;

/**
 * Reading the files of a run directory, which may have been edited, truncated or replaced: only
 * regular files of bounded size are read (a FIFO named {@code trials.jsonl} must not block
 * {@code report}), and a parse failure is described in one line — line, column, the JSON path of
 * the bad value and Jackson's reason, quoting the file only as a short excerpt.
 */
final class RunFiles {

  /** The largest {@code run.json} or {@code analyses.jsonl} read. */
  static final long MAX_METADATA_BYTES = 64L << 20;

  private RunFiles() {}

  /** The largest {@code trials.jsonl} read: a quarter of the heap (lines are kept as text). */
  static long maxTrialsBytes() {
    return Math.min(Memory.MAX_ARRAY_LENGTH, Memory.maxHeapBytes() / 4);
  }

  /**
   * The bytes of {@code file}, a regular file of at most {@code maxBytes} bytes.
   *
   * @throws ResultStoreException naming the file otherwise, or with the reason it cannot be read
   */
  static byte[] read(Path file, long maxBytes) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      throw new ResultStoreException("cannot read " + IoErrors.reason(e), e);
    }
    if (!attributes.isRegularFile()) {
      throw new ResultStoreException(file + " is not a regular file (a directory, device or "
          + "FIFO); a run directory holds files written by recbench run");
    }
    if (attributes.size() > maxBytes) {
      throw new ResultStoreException(file + " is " + Memory.format(attributes.size())
          + ", more than the " + Memory.format(maxBytes) + " this JVM can read (raise its "
          + "maximum heap with -Xmx)");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Memory.MAX_ARRAY_LENGTH, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new ResultStoreException(file + " grew beyond " + Memory.format(maxBytes)
            + " while it was read");
      }
      return bytes;
    } catch (IOException e) {
      throw new ResultStoreException("cannot read " + IoErrors.reason(e), e);
    }
  }

  /**
   * One line on why Jackson could not read a value: {@code line 1, column 473: $.seeds: Cannot
   * deserialize value of type `int` from String "x"}, the record's own check when a constructor
   * refused the values.
   */
  static String why(IOException e) {
    if (e instanceof JsonProcessingException json) {
      return at(json) + Excerpt.limit(json.getOriginalMessage()
          .replaceAll("\\s*\\n.*", "")
          .replaceAll(" \\(through reference chain[^)]*\\)", ""), 300);
    }
    return Excerpt.limit(IoErrors.reason(e), 300);
  }

  private static String at(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    String where = location == null || location.getLineNr() < 1 ? ""
        : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    if (e instanceof JsonValueException value && !value.path().equals("$")) {
      where += value.path() + ": ";
    }
    return where;
  }
}
