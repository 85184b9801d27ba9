package org.recbench.assortment.env;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import org.recbench.api.StandardCapabilities;
import org.recbench.api.Validation;
import org.recbench.assortment.model.FixedMnlInstance;
import org.recbench.protocol.assortment.AssortmentProtocol;

/**
 * {@code assortment.fixed}: the context-free MNL bandit (S. Agrawal, V. Avadhanula, V. Goyal,
 * A. Zeevi, "MNL-bandit: a dynamic learning approach to assortment selection", Operations
 * Research 67(5), 2019): explicit mean utilities u_i and revenues r_i, capacity K, the same
 * every round. The smallest instance one writes by hand and checks the oracle on.
 *
 * <p>Observation: an empty context (d1 = 0) and one-hot item features (row i = e_i, d2 = N), so
 * that contextual learners reduce to a utility per item; revenues default to 1.
 */
public final class FixedEnvironmentType {

  /** Component id. */
  public static final String ID = "assortment.fixed";

  private FixedEnvironmentType() {}

  /** The component type, with its validation. */
  public static ComponentType<Environment<?, ?, ?>> type() {
    Descriptor descriptor = Descriptor.builder(Kind.ENVIRONMENT, ID, AssortmentProtocol.PROTOCOL)
        .description("context-free MNL bandit with explicit utilities and revenues")
        .provides(StandardCapabilities.EXPECTED_REWARDS, AssortmentProtocol.MNL_ORACLE)
        .param(ParamSpec.required("utilities", ParamType.NUMBER_ARRAY,
                "mean utility u_i of every item (no purchase has utility 0)"),
            ParamSpec.optional("revenue-values", ParamType.NUMBER_ARRAY,
                "revenue r_i > 0 of every item; 1 each when omitted"),
            ParamSpec.required("capacity", ParamType.INTEGER, "largest assortment K, at most N")
                .range(1.0, null))
        .build();
    return ComponentType.environment(descriptor, FixedEnvironmentType::create)
        .withValidation(VALIDATION);
  }

  /** One revenue per utility, positive; K ≤ N. */
  static final Validation VALIDATION = params -> {
    List<ParamProblem> problems = new ArrayList<>();
    double[] utilities = params.getDoubleArray("utilities");
    if (utilities.length == 0) {
      problems.add(ParamProblem.at("utilities", "needs at least one item"));
    }
    if (params.has("revenue-values")) {
      double[] revenues = params.getDoubleArray("revenue-values");
      if (revenues.length != utilities.length) {
        problems.add(ParamProblem.at("revenue-values", revenues.length + " revenues for "
            + utilities.length + " utilities"));
      } else if (Arrays.stream(revenues).anyMatch(r -> !(r > 0.0))) {
        problems.add(ParamProblem.at("revenue-values", "every revenue must be > 0"));
      }
    }
    if (params.getInt("capacity") > utilities.length) {
      problems.add(ParamProblem.at("capacity", "capacity " + params.getInt("capacity")
          + " exceeds the number of items N = " + utilities.length));
    }
    return problems;
  };

  private static MnlEnvironment create(Params params, RandomGenerator rng,
      Capabilities capabilities) {
    VALIDATION.require(ID, params);
    double[] utilities = params.getDoubleArray("utilities");
    int n = utilities.length;
    double[] revenues = params.has("revenue-values") ? params.getDoubleArray("revenue-values")
        : filled(n, 1.0);
    FixedMnlInstance instance = new FixedMnlInstance(utilities, revenues,
        params.getInt("capacity"));
    double[] oneHot = new double[n * n];
    for (int i = 0; i < n; i++) {
      oneHot[i * n + i] = 1.0;
    }
    double[] u = instance.utilities();
    return new MnlEnvironment(0, oneHot, instance.revenues(), instance.capacity(),
        (random, into) -> { }, (context, into) -> System.arraycopy(u, 0, into, 0, n), null,
        rng);
  }

  private static double[] filled(int n, double value) {
    double[] values = new double[n];
    Arrays.fill(values, value);
    return values;
  }
}
