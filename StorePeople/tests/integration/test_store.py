"""Rows and counts commit together: a replayed batch is counted once."""

from collections import Counter

import pytest
from sqlalchemy import text

from store_people.rows import PersonRow
from store_people.store import record_failures, store_rows

pytestmark = pytest.mark.integration
IMPORT = "20261128T160134123456Z-cccccc"
THREE_INSERTED = {"stored": 3, "inserted": 3, "updated": 0, "unchanged": 0, "failed": 0,
                  "counts_version": 1}  # fmt: skip


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
    assert totals[IMPORT] == {"failed": 3, "failed:email.invalid": 2, "failed:name.invalid": 1}
    totals = record_failures(migrated_url, {IMPORT: Counter({"email.invalid": 1})}, 5)
    assert totals[IMPORT] == {"failed": 4, "failed:email.invalid": 3}
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM imports"))
        connection.execute(text("DELETE FROM import_failures"))
