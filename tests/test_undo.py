"""Undo and preview through the real services: CLI, RabbitMQ, a worker, PostgreSQL."""

import json
import uuid

import jsonschema
import pytest
from kombu import Connection

from people_import_contract.limits import new_import_id
from tests import services
from tests.helpers import BROKER_URL, ROOT, people, run_cli, run_json, write_csv

pytestmark = pytest.mark.e2e
A_ROWS = [("Ann Lee", "ann@example.com"), ("Ben Ode", "ben@example.com"), ("Cy Park", "cy@x.org")]


def undo(env, import_id, *flags):
    result = run_cli(env, "undo", import_id, "--wait", "--json", *flags)
    return result.returncode, json.loads(result.stdout), result.stderr


@pytest.mark.timeout(240)
def test_undo_after_renames_and_inserts_and_the_preview_predicts_the_import(
    db, env, start_worker, tmp_path
):
    start_worker()
    a = run_json(env, "-csv", write_csv(tmp_path / "a.csv", A_ROWS), "--wait")
    after_a = people(db)
    b_rows = [
        ("Ann Lee-Smith", "ann@example.com"),  # renamed
        ("Ben Ode", "BEN@example.com"),  # the address's spelling changed
        ("Cy Park", "cy@x.org"),  # unchanged
        ("Dee New", "dee@example.com"),  # new
        ("Dee New", "dee@example.com"),  # the same row twice
        ("Eve New", "eve@example.com"),  # new
    ]
    b_csv = write_csv(tmp_path / "b.csv", b_rows)
    preview = run_json(env, "-csv", b_csv, "--dry-run")
    assert (preview["would_insert"], preview["would_update"], preview["unchanged"]) == (2, 2, 1)
    assert preview["in_file_duplicates"] == 1
    assert people(db) == after_a  # the preview changed nothing
    for flags in ([], ["--batch-size", "100"]):  # per-row, then bulk: each undone in turn
        b = run_json(env, "-csv", b_csv, "--wait", *flags)
        assert (b["inserted"], b["updated"], b["unchanged"]) == (2, 2, 1)
        code, result, _ = undo(env, b["import_id"])
        assert code == 0
        assert (result["state"], result["restored"], result["removed"], result["kept"]) == (
            "undone", 2, 2, 0,
        )  # fmt: skip
        assert people(db) == after_a
        view = json.loads(run_cli(env, "status", b["import_id"], "--json").stdout)
        assert view["state"] == "undone"
        schema = json.loads((ROOT / "CSVProcessor" / "summary.schema.json").read_text())
        jsonschema.validate(view, schema)
        code, again, stderr = undo(env, b["import_id"])  # a second undo changes nothing
        assert code == 0 and again["changed"] is False and "already undone" in stderr
        assert (again["restored"], again["removed"]) == (0, 0)
    # A later import C renames one of A's people: undoing A keeps her, removes the others.
    c = run_json(
        env, "-csv", write_csv(tmp_path / "c.csv", [("Ann C", "ann@example.com")]), "--wait"
    )
    code, result, stderr = undo(env, a["import_id"])
    assert code == 0 and (result["restored"], result["removed"], result["kept"]) == (0, 2, 1)
    assert "kept" in stderr
    assert people(db) == [("Ann C", "ann@example.com")]
    code, result, _ = undo(env, a["import_id"])
    assert (code, result["changed"], result["kept"]) == (0, False, 1)
    assert json.loads(run_cli(env, "status", c["import_id"], "--json").stdout)["state"] == "done"


