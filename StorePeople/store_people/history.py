"""people_history: written by the database's own triggers (migration 0003), pruned here,
with the writes log (people_writes, migration 0005) of the imports too old to undo.

Each write to people keeps the version it replaced, in the same statement, from what
the database itself replaced: no read before the write, nothing a concurrent batch
can get between. Undo (undo.py) reads the writes log.
"""

from sqlalchemy import text
from sqlalchemy.orm import Session

# An import no write has touched for keep_days can no longer be undone (undo.py), so
# of its log only what can still decide a person matters: per person, the writes of
# such imports from the latest one that overwrites (an overwrite sets every value, and
# stands for good: what came before it can no longer show; a fill-blanks or insert-only
# write after it is applied on top of it, fold.py). The rest goes, so with overwrites the
# log keeps one row per person plus one per person and import still young enough to undo.
CUTOFF = {
    "postgresql": "now() - make_interval(days => greatest(:days, 1))",
    "sqlite": "datetime('now', '-' || max(:days, 1) || ' days')",
}
OLD = """NOT EXISTS (SELECT 1 FROM imports i WHERE i.import_id = {w}.import_id
    AND i.updated_at >= {cutoff})"""
UNDONE = """EXISTS (SELECT 1 FROM imports i WHERE i.import_id = {w}.import_id
    AND i.undone_at IS NOT NULL)"""
PRUNE_LOG = """
DELETE FROM people_writes WHERE {old} AND ({undone} OR EXISTS (
    SELECT 1 FROM people_writes later
    WHERE later.email_key = people_writes.email_key
        AND (later.import_id, later.line) > (people_writes.import_id, people_writes.line)
        AND later.policy = 0 AND {later_old} AND NOT {later_undone}))
"""


def prune_log(session: Session, keep_days: int) -> int:
    """Drop the writes log's rows that can no longer decide a person; how many went."""
    cutoff = CUTOFF[session.get_bind().dialect.name]
    statement = PRUNE_LOG.format(
        old=OLD.format(w="people_writes", cutoff=cutoff),
        undone=UNDONE.format(w="people_writes"),
        later_old=OLD.format(w="later", cutoff=cutoff),
        later_undone=UNDONE.format(w="later"),
    )
    # An old import's earlier lines only told its redeliveries from new rows (replays.py).
    old_lines = OLD.format(w="people_write_lines", cutoff=cutoff)
    session.connection().execute(
        text(f"DELETE FROM people_write_lines WHERE {old_lines}"), {"days": keep_days}
    )
    # And its failed lines only kept a redelivered refused row from counting twice (counts.py).
    failed_lines = OLD.format(w="import_failed_lines", cutoff=cutoff)
    session.connection().execute(
        text(f"DELETE FROM import_failed_lines WHERE {failed_lines}"), {"days": keep_days}
    )
    # The session's connection (its transaction): its execute gives a CursorResult, with rowcount.
    return session.connection().execute(text(statement), {"days": keep_days}).rowcount


def prune(session: Session, keep_days: int) -> int:
    """Drop history entries older than keep_days, and the log rows no longer needed;
    how many history entries went."""
    prune_log(session, keep_days)
    if session.get_bind().dialect.name == "postgresql":
        # The owner's function: the worker's role may not delete history itself.
        return session.execute(
            text("SELECT prune_people_history(:days)"), {"days": keep_days}
        ).scalar_one()
    result = session.connection().execute(
        text("DELETE FROM people_history WHERE changed_at < datetime('now', :age)"),
        {"age": f"-{max(keep_days, 1)} days"},
    )
    return result.rowcount
