"""An eighth round of faults, each ending with exact tables and counts.

- a `lock_timeout` on the worker's connections and `people` locked past the retry window
  at random moments, per-row and bulk: the rows that gave up are dead-lettered
  `db.unavailable`, then replayed; each earlier line replayed after its later line loses;
- the worker killed -9 while an undo's fold waits on a lock, then a new worker; or the
  undo's CLI killed -9 there, then the same undo again;
- two `replay`s of one import at once while the import is still being stored, its refused
  rows still arriving in the dead-letter queue, then one more replay.

The random choices come from random.Random(seed); the seed is printed (run with -rP, or
-s) and can be forced with FAULTS_SEED. Nothing here measures time.
"""

import json
import os
import signal
import time
from urllib.parse import quote

import pytest
from sqlalchemy import create_engine, text

from tests import services
from tests.helpers import alembic, backends, later_row_wins, people, run_json, start_cli, write_csv
from tests.helpers import people_table as table
from tests.test_faults_more import freeze_and_kill, imported, seeded
from tests.test_faults_sixth import WORKER_APP, expected_counts, twice_far_apart
from tests.test_operations import counts, dead_letters, status, table_locked

pytestmark = pytest.mark.faults  # kills and held locks: runs alone


def worker_url(env, **settings) -> str:
    """The worker's DATABASE_URL, its connections named WORKER_APP, with libpq `options`
    (`-c lock_timeout=300`) when given."""
    options = " ".join(f"-c {name}={value}" for name, value in settings.items())
    url = env["DATABASE_URL"] + f"?application_name={WORKER_APP}"
    return url + (f"&options={quote(options)}" if options else "")


def settled(db, import_id: str, rows: int, timeout: float = 120) -> None:
    """Every row of the import stored or counted failed in PostgreSQL."""
    services.wait_until(
        lambda: sum(imported(db, import_id)[:2]) >= rows, timeout, "every row stored or failed"
    )


# -- 1. a lock_timeout, `people` locked past the retry window, then a replay ---


