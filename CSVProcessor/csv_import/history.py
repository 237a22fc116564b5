"""Import history from StorePeople's PostgreSQL, for `status` and `list` once Redis forgot.

The worker keeps every import's counts, and what the CLI said about it
(tasks.record_import: its counts and state, how its reading ended), in its
database. When the job record has expired or Redis was flushed, they are read
here, if DATABASE_URL is set for the CLI, through the views the worker's
migrations own for the CLI (people_import_contract.cli_views: a role that can
SELECT them is enough), as job records: strings, as Redis gives them, with
`state` the CLI's and `last_progress_at` the last write.
"""

import psycopg2

from csv_import.errors import ServiceError, UsageError
from people_import_contract.cli_views import (
    IMPORT_FAILURES,
    IMPORT_FAILURES_COLUMNS,
    IMPORT_HISTORY,
    IMPORT_HISTORY_COLUMNS,
)
from people_import_contract.connections import malformed, redact, scrub

# The views StorePeople's migrations own for the CLI (people_import_contract.cli_views).
SELECT = f"SELECT {', '.join(IMPORT_HISTORY_COLUMNS)} FROM {IMPORT_HISTORY}"
FAILURES = (
    f"SELECT {', '.join(IMPORT_FAILURES_COLUMNS)} FROM {IMPORT_FAILURES} WHERE import_id = ANY(%s)"
)


def libpq_url(database_url: str) -> str:
    """SQLAlchemy's postgresql+psycopg2:// URL as libpq spells it."""
    scheme, rest = database_url.split("://", 1)
    return "postgresql://" + rest if scheme.startswith("postgresql") else database_url


def connect(database_url: str):
    """A psycopg2 connection to StorePeople's database; ServiceError in one line if none."""
    try:
        return psycopg2.connect(libpq_url(database_url), connect_timeout=5)
    except psycopg2.ProgrammingError:  # libpq could not parse it: its message may quote it
        raise UsageError(malformed(database_url, "DATABASE_URL")) from None
    except psycopg2.Error as error:
        raise unavailable(error, database_url) from None


def unavailable(error: psycopg2.Error, database_url: str) -> ServiceError:
    message = " ".join(scrub(str(error), database_url).split())  # libpq's: several lines
    return ServiceError(f"database unavailable at {redact(database_url)}: {message}".strip())


def read_history(database_url: str, import_id: str) -> dict | None:
    """The import as a job record, or None if the database never heard of it."""
    return read_imports(database_url, "WHERE import_id = %s", (import_id,)).get(import_id)


def recent_history(database_url: str, limit: int) -> dict[str, dict]:
    """The `limit` most recent imports (ids sort by start time), as job records."""
    return read_imports(database_url, "ORDER BY import_id DESC LIMIT %s", (limit,))


def read_imports(database_url: str, where: str, params: tuple) -> dict[str, dict]:
    connection = connect(database_url)
    try:
        try:
            with connection, connection.cursor() as cursor:
                cursor.execute(f"{SELECT} {where}", params)
                rows = cursor.fetchall()
                cursor.execute(FAILURES, ([row[0] for row in rows],))
                failures = cursor.fetchall()
        finally:
            connection.close()
    except psycopg2.Error as error:
        raise unavailable(error, database_url) from None
    jobs = {row[0]: as_job(row[1:]) for row in rows}
    for import_id, reason, count in failures:
        jobs[import_id][f"failed:{reason}"] = str(count)
    return jobs


def as_job(row: tuple) -> dict:
    job = {
        name: value.isoformat() if hasattr(value, "isoformat") else str(value)
        for name, value in zip(IMPORT_HISTORY_COLUMNS[1:], row, strict=True)
        if value is not None
    }
    job["source"] = "history"
    return job
