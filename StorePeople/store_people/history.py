"""people_history: written by the database's own triggers (migration 0003), pruned here.

Each write to people keeps the version it replaced, in the same statement, from what
the database itself replaced: no read before the write, nothing a concurrent batch
can get between. Undo (undo.py) reads the history.
"""

from sqlalchemy import text
from sqlalchemy.orm import Session


def prune(session: Session, keep_days: int) -> int:
    """Drop entries older than keep_days; how many went."""
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
