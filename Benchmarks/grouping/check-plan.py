#!/usr/bin/env python3
"""Checks a `groups suggest --cohort … --format json` plan against issue 11's done-when bar.

  check-plan.py PLAN.json [PLAN-AGAIN.json] --not-informed ID,ID,…

The bar: the same plan twice; no not-informed participant grouped; at most 2 interpreter
languages per group and at most 10 (group, language) bookings; no in-person group channel;
groups of 6-10; at least 85 % sharing their group's majority industry. Prints each figure and
exits 1 on the first that fails.
"""
import argparse
import json
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("plan")
    ap.add_argument("again", nargs="?")
    ap.add_argument("--not-informed", default="")
    a = ap.parse_args()
    plan = json.load(open(a.plan))
    failures = []
    if a.again and json.load(open(a.again)) != plan:
        failures.append("the two runs differ")
    not_informed = {i for i in a.not_informed.split(",") if i}
    groups = plan["groups"]
    grouped = {m for g in groups for m in g["members"]}
    if grouped & not_informed:
        failures.append(f"not-informed participants grouped: {sorted(grouped & not_informed)}")
    bookings = sum(len(g["interpreters"]) for g in groups)
    widest = max((len(g["interpreters"]) for g in groups), default=0)
    in_person = [g["name"] for g in groups if any(c["channel"] == "in-person" for c in g["channels"])]
    sizes = [len(g["members"]) for g in groups]
    industry = sum(next(m["matching"] for m in g["majority"] if m["key"] == "background.industry")
                   for g in groups)
    share = industry / len(grouped) if grouped else 0
    print(f"groups {len(groups)} of sizes {sizes}; bookings {bookings} (at most {widest} "
          f"languages in a group); in-person channels {in_person or 'none'}; industry "
          f"{industry}/{len(grouped)} = {100 * share:.1f} %")
    for g in groups:
        for field in ("name", "members", "channels", "interpreters"):
            if field not in g:
                failures.append(f"group without {field}")
    if widest > 2:
        failures.append(f"a group needs {widest} interpreter languages")
    if bookings > 10:
        failures.append(f"{bookings} bookings")
    if in_person:
        failures.append(f"in-person channel in {in_person}")
    if any(not 6 <= s <= 10 for s in sizes):
        failures.append(f"sizes {sizes}")
    if share < 0.85:
        failures.append(f"industry share {share:.3f}")
    for failure in failures:
        print("FAIL:", failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
