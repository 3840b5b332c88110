#!/usr/bin/env python3
"""Grouping with interpreter caps: kartlegg's engine against an exact ILP (PuLP + CBC).

Generates cohorts shaped like an introduction programme's (five industries, three goals, three
level bands, about two in three needing an interpreter in one of five languages, a language
community leaning towards one industry), for n = 16, 20, 24 and several seeds, under the
standard `work` policy: keys industry 4, goal 2, level 1; sizes 6-10, target 8 (which fixes the
number of groups); at most 2 interpreter languages per group; weights: 3 per (group, language)
booking, 1 per level band spanned beyond the first, 1 per member away from the target.

For each cohort it
  - runs the engine (`grouping-bench`, release) twice: times it, checks both runs agree,
  - solves the same objective exactly with CBC (proven optimal, cached under
    .build/grouping-bench/), and
  - scores both with one Python evaluator,
then prints a Markdown table and, with --large, the engine alone on n = 60 ... 3000. Times are
the engine's CPU seconds in-process (median of three), steadier than wall time on a shared
machine.
Exits 1 if a plan breaks a size or the cap, misses the optimum by more than 1 %, or differs
between runs.

The ILP runs in the benchmark's own environment, never at run time:
  python3 -m venv Benchmarks/grouping/.venv
  Benchmarks/grouping/.venv/bin/pip install pulp
  Benchmarks/grouping/.venv/bin/python Benchmarks/grouping/interpreters.py [--seeds 1,2,3]
"""
import argparse
import hashlib
import json
import os
import pathlib
import random
import subprocess
import sys
import time

REPO = pathlib.Path(__file__).resolve().parents[2]
WORK = REPO / ".build" / "grouping-bench"
OBJECTIVE = "bookings-convex-1"  # the k-th language of a group costs k bookings
INDUSTRIES = ["care", "cleaning", "logistics", "food", "retail_service"]
LANGUAGES = ["ti", "ar", "prs", "so", "uk"]
POLICY = {"keys": [{"name": "industry", "weight": 4}, {"name": "goal", "weight": 2},
                   {"name": "level", "weight": 1}],
          "min": 6, "max": 10, "target": 8,
          "balance": {"max_languages": 2, "booking_weight": 3, "max_span": None,
                      "span_weight": 1, "target_weight": 1}}


def cohort(n, seed):
    """A cohort of n; with fewer than 30 people only three languages, so the cap can hold."""
    rng = random.Random(seed)
    languages = 5 if n >= 30 else 3
    leaning = [rng.randrange(5) for _ in LANGUAGES]
    members = []
    for index in range(n):
        language = None
        if rng.random() < 2 / 3:
            language = rng.choices(range(languages), weights=[30, 25, 20, 15, 10][:languages])[0]
        if language is not None and rng.random() < 0.5:
            industry = leaning[language]
        else:
            industry = rng.choices(range(5), weights=[30, 25, 20, 15, 10])[0]
        band = rng.choices(range(3), weights=[2, 2, 1])[0]
        goal = rng.choices(["work", "education", "other"], weights=[3, 1, 1])[0]
        members.append({"id": f"p{index + 1}", "values": [INDUSTRIES[industry], goal,
                                                           ["beginner", "some", "experienced"][band]],
                        "language": LANGUAGES[language] if language is not None else None,
                        "band": band})
    return dict(POLICY, members=members)


