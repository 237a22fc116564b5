"""`make bench`: rows/s of both modes end to end, against a PostgreSQL COPY baseline.

Generates people deterministically (seeded; accented names; ~10% repeats of
an earlier email in another letter case), then, in one invocation against
the real services: COPY into a table shaped like `people` (with its unique
index on lower(email)), the per-row mode and the bulk mode, each timed from
CLI start until every row is stored, each on a quorum queue and on a classic
one (--queue-types; the queue column). Prints one table.
"""

import argparse
import csv
import json
import os
import random
import subprocess
import sys
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from statistics import median

import psycopg2
from kombu import Connection

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
FIRST = ["Ana", "José", "Zoë", "Miguel", "Émilie", "Jürgen", "Søren", "Li", "Mary", "Björn"]
LAST = ["García", "Müller", "Ødegaard", "Smith", "Dupont", "Nowak", "O'Brien", "Conceição"]


def generate(path: Path, rows: int, seed: int = 42) -> None:
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["full_name", "email"])
        for n in range(rows):
            k = rng.randrange(n) if n and rng.random() < 0.1 else n
            email = f"person{k}@example{k % 97}.com"
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            writer.writerow([name, email.upper() if k != n else email])


def people_rows(path: Path):
    with path.open(encoding="utf-8") as handle:
        reader = csv.reader(handle)
        next(reader)
        yield from reader


def generate_xlsx(csv_path: Path, path: Path) -> None:
    """The same people as an Excel workbook, laid out as Excel writes it (shared strings)."""
    import xlsxwriter  # a dev dependency: only the benchmark and the tests write workbooks

    workbook = xlsxwriter.Workbook(path)
    sheet = workbook.add_worksheet("Contacts")
    sheet.write_row(0, 0, ["Full Name", "E-mail Address"])
    for number, row in enumerate(people_rows(csv_path), 1):
        sheet.write_row(number, 0, row)
    workbook.close()


def generate_vcards(csv_path: Path, path: Path) -> None:
    """The same people as vCard 3.0, one card each."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        for name, email in people_rows(csv_path):
            handle.write(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\n")
            handle.write(f"EMAIL;TYPE=INTERNET:{email}\r\nEND:VCARD\r\n")


def final_rows_file(path: Path) -> tuple[Path, int]:
    """The file's final row per email, as a CSV for COPY (which can't upsert), and its size."""
    latest = {}
    with path.open(encoding="utf-8") as handle:
        for line, (name, email) in enumerate(csv.reader(handle), 1):
            if line > 1:
                latest[email.lower()] = (name, email, "bench", line)
    final = path.with_suffix(".final.csv")
    with final.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(latest.values())
    return final, len(latest)


@contextmanager
def people_shaped_table(dsn: str, name: str):
    """A table shaped like `people`, with its unique index on lower(email); dropped after.

    Logged like `people`, not TEMP: TEMP tables skip the write-ahead log and
    would flatter the baseline.
    """
    with psycopg2.connect(dsn) as connection, connection.cursor() as cursor:
        cursor.execute(f"CREATE TABLE {name} (LIKE people INCLUDING DEFAULTS)")
        cursor.execute(f"CREATE UNIQUE INDEX ON {name} (lower(email))")
        connection.commit()
        yield connection, cursor
        cursor.execute(f"DROP TABLE {name}")


def copy_seconds(dsn: str, final: Path) -> float:
    """COPY the final rows (final_rows_file) into a people-shaped table."""
    with people_shaped_table(dsn, "copy_people") as (connection, cursor):
        started = time.perf_counter()
        with final.open(encoding="utf-8") as data:
            cursor.copy_expert(
                "COPY copy_people (full_name, email, source_import, source_line)"
                " FROM STDIN WITH (FORMAT csv)",
                data,
            )
        connection.commit()
        return time.perf_counter() - started


# Later rows win: `line` numbers the staged rows in file order.
UPSERT_FROM_STAGE = """
INSERT INTO upsert_people (full_name, email, source_import, source_line)
SELECT DISTINCT ON (lower(email)) full_name, email, 'bench', line FROM stage
ORDER BY lower(email), line DESC
ON CONFLICT (lower(email)) DO UPDATE SET full_name = excluded.full_name,
    email = excluded.email, source_import = excluded.source_import,
    source_line = excluded.source_line, revision = upsert_people.revision + 1,
    updated_at = now()
