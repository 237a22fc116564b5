"""A tenth round of faults, each ending with exact tables and counts.

- Redis restarted, empty, while `undo --wait` waits for the worker's answer (the undo's
  fold held on a lock), before or after the worker writes it, or down throughout;
- the same file imported again while its first run is being stored;
- two workers with different FAST_PATHS on one backlog (per-row and bulk imports of the
  same people), one of them lost mid-import;
- Ctrl-C at a random moment of a workbook's publish (per-row and bulk), then the same command;
- one of two workers frozen past the broker's consumer timeout, its deliveries stored by
  the other while it holds them, then thawed;
- `undo` asked at random moments while the import is being stored;
- Redis down for a second or two while `--wait` follows the import, or for a whole import;
- dead letters replayed while the worker's connections are terminated and Redis restarts;
- a statement_timeout of a few milliseconds on the worker's connections, then a replay.

The random choices come from random.Random(seed); the seed is printed (run with -rP, or
-s) and can be forced with FAULTS_SEED. Nothing here measures time.
"""

import json
import os
import signal
import time

import pytest
import redis
from sqlalchemy import create_engine, text

from people_import_contract.job_record import job_key
from tests import services, test_faults_seventh
from tests.helpers import (
    POLICIES,
    alembic,
    backends,
    fold,
    later_row_wins,
    people,
    run_cli,
    run_json,
    start_cli,
    write_csv,
)
from tests.helpers import people_table as table
from tests.test_faults_eighth import settled_letters, worker_url
from tests.test_faults_more import imported, queued, seeded
from tests.test_faults_ninth import lose
from tests.test_faults_sixth import expected_counts, twice_far_apart
from tests.test_operations import bulk_waiting, counts, dead_letters, status, table_locked

pytestmark = pytest.mark.faults  # Redis of its own restarted, workers killed: runs alone

impatient_broker = test_faults_seventh.impatient_broker  # its fixture: a 3 s consumer_timeout
WORKER_APP = "faults10-worker"  # the worker's application_name: its connections, no others


@pytest.fixture
def backend():
    """A Redis of the test's own (no persistence): restarted, it comes back empty."""
    node = services.Redis()
    yield node
    node.close()


# -- 1. Redis restarted while `undo --wait` waits -------------------------------------


