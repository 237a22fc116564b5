"""A ninth round of faults, each ending with exact tables and counts.

- a worker killed -9 mid-import (its main process frozen while its pool commits, so nothing
  is acknowledged) and started again with the other FAST_PATHS value, twice: the batches a
  fast-path worker committed come back to Celery's plain strategy and the other way round;
  per-row from a CSV file, bulk from a vCard file with one unreadable card;
- a backlog of three imports (per-row or bulk, each under its own policy), a pool process
  or the main process killed at random moments;
- dead letters replayed while the worker that stores them is lost (frozen, killed -9) and
  started again;
- the CLI killed -9 mid bulk publish, then the same file again, then `status` of both;
- two undos of one import at once, queued behind another import's batches writing the same
  people, then the other imports undone in a generated order;
- dead letters replayed to several pool processes at once (no fault): the job record's
  `failed` was left above PostgreSQL's, the import `done_with_failures` with every row stored.

The random choices come from random.Random(seed); the seed is printed (run with -rP, or
-s) and can be forced with FAULTS_SEED. Nothing here measures time.
"""

import json
import os
import signal
import time

import pytest
from sqlalchemy import create_engine, text

from tests import services
from tests.helpers import (
    POLICIES,
    alembic,
    fold,
    later_row_wins,
    predicted,
    run_json,
    start_cli,
    write_csv,
)
from tests.helpers import people_table as table
from tests.test_faults_more import (
    imported,
    known,
    person,
    pool_children,
    queued,
    seeded,
    write_known,
)
from tests.test_faults_sixth import expected_counts, twice_far_apart
from tests.test_operations import counts, dead_letters, status

pytestmark = pytest.mark.faults  # kill -9 and frozen workers: runs alone


def lose(worker, db, import_id: str, past: int) -> int:
    """Once the import's stored rows pass `past`: freeze the worker's main process (its
    pool commits what it holds, nothing is acknowledged), then kill -9 it all; the rows
    counted by then."""
    services.wait_until(lambda: imported(db, import_id)[0] > past, 90, f"{past} stored",
                        every=0.01)  # fmt: skip
    os.kill(worker.process.pid, signal.SIGSTOP)
    last, steady = -1, 0
    while steady < 8:
        stored = imported(db, import_id)[0]
        steady, last = (steady + 1 if stored == last else 0), stored
        time.sleep(0.2)
    os.killpg(worker.process.pid, signal.SIGKILL)
    worker.process.wait()
    return last


def card(name: str, email: str) -> str:
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEMAIL:{email}\r\nEND:VCARD\r\n"


REFUSE = "ALTER TABLE people ADD CONSTRAINT refused CHECK (full_name NOT LIKE 'Bad%')"
BROKEN = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bad Card\r\nno colon here\r\nEND:VCARD\r\n"


# -- 1. a worker restarted with the other FAST_PATHS value, twice --------------


@pytest.mark.timeout(300)
@pytest.mark.parametrize("mode", ["per-row", "bulk"])
def test_worker_restarted_with_the_other_fast_paths_mid_import(
    db, env, start_worker, tmp_path, mode
):
    """An earlier import stored some of the people (some as this import leaves them, some
    otherwise), then this one, under a generated policy, is stored by workers lost and
    started again with the other FAST_PATHS: the counts of the policy's fold, exact."""
    rng = seeded(f"FAST_PATHS switched, {mode}")
    emails = 1500 if mode == "per-row" else 2500
    rows = twice_far_apart(rng, emails)
    policy = rng.choice(POLICIES)
    earlier = [(name if rng.random() < 0.5 else f"Earlier {n}", email)
               for n, (name, email) in enumerate(rows[emails:]) if rng.random() < 0.6]  # fmt: skip
    worker = start_worker(concurrency=2)
    run_json(env, "-csv", write_csv(tmp_path / "earlier.csv", earlier), "--wait")
    worker.stop()
    if mode == "per-row":
        source, flags, rejected = write_csv(tmp_path / "people.csv", rows), [], 0
    else:  # a vCard file, one unreadable card among the good ones
        cards = [card(name, email) for name, email in rows]
        cards.insert(rng.randrange(len(cards)), BROKEN)
        source = tmp_path / "phone.vcf"
        source.write_text("".join(cards), encoding="utf-8")
        flags, rejected = ["--batch-size", "100"], 1
    sent = run_json(env, "-csv", source, "--merge", policy, *flags)  # no worker: a backlog
    import_id = sent["import_id"]
    assert (sent["enqueued"], sent["rejected"]) == (len(rows), rejected)
    fast, lost = rng.choice("01"), 0
    for _turn in range(2):
        past = lost + int((len(rows) - lost) * rng.uniform(0.1, 0.4))
        worker = start_worker(concurrency=2, extra_env={"FAST_PATHS": fast})
        lost = lose(worker, db, import_id, past)
        print(f"{policy}: FAST_PATHS={fast} lost with {lost} of {len(rows)} stored")
        fast = "0" if fast == "1" else "1"
    start_worker(concurrency=2, extra_env={"FAST_PATHS": fast})
    services.wait_until(lambda: status(env, import_id)["state"] == "done", 120, "done")
    time.sleep(1)  # a double count would land now
    view = status(env, import_id)
    before = fold((earlier, "overwrite"))
    assert counts(view) == {
        "stored": len(rows), "failed": 0, "rejected": rejected,
        **predicted(before, rows, policy),
    }  # fmt: skip
    assert table(db) == sorted(fold((earlier, "overwrite"), (rows, policy)).values())
    assert dead_letters(env["BROKER_CONN"], env["IMPORT_QUEUE"]) == 0


