"""An eighth round of faults, each ending with exact tables and counts.

- a `lock_timeout` on the worker's connections and `people` locked past the retry window
  at random moments, per-row and bulk: the rows that gave up are dead-lettered
  `db.unavailable`, then replayed; each earlier line replayed after its later line loses;
- the worker killed -9 while an undo's fold waits on a lock, then a new worker; or the
  undo's CLI killed -9 there, then the same undo again;
- two `replay`s of one import at once while the import is still being stored, its refused
  rows still arriving in the dead-letter queue, then one more replay;
- a batch committed but never acknowledged (the worker lost), given up (`db.unavailable`)
  when delivered again: stored, not failed;
- an undone import's dead letters replayed: logged, never stored;
- a warm shutdown (SIGTERM) while the worker's batches wait on a lock, a per-row and a bulk
  import of the same people interleaved, then two workers, one killed -9;
- rows given up, then stored by copies published again (a CLI that changed node), then
  their dead letters replayed;
- Redis (with persistence) down for the import's last batches, then back from its
  snapshot: `status` and the `--wait` that followed the import.

The random choices come from random.Random(seed); the seed is printed (run with -rP, or
-s) and can be forced with FAULTS_SEED. Nothing here measures time.
"""

import json
import os
import signal
import time
from urllib.parse import quote

import pytest
import redis
from kombu import Connection, Producer
from sqlalchemy import create_engine, text

from csv_import.messages import person_message
from people_import_contract.job_record import job_key
from tests import services
from tests.helpers import (
    alembic,
    backends,
    later_row_wins,
    people,
    run_cli,
    run_json,
    start_cli,
    write_csv,
)
from tests.helpers import people_table as table
from tests.test_bulk_memory import held_by_workers
from tests.test_faults_more import freeze_and_kill, imported, seeded
from tests.test_faults_sixth import WORKER_APP, expected_counts, twice_far_apart
from tests.test_operations import counts, dead_letters, status, table_locked, waiting

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


STATISTICS_SECONDS = 5  # RabbitMQ's collect_statistics_interval, its default


def settled_letters(env) -> int:
    """The import's dead letters once every message is settled. A row is counted failed
    before the main process sends its dead letter, and the message is acknowledged once the
    broker confirmed the letter: on a loaded host it was still sending 2,000 of them one by
    one when they were counted (1,251 in CI). Nothing waiting or unacknowledged in either
    import queue: every letter is there."""
    broker, queue = env["BROKER_CONN"], env["IMPORT_QUEUE"]
    # rabbitmqctl's unacknowledged count is a statistic RabbitMQ refreshes every 5 s
    # (collect_statistics_interval): it said 0 before the worker's first delivery was
    # counted (CI). So: quiet, and the letters unchanged, for longer than that.
    seen = {"letters": -1, "since": time.monotonic()}

    def quiet_long_enough() -> bool:
        held = held_by_workers(queue) + held_by_workers(f"{queue}.bulk")
        letters = dead_letters(broker, queue)
        if waiting(broker, queue) or held or letters != seen["letters"]:
            seen.update(letters=letters, since=time.monotonic())
        return time.monotonic() - seen["since"] > STATISTICS_SECONDS + 1

    services.wait_until(quiet_long_enough, 120, "every message settled", every=0.5)
    return dead_letters(broker, queue)


# -- 1. a lock_timeout, `people` locked past the retry window, then a replay ---


