package org.recbench.menus.env;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.recbench.menus.memory.DiscountedMemory;
import org.recbench.protocol.menu.MenuProtocol;

/**
 * The component type of {@code menus.discounted} ({@link DiscountedMenus}): its parameters, the
 * constraints between them and the skip check for a missing reward file.
 */
public final class DiscountedMenusType {

  /** Component id. */
  public static final String ID = "menus.discounted";

  static final String ITEMS = "items";
  static final String MENU_SIZE = "menu-size";
  static final String ROUNDS = "rounds";
  static final String GAMMA = "gamma";
  static final String MEMORY_EXPONENT = "memory-exponent";
  static final String INITIAL_WEIGHT = "initial-weight";
  static final String PREFERENCES = "preferences";
  static final String LAMBDA = "lambda";
  static final String SCORES = "scores";
  static final String LIPSCHITZ = "lipschitz";
  static final String BETA = "beta";
  static final String FEATURES = "features";
  static final String FREQUENCY = "frequency";
  static final String REWARDS = "rewards";
  static final String MEANS = "means";
  static final String PERIOD = "period";
  static final String MIN_PERIOD = "min-period";
  static final String MAX_PERIOD = "max-period";
  static final String FILE = "file";

  /** The component type registered by the menus plugin. */
  public static final ComponentType<Environment<?, ?, ?>> TYPE = ComponentType.environment(
      Descriptor.builder(Kind.ENVIRONMENT, ID, MenuProtocol.PROTOCOL)
          .description("an agent with gamma-discounted memory choosing from k-item menus "
              + "(Brown and Agarwal, ALT 2024)")
          .provides(StandardCapabilities.EXPECTED_REWARDS, MenuProtocol.PREFERENCE_MODEL,
              MenuProtocol.REWARD_SEQUENCE, MenuProtocol.AGENT_ASSUMPTIONS)
          .requires(StandardCapabilities.SHARED_WORK)
          .param(
              ParamSpec.integer(ITEMS, 6, "number of items n").range(2.0, 1000.0),
              ParamSpec.integer(MENU_SIZE, 2, "menu size k, at most n").range(1.0, 1000.0),
              ParamSpec.integer(ROUNDS, 10_000, "rounds T of a game (an episode); announced to "
                  + "the recommender").range(1.0, 1e9),
              ParamSpec.optional(GAMMA, ParamType.NUMBER, "memory discount gamma in (0, 1] "
                  + "(Definition 1); 1 (uniform memory) when neither gamma nor memory-exponent "
                  + "is set").range(0.0, 1.0),
              ParamSpec.optional(MEMORY_EXPONENT, ParamType.NUMBER, "c in (0, 1]: gamma = 1 - "
                  + "T^-c, an effective memory of T^c rounds (the long-memory regime of "
                  + "Section 3.3)").range(0.0, 1.0),
              ParamSpec.number(INITIAL_WEIGHT, 1, "weight of the uniform initial memory, in "
                  + "pseudo-selections").range(0.0, null),
              ParamSpec.string(PREFERENCES, "smooth", "preference family: constant scores, "
                  + "linear in memory, smooth (1/affine, Definition 2) or scale-bounded "
                  + "(Definition 3)").oneOf("constant", "linear", "smooth", "scale-bounded"),
              ParamSpec.optional(LAMBDA, ParamType.NUMBER, "score floor lambda in (0, 1]; "
                  + "max((k-1)/(n-1), 0.1) when omitted").range(0.0, 1.0),
              ParamSpec.optional(SCORES, ParamType.NUMBER_ARRAY, "constant preferences: the n "
                  + "scores in [lambda, 1]; drawn uniformly when omitted").range(0.0, 1.0),
              ParamSpec.number(LIPSCHITZ, 1, "smooth preferences: l1 Lipschitz constant L")
                  .range(0.0, null),
              ParamSpec.number(BETA, 2, "scale-bounded preferences: scale bound beta >= 1 "
                  + "(1: f_i = lambda + (1 - lambda) v_i)").range(1.0, null),
              ParamSpec.integer(FEATURES, 3, "scale-bounded preferences: cosine features per "
                  + "item").range(1.0, 100.0),
              ParamSpec.number(FREQUENCY, 2, "scale-bounded preferences: largest feature "
                  + "frequency omega").range(0.0, null),
              ParamSpec.string(REWARDS, "stochastic", "reward sequence: stochastic (Bernoulli), "
                  + "switching (fresh means every period rounds), oblivious (seeded sinusoids) "
                  + "or csv (a file)").oneOf("stochastic", "switching", "oblivious", "csv"),
              ParamSpec.optional(MEANS, ParamType.NUMBER_ARRAY, "stochastic rewards: the n "
                  + "Bernoulli means; drawn uniformly when omitted").range(0.0, 1.0),
              ParamSpec.integer(PERIOD, 1000, "switching rewards: rounds L between changes")
                  .range(1.0, null),
              ParamSpec.number(MIN_PERIOD, 50, "oblivious rewards: shortest sinusoid period")
                  .range(1.0, null),
              ParamSpec.number(MAX_PERIOD, 500, "oblivious rewards: longest sinusoid period")
                  .range(1.0, null),
              ParamSpec.optional(FILE, ParamType.STRING, "csv rewards: file with one line of n "
                  + "comma-separated rewards in [0, 1] per round ('#' comments)"))
          .build(),
      DiscountedMenus::create)
      .withValidation(DiscountedMenusType::validate)
      .withSkipCheck(DiscountedMenusType::skipReason);

