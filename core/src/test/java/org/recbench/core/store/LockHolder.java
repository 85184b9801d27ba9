package org.recbench.core.store;

import java.nio.file.Path;

/**
 * A separate process holding a run directory's lock until it is killed: prints {@code locked}
 * once it holds it. Started by {@link HostileRunDirectoryTest}.
 */
public final class LockHolder {

  private LockHolder() {}

  /** Locks the directory {@code args[0]} and sleeps. */
  public static void main(String[] args) throws InterruptedException {
    RunLock lock = RunLock.acquire(Path.of(args[0]));
    System.out.println("locked");
    System.out.flush();
    Thread.sleep(60_000);
    lock.close();
  }
}
