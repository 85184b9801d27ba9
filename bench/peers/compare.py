"""Runs RecBench's W1 scenario and reference implementations interleaved and prints the ratios.

Every round runs each command once as a whole process (start-up included), in an order that
rotates from round to round, and records its wall time and CPU time (user + system of the
process and its children). A ratio is formed within each round, so the machine's load at that
moment is shared by both sides, and the summary is the median of the per-round ratios with
their range. The 1-minute load average is printed before every round: on a machine that other
jobs share, read the ratios next to it.

Commands (all from the repository root):
  w1          ./recbench run scenarios/bench/w1.json (results into a temporary directory)
  numpy       python3 bench/peers/w1_numpy.py        (needs numpy)
  python      python3 bench/peers/w1_python.py       (only with --python: about 30 s a run)
  smpybandits python3 bench/peers/w1_smpybandits.py  (when SMPyBandits is installed)
  mabwiser    python3 bench/peers/w1_mabwiser.py     (when MABWiser is installed)
and with --fixed-cost, the fixed cost of a run and of validation:
  java        java -Xshare:auto -version              (the JVM's own start, for reference)
  validate    ./recbench validate scenarios/bench/fixed-cost.json
  run-4x10    ./recbench run scenarios/bench/fixed-cost.json (four trials of ten steps)

Usage: python3 bench/peers/compare.py [--rounds 5] [--python] [--fixed-cost] [--only-fixed-cost]
"""

import argparse
import importlib.util
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PEERS = os.path.join(ROOT, "bench", "peers")


def load_average():
    try:
        with open("/proc/loadavg") as f:
            return f"{f.read().split()[0]} on {os.cpu_count()} cores"
    except OSError:
        return "?"


def timed(command, out_dir):
    """Wall and CPU seconds of one run of command; raises when it fails."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed with exit code {done.returncode}:\n{done.stderr}")
    if out_dir:
        shutil.rmtree(out_dir, ignore_errors=True)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.stdout


def summary(values, digits=3):
    ordered = sorted(values)
    return (f"{statistics.median(ordered):.{digits}f} "
            f"[{ordered[0]:.{digits}f}, {ordered[-1]:.{digits}f}]")


def commands(args, scratch):
    recbench = os.path.join(ROOT, "recbench")
    w1_out = os.path.join(scratch, "w1")
    run_out = os.path.join(scratch, "fixed")
    listed = {}
    if not args.only_fixed_cost:
        listed["w1"] = ([recbench, "run", "scenarios/bench/w1.json", "--out", w1_out], w1_out)
        if importlib.util.find_spec("numpy"):
            listed["numpy"] = ([sys.executable, os.path.join(PEERS, "w1_numpy.py")], None)
        else:
            print("numpy is not installed: the numpy reference is skipped")
        if args.python:
            listed["python"] = ([sys.executable, os.path.join(PEERS, "w1_python.py")], None)
        for peer, module in (("smpybandits", "SMPyBandits"), ("mabwiser", "mabwiser")):
            script = os.path.join(PEERS, f"w1_{peer}.py")
            if importlib.util.find_spec(module) and os.path.exists(script):
                listed[peer] = ([sys.executable, script], None)
            else:
                print(f"{module} is not installed: skipped")
    if args.fixed_cost or args.only_fixed_cost:
        listed["java"] = (["java", "-Xshare:auto", "-version"], None)
        listed["validate"] = ([recbench, "validate", "scenarios/bench/fixed-cost.json"], None)
        listed["run-4x10"] = ([recbench, "run", "scenarios/bench/fixed-cost.json", "--out",
                               run_out], run_out)
    return listed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--python", action="store_true", help="also run the plain-Python loop")
    parser.add_argument("--fixed-cost", action="store_true",
                        help="also measure validate and a 4-trial run")
    parser.add_argument("--only-fixed-cost", action="store_true",
                        help="measure validate and a 4-trial run only")
    args = parser.parse_args()
    scratch = tempfile.mkdtemp(prefix="recbench-compare-")
    try:
        listed = commands(args, scratch)
        names = list(listed)
        # One untimed run of the launcher first: it builds the jar and the class-data archive
        # when they are missing or older than the sources.
        subprocess.run([os.path.join(ROOT, "recbench"), "--version"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        walls = {name: [] for name in names}
        cpus = {name: [] for name in names}
        outputs = {}
        loads = []
        for round_index in range(args.rounds):
            loads.append(load_average())
            order = names[round_index % len(names):] + names[:round_index % len(names)]
            for name in order:
                command, out_dir = listed[name]
                wall, cpu, outputs[name] = timed(command, out_dir)
                walls[name].append(wall)
                cpus[name].append(cpu)
            print(f"round {round_index + 1} (load {loads[-1]}): "
                  + ", ".join(f"{name} {walls[name][-1]:.2f} s" for name in names), flush=True)
        print(f"\n{args.rounds} interleaved rounds; load average before them: {', '.join(loads)};"
              f" now {load_average()}")
        print("wall and CPU seconds, median [min, max]:")
        for name in names:
            print(f"  {name:12s} wall {summary(walls[name])}  cpu {summary(cpus[name])}")
        pairs = [("w1", peer) for peer in ("numpy", "python", "smpybandits", "mabwiser")]
        pairs += [("validate", "java"), ("run-4x10", "java")]
        print("per-round ratios, median [min, max]:")
        for left, right in pairs:
            if left in walls and right in walls:
                wall = [a / b for a, b in zip(walls[left], walls[right])]
                cpu = [a / b for a, b in zip(cpus[left], cpus[right])]
                print(f"  {left} / {right}: wall {summary(wall)}, cpu {summary(cpu)}")
        for name in names:
            if name not in ("java", "validate", "run-4x10"):
                regrets = [line for line in outputs[name].splitlines() if "regret" in line]
                if regrets:
                    print(f"{name}, last round: " + "; ".join(regrets))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
