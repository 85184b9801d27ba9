package org.recbench.core.scenario;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.recbench.core.catalog.Catalog;

/**
 * Reads and validates scenario files against the components of a {@link Catalog}. Every problem
 * found in a file is reported at once, each with its JSON path.
 */
public final class ScenarioLoader {

  private final Catalog catalog;

  /** A loader resolving ids against {@code catalog}. */
  public ScenarioLoader(Catalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /**
   * Loads {@code file}.
   *
   * @throws ScenarioException when the file is missing, unreadable, not JSON or not a valid
   *     scenario; the exception lists every problem found
   */
  public Scenario load(Path file) throws ScenarioException {
    if (Files.isDirectory(file)) {
      throw new ScenarioException(file, JsonPaths.ROOT, "is a directory, expected a scenario file");
    }
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new ScenarioException(file, JsonPaths.ROOT, "no such file");
    } catch (AccessDeniedException e) {
      throw new ScenarioException(file, JsonPaths.ROOT, "cannot be read: permission denied");
    } catch (CharacterCodingException e) {
      throw new ScenarioException(file, JsonPaths.ROOT, "is not UTF-8 text");
    } catch (IOException e) {
      throw new ScenarioException(file, JsonPaths.ROOT, "cannot be read: " + e.getMessage());
    }
    return parse(text, file);
  }

  /**
   * Reads a scenario from {@code text}, as if it were the content of {@code file} (which is
   * named in messages and recorded in runs, but not read).
   *
   * @throws ScenarioException when the text is not JSON or not a valid scenario
   */
  public Scenario parse(String text, Path file) throws ScenarioException {
    return new ScenarioReader(file, catalog).read(StrictJson.parse(text, file));
  }
}
