"""More faults and ordinary operations, each ending with exact tables and exact counts.

- a worker whose main process froze after its pool committed batches (so nothing was
  acknowledged), then killed: the batches come back, and rows whose person a later batch
  of the same import wrote meanwhile must not count twice;
- the same generated file imported per-row and bulk, under each merge policy, over the
  same table: the same people, the same counts, and identical rows true no-ops (no
  revision, no updated_at, no history entry) in both modes;
- three overlapping imports under generated policies and modes, undone in a generated
  order: after each undo the table is the fold of the imports standing; a second undo
  changes nothing;
- three bulk imports of overlapping people queued before any worker, pool processes
  killed -9 at random moments: the fold of the three, each import's counts exact;
- three imports of the same people at once, per-row and bulk, under generated policies:
  the fold of the three in import-id order, and each person inserted by one import;
- --keep-columns with odd headers (twice the same, empty, non-Latin, quotes and commas,
  3,000 characters): per-row and bulk store the same attributes, and a re-import under
  every policy writes nothing;
- the CLI killed -9 mid per-row publish: `status` shows what was stored and no enqueued
  count it can't vouch for; the same command again stores the rest, each row once;
- an import whose worker was lost after committing batches it never acknowledged, undone
  once stored again: the imports before it are back, exactly; a second undo is nothing;
- an undo landing while another import's batches write the same people: the fold of the
  imports standing, the running import's counts exact.

The random choices come from random.Random(seed); the seed is printed (run with -rP, or
-s) and can be forced with FAULTS_SEED. Nothing here measures time.
"""

import csv
import json
import os
import random
import signal
import time
from pathlib import Path

import pytest
from kombu import Connection
from sqlalchemy import text

from people_import_contract.fast_paths import fast_paths_enabled
from tests import helpers, services
from tests.helpers import (
    BROKER_URL,
    POLICIES,
    apply,
    fold,
    later_row_wins,
    predicted,
    run_json,
    start_cli,
    write_csv,
)
from tests.helpers import people_table as table

pytestmark = pytest.mark.faults  # signals and kill -9: runs alone


def seeded(name: str) -> random.Random:
    return helpers.seeded(name, "FAULTS_SEED")


COUNTERS = ("stored", "failed", "inserted", "updated", "unchanged")


def imported(db, import_id: str) -> tuple:
    """The import's COUNTERS in PostgreSQL; zeros before its first batch is stored."""
    with db.connect() as connection:
        row = connection.execute(
            text(f"SELECT {', '.join(COUNTERS)} FROM imports WHERE import_id = :id"),
            {"id": import_id},
        ).one_or_none()
    return tuple(row) if row else (0,) * len(COUNTERS)


def freeze_and_kill(worker, db, import_id: str) -> int:
    """Once the worker stores the import: freeze its main process (the pool commits what it
    holds, nothing is acknowledged), then kill -9 it all; the rows counted by then."""
    services.wait_until(lambda: imported(db, import_id)[0] > 0, 60, "storing", every=0.01)
    os.kill(worker.process.pid, signal.SIGSTOP)
    last, steady = -1, 0
    while steady < 10:
        stored = imported(db, import_id)[0]
        steady, last = (steady + 1 if stored == last else 0), stored
        time.sleep(0.2)
    os.killpg(worker.process.pid, signal.SIGKILL)
    worker.process.wait()
    return last


# -- 1. committed, not acknowledged, redelivered after a later batch ----------


@pytest.mark.timeout(180)
@pytest.mark.parametrize(
    "mode, people",
    [pytest.param([], 500, id="per-row"), pytest.param(["--batch-size", "100"], 100, id="bulk")],
)
def test_batches_committed_then_redelivered_after_later_lines_count_once(
    db, env, start_worker, tmp_path, mode, people
):
    """Every batch writes the same people (each email once a batch, `people` emails in
    turn), so the two batches the pool holds when the main process freezes share every
    person. Both commit; neither is acknowledged; kill -9. Redelivered, the earlier
    batch's lines are no longer each person's logged line (the later batch's are): they
    were once counted again, stored above the file's rows."""
    # Celery's plain strategy (FAST_PATHS=0) stores one row per transaction: fewer rounds.
    rounds = 20 if fast_paths_enabled(env) else 4
    rows = [(f"Name {n}", f"user.{n % people}@example.com") for n in range(rounds * people)]
    csv = write_csv(tmp_path / "people.csv", rows)
    sent = run_json(env, "-csv", csv, *mode)  # no worker yet: a backlog
    import_id = sent["import_id"]
    last = freeze_and_kill(start_worker(concurrency=2), db, import_id)
    print(f"killed with {last} of {len(rows)} rows counted, none acknowledged")
    start_worker(concurrency=2)
    services.wait_until(lambda: imported(db, import_id)[0] >= len(rows), 90, "all stored")
    time.sleep(1)  # a double count would land now
    assert table(db) == later_row_wins(rows)
    stored, failed, inserted, updated, unchanged = imported(db, import_id)
    assert (stored, failed) == (len(rows), 0)
    assert (inserted, updated, unchanged) == (people, 0, 0)
    view = run_json(env, "status", import_id)
    assert (view["state"], view["stored"], view["superseded"]) == (
        "done", len(rows), len(rows) - people,
    )  # fmt: skip


