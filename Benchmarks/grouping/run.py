#!/usr/bin/env python3
"""Grouping benchmark: kartlegg's `groups suggest` against the proven optimum.

Builds kartlegg in release mode, installs ortools if it is missing, then for every roster in
the shared bench (`$KARTLEGG_SHARED/bench/grouping/rosters`, default `../shared` beside the
repository) and for generated rosters (n = 15, 20, 30, 45, 60, 80; several seeds):
  - runs `kartlegg groups suggest --roster R --format csv` twice (timing the first, and checking
    that both runs print the same bytes),
  - scores it with the bench's evaluate.py,
  - computes the optimum with optimal_label_ilp.py (cached under .build/grouping-bench/),
and prints a Markdown table. Exits 1 if any run breaks the sizes (M1), misses the optimum by
more than 0.5 %, or is not deterministic.

usage: Benchmarks/grouping/run.py [--seeds 1,2,3] [--sizes 15,20,30,45,60,80] [--min 6 --max 10]
       [--no-build]
"""
import argparse
import hashlib
import json
import os
import pathlib
import subprocess
import sys
import time

REPO = pathlib.Path(__file__).resolve().parents[2]
SHARED = pathlib.Path(os.environ.get("KARTLEGG_SHARED", REPO.parent / "shared"))
BENCH = SHARED / "bench" / "grouping"
WORK = REPO / ".build" / "grouping-bench"


def ensure_ortools():
    try:
        import ortools  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "ortools"], check=True)


def build():
    jobs = os.environ.get("KARTLEGG_JOBS")
    command = ["swift", "build", "-c", "release", "--product", "kartlegg"]
    if jobs:
        command += ["-j", jobs]
    subprocess.run(command, cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=REPO,
                          check=True, capture_output=True, text=True).stdout.strip()
    return pathlib.Path(path) / "kartlegg"


def evaluate(roster, assignment, gmin, gmax):
    out = subprocess.run([sys.executable, BENCH / "evaluate.py", roster, assignment,
                          "--min", str(gmin), "--max", str(gmax), "--json"],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def optimum(roster, gmin, gmax):
    digest = hashlib.sha256(roster.read_bytes() + f"{gmin},{gmax}".encode()).hexdigest()[:16]
    cached = WORK / f"optimum-{digest}.json"
    if cached.exists():
        return json.loads(cached.read_text())
    assignment = WORK / f"optimum-{digest}.csv"
    info = json.loads(subprocess.run(
        [sys.executable, BENCH / "optimal_label_ilp.py", roster, assignment,
         "--min", str(gmin), "--max", str(gmax), "--time", "120"],
        check=True, capture_output=True, text=True).stdout)
    scored = evaluate(roster, assignment, gmin, gmax)
    result = {"status": info["status"], "objective": scored["objective_4_2_1"],
              "S": scored["S_composite"]}
    cached.write_text(json.dumps(result))
    return result


def run_kartlegg(binary, roster, gmin, gmax):
    command = [binary, "groups", "suggest", "--roster", roster, "--min", str(gmin),
               "--max", str(gmax), "--format", "csv"]
    start = time.perf_counter()
    first = subprocess.run(command, check=True, capture_output=True).stdout
    seconds = time.perf_counter() - start
    second = subprocess.run(command, check=True, capture_output=True).stdout
    return first, seconds, first == second


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default="1,2,3")
    ap.add_argument("--sizes", default="15,20,30,45,60,80")
    ap.add_argument("--min", type=int, default=6)
    ap.add_argument("--max", type=int, default=10)
    ap.add_argument("--no-build", action="store_true")
    a = ap.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    ensure_ortools()
    binary = (REPO / ".build" / "release" / "kartlegg") if a.no_build else build()
    rosters = sorted(BENCH.glob("rosters/*.csv"), key=lambda p: int(p.stem.split("_")[-1]))
    for n in (int(v) for v in a.sizes.split(",") if v):
        for seed in (int(v) for v in a.seeds.split(",") if v):
            path = WORK / f"generated_{n}_seed{seed}.csv"
            if not path.exists():
                subprocess.run([sys.executable, BENCH / "gen_input.py", str(n), path,
                                "--seed", str(seed)], check=True)
            rosters.append(path)
    print("| roster | n | kartlegg S | optimum S | gap % | M1 | time (s) | deterministic |")
    print("|---|---|---|---|---|---|---|---|")
    failed = False
    for roster in rosters:
        output, seconds, same = run_kartlegg(binary, roster, a.min, a.max)
        assignment = WORK / f"kartlegg-{roster.stem}.csv"
        assignment.write_bytes(output)
        ours = evaluate(roster, assignment, a.min, a.max)
        best = optimum(roster, a.min, a.max)
        gap = 100 * (best["objective"] - ours["objective_4_2_1"]) / best["objective"]
        m1 = (ours["M1_groups_outside_size"] + ours["M1_participants_in_bad_groups"]
              + ours["M1_unassigned"])
        proven = "" if best["status"] == "OPTIMAL" else " (not proven)"
        print(f"| {roster.name} | {ours['n']} | {ours['S_composite']:.4f} | {best['S']:.4f}{proven}"
              f" | {gap:.2f} | {m1} | {seconds:.3f} | {'yes' if same else 'NO'} |", flush=True)
        failed = failed or m1 != 0 or gap > 0.5 or not same
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
