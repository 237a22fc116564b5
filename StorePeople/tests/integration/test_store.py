"""Rows and counts commit together: a replayed batch is counted once."""

from collections import Counter

import pytest
from sqlalchemy import text

from store_people.rows import PersonRow
from store_people.store import record_failures, store_rows

pytestmark = pytest.mark.integration
IMPORT = "20261128T160134123456Z-cccccc"


def batch(redelivered=False):
    return [
        PersonRow(IMPORT, 2, "Ann", "ann@example.com", redelivered),
        PersonRow(IMPORT, 3, "Ben", "ben@example.com", redelivered),
        PersonRow(IMPORT, 4, "Cy", "cy@example.com", redelivered),
    ]


def test_counts_are_absolute_and_a_replay_adds_nothing(engine, migrated_url):
    totals, refused = store_rows(migrated_url, batch(), retry_seconds=5)
    assert refused == []
    assert totals[IMPORT] == {
        "stored": 3,
        "inserted": 3,
        "updated": 0,
        "unchanged": 0,
        "failed": 0,
    }
    # The same messages again, as after a worker lost between commit and ack.
    totals, _ = store_rows(migrated_url, batch(redelivered=True), retry_seconds=5)
    assert totals[IMPORT]["stored"] == 3
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM people")).scalar() == 3
        connection.execute(text("DELETE FROM imports"))
        connection.execute(text("DELETE FROM import_failures"))
        connection.commit()


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