@pytest.mark.timeout(240)
@pytest.mark.parametrize("mode", [[], ["--batch-size", "100"]], ids=["per-row", "bulk"])
def test_lock_timeout_past_the_retry_window_then_a_replay(db, env, start_worker, tmp_path, mode):
    rng = seeded("lock timeout then replay")
    rows = twice_far_apart(rng, 1500)
    import_id = run_json(env, "-csv", write_csv(tmp_path / "people.csv", rows), *mode)["import_id"]
    url = worker_url(env, lock_timeout=200)
    start_worker(concurrency=2, extra_env={"DATABASE_URL": url, "STORE_RETRY_SECONDS": "2"})
    for hold in range(2):
        at = len(rows) * rng.uniform(0.05, 0.3) * (hold + 1)
        # Stored or given up: a fast worker gives up every row it takes during the first
        # hold, and the rows stored may then never reach the second hold's mark.
        services.wait_until(lambda at=at: sum(imported(db, import_id)[:2]) >= at, 90,
                            f"{at:.0f} rows settled", every=0.01)  # fmt: skip
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
    # One dead letter per message with a failed row: a bulk message whose people another
    # batch in flight shared stores its other rows first, so only those shared rows may fail
    # (804 failed rows in 9 messages of 100 once; docs/worker.md, test_held_people.py).
    per_message = int(mode[1]) if mode else 1
    with db.connect() as connection:
        lines = connection.execute(
            text("SELECT line FROM import_failed_lines WHERE import_id = :id"), {"id": import_id}
        ).scalars()
        expected = len({(line - 2) // per_message for line in lines})  # line 1: header
    letters = settled_letters(env)
    assert letters == expected
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
        for name, email in twice_far_apart(rng, 1200)
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
    rows = twice_far_apart(rng, 1500)
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
    letters = settled_letters(env)
    again = run_json(env, "replay", import_id)
    assert (again["replayed"], again["left"]) == (letters, 0)
    services.wait_until(lambda: status(env, import_id)["state"] == "done", 60, "done")
    time.sleep(1)
    assert counts(status(env, import_id)) == expected_counts(rows)
    assert table(db) == later_row_wins(rows)
    assert dead_letters(env["BROKER_CONN"], env["IMPORT_QUEUE"]) == 0


# -- 5. an undone import's dead letters replayed -------------------------------


@pytest.mark.timeout(180)
def test_an_undone_imports_dead_letters_replayed_store_nothing(
    env, start_worker, tmp_path, bare_database
):
    """A's refused rows wait in the dead letters while A is undone (B, over some of the same
    people, stands); the cause fixed, they are replayed: logged, never stored, counted
    nowhere, dead-lettered again as `import.undone` (docs/undo.md; before, they counted
    `stored`, as if A stood). The table stays B's; B undone, nobody is left, and A's
    replayed rows do not come back."""
    rng = seeded("undone import replayed")
    env["DATABASE_URL"] = bare_database
    alembic(bare_database, "upgrade", "head")
    engine = create_engine(bare_database)
    with engine.begin() as connection:
        connection.execute(
            text("ALTER TABLE people ADD CONSTRAINT refused CHECK (full_name NOT LIKE 'Bad%')")
        )
    emails = rng.randrange(300, 800)
    a_rows = [(("Bad " if rng.random() < 0.3 else "") + f"A {n}", f"p{n}@example.com")
              for n in range(emails)]  # fmt: skip
    b_rows = [(f"B {n}", f"P{n}@example.com") for n in rng.sample(range(emails), emails // 2)]
    bad = sum(name.startswith("Bad") for name, _ in a_rows)
    try:
        start_worker(concurrency=2, extra_env={"DATABASE_URL": bare_database})
        a = run_cli(env, "-csv", write_csv(tmp_path / "a.csv", a_rows), "--wait", "--json")
        assert a.returncode == 3, a.stderr
        a_id = json.loads(a.stdout)["import_id"]
        b_id = run_json(env, "-csv", write_csv(tmp_path / "b.csv", b_rows), "--wait")["import_id"]
        assert run_json(env, "undo", a_id, "--wait")["state"] == "undone"
        assert table(engine) == later_row_wins(b_rows)
        with engine.begin() as connection:
            connection.execute(text("ALTER TABLE people DROP CONSTRAINT refused"))
        assert run_json(env, "replay", a_id)["replayed"] == bad
        parked = lambda: dead_letters(env["BROKER_CONN"], env["IMPORT_QUEUE"])  # noqa: E731
        services.wait_until(lambda: parked() == bad, 60, "replayed rows dead-lettered again")
        time.sleep(1)
        view = status(env, a_id)
        print({k: view[k] for k in ("state", "stored", "failed", "replayed")})
        assert (view["state"], view["stored"], view["failed"], view["replayed"]) == (
            "undone", emails - bad, bad, 0,
        )  # fmt: skip
        letters = run_json(env, "dead-letters")
        assert "import.undone" in json.dumps(letters) and parked() == bad
        assert table(engine) == later_row_wins(b_rows)
        assert run_json(env, "undo", b_id, "--wait")["state"] == "undone"
        assert table(engine) == []
    finally:
        engine.dispose()


# -- 6. a warm shutdown while batches wait on a lock, two imports interleaved ---


@pytest.mark.timeout(240)
def test_warm_shutdown_while_batches_wait_on_a_lock_then_two_workers(
    db, env, start_worker, tmp_path, cli_processes
):
    """A per-row and a bulk import of the same people published at once (a backlog of
    both); the worker's batches wait on a lock on `people` when it gets SIGTERM (a warm
    shutdown: what it holds finishes once the lock goes, the rest goes back); then two
    workers, one killed -9 at a random moment and started again. Later import wins; each
    import's counts exact; each person inserted by one import."""
    rng = seeded("warm shutdown on a lock")
    people_count = 2000
    files = []
    for name, flags in (("A", []), ("B", ["--batch-size", rng.choice(["50", "200"])])):
        rows = [(f"{name} {key} {n}", f"person.{key}@example.com")
                for n, key in enumerate(rng.choices(range(people_count), k=3000))]  # fmt: skip
        files.append((rows, ["-csv", write_csv(tmp_path / f"{name}.csv", rows), "--json", *flags]))
    started = [start_cli(env, *args) for _rows, args in files]
    cli_processes.extend(started)
    ids = []
    for cli in started:
        out, err = cli.communicate(timeout=120)
        assert cli.returncode == 0, err
        ids.append(json.loads(out)["import_id"])
    worker = start_worker(concurrency=2, extra_env={"DATABASE_URL": worker_url(env)})
    services.wait_until(lambda: imported(db, ids[0])[0] + imported(db, ids[1])[0] > 0, 60,
                        "storing", every=0.01)  # fmt: skip
    with table_locked(db):
        services.wait_until(lambda: backends(db, app=WORKER_APP, locked=True) > 0, 30, "blocked")
        worker.process.send_signal(signal.SIGTERM)
        time.sleep(rng.uniform(0, 3))
    assert worker.process.wait(60) == 0, worker.log_path.read_text()[-3000:]
    print(f"warm shutdown with {[imported(db, i)[0] for i in ids]} stored")
    start_worker(concurrency=1)
    victim = start_worker(concurrency=2)
    time.sleep(rng.uniform(0.2, 2))
    os.killpg(victim.process.pid, signal.SIGKILL)
    victim.process.wait()
    print(f"kill -9 with {[imported(db, i)[0] for i in ids]} stored")
    start_worker(concurrency=2)
    for import_id in ids:
        services.wait_until(lambda i=import_id: status(env, i)["state"] == "done", 120, "done")
    time.sleep(1)  # a double count would land now
    (a_rows, _), (b_rows, _) = files
    ordered = [rows for _i, rows in sorted(zip(ids, (a_rows, b_rows), strict=True))]
    assert table(db) == later_row_wins(ordered[0] + ordered[1])
    inserted = 0
    for import_id, (rows, _args) in zip(ids, files, strict=True):
        view = status(env, import_id)
        distinct = len({email.lower() for _name, email in rows})
        assert (view["stored"], view["failed"], view["superseded"]) == (
            len(rows), 0, len(rows) - distinct,
        )  # fmt: skip
        assert view["inserted"] + view["updated"] + view["unchanged"] == distinct
        inserted += view["inserted"]
    assert inserted == len(table(db))
    assert dead_letters(env["BROKER_CONN"], env["IMPORT_QUEUE"]) == 0


# -- 7. a row given up, then stored by a copy the CLI published again ----------


def publish_copies(env, import_id: str, rows, lines) -> None:
    """Copies of these lines' per-row messages, as a CLI that changed node publishes what
    the lost node had not confirmed: new messages, not flagged redelivered."""
    with Connection(env["BROKER_CONN"], transport_options={"confirm_publish": True}) as conn:
        producer = Producer(conn.default_channel)
        for line in lines:
            name, email = rows[line - 2]  # line 1 is the header
            body, headers, properties = person_message(import_id, line, name, email)
            producer.publish(body, routing_key=env["IMPORT_QUEUE"], headers=headers,
                             content_type="application/json", content_encoding="utf-8",
                             delivery_mode=2, **properties)  # fmt: skip


@pytest.mark.timeout(180)
def test_rows_given_up_then_stored_by_a_copy_then_replayed(db, env, start_worker, tmp_path):
    """Every row of a per-row backlog is given up (`people` locked past the retry window);
    then copies of some of them are stored (published again, as by a CLI that changed
    node), and the import's dead letters are replayed. Until the replay those rows count
    both stored and failed (docs/guarantees.md); after it, the import is done with exact
    counts. Before, a replayed dead letter whose row a copy had stored took nothing off:
    `failed` stayed at the copies' number, state `done_with_failures`, every row stored."""
    rng = seeded("given up, then a copy stored")
    rows = [(f"Person {n}", f"p{n}@example.com") for n in range(2000)]
    import_id = run_json(env, "-csv", write_csv(tmp_path / "people.csv", rows))["import_id"]
    url = worker_url(env, lock_timeout=200)
    with table_locked(db):
        start_worker(concurrency=2, extra_env={"DATABASE_URL": url, "STORE_RETRY_SECONDS": "2"})
        services.wait_until(lambda: imported(db, import_id)[1] == len(rows), 90, "all given up")
    copied = sorted(rng.sample(range(2, len(rows) + 2), rng.randrange(1, 400)))
    publish_copies(env, import_id, rows, copied)
    services.wait_until(lambda: imported(db, import_id)[0] == len(copied), 60, "copies stored")
    view = status(env, import_id)
    assert (view["stored"], view["failed"]) == (len(copied), len(rows)), view
    assert run_json(env, "replay", import_id)["replayed"] == len(rows)
    services.wait_until(lambda: imported(db, import_id)[0] == len(rows), 60, "replayed stored")
    time.sleep(1)  # a double count would land now
    view = status(env, import_id)
    print(f"{len(copied)} copies stored; then", counts(view))
    assert counts(view) == expected_counts(rows)
    assert (view["replayed"], view["failed_by_reason"]) == (len(rows), {})
    assert table(db) == later_row_wins(rows)
    assert dead_letters(env["BROKER_CONN"], env["IMPORT_QUEUE"]) == 0


# -- 8. Redis down for the import's last batches, back with its snapshot --------


def redis_with_snapshots(folder):
    """A Redis of its own that loads its snapshot (dump.rdb in `folder`) when started
    again, as one with persistence does after a restart (only SAVE writes it here)."""
    backend = services.Redis()
    backend.kill()
    backend.command = [*backend.command, "--dir", str(folder), "--dbfilename", "dump.rdb"]
    backend.start()
    return backend


def save_and_kill(backend) -> None:
    client = redis.Redis.from_url(backend.url)
    client.save()
    client.close()
    backend.kill()


@pytest.mark.timeout(180)
@pytest.mark.parametrize("mode", [[], ["--batch-size", "100"]], ids=["per-row", "bulk"])
def test_redis_back_from_its_snapshot_after_the_last_batches(
    db, env, start_worker, tmp_path, cli_processes, mode
):
    """Redis (with persistence) saved its snapshot and went down mid-import; the worker
    stored the rest, its counter writes failing; Redis came back from the snapshot, the
    CLI's fields and the counts as they were. `status`, and the `--wait` that followed the
    import (stopped meanwhile), must say what PostgreSQL holds: done. Before, `status` said
    `running` with 2,000 of 6,000 rows stored (then `stalled`), and `--wait` exit 1,
    `stalled`, every row stored."""
    rng = seeded("Redis back from its snapshot")
    backend = redis_with_snapshots(tmp_path)
    try:
        env = {**env, "BACKEND_CONN": backend.url, "STALL_SECONDS": "3"}
        rows = twice_far_apart(rng, 3000)
        start_worker(concurrency=2, extra_env=env)
        cli = start_cli(env, "-csv", write_csv(tmp_path / "people.csv", rows), "--wait",
                        "--json", *mode)  # fmt: skip
        cli_processes.append(cli)
        logs = tmp_path / "logs"
        services.wait_until(lambda: any(logs.glob("*.log")), 30, "the CLI's log")
        import_id = next(logs.glob("*.log")).stem
        client = redis.Redis.from_url(backend.url, decode_responses=True)
        services.wait_until(lambda: client.hget(job_key(import_id), "enqueued") is not None,
                            60, "every row enqueued", every=0.01)  # fmt: skip
        client.close()
        os.kill(cli.pid, signal.SIGSTOP)  # waiting for the rows to be stored
        at = len(rows) * rng.uniform(0.1, 0.7)
        services.wait_until(lambda: imported(db, import_id)[0] >= at, 60, f"{at:.0f} stored",
                            every=0.01)  # fmt: skip
        save_and_kill(backend)
        print(f"Redis down with {imported(db, import_id)[0]} of {len(rows)} stored")
        services.wait_until(lambda: imported(db, import_id)[0] == len(rows), 60, "all stored")
        backend.start()
        view = status(env, import_id)
        print({k: view[k] for k in ("state", "stored", "pending")})
        assert view["state"] == "done" and counts(view) == expected_counts(rows)
        os.kill(cli.pid, signal.SIGCONT)
        out, err = cli.communicate(timeout=60)
        assert cli.returncode == 0, err
        summary = json.loads(out)
        assert summary["state"] == "done" and counts(summary) == expected_counts(rows)
    finally:
        backend.close()
