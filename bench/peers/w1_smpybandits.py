"""Workload W1 with SMPyBandits' policies (one job), when SMPyBandits is installed.

The same workload as w1_numpy.py, one repetition at a time, through SMPyBandits' single-player
API (startGame, choice, getReward) with its UCB (index mean + sqrt(2 ln t / n)), Thompson
(Beta(1, 1) posteriors), EpsilonGreedy (epsilon = 0.1) and Uniform policies; rewards are
Bernoulli draws from numpy. Prints each policy's mean expected regret with the half-width of a
normal 95% interval, then the simulation's wall time. Written against SMPyBandits' documented
API; SMPyBandits cannot be installed on this project's machine, so it has not been run here.
"""

import argparse
import time

import numpy as np
from SMPyBandits.Policies import UCB, EpsilonGreedy, Thompson, Uniform

POLICIES = {"ucb1": UCB, "thompson": Thompson,
            "epsilon-greedy": lambda arms: EpsilonGreedy(arms, epsilon=0.1), "uniform": Uniform}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--horizon", type=int, default=10_000)
    parser.add_argument("--seeds", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    means = np.linspace(0.1, 0.9, 10)
    best = means.max()
    np.random.seed(args.seed)
    start = time.perf_counter()
    for name, make in POLICIES.items():
        regrets = np.zeros(args.seeds)
        for repetition in range(args.seeds):
            policy = make(means.size)
            policy.startGame()
            regret = 0.0
            for _ in range(args.horizon):
                arm = policy.choice()
                policy.getReward(arm, float(np.random.random() < means[arm]))
                regret += best - means[arm]
            regrets[repetition] = regret
        half = 1.96 * regrets.std(ddof=1) / np.sqrt(regrets.size)
        print(f"{name}: regret {regrets.mean():.1f} ± {half:.1f}")
    print(f"simulation: {time.perf_counter() - start:.3f} s")


if __name__ == "__main__":
    main()
