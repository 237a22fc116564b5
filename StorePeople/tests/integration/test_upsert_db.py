"""The upsert on real PostgreSQL: case-insensitive, later row wins, replays change nothing."""

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from store_people import replays, upsert, write_kinds
from store_people.rows import PersonRow

pytestmark = pytest.mark.integration
FIRST, SECOND = "20261128T160134123456Z-aaaaaa", "20261128T170000000000Z-bbbbbb"


def store(engine, *rows):
    """(import_id, kind, previous_kind) of each log row the rows changed, as the store counts
    them (a line a later import wrote over counted again: late_writes.py)."""
    rows = list(rows)
    with Session(engine) as session, session.begin():
        logged = replays.logged(session, rows, upsert.people_keys(rows))
        changed = upsert.upsert(session, rows, written_before=logged)
        return [(import_id, kind, previous) for import_id, kind, previous, _key in changed]


def table(engine):
    with engine.connect() as connection:
        return connection.execute(text("SELECT full_name, email FROM people ORDER BY email")).all()


def test_one_person_per_email_whatever_the_case(engine):
    assert store(engine, PersonRow(FIRST, 2, "Ana", "Ana@Example.com")) == [
        (FIRST, write_kinds.INSERTED, None)
    ]
    assert store(engine, PersonRow(SECOND, 3, "Ana Lima", "ana@example.com")) == [
        (SECOND, write_kinds.UPDATED, None)
    ]
    # A later line of the same import and person: still an update of what SECOND found.
    assert store(engine, PersonRow(SECOND, 4, "Ana", "Ana@Example.com")) == [
        (SECOND, write_kinds.UNCHANGED, write_kinds.UPDATED)
    ]
    assert table(engine) == [("Ana", "Ana@Example.com")]


def test_an_earlier_row_arriving_late_changes_nothing(engine):
    store(engine, PersonRow(SECOND, 2, "From the later import", "bob@example.com"))
    # Logged (an undo of the later import gives it back), not stored; counted by what it
    # did to the person: nothing (late_writes.py).
    assert store(engine, PersonRow(FIRST, 90, "From the earlier import", "BOB@example.com")) == [
        (FIRST, write_kinds.UNCHANGED, None)
    ]
    assert store(engine, PersonRow(SECOND, 2, "From the later import", "bob@example.com")) == []
    assert table(engine) == [("From the later import", "bob@example.com")]


def test_duplicates_inside_one_batch_keep_the_last_line(engine):
    store(
        engine,
        PersonRow(FIRST, 5, "Cy v2", "cy@example.com"),
        PersonRow(FIRST, 3, "Cy v1", "CY@example.com"),
        PersonRow(FIRST, 4, "Dee", "dee@example.com"),
    )
    assert table(engine) == [("Cy v2", "cy@example.com"), ("Dee", "dee@example.com")]


def test_a_replayed_row_is_recognised_as_already_logged(engine):
    row = PersonRow(FIRST, 7, "Eve", "eve@example.com")
    store(engine, row)
    older = PersonRow(FIRST, 6, "Eve old", "EVE@example.com")
    with Session(engine) as session:
        batch = [row, older]
        logged = replays.logged(session, batch, upsert.people_keys(batch))
        assert replays.replays(session, batch, logged) == {(FIRST, 7)}
