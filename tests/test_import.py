"""The whole path: CLI -> RabbitMQ -> worker (prefork) -> PostgreSQL, in both modes."""

import json
import uuid

import jsonschema
import pytest
from kombu import Connection
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from people_import_contract.queues import import_queue
from tests.helpers import (
    ADMIN_URL,
    BROKER_URL,
    ROOT,
    alembic,
    people,
    run_cli,
    run_json,
    write_csv,
)

pytestmark = pytest.mark.e2e
MODES = [pytest.param([], id="per-row"), pytest.param(["--batch-size", "3"], id="bulk")]


@pytest.mark.parametrize("mode", MODES)
def test_valid_rows_are_stored_and_bad_ones_reported(db, env, start_worker, tmp_path, mode):
    start_worker()
    csv = write_csv(
        tmp_path / "people.csv",
        [
            ("Ada Lovelace", "ada@example.com"),
            ("Alan Turing", "alan@example.org"),
            ("", "nobody@example.com"),
            ("No Email", "not-an-email"),
            ("Grace Hopper", "grace@example.net"),
        ],
    )
    summary = run_json(env, "-csv", csv, "--wait", *mode)
    assert {
        k: summary[k] for k in ("rows", "accepted", "rejected", "enqueued", "stored", "failed")
    } == {
        "rows": 5,
        "accepted": 3,
        "rejected": 2,
        "enqueued": 3,
        "stored": 3,
        "failed": 0,
    }
    assert summary["state"] == "done"
    assert people(db) == [
        ("Ada Lovelace", "ada@example.com"),
        ("Alan Turing", "alan@example.org"),
        ("Grace Hopper", "grace@example.net"),
    ]


@pytest.mark.parametrize("mode", MODES)
def test_one_person_per_email_and_the_later_row_wins(db, env, start_worker, tmp_path, mode):
    start_worker()
    csv = write_csv(
        tmp_path / "people.csv",
        [
            ("Ana First", "Ana@Example.com"),
            ("Bob", "bob@example.com"),
            ("Ana Second", "ANA@example.com"),
            ("Ana Last", "ana@example.com"),
        ],
    )
    run_json(env, "-csv", csv, "--wait", *mode)
    again = run_json(env, "-csv", csv, "--wait", *mode)
    assert again["stored"] == 4 and again["inserted"] == 0
    assert people(db) == [("Ana Last", "ana@example.com"), ("Bob", "bob@example.com")]


def test_a_later_import_overrides_an_earlier_one(db, env, start_worker, tmp_path):
    start_worker()
    run_json(env, "-csv", write_csv(tmp_path / "a.csv", [("Old Name", "x@example.com")]), "--wait")
    run_json(env, "-csv", write_csv(tmp_path / "b.csv", [("New Name", "X@example.com")]), "--wait")
    assert people(db) == [("New Name", "X@example.com")]


def queue_depth(queue: str) -> int:
    with Connection(BROKER_URL) as connection:
        channel = connection.channel()
        try:
            return channel.queue_declare(queue, passive=True).message_count
        except Exception:  # the queue was never declared: nothing was enqueued
            return 0


def test_a_missing_file_exits_2_with_one_line_and_enqueues_nothing(env, tmp_path):
    result = run_cli(env, "-csv", tmp_path / "nope.csv")
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "nope.csv" in lines[0] and "Traceback" not in result.stderr
    assert queue_depth(env["IMPORT_QUEUE"]) == 0


def test_an_unreachable_broker_exits_1_with_one_line(env, tmp_path):
    csv = write_csv(tmp_path / "p.csv", [("Ada", "ada@example.com")])
    result = run_cli({**env, "BROKER_CONN": "amqp://guest:secret@127.0.0.1:1//"}, "-csv", csv)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "p.csv" in lines[0] and "broker unreachable" in lines[0]
    assert "secret" not in result.stderr


