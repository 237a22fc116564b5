"""The whole path: CLI -> RabbitMQ -> worker (prefork) -> PostgreSQL, in both modes."""

import json

import jsonschema
import pytest
from kombu import Connection

from tests.helpers import BROKER_URL, ROOT, people, run_cli, run_json, write_csv

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


def test_wait_says_when_an_import_stalls(env, tmp_path):
    csv = write_csv(tmp_path / "p.csv", [("Ada", "ada@example.com")])
    result = run_cli({**env, "STALL_SECONDS": "2"}, "-csv", csv, "--wait")
    assert result.returncode == 1
    assert "stalled" in result.stderr and "is a worker running" in result.stderr


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
    same = set(summary) - {"state"}
    assert {k: status[k] for k in same} == {k: summary[k] for k in same}
