"""A tenth round of faults, each ending with exact tables and counts.

- Redis restarted, empty, while `undo --wait` waits for the worker's answer (the undo's
  fold held on a lock), before or after the worker writes it;

The random choices come from random.Random(seed); the seed is printed (run with -rP, or
-s) and can be forced with FAULTS_SEED. Nothing here measures time.
"""

import json
import time

import pytest

from tests import services
from tests.helpers import backends, later_row_wins, people, run_json, start_cli, write_csv
from tests.test_faults_more import seeded
from tests.test_operations import dead_letters, status, table_locked

pytestmark = pytest.mark.faults  # Redis of its own restarted, workers killed: runs alone

WORKER_APP = "faults10-worker"  # the worker's application_name: its connections, no others


@pytest.fixture
def backend():
    """A Redis of the test's own (no persistence): restarted, it comes back empty."""
    node = services.Redis()
    yield node
    node.close()


# -- 1. Redis restarted while `undo --wait` waits -------------------------------------


@pytest.mark.timeout(180)
@pytest.mark.parametrize("moment", ["before the answer", "instead of the answer"])
def test_redis_restarted_while_undo_waits(
    db, env, start_worker, tmp_path, cli_processes, backend, moment
):
    """B renames A's people; B's undo waits on a lock on `people` while Redis restarts
    empty: before the worker writes its answer (it writes it to the new Redis), or down
    while the worker answers (the answer is lost) and back empty after. The undo is done
    once, and `undo --wait` says so (the import's history in PostgreSQL, with
    DATABASE_URL set for the CLI, tells it when Redis lost the answer)."""
    rng = seeded("Redis restarted mid-undo")
    env = {**env, "BACKEND_CONN": backend.url}
    url = env["DATABASE_URL"] + f"?application_name={WORKER_APP}"
    start_worker(extra_env={"BACKEND_CONN": backend.url, "DATABASE_URL": url})
    people_count = rng.randrange(50, 400)
    a_rows = [(f"A {n}", f"p{n}@example.com") for n in range(people_count)]
    b_rows = [(f"B {n}", f"p{n}@example.com") for n in range(0, people_count, 2)]
    run_json(env, "-csv", write_csv(tmp_path / "a.csv", a_rows), "--wait")
    b = run_json(env, "-csv", write_csv(tmp_path / "b.csv", b_rows), "--wait")
    with table_locked(db):
        undo = start_cli(env, "undo", b["import_id"], "--wait", "--json", "--timeout", "40")
        cli_processes.append(undo)
        services.wait_until(
            lambda: backends(db, app=WORKER_APP, locked=True) > 0, 30, "the undo blocked"
        )
        time.sleep(rng.uniform(0, 1))
        if moment == "before the answer":
            backend.restart()
        else:
            backend.kill()
    if moment != "before the answer":
        time.sleep(2)  # the worker answers to a Redis that is down
        backend.start()
    out, err = undo.communicate(timeout=60)
    assert undo.returncode == 0, err
    result = json.loads(out)
    assert (result["state"], result["import_id"]) == ("undone", b["import_id"])
    if "restored" in result:  # the worker's answer reached the new Redis
        assert (result["restored"], result["removed"]) == (len(b_rows), 0)
    else:  # the history's: the answer went with the Redis that was down
        assert "counts were lost" in err
    assert sorted(people(db)) == later_row_wins(a_rows)
    assert status(env, b["import_id"])["state"] == "undone"
    assert dead_letters(env["BROKER_CONN"], env["IMPORT_QUEUE"]) == 0
