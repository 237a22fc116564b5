"""Take an import back: each person it wrote returns to the version it replaced.

All in one transaction (all of it or none of it), from people_history:
- a person whose current version came from the import gets back the version the
  import's first write replaced, or is removed if the import inserted it;
- a person changed since by a later import is left as it is: `kept`.
Idempotent by construction: a second undo finds nothing current from the import
and changes nothing. The undo's own changes are history too ('undo', 'delete'),
written by the same triggers as an import's.
"""

from datetime import timedelta

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from store_people.models import Import

# The first write of the import to each person: what it replaced.
FIRST_WRITES = """
WITH first_write AS (
    SELECT h.person_id, h.action, h.full_name, h.email, h.source_import, h.source_line
    FROM people_history h
    WHERE h.id IN (
        SELECT min(id) FROM people_history
        WHERE new_import = :import_id AND action IN ('insert', 'update', 'touch')
        GROUP BY person_id))
"""


def after_first_writes(statement: str):
    return text(FIRST_WRITES + statement)


# Lock what the undo will change, in the order the upsert locks (no deadlock with it).
LOCK = after_first_writes("""
SELECT p.id FROM people p JOIN first_write f ON p.id = f.person_id
WHERE p.source_import = :import_id ORDER BY lower(p.email) FOR UPDATE OF p
""")

RESTORE = after_first_writes("""
UPDATE people SET full_name = f.full_name, email = f.email, source_import = f.source_import,
                  source_line = f.source_line, revision = people.revision + 1,
                  updated_at = CURRENT_TIMESTAMP
FROM first_write f
WHERE people.id = f.person_id AND f.action IN ('update', 'touch')
    AND people.source_import = :import_id
""")

REMOVE = after_first_writes("""
DELETE FROM people WHERE source_import = :import_id
    AND id IN (SELECT person_id FROM first_write WHERE action = 'insert')
""")

# What the undo will change, by the action of the import's first write to each person.
# (Counted first: SQLite reports no rowcount for a statement that begins with WITH.)
PLANNED = after_first_writes("""
SELECT f.action, count(*) FROM people p JOIN first_write f ON p.id = f.person_id
WHERE p.source_import = :import_id GROUP BY f.action
""")

# Changed since by a later import (ids sort by start time; a restored one sorts earlier).
KEPT = after_first_writes("""
SELECT count(*) FROM people p JOIN first_write f ON p.id = f.person_id
WHERE p.source_import > :import_id
""")


class CannotUndo(Exception):
    """Why this import can't be undone now: `state` is unknown or refused."""

    def __init__(self, state: str, reason: str):
        super().__init__(reason)
        self.state = state


def check_undoable(session: Session, import_id: str, history_days: int, quiet_seconds: float):
    """The import's row, locked; CannotUndo if unknown, running, or beyond the history.

    Returns when it was undone before, if it was.
    """
    table = Import.__table__
    columns = ("stored", "failed", "enqueued", "undoable", "undone_at", "updated_at")
    query = select(*(table.c[name] for name in columns), func.now()).where(
        table.c.import_id == import_id
    )
    found = session.execute(query.with_for_update()).one_or_none()
    if found is None:
        raise CannotUndo("unknown", f"no import {import_id} in the database")
    stored, failed, enqueued, undoable, undone_at, updated_at, now = found
    quiet = now - updated_at  # both from the database's clock
    if not undoable:
        raise CannotUndo("refused", "it was stored before history was kept (migration 0003)")
    if enqueued is not None and stored + failed < enqueued:
        waiting = enqueued - stored - failed
        raise CannotUndo("refused", f"it is still running ({waiting} rows not stored yet)")
    if enqueued is None and quiet < timedelta(seconds=quiet_seconds):
        raise CannotUndo("refused", "it is still running (its file is still being read)")
    if quiet > timedelta(days=history_days):
        raise CannotUndo("refused", f"its history is older than HISTORY_DAYS ({history_days})")
    return undone_at


def undo(session: Session, import_id: str, history_days: int, quiet_seconds: float) -> dict:
    """Undo one import in the session's transaction; the result object (see module doc)."""
    undone_before = check_undoable(session, import_id, history_days, quiet_seconds)
    params = {"import_id": import_id}
    if session.get_bind().dialect.name == "postgresql":
        session.execute(LOCK, params)
    planned = dict(session.execute(PLANNED, params).all())
    restored, removed = planned.get("update", 0), planned.get("insert", 0)
    # A touch stored the same name and email: its source goes back too, counted as nothing.
    changed = bool(planned)
    session.execute(RESTORE, params)
    session.execute(REMOVE, params)
    kept = session.execute(KEPT, params).scalar_one()
    session.execute(
        text("""
        UPDATE imports SET undone_at = CURRENT_TIMESTAMP,
            undo_restored = coalesce(undo_restored, 0) + :restored,
            undo_removed = coalesce(undo_removed, 0) + :removed, undo_kept = :kept
        WHERE import_id = :import_id
        """),
        {**params, "restored": restored, "removed": removed, "kept": kept},
    )
    result = {"import_id": import_id, "state": "undone", "restored": restored,
              "removed": removed, "kept": kept, "changed": changed}  # fmt: skip
    if undone_before is not None:
        result["undone_before_at"] = str(undone_before)
    return result