  private DiscountedMenusType() {}

  /** Every constraint between the parameters; a method because {@link #TYPE} is built first. */
  static List<ParamProblem> validate(Params params) {
    List<ParamProblem> problems = new ArrayList<>();
    int n = params.getInt(ITEMS);
    int k = params.getInt(MENU_SIZE);
    if (k > n) {
      problems.add(ParamProblem.at(MENU_SIZE, k + " exceeds the number of items n = " + n));
    }
    if (params.has(GAMMA) && params.has(MEMORY_EXPONENT)) {
      problems.add(ParamProblem.at(MEMORY_EXPONENT, "cannot be combined with 'gamma': set the "
          + "discount or its exponent"));
    }
    if (params.has(MEMORY_EXPONENT) && params.getLong(ROUNDS) < 2) {
      problems.add(ParamProblem.at(ROUNDS, "is 1; gamma = 1 - T^-c needs T >= 2"));
    }
    positive(params, GAMMA, problems);
    positive(params, MEMORY_EXPONENT, problems);
    positive(params, LAMBDA, problems);
    double lambda = Families.lambda(params);
    String preferences = params.getString(PREFERENCES);
    if (params.has(SCORES)) {
      double[] scores = params.getDoubleArray(SCORES);
      if (!preferences.equals("constant")) {
        problems.add(ParamProblem.at(SCORES, "applies to constant preferences only, not '"
            + preferences + "'"));
      } else if (scores.length != n) {
        problems.add(ParamProblem.at(SCORES, "has " + scores.length + " entries; expected one "
            + "per item, n = " + n));
      } else {
        for (int i = 0; i < n; i++) {
          if (scores[i] < lambda) {
            problems.add(ParamProblem.at(SCORES, "entry " + i + " is " + scores[i]
                + ", below the score floor lambda = " + lambda));
            break;
          }
        }
      }
    }
    String rewards = params.getString(REWARDS);
    if (params.has(MEANS)) {
      if (!rewards.equals("stochastic")) {
        problems.add(ParamProblem.at(MEANS, "applies to stochastic rewards only, not '"
            + rewards + "'"));
      } else if (params.getDoubleArray(MEANS).length != n) {
        problems.add(ParamProblem.at(MEANS, "has " + params.getDoubleArray(MEANS).length
            + " entries; expected one per item, n = " + n));
      }
    }
    if (rewards.equals("csv") != params.has(FILE)) {
      problems.add(rewards.equals("csv")
          ? ParamProblem.at(REWARDS, "'csv' needs the parameter 'file'")
          : ParamProblem.at(FILE, "applies to csv rewards only, not '" + rewards + "'"));
    }
    if (params.getDouble(MIN_PERIOD) > params.getDouble(MAX_PERIOD)) {
      problems.add(ParamProblem.at(MIN_PERIOD, params.getDouble(MIN_PERIOD) + " exceeds "
          + "max-period " + params.getDouble(MAX_PERIOD)));
    }
    return problems;
  }

  private static void positive(Params params, String name, List<ParamProblem> problems) {
    if (params.has(name) && !(params.getDouble(name) > 0)) {
      problems.add(ParamProblem.at(name, "is 0; expected a value in (0, 1]"));
    }
  }

  /** A reward file that does not exist skips the configuration, saying which file. */
  static Optional<String> skipReason(Params params) {
    if (!params.getString(REWARDS).equals("csv") || !params.has(FILE)) {
      return Optional.empty();
    }
    Path file = Path.of(params.getString(FILE));
    return Files.isRegularFile(file) ? Optional.empty()
        : Optional.of("reward file " + file.toAbsolutePath() + " not found");
  }

  /** The agent's initial memory: uniform, as Algorithm 3's burn-in and the scenarios assume. */
  static DiscountedMemory initialMemory(Params params) {
    int n = params.getInt(ITEMS);
    double[] uniform = new double[n];
    java.util.Arrays.fill(uniform, 1.0 / n);
    return new DiscountedMemory(Families.gamma(params), uniform, params.getDouble(INITIAL_WEIGHT));
  }
}
