package org.recbench.population.env;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.recbench.api.ParamProblem;
import org.recbench.api.ParamSpec;
import org.recbench.api.ParamType;
import org.recbench.api.Params;
import org.recbench.api.Validation;
import org.recbench.population.model.AttributeGenerators;
import org.recbench.protocol.population.AttributeTable;
import org.recbench.protocol.population.Population;

/**
 * The parameters of {@code population.linear} and the instance they describe. Each of the three
 * tables — user attributes v, product attributes w, initial states y(0) — is given explicitly
 * or drawn (Sec. 5 of the paper: users uniform on [0, 1]^p, or on the hyperplane "last entry = 1"
 * of Theorem 5; products uniform on [0, 1]^q and normalised to unit length; y(0) uniform on
 * [0, 1]^q, our choice where the paper gives none). Draws come from the stream seeded by
 * {@code instance-seed} when it is set, so every trial seed faces the same instance, and from the
 * environment's own stream otherwise, so each seed draws its own.
 */
public final class LinearPopulationParams {

  static final String USERS = "users";
  static final String USER_COUNT = "user-count";
  static final String USER_DIMENSION = "user-dimension";
  static final String USER_DISTRIBUTION = "user-distribution";
  static final String PRODUCTS = "products";
  static final String PRODUCT_ANGLES = "product-angles";
  static final String PRODUCT_COUNT = "product-count";
  static final String PRODUCT_DIMENSION = "product-dimension";
  static final String PRODUCT_DISTRIBUTION = "product-distribution";
  static final String INITIAL_STATES = "initial-states";
  static final String ARRIVALS = "arrival-probabilities";
  static final String INSTANCE_SEED = "instance-seed";
  /** Name of the clock-offset parameter t0. */
  public static final String CLOCK_OFFSET = "clock-offset";
  static final String NOISE_SD = "noise-sd";

  /** The random generator algorithm of {@code instance-seed} (the harness's own). */
  private static final String INSTANCE_ALGORITHM = "L64X128MixRandom";

  /** Every parameter, in documentation order. */
  static final ParamSpec[] SPECS = {
      ParamSpec.optional(USERS, ParamType.NUMBER_MATRIX,
          "user attributes v_1..v_N, one row each (N x p); drawn when omitted"),
      ParamSpec.optional(USER_COUNT, ParamType.INTEGER, "N, when the user attributes are drawn")
          .range(1.0, 100_000.0),
      ParamSpec.optional(USER_DIMENSION, ParamType.INTEGER,
          "p, when the user attributes are drawn").range(1.0, 100.0),
      ParamSpec.string(USER_DISTRIBUTION, "uniform", "how drawn user attributes are distributed:"
          + " uniform on [0,1]^p, or hyperplane (uniform, then last entry 1; Theorem 5)")
          .oneOf("uniform", "hyperplane"),
      ParamSpec.optional(PRODUCTS, ParamType.NUMBER_MATRIX,
          "product attributes w_1..w_K, one row each (K x q); drawn when omitted"),
      ParamSpec.optional(PRODUCT_ANGLES, ParamType.NUMBER_ARRAY,
          "products as unit vectors [cos d, sin d] at these angles d in degrees (q = 2)"),
      ParamSpec.optional(PRODUCT_COUNT, ParamType.INTEGER, "K, when the products are drawn")
          .range(1.0, 10_000.0),
      ParamSpec.optional(PRODUCT_DIMENSION, ParamType.INTEGER, "q, when the products are drawn")
          .range(1.0, 100.0),
      ParamSpec.string(PRODUCT_DISTRIBUTION, "normalised", "how drawn products are distributed:"
          + " normalised (uniform on [0,1]^q, scaled to unit length) or uniform")
          .oneOf("normalised", "uniform"),
      ParamSpec.optional(INITIAL_STATES, ParamType.NUMBER_MATRIX,
          "initial preference states y_1(0)..y_N(0) (N x q); drawn uniform on [0,1]^q when"
              + " omitted"),
      ParamSpec.optional(ARRIVALS, ParamType.NUMBER_ARRAY,
          "arrival probabilities lambda_1..lambda_N, summing to 1; 1/N each when omitted")
          .range(0.0, 1.0),
      ParamSpec.optional(INSTANCE_SEED, ParamType.INTEGER, "seed of the drawn tables: the same"
          + " instance for every trial seed; when omitted each trial seed draws its own")
          .range(0.0, null),
      ParamSpec.integer(CLOCK_OFFSET, 0, "t0: the state moves with step size 1/(t0 + t + 1) at"
          + " step t (0 = the paper's 1/(t + 1))").range(0.0, 1e12),
      ParamSpec.number(NOISE_SD, 0.1, "standard deviation of the Gaussian reward noise")
          .range(0.0, null),
  };