@pytest.mark.timeout(240)
@pytest.mark.parametrize("mode", [[], ["--batch-size", "100"]], ids=["per-row", "bulk"])
def test_lock_timeout_past_the_retry_window_then_a_replay(db, env, start_worker, tmp_path, mode):
    rng = seeded("lock timeout then replay")
    rows = twice_far_apart(rng, 3000)
    import_id = run_json(env, "-csv", write_csv(tmp_path / "people.csv", rows), *mode)["import_id"]
    url = worker_url(env, lock_timeout=200)
    start_worker(concurrency=2, extra_env={"DATABASE_URL": url, "STORE_RETRY_SECONDS": "2"})
    for hold in range(2):
        at = len(rows) * rng.uniform(0.05, 0.3) * (hold + 1)
        services.wait_until(lambda at=at: imported(db, import_id)[0] >= at, 90,
                            f"{at:.0f} rows stored", every=0.01)  # fmt: skip
        held = rng.uniform(3, 6)  # past STORE_RETRY_SECONDS, whatever the moment
        with table_locked(db):
            time.sleep(held)
        print(f"people locked {held:.1f} s at {imported(db, import_id)[:2]} stored, failed")
    settled(db, import_id, len(rows))
    time.sleep(1)  # a double count would land now
    view = status(env, import_id)
    failed = view["failed"]
    print({k: view[k] for k in ("state", "stored", "failed", "failed_by_reason")})
    assert failed > 0, "the lock must outlast a batch's retries"
    assert view["stored"] + failed == len(rows)
    assert view["failed_by_reason"] == {"db.unavailable": failed}
    letters = dead_letters(env["BROKER_CONN"], env["IMPORT_QUEUE"])
    assert letters == (failed if not mode else failed // int(mode[1])), letters
    again = run_json(env, "replay", import_id)
    assert (again["replayed"], again["left"]) == (letters, 0)
    services.wait_until(lambda: status(env, import_id)["state"] == "done", 60, "done")
    time.sleep(1)
    view = status(env, import_id)
    assert counts(view) == expected_counts(rows)
    assert (view["replayed"], view["failed_by_reason"]) == (failed, {})
    assert table(db) == later_row_wins(rows)
    assert dead_letters(env["BROKER_CONN"], env["IMPORT_QUEUE"]) == 0


# -- 2. the worker or the undo's CLI killed while the undo's fold waits ---------


@pytest.mark.timeout(180)
@pytest.mark.parametrize("victim", ["worker", "cli"])
def test_an_undo_whose_worker_or_cli_is_killed_mid_fold(
    db, env, start_worker, tmp_path, cli_processes, victim
):
    rng = seeded("undo killed mid-fold")
    worker = start_worker(extra_env={"DATABASE_URL": worker_url(env)})
    a_rows = [(f"A {n}", f"p{n}@example.com") for n in range(rng.randrange(200, 600))]
    b_rows = [(f"B {n}", f"P{n}@example.com") for n in rng.sample(range(len(a_rows)), 150)]
    b_rows += [(f"New {n}", f"new{n}@example.com") for n in range(rng.randrange(1, 50))]
    run_json(env, "-csv", write_csv(tmp_path / "a.csv", a_rows), "--wait")
    b = run_json(env, "-csv", write_csv(tmp_path / "b.csv", b_rows), "--wait")
    with table_locked(db):
        undo = start_cli(env, "undo", b["import_id"], "--wait", "--json", "--timeout", "90")
        cli_processes.append(undo)
        services.wait_until(
            lambda: backends(db, app=WORKER_APP, locked=True) > 0, 30, "the undo blocked"
        )
        if victim == "worker":
            os.killpg(worker.process.pid, signal.SIGKILL)
            worker.process.wait()
        else:
            undo.kill()
            undo.communicate()
    if victim == "worker":
        start_worker(extra_env={"DATABASE_URL": worker_url(env)})
        out, err = undo.communicate(timeout=120)
        assert undo.returncode == 0, err
        result = json.loads(out)
        assert (result["state"], result["restored"], result["removed"]) == (
            "undone", 150, len(b_rows) - 150,
        )  # fmt: skip
    else:
        result = run_json(env, "undo", b["import_id"], "--wait")
        assert result["state"] == "undone"
    assert sorted(people(db)) == later_row_wins(a_rows)
    assert status(env, b["import_id"])["state"] == "undone"
    assert run_json(env, "undo", b["import_id"], "--wait")["changed"] is False
    assert dead_letters(env["BROKER_CONN"], env["IMPORT_QUEUE"]) == 0


# -- 3. two replays at once while the import is still stored -------------------


@pytest.mark.timeout(240)
def test_two_replays_at_once_while_the_import_runs(
    env, start_worker, tmp_path, cli_processes, bare_database
):
    rng = seeded("two replays while running")
    env["DATABASE_URL"] = bare_database  # the worker's too (start_worker reads this env)
    alembic(bare_database, "upgrade", "head")
    engine = create_engine(bare_database)
    with engine.begin() as connection:
        connection.execute(
            text("ALTER TABLE people ADD CONSTRAINT refused CHECK (full_name NOT LIKE 'Bad%')")
        )
    rows = [
        (("Bad " if rng.random() < 0.2 else "") + name, email)
        for name, email in twice_far_apart(rng, 2500)
    ]
    bad = sum(name.startswith("Bad") for name, _ in rows)
    queue, broker = env["IMPORT_QUEUE"], env["BROKER_CONN"]
    import_id = run_json(env, "-csv", write_csv(tmp_path / "people.csv", rows))["import_id"]
    try:
        start_worker(concurrency=2)
        at = rng.randrange(1, bad // 3)
        services.wait_until(lambda: dead_letters(broker, queue) >= at, 90, f"{at} dead letters",
                            every=0.01)  # fmt: skip
        with engine.begin() as connection:
            connection.execute(text("ALTER TABLE people DROP CONSTRAINT refused"))
        replays = [start_cli(env, "replay", import_id, "--json") for _ in range(2)]
        running = imported(engine, import_id)[:2]
        cli_processes.extend(replays)
        replayed = 0
        for replay in replays:
            out, err = replay.communicate(timeout=60)
            assert replay.returncode == 0, err
            replayed += json.loads(out)["replayed"]
        print(f"{replayed} replayed at once; (stored, failed) {running} of {len(rows)} then")
        assert replayed > 0 and sum(running) < len(rows), "the replays must land mid-import"
        settled(engine, import_id, len(rows))
        services.wait_until(lambda: dead_letters(broker, queue) + imported(engine, import_id)[0]
                            >= len(rows), 60, "the replayed stored")  # fmt: skip
        last = run_json(env, "replay", import_id)
        assert last["left"] == 0
        services.wait_until(lambda: status(env, import_id)["state"] == "done", 60, "done")
        time.sleep(1)  # a double count would land now
        view = status(env, import_id)
        assert counts(view) == expected_counts(rows)
        # Each row refused before the constraint went is replayed once; the later ones stored.
        assert (view["replayed"], view["failed_by_reason"]) == (replayed + last["replayed"], {})
        assert table(engine) == later_row_wins(rows)
        assert dead_letters(broker, queue) == 0
    finally:
        engine.dispose()


# -- 4. a batch committed, not acknowledged, given up when delivered again ------


@pytest.mark.timeout(240)
@pytest.mark.parametrize("mode", [[], ["--batch-size", "100"]], ids=["per-row", "bulk"])
def test_committed_rows_given_up_when_delivered_again_are_not_failures(
    db, env, start_worker, tmp_path, mode
):
    """The worker's main process freezes while its pool commits batches (nothing is
    acknowledged), then it is killed; the next worker finds `people` locked past its
    retry window (a lock_timeout) when those batches come back, and gives them up as
    `db.unavailable`. Their rows were stored: they must not also count failed, and a
    replay of their dead letters must store nothing again and leave the import done."""
    rng = seeded("committed then given up")
    rows = twice_far_apart(rng, 3000)
    import_id = run_json(env, "-csv", write_csv(tmp_path / "people.csv", rows), *mode)["import_id"]
    lost_with = freeze_and_kill(start_worker(concurrency=2), db, import_id)
    url = worker_url(env, lock_timeout=200)
    with table_locked(db):
        start_worker(concurrency=2, extra_env={"DATABASE_URL": url, "STORE_RETRY_SECONDS": "2"})
        services.wait_until(lambda: imported(db, import_id)[1] > 0, 60, "batches given up")
        time.sleep(rng.uniform(0, 3))
    settled(db, import_id, len(rows))
    time.sleep(1)  # a double count would land now
    view = status(env, import_id)
    print(f"lost with {lost_with} stored; then {view['stored']} stored, {view['failed']} failed")
    assert view["stored"] + view["failed"] == len(rows), view
    assert view["failed_by_reason"] == {"db.unavailable": view["failed"]}
    letters = dead_letters(env["BROKER_CONN"], env["IMPORT_QUEUE"])
    again = run_json(env, "replay", import_id)
    assert (again["replayed"], again["left"]) == (letters, 0)
    services.wait_until(lambda: status(env, import_id)["state"] == "done", 60, "done")
    time.sleep(1)
    assert counts(status(env, import_id)) == expected_counts(rows)
    assert table(db) == later_row_wins(rows)
    assert dead_letters(env["BROKER_CONN"], env["IMPORT_QUEUE"]) == 0
