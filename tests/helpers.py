"""Helpers of the end-to-end suite: service URLs, the CLI as a subprocess, worker processes."""

import json
import os
import random
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import jsonschema
from kombu import Connection
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from people_import_contract.queues import dead_letter_queue

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
ADMIN_URL = os.environ.get(
    "TEST_ADMIN_DATABASE_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres"
)
BROKER_URL = os.environ.get("TEST_BROKER_CONN", "amqp://guest:guest@127.0.0.1:5672//")
# scripts/test.sh runs the suite in several pytest-xdist processes ("gw0", "gw1", ...): each has a
# Redis database of its own, as `list` shows every import its Redis holds.
_XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER")
_REDIS_DB = int(_XDIST_WORKER.removeprefix("gw")) + 1 if _XDIST_WORKER else 0
BACKEND_URL = os.environ.get("TEST_BACKEND_CONN", f"redis://127.0.0.1:6379/{_REDIS_DB}")


def publishing_connection() -> Connection:
    """A broker connection whose every publish waits for the broker's confirm.

    Without confirms, a connection closed right after its last publish can lose it:
    7 messages published to a quorum queue, then close, arrived short in 2 trials of 40
    (py-amqp's confirm_publish: https://docs.celeryq.dev/projects/kombu/en/stable/reference/kombu.transport.pyamqp.html).
    """
    return Connection(BROKER_URL, transport_options={"confirm_publish": True})


def dead_lettered(queue: str) -> set[str]:
    """The ids of the messages waiting in the queue's dead-letter queue, taken off it."""
    ids = set()
    with Connection(BROKER_URL) as connection:
        # The contract's declaration: a plain SimpleQueue would redeclare it as classic (refused).
        dead = dead_letter_queue(queue)(connection.default_channel)
        while (message := dead.get(no_ack=True)) is not None:
            ids.add(str(message.headers.get("id")))
    return ids


def backends(
    engine, aggregate: str = "count(*)", *, app: str | None = None, locked: bool = False
) -> int:
    """An aggregate over the other connections to the test's database (pg_stat_activity):
    those of one application_name, those waiting on a lock."""
    where = ["datname = current_database()", "pid <> pg_backend_pid()"]
    if app is not None:
        where.append("application_name = :app")
    if locked:
        where.append("wait_event_type = 'Lock'")
    query = f"SELECT {aggregate} FROM pg_stat_activity WHERE {' AND '.join(where)}"
    with engine.connect() as connection:
        return connection.execute(text(query), {"app": app}).scalar_one()


def people(engine) -> list[tuple[str, str]]:
    with engine.connect() as connection:
        return connection.execute(
            text("SELECT full_name, email FROM people ORDER BY lower(email)")
        ).all()