# -- 2. per-row and bulk: the same file, the same table, counts and no-ops ----

HEADER = "Full Name,Email,Phone,Company,Job Title\n"
KNOWN = "SELECT lower(email), full_name, email, phone, company, job_title FROM people"
STAMPS = "SELECT lower(email), revision, updated_at FROM people"


def write_known(path, rows) -> object:
    path.write_text(HEADER + "".join(",".join(row) + "\n" for row in rows), encoding="utf-8")
    return path


def known(db) -> dict[str, tuple]:
    """email key -> (name, email as stored, phone, company, job title)."""
    with db.connect() as connection:
        return {row[0]: tuple(row[1:]) for row in connection.execute(text(KNOWN))}


def stamps(db) -> dict[str, tuple]:
    with db.connect() as connection:
        return {row[0]: tuple(row[1:]) for row in connection.execute(text(STAMPS))}


def history_of(db, import_id: str) -> set[str]:
    """The people the import's writes replaced a version of (email keys)."""
    with db.connect() as connection:
        query = "SELECT DISTINCT lower(email) FROM people_history WHERE new_import = :i"
        return set(connection.execute(text(query), {"i": import_id}).scalars())


def untouched_people(before: dict, rows, policy: str) -> set[str]:
    """Stored people every row of whom is exactly what is stored (insert-only: any row)."""
    rows_of: dict[str, set] = {}
    for name, email, *fields in rows:
        rows_of.setdefault(email.lower(), set()).add((name, email, *(v or None for v in fields)))
    return {
        key
        for key, versions in rows_of.items()
        if key in before and (policy == "insert-only" or versions == {before[key]})
    }


def person(rng: random.Random, key: int) -> tuple:
    local = "".join(c.upper() if rng.random() < 0.3 else c for c in f"person.{key}")
    return (
        rng.choice(["Ann Lee", "Ann Lee-Smith", "Ben Ode", "Cy Park"]) + f" {key % 3}",
        f"{local}@example.com",
        rng.choice(["", "+12125550100", "+12125550199"]),
        rng.choice(["", "Acme", "Globex"]),
        rng.choice(["", "CTO"]),
    )


