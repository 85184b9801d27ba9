package org.recbench.population.env;

import java.util.Optional;
import java.util.random.RandomGenerator;
import org.recbench.api.Capability;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Environment;
import org.recbench.api.Kind;
import org.recbench.api.Outcome;
import org.recbench.api.StandardCapabilities;
import org.recbench.population.model.PopulationModel;
import org.recbench.protocol.population.Arrival;
import org.recbench.protocol.population.PopulationDynamics;
import org.recbench.protocol.population.PopulationProtocol;
import org.recbench.protocol.population.Product;
import org.recbench.protocol.population.Reward;

/**
 * {@code population.linear}: the population of Sec. 3 of the paper (Lankireddy, Nair and
 * Manjunath, arXiv:2411.13883, 2024). Step t: the user U_t ~ λ has arrived (the observation);
 * the policy recommends A_t; the reward is X_t = w_{A_t}ᵀ Y_{U_t,t} + η_t with η_t ~ N(0, σ²)
 * (Eq. 7); then the arriving user's state moves, Y_{U_t,t+1} = Y_{U_t,t} + α_t (w_{A_t} −
 * Y_{U_t,t}) with α_t = 1/(t0 + t + 1) (Eq. 11), and the next user arrives. Episodes never end.
 *
 * <p>Each outcome carries the expected reward w_{A_t}ᵀY_{U_t,t} and the best one
 * max_k w_kᵀY_{U_t,t}, both taken <em>before</em> the state moves, so {@code regret} judges the
 * action in the state it was taken in. Random draws, in order: the instance (unless
 * {@code instance-seed}), U_0, then per step η_t and U_{t+1}. A step allocates nothing: one
 * outcome, one reward holder and two alternating observations over the read-only tables.
 */
public final class LinearPopulation implements Environment<Arrival, Product, Reward> {

  /** Component id. */
  public static final String ID = "population.linear";

  /** The component type registered by the population plugin. */
  public static final ComponentType<Environment<?, ?, ?>> TYPE = ComponentType.environment(
      Descriptor.builder(Kind.ENVIRONMENT, ID, PopulationProtocol.PROTOCOL)
          .description("users whose preference states move towards the products recommended to"
              + " them; linear rewards w^T y + noise (Lankireddy et al. 2024)")
          .provides(PopulationProtocol.STATE, PopulationProtocol.DYNAMICS,
              StandardCapabilities.EXPECTED_REWARDS)
          .param(LinearPopulationParams.SPECS)
          .build(),
      (params, rng, capabilities) -> {
        LinearPopulationParams.VALIDATION.require(ID, params);
        PopulationDynamics dynamics = new PopulationDynamics(
            LinearPopulationParams.population(params, rng),
            params.getLong(LinearPopulationParams.CLOCK_OFFSET),
            params.getDouble(LinearPopulationParams.NOISE_SD));
        return new LinearPopulation(dynamics, rng);
      }).withValidation(LinearPopulationParams.VALIDATION);

  private final PopulationDynamics dynamics;
  private final PopulationModel model;
  private final RandomGenerator rng;
  private final int products;
  private final Arrival[] arrivals = new Arrival[2];
  private final Outcome<Arrival, Reward> outcome = new Outcome<>();
  private final Reward reward = new Reward();
  private Arrival current;
  private int nextBuffer;

  /** The environment of {@code dynamics}, drawing arrivals and noise from {@code rng}. */
  public LinearPopulation(PopulationDynamics dynamics, RandomGenerator rng) {
    this.dynamics = dynamics;
    this.model = new PopulationModel(dynamics.population(), dynamics.noiseSd(),
        dynamics.clockOffset());
    this.rng = rng;
    this.products = dynamics.population().productCount();
    for (int i = 0; i < arrivals.length; i++) {
      arrivals[i] = new Arrival(dynamics.population().users(), dynamics.population().products());
    }
  }

  @Override
  public Arrival reset() {
    model.reset();
    return arrive();
  }

  @Override
  public Outcome<Arrival, Reward> step(Product product) {
    if (current == null) {
      throw new IllegalStateException(ID + ": step before the first reset");
    }
    int k = product.index();
    if (k >= products) {
      throw new IllegalArgumentException(ID + ": product " + k + " does not exist; expected an"
          + " index in 0.." + (products - 1));
    }
    int user = current.user();
    double expected = model.expectedReward(user, k);
    double best = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < products; j++) {
      best = Math.max(best, model.expectedReward(user, j));
    }
    double value = model.respond(user, k, rng);
    return outcome.set(reward.set(value), value, arrive(), false).expected(expected, best);
  }

  @Override
  public <T> Optional<T> capability(Capability<T> key) {
    if (key.id().equals(PopulationProtocol.STATE.id())) {
      return Optional.of(key.cast(model));
    }
    if (key.id().equals(PopulationProtocol.DYNAMICS.id())) {
      return Optional.of(key.cast(dynamics));
    }
    return Optional.empty();
  }

  /** Draws the next user into the buffer not handed out last. */
  private Arrival arrive() {
    current = arrivals[nextBuffer].arrive(model.nextUser(rng));
    nextBuffer = 1 - nextBuffer;
    return current;
  }
}
