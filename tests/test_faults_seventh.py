"""A seventh round of faults, each ending with exact tables and counts.

- the worker frozen (SIGSTOP of its whole process group: a suspended VM, a stopped
  container) past RabbitMQ's consumer_timeout, twice, then thawed, per-row and bulk;
- `replay` of an import's dead letters killed -9 midway through its sweep, then run again;
- an undo among another import's batches, the worker's connections terminated at random
  moments, then that import undone, then the first;
- a memory alarm on the broker's node from the CLI's first row, or from a random moment of
  its publishing, per-row and bulk;
- rows the database refuses, their batches committed but never acknowledged (the worker
  lost), delivered again;
- two workers on a per-row backlog with refused rows, one of them killed -9 and started
  again four times.

The random choices come from random.Random(seed); the seed is printed (run with -rP, or
-s) and can be forced with FAULTS_SEED. Nothing here measures time.
"""

import json
import os
import shutil
import signal
import tempfile
import time
from pathlib import Path

import pytest
from kombu import Connection
from sqlalchemy import create_engine, text

from tests import services
from tests.helpers import POLICIES, alembic, fold, later_row_wins, run_json, start_cli, write_csv
from tests.helpers import people_table as table
from tests.test_faults_more import freeze_and_kill, imported, known, person, seeded, write_known
from tests.test_faults_sixth import (
    WORKER_APP,
    expected_counts,
    terminate_worker_connections,
    twice_far_apart,
)
from tests.test_operations import counts, dead_letters, status

pytestmark = pytest.mark.faults  # signals and private brokers: runs alone


@pytest.fixture(scope="module")
def impatient_broker():
    """A node of its own that takes back a consumer's unacknowledged deliveries after 3 s
    (consumer_timeout, 30 min by default), checked every 0.5 s (channel_tick_interval, 60 s
    by default: RabbitMQ's docs, "Consumers", Delivery Acknowledgement Timeout)."""
    folder = Path(tempfile.mkdtemp(prefix="people-faults7-"))
    folder.chmod(0o755)
    node = services.RabbitMQ(folder, name="faults7t", start=False)
    with (node.folder / "rabbitmq.conf").open("a") as conf:
        conf.write("consumer_timeout = 3000\n")
    advanced = node.folder / "advanced.config"
    advanced.write_text("[{rabbit, [{channel_tick_interval, 500}]}].\n")
    node.env["RABBITMQ_ADVANCED_CONFIG_FILE"] = str(advanced)
    try:
        node.start()
        yield node
    finally:
        node.close()
        shutil.rmtree(folder, ignore_errors=True)


def signal_when(process, broker_url: str, queue: str, reached, signum) -> int:
    """Send `signum` to the process once `reached(messages waiting in queue)`, polling on one
    channel (a connection per poll is slower than a replay's sweep); the count then."""
    with Connection(broker_url) as connection:
        channel = connection.default_channel

        def waiting() -> int:
            return channel.queue_declare(queue, passive=True).message_count

        services.wait_until(lambda: reached(waiting()), 60, f"{queue} reached", every=0.002)
        os.kill(process.pid, signum)
        return waiting()


# -- 1. the worker frozen past the consumer timeout ---------------------------