# -- 1b. a mixed backlog, main process or pool process killed ------------------


@pytest.mark.timeout(300)
def test_a_mixed_backlog_with_the_main_process_or_a_pool_process_killed(
    db, env, start_worker, tmp_path
):
    """(Bulk imports with pool processes killed are tests/test_faults_more.py's.) Three
    imports of overlapping people, each per-row or bulk under its own policy, queued before
    any worker; three times, at random moments, either a pool process is killed -9 or the
    main process frozen while its pool commits, then the worker killed -9 and started
    again: the fold of the three in import order, each import's counts exact."""
    rng = seeded("mixed backlog, main or pool killed")
    people, files, sent = 1200, [], []
    for name in "ABC":
        rows = [person(rng, rng.randrange(people)) for _ in range(rng.randrange(2000, 3500))]
        policy, mode = rng.choice(POLICIES), rng.choice([[], ["--batch-size", "200"]])
        csv = write_known(tmp_path / f"{name}.csv", rows)
        sent.append(run_json(env, "-csv", csv, "--merge", policy, *mode))
        files.append((rows, policy))
        print(f"{name}: {len(rows)} rows, --merge {policy} {' '.join(mode) or 'per-row'}")
    total = sum(len(rows) for rows, _ in files)
    stored = lambda: sum(imported(db, s["import_id"])[0] for s in sent)  # noqa: E731
    worker = start_worker(concurrency=2)
    for _kill in range(3):
        at = stored() + (total - stored()) * rng.uniform(0.05, 0.3)
        services.wait_until(lambda at=at: stored() >= at, 90, f"{at:.0f} stored", every=0.01)
        if rng.random() < 0.5 and (children := pool_children(worker.process.pid)):
            os.kill(rng.choice(children), signal.SIGKILL)
            print(f"a pool process killed at {stored()} of {total}")
            continue
        os.kill(worker.process.pid, signal.SIGSTOP)
        time.sleep(1.5)  # the pool commits what it holds; nothing is acknowledged
        os.killpg(worker.process.pid, signal.SIGKILL)
        worker.process.wait()
        print(f"the worker lost at {stored()} of {total}")
        worker = start_worker(concurrency=2)
    services.wait_until(lambda: stored() >= total, 120, "every row stored")
    time.sleep(1)  # a double count would land now
    assert known(db) == fold(*files)
    inserted = 0
    for rows, summary in zip((rows for rows, _ in files), sent, strict=True):
        # Stored at once, an import's people counts depend on which import reached each
        # person first; each person counts once per import, and is inserted by one.
        view = status(env, summary["import_id"])
        distinct = len({row[1].lower() for row in rows})
        assert (view["state"], view["stored"], view["failed"], view["superseded"]) == (
            "done", len(rows), 0, len(rows) - distinct,
        )  # fmt: skip
        assert view["inserted"] + view["updated"] + view["unchanged"] == distinct
        inserted += view["inserted"]
    assert inserted == len(known(db))


# -- 2. dead letters replayed while their worker is lost -----------------------


