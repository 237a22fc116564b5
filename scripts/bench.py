"""`make bench`: rows/s of both modes end to end, against a PostgreSQL COPY baseline.

Generates people deterministically (seeded; accented names; ~10% repeats of
an earlier email in another letter case), then, in one invocation against
the real services: COPY into a table shaped like `people` (with its unique
index on lower(email)), the SQL upsert alone, pgloader and the broker's bare
ceiling (bench_peers.py), then the per-row mode and the bulk mode, each timed from
CLI start until every row is stored, each on a quorum queue and on a classic one
(--queue-types; the queue column). Prints one table, the same-run ratios the
targets are stated in (bench_ratios.py), and CPU seconds per 1M rows per component
(bench_usage.py).
"""

import argparse
import csv
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager, nullcontext
from pathlib import Path
from statistics import median

import bench_peers
import psycopg2
from bench_ratios import CEILING, bound_lines, ratio_lines
from bench_usage import Usage, profile_table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests import services  # noqa: E402  (the bench's own PostgreSQL node, as the tests start them)

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


def generate_known_fields(csv_path: Path, path: Path) -> None:
    """The same people with the known fields beside them (phone, company, job title,
    another address), as a CRM export has them: what the columns cost the bulk mode."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["full_name", "email", "phone", "company", "job_title", "other_email"])
        for n, (name, email) in enumerate(people_rows(csv_path)):
            phone = f"+49 30 {n % 10_000_000:07d}"
            other = f"{email.split('@')[0]}@home.example.org" if n % 3 == 0 else ""
            writer.writerow([name, email, phone, f"Company {n % 500}", "Engineer", other])


def people_rows(path: Path):
    with path.open(encoding="utf-8") as handle:
        reader = csv.reader(handle)
        next(reader)
        yield from reader


# A sheet holds at most 1,048,576 rows (Excel's own limit, header included):
# https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
XLSX_MAX_PEOPLE = 1_048_575


def generate_xlsx(csv_path: Path, path: Path) -> None:
    """The same people as an Excel workbook, laid out as Excel writes it (shared strings);
    at most the first XLSX_MAX_PEOPLE of them, as Excel itself would keep."""
    import xlsxwriter  # a dev dependency: only the benchmark and the tests write workbooks

    workbook = xlsxwriter.Workbook(path)
    sheet = workbook.add_worksheet("Contacts")
    sheet.write_row(0, 0, ["Full Name", "E-mail Address"])
    for number, row in enumerate(people_rows(csv_path), 1):
        if number > XLSX_MAX_PEOPLE:
            break
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
    env = {name: value for name, value in env.items() if name != "DATABASE_URL"}  # no preview
    for kind in readers:
        seconds, cli_mb, summary = run_mode(env, files[kind], ["--dry-run"], wait=False)
        held = min(rows, XLSX_MAX_PEOPLE) if kind == "xlsx" else rows
        assert summary["rows"] == held, summary
        table.append((f"read {kind}", held, seconds, held / seconds, None, f"{cli_mb:.0f}", ""))
    return table


def deployed_command() -> list[str]:
    """The worker image's CMD (StorePeople/Dockerfile), so the bench runs what is deployed."""
    for line in (ROOT / "StorePeople" / "Dockerfile").read_text().splitlines():
        if line.startswith("CMD "):
            return json.loads(line[4:])
    raise SystemExit("bench: no CMD in StorePeople/Dockerfile")


def deployed_postgres_settings() -> dict[str, str]:
    """StorePeople/docker-compose.yml's settings for PostgreSQL, so the bench's database
    runs as deployed."""
    return postgres_settings((ROOT / "StorePeople" / "docker-compose.yml").read_text())


def postgres_settings(compose: str) -> dict[str, str]:
    """The `-c` settings of the postgres service's command in a compose file: a flow list of
    quoted strings (JSON), as Dockerfile's CMD is; none without a command."""
    service = compose[compose.index("\n  postgres:\n") :]
    service = service[: service.index("\n  redis:\n")]
    if "command:" not in service:
        return {}
    listed = service[service.index("command:") + len("command:") :]
    command = json.loads(listed[: listed.index("]") + 1])
    return dict(
        command[i + 1].split("=", 1) for i in range(1, len(command) - 1) if command[i] == "-c"
    )


