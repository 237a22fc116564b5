"""Ordinary operations no other test tried, each ending with exact tables and exact counts.

- a worker stopped (SIGTERM) then killed (kill -9) at a random moment of a bulk backlog;
- the CLI killed with kill -9 mid-publish (bulk), then the same command run again;
- a private RabbitMQ node restarted mid bulk import;
- two overlapping imports undone in both orders (B then A, A then B), under each --merge
  policy, with re-imports after the undos (the second A is partly superseded by B);
- a vCard file with one unreadable card among good ones, and text files with mixed line
  ends and a truncated last line (cut inside its quotes, or inside its last character).

The random moments and orders come from random.Random(seed); the seed is printed (run
with -rP, or -s) and can be forced with OPERATIONS_SEED. Nothing here measures time.
"""

import csv
import json
import os
import random
import re
import signal
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from kombu import Connection
from sqlalchemy import text

from people_import_contract.queues import dead_letter_queue
from tests import helpers, services
from tests.helpers import (
    BROKER_URL,
    POLICIES,
    backends,
    fold,
    later_row_wins,
    predicted,
    run_json,
    start_cli,
    write_csv,
)
from tests.helpers import people_table as table

pytestmark = pytest.mark.faults  # signals, kill -9 and a private broker: runs alone


def seeded(name: str) -> random.Random:
    return helpers.seeded(name, "OPERATIONS_SEED")


# -- reading the outcome ----------------------------------------------------


def known(db) -> dict[str, tuple]:
    """email key -> (name, email as stored, phone, company)."""
    with db.connect() as connection:
        rows = connection.execute(text("SELECT full_name, email, phone, company FROM people")).all()
    return {row[1].lower(): tuple(row) for row in rows}


def stored_by(db, import_id: str) -> int:
    """The import's `stored` counter in PostgreSQL (0 before its first batch)."""
    with db.connect() as connection:
        stored = connection.execute(
            text("SELECT stored FROM imports WHERE import_id = :id"), {"id": import_id}
        ).scalar()
    return stored or 0


def written(db, import_id: str) -> int:
    """People the import wrote (the writes log: one row per person and import)."""
    with db.connect() as connection:
        return connection.execute(
            text("SELECT count(*) FROM people_writes WHERE import_id = :id"), {"id": import_id}
        ).scalar_one()


def status(env, import_id: str) -> dict:
    return run_json(env, "status", import_id)


def counts(view: dict) -> dict:
    keys = ("stored", "failed", "rejected", "inserted", "updated", "unchanged", "superseded")
    return {key: view[key] for key in keys}


def dead_letters(broker_url: str, queue: str) -> int:
    """Messages parked in `<queue>.dead` (left there)."""
    with Connection(broker_url) as connection:
        declared = dead_letter_queue(queue)(connection.default_channel).queue_declare(passive=True)
        return declared.message_count


def waiting(broker_url: str, queue: str) -> int:
    with Connection(broker_url) as connection:
        channel = connection.default_channel
        return sum(
            channel.queue_declare(name, passive=True).message_count
            for name in (queue, f"{queue}.bulk")
        )


def bulk_waiting(queue: str, broker_url: str = BROKER_URL) -> int:
    with Connection(broker_url) as connection:
        channel = connection.default_channel
        return channel.queue_declare(f"{queue}.bulk", passive=True).message_count


# -- 1. a worker stopped and killed on a bulk backlog -------------------------