@pytest.mark.timeout(300)
@pytest.mark.parametrize("mode", [[], ["--batch-size", "50"]], ids=["per-row", "bulk"])
def test_dead_letters_replayed_while_the_worker_is_lost(
    env, start_worker, tmp_path, bare_database, mode
):
    """A CHECK constraint of the test's refuses some rows (dead-lettered `db.refused`); it is
    dropped, `replay` publishes them again, and the worker storing them is lost (frozen,
    killed -9) then started again: every row stored once, `failed` back to 0."""
    rng = seeded("replay while the worker is lost")
    env["DATABASE_URL"] = bare_database
    alembic(bare_database, "upgrade", "head")
    engine = create_engine(bare_database)
    with engine.begin() as connection:
        connection.execute(text(REFUSE))
    emails = 2500
    rows = twice_far_apart(rng, emails)
    # Refused: later lines only (an earlier line a later one supersedes in its batch is
    # never written); bulk, whole messages, so that each is dead-lettered whole.
    if mode:
        refused = set(range(emails, 2 * emails))
    else:
        refused = {n for n in range(emails, 2 * emails) if rng.random() < 0.5}
    rows = [(f"Bad {name}" if n in refused else name, email)
            for n, (name, email) in enumerate(rows)]  # fmt: skip
    try:
        import_id = run_json(env, "-csv", write_csv(tmp_path / "p.csv", rows), *mode)["import_id"]
        start_worker(concurrency=2)
        services.wait_until(lambda: status(env, import_id)["state"] == "done_with_failures",
                            120, "refused rows failed")  # fmt: skip
        time.sleep(1)
        view = status(env, import_id)
        assert (view["stored"], view["failed"]) == (len(rows) - len(refused), len(refused))
        with engine.begin() as connection:
            connection.execute(text("ALTER TABLE people DROP CONSTRAINT refused"))
        worker = start_worker(concurrency=2)
        letters = dead_letters(env["BROKER_CONN"], env["IMPORT_QUEUE"])
        replayed = run_json(env, "replay", import_id)
        assert (replayed["replayed"], replayed["left"]) == (letters, 0)
        lost = lose(worker, engine, import_id, len(rows) - len(refused))
        print(f"lost with {lost} of {len(rows)} stored, {len(refused)} refused")
        start_worker(concurrency=2)
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


# -- 3. the CLI killed -9 mid bulk publish, the same file again, then status ---