@contextmanager
def bench_database(where: str, changed: list[str]):
    """The server the bench measures: (admin DSN, port). `deployed`: a node of its own, with
    fsync on and docker-compose's settings (plus `changed`, NAME=VALUE), all its processes
    counted as PostgreSQL; `machine`: the machine's shared server, as it is configured."""
    if where == "machine":
        yield "host=127.0.0.1 user=postgres dbname=postgres", 5432
        return
    settings = {**deployed_postgres_settings(), **dict(c.split("=", 1) for c in changed)}
    folder = Path(tempfile.mkdtemp(prefix="bench-postgres-"))
    folder.chmod(0o755)  # the postgres user reaches its data folder
    node = None
    try:
        node = services.Postgres(folder, settings=settings, durable=True)
        Usage.postmaster = node.postmaster_pid
        shown = " ".join(f"{name}={value}" for name, value in settings.items())
        print(f"bench: PostgreSQL node of its own, fsync on, {shown or 'defaults'}", flush=True)
        admin = f"host=127.0.0.1 port={node.port} user=postgres dbname=postgres"
        yield admin, node.port
        if "pg_stat_statements" in settings.get("shared_preload_libraries", ""):
            print(statements_table(admin))
    finally:
        Usage.postmaster = None
        if node is not None:
            node.stop("fast")
        shutil.rmtree(folder, ignore_errors=True)


def statements_table(admin_dsn: str, most: int = 15) -> str:
    """The statements PostgreSQL spent most time in over the whole run, nested ones (the
    history trigger's) apart: with --postgres-settings
    shared_preload_libraries=pg_stat_statements pg_stat_statements.track=all."""
    with psycopg2.connect(admin_dsn) as connection, connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
        cursor.execute(
            "SELECT total_exec_time / 1000, calls, rows, toplevel,"
            " regexp_replace(query, '\\s+', ' ', 'g')"
            " FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT %s",
            (most,),
        )
        found = cursor.fetchall()
    lines = [f"PostgreSQL's statements by time (pg_stat_statements), the {most} first"]
    lines.append(f"{'seconds':>8} {'calls':>8} {'rows':>9} level statement")
    for seconds, calls, rows, toplevel, query in found:
        level = "top" if toplevel else "inner"
        lines.append(f"{seconds:>8.2f} {calls:>8} {rows:>9} {level:<5} {query[:150]}")
    return "\n".join(lines)


def deployed_loglevel() -> str:
    return next(a.split("=")[1] for a in deployed_command() if a.startswith("--loglevel="))


def start_worker(
    env: dict, concurrency: int | None, loglevel: str | None = None
) -> subprocess.Popen:
    """The image's command, with another --loglevel only when comparing; --concurrency only
    when measuring scaling. Its log goes to a file, as a container's goes to Docker's."""
    command = [str(BIN / "celery"), *deployed_command()[1:]]
    if loglevel is not None:
        command = [
            a if not a.startswith("--loglevel=") else f"--loglevel={loglevel}" for a in command
        ]
    flags = [] if concurrency is None else ["--concurrency", str(concurrency)]
    # A node name of its own: another worker on this host (a test run) holds celery@<host>'s
    # exclusive pidbox queue (celery docs: workers, "Starting the worker", --hostname).
    flags += ["--hostname", f"{env['IMPORT_QUEUE']}@%h"]
    log = Path(env["LOGS_DIR"]) / "worker.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("ab") as output:
        worker = subprocess.Popen(
            [*command, *flags],
            cwd=ROOT / "StorePeople",
            env=env,
            stdout=output,
            stderr=output,
        )
    time.sleep(5)
    if worker.poll() is not None:
        sys.exit(f"bench: the worker exited: {log.read_text()[-2000:]}")
    return worker


