package org.recbench.reports.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * JSON that is well-formed but does not describe the type read: the reason, the location of the
 * token it concerns and the JSON path of the value ({@code $.settings.length}).
 */
public final class JsonValueException extends JsonProcessingException {

  private static final long serialVersionUID = 1L;

  private final String path;

  /** A value at {@code path} that the parser just read, refused for {@code reason}. */
  JsonValueException(JsonParser parser, String path, String reason, Throwable cause) {
    super(reason, parser.currentTokenLocation(), cause);
    this.path = path;
  }

  /** The JSON path of the value, {@code $} for the whole document. */
  public String path() {
    return path;
  }
}