@pytest.mark.timeout(120)
def test_worker_sigterm_then_kill_9_at_random_moments_of_a_bulk_backlog(
    db, env, start_worker, tmp_path
):
    """Every email twice, far apart (never twice in one batch): counts are exact, not only
    the table (docs/guarantees.md allows a double count only within one batch)."""
    rng = seeded("worker restarts")
    emails = 10_000
    first = [(f"First {n}", f"user.{n}@example.com") for n in range(emails)]
    order = list(range(emails))
    rng.shuffle(order)
    second = [(f"Second {n}", f"User.{n}@Example.com") for n in order]
    rows = first + second
    csv = write_csv(tmp_path / "people.csv", rows)
    sent = run_json(env, "-csv", csv, "--batch-size", "100")  # no worker: a backlog
    assert sent["enqueued"] == len(rows)

    for stop in ("SIGTERM", "kill -9"):
        before = stored_by(db, sent["import_id"])
        worker = start_worker()
        # A random moment once this worker is storing: mid-batch, between batches, or late.
        started = lambda before=before: stored_by(db, sent["import_id"]) > before  # noqa: E731
        services.wait_until(started, 60, "storing")
        time.sleep(rng.uniform(0.0, 1.0))
        if stop == "SIGTERM":
            worker.stop()  # a warm shutdown: the batches in hand finish
        else:
            os.killpg(worker.process.pid, signal.SIGKILL)  # nothing unacknowledged survives
            worker.process.wait()
        print(f"{stop} with {stored_by(db, sent['import_id'])} of {len(rows)} rows stored")
    start_worker()

    def done():
        return status(env, sent["import_id"])["state"] == "done"

    services.wait_until(done, 90, "the backlog stored")
    expected = sorted({(f"Second {n}", f"User.{n}@example.com") for n in range(emails)})
    assert table(db) == expected
    assert counts(status(env, sent["import_id"])) == {
        "stored": len(rows), "failed": 0, "rejected": 0,
        "inserted": emails, "updated": 0, "unchanged": 0, "superseded": emails,
    }  # fmt: skip
    assert dead_letters(BROKER_URL, env["IMPORT_QUEUE"]) == 0


# -- 2. the CLI killed mid-publish, then run again -----------------------------


@pytest.mark.timeout(150)
def test_cli_kill_9_mid_bulk_publish_then_the_same_command_again(db, env, start_worker, tmp_path):
    rng = seeded("CLI kill -9")
    rows = [(f"Person {n}", f"p{n}@example.com") for n in range(20_000)]
    csv = write_csv(tmp_path / "people.csv", rows)
    queue = env["IMPORT_QUEUE"]
    cli = start_cli(env, "-csv", csv, "--batch-size", "50", "--json")
    at = rng.randrange(10, 300)  # of its 400 bulk messages
    services.wait_until(lambda: bulk_waiting(queue) >= at, 60, f"{at} messages", every=0.005)
    cli.kill()
    cli.communicate()
    queued = bulk_waiting(queue) * 50
    print(f"killed with {queued} of {len(rows)} rows confirmed")
    assert 0 < queued < len(rows), "the kill must land mid-publish"
    assert waiting(BROKER_URL, queue) == queued // 50  # no tasks.record_import: it never ended
    killed = next((tmp_path / "logs").glob("*.log")).stem

    start_worker()
    again = run_json(env, "-csv", csv, "--wait", "--batch-size", "50", timeout=120)
    assert table(db) == later_row_wins(rows)

    def killed_settled():
        return waiting(BROKER_URL, queue) == 0 and status(env, killed)["stored"] is not None

    services.wait_until(killed_settled, 60, "the killed import's messages stored")
    with db.connect() as connection:
        by_killed = connection.execute(
            text("SELECT count(*) FROM people WHERE source_import = :id"), {"id": killed}
        ).scalar_one()
    assert by_killed == queued == written(db, killed)  # what reached the broker, once
    first = status(env, killed)
    assert (first["stored"], first["failed"], first["inserted"]) == (queued, 0, queued)
    assert counts(again) == {
        "stored": len(rows), "failed": 0, "rejected": 0,
        "inserted": len(rows) - queued, "updated": 0, "unchanged": queued, "superseded": 0,
    }  # fmt: skip
    assert dead_letters(BROKER_URL, queue) == 0


# -- 3. RabbitMQ restarted mid bulk import -----------------------------------