def stop_worker(worker: subprocess.Popen) -> None:
    worker.terminate()
    worker.wait(60)


def timed(mode, queue, rows, seconds, copy_rate, cli_mb: float | None = None) -> tuple:
    """A measured row: (mode, queue type, rows, seconds, rows/s, x COPY, CLI MB, worker MB)."""
    rate = rows / seconds
    cli = "" if cli_mb is None else f"{cli_mb:.0f}"
    return (mode, queue, rows, seconds, rate, rate / copy_rate, cli, "")


def queue_env(env: dict, queue_type: str) -> dict:
    """IMPORT_QUEUE_TYPE, on a queue of its own (a queue keeps the type it was declared with)."""
    return {
        **env,
        "IMPORT_QUEUE_TYPE": queue_type,
        "IMPORT_QUEUE": f"{env['IMPORT_QUEUE']}-{queue_type}",
    }


def measure(
    env,
    dsn,
    path,
    rows,
    modes,
    copy_rate,
    workers,
    queue_types,
    loglevel=None,
    usages=None,
    again=True,
) -> list[tuple]:
    """Each mode on each queue type (IMPORT_QUEUE_TYPE), on a fresh worker, so its peak
    RSS is that run's own. Rows: (mode, queue type, rows, seconds, rows/s, x COPY, MBs).

    Bulk also imports the same file a second time (every row unchanged: only the writes
    log is written, docs/undo.md), then previews it (--dry-run against the full table).
    A `loglevel` other than the image's labels its rows and runs each mode once, as
    `again=False` does.
    """
    table = []
    for (mode, extra), queue_type in ((m, q) for m in modes for q in queue_types):
        typed = queue_env(env, queue_type)
        with psycopg2.connect(dsn) as connection, connection.cursor() as cursor:
            cursor.execute("TRUNCATE people, people_history, people_writes")
        worker = start_worker(typed, workers or None, loglevel)
        reimport = again and mode.startswith("bulk") and loglevel is None
        if loglevel is not None:
            mode = f"{mode} {loglevel}"
        runs = [(mode, extra)] + ([(f"{mode} again", extra)] if reimport else [])
        try:
            for label, flags in runs:
                with Usage(worker.pid, dsn.split("dbname=")[1]) as usage:
                    seconds, cli_mb, summary = run_mode(typed, path, flags)
                if usages is not None:
                    usages.append((f"{label} {queue_type}", rows, usage))
                assert summary["stored"] == rows, summary
                table.append(timed(label, queue_type, rows, seconds, copy_rate, cli_mb))
            worker_mb = f"{peak_rss_mb(worker.pid):.0f}"
            table[-1] = (*table[-1][:-1], worker_mb)
        finally:
            stop_worker(worker)
        if reimport and queue_type == queue_types[0]:
            seconds, cli_mb, summary = run_mode(typed, path, ["--dry-run"], wait=False)
            if summary.get("would_insert") is None:
                continue  # a CLI without the preview (measuring an older commit)
            assert summary["would_insert"] == 0, summary  # every email is in the table
            table.append(timed("preview", "", rows, seconds, copy_rate, cli_mb))
    return table


def peer_rows(
    dsn, path, final, copied, rows, copy_rate, queue, queue_types, peers, usages
) -> list[tuple]:
    """What a user could run instead (bench_peers.py), as rows of the same table; the
    broker's bare ceiling on each queue type, as our own runs (rows/s: msgs/s)."""
    table = []
    database = dsn.split("dbname=")[1]
    if "pgloader" in peers:
        # The median of three up to 1M rows, as COPY gets: one sample on a shared host
        # moved by ±15% (a plain pgloader call beside the bench was not faster otherwise).
        # Its CPU (pgloader under "CLI", the database's backends) from the first run:
        # CPU per row moves less than wall time with what else the host runs.
        runs = []
        for run in range(3 if rows <= 1_000_000 else 1):
            sampled = Usage(None, database) if run == 0 else nullcontext()
            with people_shaped_table(dsn, "pgloader_people") as (_, cursor), sampled:
                runs.append(
                    bench_peers.pgloader_seconds(cursor, database, "pgloader_people", final, copied)
                )
            if run == 0:
                usages.append(("pgloader", copied, sampled))
        table.append(timed("pgloader", "", copied, median(runs), copy_rate))
    for queue_type in queue_types if "broker" in peers else []:

        def usage(consumer_pid, label=f"{CEILING} {queue_type}"):
            usages.append((label, rows, Usage(consumer_pid, database)))
            return usages[-1][2]

        ceiling_queue = f"{queue}-ceiling-{queue_type}"
        seconds = bench_peers.broker_ceiling(path, rows, ceiling_queue, queue_type, usage)
        table.append(timed(CEILING, queue_type, rows, seconds, copy_rate))
    return table