def test_wait_says_when_an_import_stalls_and_status_agrees(env, tmp_path):
    """A consumer that takes the rows and never stores them: no progress for STALL_SECONDS."""
    csv = write_csv(tmp_path / "p.csv", [("Ada", "ada@example.com")])
    with Connection(BROKER_URL) as connection:
        holder = connection.Consumer(import_queue(env["IMPORT_QUEUE"]), no_ack=False)
        holder.qos(prefetch_count=1)
        holder.consume()  # declared, one consumer: not "no worker"
        result = run_cli({**env, "STALL_SECONDS": "2"}, "-csv", csv, "--wait", "--json")
        assert result.returncode == 1
        assert "stalled" in result.stderr and "is a worker running" in result.stderr
        summary = json.loads(result.stdout)
        assert (summary["state"], summary["pending"]) == ("stalled", 1)
        view = json.loads(
            run_cli({**env, "STALL_SECONDS": "2"}, "status", summary["import_id"], "--json").stdout
        )
        assert view["state"] == "stalled"


def test_wait_says_within_seconds_that_no_worker_is_consuming(env, tmp_path):
    csv = write_csv(tmp_path / "p.csv", [("Ada", "ada@example.com")])
    alone = run_json(env, "-csv", csv)  # without --wait: the summary says so
    assert (alone["state"], alone["workers"]) == ("enqueued", 0)
    # STALL_SECONDS is 60: a CLI that waited for the stall would outlive this timeout.
    result = run_cli(env, "-csv", csv, "--wait", "--json", timeout=40)
    assert result.returncode == 1
    assert "no worker is consuming the queue" in result.stderr
    assert json.loads(result.stdout)["state"] == "enqueued"


def test_a_database_not_migrated_is_a_failure_with_a_hint(env, start_worker, tmp_path):
    """The schema gone under a running worker (a worker started on an empty database now
    refuses to start: tests/test_schema_check.py): every row refused, a failure with a hint."""
    name = f"people_bare_{uuid.uuid4().hex[:8]}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        bare = make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False)
        alembic(bare, "upgrade", "head")
        start_worker(extra_env={"DATABASE_URL": bare})
        alembic(bare, "downgrade", "base")
        csv = write_csv(tmp_path / "p.csv", [("Ada", "ada@example.com")])
        result = run_cli(env, "-csv", csv, "--wait", "--json")
        assert result.returncode == 3, result.stderr
        summary = json.loads(result.stdout)
        assert (summary["state"], summary["stored"], summary["failed"]) == (
            "done_with_failures", 0, 1,
        )  # fmt: skip
        assert summary["failed_by_reason"] == {"db.refused": 1}
        text_result = run_cli(env, "-csv", csv, "--wait")
        assert text_result.returncode == 3
        assert "alembic upgrade head" in text_result.stdout
        assert "csvprocessor dead-letters" in text_result.stdout
        assert "state       done_with_failures" in text_result.stdout
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def test_status_of_a_finished_and_of_an_unknown_import(db, env, start_worker, tmp_path):
    start_worker()
    csv = write_csv(tmp_path / "p.csv", [("Ada", "ada@example.com"), ("Bad", "bad")])
    import_id = run_json(env, "-csv", csv, "--wait")["import_id"]
    status = json.loads(run_cli(env, "status", import_id, "--json").stdout)
    assert status["state"] == "done"
    assert (status["stored"], status["rejected"], status["enqueued"]) == (1, 1, 1)
    unknown = run_cli(env, "status", "20200101T000000000000Z-000000", "--json")
    assert unknown.returncode == 2 and json.loads(unknown.stdout)["state"] == "unknown"


def test_status_json_is_the_imports_own_summary_and_both_follow_the_schema(
    db, env, start_worker, tmp_path
):
    schema = json.loads((ROOT / "CSVProcessor" / "summary.schema.json").read_text())
    start_worker()
    csv = write_csv(tmp_path / "p.csv", [("Ada", "ada@example.com"), ("Bad", "bad")])
    summary = run_json(env, "-csv", csv, "--wait")
    status = json.loads(run_cli(env, "status", summary["import_id"], "--json").stdout)
    for view in (summary, status):
        jsonschema.validate(view, schema)
    assert status["state"] == "done" and status["pending"] == 0
    same = set(summary) - {"state", "workers"}  # workers: the consumers when the CLI ended
    assert {k: status[k] for k in same} == {k: summary[k] for k in same}