@pytest.mark.timeout(300)
def test_cli_kill_9_mid_bulk_publish_then_the_same_file_then_status(
    db, env, start_worker, tmp_path, cli_processes
):
    rng = seeded("CLI kill -9 bulk")
    rows = twice_far_apart(rng, 40_000)
    source = write_csv(tmp_path / "people.csv", rows)
    cli = start_cli(env, "-csv", source, "--batch-size", "500", "--json")  # no worker yet
    cli_processes.append(cli)
    at = rng.randrange(1, len(rows) // 500 // 2)
    queue = env["IMPORT_QUEUE"]
    services.wait_until(lambda: queued(f"{queue}.bulk") >= at, 60, f"{at} messages",
                        every=0.005)  # fmt: skip
    cli.kill()
    cli.communicate()
    killed = next((tmp_path / "logs").glob("*.log")).stem
    start_worker(concurrency=2)
    last, steady = -1, 0
    while steady < 10:
        stored = imported(db, killed)[0]
        steady, last = (steady + 1 if stored == last else 0), stored
        time.sleep(0.3)
    print(f"killed with {at} or more bulk messages queued; {last} of {len(rows)} stored")
    assert 0 < last < len(rows), "the kill must land mid-publish"
    assert last % 500 == 0  # whole bulk messages, none half stored
    view = status(env, killed)
    print({k: view[k] for k in ("state", "enqueued", "stored", "pending", "inserted")})
    assert view["state"] in ("running", "interrupted")
    assert (view["stored"], view["failed"]) == (last, 0)
    assert view["enqueued"] is None or view["enqueued"] >= view["stored"], view
    stored_people = len(table(db))

    again = run_json(env, "-csv", source, "--batch-size", "500", "--wait")
    emails = len(rows) // 2
    assert (again["state"], again["stored"], again["failed"]) == ("done", len(rows), 0)
    assert again["inserted"] + again["updated"] + again["unchanged"] == emails
    assert again["inserted"] == emails - stored_people
    assert table(db) == later_row_wins(rows)
    view = status(env, again["import_id"])
    assert counts(view) == counts(again)
    assert status(env, killed)["stored"] == last


@pytest.mark.timeout(300)
@pytest.mark.parametrize("mode", [[], ["--batch-size", "5"]], ids=["per-row", "bulk"])
def test_dead_letters_replayed_by_concurrent_pool_processes(
    env, start_worker, tmp_path, bare_database, mode
):
    """No fault but concurrency: every later line refused, then replayed to two workers of
    three processes. Each batch's totals took `failed` down in PostgreSQL, but the job
    record kept the larger `failed` and took replayed rows off by decrements: a batch's
    totals written after later batches' decrements raised it again. Before: `failed` 10
    (PostgreSQL 0), state `done_with_failures` (`--wait` exits 3), every row stored."""
    rng = seeded("replay by concurrent pool processes")
    env["DATABASE_URL"] = bare_database
    alembic(bare_database, "upgrade", "head")
    engine = create_engine(bare_database)
    with engine.begin() as connection:
        connection.execute(text(REFUSE))
    emails = 1500
    rows = [(f"Bad {name}" if n >= emails else name, email)
            for n, (name, email) in enumerate(twice_far_apart(rng, emails))]  # fmt: skip
    try:
        import_id = run_json(env, "-csv", write_csv(tmp_path / "p.csv", rows), *mode)["import_id"]
        first = start_worker(concurrency=2)
        services.wait_until(lambda: status(env, import_id)["state"] == "done_with_failures",
                            120, "refused rows failed")  # fmt: skip
        first.stop()
        with engine.begin() as connection:
            connection.execute(text("ALTER TABLE people DROP CONSTRAINT refused"))
        assert run_json(env, "replay", import_id)["left"] == 0
        for _ in range(2):
            start_worker(concurrency=3)
        services.wait_until(lambda: imported(engine, import_id)[:2] == (len(rows), 0), 120,
                            "every failure taken off in PostgreSQL")  # fmt: skip
        time.sleep(2)  # the workers' last writes to the job record
        view = status(env, import_id)
        print({k: view[k] for k in ("state", "stored", "failed", "replayed", "failed_by_reason")})
        assert view["state"] == "done"
        assert counts(view) == expected_counts(rows)
        assert (view["replayed"], view["failed_by_reason"]) == (emails, {})
        assert table(engine) == later_row_wins(rows)
    finally:
        engine.dispose()


# -- 5. two undos of one import at once, while another import writes its people ---


@pytest.mark.timeout(300)
def test_two_undos_at_once_while_another_import_writes_then_the_rest_undone(
    db, env, start_worker, tmp_path, cli_processes
):
    """(Two undos at once with nothing else running are tests/test_faults_sixth.py's; one
    undo among another import's batches, tests/test_faults_more.py's.) A inserts, B changes
    them, C writes the same people (bulk, a generated policy) while two `undo B` run at once,
    queued behind C's batches held on a lock:
    one undoes, the other changes nothing; the table is the fold of A and C, C's counts
    exact; then A and C undone in a generated order, the fold of what stands after each."""
    rng = seeded("two undos during an import")
    people = 1200
    start_worker(concurrency=2)
    files = {}
    for name in "AB":  # B overwrites: its undo changes something
        rows = [person(rng, key) for key in range(people)]
        done = run_json(env, "-csv", write_known(tmp_path / f"{name}.csv", rows), "--wait")
        files[name] = (rows, "overwrite", done["import_id"])
    # C leaves a tenth of the people alone: B's undo restores those whenever it runs. With C
    # over every person, a loaded host let C write them all before the undos' messages came
    # (a passing run restored 3 of 1,200), and both undos then changed nothing.
    touched = rng.sample(range(people), people * 9 // 10)
    c_rows = [person(rng, rng.choice(touched)) for _ in range(15_000)]
    c_policy = rng.choice(POLICIES)
    print(f"C --merge {c_policy}")
    cli = start_cli(env, "-csv", write_known(tmp_path / "C.csv", c_rows), "--wait", "--json",
                    "--merge", c_policy, "--batch-size", "200")  # fmt: skip
    cli_processes.append(cli)
    logs = tmp_path / "logs"
    services.wait_until(lambda: len(list(logs.glob("*.log"))) == 3, 30, "C's log")
    c_id = max(log.stem for log in logs.glob("*.log"))
    services.wait_until(lambda: imported(db, c_id)[0] > 0, 60, "C storing", every=0.01)
    with db.connect() as lock:  # C's batches stop mid-transaction; the undos queue behind
        lock.begin()
        lock.execute(text("LOCK TABLE people IN EXCLUSIVE MODE"))
        undos = [start_cli(env, "undo", files["B"][2], "--wait", "--json") for _ in range(2)]
        cli_processes.extend(undos)
        time.sleep(rng.uniform(0.5, 2.0))
        held = imported(db, c_id)[0]
        lock.rollback()
    results = []
    for undo in undos:
        out, err = undo.communicate(timeout=120)
        assert undo.returncode == 0, err
        results.append(json.loads(out))
    print(f"B undone twice at once around {held} of C's rows stored")
    assert sorted(result["changed"] for result in results) == [False, True], results
    out, err = cli.communicate(timeout=240)
    assert cli.returncode == 0, err
    c = json.loads(out)
    files["C"] = (c_rows, c_policy, c["import_id"])
    standing = ["A", "C"]
    assert known(db) == fold(*(files[name][:2] for name in standing))
    distinct = len({row[1].lower() for row in c_rows})
    assert (c["state"], c["stored"], c["failed"], c["inserted"]) == ("done", len(c_rows), 0, 0)
    assert c["updated"] + c["unchanged"] == distinct
    assert counts(status(env, c["import_id"])) == counts(c)
    for name in rng.sample(standing, 2):
        # (A undone under C changes only the people C left alone: C's values stand.)
        run_json(env, "undo", files[name][2], "--wait")
        standing.remove(name)
        assert known(db) == fold(*(files[left][:2] for left in standing)), name
    for name in "ABC":
        assert status(env, files[name][2])["state"] == "undone"