class Worker:
    """`celery -A tasks worker` (prefork) as a child process, logging to a file."""

    def __init__(self, env: dict, log_path: Path, concurrency: int = 2, extra_env=None):
        self.log_path = log_path
        self.log_file = log_path.open("ab")
        self.name = f"e2e-{uuid.uuid4().hex[:6]}@%h"
        self.process = subprocess.Popen(
            [
                VENV_BIN / "celery",
                "-A",
                "tasks",
                "worker",
                "-P",
                "prefork",
                "-c",
                str(concurrency),
                "-n",
                self.name,
                "--loglevel=INFO",
                "--without-mingle",
                "--without-gossip",
            ],
            cwd=ROOT / "StorePeople",
            env={**env, **(extra_env or {})},
            stdout=self.log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            self.wait_until_ready()
        except BaseException:  # never tracked by a fixture: it would run on after the tests
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
            self.log_file.close()
            raise

    def wait_until_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if " ready." in self.log_path.read_text(errors="replace"):
                return
            if self.process.poll() is not None:
                raise RuntimeError(f"worker exited: {self.log_path.read_text()[-2000:]}")
            time.sleep(0.2)
        raise RuntimeError(f"worker not ready in {timeout}s: {self.log_path.read_text()[-2000:]}")

    def stop(self, timeout: float = 30) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log_file.close()


def default_sigint() -> None:
    """Ctrl-C's default disposition in the CLI, whatever the test run inherited.

    A shell starts background jobs with SIGINT ignored (POSIX, Shell Command Language,
    2.11 "Signals and Error Handling"), and Python installs no KeyboardInterrupt handler for
    a signal ignored at start (https://docs.python.org/3/library/signal.html#signal.SIG_IGN).
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start_cli(env: dict, *args) -> subprocess.Popen:
    """The CLI started with `args`, its output piped, Ctrl-C as a user's terminal sends it:
    for a test that signals or kills it."""
    return subprocess.Popen(
        [sys.executable, "csvprocessor.py", *map(str, args)],
        cwd=ROOT / "CSVProcessor",
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=default_sigint,
    )


def run_cli(env: dict, *args, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "csvprocessor.py", *map(str, args)],
        cwd=ROOT / "CSVProcessor",
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


SUMMARY_SCHEMA = json.loads((ROOT / "CSVProcessor" / "summary.schema.json").read_text())


def run_json(env: dict, *args, timeout: float = 300) -> dict:
    """The command's one JSON object, valid against summary.schema.json; exit 0 expected."""
    result = run_cli(env, *args, "--json", timeout=timeout)
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    jsonschema.validate(output, SUMMARY_SCHEMA)
    return output


def write_csv(path: Path, rows: list[tuple[str, str]], header=("full_name", "email")) -> Path:
    lines = [",".join(header)] + [f'"{name}",{email}' for name, email in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def alembic(database_url: str, *args) -> None:
    """`alembic ARGS` from StorePeople/ on that database (upgrade head, downgrade base...)."""
    subprocess.run(
        [VENV_BIN / "alembic", *args],
        cwd=ROOT / "StorePeople",
        env={**os.environ, "DATABASE_URL": database_url},
        check=True,
        capture_output=True,
    )


def worker_refusing(env: dict, **extra) -> subprocess.CompletedProcess:
    """`celery -A tasks worker` with a setting it must refuse at start: its exit and output."""
    return subprocess.run(
        [VENV_BIN / "celery", "-A", "tasks", "worker"],
        cwd=ROOT / "StorePeople",
        env={**env, **extra},
        capture_output=True,
        text=True,
        timeout=120,
    )


@contextmanager
def empty_database(prefix: str) -> Iterator[str]:
    """The URL of a database of its own, empty (no schema), dropped after."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def run_until_ready(command: list, cwd: Path, env: dict, log: Path, seconds: float = 60) -> str:
    """Start a worker (its output to `log`), wait for its "storepeople: ready" line, stop it;
    the log's text."""
    with log.open("wb") as out:
        worker = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + seconds
            while "storepeople: ready" not in log.read_text() and time.monotonic() < deadline:
                assert worker.poll() is None, log.read_text()
                time.sleep(0.2)
        finally:
            worker.terminate()
            worker.wait(30)
    return log.read_text()


# -- the merge policies' model (docs/undo.md), for tests that predict a table -------------

POLICIES = ("overwrite", "fill-blanks", "insert-only")


def seeded(name: str, variable: str) -> random.Random:
    """A Random from the seed in `variable`, else a new one; printed, to run it again."""
    seed = int(os.environ.get(variable) or random.SystemRandom().randrange(2**32))
    print(f"\n{name}: {variable}={seed}")
    return random.Random(seed)


def people_table(db) -> list[tuple[str, str]]:
    """The people table's (name, email), sorted."""
    with db.connect() as connection:
        rows = connection.execute(text("SELECT full_name, email FROM people")).all()
    return sorted(tuple(row) for row in rows)


def later_row_wins(rows) -> list[tuple[str, str]]:
    """The (name, email) a file of such rows leaves: each person's last row."""
    final = {}
    for name, email in rows:
        final[email.lower()] = (name, email)
    return sorted(final.values())


def apply(people: dict, rows, policy: str) -> dict:
    """docs/undo.md's rule, one import at a time (its last row per person), on rows of
    (name, email, known fields...): the first write inserts; overwrite sets every field;
    fill-blanks only the empty known ones; insert-only nothing."""
    people = dict(people)
    last = {row[1].lower(): row for row in rows}
    for key, (name, email, *fields) in last.items():
        row = (name, email, *(value or None for value in fields))
        if key not in people or policy == "overwrite":
            people[key] = row
        elif policy == "fill-blanks":
            had = people[key]
            people[key] = (
                *had[:2],
                *(old or new for old, new in zip(had[2:], row[2:], strict=True)),
            )
    return people


def fold(*standing) -> dict:
    """The table the standing imports leave, (rows, policy) in the order they were written."""
    people: dict = {}
    for rows, policy in standing:
        people = apply(people, rows, policy)
    return people


def predicted(before: dict, rows, policy: str) -> dict:
    """The counts an import of `rows` under `policy` reports, over the table `before`."""
    after, keys = apply(before, rows, policy), {row[1].lower() for row in rows}
    return {
        "inserted": sum(key not in before for key in keys),
        "updated": sum(key in before and after[key] != before[key] for key in keys),
        "unchanged": sum(key in before and after[key] == before[key] for key in keys),
        "superseded": len(rows) - len(keys),
    }