@contextmanager
def table_locked(db):
    """Writers block mid-transaction until the block ends: the fault lands on batches
    received, unacknowledged and uncommitted."""
    connection = db.connect()
    try:
        connection.begin()
        connection.execute(text("LOCK TABLE people IN EXCLUSIVE MODE"))
        yield
    finally:
        connection.rollback()
        connection.close()


@pytest.mark.timeout(180)
def test_rabbitmq_restarted_mid_bulk_import_then_a_rerun(db, env, start_worker, tmp_path, scratch):
    rabbitmq = services.RabbitMQ(scratch, name="operations")
    try:
        env["BROKER_CONN"] = rabbitmq.url
        rows = [(f"Person {n}", f"p{n}@example.com") for n in range(10_000)]
        csv = write_csv(tmp_path / "people.csv", rows)
        start_worker()
        with table_locked(db):
            cli = start_cli(env, "-csv", csv, "--batch-size", "100", "--json")
            # The first bulk message in the broker, the CLI still reading (it sends fast).
            services.wait_until(
                lambda: bulk_waiting(env["IMPORT_QUEUE"], rabbitmq.url)
                or backends(db, locked=True),
                60, "a batch", every=0.002,
            )  # fmt: skip
            os.kill(cli.pid, signal.SIGSTOP)
            rabbitmq.stop()
            rabbitmq.start()
            os.kill(cli.pid, signal.SIGCONT)
        out, err = cli.communicate(timeout=120)
        print(f"CLI exit {cli.returncode}: {err.strip().splitlines()[-1:]}")
        assert cli.returncode in (0, 1), err
        first = json.loads(out)
        imports = [first["import_id"]]
        if cli.returncode == 1:
            confirmed = int(re.search(r"confirmed through line (\d+)", err)[1])
            assert first["enqueued"] == max(confirmed - 1, 0)  # the header is line 1
            again = run_json(
                {**env, "STALL_SECONDS": "30"}, "-csv", csv, "--batch-size", "100", "--wait",
                timeout=120,
            )  # fmt: skip
            assert (again["stored"], again["failed"], again["updated"]) == (len(rows), 0, 0)
            # Each person once: new to the rerun, or already stored by the first run.
            assert again["inserted"] + again["unchanged"] == len(rows)
            assert again["unchanged"] >= first["enqueued"]
            imports.append(again["import_id"])

        def settled():
            return all(status(env, i)["state"] in ("done", "interrupted", "failed")
                       and status(env, i)["pending"] in (0, None) for i in imports)  # fmt: skip

        services.wait_until(lambda: table(db) == later_row_wins(rows), 90, "every row stored")
        services.wait_until(settled, 60, "the imports settled")
        view = status(env, imports[0])
        assert view["failed"] == 0 and view["stored"] >= first["enqueued"]
        for import_id in imports:  # every file's email once: each row stored is counted once
            assert status(env, import_id)["stored"] == written(db, import_id), import_id
        if cli.returncode == 0:
            assert counts(view) == {
                "stored": len(rows), "failed": 0, "rejected": 0,
                "inserted": len(rows), "updated": 0, "unchanged": 0, "superseded": 0,
            }  # fmt: skip
        assert table(db) == later_row_wins(rows)
        assert dead_letters(rabbitmq.url, env["IMPORT_QUEUE"]) == 0
    finally:
        rabbitmq.close()


# -- 4. overlapping imports undone in both orders, under each policy ----------

HEADER = "Full Name,Email,Phone,Company\n"
O_ROWS = [("Ann Lee", "ann@example.com", "+12125550100", "")]
A_ROWS = [
    ("Ann A", "ANN@example.com", "", "Acme"),
    ("Ben A", "ben@example.com", "+12125550111", ""),
    ("Cy A", "cy@example.com", "", "Cyco"),
]
B_ROWS = [
    ("Ann Early", "ann@example.com", "+12125550199", ""),  # superseded by B's later line
    ("Dee B", "dee@example.com", "+12125550133", ""),
    ("Ben B", "BEN@example.com", "", "Bco"),
    ("Ann B", "ann@example.com", "+12125550122", "Bco"),
]


