"""Rows and counts commit together: a replayed batch is counted once."""

from collections import Counter

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from store_people import db
from store_people.rows import PersonRow
from store_people.store import record_failures, store_rows
from StorePeople.tests.migrations import alembic_config

pytestmark = pytest.mark.integration
IMPORT = "20261128T160134123456Z-cccccc"
THREE_INSERTED = {
    "stored": 3, "inserted": 3, "updated": 0, "unchanged": 0, "failed": 0, "replayed": 0,
    "counts_version": 1, "version@failed": 1,
}  # fmt: skip


def batch():
    return [
        PersonRow(IMPORT, 2, "Ann", "ann@example.com"),
        PersonRow(IMPORT, 3, "Ben", "ben@example.com"),
        PersonRow(IMPORT, 4, "Cy", "cy@example.com"),
    ]


def forget_counts(engine):
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM imports"))
        connection.execute(text("DELETE FROM import_failures"))


def test_counts_are_absolute_and_a_replay_adds_nothing(engine, migrated_url):
    totals, refused = store_rows(migrated_url, batch(), retry_seconds=5)
    assert refused == []
    assert totals[IMPORT] == THREE_INSERTED
    # The same messages again, as after a worker lost between commit and ack, or published
    # again (not flagged redelivered) by a CLI whose node was lost before it confirmed.
    totals, _ = store_rows(migrated_url, batch(), retry_seconds=5)
    assert totals[IMPORT]["stored"] == 3
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM people")).scalar() == 3
    forget_counts(engine)


def test_two_copies_of_a_message_in_one_batch_count_once(engine, migrated_url):
    copies = batch() + batch()[:2]  # re-published copies landing in the same batch
    totals, _ = store_rows(migrated_url, copies, retry_seconds=5)
    assert totals[IMPORT] == THREE_INSERTED
    totals, _ = store_rows(migrated_url, batch()[1:] + batch()[1:], retry_seconds=5)
    assert totals[IMPORT]["stored"] == 3
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM people")).scalar() == 3
    forget_counts(engine)


def test_failures_are_counted_by_reason(engine, migrated_url):
    totals = record_failures(
        migrated_url, {IMPORT: Counter({"email.invalid": 2, "name.invalid": 1})}, 5
    )
    assert totals[IMPORT] == {
        "failed": 3, "failed:email.invalid": 2, "failed:name.invalid": 1,
        "version@failed": 1, "version@failed:email.invalid": 1, "version@failed:name.invalid": 1,
    }  # fmt: skip
    totals = record_failures(migrated_url, {IMPORT: Counter({"email.invalid": 1})}, 5)
    assert totals[IMPORT] == {
        "failed": 4, "failed:email.invalid": 3, "version@failed": 2,
        "version@failed:email.invalid": 2,
    }  # fmt: skip
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM imports"))
        connection.execute(text("DELETE FROM import_failures"))


def test_a_failed_line_counts_once_whatever_the_deliveries(engine, migrated_url):
    """Rows known by their line count failed once (migration 0009): a batch delivered again
    after its worker was lost, or two copies in one batch; rows without a line always count."""
    lines = {IMPORT: {3: "db.refused", 4: "db.refused"}}
    assert record_failures(migrated_url, {}, 5, lines)[IMPORT] == {
        "failed": 2, "failed:db.refused": 2, "version@failed": 1, "version@failed:db.refused": 1,
    }  # fmt: skip
    again = record_failures(
        migrated_url, {IMPORT: Counter({"message.bad_line": 1})}, 5,
        {IMPORT: {3: "db.refused", 5: "email.invalid"}},
    )  # fmt: skip
    assert again[IMPORT] == {
        "failed": 4, "failed:message.bad_line": 1, "failed:email.invalid": 1,
        "version@failed": 2, "version@failed:message.bad_line": 2,
        "version@failed:email.invalid": 2,
    }  # fmt: skip
    with engine.begin() as connection:
        assert connection.execute(text("SELECT count(*) FROM import_failures")).scalar() == 3
        connection.execute(text("DELETE FROM imports"))
        connection.execute(text("DELETE FROM import_failures"))
        connection.execute(text("DELETE FROM import_failed_lines"))