@pytest.mark.timeout(240)
@pytest.mark.parametrize("mode", [[], ["--batch-size", "100"]], ids=["per-row", "bulk"])
def test_worker_frozen_past_the_consumer_timeout_then_thawed(
    db, env, impatient_broker, start_worker, tmp_path, mode
):
    """RabbitMQ closes the channel of a consumer that held a delivery past consumer_timeout
    (PRECONDITION_FAILED) and requeues what it held. Thawed, the worker reconnects and goes
    on; the batches its pool committed while frozen come back and count once. Before, the
    worker exited at the first thaw (`Unrecoverable error: PreconditionFailed`), the rest of
    the file waiting for a worker (celery/celery#6760: Celery retries a channel error only
    with broker_channel_error_retry)."""
    rng = seeded("frozen worker")
    env = {**env, "BROKER_CONN": impatient_broker.url}
    rows = twice_far_apart(rng, 10_000)
    import_id = run_json(env, "-csv", write_csv(tmp_path / "people.csv", rows), *mode)["import_id"]
    worker = start_worker(concurrency=2, extra_env=env)
    for freeze in range(2):
        at = len(rows) * rng.uniform(0.1, 0.4) * (freeze + 1)
        services.wait_until(lambda at=at: imported(db, import_id)[0] >= at, 90,
                            f"{at:.0f} rows stored", every=0.01)  # fmt: skip
        os.killpg(worker.process.pid, signal.SIGSTOP)
        held = rng.uniform(5, 9)  # past the timeout and a tick, whatever the moment
        time.sleep(held)
        os.killpg(worker.process.pid, signal.SIGCONT)
        print(f"frozen {held:.1f} s with {imported(db, import_id)[0]} of {len(rows)} stored")
    services.wait_until(lambda: status(env, import_id)["state"] == "done", 120, "done")
    time.sleep(1)  # a double count would land now
    assert worker.process.poll() is None, worker.log_path.read_text()[-3000:]
    assert "timed out" in worker.log_path.read_text()  # the broker did take them back
    assert table(db) == later_row_wins(rows)
    assert counts(status(env, import_id)) == expected_counts(rows)
    assert dead_letters(env["BROKER_CONN"], env["IMPORT_QUEUE"]) == 0


# -- 2. a replay of dead letters killed midway, then run again ----------------


