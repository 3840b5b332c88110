#!/usr/bin/env python3
"""Time from an answer to the next question, commit included, in the real binary.

Runs whole intakes of the standard survey through a pipe against a fresh database (WAL,
synchronous=FULL) and measures, for every answer, the time from writing the line to seeing the
next prompt. Usage (from the repository root):

    swift build -c release --product kartlegg
    python3 Benchmarks/intake/latency.py [--binary .build/release/kartlegg] [--runs 5]
"""
import argparse, os, select, statistics, subprocess, sys, tempfile, time

REGISTRATION = ["Benk Mark", "", "Benchmark", "1", "ti"]
ANSWERS = ("1 ti 2 2 2 3 1,2 3 2 2 2 ti 2 2 2 2 2 2 2 1,2 1,2 . 2 1,2 2 2 1,2 2 2 2 2 2 2 2 2 "
           "2 2 2 ti 1,2 2 ti . 2 .").split()


def read_until_prompt(process, deadline=10.0):
    """Reads output until it ends with a prompt (': ' with nothing after)."""
    buffer = b""
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        ready, _, _ = select.select([process.stdout], [], [], 0.5)
        if not ready:
            continue
        chunk = os.read(process.stdout.fileno(), 65536)
        if not chunk:
            return buffer, False
        buffer += chunk
        if buffer.endswith(b": "):
            return buffer, True
    raise TimeoutError(buffer.decode(errors="replace")[-500:])


def one_intake(binary, directory):
    env = dict(os.environ, KARTLEGG_DATABASE=os.path.join(directory, "bench.sqlite"),
               KARTLEGG_UI_LANGUAGE="nb", NO_COLOR="1")
    process = subprocess.Popen([binary, "intake"], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    read_until_prompt(process)
    for line in REGISTRATION:
        process.stdin.write((line + "\n").encode()); process.stdin.flush()
        read_until_prompt(process)
    times = []
    for answer in ANSWERS:
        started = time.perf_counter()
        process.stdin.write((answer.replace(",", " ") + "\n").encode()); process.stdin.flush()
        read_until_prompt(process)
        times.append((time.perf_counter() - started) * 1000)
    process.stdin.write(b"a\n"); process.stdin.close()
    process.wait(timeout=10)
    return times


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/kartlegg")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--directory", default=".", help="where the database lives (a real disk)")
    arguments = parser.parse_args()
    all_times = []
    with tempfile.TemporaryDirectory(dir=arguments.directory) as directory:
        for _ in range(arguments.runs):
            all_times += one_intake(arguments.binary, directory)
    all_times.sort()
    p95 = all_times[int(len(all_times) * 0.95) - 1]
    print(f"answers timed: {len(all_times)} ({arguments.runs} whole intakes, fresh database)")
    print(f"answer -> next question, commit included: median {statistics.median(all_times):.1f} ms, "
          f"p95 {p95:.1f} ms, max {max(all_times):.1f} ms (target < 50 ms)")


if __name__ == "__main__":
    sys.exit(main())