def costs_per_row(usages: list[tuple], queue_types: list[str]) -> dict:
    """(mode, queue type) -> CPU seconds a row by component, of runs labelled "MODE QUEUE"
    (queue type "" for the others: the SQL upsert, pgloader)."""
    costs = {}
    for label, rows, usage in usages:
        mode, _, queue = label.rpartition(" ")
        key = (mode, queue) if queue in queue_types else (label, "")
        costs[key] = {name: seconds / rows for name, seconds in usage.cpu.items()}
    return costs


def labelled(rows: list[tuple], label: str) -> list[tuple]:
    """Measured rows with the workers' label after their mode and queue type."""
    return [(row[0], row[1], label, *row[2:]) for row in rows]


def known_fields_rows(env, dsn, path, rows, modes, copy_rate, workers, queue_type, usages):
    """Bulk on the same people with phone, company, job title and another address: the
    row "bulk N known" beside "bulk N" on the first queue type (bench_ratios: their ratio)."""
    bulk = [(f"{mode} known", extra) for mode, extra in modes if mode.startswith("bulk")]
    if not bulk:
        return []
    known = path.with_name(f"{path.stem}-known.csv")
    if not known.exists():
        generate_known_fields(path, known)
    return measure(
        env, dsn, known, rows, bulk, copy_rate, workers, [queue_type], None, usages, again=False
    )


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
    parser.add_argument(
        "--peers",
        nargs="*",
        default=["pgloader", "broker"],
        help="pgloader's plain load and the broker's bare ceiling (broker), beside our modes"
        " (bench_peers.py)",
    )
    parser.add_argument(
        "--loglevels",
        nargs="*",
        default=[],
        help="also run the worker at these log levels, e.g. WARNING (the image's CMD level "
        "always runs)",
    )
    parser.add_argument(
        "--known-fields",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also run bulk on the same people with phone, company, job title and another"
        " address (on the first queue type)",
    )
    parser.add_argument(
        "--postgres",
        choices=["deployed", "machine"],
        default="deployed",
        help="deployed: a PostgreSQL node of the bench's own with docker-compose.yml's settings;"
        " machine: the machine's shared server (5432), as configured",
    )
    parser.add_argument(
        "--postgres-settings",
        nargs="*",
        default=[],
        metavar="NAME=VALUE",
        help="with --postgres deployed: settings changed from docker-compose's, to compare",
    )
    parser.add_argument(
        "--per-row-max",
        type=int,
        default=1_000_000,
        help="per-row runs only for files up to this many rows (10M per-row would take an hour)",
    )
    options = parser.parse_args()
    # A stopped bench (kill, timeout) still drops its database and stops its node (finally).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("bench: stopped (SIGTERM)"))
    workdir = Path(options.workdir)
    workdir.mkdir(exist_ok=True)
    with bench_database(options.postgres, options.postgres_settings) as (admin_dsn, port):
        run(options, workdir, admin_dsn, port)