@pytest.mark.timeout(240)
@pytest.mark.parametrize("mode", [[], ["--batch-size", "30"]], ids=["per-row", "bulk"])
def test_a_replay_killed_midway_then_run_again(
    env, start_worker, tmp_path, cli_processes, bare_database, mode
):
    """Every row dead-lettered (the schema gone under a running worker, as
    tests/test_replay.py), the schema back, then `replay` killed -9 at a random moment of its
    sweep (a dead letter published back but not yet acknowledged is kept twice), and run
    again: every row stored once, `replayed` and `failed` exact, nothing left."""
    rng = seeded("replay killed")
    rows = twice_far_apart(rng, 1500)
    messages = len(rows) // (int(mode[1]) if mode else 1) + 1  # and the CLI's record_import
    env["DATABASE_URL"] = bare_database  # the worker's too (start_worker reads this env)
    alembic(bare_database, "upgrade", "head")
    start_worker(concurrency=2)
    alembic(bare_database, "downgrade", "base")
    import_id = run_json(env, "-csv", write_csv(tmp_path / "people.csv", rows), *mode)["import_id"]
    queue, broker = env["IMPORT_QUEUE"], env["BROKER_CONN"]
    services.wait_until(lambda: dead_letters(broker, queue) == messages, 60, "all dead-lettered")
    assert status(env, import_id)["failed"] == len(rows)
    alembic(bare_database, "upgrade", "head")
    replay = start_cli(env, "replay", import_id, "--json")
    cli_processes.append(replay)
    at = rng.randrange(1, messages // 2)
    signal_when(replay, broker, f"{queue}.dead", lambda left: left <= messages - at, signal.SIGKILL)
    replay.communicate()
    left = dead_letters(broker, queue)
    print(f"replay killed with {left} of {messages} dead letters left")
    assert 0 < left < messages, "the kill must land mid-sweep"
    again = run_json(env, "replay", import_id)
    assert (again["replayed"], again["left"]) == (left, 0)
    services.wait_until(lambda: status(env, import_id)["state"] == "done", 60, "done")
    time.sleep(1)  # a double count would land now
    view = status(env, import_id)
    assert counts(view) == expected_counts(rows)
    assert (view["replayed"], view["failed_by_reason"]) == (len(rows), {})
    engine = create_engine(bare_database)
    try:
        assert table(engine) == later_row_wins(rows)
    finally:
        engine.dispose()
    assert dead_letters(broker, queue) == 0


# -- 3. an undo among another import's batches, connections terminated; then undo that one --


@pytest.mark.timeout(240)
def test_an_undo_among_another_imports_batches_with_connections_terminated_then_undo_that_one(
    db, env, start_worker, tmp_path, cli_processes
):
    """A inserts, B changes them; C writes the same people (bulk, a generated policy) while B
    is undone, the worker's connections terminated at random moments of both. The table ends
    as the fold of A and C; then C undone leaves A's, and A undone leaves nothing."""
    rng = seeded("undo among batches, connections terminated")
    people = 1500
    url = env["DATABASE_URL"] + f"?application_name={WORKER_APP}"
    worker = start_worker(concurrency=2, extra_env={"DATABASE_URL": url})
    standing = []
    for name, policy in (("A", "overwrite"), ("B", rng.choice(POLICIES))):
        rows = [person(rng, key) for key in range(people)]
        done = run_json(env, "-csv", write_known(tmp_path / f"{name}.csv", rows), "--wait",
                        "--merge", policy, *rng.choice([[], ["--batch-size", "100"]]))  # fmt: skip
        standing.append((rows, policy, done["import_id"]))
    (a_rows, a_policy, a_id), (_, b_policy, b_id) = standing
    c_rows = [person(rng, rng.randrange(people)) for _ in range(20_000)]
    c_policy = rng.choice(POLICIES)
    print(f"B --merge {b_policy}, C --merge {c_policy}")
    c_csv = write_known(tmp_path / "C.csv", c_rows)
    c_cli = start_cli(env, "-csv", c_csv, "--wait", "--json", "--merge", c_policy,
                      "--batch-size", "200")  # fmt: skip
    cli_processes.append(c_cli)
    logs = tmp_path / "logs"
    services.wait_until(lambda: len(list(logs.glob("*.log"))) == 3, 30, "C's log")
    c_id = max(log.stem for log in logs.glob("*.log"))
    services.wait_until(lambda: imported(db, c_id)[0] > 0, 60, "C storing", every=0.01)
    undo_cli = start_cli(env, "undo", b_id, "--wait", "--json", "--timeout", "120")
    cli_processes.append(undo_cli)
    # A drawn number of faults, at random moments while either runs: terminating every
    # 0.2 s for as long as they run leaves a transaction slower than that (a loaded CI
    # host) no moment to commit, each retry backing off up to 30 s (store.in_transaction):
    # in CI C's batches and the undo then outlasted the undo's 120 s.
    faults, terminated = rng.randint(5, 25), 0
    while (c_cli.poll() is None or undo_cli.poll() is None) and faults:
        time.sleep(rng.uniform(0.0, 0.4))
        ended = terminate_worker_connections(db)
        terminated, faults = terminated + ended, faults - bool(ended)
    print(f"{terminated} connections terminated")
    out, err = undo_cli.communicate()
    assert undo_cli.returncode == 0, err + worker.log_path.read_text()[-3000:]
    assert json.loads(out)["state"] == "undone"
    out, err = c_cli.communicate()
    assert c_cli.returncode == 0, err
    c = json.loads(out)
    assert known(db) == fold((a_rows, a_policy), (c_rows, c_policy))
    distinct = len({row[1].lower() for row in c_rows})
    assert (c["stored"], c["failed"], c["inserted"]) == (len(c_rows), 0, 0)
    assert c["updated"] + c["unchanged"] == distinct
    assert c["superseded"] == len(c_rows) - distinct
    undo_c = run_json(env, "undo", c_id, "--wait")
    assert (undo_c["state"], undo_c["removed"]) == ("undone", 0)
    assert known(db) == fold((a_rows, a_policy))
    undo_a = run_json(env, "undo", a_id, "--wait")
    assert (undo_a["removed"], known(db)) == (people, {})
    for import_id in (a_id, b_id, c_id):
        assert status(env, import_id)["state"] == "undone"
    assert dead_letters(env["BROKER_CONN"], env["IMPORT_QUEUE"]) == 0


# -- 4. a memory alarm on the broker while the CLI publishes -------------------


@pytest.fixture(scope="module")
def broker():
    """A node of this module's own, for its alarms."""
    folder = Path(tempfile.mkdtemp(prefix="people-faults7a-"))
    folder.chmod(0o755)
    node = services.RabbitMQ(folder, name="faults7a")
    try:
        yield node
    finally:
        node.close()
        shutil.rmtree(folder, ignore_errors=True)


def memory_alarm(node, on: bool) -> None:
    """A watermark below what the node uses raises its memory alarm at once; 0.4 (the
    default) clears it (rabbitmqctl set_vm_memory_high_watermark)."""
    node.ctl("set_vm_memory_high_watermark", "0.0000001" if on else "0.4")


@pytest.mark.timeout(180)
@pytest.mark.parametrize("mode", [[], ["--batch-size", "50"]], ids=["per-row", "bulk"])
@pytest.mark.parametrize("moment", ["from-the-start", "mid-file"])
def test_a_memory_alarm_while_the_cli_publishes(
    db, env, broker, start_worker, tmp_path, cli_processes, mode, moment
):
    """The node blocks the CLI's connection (connection.blocked) for a few seconds, from
    before its first row or from a random moment of its publishing: the CLI waits, then
    finishes (exit 0), every row once. Before, an alarm on when it began publishing ended
    it 1-2 s later: exit 1, "lost the broker ([Errno 110] Connection timed out); confirmed
    through line 0", and `status` then showed 1,000 rows stored of an import `failed` with 0
    enqueued (the unconfirmed message had arrived). Mid-file it survived: what it sent fitted
    in the node's socket buffer, grown while it was reading."""
    rng = seeded("memory alarm")
    env = {**env, "BROKER_CONN": broker.url}
    rows = twice_far_apart(rng, 10_000)
    messages = len(rows) // (int(mode[1]) if mode else 1)
    csv = write_csv(tmp_path / "people.csv", rows)
    if moment == "from-the-start":
        memory_alarm(broker, True)
        cli = start_cli(env, "-csv", csv, "--json", *mode)
        cli_processes.append(cli)
        alarmed_at = 0
    else:
        cli = start_cli(env, "-csv", csv, "--json", *mode)
        cli_processes.append(cli)  # no worker yet: the queue counts what was confirmed
        name = f"{env['IMPORT_QUEUE']}.bulk" if mode else env["IMPORT_QUEUE"]
        at = rng.randrange(messages // 2)
        # Stopped mid-file, whatever the host's speed.
        alarmed_at = signal_when(cli, broker.url, name, lambda queued: queued >= at, signal.SIGSTOP)
        memory_alarm(broker, True)
        os.kill(cli.pid, signal.SIGCONT)
    held = rng.uniform(3, 10)
    time.sleep(held)
    memory_alarm(broker, False)
    print(f"alarm at {alarmed_at} of {messages} messages, held {held:.1f} s")
    assert alarmed_at < messages
    out, err = cli.communicate(timeout=120)
    assert cli.returncode == 0, err
    summary = json.loads(out)
    import_id = summary["import_id"]
    assert summary["enqueued"] == len(rows)
    start_worker(concurrency=2, extra_env=env)
    services.wait_until(lambda: status(env, import_id)["state"] == "done", 90, "done")
    time.sleep(1)  # a double count would land now
    assert table(db) == later_row_wins(rows)
    assert counts(status(env, import_id)) == expected_counts(rows)
    assert dead_letters(broker.url, env["IMPORT_QUEUE"]) == 0


# -- 5. rows the database refuses, their batches delivered again ---------------


@pytest.mark.timeout(240)
@pytest.mark.parametrize("mode", [[], ["--batch-size", "100"]], ids=["per-row", "bulk"])
def test_refused_rows_delivered_again_count_failed_once(
    env, start_worker, tmp_path, bare_database, mode
):
    """The database refuses some rows (a CHECK constraint of the test's); the worker's main
    process freezes while its pool counts them (nothing is acknowledged), then it is killed:
    delivered again, each refused row is still one failure. Before (migration 0009), they
    were counted again: `failed` 1,393 for 1,051 refused rows per-row, 1,072 for 1,001 bulk,
    with `stored` exact (stored + failed above the rows enqueued)."""
    rng = seeded("refused rows delivered again")
    env["DATABASE_URL"] = bare_database  # the worker's too (start_worker reads this env)
    alembic(bare_database, "upgrade", "head")
    engine = create_engine(bare_database)
    with engine.begin() as connection:
        connection.execute(
            text("ALTER TABLE people ADD CONSTRAINT refused CHECK (full_name NOT LIKE 'Bad%')")
        )
    emails = 3000
    rows = [(rng.choice(["Good", "Good", "Bad"]) + f" {n}", f"user.{n}@example.com")
            for n in range(emails)]  # fmt: skip
    bad = sum(name.startswith("Bad") for name, _ in rows)
    import_id = run_json(env, "-csv", write_csv(tmp_path / "people.csv", rows), *mode)["import_id"]
    try:
        print(f"lost with {freeze_and_kill(start_worker(concurrency=2), engine, import_id)} stored")
        start_worker(concurrency=2)
        services.wait_until(lambda: status(env, import_id)["state"] == "done_with_failures", 90,
                            "every row stored or failed")  # fmt: skip
        time.sleep(1)  # a double count would land now
        view = status(env, import_id)
        print({k: view[k] for k in ("stored", "failed", "failed_by_reason")})
        assert (view["stored"], view["failed"]) == (emails - bad, bad)
        assert view["failed_by_reason"] == {"db.refused": bad}
        # Per-row, each refused row's message; a bulk message with rows stored is kept.
        assert dead_letters(env["BROKER_CONN"], env["IMPORT_QUEUE"]) == (0 if mode else bad)
    finally:
        engine.dispose()


# -- 6. two workers, one of them killed again and again ------------------------


@pytest.mark.timeout(240)
def test_two_workers_one_killed_again_and_again(env, start_worker, tmp_path, bare_database):
    """A per-row backlog with rows the database refuses, two workers; one of them is
    killed -9 at random moments and started again, four times: each row stored or counted
    failed once, each refused row dead-lettered once."""
    rng = seeded("one of two workers killed")
    env["DATABASE_URL"] = bare_database  # the worker's too (start_worker reads this env)
    alembic(bare_database, "upgrade", "head")
    engine = create_engine(bare_database)
    with engine.begin() as connection:
        connection.execute(
            text("ALTER TABLE people ADD CONSTRAINT refused CHECK (full_name NOT LIKE 'Bad%')")
        )
    emails = 6000  # a batch with a refused row is stored again row by row: slower
    rows = [(rng.choice(["Good", "Good", "Bad"]) + f" {n}", f"user.{n}@example.com")
            for n in range(emails)]  # fmt: skip
    good = [row for row in rows if row[0].startswith("Good")]
    import_id = run_json(env, "-csv", write_csv(tmp_path / "people.csv", rows))["import_id"]
    try:
        start_worker(concurrency=2)
        for kill in range(4):
            victim = start_worker(concurrency=1)
            time.sleep(rng.uniform(0.2, 1.5))
            os.killpg(victim.process.pid, signal.SIGKILL)
            victim.process.wait()
            print(f"kill {kill + 1} with {imported(engine, import_id)[:2]} stored, failed")
        services.wait_until(lambda: status(env, import_id)["state"] == "done_with_failures", 120,
                            "every row stored or failed")  # fmt: skip
        time.sleep(1)  # a double count would land now
        view = status(env, import_id)
        assert counts(view) == {
            "stored": len(good), "failed": emails - len(good), "rejected": 0,
            "inserted": len(good), "updated": 0, "unchanged": 0, "superseded": 0,
        }  # fmt: skip
        assert table(engine) == sorted(good)
        assert dead_letters(env["BROKER_CONN"], env["IMPORT_QUEUE"]) == emails - len(good)
    finally:
        engine.dispose()
