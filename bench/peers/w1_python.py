"""Workload W1 as a plain-Python loop (standard library only), one repetition at a time.

The same workload as w1_numpy.py: a 10-armed Bernoulli bandit with the fixed means
linspace(0.1, 0.9, 10), horizon 10^4, 100 repetitions, UCB1 (c = 2), Thompson sampling with
Beta(1, 1) priors (random.betavariate), epsilon-greedy (epsilon = 0.1) and uniform; ties are
broken uniformly at random, as in RecBench. Prints each policy's mean expected regret at the
horizon with the half-width of a normal 95% interval, then the simulation's wall time.
"""

import argparse
import math
import random
import statistics
import time


def argmax(values, rng):
    best = max(values)
    tied = [k for k, v in enumerate(values) if v == best]
    return tied[0] if len(tied) == 1 else rng.choice(tied)


def ucb1(rng, means, horizon):
    arms = len(means)
    pulls = [0] * arms
    sums = [0.0] * arms
    for t in range(horizon):
        if t < arms:
            arm = t
        else:
            log_t = math.log(t)
            arm = argmax([sums[k] / pulls[k] + math.sqrt(2.0 * log_t / pulls[k])
                          for k in range(arms)], rng)
        pulls[arm] += 1
        sums[arm] += 1.0 if rng.random() < means[arm] else 0.0
    return pulls


def thompson(rng, means, horizon):
    arms = len(means)
    successes = [0] * arms
    failures = [0] * arms
    pulls = [0] * arms
    for _ in range(horizon):
        arm = argmax([rng.betavariate(successes[k] + 1, failures[k] + 1)
                      for k in range(arms)], rng)
        pulls[arm] += 1
        if rng.random() < means[arm]:
            successes[arm] += 1
        else:
            failures[arm] += 1
    return pulls


def epsilon_greedy(rng, means, horizon, epsilon=0.1):
    arms = len(means)
    pulls = [0] * arms
    sums = [0.0] * arms
    for _ in range(horizon):
        if rng.random() < epsilon:
            arm = rng.randrange(arms)
        else:
            arm = argmax([sums[k] / pulls[k] if pulls[k] else 0.0 for k in range(arms)], rng)
        pulls[arm] += 1
        sums[arm] += 1.0 if rng.random() < means[arm] else 0.0
    return pulls


def uniform(rng, means, horizon):
    arms = len(means)
    pulls = [0] * arms
    for _ in range(horizon):
        arm = rng.randrange(arms)
        pulls[arm] += 1
        rng.random()  # the reward draw, unused by this policy but part of the simulation
    return pulls


POLICIES = {"ucb1": ucb1, "thompson": thompson, "epsilon-greedy": epsilon_greedy,
            "uniform": uniform}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--horizon", type=int, default=10_000)
    parser.add_argument("--seeds", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    means = [0.1 + 0.8 * k / 9 for k in range(10)]
    best = max(means)
    start = time.perf_counter()
    for name, policy in POLICIES.items():
        regrets = []
        for repetition in range(args.seeds):
            rng = random.Random(args.seed * 1_000_003 + repetition)
            pulls = policy(rng, means, args.horizon)
            regrets.append(sum(n * (best - mu) for n, mu in zip(pulls, means)))
        half = 1.96 * statistics.stdev(regrets) / math.sqrt(len(regrets))
        print(f"{name}: regret {statistics.fmean(regrets):.1f} ± {half:.1f}")
    print(f"simulation: {time.perf_counter() - start:.3f} s")


if __name__ == "__main__":
    main()
