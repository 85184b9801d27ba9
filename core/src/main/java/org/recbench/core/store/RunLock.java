package org.recbench.core.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recbench.api.input.Excerpt;
import org.recbench.api.input.IoErrors;

/**
 * The exclusive right of one process to write a run directory, held from opening the store to
 * closing it: two {@code --resume} runs of one directory would otherwise both redo the remaining
 * trials and interleave their lines.
 *
 * <p>The lock is an operating-system lock on {@value #FILE} ({@link FileChannel#tryLock}), which
 * the kernel releases when the holder exits, however it exits: a run killed with {@code kill -9}
 * leaves no stale lock. The file records the holder (pid, host, start time) so that a refused run
 * can say who holds the directory; it is emptied, not deleted, on release (deleting would let a
 * third process lock a new file while a second still locks the old one). Where the file system
 * does not support locks, the record alone decides: a holder on this host whose process is gone is
 * dead and the lock is taken over.
 */
final class RunLock implements AutoCloseable {

  /** The lock file in the run directory. */
  static final String FILE = "run.lock";

  private static final Pattern RECORD = Pattern.compile(
      "pid (\\d+) on host (\\S+) since (\\S+)");

  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks {@code directory}.
   *
   * @throws ResultStoreException when another process (or this one) holds it, naming the
   *     holder, or when the lock file cannot be written (with the reason)
   */
  static RunLock acquire(Path directory) {
    Path file = directory.resolve(FILE);
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new ResultStoreException("cannot lock the run directory " + directory + ": "
          + IoErrors.reason(e), e);
    }
    try {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        throw inUse(directory, file, "this process");
      } catch (IOException unsupported) {
        String holder = holder(channel);
        if (holder != null && alive(holder)) {
          throw inUse(directory, file, holder);
        }
        write(channel);
        return new RunLock(channel, null);
      }
      if (lock == null) {
        String holder = holder(channel);
        throw inUse(directory, file, holder == null ? "another process" : holder);
      }
      write(channel);
      return new RunLock(channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new ResultStoreException("cannot lock the run directory " + directory + ": "
          + IoErrors.reason(e), e);
    } catch (RuntimeException e) {
      closeQuietly(channel);
      throw e;
    }
  }

  /** Empties the record and releases the lock. */
  @Override
  public void close() {
    try {
      channel.truncate(0);
    } catch (IOException e) {
      // an old record under a released lock is harmless: the next run takes the lock anyway
    }
    try {
      if (lock != null) {
        lock.release();
      }
    } catch (IOException e) {
      // closing the channel below releases it too
    }
    closeQuietly(channel);
  }

  /** {@code pid 1234 on host h since 2026-11-23T18:45:03Z} for this process. */
  static String describeThisProcess() {
    return "pid " + ProcessHandle.current().pid() + " on host " + host() + " since "
        + Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }

  private static ResultStoreException inUse(Path directory, Path file, String holder) {
    return new ResultStoreException("run directory " + directory + " is in use by " + holder
        + " (lock " + file + "); wait for that run to end or stop it, then resume again");
  }

  private static void write(FileChannel channel) throws IOException {
    channel.truncate(0);
    channel.write(ByteBuffer.wrap((describeThisProcess() + "\n")
        .getBytes(StandardCharsets.UTF_8)), 0);
    channel.force(false);
  }

  /** The holder recorded in the lock file, or null when it records none. */
  private static String holder(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(512);
    channel.read(buffer, 0);
    String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
    if (text.isEmpty()) {
      return null;
    }
    Matcher record = RECORD.matcher(text);
    return record.lookingAt() ? record.group() : "a process recorded as " + Excerpt.quote(text);
  }

  /** Whether the recorded holder may still be running: always, unless it was on this host. */
  private static boolean alive(String holder) {
    Matcher record = RECORD.matcher(holder);
    if (!record.lookingAt() || !record.group(2).equals(host())) {
      return true;
    }
    long pid = Long.parseLong(record.group(1));
    return pid == ProcessHandle.current().pid()
        || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** This host's name, without a network lookup when the system names it. */
  private static String host() {
    String name = System.getenv("HOSTNAME");
    if (name == null || name.isBlank()) {
      try {
        Path etc = Path.of("/etc/hostname");
        name = Files.isRegularFile(etc) && Files.size(etc) < 256
            ? Files.readString(etc, StandardCharsets.UTF_8).strip() : null;
      } catch (IOException e) {
        name = null;
      }
    }
    if (name == null || name.isBlank()) {
      try {
        name = InetAddress.getLocalHost().getHostName();
      } catch (IOException e) {
        name = "unknown";
      }
    }
    return name.replaceAll("\\s+", "");
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // nothing to release beyond the channel
    }
  }
}
