"""Workload W1 as a hand-written numpy loop, vectorised over the repetitions.

A 10-armed Bernoulli bandit with the fixed means linspace(0.1, 0.9, 10), horizon 10^4, 100
repetitions, for UCB1 (c = 2), Thompson sampling with Beta(1, 1) priors, epsilon-greedy
(epsilon = 0.1) and the uniform policy. Each time step is one set of numpy operations on arrays
of shape (repetitions, arms); the regret is the expected regret sum_t (mu* - mu_{a_t}), as
RecBench's `regret` metric counts it. Prints each policy's mean regret at the horizon with the
half-width of a normal 95% interval, then the wall time of the simulation (imports excluded;
run the whole process to include them).

Ties: RecBench breaks ties uniformly at random. Epsilon-greedy does the same here (its sample
averages tie at 0 until arms pay, and a lowest-index rule would stick to arm 0); UCB1's argmax
takes the lowest index, as its indices tie only in the rounds right after the first pulls.
"""

import argparse
import time

import numpy as np


def ucb1(rng, means, horizon, reps):
    arms = means.size
    pulls = np.zeros((reps, arms))
    sums = np.zeros((reps, arms))
    regret = np.zeros(reps)
    rows = np.arange(reps)
    best = means.max()
    for t in range(horizon):
        if t < arms:
            arm = np.full(reps, t)
        else:
            index = sums / pulls + np.sqrt(2.0 * np.log(t) / pulls)
            arm = index.argmax(axis=1)
        reward = rng.random(reps) < means[arm]
        pulls[rows, arm] += 1
        sums[rows, arm] += reward
        regret += best - means[arm]
    return regret


def thompson(rng, means, horizon, reps):
    arms = means.size
    successes = np.zeros((reps, arms))
    failures = np.zeros((reps, arms))
    regret = np.zeros(reps)
    rows = np.arange(reps)
    best = means.max()
    for _ in range(horizon):
        arm = rng.beta(successes + 1, failures + 1).argmax(axis=1)
        reward = rng.random(reps) < means[arm]
        successes[rows, arm] += reward
        failures[rows, arm] += ~reward
        regret += best - means[arm]
    return regret


def epsilon_greedy(rng, means, horizon, reps, epsilon=0.1):
    arms = means.size
    pulls = np.zeros((reps, arms))
    sums = np.zeros((reps, arms))
    regret = np.zeros(reps)
    rows = np.arange(reps)
    best = means.max()
    for _ in range(horizon):
        average = np.divide(sums, pulls, out=np.zeros_like(sums), where=pulls > 0)
        tied = average == average.max(axis=1, keepdims=True)
        greedy = np.where(tied, rng.random((reps, arms)), -1.0).argmax(axis=1)
        explore = rng.random(reps) < epsilon
        arm = np.where(explore, rng.integers(arms, size=reps), greedy)
        reward = rng.random(reps) < means[arm]
        pulls[rows, arm] += 1
        sums[rows, arm] += reward
        regret += best - means[arm]
    return regret


def uniform(rng, means, horizon, reps):
    regret = np.zeros(reps)
    best = means.max()
    for _ in range(horizon):
        arm = rng.integers(means.size, size=reps)
        rng.random(reps)  # the reward draw, unused by this policy but part of the simulation
        regret += best - means[arm]
    return regret


POLICIES = {"ucb1": ucb1, "thompson": thompson, "epsilon-greedy": epsilon_greedy,
            "uniform": uniform}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--horizon", type=int, default=10_000)
    parser.add_argument("--seeds", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    means = np.linspace(0.1, 0.9, 10)
    rng = np.random.default_rng(args.seed)
    start = time.perf_counter()
    for name, policy in POLICIES.items():
        regret = policy(rng, means, args.horizon, args.seeds)
        half = 1.96 * regret.std(ddof=1) / np.sqrt(regret.size)
        print(f"{name}: regret {regret.mean():.1f} ± {half:.1f}")
    print(f"simulation: {time.perf_counter() - start:.3f} s")


if __name__ == "__main__":
    main()