@pytest.mark.timeout(240)
def test_undo_refuses_unknown_ids_and_a_running_import(db, env, start_worker, tmp_path):
    code, result, stderr = undo(env, "not-an-id")
    assert (code, result["state"]) == (2, "unknown") and "not an import id" in stderr
    worker = start_worker()
    code, result, _ = undo(env, new_import_id())  # well formed, never seen
    assert (code, result["state"]) == (2, "unknown")
    worker.stop()
    # No worker: the import's rows wait in the queue, so it is still running.
    rows = [(f"P {n}", f"p{n}@example.com") for n in range(300)]
    pending = run_json(env, "-csv", write_csv(tmp_path / "p.csv", rows))
    code, result, stderr = undo(env, pending["import_id"])
    assert (code, result["state"]) == (2, "refused") and "still running" in stderr
    start_worker()
    done = run_cli(env, "status", pending["import_id"], "--json")
    assert json.loads(done.stdout)["import_id"] == pending["import_id"]
    services.wait_until(lambda: len(people(db)) == 300, 120, "the import stored")
    services.wait_until(
        lambda: (
            json.loads(run_cli(env, "status", pending["import_id"], "--json").stdout)["state"]
            == "done"
        ),
        60,
        "the import done",
    )
    code, result, _ = undo(env, pending["import_id"])
    assert (code, result["removed"]) == (0, 300)
    assert people(db) == []


@pytest.fixture
def second_queue(env):
    """The environment of a second import queue (no worker on it until a test starts one)."""
    queue = f"e2e-{uuid.uuid4().hex[:8]}"
    yield {**env, "IMPORT_QUEUE": queue}
    with Connection(BROKER_URL) as connection:
        channel = connection.channel()
        for name in (queue, f"{queue}.bulk", f"{queue}.dead"):
            channel.queue_delete(name)
            channel.exchange_delete(name)


@pytest.mark.timeout(300)
@pytest.mark.parametrize("flags", [[], ["--batch-size", "50"]], ids=["per-row", "bulk"])
def test_undo_is_defined_on_the_history_as_a_whole(
    db, env, second_queue, start_worker, tmp_path, flags
):
    """docs/undo.md's cases, through the CLI and a worker: (a) A inserts Ann, B renames her;
    (b) D starts first, B (a later id) writes the same people before D reaches them."""
    emails = [f"p{n}@example.com" for n in range(100)]
    d_csv = write_csv(tmp_path / "d.csv", [(f"D {e}", e) for e in emails])
    # No worker on D's queue yet. Per-row: a worker started on a bulk backlog may die
    # (issue 21 item 1, fixed elsewhere); both modes store through the same code.
    d = run_json(second_queue, "-csv", d_csv)
    start_worker()
    a_rows = [("Ann", "ann@example.com")] + [(f"A {e}", e) for e in emails]
    a = run_json(env, "-csv", write_csv(tmp_path / "a.csv", a_rows), "--wait", *flags)
    b_rows = [("Ann Smith", "ann@example.com")] + [(f"B {e}", e) for e in emails]
    b = run_json(env, "-csv", write_csv(tmp_path / "b.csv", b_rows), "--wait", *flags)
    assert d["import_id"] < a["import_id"] < b["import_id"]
    start_worker(extra_env={"IMPORT_QUEUE": second_queue["IMPORT_QUEUE"]})

    def d_done():
        view = json.loads(run_cli(env, "status", d["import_id"], "--json").stdout)
        return view["state"] == "done" and view["stored"] == 100

    services.wait_until(d_done, 120, "D stored")
    assert {name[0] for name, _ in people(db)} == {"A", "B"}  # B is the latest: it stands
    # Only A undone: B stands for all of them (Ann keeps B's name).
    code, result, _ = undo(env, a["import_id"])
    assert (code, result["restored"], result["removed"], result["kept"]) == (0, 0, 0, 101)
    assert sorted(people(db)) == sorted([("Ann Smith", "ann@example.com")] + b_rows[1:])
    # B undone too: Ann goes (A and B both undone), and D, which still stands, is back.
    code, result, _ = undo(env, b["import_id"])
    assert (code, result["restored"], result["removed"], result["kept"]) == (0, 100, 1, 0)
    assert sorted(people(db)) == sorted((f"D {e}", e) for e in emails)