def write_known(path: Path, rows) -> Path:
    path.write_text(HEADER + "".join(",".join(row) + "\n" for row in rows), encoding="utf-8")
    return path


def undone(env, import_id: str) -> dict:
    result = run_json(env, "undo", import_id, "--wait")
    assert result["state"] == "undone"
    return result


@pytest.mark.timeout(240)
def test_overlapping_imports_undone_in_both_orders_under_each_policy(
    db, env, start_worker, tmp_path
):
    start_worker()
    o_csv = write_known(tmp_path / "o.csv", O_ROWS)
    a_csv = write_known(tmp_path / "a.csv", A_ROWS)
    b_csv = write_known(tmp_path / "b.csv", B_ROWS)

    def imported(csv, rows, policy, before) -> str:
        done = run_json(env, "-csv", csv, "--wait", "--merge", policy, "--batch-size", "2")
        got = {k: done[k] for k in ("inserted", "updated", "unchanged", "superseded")}
        assert got == predicted(before, rows, policy), (csv.name, policy)
        assert (done["stored"], done["failed"]) == (len(rows), 0)
        return done["import_id"]

    rng = seeded("undo orders")
    for policy in POLICIES:  # B's; A's drawn at random: every policy meets another
        a_policy = rng.choice(POLICIES)
        print(f"A --merge {a_policy}, B --merge {policy}")
        with db.begin() as connection:
            connection.execute(text("TRUNCATE people, people_history, people_writes"))
        o = (O_ROWS, "overwrite")
        a, b = (A_ROWS, a_policy), (B_ROWS, policy)
        imported(o_csv, *o, {})
        a_id = imported(a_csv, *a, fold(o))
        b_id = imported(b_csv, *b, fold(o, a))
        assert known(db) == fold(o, a, b), policy

        # B then A: each undo leaves the fold of what still stands.
        result = undone(env, b_id)
        assert known(db) == fold(o, a), policy
        assert result["removed"] == 1  # Dee: only B wrote her
        result = undone(env, a_id)
        assert known(db) == fold(o), policy
        assert result["removed"] == 2  # Ben and Cy

        # Imported again after the undos (new imports), then A first: A is partly
        # superseded by B (Ann and Ben), so its undo keeps B's writes where B stands.
        a2 = imported(a_csv, *a, fold(o))
        b2 = imported(b_csv, *b, fold(o, a))
        assert known(db) == fold(o, a, b), policy
        result = undone(env, a2)
        assert known(db) == fold(o, b), policy
        assert result["removed"] == 1  # Cy: B never wrote him
        result = undone(env, b2)
        assert known(db) == fold(o), policy
        assert result["removed"] == 2  # Ben and Dee
    # Once, not per policy (the same code whatever the policy): both undone, and twice is nothing.
    assert status(env, a_id)["state"] == status(env, b_id)["state"] == "undone"
    assert (undone(env, b2)["changed"], known(db)) == (False, fold(o))


# -- 5. broken and oddly ended files ----------------------------------------


def rejects(summary: dict) -> list[tuple[int, str]]:
    with open(summary["rejects_file"], encoding="utf-8-sig", newline="") as file:
        return [(int(row[0]), row[1]) for row in list(csv.reader(file))[1:]]


def card(name: str, email: str, end: str = "\r\n") -> str:
    return f"BEGIN:VCARD{end}VERSION:3.0{end}FN:{name}{end}EMAIL:{email}{end}END:VCARD{end}"


