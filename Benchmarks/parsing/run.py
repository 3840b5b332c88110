#!/usr/bin/env python3
"""Worst-case input files up to the caps, timed through the real binary (issue 14, deliver 4).

Answers files of just under 1 MiB built to make a naive reader quadratic (one line, one huge
string, 50,000 keys, 40,000 repeated array items, deep nesting, one huge key) go through
`kartlegg assess --answers`; a 1 MiB one-line roster and a 60,000-row roster through
`kartlegg groups suggest --roster`. Each must be read or refused in under 2 s (wall clock,
including process start). Prints one line per file: seconds, exit status, peak memory.

    swift build -c release --product kartlegg
    python3 Benchmarks/parsing/run.py [--binary .build/release/kartlegg] [--budget 2]
"""
import argparse, os, resource, subprocess, sys, tempfile, time

CAP = 1024 * 1024
HEAD = '{"survey": "digital-intake", "version": "1.0", "answers": {'


def fill(unit, prefix, suffix):
    room = CAP - len(prefix.encode()) - len(suffix.encode())
    return prefix + unit * (room // len(unit.encode())) + suffix


def answers_files():
    keys = ",\n".join(f'"q.{index:05}": 1' for index in range(50_000))
    return {
        "one line of unknown keys": fill('"k": 1, ', HEAD, '"z": 1}}'),
        "50,000 keys, one per line": HEAD + "\n" + keys + "}}",
        "one huge string": fill("ሀ", HEAD + '"background.industry_other": "', '"}}'),
        "one huge key": fill("q", HEAD + '"', '": 1}}'),
        "40,000+ repeated array items": fill(
            '"it", ', HEAD + '"background.work_industry": [', '"it"]}}'),
        "deep nesting": fill("[", HEAD + '"background.work_industry": ', ""),
        "one line, syntax error at the end": fill(" ", HEAD, "x"),
    }


def rosters():
    rows = "".join(f"P{index},{index % 3 + 1},work,industry{index % 40}\n"
                   for index in range(60_000))
    return {
        "1 MiB one-line roster": "id,level,goal,industry\n" + "x," * (CAP // 2 - 16),
        "1 MiB header line": "h" * CAP,
        "60,000-row roster": "id,level,goal,industry\n" + rows,
    }


def timed(binary, arguments):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.monotonic()
    result = subprocess.run([binary] + arguments, capture_output=True, timeout=600,
                            env=dict(os.environ, KARTLEGG_RESOURCES=os.getcwd()))
    elapsed = time.monotonic() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, result.returncode, max(peak, before) / 1024, result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/kartlegg")
    parser.add_argument("--budget", type=float, default=2.0)
    options = parser.parse_args()
    binary = os.path.abspath(options.binary)
    slow = []
    with tempfile.TemporaryDirectory(prefix="kartlegg-parsing-") as directory:
        cases = [(name, text, ["assess", "--answers"]) for name, text in answers_files().items()]
        cases += [(name, text, ["groups", "suggest", "--roster"])
                  for name, text in rosters().items()]
        for name, text, command in cases:
            path = os.path.join(directory, "input")
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)
            size = os.path.getsize(path)
            elapsed, status, peak, result = timed(binary, command + [path])
            first = result.stderr.decode(errors="replace").split("\n")[0][:100]
            mark = "ok" if elapsed < options.budget else "SLOW"
            print(f"{mark:4} {elapsed:6.2f} s  exit {status:3}  peak {peak:6.0f} MB  "
                  f"{size / 1024:5.0f} KB  {name}: {first}", flush=True)
            if elapsed >= options.budget:
                slow.append(name)
    if slow:
        print(f"over {options.budget} s: {', '.join(slow)}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
