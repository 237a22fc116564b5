"""Once Redis forgot an import, PostgreSQL answers: status, list and undo of every kind of ending.

Three imports end three ways: done, interrupted (SIGTERM), failed (the file grew
while it was read). Their job records are then deleted from Redis (as a flush or
the TTL would; the shared Redis itself is never flushed), and `status`, `list`
and `undo` must tell what the CLI told when it ended. After an undo, Redis holds
a record with only `undone_at`: it is merged with the history, never shown as 0.
"""

import json
import signal
import time

import jsonschema
import pytest
import redis
from sqlalchemy import text

from people_import_contract.fast_paths import fast_paths_enabled
from people_import_contract.job_record import job_key
from tests.helpers import BACKEND_URL, ROOT, people, run_cli, run_json, start_cli, write_csv
from tests.services import wait_until

pytestmark = pytest.mark.e2e
SCHEMA = json.loads((ROOT / "CSVProcessor" / "summary.schema.json").read_text())


def ended_early(env, tmp_path, name: str, rows: int, fault, cli_processes) -> dict:
    """An import stopped by `fault(cli, csv)` once it has begun; its JSON summary."""
    people_rows = [(f"{name} {n}", f"{name}{n}@example.com") for n in range(rows)]
    csv = write_csv(tmp_path / name, people_rows)
    logs = tmp_path / "logs"
    before = set(logs.glob("*.log")) if logs.is_dir() else set()
    cli = start_cli(env, "-csv", csv, "--json")
    cli_processes.append(cli)
    wait_until(lambda: set(logs.glob("*.log")) - before, 60, "the import's log")
    time.sleep(0.5)
    fault(cli, csv)
    out, err = cli.communicate(timeout=120)
    assert "Traceback" not in err
    return json.loads(out) | {"exit": cli.returncode, "stderr": err}


def grow(cli, csv) -> None:
    with open(csv, "a", encoding="utf-8") as handle:
        handle.write('"Late Row",late@example.com\n')


def status(env, import_id) -> dict:
    view = json.loads(run_cli(env, "status", import_id, "--json").stdout)
    jsonschema.validate(view, SCHEMA)
    return view


def stored_in_history(db, import_id) -> int:
    with db.connect() as connection:
        query = text("SELECT coalesce(stored, 0) FROM imports WHERE import_id = :i")
        return connection.execute(query, {"i": import_id}).scalar() or 0


@pytest.mark.timeout(400)
def test_status_list_and_undo_after_redis_forgot_done_interrupted_and_failed_imports(
    db, env, start_worker, tmp_path, cli_processes
):
    start_worker()
    done = run_json(env, "-csv", write_csv(tmp_path / "done.csv", [("Ann", "ann@x.org")]), "--wait")
    # Long enough to be still reading half a second in; Celery's plain strategy (FAST_PATHS=0)
    # stores a row per transaction, so fewer rows there.
    rows = 20_000 if fast_paths_enabled(env) else 10_000
    failed = ended_early(env, tmp_path, "grown", rows, grow, cli_processes)
    assert failed["exit"] == 1 and "changed while it was read" in failed["stderr"]
    interrupted = ended_early(
        env, tmp_path, "stopped", rows, lambda cli, _: cli.send_signal(signal.SIGTERM),
        cli_processes,
    )  # fmt: skip
    assert interrupted["exit"] == 130
    imports = {"failed": failed, "interrupted": interrupted, "done": done}
    for summary in imports.values():
        import_id, enqueued = summary["import_id"], summary["enqueued"]
        wait_until(lambda: stored_in_history(db, import_id) == enqueued, 240, "stored")  # noqa: B023
    client = redis.Redis.from_url(BACKEND_URL)
    client.delete(*(job_key(s["import_id"]) for s in imports.values()))  # Redis forgot them
    for state, summary in imports.items():
        view = status(env, summary["import_id"])
        assert (view["state"], view["source"]) == (state, "history")
        assert (view["rows"], view["enqueued"], view["stored"]) == (
            summary["rows"], summary["enqueued"], summary["enqueued"],
        )  # fmt: skip
    listed = json.loads(run_cli(env, "list", "--limit", "3", "--json").stdout)
    jsonschema.validate(listed, SCHEMA)
    assert {v["import_id"]: v["state"] for v in listed["imports"]} == {
        s["import_id"]: state for state, s in imports.items()
    }
    for summary in imports.values():  # undo refused none of them: none is running
        result = run_cli(env, "undo", summary["import_id"], "--wait", "--json")
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["state"] == "undone"
        # Redis now holds only the undo's `undone_at`: merged with the history.
        assert client.hkeys(job_key(summary["import_id"])) == [b"undone_at"]
        view = status(env, summary["import_id"])
        assert (view["state"], view["rows"], view["enqueued"]) == (
            "undone", summary["rows"], summary["enqueued"],
        )  # fmt: skip
    assert people(db) == []
