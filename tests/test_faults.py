"""Fault tests (issue 4): kill workers, stop PostgreSQL, restart RabbitMQ, lose Redis,
send poison, run workers in parallel; every time the table ends exactly right.

A test that stops a service stops a throwaway copy of its own (services.py),
never the shared one. Faults land mid-import by construction, not by timing:
the test holds a lock on `people` until the worker has batches in flight
(received, unacknowledged, uncommitted), breaks something, then lets go.
Each test prints one row of the issue's table (run with -rP to see them):
FAULT | fault | rows in | rows stored | duplicates | seconds to recover.
"""

import json
import os
import pickle
import random
import re
import signal
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from kombu import Exchange, Producer
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from tests import services
from tests.helpers import (
    backends,
    dead_lettered,
    publishing_connection,
    run_json,
    start_cli,
    write_csv,
)

pytestmark = pytest.mark.faults

ROWS = 20_000


# -- data and expectations --------------------------------------------------


def distinct_people(count: int) -> list[tuple[str, str]]:
    return [(f"Person {i}", f"person.{i}@example.com") for i in range(count)]


def recurring_people(count: int, emails: int, seed: int = 4) -> list[tuple[str, str]]:
    """`count` rows over `emails` addresses, shuffled, the local part in mixed case."""
    rng = random.Random(seed)
    keys = [i % emails for i in range(count)]
    rng.shuffle(keys)
    rows = []
    for line, key in enumerate(keys):
        local = "".join(c.upper() if rng.random() < 0.5 else c for c in f"user.{key}")
        rows.append((f"Name {key} row {line}", f"{local}@example.com"))
    return rows