"""


def staged_upsert_seconds(dsn: str, path: Path) -> float:
    """The database alone, with the upsert's semantics: the whole file COPYed into a
    staging table, then one INSERT .. ON CONFLICT into a table shaped like `people`.
    No validation, no messages: a ceiling for any pipeline that upserts."""
    with people_shaped_table(dsn, "upsert_people") as (connection, cursor):
        cursor.execute("CREATE TEMP TABLE stage (line serial, full_name text, email text)")
        connection.commit()
        started = time.perf_counter()
        with path.open(encoding="utf-8") as data:
            cursor.copy_expert(
                "COPY stage (full_name, email) FROM STDIN WITH (FORMAT csv, HEADER)", data
            )
        cursor.execute(UPSERT_FROM_STAGE)
        connection.commit()
        seconds = time.perf_counter() - started
        cursor.execute("DROP TABLE stage")
        return seconds


def peak_rss_mb(pid: int) -> float:
    """Largest VmHWM among the worker's processes."""
    pids = [pid] + [
        int(p)
        for p in subprocess.run(
            ["pgrep", "-P", str(pid)], capture_output=True, text=True
        ).stdout.split()
    ]
    peaks = []
    for p in pids:
        for line in Path(f"/proc/{p}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                peaks.append(int(line.split()[1]) / 1024)
    return max(peaks)


def run_mode(env: dict, path: Path, extra: list[str], wait=True) -> tuple[float, float, dict]:
    started = time.perf_counter()
    result = subprocess.run(
        [
            "/usr/bin/time",
            "-f",
            "%M",
            sys.executable,
            "csvprocessor.py",
            "-csv",
            str(path),
            *(["--wait"] if wait else []),
            "--json",
            *extra,
        ],
        cwd=ROOT / "CSVProcessor",
        env=env,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"bench: import failed: {result.stderr.strip().splitlines()[-1]}")
    cli_mb = int(result.stderr.strip().splitlines()[-1]) / 1024
    return seconds, cli_mb, json.loads(result.stdout)


def reading(env: dict, path: Path, rows: int, workdir: Path, readers: list[str]) -> list[tuple]:
    """The CLI alone (--dry-run): read, map and validate, per kind of file. No services."""
    files = {"csv": path}
    if "xlsx" in readers:
        files["xlsx"] = workdir / f"people-{rows}.xlsx"
        if not files["xlsx"].exists():
            generate_xlsx(path, files["xlsx"])
    if "vcard" in readers:
        files["vcard"] = workdir / f"people-{rows}.vcf"
        if not files["vcard"].exists():
            generate_vcards(path, files["vcard"])
    table = []
    for kind in readers:
        seconds, cli_mb, summary = run_mode(env, files[kind], ["--dry-run"], wait=False)
        assert summary["rows"] == rows, summary
        table.append((f"read {kind}", rows, seconds, rows / seconds, None, f"{cli_mb:.0f}", ""))
    return table


def start_worker(env: dict, concurrency: int | None) -> subprocess.Popen:
    """The documented command; --concurrency only when measuring scaling."""
    flags = [] if concurrency is None else ["--concurrency", str(concurrency)]
    worker = subprocess.Popen(
        [BIN / "celery", "-A", "tasks", "worker", "--loglevel=WARNING", *flags],
        cwd=ROOT / "StorePeople",
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    time.sleep(5)
    if worker.poll() is not None:
        sys.exit(f"bench: the worker exited: {worker.stderr.read().decode()[-2000:]}")
    return worker


def stop_worker(worker: subprocess.Popen) -> None:
    worker.terminate()
    worker.wait(60)


def delete_queues(queue: str) -> None:
    with Connection(os.environ.get("BROKER_CONN", "amqp://guest:guest@localhost:5672//")) as c:
        for name in (queue, f"{queue}.bulk", f"{queue}.dead"):
            c.default_channel.queue_delete(name)
        c.default_channel.exchange_delete(queue)


def queue_env(env: dict, queue_type: str) -> dict:
    """IMPORT_QUEUE_TYPE, on a queue of its own (a queue keeps the type it was declared with)."""
    return {
        **env,
        "IMPORT_QUEUE_TYPE": queue_type,
        "IMPORT_QUEUE": f"{env['IMPORT_QUEUE']}-{queue_type}",
    }


def measure(env, dsn, path, rows, modes, copy_rate, workers, queue_types) -> list[tuple]:
    """Each mode on each queue type, on a fresh worker, so its peak RSS is that run's own."""
    table = []
    for mode, extra in modes:
        for queue_type in queue_types:
            with psycopg2.connect(dsn) as connection, connection.cursor() as cursor:
                cursor.execute("TRUNCATE people")
            typed = queue_env(env, queue_type)
            worker = start_worker(typed, workers or None)
            try:
                seconds, cli_mb, summary = run_mode(typed, path, extra)
                worker_mb = f"{peak_rss_mb(worker.pid):.0f}"
            finally:
                stop_worker(worker)
            assert summary["stored"] == rows, summary
            rate = rows / seconds
            table.append(
                (
                    mode,
                    queue_type,
                    rows,
                    seconds,
                    rate,
                    rate / copy_rate,
                    f"{cli_mb:.0f}",
                    worker_mb,
                )
            )
    return table


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, nargs="+", default=[200_000])
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument(
        "--workers",
        type=int,
        nargs="+",
        default=[0],
        help="worker processes (--concurrency); 0: the worker's default (one per core)",
    )
    parser.add_argument("--modes", nargs="+", default=["per-row", "bulk"])
    parser.add_argument(
        "--queue-types",
        nargs="+",
        default=["quorum", "classic"],
        help="IMPORT_QUEUE_TYPE for each end-to-end run (one node: the machine's RabbitMQ)",
    )
    parser.add_argument(
        "--readers",
        nargs="*",
        default=["csv", "xlsx", "vcard"],
        help="also time the CLI alone (--dry-run) on the same people as CSV, .xlsx, vCards",
    )
    parser.add_argument("--workdir", default=str(ROOT / "bench-data"))
    options = parser.parse_args()
    workdir = Path(options.workdir)
    workdir.mkdir(exist_ok=True)
    name = f"people_bench_{uuid.uuid4().hex[:8]}"
    admin = psycopg2.connect("host=127.0.0.1 user=postgres dbname=postgres")
    admin.autocommit = True
    admin.cursor().execute(f'CREATE DATABASE "{name}"')
    dsn = f"host=127.0.0.1 user=postgres dbname={name}"
    env = {
        **os.environ,
        "DATABASE_URL": f"postgresql+psycopg2://postgres@127.0.0.1/{name}",
        "IMPORT_QUEUE": f"bench-{name[-8:]}",
        "LOGS_DIR": str(workdir / "logs"),
    }
    modes = [
        (mode, extra)
        for mode, extra in (
            ("per-row", []),
            (f"bulk {options.batch_size}", ["--batch-size", str(options.batch_size)]),
        )
        if mode.split()[0] in options.modes
    ]
    table = []
    try:
        subprocess.run(
            [BIN / "alembic", "upgrade", "head"],
            cwd=ROOT / "StorePeople",
            env=env,
            check=True,
            capture_output=True,
        )
        for workers in options.workers:
            label = str(workers or "default")
            for rows in options.rows:
                path = workdir / f"people-{rows}.csv"
                if not path.exists():
                    generate(path, rows)
                # The baselines take well under a second: the median of three.
                final, copied = final_rows_file(path)
                seconds = median(copy_seconds(dsn, final) for _ in range(3))
                copy_rate = copied / seconds
                table.append(("COPY", "", label, rows, seconds, copy_rate, 1.0, "", ""))
                seconds = median(staged_upsert_seconds(dsn, path) for _ in range(3))
                rate = rows / seconds
                table.append(
                    ("SQL upsert", "", label, rows, seconds, rate, rate / copy_rate, "", "")
                )
                measured = measure(
                    env, dsn, path, rows, modes, copy_rate, workers, options.queue_types
                )
                for row in measured:
                    table.append((row[0], row[1], label, *row[2:]))
                for row in reading(env, path, rows, workdir, options.readers):
                    table.append((row[0], "", label, *row[1:]))
    finally:
        admin.cursor().execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        for queue_type in options.queue_types:
            delete_queues(queue_env(env, queue_type)["IMPORT_QUEUE"])
    header = ("mode", "queue", "workers", "rows", "seconds", "rows/s", "x COPY", "CLI MB")
    print("{:<12} {:<7} {:>7} {:>9} {:>8} {:>9} {:>7} {:>7} {:>9}".format(*header, "worker MB"))
    for mode, queue, workers, rows, seconds, rate, ratio, cli, work in table:
        ratio = "" if ratio is None else f"{ratio:.3f}"
        print(
            f"{mode:<12} {queue:<7} {workers:>7} {rows:>9} {seconds:>8.2f} {rate:>9.0f} {ratio:>7}"
            f" {cli:>7} {work:>9}"
        )


if __name__ == "__main__":
    main()