  /** Constraints between the parameters: shapes, exclusive choices, λ summing to 1. */
  static final Validation VALIDATION = LinearPopulationParams::problems;

  private LinearPopulationParams() {}

  /**
   * Whether every trial seed of a configuration faces the same instance: nothing is drawn, or
   * the draws come from {@code instance-seed}.
   *
   * @param params the configuration's parameter values (names as in scenarios)
   */
  public static boolean fixedAcrossSeeds(Map<String, Object> params) {
    return params.containsKey(INSTANCE_SEED)
        || (params.containsKey(USERS) && params.containsKey(INITIAL_STATES)
            && (params.containsKey(PRODUCTS) || params.containsKey(PRODUCT_ANGLES)));
  }

  /**
   * The population of validated {@code params}, drawing what is not explicit from the
   * {@code instance-seed} stream or else from {@code rng}.
   */
  static Population population(Params params, RandomGenerator rng) {
    RandomGenerator draws = params.has(INSTANCE_SEED)
        ? RandomGeneratorFactory.of(INSTANCE_ALGORITHM).create(params.getLong(INSTANCE_SEED))
        : rng;
    AttributeTable users = params.has(USERS)
        ? AttributeTable.of("user attributes", params.getDoubleMatrix(USERS))
        : drawUsers(params, draws);
    AttributeTable products;
    if (params.has(PRODUCTS)) {
      products = AttributeTable.of("product attributes", params.getDoubleMatrix(PRODUCTS));
    } else if (params.has(PRODUCT_ANGLES)) {
      products = AttributeGenerators.unitVectorsAtDegrees("product attributes",
          params.getDoubleArray(PRODUCT_ANGLES));
    } else {
      int count = params.getInt(PRODUCT_COUNT);
      int dimension = params.getInt(PRODUCT_DIMENSION);
      products = params.getString(PRODUCT_DISTRIBUTION).equals("uniform")
          ? AttributeGenerators.uniform("product attributes", count, dimension, draws)
          : AttributeGenerators.normalisedUniform("product attributes", count, dimension, draws);
    }
    AttributeTable initial = params.has(INITIAL_STATES)
        ? AttributeTable.of("initial states", params.getDoubleMatrix(INITIAL_STATES))
        : AttributeGenerators.uniform("initial states", users.rows(), products.dimension(), draws);
    if (params.has(ARRIVALS)) {
      return new Population(users, products, params.getDoubleArray(ARRIVALS), initial);
    }
    return Population.uniformArrivals(users, products, initial);
  }

  private static AttributeTable drawUsers(Params params, RandomGenerator draws) {
    int count = params.getInt(USER_COUNT);
    int dimension = params.getInt(USER_DIMENSION);
    return params.getString(USER_DISTRIBUTION).equals("hyperplane")
        ? AttributeGenerators.hyperplane("user attributes", count, dimension, draws)
        : AttributeGenerators.uniform("user attributes", count, dimension, draws);
  }

