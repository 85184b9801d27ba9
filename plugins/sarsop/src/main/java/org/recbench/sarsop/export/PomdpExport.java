package org.recbench.sarsop.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.recbench.api.ConfigurationException;
import org.recbench.protocol.pomdp.FinitePomdp;
import org.recbench.sarsop.format.CassandraWriter;
import org.recbench.sarsop.format.PomdpxWriter;

/**
 * Exports an environment's {@link FinitePomdp} for SARSOP, which needs a discount γ &lt; 1. Two
 * treatments of the (usually undiscounted) original objective:
 *
 * <ul>
 *   <li>discounted (default): the model as it is with discount γ (default
 *       {@value #DEFAULT_DISCOUNT}); SARSOP then optimises the γ-discounted value, which is below
 *       the undiscounted one;
 *   <li>exact ({@code exactUndiscounted}): the transitions are rewritten by
 *       {@link UndiscountedExact} so that the γ-discounted value equals the original value.
 * </ul>
 */
public final class PomdpExport {

  /** Default discount of exported models. */
  public static final double DEFAULT_DISCOUNT = 0.999;

  private PomdpExport() {}

  /**
   * The model a solver should be given.
   *
   * @param discount γ in (0, 1)
   * @param exactUndiscounted whether to apply {@link UndiscountedExact} (otherwise γ simply
   *     replaces the model's discount)
   * @throws ConfigurationException when γ is outside (0, 1) or the exact rewrite does not apply
   */
  public static FinitePomdp solverModel(FinitePomdp model, double discount,
      boolean exactUndiscounted) {
    if (!(discount > 0 && discount < 1)) {
      throw new ConfigurationException("discount must be in (0, 1) because SARSOP needs a"
          + " discount below 1, was " + discount);
    }
    return exactUndiscounted
        ? UndiscountedExact.transform(model, discount)
        : model.withDiscount(discount);
  }

  /**
   * Writes {@code <baseName>.pomdp} and {@code <baseName>.pomdpx} into {@code dir} (created when
   * missing), both holding {@link #solverModel}.
   *
   * @param baseName file name without extension; no path separators
   * @throws ConfigurationException for a bad discount, base name or unwritable state names
   * @throws UncheckedIOException when the files cannot be written
   */
  public static ExportedModel write(FinitePomdp model, Path dir, String baseName, double discount,
      boolean exactUndiscounted) {
    if (!baseName.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new ConfigurationException("export base name '" + baseName + "' must be letters,"
          + " digits, '.', '_' or '-' (no path separators)");
    }
    FinitePomdp solverModel = solverModel(model, discount, exactUndiscounted);
    String title = baseName + ": " + (exactUndiscounted
        ? "undiscounted objective, exact rewrite T(s'|s,a)*(" + model.discount() + "/" + discount
            + ") between non-terminal states"
        : "discounted with " + discount);
    Path pomdp = dir.resolve(baseName + ".pomdp");
    Path pomdpx = dir.resolve(baseName + ".pomdpx");
    try {
      Files.createDirectories(dir);
      Files.writeString(pomdp, CassandraWriter.write(solverModel, title),
          StandardCharsets.ISO_8859_1);
      Files.writeString(pomdpx, PomdpxWriter.write(solverModel, title),
          StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the exported model to " + dir, e);
    }
    return new ExportedModel(pomdp, pomdpx, solverModel);
  }
}
