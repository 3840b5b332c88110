#!/usr/bin/env python3
"""Cohort summary benchmark: `kartlegg summary` over 100,000 participants, end to end.

Builds kartlegg in release mode, then (once; cached under /tmp/kartlegg-summary-bench/) makes a
database with one cohort of N participants: the schema and the standard survey come from a real
`kartlegg intake --answers` import, the participants are written in bulk with SQL in one
transaction (intake stages, results, levels, channels, interpreter parts, flags, answers to the
tabulated questions and ~3 % overrides, drawn from a seeded random generator). It then times
`kartlegg summary --cohort Bench --format json` (median of --runs, after one warm-up) and runs
`kartlegg-bench` for the in-memory statistics alone.

usage: Benchmarks/summary/run.py [--participants 100000] [--runs 7] [--no-build] [--fresh]
"""
import argparse
import os
import pathlib
import random
import sqlite3
import statistics
import subprocess
import sys
import time

REPO = pathlib.Path(__file__).resolve().parents[2]
CACHE = pathlib.Path("/tmp/kartlegg-summary-bench")
LEVELS = ["beginner", "some", "experienced"]
DIMENSIONS = ["information", "communication", "content", "safety", "problem-solving"]
CHANNELS = ["whatsapp", "teams", "sms", "phone", "email", "in-person"]
NEEDS = ["needed", "not-needed", "assess"]
MODES = ["in-person", "phone", "screen"]
LANGUAGES = ["ti", "ar", "uk", "so", "prs", "ps", "kmr", "pl", "ur", "en", "nb"]
FLAGS = ["no-smartphone", "shared-phone", "no-phone", "no-pc-or-tablet", "no-home-internet",
         "mobile-data-only", "data-runs-out", "no-bankid", "needs-digipost", "no-email",
         "needs-interpreter", "low-norwegian", "low-literacy", "scam-risk"]
GOALS = ["work", "education", "other"]
INDUSTRIES = ["school_sfo", "kindergarten", "care", "logistics", "food", "cleaning",
              "retail_service",
              "other"]


def build():
    subprocess.run(["swift", "build", "-c", "release", "--product", "kartlegg"], cwd=REPO,
                   check=True)
    subprocess.run(["swift", "build", "-c", "release", "--product", "kartlegg-bench"], cwd=REPO,
                   check=True)


def kartlegg(database, *arguments, **kwargs):
    environment = dict(os.environ, KARTLEGG_DATABASE=str(database), KARTLEGG_ADVISER="bench",
                       KARTLEGG_UI_LANGUAGE="en")
    return subprocess.run([str(REPO / ".build/release/kartlegg"), *arguments], cwd=REPO,
                          env=environment, check=True, **kwargs)


