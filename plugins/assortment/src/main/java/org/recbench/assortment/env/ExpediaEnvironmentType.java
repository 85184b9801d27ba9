package org.recbench.assortment.env;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.recbench.api.AnalysisContext;
import org.recbench.api.AnalysisResult;
import org.recbench.api.Capabilities;
import org.recbench.api.ComponentType;
import org.recbench.api.ConfigurationException;
import org.recbench.api.Descriptor;
import org.recbench.api.Environment;
import org.recbench.api.Fact;
import org.recbench.api.Kind;
import org.recbench.api.ParamProblem;
import org.recbench.api.ParamSpec;
import org.recbench.api.Params;
import org.recbench.api.SharedWork;
import org.recbench.api.StandardCapabilities;
import org.recbench.api.Validation;
import org.recbench.api.figure.Axis;
import org.recbench.api.figure.Figure;
import org.recbench.api.figure.Series;
import org.recbench.assortment.elsa.BurerMonteiro;
import org.recbench.assortment.expedia.ExpediaData;
import org.recbench.assortment.expedia.ExpediaGroundTruth;
import org.recbench.assortment.expedia.ExpediaPreprocessing;
import org.recbench.assortment.model.BilinearMnl;
import org.recbench.protocol.assortment.AssortmentProtocol;

/**
 * {@code assortment.expedia}: the real-data experiment of paper 003, Sec. 5.2 — the searches of
 * the top destination of the ICDM 2013 Expedia hotel data ({@code train.csv}), preprocessed as
 * in Sec. 5.2.1, the ground truth Θ̃ fitted by rank-constrained MLE on all of them with the rank
 * chosen by GIC (Sec. 5.2.2), then a simulation: each round a user resampled from the searches,
 * choices from the fitted MNL over the destination's hotels.
 *
 * <p>The data is not redistributable: a missing file skips the configuration with the path in
 * the reason. Reading, preprocessing and fitting depend on the configuration only, so they run
 * once per run through {@link SharedWork} (the data keyed by the file's path, size and
 * modification time and the preprocessing settings, the fit by the data and the fitting
 * parameters); the analysis of the configuration reports the chosen rank and the GIC values and
 * shares its fit with the trials. A malformed line fails with file and line.
 */
public final class ExpediaEnvironmentType {

  /** Component id. */
  public static final String ID = "assortment.expedia";

  /** Everything the preprocessed data depends on: the file (path, size, time) and settings. */
  record DataKey(String component, String file, long size, String modified,
      ExpediaPreprocessing.Settings preprocessing) {}

  /** Everything the ground truth depends on: the data and the fitting parameters. */
  record TruthKey(DataKey data, int maxRank, double ridge, double gicScale) {}

  /** A fitted ground truth and how long the fit took. */
  record Fitted(ExpediaGroundTruth truth, long fitMillis) {}

  private ExpediaEnvironmentType() {}

  /** The component type, with its skip check, validation and analysis. */
  public static ComponentType<Environment<?, ?, ?>> type() {
    Descriptor descriptor = Descriptor.builder(Kind.ENVIRONMENT, ID, AssortmentProtocol.PROTOCOL)
        .description("users resampled from the Expedia ICDM 2013 searches of the top "
            + "destination, choices from a GIC-rank MLE of Θ̃ (paper 003, Sec. 5.2)")
        .requires(StandardCapabilities.SHARED_WORK)
        .provides(StandardCapabilities.EXPECTED_REWARDS, AssortmentProtocol.MNL_ORACLE,
            AssortmentProtocol.BILINEAR_PARAMETER)
        .param(ParamSpec.string("data-file", "data/expedia/train.csv",
                "the ICDM 2013 train.csv (Kaggle: Personalize Expedia Hotel Searches)"),
            ParamSpec.integer("capacity", 10, "largest assortment K, at most the hotels N")
                .range(1.0, null),
            ParamSpec.integer("max-rank", 0,
                "largest rank GIC considers for the ground truth; 0: min(d1, d2) + 1")
                .range(0.0, null),
            ParamSpec.number("gic-scale", 1.0, "c in the GIC penalty c·log(log n)·log(d1·d2)")
                .range(0.0, null),
            ParamSpec.number("ridge", 0.01, "ridge of the unconstrained MLE (> 0)")
                .range(0.0, null),
            ParamSpec.number("max-missing", 0.95,
                "drop a feature missing in more than this fraction of searches / rows")
                .range(0.0, 1.0),
            ParamSpec.number("truncation", 3.0, "bound of the standardised hotel features")
                .range(0.0, null),
            ParamSpec.string("revenues", "unit",
                "unit (r_i = 1) or uniform (drawn per seed in [revenue-low, revenue-high])")
                .oneOf("unit", "uniform"),
            ParamSpec.number("revenue-low", 0.5, "uniform revenues: lower end, > 0")
                .range(0.0, null),
            ParamSpec.number("revenue-high", 1.5, "uniform revenues: upper end")
                .range(0.0, null))
        .build();
    return ComponentType.environment(descriptor, ExpediaEnvironmentType::create)
        .withSkipCheck(ExpediaEnvironmentType::skipReason)
        .withValidation(VALIDATION)
        .withAnalysis(ExpediaEnvironmentType::analyse);
  }

  static final Validation VALIDATION = params -> {
    List<ParamProblem> problems = new ArrayList<>(Revenues.problems(params, -1));
    if (params.getDouble("ridge") <= 0.0) {
      problems.add(ParamProblem.at("ridge", "must be > 0"));
    }
    if (params.getDouble("max-missing") >= 1.0) {
      problems.add(ParamProblem.at("max-missing", "must be < 1"));
    }
    if (params.getDouble("truncation") <= 0.0) {
      problems.add(ParamProblem.at("truncation", "must be > 0"));
    }
    return problems;
  };

