package org.recbench.churn.env;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.recbench.api.Capabilities;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Environment;
import org.recbench.api.Kind;
import org.recbench.api.ParamProblem;
import org.recbench.api.ParamSpec;
import org.recbench.api.ParamType;
import org.recbench.api.Params;
import org.recbench.api.Validation;
import org.recbench.api.input.Memory;
import org.recbench.protocol.pomdp.FinitePomdp;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.protocol.session.SessionProtocol;
import org.recbench.churn.model.SyntheticInstances;

/** The synthetic and the explicit-matrix churn environments. */
public final class ChurnEnvironmentTypes {

  /** Id of the Appendix F.1 generator environment. */
  public static final String SYNTHETIC = "churn.synthetic";
  /** Id of the environment whose q and P are written in the scenario. */
  public static final String MATRIX = "churn.matrix";
  /** {@code generator} value: App. F.1's draw order with Java's Gaussians. */
  public static final String JAVA_GENERATOR = "java";
  /** {@code generator} value: the listing's numpy draws, bit for bit. */
  public static final String PAPER_GENERATOR = "paper";
  /** Largest seed numpy's {@code np.random.seed} accepts. */
  public static final long MAX_NUMPY_SEED = 0xffffffffL;
  /**
   * Memory per (type, category) cell, an upper estimate: the like matrix and the tables derived
   * from it (complements, the POMDP view's observation rows, a planner's per-type sums).
   */
  static final long BYTES_PER_CELL = 64;

  private ChurnEnvironmentTypes() {}

  /** A descriptor builder for a churn environment: session protocol, known model, POMDP view. */
  public static Descriptor.Builder descriptor(String id, String description) {
    return Descriptor.builder(Kind.ENVIRONMENT, id, SessionProtocol.PROTOCOL)
        .description(description)
        .provides(SessionProtocol.CHURN_MODEL, FinitePomdp.CAPABILITY);
  }

  /** {@code churn.synthetic}: instances from the paper's generator (App. F.1). */
  public static ComponentType<Environment<?, ?, ?>> synthetic() {
    Descriptor descriptor = descriptor(SYNTHETIC,
        "sessions of users whose types and like matrix come from the generator of App. F.1")
        .param(ParamSpec.integer("types", 3, "number of user types U").range(1.0, null),
            ParamSpec.integer("categories", 3, "number of categories A").range(1.0, null),
            ParamSpec.string("generator", JAVA_GENERATOR,
                "java: App. F.1's draws with Java's Gaussians; paper: the listing's numpy draws"
                    + " bit for bit (np.random.seed(generator-seed))")
                .oneOf(JAVA_GENERATOR, PAPER_GENERATOR),
            ParamSpec.optional("generator-seed", ParamType.INTEGER,
                "seed of the instance (numpy's seed, in [0, 2^32 - 1], for generator paper);"
                    + " when absent the instance is drawn from the trial's environment stream"
                    + " (same for every policy on a seed, new on every seed)"))
        .build();
    return ComponentType.environment(descriptor, ChurnEnvironmentTypes::createSynthetic)
        .withValidation(NUMPY_SEED.and(MODEL_SIZE));
  }

  /**
   * Types and categories must index arrays and their like matrix fit in the heap, so
   * {@code "types": 99999999999} is bad input at validation, not a failure in every trial.
   */
  static final Validation MODEL_SIZE = params -> {
    List<ParamProblem> problems = new ArrayList<>();
    for (String name : List.of("types", "categories")) {
      long value = params.getLong(name);
      if (value > Memory.MAX_ARRAY_LENGTH) {
        problems.add(ParamProblem.at(name, "is " + value + ", more than an array can index ("
            + Memory.MAX_ARRAY_LENGTH + ")"));
      }
    }
    if (problems.isEmpty()) {
      long cells = params.getLong("types") * params.getLong("categories");
      Memory.tooLarge(cells, BYTES_PER_CELL, "cells of the like matrix (types x categories)")
          .ifPresent(why -> problems.add(ParamProblem.at("types", why)));
    }
    return problems;
  };