  private static List<ParamProblem> problems(Params params) {
    List<ParamProblem> problems = new ArrayList<>();
    int users = -1;
    if (params.has(USERS)) {
      double[][] matrix = params.getDoubleMatrix(USERS);
      exclusive(params, USERS, problems, USER_COUNT, USER_DIMENSION);
      if (params.getString(USER_DISTRIBUTION).equals("hyperplane")) {
        problems.add(ParamProblem.at(USER_DISTRIBUTION, "hyperplane draws the user attributes;"
            + " with explicit users, give every row a last entry of 1 instead"));
      }
      users = rows(matrix, USERS, problems);
    } else if (!params.has(USER_COUNT) || !params.has(USER_DIMENSION)) {
      problems.add(new ParamProblem(null, "set users, or user-count and user-dimension to draw"
          + " the user attributes"));
    } else {
      users = params.getInt(USER_COUNT);
    }

    int dimension = -1;
    if (params.has(PRODUCTS) || params.has(PRODUCT_ANGLES)) {
      String given = params.has(PRODUCTS) ? PRODUCTS : PRODUCT_ANGLES;
      exclusive(params, given, problems, PRODUCT_COUNT, PRODUCT_DIMENSION);
      if (params.has(PRODUCTS) && params.has(PRODUCT_ANGLES)) {
        problems.add(ParamProblem.at(PRODUCT_ANGLES, "cannot be combined with products"));
      }
      if (params.getString(PRODUCT_DISTRIBUTION).equals("uniform")) {
        problems.add(ParamProblem.at(PRODUCT_DISTRIBUTION, "uniform draws the products;"
            + " it cannot be combined with " + given));
      }
      if (params.has(PRODUCTS)) {
        double[][] matrix = params.getDoubleMatrix(PRODUCTS);
        dimension = rows(matrix, PRODUCTS, problems) > 0 ? matrix[0].length : -1;
      } else if (params.getDoubleArray(PRODUCT_ANGLES).length == 0) {
        problems.add(ParamProblem.at(PRODUCT_ANGLES, "is empty; expected at least one angle"));
      } else {
        dimension = 2;
      }
    } else if (!params.has(PRODUCT_COUNT) || !params.has(PRODUCT_DIMENSION)) {
      problems.add(new ParamProblem(null, "set products or product-angles, or product-count and"
          + " product-dimension to draw the products"));
    } else {
      dimension = params.getInt(PRODUCT_DIMENSION);
    }

    if (params.has(INITIAL_STATES)) {
      double[][] initial = params.getDoubleMatrix(INITIAL_STATES);
      int rows = rows(initial, INITIAL_STATES, problems);
      if (rows > 0 && users > 0 && rows != users) {
        problems.add(ParamProblem.at(INITIAL_STATES, "has " + rows + " rows; expected one per"
            + " user (N = " + users + ")"));
      }
      if (rows > 0 && dimension > 0 && initial[0].length != dimension) {
        problems.add(ParamProblem.at(INITIAL_STATES, "rows have " + initial[0].length
            + " entries; expected the product dimension q = " + dimension));
      }
    }
    if (params.has(ARRIVALS)) {
      double[] lambda = params.getDoubleArray(ARRIVALS);
      if (users > 0 && lambda.length != users) {
        problems.add(ParamProblem.at(ARRIVALS, "has " + lambda.length + " entries; expected one"
            + " per user (N = " + users + ")"));
      }
      double sum = Arrays.stream(lambda).sum();
      if (Math.abs(sum - 1) > 1e-9) {
        problems.add(ParamProblem.at(ARRIVALS, "sums to " + sum + "; expected 1"));
      }
    }
    if (params.has(INSTANCE_SEED) && params.has(USERS) && params.has(INITIAL_STATES)
        && (params.has(PRODUCTS) || params.has(PRODUCT_ANGLES))) {
      problems.add(ParamProblem.at(INSTANCE_SEED, "nothing is drawn: users, products and"
          + " initial states are all explicit"));
    }
    return problems;
  }

  /** The number of rows of {@code matrix}, or −1 (with a problem) when it has none. */
  private static int rows(double[][] matrix, String name, List<ParamProblem> problems) {
    if (matrix.length == 0 || matrix[0].length == 0) {
      problems.add(ParamProblem.at(name, "is empty; expected at least one row of one entry"));
      return -1;
    }
    return matrix.length;
  }

  private static void exclusive(Params params, String given, List<ParamProblem> problems,
      String... drawing) {
    for (String name : drawing) {
      if (params.has(name)) {
        problems.add(ParamProblem.at(name, "cannot be combined with " + given
            + " (the table is explicit, nothing is drawn)"));
      }
    }
  }
}