def run(options, workdir: Path, admin_dsn: str, port: int) -> None:
    name = f"people_bench_{uuid.uuid4().hex[:8]}"
    admin = psycopg2.connect(admin_dsn)
    admin.autocommit = True
    admin.cursor().execute(f'CREATE DATABASE "{name}"')
    dsn = f"host=127.0.0.1 port={port} user=postgres dbname={name}"
    env = {
        **os.environ,
        "DATABASE_URL": f"postgresql+psycopg2://postgres@127.0.0.1:{port}/{name}",
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
    table, usages, ratios, bounds = [], [], [], []
    deployed = deployed_loglevel()
    loglevels = [None] + [level for level in options.loglevels if level.upper() != deployed]
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
                # The baselines take well under a second: the median of three (once past 1M).
                first = len(table)  # this size's rows start here (pgloader's count differs)
                sampled_from = len(usages)
                final, copied = final_rows_file(path)
                runs = range(3 if rows <= 1_000_000 else 1)
                seconds = median(copy_seconds(dsn, final) for _ in runs)
                copy_rate = copied / seconds
                table.append(("COPY", "", label, rows, seconds, copy_rate, 1.0, "", ""))
                seconds = median(staged_upsert_seconds(dsn, path) for _ in runs)
                rate = rows / seconds
                table.append(
                    ("SQL upsert", "", label, rows, seconds, rate, rate / copy_rate, "", "")
                )
                with Usage(None, name) as usage:  # what the database alone spends on it
                    staged_upsert_seconds(dsn, path)
                usages.append(("SQL upsert", rows, usage))
                peers = peer_rows(
                    dsn,
                    path,
                    final,
                    copied,
                    rows,
                    copy_rate,
                    env["IMPORT_QUEUE"],
                    options.queue_types,
                    options.peers,
                    usages,
                )
                table += labelled(peers, label)
                sized = [m for m in modes if m[0] != "per-row" or rows <= options.per_row_max]
                for loglevel in loglevels:
                    measured = measure(
                        env,
                        dsn,
                        path,
                        rows,
                        sized,
                        copy_rate,
                        workers,
                        options.queue_types,
                        loglevel,
                        usages,
                    )
                    table += labelled(measured, label)
                if options.known_fields:
                    known = known_fields_rows(
                        env,
                        dsn,
                        path,
                        rows,
                        sized,
                        copy_rate,
                        workers,
                        options.queue_types[0],
                        usages,
                    )
                    table += labelled(known, label)
                rates = {(row[0], row[1]): row[5] for row in table[first:]}
                ratios += [f"{label:>7} {rows:>9}  {text}" for text in ratio_lines(rates)]
                costs = costs_per_row(usages[sampled_from:], options.queue_types)
                cores = os.cpu_count() or 1
                bounds += [
                    f"{label:>7} {rows:>9}  {text}" for text in bound_lines(rates, costs, cores)
                ]
                for row in reading(env, path, rows, workdir, options.readers):
                    table.append((row[0], "", label, *row[1:]))
    finally:
        admin.cursor().execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        for queue_type in options.queue_types:
            bench_peers.delete(queue_env(env, queue_type)["IMPORT_QUEUE"])
    header = ("mode", "queue", "workers", "rows", "seconds", "rows/s", "x COPY", "CLI MB")
    print(f"worker: {' '.join(deployed_command())} (the image's CMD) unless a row names a level")
    print("{:<18} {:<7} {:>7} {:>9} {:>8} {:>9} {:>7} {:>7} {:>9}".format(*header, "worker MB"))
    for mode, queue, workers, rows, seconds, rate, ratio, cli, work in table:
        ratio = "" if ratio is None else f"{ratio:.3f}"
        print(
            f"{mode:<18} {queue:<7} {workers:>7} {rows:>9} {seconds:>8.2f} {rate:>9.0f}"
            f" {ratio:>7} {cli:>7} {work:>9}"
        )
    print()
    print("same-run ratios (workers, rows): only these compare across runs")
    print("\n".join(ratios) or "(none: a ratio needs both of its sides measured)")
    print()
    print("bounds: the most each ratio could be at the run's own CPU cost per row, every core busy")
    print("\n".join(bounds) or "(none: a bound needs the run's CPU and its peer measured)")
    print()
    print(profile_table(usages))


if __name__ == "__main__":
    main()
