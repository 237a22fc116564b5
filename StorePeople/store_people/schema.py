"""The database must be at the migration this worker was built for, or the worker won't consume.

A worker started on a database that was never migrated (or migrated by an older
release) refused every row (`db.refused`) and dead-lettered it. It now checks
`alembic_version` at start and stops with one line naming the fix. Migration
0004 lets the worker's role read that table; a role that can't read it is on
a database older than 0004, and is told the same.
"""

import logging

from sqlalchemy import create_engine, exc, text

log = logging.getLogger(__name__)

# The head of store_people/migrations (a unit test keeps the two equal).
HEAD = "0009"
FIX = (
    "run `storepeople-migrate` (or `alembic upgrade head` from StorePeople/) as the schema owner,"
    " then start the worker"
)


def revision(database_url: str) -> str | None:
    """The database's Alembic revision; None when it has none (never migrated)."""
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            try:
                return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            except exc.ProgrammingError:  # no such table, or the role may not read it
                return None
            except exc.OperationalError as error:
                if "no such table" in str(error):  # SQLite's word for it (the demo)
                    return None
                raise
    finally:
        engine.dispose()


def problem(database_url: str) -> str | None:
    """One line saying why the worker must not consume, or None (at head, or unreachable)."""
    try:
        found = revision(database_url)
    except exc.DBAPIError as error:  # unreachable now: storing retries, then dead-letters
        log.warning("database schema not checked at start (%s)", type(error.orig).__name__)
        return None
    if found == HEAD:
        return None
    where = "not migrated" if found is None else f"at migration {found}"
    return f"the database is {where}; this worker needs migration {HEAD}: {FIX}"