@pytest.mark.timeout(120)
def test_a_broken_vcard_among_good_ones_and_files_with_mixed_or_cut_line_ends(
    db, env, start_worker, tmp_path
):
    start_worker()
    # One unreadable card (a line with no colon) among good ones, the file's line ends mixed,
    # its last card cut short in its EMAIL line.
    broken = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bad Card\r\nno colon here\r\nEND:VCARD\r\n"
    vcf = tmp_path / "phone.vcf"
    vcf.write_bytes(
        (
            card("Vee One", "v1@example.com")  # lines 1-5
            + card("Vee Two", "v2@example.com", "\n")  # 6-10
            + broken  # 11-15
            + card("Vee Three", "v3@example.com", "\r")  # 16-20
            + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Short\r\nEMAIL:cut@exa"  # 21-24
        ).encode()
    )
    summary = run_json(env, "-csv", vcf, "--wait")
    assert rejects(summary) == [(11, "vcard.unreadable"), (21, "vcard.unclosed")]
    assert (summary["rows"], summary["stored"], summary["rejected"], summary["failed"]) == (
        5, 3, 2, 0,
    )  # fmt: skip
    assert summary["lines"] == 24
    expected = [("Vee One", "v1@example.com"), ("Vee Three", "v3@example.com"),
                ("Vee Two", "v2@example.com")]  # fmt: skip
    assert sorted(table(db)) == sorted(expected)

    # CSV: CRLF, LF and CR line ends in one file, a name with a line end inside its quotes,
    # and a last line cut inside its quoted address (fay@example.com cut short, no line end).
    mixed = tmp_path / "mixed.csv"
    mixed.write_bytes(
        b"full_name,email\r\n"  # 1
        b"Ann Lee,ann@example.com\n"  # 2
        b"Ben Ode,ben@example.com\r"  # 3
        b'"Cy\r\nPark",cy@example.com\r\n'  # 4-5: a line end inside quotes
        b"Dee Kay,dee@example.com\n"  # 6
        b'Fay Cut,"fay@example.co'  # 7: cut inside its quotes
    )
    summary = run_json(env, "-csv", mixed, "--wait")
    assert rejects(summary) == [(4, "name.control_chars"), (7, "row.unclosed_quote")]
    assert counts(summary) == {
        "stored": 3, "failed": 0, "rejected": 2,
        "inserted": 3, "updated": 0, "unchanged": 0, "superseded": 0,
    }  # fmt: skip
    assert (summary["rows"], summary["lines"]) == (5, 7)
    assert table(db) == sorted(
        expected
        + [("Ann Lee", "ann@example.com"), ("Ben Ode", "ben@example.com"),
           ("Dee Kay", "dee@example.com")]
    )  # fmt: skip
    assert counts(status(env, summary["import_id"])) == counts(summary)


def test_a_utf8_file_cut_inside_its_last_character_keeps_its_other_rows(
    db, env, start_worker, tmp_path
):
    """Once refused whole (exit 2: 'not UTF-8, and no legacy code page reads it as text
    (closest: cp1255)'), its good rows with it; --encoding utf-8 exited 2 too."""
    start_worker()
    data = (
        "full_name,email\n"
        "José Núñez,jose@example.com\n"
        "Zoë Brontë,zoe@example.com\n"
        "François Müller,fm@example.com\n"
        "Renée Dupré,renee@example.com\n"
    ).encode()
    cut = tmp_path / "cut.csv"
    cut.write_bytes(data[: data.rindex("é".encode()) + 1])  # the download stopped mid-é
    summary = run_json(env, "-csv", cut, "--wait")
    assert summary["columns"]["encoding"] == "utf-8"
    assert rejects(summary) == [(5, "row.cut_short")]
    assert (summary["rows"], summary["lines"]) == (4, 5)
    assert counts(summary) == {
        "stored": 3, "failed": 0, "rejected": 1,
        "inserted": 3, "updated": 0, "unchanged": 0, "superseded": 0,
    }  # fmt: skip
    assert table(db) == [("François Müller", "fm@example.com"),
                         ("José Núñez", "jose@example.com"),
                         ("Zoë Brontë", "zoe@example.com")]  # fmt: skip
