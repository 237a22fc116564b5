"""The fold planned once per database connection, not once per batch (a fast path).

psycopg2 sends every statement as text, so PostgreSQL plans it on every execution. The
fold (fold.py: a window function per person, a CTE per known field) took 6.5 ms to plan
and 2 ms to run for a batch's 100 repeated people: most of what a batch with repeats
spent on it. A prepared statement (PostgreSQL's PREPARE, docs: sql-prepare) is planned
for its first executions and then runs a cached generic plan; its planner settings are
fold.BY_KEY's, which hold whenever it runs (fold.run).

A prepared statement lives as long as its server session, whatever the transactions
(a rollback keeps it), so each connection prepares it once, recorded in SQLAlchemy's
Connection.info, which the pool clears when it opens a new connection. Where the session
and the record disagree (a DEALLOCATE, a pooler's reset or a session it hands on), the
server's pg_prepared_statements decides before a PREPARE, and an EXECUTE of a statement
gone is retried, prepared again. The worker needs a session of its own per connection:
PgBouncer in session mode, not transaction mode (docs/deployment.md).

Only statements whose plan does not depend on their parameters' values belong here: the
log's insert (upsert.LOG_AND_APPLY_PG) hashes its constant array of new people, which a
generic plan's parameter would not be. FAST_PATHS=0 plans every execution
(StorePeople/tests/integration/test_first_writes.py compares both).
"""

from sqlalchemy import TextClause, exc
from sqlalchemy.dialects.postgresql import psycopg2
from sqlalchemy.orm import Session

# $1, $2, ... in the order of the statement's named parameters (compiled.positiontup).
NUMBERED = psycopg2.dialect(paramstyle="numeric_dollar")


FOUND = "SELECT 1 FROM pg_prepared_statements WHERE name = %(name)s"
GONE = "26000"  # invalid_sql_statement_name: EXECUTE of a statement the session lacks


def execute(session: Session, name: str, statement: TextClause, params: dict):
    """`statement` with `params`, prepared under `name` on this connection (PostgreSQL)."""
    connection = session.connection()
    compiled = statement.compile(dialect=NUMBERED)
    order = compiled.positiontup or []
    prepared = connection.info.setdefault("prepared statements", set())
    if name not in prepared:
        # A session a pooler hands on may hold it already: PREPARE would fail (42P05).
        if connection.exec_driver_sql(FOUND, {"name": name}).first() is None:
            connection.exec_driver_sql(f"PREPARE {name} AS {compiled}")
        prepared.add(name)
    arguments = ", ".join(f"%({key})s" for key in order)
    try:
        return connection.exec_driver_sql(
            f"EXECUTE {name}({arguments})", {k: params[k] for k in order}
        )
    except exc.DBAPIError as error:
        # Gone from the session (a DEALLOCATE, a pooler's reset): psycopg2 raises it as an
        # OperationalError, which store.in_transaction retries; the retry prepares it again.
        if getattr(error.orig, "pgcode", None) == GONE:
            prepared.discard(name)
        raise