def group_count(n, request):
    best, best_distance = None, None
    fewest = -(-n // request["max"])
    for k in range(fewest, n // request["min"] + 1):
        q, r = divmod(n, k)
        distance = r * abs(q + 1 - request["target"]) + (k - r) * abs(q - request["target"])
        if best_distance is None or distance < best_distance:
            best, best_distance = k, distance
    return best


def evaluate(request, groups):
    """The objective and its parts for groups of member ids; breaks counts size and cap faults."""
    by_id = {m["id"]: m for m in request["members"]}
    balance = request["balance"]
    total, matches, bookings, breaks = 0, [0] * len(request["keys"]), 0, 0
    placed = sorted(i for g in groups for i in g)
    if placed != sorted(by_id):
        breaks += 1
    for group in groups:
        members = [by_id[i] for i in group]
        if not request["min"] <= len(members) <= request["max"]:
            breaks += 1
        for k, key in enumerate(request["keys"]):
            counts = {}
            for m in members:
                counts[m["values"][k]] = counts.get(m["values"][k], 0) + 1
            best = max(counts.values())
            matches[k] += best
            total += key["weight"] * best
        languages = {m["language"] for m in members if m["language"]}
        bookings += len(languages)
        if balance["max_languages"] is not None and len(languages) > balance["max_languages"]:
            breaks += 1
        bands = [m["band"] for m in members if m["band"] is not None]
        span = max(bands) - min(bands) + 1 if bands else 0
        total -= balance["booking_weight"] * len(languages) * (len(languages) + 1) // 2
        total -= balance["span_weight"] * max(0, span - 1)
        total -= balance["target_weight"] * abs(len(members) - request["target"])
    return {"objective": total, "matches": matches, "bookings": bookings, "breaks": breaks}


def exact(request, seconds):
    import pulp
    members = request["members"]
    n = len(members)
    k = group_count(n, request)
    balance = request["balance"]
    G, I = range(k), range(n)
    prob = pulp.LpProblem("grouping", pulp.LpMaximize)
    x = pulp.LpVariable.dicts("x", (I, G), cat="Binary")
    for i in I:
        prob += pulp.lpSum(x[i][g] for g in G) == 1
    # Symmetry: member i goes to a group numbered at most i.
    for i in I:
        for g in G:
            if g > i:
                prob += x[i][g] == 0
    size = {g: pulp.lpSum(x[i][g] for i in I) for g in G}
    objective = []
    for g in G:
        prob += size[g] >= request["min"]
        prob += size[g] <= request["max"]
        for kk, key in enumerate(request["keys"]):
            values = sorted({m["values"][kk] for m in members})
            y = pulp.LpVariable.dicts(f"y_{g}_{kk}", values, cat="Binary")
            prob += pulp.lpSum(y[v] for v in values) == 1
            for v in values:
                mv = pulp.LpVariable(f"m_{g}_{kk}_{values.index(v)}", lowBound=0)
                prob += mv <= pulp.lpSum(x[i][g] for i in I if members[i]["values"][kk] == v)
                prob += mv <= request["max"] * y[v]
                objective.append(key["weight"] * mv)
        languages = sorted({m["language"] for m in members if m["language"]})
        b = pulp.LpVariable.dicts(f"b_{g}", languages, cat="Binary")
        for i in I:
            if members[i]["language"]:
                prob += b[members[i]["language"]] >= x[i][g]
        if balance["max_languages"] is not None:
            prob += pulp.lpSum(b.values()) <= balance["max_languages"]
        # The k-th language of a group costs k bookings' weight: extra_j >= languages - j.
        count = pulp.lpSum(b.values())
        objective.append(-balance["booking_weight"] * count)
        for j in range(1, len(languages)):
            extra = pulp.LpVariable(f"e_{g}_{j}", lowBound=0)
            prob += extra >= count - j
            objective.append(-balance["booking_weight"] * extra)
        bands = sorted({m["band"] for m in members if m["band"] is not None})
        u = pulp.LpVariable.dicts(f"u_{g}", bands, cat="Binary")
        for i in I:
            if members[i]["band"] is not None:
                prob += u[members[i]["band"]] >= x[i][g]
        spread = pulp.LpVariable(f"s_{g}", lowBound=0)
        for lo in bands:
            for hi in bands:
                if hi > lo:
                    prob += spread >= (hi - lo) * (u[lo] + u[hi] - 1)
        objective.append(-balance["span_weight"] * spread)
        deviation = pulp.LpVariable(f"d_{g}", lowBound=0)
        prob += deviation >= size[g] - request["target"]
        prob += deviation >= request["target"] - size[g]
        objective.append(-balance["target_weight"] * deviation)
    prob += pulp.lpSum(objective)
    prob.solve(pulp.PULP_CBC_CMD(msg=False, timeLimit=seconds, threads=1))
    groups = [[members[i]["id"] for i in I if x[i][g].value() > 0.5] for g in G]
    status = pulp.LpStatus[prob.status]
    if status == "Optimal" and prob.solutionTime >= seconds:
        status = "Not proven"  # CBC reports its best when the time runs out
    return status, [g for g in groups if g]


def build():
    subprocess.run(["swift", "build", "-c", "release", "--product", "grouping-bench"], cwd=REPO,
                   check=True, stdout=subprocess.DEVNULL)
    path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=REPO,
                          check=True, capture_output=True, text=True).stdout.strip()
    return pathlib.Path(path) / "grouping-bench"


def engine(binary, request, name):
    path = WORK / f"{name}.json"
    path.write_text(json.dumps(request))
    first = json.loads(subprocess.run([binary, path], check=True, capture_output=True).stdout)
    second = json.loads(subprocess.run([binary, path], check=True, capture_output=True).stdout)
    return first["groups"], first["cpu_seconds"], first["groups"] == second["groups"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default="1,2,3,4,5")
    ap.add_argument("--sizes", default="16,20,24")
    ap.add_argument("--large", default="60,200,600,1000,3000")
    ap.add_argument("--time", type=int, default=600, help="CBC time limit per cohort (s)")
    ap.add_argument("--no-build", action="store_true")
    a = ap.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    binary = (REPO / ".build" / "release" / "grouping-bench") if a.no_build else build()
    print("| cohort | n | groups | kartlegg objective | bookings | optimum | bookings | gap % "
          "| CPU (s) | deterministic |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    failed = False
    for n in (int(v) for v in a.sizes.split(",") if v):
        for seed in (int(v) for v in a.seeds.split(",") if v):
            request = cohort(n, seed)
            name = f"interp_{n}_seed{seed}"
            groups, seconds, same = engine(binary, request, name)
            ours = evaluate(request, groups)
            # The objective's version is part of the key: a cached optimum is for one definition.
            key = OBJECTIVE + json.dumps(request, sort_keys=True)
            digest = hashlib.sha256(key.encode()).hexdigest()[:16]
            cached = WORK / f"interp-optimum-{digest}.json"
            if cached.exists():
                best = json.loads(cached.read_text())
            else:
                status, optimal = exact(request, a.time)
                best = dict(evaluate(request, optimal), status=status)
                cached.write_text(json.dumps(best))
            scale = abs(best["objective"]) or 1
            gap = 100 * (best["objective"] - ours["objective"]) / scale
            proven = "" if best["status"] == "Optimal" else " (not proven)"
            print(f"| {name} | {n} | {len(groups)} | {ours['objective']} | {ours['bookings']} "
                  f"| {best['objective']}{proven} | {best['bookings']} | {gap:.2f} "
                  f"| {seconds:.3f} | {'yes' if same else 'NO'} |", flush=True)
            failed = failed or ours["breaks"] or gap > 1.0 or not same
    for n in (int(v) for v in a.large.split(",") if v):
        request = cohort(n, 1)
        groups, seconds, same = engine(binary, request, f"interp_{n}_large")
        ours = evaluate(request, groups)
        print(f"| interp_{n}_large | {n} | {len(groups)} | {ours['objective']} "
              f"| {ours['bookings']} | - | - | - | {seconds:.3f} | {'yes' if same else 'NO'} |",
              flush=True)
        failed = failed or ours["breaks"] or not same or seconds > 1.0
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
