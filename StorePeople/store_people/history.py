"""What each write replaced, kept in people_history in the same transaction as the write.

Before the upsert, the batch's current rows are read and locked (SELECT ... FOR
UPDATE, in the unique index's order, as the upsert locks), so the version a write
replaced is exactly the one it replaced, whatever runs concurrently. Only a brand
new email can't be locked in advance: if another transaction inserts it first, the
upsert updates a row this batch never read, and the batch is retried
(ConcurrentInsert) to read it. Undo (undo.py) reads this table.
"""

import json
from typing import NamedTuple

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from store_people.models import Person, PersonHistory
from store_people.rows import PersonRow


class Current(NamedTuple):
    """A person's stored version, read before the batch writes it."""

    id: int
    full_name: str
    email: str
    source_import: str
    source_line: int
    revision: int


class ConcurrentInsert(Exception):
    """Another transaction inserted one of the batch's new emails first: retry the batch."""


LOCK_CURRENT = text("""
SELECT lower(email), id, full_name, email, source_import, source_line, revision
FROM people WHERE lower(email) = ANY(CAST(:keys AS text[]))
ORDER BY lower(email) FOR UPDATE
""")

RECORD_JSON = text("""
INSERT INTO people_history
    (person_id, action, full_name, email, source_import, source_line, revision,
     new_import, new_line)
SELECT (e->>0)::bigint, e->>1, e->>2, e->>3, e->>4, (e->>5)::int, (e->>6)::int, e->>7, (e->>8)::int
FROM json_array_elements(CAST(:entries AS json)) AS e
""")


def lock_current(session: Session, rows: list[PersonRow]) -> dict[str, Current]:
    """The stored version of each of these rows' emails, by lowered email, locked."""
    keys = sorted({row.email.lower() for row in rows})
    if session.get_bind().dialect.name == "postgresql":
        result = session.execute(LOCK_CURRENT, {"keys": keys})
    else:  # SQLite (the demo) has one writer at a time: nothing to lock
        table = Person.__table__
        columns = (table.c.id, table.c.full_name, table.c.email, table.c.source_import)
        result = session.execute(
            select(
                func.lower(table.c.email), *columns, table.c.source_line, table.c.revision
            ).where(func.lower(table.c.email).in_(keys))
        )
    return {key: Current(*values) for key, *values in result}


def entries_for(rows: list[PersonRow], written: dict, current: dict[str, Current]) -> list[list]:
    """One history entry per write: 'insert', 'update', or 'touch' when the write stored the
    same name and email (only the row's source moved on). An undo takes a touch back too,
    or the person would look changed since by the undone import."""
    entries = []
    for row in rows:
        key = (row.import_id, row.line)
        if key not in written:
            continue
        person_id, revision = written[key]
        before = current.get(row.email.lower())
        if before is None:
            if revision != 1:  # an update of a row this batch never read
                raise ConcurrentInsert(row.email)
            entries.append([person_id, "insert", None, None, None, None, None, *key])
        else:
            same = (before.full_name, before.email) == (row.full_name, row.email)
            entries.append([person_id, "touch" if same else "update", *before[1:], *key])
    return entries


def record(session: Session, entries: list[list]) -> None:
    if not entries:
        return
    if session.get_bind().dialect.name == "postgresql":
        session.execute(RECORD_JSON, {"entries": json.dumps(entries)})
        return
    names = ("person_id", "action", "full_name", "email", "source_import", "source_line",
             "revision", "new_import", "new_line")  # fmt: skip
    session.execute(insert(PersonHistory), [dict(zip(names, e, strict=True)) for e in entries])


def prune(session: Session, keep_days: int) -> int:
    """Drop entries older than keep_days (at most 100,000 a call); how many went."""
    if session.get_bind().dialect.name == "postgresql":
        # The owner's function: the worker's role may not delete history itself.
        return session.execute(
            text("SELECT prune_people_history(:days)"), {"days": keep_days}
        ).scalar_one()
    result = session.execute(
        text("DELETE FROM people_history WHERE changed_at < datetime('now', :age)"),
        {"age": f"-{max(keep_days, 1)} days"},
    )
    return result.rowcount
