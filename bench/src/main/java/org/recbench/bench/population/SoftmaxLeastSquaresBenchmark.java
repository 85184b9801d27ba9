package org.recbench.bench.population;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.recbench.population.learner.LeastSquaresRecommender;
import org.recbench.population.learner.ProductChoice;
import org.recbench.population.learner.RidgeLeastSquares;
import org.recbench.population.model.AttributeGenerators;
import org.recbench.population.model.Contexts;
import org.recbench.population.model.PopulationModel;
import org.recbench.protocol.population.AttributeTable;
import org.recbench.protocol.population.Population;

/**
 * One simulation step of the softmax least-squares recommender on the large instance of Sec. 5
 * (N = 100, K = 10, p = q = 5, so d = pq = 25): arrival, K scores and the softmax draw, the reward
 * and the state update, the Sherman–Morrison update. {@code stepEjml} is the plugin's code
 * ({@link LeastSquaresRecommender} on EJML); {@code stepPlainArrays} the same loop with
 * {@link PlainArrayRidge}; the {@code update*} pair isolates the rank-one update. Scores are
 * operations (steps) per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class SoftmaxLeastSquaresBenchmark {

  private static final double A = 8;
  private static final double RIDGE = 0.1;

  private SplittableRandom rng;
  private AttributeTable users;
  private AttributeTable products;
  private PopulationModel ejmlModel;
  private PopulationModel plainModel;
  private LeastSquaresRecommender recommender;
  private PlainArrayRidge plain;
  private RidgeLeastSquares ridge;
  private double[] context;
  private double[] work;
  private double[] scores;
  private int nextUser;

  @Setup
  public void setUp() {
    SplittableRandom draws = new SplittableRandom(1);
    users = AttributeGenerators.uniform("users", 100, 5, draws);
    products = AttributeGenerators.normalisedUniform("products", 10, 5, draws);
    Population population = Population.uniformArrivals(users, products,
        AttributeGenerators.uniform("initial states", 100, 5, draws));
    ejmlModel = new PopulationModel(population, 0.1, 100);
    plainModel = new PopulationModel(population, 0.1, 100);
    recommender = LeastSquaresRecommender.softmax(users, products, A, RIDGE);
    plain = new PlainArrayRidge(25, RIDGE);
    ridge = new RidgeLeastSquares(25, RIDGE);
    context = new double[25];
    work = new double[5];
    scores = new double[10];
    rng = new SplittableRandom(2);
  }

  /** The plugin's step: EJML's Sherman–Morrison. */
  @Benchmark
  public double stepEjml() {
    int user = ejmlModel.nextUser(rng);
    int product = recommender.choose(user, rng);
    double reward = ejmlModel.respond(user, product, rng);
    recommender.update(user, product, reward);
    return reward;
  }

  /** The same step with plain arrays. */
  @Benchmark
  public double stepPlainArrays() {
    int user = plainModel.nextUser(rng);
    Contexts.scores(users, user, products, plain.estimate(), work, scores);
    int product = ProductChoice.sample(scores, scores.length, A, rng);
    double reward = plainModel.respond(user, product, rng);
    Contexts.write(users, user, products, product, context);
    plain.update(context, reward);
    return reward;
  }

  /** The rank-one update alone, EJML. */
  @Benchmark
  public double updateEjml() {
    Contexts.write(users, nextUser, products, nextUser % 10, context);
    nextUser = (nextUser + 1) % 100;
    ridge.update(context, 0.5);
    return ridge.estimate(0);
  }

  /** The rank-one update alone, plain arrays. */
  @Benchmark
  public double updatePlainArrays() {
    Contexts.write(users, nextUser, products, nextUser % 10, context);
    nextUser = (nextUser + 1) % 100;
    plain.update(context, 0.5);
    return plain.estimate()[0];
  }
}
