#!/usr/bin/env python3
"""Crash and concurrency tests of the real binary (issue 14): kill -9 and busy databases.

Sections (each prints one line of figures and fails the run on any violation):
  piped    kill -9 during intakes driven through a pipe: no acknowledged answer lost, the
           resume point is right, integrity ok, resuming finishes the intake
  tmux     the same in a real terminal (tmux), killing the process in the pane
  imports  `intake --answers` killed at random: no half-imported participant; retrying every
           killed import leaves exactly one participant per name
  writers  8 importers and 2 readers at once: no error, no "locked"
  create   8 processes creating one new database at once: all succeed
  erase    `participants erase` while another process holds a read: exit 75, or no byte of the
           name in the file or its WAL; the next open finishes the erasure
  output   `summary --output FIFO` is refused (73) and the FIFO stays

Usage, from the repository root (CI runs the short form):
    swift build -c release --product kartlegg
    python3 Tests/crash/run.py [--binary .build/release/kartlegg] [--short]
"""
import argparse, os, random, select, signal, sqlite3, stat, subprocess, sys, tempfile, time
import shutil

REGISTRATION = ["Krasj Test", "", "Krasj", "1", "ti"]
ANSWERS = ("1 ti 2 2 2 3 1,2 3 2 2 2 ti 2 2 2 2 2 2 2 1,2 1,2 . 2 1,2 2 2 1,2 2 2 2 2 2 2 2 2 "
           "2 2 2 ti 1,2 2 ti . 2 .").split()
# The answer at this index (BankID login "with help" although "no BankID") is warned about by a
# plausibility check; an empty line (Enter) confirms it, and only then is it stored.
WARNED = 33
LINES = ANSWERS[:WARNED + 1] + [""] + ANSWERS[WARNED + 1:]


def lines_after(stored):
    """The lines that continue an intake with `stored` answers."""
    return LINES[stored:] if stored <= WARNED else LINES[stored + 1:]
EXAMPLE = "docs/examples/answers-tigrinya.json"
FAILURES = []


def fail(section, message):
    FAILURES.append(f"{section}: {message}")
    print(f"  FAIL {section}: {message}", flush=True)


def environment(database):
    return dict(os.environ, KARTLEGG_DATABASE=database, KARTLEGG_UI_LANGUAGE="nb", NO_COLOR="1",
                KARTLEGG_RESOURCES=os.getcwd())


def run(binary, database, arguments, **options):
    return subprocess.run([binary] + arguments, env=environment(database), capture_output=True,
                          timeout=120, **options)


def read_until_prompt(process, deadline=15.0):
    buffer = b""
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        ready, _, _ = select.select([process.stdout], [], [], 0.2)
        if not ready:
            continue
        chunk = os.read(process.stdout.fileno(), 65536)
        if not chunk:
            return buffer, False
        buffer += chunk
        if buffer.endswith(b": "):
            return buffer, True
    raise TimeoutError(buffer.decode(errors="replace")[-300:])


def connect(database):
    return sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=10)


def check_store(section, database):
    """Integrity, and no participant without identity or intake."""
    with connect(database) as db:
        if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            fail(section, "integrity_check is not ok")
        orphans = db.execute(
            "SELECT count(*) FROM participant p WHERE NOT EXISTS "
            "(SELECT 1 FROM intake i WHERE i.participant_id = p.id) OR NOT EXISTS "
            "(SELECT 1 FROM identity n WHERE n.participant_id = p.id)").fetchone()[0]
        if orphans:
            fail(section, f"{orphans} participants without an intake or identity")


def stored_answers(database, after=0):
    """The latest intake newer than `after`: (id, participant, answers stored), or None."""
    if not os.path.exists(database):
        return None
    with connect(database) as db:
        row = db.execute("SELECT i.id, i.participant_id, count(a.question_id) FROM intake i "
                         "LEFT JOIN answer a ON a.intake_id = i.id WHERE i.id > ? "
                         "GROUP BY i.id ORDER BY i.id DESC LIMIT 1", (after,)).fetchone()
    return row


def resume_and_finish(section, binary, database, participant, stored):
    lines = lines_after(stored) + ["a"]
    result = run(binary, database, ["intake", "--resume", participant],
                 input=("\n".join(lines) + "\n").encode())
    if result.returncode != 0:
        fail(section, f"resume at {stored} exited {result.returncode}: "
                      f"{result.stderr.decode(errors='replace')[-200:]}")
        return
    with connect(database) as db:
        status = db.execute("SELECT status FROM intake WHERE participant_id = ? "
                            "ORDER BY id DESC LIMIT 1", (participant,)).fetchone()[0]
    if status != "complete":
        fail(section, f"resumed intake is {status}, not complete")