def generated_file(rng: random.Random, base: list, people: int) -> list:
    """Rows over `people` emails: new people, changed ones, and rows identical to the
    base's (the same spelling, the same fields), some twice, in random order."""
    rows = []
    for _ in range(rng.randrange(people // 2, people * 2)):
        roll = rng.random()
        if roll < 0.4 and base:
            rows.append(rng.choice(base))  # identical to what the base stored
        else:
            rows.append(person(rng, rng.randrange(people)))
    if base:  # at least one person the file leaves as stored
        identical = rng.choice(base)
        rows = [row for row in rows if row[1].lower() != identical[1].lower()]
        rows.insert(rng.randrange(len(rows) + 1), identical)
    return rows


def truncate(db) -> None:
    with db.begin() as connection:
        connection.execute(
            text("TRUNCATE people, people_history, people_writes, people_write_lines")
        )


@pytest.mark.timeout(600)
def test_per_row_and_bulk_give_the_same_people_counts_and_no_ops(db, env, start_worker, tmp_path):
    rng = seeded("per-row and bulk")
    start_worker()
    for round_ in range(3):
        people = rng.randrange(4, 40)
        base_rows = list(apply({}, [person(rng, k) for k in range(people)], "overwrite").values())
        base_rows = [
            (name, email, *(v or "" for v in fields)) for name, email, *fields in base_rows
        ]
        rows = generated_file(rng, base_rows, people + 5)
        policy = rng.choice(POLICIES)
        size = rng.choice(["1", "3", "50"])
        print(f"round {round_}: {len(rows)} rows, --merge {policy}, bulk --batch-size {size}")
        base_csv = write_known(tmp_path / f"base{round_}.csv", base_rows)
        csv = write_known(tmp_path / f"file{round_}.csv", rows)
        expected = fold((base_rows, "overwrite"), (rows, policy))
        outcomes = []
        for flags in ([], ["--batch-size", size]):
            truncate(db)
            run_json(env, "-csv", base_csv, "--wait", *flags)
            before, stamped = known(db), stamps(db)
            done = run_json(env, "-csv", csv, "--wait", "--merge", policy, *flags)
            assert known(db) == expected, (flags, policy)
            got = {k: done[k] for k in ("inserted", "updated", "unchanged", "superseded")}
            assert got == predicted(before, rows, policy), (flags, policy)
            assert (done["stored"], done["failed"]) == (len(rows), 0)
            # A person whose every row is the stored one (or any row, under insert-only):
            # not written at all, in either mode, however the rows fell into batches.
            untouched = untouched_people(before, rows, policy)
            assert untouched, "the generated file has no identical row"
            after = stamps(db)
            assert {k: after[k] for k in untouched} == {k: stamped[k] for k in untouched}
            assert not history_of(db, done["import_id"]) & untouched
            outcomes.append((known(db), got))
        assert outcomes[0] == outcomes[1]


# -- 3. three overlapping imports undone in a generated order ----------------


@pytest.mark.timeout(600)
def test_three_overlapping_imports_undone_in_generated_orders(db, env, start_worker, tmp_path):
    rng = seeded("undo orders")
    start_worker()
    for round_ in range(2):
        truncate(db)
        people = rng.randrange(5, 30)
        files, ids = [], []
        for name in "ABC":
            rows = generated_file(rng, [], people) or [person(rng, 0)]
            policy = rng.choice(POLICIES)
            flags = rng.choice([[], ["--batch-size", rng.choice(["1", "4", "50"])]])
            csv = write_known(tmp_path / f"{name}{round_}.csv", rows)
            before = known(db)
            done = run_json(env, "-csv", csv, "--wait", "--merge", policy, *flags)
            got = {k: done[k] for k in ("inserted", "updated", "unchanged", "superseded")}
            assert got == predicted(before, rows, policy), (name, policy, flags)
            files.append((rows, policy))
            ids.append(done["import_id"])
            print(f"round {round_}: {name} {len(rows)} rows, --merge {policy} {' '.join(flags)}")
        assert known(db) == fold(*files)
        order = rng.sample(range(3), 3)
        print(f"round {round_}: undo {' then '.join('ABC'[i] for i in order)}")
        standing = [0, 1, 2]
        for index in order:
            wrote = {row[1].lower() for row in files[index][0]}
            standing.remove(index)
            left = fold(*(files[i] for i in standing))
            result = run_json(env, "undo", ids[index], "--wait")
            assert result["state"] == "undone"
            assert known(db) == left, ("ABC"[index], standing)
            assert result["removed"] == len(wrote - set(left))
            later = set().union(
                *({r[1].lower() for r in files[i][0]} for i in standing if i > index)
            )
            assert result["kept"] == len(wrote & later)
            again = run_json(env, "undo", ids[index], "--wait")
            assert (again["changed"], again["restored"], again["removed"]) == (False, 0, 0)
            assert known(db) == left
        assert known(db) == {}


# -- 4. a backlog of imports, pool processes killed at random moments ---------


def pool_children(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [int(child) for child in children]


def counters(db, import_id: str) -> dict:
    return dict(zip(COUNTERS, imported(db, import_id), strict=True))


@pytest.mark.timeout(300)
def test_a_bulk_backlog_of_imports_with_pool_processes_killed(db, env, start_worker, tmp_path):
    """Three imports of overlapping people (each email several times a file), under
    generated policies, queued before any worker; pool processes killed -9 at random
    moments, then the worker stopped (SIGTERM) or killed (kill -9) and started again: the
    fold of the three, and each import's counts exact."""
    rng = seeded("bulk backlog")
    people, files, sent = 1500, [], []
    for name in "ABC":
        rows = [person(rng, rng.randrange(people)) for _ in range(rng.randrange(3000, 6000))]
        policy = rng.choice(POLICIES)
        size = rng.choice(["100", "250", "500"])
        csv = write_known(tmp_path / f"{name}.csv", rows)
        sent.append(run_json(env, "-csv", csv, "--merge", policy, "--batch-size", size))
        files.append((rows, policy))
        print(f"{name}: {len(rows)} rows, --merge {policy}, --batch-size {size}")
    total = sum(len(rows) for rows, _ in files)
    stored = lambda: sum(imported(db, s["import_id"])[0] for s in sent)  # noqa: E731
    worker = start_worker(concurrency=2)
    kills = 0
    while kills < 4 and stored() < total * 0.8:
        time.sleep(rng.uniform(0.05, 0.8))
        children = pool_children(worker.process.pid)
        if children:
            os.kill(rng.choice(children), signal.SIGKILL)
            kills += 1
    stop = rng.choice(["SIGTERM", "kill -9"])
    print(f"{kills} pool processes killed with {stored()} of {total} rows stored, then {stop}")
    if stop == "SIGTERM":
        worker.stop()  # a warm shutdown: the messages in hand finish
    else:
        os.killpg(worker.process.pid, signal.SIGKILL)  # nothing unacknowledged survives
        worker.process.wait()
    start_worker(concurrency=2)
    services.wait_until(lambda: stored() >= total, 120, "every row stored")
    time.sleep(1)  # a double count would land now
    assert known(db) == fold(*files)
    inserted = 0
    for (rows, _policy), summary in zip(files, sent, strict=True):
        got = counters(db, summary["import_id"])
        distinct = len({row[1].lower() for row in rows})
        assert (got["stored"], got["failed"]) == (len(rows), 0), summary["import_id"]
        assert got["inserted"] + got["updated"] + got["unchanged"] == distinct
        view = run_json(env, "status", summary["import_id"])
        assert (view["state"], view["stored"], view["superseded"]) == (
            "done", len(rows), len(rows) - distinct,
        )  # fmt: skip
        inserted += got["inserted"]
    assert inserted == len(known(db))  # each person inserted by one import only


# -- 5. imports of the same people at once, under different policies ---------


@pytest.mark.timeout(300)
def test_concurrent_imports_of_the_same_people_end_as_their_fold(
    db, env, start_worker, tmp_path, cli_processes
):
    """Three CLIs at once (per-row and bulk), each under its own policy, over the same
    people, on two workers: each person ends as the fold of the three in import-id order
    (later wins across imports), whatever order their batches committed in."""
    rng = seeded("concurrent imports")
    start_worker(concurrency=2)
    start_worker(concurrency=2)
    people, files = 800, []
    for name in "ABC":
        rows = [person(rng, rng.randrange(people)) for _ in range(rng.randrange(2000, 4000))]
        policy = rng.choice(POLICIES)
        flags = rng.choice([[], ["--batch-size", rng.choice(["50", "300"])]])
        csv = write_known(tmp_path / f"{name}.csv", rows)
        files.append((rows, policy, ["-csv", csv, "--wait", "--json", "--merge", policy, *flags]))
        print(f"{name}: {len(rows)} rows, --merge {policy} {' '.join(flags)}")
    started = [start_cli(env, *args) for _rows, _policy, args in files]
    cli_processes.extend(started)
    summaries = []
    for cli in started:
        out, err = cli.communicate(timeout=240)
        assert cli.returncode == 0, err
        summaries.append(json.loads(out))
    by_id = sorted(zip(summaries, files, strict=True), key=lambda pair: pair[0]["import_id"])
    assert known(db) == fold(*((rows, policy) for _s, (rows, policy, _a) in by_id))
    for summary, (rows, _policy, _args) in by_id:
        distinct = len({row[1].lower() for row in rows})
        assert (summary["stored"], summary["failed"]) == (len(rows), 0)
        assert summary["inserted"] + summary["updated"] + summary["unchanged"] == distinct
        assert summary["superseded"] == len(rows) - distinct
    # Each person inserted by one import: a batch holding two imports' rows for a new
    # person once counted it inserted by both (816 inserted for 800 people).
    assert sum(summary["inserted"] for summary in summaries) == len(known(db))


# -- 6. --keep-columns with odd headers: per-row and bulk alike, re-imports no-ops -


def odd_headers_file(rng: random.Random, path) -> list[dict]:
    """Name, Email and other columns with odd headers: twice the same, empty, non-Latin,
    a comma and quotes inside, spaces around, 3,000 characters long. Each email once: a
    re-import of a file whose rows for one email differ writes the versions between
    (docs/undo.md), so only then is the whole re-import a no-op."""
    others = ["Notes", "Notes", "", "備考", 'Say "hi", then', "  Padded  ", "H" * 3000, "Ünïcödé"]
    header = ["Name", "Email", *others]
    lines = [header]
    for key in range(rng.randrange(20, 60)):
        cells = [rng.choice(["", "x", "ü,ñ", '"q"', "  s  ", "v" * rng.randrange(1, 500)])
                 for _ in others]  # fmt: skip
        lines.append([f"Person {key} {rng.randrange(3)}", f"p{key}@example.com", *cells])
    with open(path, "w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows(lines)
    return lines


def attributes(db) -> dict:
    with db.connect() as connection:
        query = "SELECT lower(email), full_name, attributes, revision FROM people"
        return {row[0]: tuple(row[1:]) for row in connection.execute(text(query))}


@pytest.mark.timeout(300)
def test_keep_columns_with_odd_headers_per_row_and_bulk_alike(db, env, start_worker, tmp_path):
    rng = seeded("keep columns")
    start_worker()
    odd = tmp_path / "odd.csv"
    odd_headers_file(rng, odd)
    outcomes = []
    for flags in ([], ["--batch-size", rng.choice(["1", "7", "100"])]):
        truncate(db)
        first = run_json(env, "-csv", odd, "--wait", "--keep-columns", *flags)
        assert first["failed"] == 0 and first["stored"] + first["rejected"] == first["rows"]
        stored = attributes(db)
        again = run_json(env, "-csv", odd, "--wait", "--keep-columns", *flags)
        assert (again["inserted"], again["updated"]) == (0, 0), flags
        assert attributes(db) == stored  # no revision moved
        for policy in ("fill-blanks", "insert-only"):
            same = run_json(env, "-csv", odd, "--wait", "--keep-columns", "--merge", policy, *flags)
            assert (same["inserted"], same["updated"]) == (0, 0), (flags, policy)
            assert attributes(db) == stored
        keys = ("rows", "rejected", "rejected_by_reason", "inserted", "superseded")
        outcomes.append((stored, {key: first[key] for key in keys}))
    assert outcomes[0] == outcomes[1]
    assert any(values[1] for values in outcomes[0][0].values())  # some attributes were kept


# -- 7. the CLI killed -9 mid per-row publish, then the same command again ------


def queued(queue: str) -> int:
    """Messages waiting in the import queue (a passive declaration: it must exist)."""
    with Connection(BROKER_URL) as connection:
        return connection.default_channel.queue_declare(queue, passive=True).message_count


@pytest.mark.timeout(300)
def test_cli_kill_9_mid_per_row_publish_then_the_same_command(
    db, env, start_worker, tmp_path, cli_processes
):
    rng = seeded("CLI kill -9 per-row")
    rows = [(f"Person {n}", f"p{n}@example.com") for n in range(30_000)]
    csv_path = write_csv(tmp_path / "people.csv", rows)
    cli = start_cli(env, "-csv", csv_path, "--json")  # no worker yet: the queue shows progress
    cli_processes.append(cli)
    at = rng.randrange(1, len(rows) // 2)
    queue = env["IMPORT_QUEUE"]
    services.wait_until(lambda: queued(queue) >= at, 60, f"{at} messages", every=0.005)
    cli.kill()
    cli.communicate()
    killed = next((tmp_path / "logs").glob("*.log")).stem
    start_worker()
    # What reached the broker is stored, once; nothing more comes.
    last, steady = -1, 0
    while steady < 10:
        stored = imported(db, killed)[0]
        steady, last = (steady + 1 if stored == last else 0), stored
        time.sleep(0.3)
    print(f"killed with {at} or more messages queued; {last} of {len(rows)} stored")
    assert 0 < last < len(rows), "the kill must land mid-publish"
    view = run_json(env, "status", killed)
    print({k: view[k] for k in ("state", "enqueued", "stored", "pending", "inserted")})
    assert view["state"] in ("running", "interrupted")
    assert (view["stored"], view["inserted"], view["failed"]) == (last, last, 0)
    assert view["enqueued"] is None or view["enqueued"] >= view["stored"], view
    assert len(table(db)) == last

    again = run_json(env, "-csv", csv_path, "--wait")
    assert (again["stored"], again["inserted"], again["unchanged"]) == (
        len(rows), len(rows) - last, last,
    )  # fmt: skip
    assert table(db) == later_row_wins(rows)


# -- 8. undo of an import whose worker was lost mid-import ---------------------


@pytest.mark.timeout(300)
@pytest.mark.parametrize("mode", [[], ["--batch-size", "200"]], ids=["per-row", "bulk"])
def test_undo_of_an_import_whose_worker_was_lost_mid_import(db, env, start_worker, tmp_path, mode):
    """B renames A's people, each email twice; its worker is lost after committing batches
    it never acknowledged. Once B is stored again (each row counted once), undo B: A's people
    are back, exactly; a second undo changes nothing."""
    rng = seeded("undo after a lost worker")
    people = 2000
    a_rows = [(f"A {n}", f"p{n}@example.com") for n in range(people)]
    order = list(range(people)) * 2
    rng.shuffle(order)
    b_rows = [(f"B {n} {i}", f"P{n}@example.com") for i, n in enumerate(order)]
    first = start_worker()
    run_json(env, "-csv", write_csv(tmp_path / "a.csv", a_rows), "--wait", *mode)
    first.stop()
    b = run_json(env, "-csv", write_csv(tmp_path / "b.csv", b_rows), *mode)  # a backlog
    print(f"worker lost with {freeze_and_kill(start_worker(), db, b['import_id'])} rows counted")
    start_worker()
    services.wait_until(lambda: imported(db, b["import_id"])[0] >= len(b_rows), 90, "B stored")
    assert table(db) == later_row_wins(b_rows)
    assert imported(db, b["import_id"]) == (len(b_rows), 0, 0, people, 0)
    result = run_json(env, "undo", b["import_id"], "--wait")
    assert (result["state"], result["restored"], result["removed"]) == ("undone", people, 0)
    assert table(db) == later_row_wins(a_rows)
    again = run_json(env, "undo", b["import_id"], "--wait")
    assert (again["changed"], table(db)) == (False, later_row_wins(a_rows))
    assert run_json(env, "status", b["import_id"])["state"] == "undone"


# -- 9. an undo while another import writes the same people ------------------


@pytest.mark.timeout(300)
def test_an_undo_while_another_import_writes_the_same_people(
    db, env, start_worker, tmp_path, cli_processes
):
    """A inserts, B changes them, then C (a generated policy) writes the same people while
    B is undone: the undo and C's batches wait for each other (docs/undo.md, Concurrency),
    and the table ends as the fold of A and C, C's counts exact."""
    rng = seeded("undo during an import")
    people = 1500
    start_worker(concurrency=2)
    files = []
    for name, policy in (("A", "overwrite"), ("B", rng.choice(POLICIES))):
        rows = [person(rng, key) for key in range(people)]
        done = run_json(env, "-csv", write_known(tmp_path / f"{name}.csv", rows), "--wait",
                        "--merge", policy)  # fmt: skip
        files.append((rows, policy, done["import_id"]))
    c_rows = [person(rng, rng.randrange(people)) for _ in range(20_000)]
    c_policy = rng.choice(POLICIES)
    print(f"B --merge {files[1][1]}, C --merge {c_policy}")
    c_csv = write_known(tmp_path / "C.csv", c_rows)
    # Bulk: the undo's message does not queue behind C's rows.
    cli = start_cli(
        env, "-csv", c_csv, "--wait", "--json", "--merge", c_policy, "--batch-size", "200"
    )
    cli_processes.append(cli)
    logs = tmp_path / "logs"
    services.wait_until(lambda: len(list(logs.glob("*.log"))) == 3, 30, "C's log")
    c_id = max(log.stem for log in logs.glob("*.log"))
    services.wait_until(lambda: imported(db, c_id)[0] > 0, 60, "C storing", every=0.01)
    with db.connect() as lock:  # C's batches stop mid-transaction; the undo queues behind them
        lock.begin()
        lock.execute(text("LOCK TABLE people IN EXCLUSIVE MODE"))
        undo_cli = start_cli(env, "undo", files[1][2], "--wait", "--json")
        cli_processes.append(undo_cli)
        time.sleep(rng.uniform(0.5, 2.0))
        held = imported(db, c_id)[0]
        lock.rollback()
    out, err = undo_cli.communicate(timeout=120)
    assert undo_cli.returncode == 0, err
    undone = json.loads(out)
    assert undone["state"] == "undone"
    print(f"B undone around {held} of C's rows stored: {undone}")
    out, err = cli.communicate(timeout=240)
    assert cli.returncode == 0, err
    c = json.loads(out)
    a_rows, a_policy, _ = files[0]
    assert known(db) == fold((a_rows, a_policy), (c_rows, c_policy))
    distinct = len({row[1].lower() for row in c_rows})
    assert (c["stored"], c["failed"], c["inserted"]) == (len(c_rows), 0, 0)
    assert c["updated"] + c["unchanged"] == distinct