@pytest.mark.timeout(180)
@pytest.mark.parametrize("moment", ["before the answer", "instead of the answer", "throughout"])
def test_redis_restarted_while_undo_waits(
    db, env, start_worker, tmp_path, cli_processes, backend, moment
):
    """B renames A's people; B's undo waits on a lock on `people` while Redis restarts
    empty: before the worker writes its answer (it writes it to the new Redis), or down
    while the worker answers (the answer is lost) and back empty after, or down from
    before the undo was asked until it is answered. The undo is done
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
    if moment == "throughout":
        backend.kill()
    with table_locked(db):
        undo = start_cli(env, "undo", b["import_id"], "--wait", "--json", "--timeout", "40")
        cli_processes.append(undo)
        services.wait_until(
            lambda: backends(db, app=WORKER_APP, locked=True) > 0, 30, "the undo blocked"
        )
        time.sleep(rng.uniform(0, 1))
        if moment == "before the answer":
            backend.restart()
        elif moment == "instead of the answer":
            backend.kill()
    if moment == "instead of the answer":
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
    if moment == "throughout":
        backend.start()
    assert status(env, b["import_id"])["state"] == "undone"
    assert dead_letters(env["BROKER_CONN"], env["IMPORT_QUEUE"]) == 0


# -- 2. the same file again while its first run is being stored -----------------------


@pytest.mark.timeout(240)
@pytest.mark.parametrize("mode", [[], ["--batch-size", "100"]], ids=["per-row", "bulk"])
def test_the_same_file_again_while_its_first_run_is_stored(db, env, start_worker, tmp_path, mode):
    """The first run's backlog is being stored when the same command runs again (a user
    who thought it stuck): the second run's rows meet the first's in the queue and in the
    batches. Each run counts as if the other ran alone before or after it, in import-id
    order: the first inserts, the second changes nothing."""
    rng = seeded("the same file again")
    rows = twice_far_apart(rng, rng.randrange(1500, 3000))
    csv = write_csv(tmp_path / "people.csv", rows)
    first = run_json(env, "-csv", csv, *mode)  # no worker yet: a backlog
    start_worker(concurrency=2)
    at = len(rows) * rng.uniform(0.05, 0.8)
    services.wait_until(lambda: imported(db, first["import_id"])[0] >= at, 90,
                        f"{at:.0f} stored", every=0.01)  # fmt: skip
    second = run_json(env, "-csv", csv, *mode, "--wait")
    services.wait_until(lambda: status(env, first["import_id"])["state"] == "done", 60, "done")
    time.sleep(1)  # a double count would land now
    emails = len(rows) // 2
    assert counts(status(env, first["import_id"])) == expected_counts(rows)
    again = {**expected_counts(rows), "inserted": 0, "unchanged": emails}
    assert counts(second) == again
    assert counts(status(env, second["import_id"])) == again
    assert table(db) == later_row_wins(rows)
    assert dead_letters(env["BROKER_CONN"], env["IMPORT_QUEUE"]) == 0


# -- 3. two workers with different FAST_PATHS on one backlog, one lost -----------------


@pytest.mark.timeout(300)
def test_two_workers_with_different_fast_paths_one_lost(db, env, start_worker, tmp_path):
    """A per-row and a bulk import of overlapping people (each under a generated policy)
    wait in the queues; a FAST_PATHS=1 and a FAST_PATHS=0 worker take them at once, and one
    of them (drawn) is lost mid-import (its main process frozen while its pool commits,
    then killed -9) and started again: the table is the policies' fold, every row
    counted once, every person inserted once."""
    rng = seeded("two FAST_PATHS at once")
    emails = rng.randrange(1200, 2000)
    a_rows = twice_far_apart(rng, emails)
    b_rows = [(f"Bee {n}", f"USER.{n}@example.com") for n in rng.sample(range(emails), emails // 2)]
    policies = rng.choice(POLICIES), rng.choice(POLICIES)
    a = run_json(env, "-csv", write_csv(tmp_path / "a.csv", a_rows), "--merge", policies[0])
    b = run_json(env, "-csv", write_csv(tmp_path / "b.csv", b_rows), "--merge", policies[1],
                 "--batch-size", "50")  # fmt: skip
    workers = {fast: start_worker(concurrency=2, extra_env={"FAST_PATHS": fast}) for fast in "01"}
    fast = rng.choice("01")
    past = int(len(a_rows) * rng.uniform(0.1, 0.6))
    lost = lose(workers[fast], db, a["import_id"], past)
    print(f"{policies}: FAST_PATHS={fast} lost with {lost} of {len(a_rows)} of A stored")
    start_worker(concurrency=2, extra_env={"FAST_PATHS": fast})
    for sent in (a, b):
        services.wait_until(lambda sent=sent: status(env, sent["import_id"])["state"] == "done",
                            120, "done")  # fmt: skip
    time.sleep(1)  # a double count would land now
    # Stored at once, each import counts a person as it found them (docs/undo.md): which
    # import met a person first is the commit order's; each person is inserted once.
    views = [status(env, sent["import_id"]) for sent in (a, b)]
    for view, rows in zip(views, (a_rows, b_rows), strict=True):
        distinct = len({email.lower() for _name, email in rows})
        assert (view["state"], view["stored"], view["failed"]) == ("done", len(rows), 0)
        assert (view["superseded"], view["rejected"]) == (len(rows) - distinct, 0)
        assert view["inserted"] + view["updated"] + view["unchanged"] == distinct
    assert sum(view["inserted"] for view in views) == len(table(db))
    assert table(db) == sorted(
        (name, email)
        for name, email, *_ in fold((a_rows, policies[0]), (b_rows, policies[1])).values()
    )
    assert dead_letters(env["BROKER_CONN"], env["IMPORT_QUEUE"]) == 0


# -- 4. Ctrl-C mid publish of a workbook, then the same command ------------------------


def write_workbook(path, rows):
    import xlsxwriter  # noqa: PLC0415 (the tests' only workbook writer)

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("People")
    sheet.write_row(0, 0, ["Full name", "E-mail"])
    for n, row in enumerate(rows, start=1):
        sheet.write_row(n, 0, row)
    book.close()
    return path


@pytest.mark.timeout(240)
@pytest.mark.parametrize("mode", [[], ["--batch-size", "5"]], ids=["per-row", "bulk"])
def test_ctrl_c_mid_workbook_publish_then_the_same_command(
    db, env, start_worker, tmp_path, cli_processes, mode
):
    """(A CSV's is tests/test_faults_sixth.py's, bulk.) Ctrl-C at a random moment of an
    .xlsx file's publish, then the same command once the first run's rows are stored."""
    rng = seeded("Ctrl-C mid workbook")
    rows = twice_far_apart(rng, 2500)
    book = write_workbook(tmp_path / "people.xlsx", rows)
    cli = start_cli(env, "-csv", book, "--json", *mode)
    cli_processes.append(cli)
    queue = env["IMPORT_QUEUE"]
    if mode:
        # Of its 1,000 bulk messages (no worker yet: they wait), in the first fifth: the
        # queue's count trails the CLI's publishing (it had sent 84-99% of 250 messages of 20
        # rows when 5-120 showed), and a signal after the last one finds it done (exit 0).
        at = rng.randrange(5, len(rows) // 5 // 5)
        waiting = lambda: bulk_waiting(queue, env["BROKER_CONN"])  # noqa: E731
    else:
        at = rng.randrange(10, len(rows) // 2)
        waiting = lambda: queued(queue)  # noqa: E731
    services.wait_until(lambda: waiting() >= at, 90, f"{at} messages", every=0.005)
    cli.send_signal(signal.SIGINT)
    out, err = cli.communicate(timeout=60)
    assert cli.returncode == 130, (out, err)
    first = json.loads(out)
    print(f"stopped with {first['enqueued']} of {len(rows)} rows enqueued")
    assert first["state"] == "interrupted" and 0 < first["enqueued"] < len(rows)
    assert status(env, first["import_id"])["enqueued"] == first["enqueued"]
    start_worker()
    services.wait_until(lambda: status(env, first["import_id"])["stored"] == first["enqueued"],
                        60, "the first run's rows stored")  # fmt: skip
    again = run_json(env, "-csv", book, "--wait", *mode)
    assert table(db) == later_row_wins(rows)
    before = {email.lower(): (name, email) for name, email in rows[: first["enqueued"]]}
    after = {email.lower(): (name, email) for name, email in rows}
    assert counts(again) == {
        "stored": len(rows), "failed": 0, "rejected": 0, "superseded": len(rows) - len(after),
        "inserted": len(after.keys() - before.keys()),
        "updated": sum(key in before and before[key] != row for key, row in after.items()),
        "unchanged": sum(before.get(key) == row for key, row in after.items()),
    }  # fmt: skip
    view = status(env, first["import_id"])
    assert (view["state"], view["stored"], view["failed"]) == (
        "interrupted", first["enqueued"], 0,
    )  # fmt: skip
    assert dead_letters(env["BROKER_CONN"], env["IMPORT_QUEUE"]) == 0


# -- 5. one of two workers frozen past the consumer timeout ----------------------------


@pytest.mark.timeout(240)
@pytest.mark.parametrize("mode", [[], ["--batch-size", "100"]], ids=["per-row", "bulk"])
def test_one_of_two_workers_frozen_past_the_consumer_timeout(
    db,
    env,
    impatient_broker,
    start_worker,
    tmp_path,
    mode,
):
    """(One worker frozen alone is tests/test_faults_seventh.py's.) RabbitMQ takes back the
    frozen worker's deliveries and gives them to the other, which stores them while the
    first still holds them, mid-batch; thawed, the first commits the same rows again, its
    acknowledgements lost with its channel. Each row counts once."""
    rng = seeded("one of two frozen")
    env = {**env, "BROKER_CONN": impatient_broker.url}
    rows = twice_far_apart(rng, 6000)
    import_id = run_json(env, "-csv", write_csv(tmp_path / "people.csv", rows), *mode)["import_id"]
    workers = [start_worker(concurrency=2, extra_env=env) for _ in range(2)]
    for freeze in range(2):
        at = len(rows) * rng.uniform(0.1, 0.4) * (freeze + 1)
        services.wait_until(lambda at=at: imported(db, import_id)[0] >= at, 90,
                            f"{at:.0f} rows stored", every=0.01)  # fmt: skip
        frozen = rng.choice(workers)
        os.killpg(frozen.process.pid, signal.SIGSTOP)
        held = rng.uniform(4, 5.5)  # past the timeout and a tick, whatever the moment
        time.sleep(held)
        os.killpg(frozen.process.pid, signal.SIGCONT)
        print(f"one frozen {held:.1f} s with {imported(db, import_id)[0]} of {len(rows)} stored")
    services.wait_until(lambda: status(env, import_id)["state"] == "done", 120, "done")
    time.sleep(1)  # a double count would land now
    for worker in workers:
        assert worker.process.poll() is None, worker.log_path.read_text()[-3000:]
    assert table(db) == later_row_wins(rows)
    assert counts(status(env, import_id)) == expected_counts(rows)
    assert dead_letters(env["BROKER_CONN"], env["IMPORT_QUEUE"]) == 0


# -- 6. undo asked again and again while the import is being stored --------------------


@pytest.mark.timeout(240)
def test_undo_while_the_import_is_being_stored(db, env, start_worker, tmp_path, cli_processes):
    """B renames A's people and adds new ones; `undo B` runs at random moments while B's
    backlog is stored: refused (exit 2, nothing changed) until every row is stored, then
    undone once, the table as A left it, and nothing of B comes back after."""
    rng = seeded("undo while stored")
    mode = rng.choice([[], ["--batch-size", "100"]])  # per-row or bulk
    start_worker(concurrency=2)
    a_rows = [(f"A {n}", f"p{n}@example.com") for n in range(1000)]
    run_json(env, "-csv", write_csv(tmp_path / "a.csv", a_rows), "--wait")
    b_rows = [(f"B {n}", f"p{n}@example.com") for n in range(4000)]
    b_rows += [(f"Again {n}", f"P{n}@example.com") for n in rng.sample(range(4000), 2000)]
    b_cli = start_cli(env, "-csv", write_csv(tmp_path / "b.csv", b_rows), "--json", *mode)
    cli_processes.append(b_cli)
    logs = tmp_path / "logs"
    services.wait_until(lambda: len(list(logs.glob("*.log"))) == 2, 30, "B's log")
    b_id = max(path.stem for path in logs.glob("*.log"))
    attempts, refused = 0, 0
    while True:
        time.sleep(rng.uniform(0, 0.3))
        answer = run_cli(env, "undo", b_id, "--wait", "--json", "--timeout", "30")
        attempts += 1
        if answer.returncode == 2:
            refused += 1
            assert "still running" in answer.stderr, answer.stderr
            continue
        assert answer.returncode == 0, answer.stderr
        assert json.loads(answer.stdout)["state"] == "undone"
        break
    print(f"{mode}: {refused} of {attempts} undos refused")
    time.sleep(1)  # a late batch of B would land now
    out, err = b_cli.communicate(timeout=60)
    assert b_cli.returncode == 0, err
    assert json.loads(out)["enqueued"] == len(b_rows)
    assert imported(db, b_id)[0] == len(b_rows)
    assert table(db) == later_row_wins(a_rows)
    view = status(env, b_id)
    assert (view["state"], view["stored"], view["failed"]) == ("undone", len(b_rows), 0)
    assert dead_letters(env["BROKER_CONN"], env["IMPORT_QUEUE"]) == 0


# -- 7. Redis restarted while `--wait` follows the import ------------------------------


@pytest.mark.timeout(180)
@pytest.mark.parametrize("mode", [[], ["--batch-size", "100"]], ids=["per-row", "bulk"])
def test_redis_restarted_while_wait_follows_the_import(
    db, env, start_worker, tmp_path, cli_processes, backend, mode
):
    """(Redis restarted while the CLI publishes, the CLI frozen so that no poll meets the
    restart, is tests/test_faults_sixth.py's.) Here the CLI waits, polling, while Redis
    is down for a second or two and comes back empty, once or twice: `--wait` reads
    PostgreSQL's history while Redis cannot be reached or lost the record, and ends done,
    exit 0, exact. Before, one poll that met Redis down ended it: exit 1, "progress
    unavailable", every row stored."""
    rng = seeded("Redis restarted under --wait")
    env = {**env, "BACKEND_CONN": backend.url, "STALL_SECONDS": "30"}
    rows = twice_far_apart(rng, 4000)
    start_worker(concurrency=2, extra_env=env)
    with table_locked(db):  # the rows wait: the CLI is done publishing, and polls
        cli = start_cli(env, "-csv", write_csv(tmp_path / "people.csv", rows), "--wait", "--json",
                        *mode)  # fmt: skip
        cli_processes.append(cli)
        logs = tmp_path / "logs"
        services.wait_until(lambda: any(logs.glob("*.log")), 30, "the CLI's log")
        import_id = next(logs.glob("*.log")).stem
        services.wait_until(lambda: cli_said(backend, import_id) == "enqueued", 60,
                            "every row published")  # fmt: skip
        time.sleep(rng.uniform(0, 1))
        down(backend, rng)
    for _ in range(rng.randrange(2)):
        at = len(rows) * rng.uniform(0.1, 0.9)
        services.wait_until(lambda at=at: imported(db, import_id)[0] >= at, 60,
                            f"{at:.0f} stored", every=0.01)  # fmt: skip
        down(backend, rng)
    print(f"Redis restarted with {imported(db, import_id)[0]} of {len(rows)} stored")
    out, err = cli.communicate(timeout=90)
    assert cli.returncode == 0, err
    summary = json.loads(out)
    assert (summary["state"], summary["enqueued"]) == ("done", len(rows))
    assert counts(summary) == expected_counts(rows)
    view = status(env, import_id)
    assert view["state"] == "done" and counts(view) == expected_counts(rows)
    assert table(db) == later_row_wins(rows)


@pytest.mark.timeout(120)
def test_redis_down_for_a_whole_import_with_wait(db, env, start_worker, tmp_path, backend):
    """Redis down from before the import to its end (the workers go on: PostgreSQL holds
    the counts): `--wait` and `status` follow PostgreSQL's history, done, exit 0, exact."""
    rng = seeded("Redis down for a whole import")
    env = {**env, "BACKEND_CONN": backend.url}
    rows = twice_far_apart(rng, rng.randrange(500, 2000))
    start_worker(concurrency=2, extra_env=env)
    backend.kill()
    summary = run_json(env, "-csv", write_csv(tmp_path / "people.csv", rows), "--wait")
    assert (summary["state"], summary["enqueued"]) == ("done", len(rows))
    assert counts(summary) == expected_counts(rows)
    view = status(env, summary["import_id"])
    assert view["state"] == "done" and counts(view) == expected_counts(rows)
    assert table(db) == later_row_wins(rows)


def down(backend, rng) -> None:
    """Redis killed, and started again empty after a second or two (a restart, a failover)."""
    backend.kill()
    time.sleep(rng.uniform(0.5, 2))
    backend.start()


def cli_said(backend, import_id: str) -> str | None:
    """The CLI's own word in the job record (`state`: running, enqueued...)."""
    client = redis.Redis.from_url(backend.url, decode_responses=True)
    try:
        return client.hget(job_key(import_id), "state")
    finally:
        client.close()


# -- 8. a replay with the worker's connections terminated and Redis restarted -----------

REFUSE = "ALTER TABLE people ADD CONSTRAINT refused CHECK (full_name NOT LIKE 'Bad%')"


@pytest.mark.timeout(240)
@pytest.mark.parametrize("mode", [["--batch-size", "50"]], ids=["bulk"])
def test_a_replay_with_connections_terminated_and_redis_restarted(
    env, start_worker, tmp_path, bare_database, backend, mode
):
    """Rows the database refused (a CHECK constraint of the test's) wait in the dead
    letters; it is dropped and `replay` publishes them again while the worker's PostgreSQL
    connections are terminated at random moments and Redis is restarted empty once: every
    row stored once, `failed` back to 0, `replayed` the refused rows, in `status`."""
    rng = seeded("replay under faults")
    url = bare_database + f"?application_name={WORKER_APP}"
    env = {**env, "DATABASE_URL": bare_database, "BACKEND_CONN": backend.url}
    alembic(bare_database, "upgrade", "head")
    engine = create_engine(bare_database)
    with engine.begin() as connection:
        connection.execute(text(REFUSE))
    emails = 1500
    rows = twice_far_apart(rng, emails)
    if mode:  # later lines only; bulk, whole messages, each dead-lettered whole
        refused = set(range(emails, 2 * emails))
    else:
        refused = {n for n in range(emails, 2 * emails) if rng.random() < 0.5}
    rows = [(f"Bad {name}" if n in refused else name, email)
            for n, (name, email) in enumerate(rows)]  # fmt: skip
    try:
        worker_env = {**env, "DATABASE_URL": url}
        import_id = run_json(env, "-csv", write_csv(tmp_path / "p.csv", rows), *mode)["import_id"]
        start_worker(concurrency=2, extra_env=worker_env)
        services.wait_until(lambda: status(env, import_id)["state"] == "done_with_failures",
                            120, "refused rows failed")  # fmt: skip
        with engine.begin() as connection:
            connection.execute(text("ALTER TABLE people DROP CONSTRAINT refused"))
        letters = dead_letters(env["BROKER_CONN"], env["IMPORT_QUEUE"])
        replayed = run_json(env, "replay", import_id)
        assert (replayed["replayed"], replayed["left"]) == (letters, 0)
        moments = sorted(rng.uniform(0, 0.9) for _ in range(3))
        restart_at = rng.randrange(len(moments))
        for turn, moment in enumerate(moments):
            at = len(rows) - len(refused) + int(len(refused) * moment)
            services.wait_until(lambda at=at: imported(engine, import_id)[0] >= at, 60,
                                f"{at} stored", every=0.005)  # fmt: skip
            terminated = backends(engine, "count(pg_terminate_backend(pid))", app=WORKER_APP)
            if turn == restart_at:
                backend.restart()
            print(f"{terminated} terminated with {imported(engine, import_id)[0]} stored")
        services.wait_until(lambda: status(env, import_id)["state"] == "done", 120, "done")
        time.sleep(1)  # a double count would land now
        view = status(env, import_id)
        print({k: view[k] for k in ("stored", "failed", "replayed", "failed_by_reason")})
        assert counts(view) == expected_counts(rows)
        assert (view["replayed"], view["failed_by_reason"]) == (len(refused), {})
        assert table(engine) == later_row_wins(rows)
        assert dead_letters(env["BROKER_CONN"], env["IMPORT_QUEUE"]) == 0
    finally:
        engine.dispose()


# -- 9. a statement_timeout on the worker's role, then a replay ------------------------


@pytest.mark.timeout(180)
def test_a_tiny_statement_timeout_then_a_replay(db, env, start_worker, tmp_path):
    """A statement_timeout of a few milliseconds on the worker's connections (a role
    misconfigured, a database under load): statements cancelled at random (57014), some
    batches stored, the others given up after STORE_RETRY_SECONDS and dead-lettered,
    `record_import` too perhaps. The timeout removed, a replay stores the rest: done, exact."""
    rng = seeded("tiny statement_timeout")
    mode = rng.choice([[], ["--batch-size", "50"]])  # per-row or bulk
    rows = twice_far_apart(rng, rng.randrange(500, 1500))
    timeout = rng.choice([1, 2, 5, 20])
    url = worker_url(env, statement_timeout=timeout)
    slow = start_worker(concurrency=2, extra_env={"DATABASE_URL": url, "STORE_RETRY_SECONDS": "2"})
    import_id = run_json(env, "-csv", write_csv(tmp_path / "p.csv", rows), *mode)["import_id"]
    services.wait_until(lambda: queued_rows(env, mode) == 0, 120, "the queue taken")
    # Every message stored or dead-lettered: nothing waiting or unacknowledged. "Nothing
    # changed for 2 s" was no sign of it: rows retried for STORE_RETRY_SECONDS with
    # backoff showed no change, and their letters, sent after, were never replayed.
    letters = settled_letters(env)
    print(f"{mode} statement_timeout={timeout} ms: stored, failed",
          imported(db, import_id)[:2], f"dead letters {letters}")  # fmt: skip
    slow.stop()
    start_worker(concurrency=2)
    if letters:
        run_json(env, "replay", import_id)
    services.wait_until(lambda: status(env, import_id)["state"] == "done", 60, "done")
    time.sleep(1)  # a double count would land now
    view = status(env, import_id)
    assert counts(view) == expected_counts(rows)
    assert table(db) == later_row_wins(rows)
    assert dead_letters(env["BROKER_CONN"], env["IMPORT_QUEUE"]) == 0


def queued_rows(env, mode) -> int:
    """Messages waiting in the import's queue (bulk: its bulk queue), not yet delivered."""
    if mode:
        return bulk_waiting(env["IMPORT_QUEUE"], env["BROKER_CONN"])
    return queued(env["IMPORT_QUEUE"])
