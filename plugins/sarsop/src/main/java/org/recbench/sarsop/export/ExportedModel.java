package org.recbench.sarsop.export;

import java.nio.file.Path;
import org.recbench.protocol.pomdp.FinitePomdp;

/**
 * The files {@link PomdpExport#write} produced and the model they contain.
 *
 * @param pomdp the Cassandra {@code .pomdp} file
 * @param pomdpx the {@code .pomdpx} file
 * @param model the solver model written to both (discount and, for the exact option, transitions
 *     differ from the environment's model)
 */
public record ExportedModel(Path pomdp, Path pomdpx, FinitePomdp model) {}