def piped(binary, directory, cycles):
    database = os.path.join(directory, "piped.sqlite")
    acknowledged_total = lost = wrong = 0
    for cycle in range(cycles):
        previous = stored_answers(database)
        process = subprocess.Popen([binary, "intake"], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                   env=environment(database))
        kill_after = random.randrange(len(REGISTRATION) + len(LINES))
        acknowledged = 0
        try:
            read_until_prompt(process)
            for index, line in enumerate(REGISTRATION + LINES):
                process.stdin.write((line + "\n").encode())
                process.stdin.flush()
                if index == kill_after:
                    time.sleep(random.uniform(0, 0.01))
                    break
                _, prompted = read_until_prompt(process)
                # The prompt after the warned answer asks to confirm it: not yet stored.
                if index >= len(REGISTRATION) and index != len(REGISTRATION) + WARNED:
                    acknowledged += 1
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait()
        check_store("piped", database)
        if kill_after < len(REGISTRATION) - 1:
            continue
        row = stored_answers(database, after=previous[0] if previous else 0)
        if row is None:
            if acknowledged:
                fail("piped", f"cycle {cycle}: {acknowledged} acknowledged, no intake stored")
            continue
        _, participant, stored = row
        acknowledged_total += acknowledged
        if stored < acknowledged:
            lost += acknowledged - stored
            fail("piped", f"cycle {cycle}: {acknowledged} acknowledged, {stored} stored")
        elif stored > acknowledged + 1:
            wrong += 1
            fail("piped", f"cycle {cycle}: {stored} stored after {acknowledged} acknowledged")
        elif cycle % 5 == 0:
            resume_and_finish("piped", binary, database, participant, stored)
    print(f"piped: {cycles} kill -9 cycles, {acknowledged_total} acknowledged answers, "
          f"{lost} lost, {wrong} wrong resume points", flush=True)


def tmux(binary, directory, cycles):
    if shutil.which("tmux") is None:
        print("tmux: skipped (tmux is not installed)")
        return
    database = os.path.join(directory, "tmux.sqlite")
    env_prefix = " ".join(f"{key}='{value}'" for key, value in environment(database).items()
                          if key.startswith(("KARTLEGG_", "NO_COLOR")))
    killed = 0
    for cycle in range(cycles):
        session = f"kartlegg-crash-{os.getpid()}-{cycle}"
        command = ["tmux", "new-session", "-d", "-s", session, "-x", "100", "-y", "30",
                   f"env {env_prefix} {binary} intake"]
        if subprocess.run(command, capture_output=True).returncode != 0:
            time.sleep(0.5)  # the tmux server can still be shutting down after the last session
            if subprocess.run(command, capture_output=True).returncode != 0:
                fail("tmux", "tmux new-session failed twice")
                continue
        try:
            time.sleep(0.3)
            steps = random.randrange(len(REGISTRATION), len(REGISTRATION) + len(LINES))
            for line in (REGISTRATION + LINES)[:steps]:
                subprocess.run(["tmux", "send-keys", "-t", session, line, "Enter"],
                               capture_output=True)
                time.sleep(0.03)
            time.sleep(random.uniform(0, 0.05))
            pid = subprocess.run(["tmux", "list-panes", "-t", session, "-F", "#{pane_pid}"],
                                 capture_output=True, text=True).stdout.strip()
            if pid:
                os.kill(int(pid), signal.SIGKILL)
                killed += 1
        finally:
            subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
        check_store("tmux", database)
    row = stored_answers(database)
    if row is not None:
        resume_and_finish("tmux", binary, database, row[1], row[2])
    print(f"tmux: {killed} kill -9 cycles in a terminal", flush=True)