  /** Why the configuration cannot run here: its data file is missing. */
  static Optional<String> skipReason(Params params) {
    Path file = Path.of(params.getString("data-file")).toAbsolutePath().normalize();
    return Files.isRegularFile(file) ? Optional.empty() : Optional.of(file + " not found (the"
        + " Expedia ICDM 2013 data is not redistributed: download train.csv of 'Personalize"
        + " Expedia Hotel Searches - ICDM 2013' from Kaggle and set data-file)");
  }

  /** The preprocessed data of the configuration, read once per run (shared work). */
  static ExpediaData data(Params params, SharedWork shared) {
    DataKey key = key(params);
    return shared.computeIfAbsent(key,
        () -> ExpediaPreprocessing.load(Path.of(key.file()), key.preprocessing()));
  }

  /** The ground truth of the configuration, fitted once per run (shared work). */
  static Fitted truth(Params params, SharedWork shared) {
    ExpediaData data = data(params, shared);
    TruthKey key = new TruthKey(key(params), params.getInt("max-rank"),
        params.getDouble("ridge"), params.getDouble("gic-scale"));
    return shared.computeIfAbsent(key, () -> {
      long start = System.nanoTime();
      int full = Math.min(data.userDimension(), data.hotelDimension()) + 1;
      int maxRank = key.maxRank() == 0 ? full : key.maxRank();
      if (maxRank > full) {
        throw new ConfigurationException(ID + ": max-rank " + maxRank + " exceeds min(d1, d2)"
            + " + 1 = " + full + " of " + data.source() + " (d1 = " + data.userDimension()
            + ", d2 = " + data.hotelDimension() + ")");
      }
      ExpediaGroundTruth truth = ExpediaGroundTruth.fit(data, maxRank, key.ridge(),
          key.gicScale(), BurerMonteiro.Settings.defaults());
      return new Fitted(truth, (System.nanoTime() - start) / 1_000_000L);
    });
  }

  private static DataKey key(Params params) {
    Path file = Path.of(params.getString("data-file")).toAbsolutePath().normalize();
    try {
      return new DataKey(ID, file.toString(), Files.size(file),
          Files.getLastModifiedTime(file).toString(),
          new ExpediaPreprocessing.Settings(params.getDouble("max-missing"), 4, 20,
              params.getDouble("truncation")));
    } catch (IOException e) {
      throw new ConfigurationException(ID + ": cannot read " + file + " (" + e.getMessage()
          + "); set data-file to the ICDM 2013 train.csv", e);
    }
  }

  private static MnlEnvironment create(Params params, RandomGenerator rng,
      Capabilities capabilities) {
    VALIDATION.require(ID, params);
    SharedWork shared = capabilities.require(StandardCapabilities.SHARED_WORK);
    ExpediaData data = data(params, shared);
    int capacity = params.getInt("capacity");
    if (capacity > data.hotelCount()) {
      throw new ConfigurationException(ID + ": capacity " + capacity + " exceeds the "
          + data.hotelCount() + " hotels of destination " + data.destination() + " in "
          + data.source());
    }
    ExpediaGroundTruth truth = truth(params, shared).truth();
    BilinearMnl model = truth.model(data, Revenues.rule(params), rng);
    return new MnlEnvironment(data.userDimension(), model.itemFeatures(), model.revenues(),
        capacity, data::drawUser, model::utilities,
        LowRankEnvironmentType.parameter(truth.theta(), truth.rank()), rng);
  }

  /** The ground truth as facts (rank, GIC(r), data sizes) and a figure of GIC by rank. */
  static AnalysisResult analyse(AnalysisContext context) {
    ExpediaData data = data(context.params(), context.shared());
    Fitted fitted = truth(context.params(), context.shared());
    ExpediaGroundTruth truth = fitted.truth();
    List<Fact> facts = new ArrayList<>(List.of(
        new Fact("destination", data.destination(), ""),
        new Fact("searches", data.searches(), ""),
        new Fact("hotels N", data.hotelCount(), ""),
        new Fact("user features d1", data.userDimension(), ""),
        new Fact("hotel features d2", data.hotelDimension(), ""),
        new Fact("GIC rank", truth.rank(), ""),
        new Fact("‖Θ̃‖_F", frobenius(truth.theta()), ""),
        new Fact("ground-truth fit", fitted.fitMillis(), "ms")));
    double[] criterion = truth.criterion();
    double[] ranks = new double[criterion.length];
    for (int r = 1; r <= criterion.length; r++) {
      ranks[r - 1] = r;
      facts.add(new Fact("GIC(r = " + r + ")", criterion[r - 1], ""));
    }
    Figure gic = Figure.lines("assortment.expedia-gic", "GIC of the ground-truth fit by rank",
        Axis.linear("rank r", ""), Axis.linear("GIC(r)", ""),
        List.of(Series.of("GIC", ranks, criterion)))
        .withCaption("2ℓ(Θ̂_r) + λ_n (d1 + d2 − r) r on all " + data.searches()
            + " searches (paper 003, Eq. 4); the ground truth uses the minimiser r = "
            + truth.rank());
    return new AnalysisResult(facts, List.of(gic));
  }

  private static double frobenius(DMatrixRMaj theta) {
    double sum = 0.0;
    for (double v : theta.data) {
      sum += v * v;
    }
    return Math.sqrt(sum);
  }
}
