package org.recbench.api.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class IoErrorsTest {

  @Test
  void exceptionsThatCarryOnlyAPathGetTheirReasonInWords() {
    assertThat(IoErrors.reason(new AccessDeniedException("/out")))
        .isEqualTo("/out: permission denied");
    assertThat(IoErrors.reason(new NoSuchFileException("/data/ratings.dat")))
        .isEqualTo("/data/ratings.dat: no such file or directory");
  }

  @Test
  void theOperatingSystemsReasonIsKept() {
    assertThat(IoErrors.reason(new FileSystemException("/out/run", null, "Read-only file system")))
        .isEqualTo("/out/run: read-only file system");
  }

  @Test
  void otherExceptionsKeepTheirMessageOrSayWhatTheyAre() {
    assertThat(IoErrors.reason(new IOException("No space left on device")))
        .isEqualTo("No space left on device");
    assertThat(IoErrors.reason(new IOException())).isEqualTo("IOException");
    assertThat(IoErrors.reason(new MalformedInputException(1)))
        .isEqualTo("not text in the expected encoding");
  }
}