def imports(binary, directory, count):
    database = os.path.join(directory, "imports.sqlite")
    run(binary, database, ["participants", "list"])
    began = time.monotonic()
    run(binary, os.path.join(directory, "imports-timing.sqlite"),
        ["intake", "--answers", EXAMPLE, "--name", "Timing", "--cohort", "Krasj", "--accept"])
    window = (time.monotonic() - began) * 1.2
    names = []
    for index in range(count):
        name = f"Import {index}"
        names.append(name)
        process = subprocess.Popen(
            [binary, "intake", "--answers", EXAMPLE, "--name", name, "--cohort", "Krasj",
             "--accept"], env=environment(database), stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        time.sleep(random.uniform(0, window))
        process.send_signal(signal.SIGKILL)
        process.wait()
    check_store("imports", database)
    with connect(database) as db:
        half = db.execute(
            "SELECT count(*) FROM participant p JOIN intake i ON i.participant_id = p.id "
            "WHERE i.status != 'complete' OR NOT EXISTS "
            "(SELECT 1 FROM result r WHERE r.intake_id = i.id)").fetchone()[0]
        survived = db.execute("SELECT count(*) FROM participant").fetchone()[0]
    if half:
        fail("imports", f"{half} half-imported participants")
    for name in names:
        result = run(binary, database, ["intake", "--answers", EXAMPLE, "--name", name,
                                        "--cohort", "Krasj", "--accept"])
        if result.returncode != 0:
            fail("imports", f"retry of {name} exited {result.returncode}")
    with connect(database) as db:
        duplicates = db.execute("SELECT count(*) FROM (SELECT name FROM identity GROUP BY name "
                                "HAVING count(*) > 1)").fetchone()[0]
        total = db.execute("SELECT count(*) FROM participant").fetchone()[0]
    if duplicates or total != count:
        fail("imports", f"{total} participants for {count} names, {duplicates} duplicated")
    print(f"imports: {count} killed at random, {survived} had committed, {half} half-imported; "
          f"retries left {total} participants, {duplicates} duplicates", flush=True)


def writers(binary, directory, seconds):
    database = os.path.join(directory, "writers.sqlite")
    run(binary, database, ["participants", "list"])
    end = time.monotonic() + seconds
    processes, done, errors = [], 0, []
    serial = 0

    def start(arguments):
        return subprocess.Popen([binary] + arguments, env=environment(database),
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    slots = [None] * 10
    while time.monotonic() < end or any(slots):
        for index, process in enumerate(slots):
            if process is not None and process.poll() is not None:
                if process.returncode != 0:
                    errors.append(process.stderr.read().decode(errors="replace")[-200:])
                done += 1
                slots[index] = None
            if slots[index] is None and time.monotonic() < end:
                serial += 1
                if index < 8:
                    slots[index] = start(["intake", "--answers", EXAMPLE, "--name",
                                          f"Writer {serial}", "--cohort", "Samtidig", "--accept"])
                else:
                    slots[index] = start(["participants", "list"])
        time.sleep(0.01)
    if errors:
        fail("writers", f"{len(errors)} of {done} runs failed, first: {errors[0]}")
    print(f"writers: {done} runs by 8 importers and 2 readers in {seconds} s, {len(errors)} errors",
          flush=True)


def create(binary, directory, rounds):
    failures = 0
    for index in range(rounds):
        folder = os.path.join(directory, f"create-{index}")
        os.mkdir(folder, 0o700)
        database = os.path.join(folder, "k.sqlite")
        processes = [subprocess.Popen([binary, "participants", "list"],
                                      env=environment(database), stdout=subprocess.DEVNULL,
                                      stderr=subprocess.PIPE) for _ in range(8)]
        for process in processes:
            process.wait()
            if process.returncode != 0:
                failures += 1
                fail("create", f"exit {process.returncode}: "
                               f"{process.stderr.read().decode(errors='replace')[-200:]}")
    print(f"create: {rounds * 8} processes in {rounds} rounds of 8, {failures} failed",
          flush=True)


def file_bytes(database):
    data = b""
    for suffix in ("", "-wal"):
        if os.path.exists(database + suffix):
            with open(database + suffix, "rb") as handle:
                data += handle.read()
    return data


def erase(binary, directory):
    database = os.path.join(directory, "erase.sqlite")
    name = "Zebulon Quarternary"
    result = run(binary, database, ["intake", "--answers", EXAMPLE, "--name", name,
                                    "--cohort", "Slett", "--accept"])
    participant = result.stdout.decode().strip()
    reader = sqlite3.connect(database, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM identity").fetchone()
    erased = run(binary, database, ["participants", "erase", participant, "--yes"])
    present = name.encode() in file_bytes(database)
    if erased.returncode == 0 and present:
        fail("erase", "exit 0 but the name is still in the file")
    reader.execute("COMMIT")
    reader.close()
    run(binary, database, ["participants", "list"])
    after = name.encode() in file_bytes(database)
    if after:
        fail("erase", "the name is still in the file after the next open")
    print(f"erase: under a reader exit {erased.returncode}, name in file "
          f"{'yes' if present else 'no'}; after the next open {'yes' if after else 'no'}",
          flush=True)


def output(binary, directory):
    database = os.path.join(directory, "output.sqlite")
    for index in range(3):
        run(binary, database, ["intake", "--answers", EXAMPLE, "--name", f"Out {index}",
                               "--cohort", "Ut", "--accept"])
    fifo = os.path.join(directory, "fifo")
    os.mkfifo(fifo, 0o600)
    result = run(binary, database, ["summary", "--cohort", "Ut", "--output", fifo])
    is_fifo = stat.S_ISFIFO(os.lstat(fifo).st_mode)
    if result.returncode != 73 or not is_fifo:
        fail("output", f"summary --output FIFO exited {result.returncode}, FIFO stays: {is_fifo}")
    print(f"output: summary --output FIFO exit {result.returncode}, FIFO stays: {is_fifo}",
          flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/kartlegg")
    parser.add_argument("--short", action="store_true", help="the short form CI runs")
    parser.add_argument("--seed", type=int, default=None)
    options = parser.parse_args()
    seed = options.seed if options.seed is not None else random.randrange(1 << 30)
    random.seed(seed)
    binary = os.path.abspath(options.binary)
    short = options.short
    print(f"seed {seed}; binary {binary}", flush=True)
    with tempfile.TemporaryDirectory(prefix="kartlegg-crash-") as directory:
        os.chmod(directory, 0o700)
        started = time.monotonic()
        piped(binary, directory, 20 if short else 300)
        tmux(binary, directory, 5 if short else 160)
        imports(binary, directory, 30)
        writers(binary, directory, 10 if short else 60)
        create(binary, directory, 5 if short else 20)
        erase(binary, directory)
        output(binary, directory)
        print(f"done in {time.monotonic() - started:.0f} s", flush=True)
    if FAILURES:
        print(f"{len(FAILURES)} failures", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