  /** numpy accepts integer seeds in [0, 2^32 − 1] only. */
  static final Validation NUMPY_SEED = params -> {
    if (params.getString("generator").equals(PAPER_GENERATOR) && params.has("generator-seed")) {
      long seed = params.getLong("generator-seed");
      if (seed < 0 || seed > MAX_NUMPY_SEED) {
        return List.of(ParamProblem.at("generator-seed", "is " + seed + "; numpy's seed (generator"
            + " paper) must be in [0, " + MAX_NUMPY_SEED + "]"));
      }
    }
    return List.of();
  };

  /** {@code churn.matrix}: q and P given explicitly. */
  public static ComponentType<Environment<?, ?, ?>> matrix() {
    Descriptor descriptor = descriptor(MATRIX,
        "sessions of users whose prior q and like matrix P are given in the scenario")
        .param(ParamSpec.required("prior", ParamType.NUMBER_ARRAY,
                "q: probability of each user type, non-negative, summing to 1")
                .range(0.0, 1.0),
            ParamSpec.required("like", ParamType.NUMBER_MATRIX,
                "P: one row per user type, one column per category, entries in [0, 1)")
                .range(0.0, 1.0))
        .build();
    return ComponentType.environment(descriptor, ChurnEnvironmentTypes::createMatrix)
        .withValidation(MATRIX_MODEL);
  }

  /** The constraints between q and P that their declared ranges cannot express. */
  static final Validation MATRIX_MODEL = params -> {
    double[] prior = params.getDoubleArray("prior");
    double[][] like = params.getDoubleMatrix("like");
    List<ParamProblem> problems = new ArrayList<>();
    if (like.length != prior.length) {
      problems.add(ParamProblem.at("like", "has " + like.length + " rows but 'prior' has "
          + prior.length + " entries; expected one row per user type"));
    }
    double total = 0;
    for (double q : prior) {
      total += q;
    }
    if (Math.abs(total - 1) > 1e-9) {
      problems.add(ParamProblem.at("prior", "sums to " + total + "; expected 1 (within 1e-9)"));
    }
    for (int u = 0; u < like.length && problems.size() < 5; u++) {
      if (like[u].length == 0) {
        problems.add(ParamProblem.at("like", "has an empty row " + u
            + "; expected one entry per category"));
      }
      for (int a = 0; a < like[u].length; a++) {
        if (!(like[u][a] >= 0 && like[u][a] < 1)) {
          problems.add(ParamProblem.at("like", "has " + like[u][a] + " at row " + u
              + ", column " + a + "; expected a probability in [0, 1) (a sure like would never"
              + " end the session)"));
        }
      }
    }
    return problems;
  };

  private static ChurnEnvironment createSynthetic(Params params, RandomGenerator rng,
      Capabilities capabilities) {
    NUMPY_SEED.require(SYNTHETIC, params);
    return new ChurnEnvironment(syntheticModel(params, rng), rng);
  }

  /**
   * The instance of a {@code churn.synthetic} configuration. Without {@code generator-seed} the
   * seed is drawn from {@code rng} first: numpy's seed is the top 32 bits of one {@code nextLong}
   * ({@code generator: paper}), Java's instance comes from {@code rng} itself.
   */
  static ChurnModel syntheticModel(Params params, RandomGenerator rng) {
    int types = params.getInt("types");
    int categories = params.getInt("categories");
    if (params.getString("generator").equals(PAPER_GENERATOR)) {
      long seed = params.has("generator-seed") ? params.getLong("generator-seed")
          : rng.nextLong() >>> 32;
      return SyntheticInstances.paper(types, categories, seed);
    }
    RandomGenerator instanceRng = params.has("generator-seed")
        ? new SplittableRandom(params.getLong("generator-seed")) : rng;
    return SyntheticInstances.generate(types, categories, instanceRng);
  }

  private static ChurnEnvironment createMatrix(Params params, RandomGenerator rng,
      Capabilities capabilities) {
    return new ChurnEnvironment(matrixModel(params), rng);
  }

  /** q and P as given to {@code churn.matrix}, after checking them ({@link #MATRIX_MODEL}). */
  static ChurnModel matrixModel(Params params) {
    MATRIX_MODEL.require(MATRIX, params);
    return new ChurnModel(params.getDoubleArray("prior"), params.getDoubleMatrix("like"));
  }
}