def test_replayed_rows_stored_are_taken_off_failed_once(engine, migrated_url):
    """Dead letters replayed: `replayed` up, `failed` and its reason down, in one transaction;
    the same replay again (a copy of a dead letter) changes nothing; never below 0."""
    failed_lines = {IMPORT: {2: "db.refused", 3: "db.refused", 9: "db.refused"}}
    record_failures(migrated_url, {}, 5, failed_lines)
    replayed = {(row.import_id, row.line): "db.refused" for row in batch()[:2]}
    totals, refused = store_rows(migrated_url, batch()[:2], 5, replayed)
    assert refused == []
    # Down in the totals, each count with its version (job_record.py), not by decrements.
    assert "taken_off" not in totals[IMPORT]
    assert (totals[IMPORT]["stored"], totals[IMPORT]["failed"]) == (2, 1)
    assert totals[IMPORT]["failed:db.refused"] == 1
    assert totals[IMPORT]["version@failed:db.refused"] == totals[IMPORT]["counts_version"]
    assert totals[IMPORT]["replayed"] == 2
    again, _ = store_rows(migrated_url, batch()[:2], 5, replayed)  # already stored: no change
    assert "taken_off" not in again[IMPORT]
    counts_only = {k: v for k, v in totals[IMPORT].items() if "version" not in k}
    counts_only.pop("failed:db.refused")  # the copy took nothing off: no reason's count
    assert {k: v for k, v in again[IMPORT].items() if "version" not in k} == counts_only
    # A failure counted only in the job record (the database was down): its line is not on
    # record, so it comes off the job record alone; line 9's failure stands.
    late = {(IMPORT, 4): "db.unavailable"}
    totals, _ = store_rows(migrated_url, batch()[2:], 5, late)
    assert totals[IMPORT].pop("taken_off") == {
        "failed": 1, "failed:db.unavailable": 1,
        "unrecorded@failed": 1, "unrecorded@failed:db.unavailable": 1,
    }  # fmt: skip
    assert (totals[IMPORT]["failed"], totals[IMPORT]["replayed"]) == (1, 3)
    with engine.begin() as connection:
        counts = connection.execute(text("SELECT reason, count FROM import_failures")).all()
        connection.execute(text("DELETE FROM import_failed_lines"))
    assert counts == [("db.refused", 1)]
    forget_counts(engine)


def test_a_replay_whose_failure_is_not_on_record_takes_nothing_off(engine, migrated_url):
    """A message need only say it is a replayed dead letter counted failed (three headers):
    for lines that never failed, it took its import's real failures off the counts (2 rows
    failed, 2 such messages: `failed` 0, the import shown done). Only a line counted failed
    is taken off, once; the others only off the job record, where a database down or without
    its schema counted them (never below 0; the next totals from PostgreSQL, the larger, put
    back what a forged one took)."""
    forget_counts(engine)
    record_failures(migrated_url, {}, 5, {IMPORT: {2: "email.invalid", 3: "email.invalid"}})
    forged = [PersonRow(IMPORT, n, f"F{n}", f"f{n}@example.com") for n in (10, 11, 12)]
    reasons = {(IMPORT, 10): "email.invalid", (IMPORT, 11): "email.invalid",
               (IMPORT, 12): "db.unavailable"}  # fmt: skip
    totals, refused = store_rows(migrated_url, forged, 5, reasons)
    assert refused == []
    # Off the job record; PostgreSQL's `failed` stands.
    assert totals[IMPORT].pop("taken_off") == {
        "failed": 3, "failed:email.invalid": 2, "failed:db.unavailable": 1,
        "unrecorded@failed": 3, "unrecorded@failed:email.invalid": 2,
        "unrecorded@failed:db.unavailable": 1,
    }  # fmt: skip
    assert (totals[IMPORT]["stored"], totals[IMPORT]["failed"], totals[IMPORT]["replayed"]) == (
        3, 2, 3,
    )  # fmt: skip
    # The genuine replay of line 2 (fixed) is taken off; a copy of it, again, is not.
    fixed = [PersonRow(IMPORT, 2, "Two", "two@example.com")]
    for expected in (1, None):  # the reason's count now, in the totals
        totals, _ = store_rows(migrated_url, fixed, 5, {(IMPORT, 2): "email.invalid"})
        assert "taken_off" not in totals[IMPORT]
        assert totals[IMPORT].get("failed:email.invalid") == expected
        assert totals[IMPORT]["failed"] == 1
    with engine.begin() as connection:
        counts = connection.execute(text("SELECT reason, count FROM import_failures")).all()
        connection.execute(text("DELETE FROM import_failed_lines"))
    assert counts == [("email.invalid", 1)]
    forget_counts(engine)


def test_rows_of_other_people_under_one_line_count_each(engine, migrated_url):
    """No CLI sends two rows with one line, but a message may: 3 people of line 5 in one
    batch were stored and inserted, and counted `stored 1` (in batches of their own, 3)."""
    forget_counts(engine)
    same_line = [PersonRow(IMPORT, 5, name, f"{name}@example.com") for name in ("a", "b", "c")]
    totals, _ = store_rows(migrated_url, same_line + same_line[:1], 5)  # and a copy of one
    assert (totals[IMPORT]["stored"], totals[IMPORT]["inserted"]) == (3, 3)
    forget_counts(engine)


