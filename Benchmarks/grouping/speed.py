#!/usr/bin/env python3
"""Grouping speed on the shared bench's rosters, in-process: the engine alone (no process start,
no CSV), sizes 6-10, keys industry 4, goal 2, level 1, through `grouping-bench` (release).

Prints each roster's n, S, wall and CPU seconds (medians of three runs); exits 1 if any roster
takes more than --limit CPU seconds (default 0.25, issue 15's target) or differs between runs.

usage: Benchmarks/grouping/speed.py [--no-build] [--limit 0.25]
"""
import argparse
import csv
import json
import os
import pathlib
import subprocess
import sys

REPO = pathlib.Path(__file__).resolve().parents[2]
SHARED = pathlib.Path(os.environ.get("KARTLEGG_SHARED", REPO.parent / "shared"))
WORK = REPO / ".build" / "grouping-bench"
WEIGHTS = [4, 2, 1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--limit", type=float, default=0.25)
    a = ap.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    if not a.no_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "grouping-bench"],
                       cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    binary = REPO / ".build" / "release" / "grouping-bench"
    rosters = sorted((SHARED / "bench" / "grouping" / "rosters").glob("*.csv"),
                     key=lambda p: int(p.stem.split("_")[-1]))
    print("| roster | n | S | wall (s) | CPU (s) | deterministic |")
    print("|---|---|---|---|---|---|")
    failed = False
    for path in rosters:
        rows = list(csv.DictReader(path.open()))
        request = {"keys": [{"name": k, "weight": w}
                            for k, w in zip(["industry", "goal", "level"], WEIGHTS)],
                   "min": 6, "max": 10, "target": None,
                   "balance": {"max_languages": None, "booking_weight": 0, "max_span": None,
                               "span_weight": 0, "target_weight": 0},
                   "members": [{"id": r["id"], "values": [r["industry"], r["goal"], r["level"]]}
                               for r in rows]}
        file = WORK / f"speed-{path.stem}.json"
        file.write_text(json.dumps(request))
        runs = [json.loads(subprocess.run([binary, file], check=True, capture_output=True,
                                          text=True).stdout) for _ in range(2)]
        by_id = {m["id"]: m["values"] for m in request["members"]}
        total = 0
        for group in runs[0]["groups"]:
            for k, w in enumerate(WEIGHTS):
                counts = {}
                for i in group:
                    counts[by_id[i][k]] = counts.get(by_id[i][k], 0) + 1
                total += w * max(counts.values())
        score = total / (sum(WEIGHTS) * len(rows))
        same = runs[0]["groups"] == runs[1]["groups"]
        print(f"| {path.stem} | {len(rows)} | {score:.4f} | {runs[0]['seconds']:.3f} "
              f"| {runs[0]['cpu_seconds']:.3f} | {'yes' if same else 'NO'} |", flush=True)
        failed = failed or not same or runs[0]["cpu_seconds"] > a.limit
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
