package org.recbench.core.trial;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 of a list of text parts, each written as {@code <length>:<text>;} in UTF-8 so that no
 * two different part lists give the same input. Used for trial keys and random-stream seeds.
 */
public final class Digest {

  private static final char[] HEX = "0123456789abcdef".toCharArray();
  /** One SHA-256 engine per thread: a provider lookup per digest cost a trial microseconds. */
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  });

  private Digest() {}

  /** The SHA-256 of {@code parts}. */
  public static byte[] sha256(String... parts) {
    StringBuilder text = new StringBuilder();
    for (String part : parts) {
      text.append(part.length()).append(':').append(part).append(';');
    }
    return SHA_256.get().digest(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The first {@code bytes} bytes of {@link #sha256} as lower-case hexadecimal. */
  public static String hex(int bytes, String... parts) {
    byte[] digest = sha256(parts);
    char[] text = new char[2 * bytes];
    for (int i = 0; i < bytes; i++) {
      text[2 * i] = HEX[(digest[i] >> 4) & 0xf];
      text[2 * i + 1] = HEX[digest[i] & 0xf];
    }
    return new String(text);
  }
}