def make_database(path, count):
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    for suffix in ["", "-wal", "-shm"]:
        pathlib.Path(str(path) + suffix).unlink(missing_ok=True)
    kartlegg(path, "intake", "--answers", "docs/examples/answers-tigrinya.json", "--name", "Seed",
             "--cohort", "Seed", "--accept", stdout=subprocess.DEVNULL)
    random.seed(2026)
    db = sqlite3.connect(path)
    survey_hash = db.execute("SELECT hash FROM survey_definition").fetchone()[0]
    now = "2026-11-23T12:00:00Z"
    db.execute("BEGIN")
    db.execute("INSERT INTO cohort (name, created_at) VALUES ('Bench', ?)", (now,))
    cohort = db.execute("SELECT id FROM cohort WHERE name = 'Bench'").fetchone()[0]
    participants, intakes, results, values, answers, overrides = [], [], [], [], [], []
    next_intake = db.execute("SELECT coalesce(max(id), 0) FROM intake").fetchone()[0] + 1
    for index in range(count):
        pid = f"B{index:07d}"
        participants.append((pid, cohort, 1, now))
        stage = random.choices(["none", "in-progress", "answered", "complete"],
                               [2, 5, 13, 80])[0]
        if stage == "none":
            continue
        intake = next_intake
        next_intake += 1
        intakes.append((intake, pid, survey_hash, random.choice(LANGUAGES), stage, now, now))
        answers.append((intake, "background.goal", f'{{"choice":"{random.choice(GOALS)}"}}', now))
        answers.append((intake, "background.industry",
                        f'{{"choice":"{random.choice(INDUSTRIES)}"}}', now))
        answers.append((intake, "contact.info_language",
                        f'{{"language":"{random.choice(LANGUAGES)}"}}', now))
        if stage == "in-progress":
            continue
        flags = " ".join(flag for flag in FLAGS if random.random() < 0.15)
        results.append((intake, 0, 1.0, flags, now))
        parts = {"overall-level": random.choice(LEVELS), "channel": random.choice(CHANNELS)}
        for dimension in DIMENSIONS:
            parts[f"level:{dimension}"] = random.choice(LEVELS)
        need = random.choices(NEEDS, [40, 50, 10])[0]
        parts["interpreter-need"] = need
        if need != "not-needed":
            parts["interpreter-language"] = random.choice(LANGUAGES)
            parts["interpreter-mode"] = random.choice(MODES)
        values += [(intake, part, value) for part, value in parts.items()]
        if random.random() < 0.03:
            part = random.choice(["overall-level", "channel", "interpreter-need"])
            chosen = {"overall-level": LEVELS, "channel": CHANNELS, "interpreter-need": NEEDS}[part]
            overrides.append((intake, part, parts[part], random.choice(chosen), "bench", "bench",
                              now))
    db.executemany("INSERT INTO participant (id, cohort_id, is_synthetic, registered_at) "
                   "VALUES (?, ?, ?, ?)", participants)
    db.executemany("INSERT INTO intake (id, participant_id, survey_hash, language, status, "
                   "started_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", intakes)
    db.executemany("INSERT INTO answer (intake_id, question_id, value, answered_at) "
                   "VALUES (?, ?, ?, ?)", answers)
    db.executemany("INSERT INTO result (intake_id, is_provisional, completeness, flags, "
                   "assessed_at) VALUES (?, ?, ?, ?, ?)", results)
    db.executemany("INSERT INTO result_value (intake_id, part, value) VALUES (?, ?, ?)", values)
    db.executemany("INSERT INTO override (intake_id, part, assessed, chosen, reason, adviser, "
                   "made_at) VALUES (?, ?, ?, ?, ?, ?, ?)", overrides)
    db.execute("COMMIT")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    os.chmod(path, 0o600)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--fresh", action="store_true", help="rebuild the cached database")
    options = parser.parse_args()
    if not options.no_build:
        build()
    database = CACHE / f"summary-{options.participants}.sqlite"
    if options.fresh or not database.exists():
        started = time.perf_counter()
        make_database(database, options.participants)
        print(f"made {database} in {time.perf_counter() - started:.1f} s")
    arguments = ["summary", "--cohort", "Bench", "--format", "json"]
    kartlegg(database, *arguments, stdout=subprocess.DEVNULL)
    seconds = []
    for _ in range(options.runs):
        started = time.perf_counter()
        kartlegg(database, *arguments, stdout=subprocess.DEVNULL)
        seconds.append(time.perf_counter() - started)
    median = statistics.median(seconds)
    print(f"kartlegg summary --format json, {options.participants} participants, end to end: "
          f"median {median * 1000:.0f} ms, min {min(seconds) * 1000:.0f} ms, "
          f"max {max(seconds) * 1000:.0f} ms (n={options.runs})")
    bench = subprocess.run(
        [str(REPO / ".build/release/kartlegg-bench"), str(REPO), "--iterations", "10",
         "--participants", str(options.participants)],
        cwd=REPO, check=True, capture_output=True, text=True)
    for line in bench.stdout.splitlines():
        if "summary statistics" in line:
            print(line)
    return 0 if median < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
