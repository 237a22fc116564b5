"""Take an import back: each person it wrote gets the standing write of the imports left.

Undo is defined on the history as a whole (docs/undo.md): after undoing an import,
each person has the value they would have if the undone imports had never run, given
every import still standing: the fold of the writes log (fold.py) without the undone
ones. So imports can be undone in any order, and a write that lost to the undone import
(an import that started earlier but reached the person later) comes back.

All in one transaction (all of it or none of it). For each person the import wrote:
- `restored`: their name or email goes back to an earlier standing write;
- `removed`: no import left standing wrote them: they go;
- `kept`: a later import still standing wrote them: nothing changes.
Idempotent by construction: a second undo finds the table at the fold already.
The undo's own changes are history too ('undo', 'delete'), written by the triggers.
"""

from datetime import timedelta

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from store_people import fold
from store_people.models import Import

# While it runs, no import writes the log (and no other undo): SHARE ROW EXCLUSIVE
# conflicts with the row locks of writes and with itself. Taken first, as imports take
# the log before people and imports, so the two can't deadlock.
HOLD_THE_LOG = "LOCK TABLE people_writes IN SHARE ROW EXCLUSIVE MODE"

# What the fold will do to the import's people (counted before it does it).
PLANNED = f"""
SELECT
    count(CASE WHEN s.email_key IS NOT NULL AND (p.id IS NULL OR NOT {fold.same("p", "s")})
        THEN 1 END),
    count(CASE WHEN s.email_key IS NULL AND p.id IS NOT NULL THEN 1 END),
    count(CASE WHEN s.import_id > :undone THEN 1 END),
    count(CASE WHEN p.source_import = :undone THEN 1 END)
FROM keys k LEFT JOIN standing s ON s.email_key = k.email_key
    LEFT JOIN people p ON lower(p.email) = k.email_key
"""


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
    stored, failed, enqueued, undoable, undone_at, updated_at, now = tuple(found)
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
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(text(HOLD_THE_LOG))
    undone_before = check_undoable(session, import_id, history_days, quiet_seconds)
    params = {"import_id": import_id}
    # Undone first: the fold below leaves it out.
    session.execute(
        text("UPDATE imports SET undone_at = CURRENT_TIMESTAMP WHERE import_id = :import_id"),
        params,
    )
    undone = {"undone": import_id}
    planned = fold.statement(PLANNED, fold.UNDONE_KEYS, dialect)
    restored, removed, kept, sourced = fold.run(session, planned, undone).one()
    fold.run(session, fold.apply_after_undo(dialect), undone)
    fold.run(session, fold.remove_after_undo(dialect), undone)
    session.execute(
        text("""
        UPDATE imports SET undo_restored = coalesce(undo_restored, 0) + :restored,
            undo_removed = coalesce(undo_removed, 0) + :removed, undo_kept = :kept
        WHERE import_id = :import_id
        """),
        {**params, "restored": restored, "removed": removed, "kept": kept},
    )
    # A person whose stored values match the standing write but came from this import
    # gets the standing write's source: a change, counted as none.
    changed = bool(restored or removed or sourced)
    result = {"import_id": import_id, "state": "undone", "restored": restored,
              "removed": removed, "kept": kept, "changed": changed}  # fmt: skip
    if undone_before is not None:
        result["undone_before_at"] = str(undone_before)
    return result