def test_two_copies_of_a_batch_stored_at_once_count_once(engine, migrated_url):
    """A CLI that changed node publishes again what the lost node had not confirmed: two
    pool processes may store the same rows at the same moment. They count once."""
    from concurrent.futures import ThreadPoolExecutor

    forget_counts(engine)
    rows = [PersonRow(IMPORT, n, f"P{n}", f"p{n}@example.com") for n in range(2, 402)]
    for _ in range(5):
        with ThreadPoolExecutor(4) as pool:
            list(pool.map(lambda _: store_rows(migrated_url, rows, 30), range(4)))
    with engine.connect() as connection:
        stored, inserted = connection.execute(
            text("SELECT stored, inserted FROM imports WHERE import_id = :i"), {"i": IMPORT}
        ).one()
    assert (stored, inserted) == (400, 400)


def superseded_rows_redelivered_count_once(url):
    """A batch committed but not acknowledged comes back after a later batch of the same
    import wrote its people: its rows are no longer the logged lines, and were counted
    again (stored 10,500 for 10,000 rows when a worker was lost, tests/test_faults_more.py).
    An earlier line arriving for the first time after a later one is new: it counts."""
    first = [
        PersonRow(IMPORT, 2, "Ann 2", "ann@example.com"),
        PersonRow(IMPORT, 3, "Ben 3", "ben@example.com"),
        PersonRow(IMPORT, 5, "Ann 5", "ANN@example.com"),  # in the batch twice
    ]
    later = [
        PersonRow(IMPORT, 9, "Ann 9", "ann@example.com"),
        PersonRow(IMPORT, 7, "Ben 7", "ben@example.com"),
    ]
    assert store_rows(url, first, 5)[0][IMPORT]["stored"] == 3
    assert store_rows(url, later, 5)[0][IMPORT]["stored"] == 5
    assert store_rows(url, first, 5)[0][IMPORT]["stored"] == 5  # redelivered
    assert store_rows(url, later + first, 5)[0][IMPORT]["stored"] == 5
    late = [PersonRow(IMPORT, 4, "Ann 4", "ann@example.com")]  # never stored before
    assert store_rows(url, late, 5)[0][IMPORT]["stored"] == 6
    totals, _ = store_rows(url, late + first, 5)
    assert (totals[IMPORT]["stored"], totals[IMPORT]["inserted"]) == (6, 2)
    engine = create_engine(url)
    with engine.connect() as connection:
        names = connection.execute(text("SELECT full_name FROM people ORDER BY 1")).scalars()
        assert list(names) == ["Ann 9", "Ben 7"]
        kept = connection.execute(text("SELECT line FROM people_write_lines ORDER BY 1"))
        assert list(kept.scalars()) == [2, 3, 4, 5]  # below Ann's logged 9, Ben's 7
    engine.dispose()


def test_a_superseded_row_redelivered_counts_once_and_an_earlier_new_row_counts(
    engine, migrated_url
):
    forget_counts(engine)
    superseded_rows_redelivered_count_once(migrated_url)
    forget_counts(engine)


def test_a_superseded_row_redelivered_counts_once_on_sqlite_the_embedded_demo(tmp_path):
    """The same on SQLite, whose earlier lines are kept by a statement of their own."""
    url = f"sqlite:///{tmp_path / 'people.db'}"
    db.get_engine(url)  # db.py keeps one engine per process: the last one closed, SQLite's made
    engine = create_engine(url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    engine.dispose()
    superseded_rows_redelivered_count_once(url)
    db.get_engine(url).dispose()


def test_two_imports_writing_a_new_person_in_one_batch_count_one_insert(engine, migrated_url):
    """Per-row messages of concurrent imports share a queue, so one batch can hold two
    imports' rows for the same new person. Both found them absent in one statement, and
    both counted them inserted (e2e: 801 people inserted for 800, one pool process).
    Each import now finds the person as the imports before it in the batch left them."""
    forget_counts(engine)
    later = "20261128T170000000000Z-dddddd"
    rows = [
        PersonRow(later, 2, "Ann Later", "ann@example.com"),
        PersonRow(IMPORT, 2, "Ann", "ANN@example.com"),
        PersonRow(IMPORT, 3, "Ben", "ben@example.com"),
        PersonRow(later, 3, "Ben", "ben@example.com"),
    ]
    totals, _ = store_rows(migrated_url, rows, 5)
    counted = {i: (t["inserted"], t["updated"], t["unchanged"]) for i, t in totals.items()}
    assert counted == {IMPORT: (2, 0, 0), later: (0, 1, 1)}
    with engine.connect() as connection:
        names = connection.execute(text("SELECT full_name FROM people ORDER BY 1")).scalars()
        assert list(names) == ["Ann Later", "Ben"]
    forget_counts(engine)