def later_row_wins(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The table a sequential import would leave: one person per email, the last row's values."""
    final = {}
    for name, email in rows:
        final[email.lower()] = (name, email)
    return sorted(final.values())


def table(engine) -> list[tuple[str, str]]:
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT full_name, email FROM people")).all()
    return sorted(tuple(row) for row in rows)


def duplicates(engine) -> int:
    with engine.connect() as connection:
        return connection.execute(
            text("SELECT count(*) - count(DISTINCT lower(email)) FROM people")
        ).scalar_one()


def stored_count(engine) -> int:
    with engine.connect() as connection:
        return connection.execute(text("SELECT count(*) FROM people")).scalar_one()


def stored_through(engine, line: int) -> int:
    with engine.connect() as connection:
        return connection.execute(
            text("SELECT count(*) FROM people WHERE source_line <= :line"), {"line": line}
        ).scalar_one()


def wait_for_table(engine, expected, timeout: float) -> float:
    """Seconds until the table equals `expected`; fails with a short diff after `timeout`."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if table(engine) == expected:
            return time.monotonic() - start
        time.sleep(0.5)
    actual = table(engine)
    missing, extra = set(expected) - set(actual), set(actual) - set(expected)
    pytest.fail(
        f"table differs after {timeout:.0f}s: {len(actual)} rows, {len(missing)} missing "
        f"(e.g. {sorted(missing)[:3]}), {len(extra)} unexpected (e.g. {sorted(extra)[:3]})"
    )


def wait_for_rows(engine, at_least: int, timeout: float = 60) -> None:
    services.wait_until(lambda: stored_count(engine) >= at_least, timeout, f"{at_least} rows")


def report(fault: str, rows_in: int, engine, recovered: float) -> None:
    print(
        f"\nFAULT | {fault} | {rows_in} | {stored_count(engine)} | "
        f"{duplicates(engine)} | {recovered:.1f}s"
    )


# -- processes --------------------------------------------------------------


def finish(cli: subprocess.Popen, timeout: float = 120) -> tuple[int, str, str]:
    try:
        stdout, stderr = cli.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        cli.kill()
        cli.communicate()
        raise
    return cli.returncode, stdout, stderr


@contextmanager
def table_locked(engine):
    """Hold an EXCLUSIVE lock on `people`: writers block mid-transaction, readers don't.

    Freezes the import at a known point, so a fault always lands on batches
    that are in flight (received, unacknowledged, uncommitted).
    """
    connection = engine.connect()
    try:
        connection.begin()
        connection.execute(text("LOCK TABLE people IN EXCLUSIVE MODE"))
        yield
    finally:
        try:
            connection.rollback()
            connection.close()
        except DBAPIError:  # the test stopped the database under us
            connection.invalidate()


def wait_for_blocked_writers(engine, count: int, timeout: float = 60) -> None:
    blocked = f"{count} blocked writers"
    services.wait_until(lambda: backends(engine, locked=True) >= count, timeout, blocked)


def pool_children(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [int(child) for child in children]


# -- 1. kill -9 -------------------------------------------------------------


@pytest.mark.timeout(120)
def test_kill_9_of_a_pool_process_loses_and_doubles_nothing(db, env, start_worker, tmp_path):
    rows = distinct_people(ROWS)
    csv = write_csv(tmp_path / "people.csv", rows)
    worker = start_worker(concurrency=2)
    with table_locked(db):
        cli = start_cli(env, "-csv", csv, "--wait", "--json")
        wait_for_blocked_writers(db, 2)  # both pool processes hold a batch
        os.kill(pool_children(worker.process.pid)[0], signal.SIGKILL)
        killed = time.monotonic()
    code, stdout, stderr = finish(cli)
    assert code == 0, stderr
    assert table(db) == later_row_wins(rows)
    report("kill -9 of one pool process", len(rows), db, time.monotonic() - killed)
    # Requeued by the per-row fast path, or by Celery's task_reject_on_worker_lost without it.
    lost = "WorkerLostError" if env.get("FAST_PATHS") == "0" else "pool process lost with a batch"
    assert lost in worker.log_path.read_text()


@pytest.mark.timeout(120)
def test_kill_9_of_the_whole_worker_then_a_restart_loses_and_doubles_nothing(
    db, env, start_worker, tmp_path
):
    rows = distinct_people(ROWS)
    csv = write_csv(tmp_path / "people.csv", rows)
    worker = start_worker(concurrency=2)
    with table_locked(db):
        cli = start_cli(env, "-csv", csv, "--wait", "--json")
        wait_for_blocked_writers(db, 2)
        os.killpg(worker.process.pid, signal.SIGKILL)  # main process and pool children
        killed = time.monotonic()
        worker.process.wait()
    start_worker(concurrency=2)
    code, stdout, stderr = finish(cli)
    assert code == 0, stderr
    assert table(db) == later_row_wins(rows)
    report("kill -9 of the whole worker, restarted", len(rows), db, time.monotonic() - killed)


# -- 2. PostgreSQL stopped --------------------------------------------------


@pytest.mark.timeout(150)
def test_postgres_stopped_for_15_seconds_loses_and_doubles_nothing(
    env, start_worker, tmp_path, scratch
):
    postgres = services.Postgres(scratch)
    engine = create_engine(postgres.url, pool_pre_ping=True)
    try:
        env["DATABASE_URL"] = postgres.url
        rows = distinct_people(ROWS)
        csv = write_csv(tmp_path / "people.csv", rows)
        start_worker(concurrency=2)
        with table_locked(engine):
            cli = start_cli({**env, "STALL_SECONDS": "90"}, "-csv", csv, "--wait", "--json")
            wait_for_blocked_writers(engine, 2)
            postgres.stop("immediate")
        time.sleep(15)
        postgres.start()
        restarted = time.monotonic()
        code, stdout, stderr = finish(cli)
        assert code == 0, stderr
        assert json.loads(stdout)["failed"] == 0
        assert table(engine) == later_row_wins(rows)
        report("PostgreSQL stopped 15 s", len(rows), engine, time.monotonic() - restarted)
    finally:
        engine.dispose()
        postgres.close()


# -- 3. RabbitMQ restarted --------------------------------------------------


@pytest.mark.timeout(150)
def test_rabbitmq_restart_then_one_rerun_stores_every_row_once(
    db, env, start_worker, tmp_path, scratch
):
    rabbitmq = services.RabbitMQ(scratch)
    try:
        env["BROKER_CONN"] = rabbitmq.url
        rows = distinct_people(ROWS)
        csv = write_csv(tmp_path / "people.csv", rows)
        worker = start_worker(concurrency=2)
        with table_locked(db):
            cli = start_cli(env, "-csv", csv)
            wait_for_blocked_writers(db, 2)  # the worker holds batches...
            os.kill(cli.pid, signal.SIGSTOP)  # ...and the CLI is mid-file
            rabbitmq.stop()
            stopped = time.monotonic()
            rabbitmq.start()
            os.kill(cli.pid, signal.SIGCONT)
        code, stdout, stderr = finish(cli)
        assert code in (0, 1), stderr
        if code == 1:
            assert "confirmed through line" in stderr and "rerun the same command" in stderr
            confirmed = int(re.search(r"confirmed through line (\d+)", stderr)[1])
            # What the broker confirmed survives its restart: stored with no rerun.
            services.wait_until(
                lambda: stored_through(db, confirmed) == confirmed - 1, 60, "confirmed rows"
            )
            summary = run_json({**env, "STALL_SECONDS": "20"}, "-csv", csv, "--wait", timeout=90)
            assert summary["failed"] == 0
        else:  # the CLI had published everything before the broker went away
            wait_for_table(db, later_row_wins(rows), timeout=60)
        assert table(db) == later_row_wins(rows)
        report(f"RabbitMQ restarted (CLI exit {code})", len(rows), db, time.monotonic() - stopped)
        assert (
            "Connected to amqp"
            in worker.log_path.read_text().split("Connection to broker lost")[-1]
        )
    finally:
        rabbitmq.close()


# -- 4. Redis down ----------------------------------------------------------


@pytest.mark.timeout(120)
def test_redis_down_stores_everything_and_wait_says_progress_is_unavailable(
    db, env, start_worker, tmp_path
):
    backend = services.Redis()
    try:
        env["BACKEND_CONN"] = backend.url
        rows = distinct_people(ROWS)
        csv = write_csv(tmp_path / "people.csv", rows)
        start_worker(concurrency=2)
        # Without DATABASE_URL the CLI has no history to follow instead (with it, --wait
        # reads PostgreSQL's: tests/test_faults_tenth.py).
        cli_env = {name: value for name, value in env.items() if name != "DATABASE_URL"}
        with table_locked(db):
            cli = start_cli(cli_env, "-csv", csv, "--wait")
            wait_for_blocked_writers(db, 2)
            backend.kill()
            killed = time.monotonic()
        code, stdout, stderr = finish(cli)
        assert code == 1
        assert "progress unavailable" in stderr and "Traceback" not in stderr
        wait_for_table(db, later_row_wins(rows), timeout=60)
        report("Redis (result backend) killed", len(rows), db, time.monotonic() - killed)
    finally:
        backend.close()


# -- 5. poison messages -----------------------------------------------------

IMPORT_ID = "20260101T000000000000Z-abcdef"
EMBED = {"callbacks": None, "errbacks": None, "chain": None, "chord": None}
PERSON = {"import_id": IMPORT_ID, "line": 2, "full_name": "Mallory", "email": "poison@example.com"}
POISON = {  # task id: (task name, body, content type)
    "pickle-person": ("tasks.store_person", pickle.dumps(((), PERSON, EMBED)), "pickle"),
    "pickle-people": (
        "tasks.store_people",
        pickle.dumps(((), {"import_id": IMPORT_ID, "rows": [[2, "Mallory", PERSON["email"]]]}, {})),
        "pickle",
    ),
    "not-json-person": ("tasks.store_person", b"\x00{not json", "json"),
    "not-json-people": ("tasks.store_people", b"\x00{not json", "json"),
    "wrong-types": (
        "tasks.store_person",
        json.dumps([[], {**PERSON, "line": "two", "full_name": 42, "email": ["x"]}, EMBED]),
        "json",
    ),
    "wrong-shape": (
        "tasks.store_people",
        json.dumps([[], {"import_id": IMPORT_ID, "rows": "all of them"}, EMBED]),
        "json",
    ),
    "unknown-task": ("tasks.drop_everything", json.dumps([[], PERSON, EMBED]), "json"),
}
CONTENT_TYPES = {"pickle": "application/x-python-serialize", "json": "application/json"}


def publish_poison(queue: str) -> None:
    with publishing_connection() as connection:
        producer = Producer(connection.default_channel, exchange=Exchange(queue, type="direct"))
        for task_id, (task, body, kind) in POISON.items():
            producer.publish(
                body,
                routing_key=queue,
                headers={"lang": "py", "task": task, "id": task_id},
                content_type=CONTENT_TYPES[kind],
                content_encoding="binary" if kind == "pickle" else "utf-8",
                delivery_mode=2,
            )


@pytest.mark.timeout(90)
def test_poison_messages_are_never_executed_and_the_worker_keeps_going(
    db, env, start_worker, tmp_path
):
    start_worker(concurrency=2)
    queue = env["IMPORT_QUEUE"]
    publish_poison(queue)
    started, dead = time.monotonic(), set()

    def settled():
        dead.update(dead_lettered(queue))
        return dead == set(POISON)

    # Each is parked for a person to look at, none acknowledged away.
    services.wait_until(settled, 30, "every poison message dead-lettered")
    assert table(db) == []  # nothing of them was executed

    rows = distinct_people(1_000)
    summary = run_json(env, "-csv", write_csv(tmp_path / "after.csv", rows), "--wait")
    assert (summary["stored"], summary["failed"]) == (1_000, 0)
    assert table(db) == later_row_wins(rows)
    report("poison messages, then a normal import", len(rows), db, time.monotonic() - started)


# -- 6. parallel workers ----------------------------------------------------

MODES = [pytest.param([], id="per-row"), pytest.param(["--batch-size", "500"], id="bulk")]


@pytest.mark.timeout(120)
@pytest.mark.parametrize("mode", MODES)
def test_four_processes_on_two_nodes_end_as_a_sequential_import(
    db, env, start_worker, tmp_path, mode
):
    rows = recurring_people(ROWS, emails=2_000)
    csv = write_csv(tmp_path / "people.csv", rows)
    start_worker(concurrency=2)
    start_worker(concurrency=2)
    started = time.monotonic()
    summary = run_json(env, "-csv", csv, "--wait", *mode, timeout=100)
    assert (summary["enqueued"], summary["stored"], summary["failed"]) == (ROWS, ROWS, 0)
    assert table(db) == later_row_wins(rows)
    name = "bulk" if mode else "per-row"
    report(f"4 processes on 2 nodes, {name}", len(rows), db, time.monotonic() - started)
