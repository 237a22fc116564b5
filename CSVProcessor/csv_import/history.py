"""Import history from StorePeople's PostgreSQL, for `status` once Redis forgot the job.

The worker keeps every import's counts in the tables `imports` and
`import_failures` (StorePeople/imports.py). When the job record has expired or
Redis was flushed, `status` reads them here, if DATABASE_URL is set for the CLI
(a role that can SELECT those two tables is enough).
"""

import psycopg2

from csv_import.errors import ServiceError
from people_import_contract.connections import redact, scrub

FIELDS = (
    "file",
    "started_at",
    "finished_reading_at",
    "rows",
    "accepted",
    "rejected",
    "enqueued",
    "stored",
    "inserted",
    "updated",
    "unchanged",
    "failed",
    "undone_at",
)


def libpq_url(database_url: str) -> str:
    """SQLAlchemy's postgresql+psycopg2:// URL as libpq spells it."""
    scheme, rest = database_url.split("://", 1)
    return "postgresql://" + rest if scheme.startswith("postgresql") else database_url


def connect(database_url: str):
    """A psycopg2 connection to StorePeople's database; ServiceError in one line if none."""
    try:
        return psycopg2.connect(libpq_url(database_url), connect_timeout=5)
    except psycopg2.Error as error:
        raise unavailable(error, database_url) from None


def unavailable(error: psycopg2.Error, database_url: str) -> ServiceError:
    message = " ".join(scrub(str(error), database_url).split())  # libpq's: several lines
    return ServiceError(f"database unavailable at {redact(database_url)}: {message}".strip())


def read_history(database_url: str, import_id: str) -> dict | None:
    """The import as a job record (strings, like Redis gives), or None if unknown."""
    connection = connect(database_url)
    try:
        try:
            with connection, connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT {', '.join(FIELDS)} FROM imports WHERE import_id = %s", (import_id,)
                )
                row = cursor.fetchone()
                cursor.execute(
                    "SELECT reason, count FROM import_failures WHERE import_id = %s", (import_id,)
                )
                failures = cursor.fetchall()
        finally:
            connection.close()
    except psycopg2.Error as error:
        raise unavailable(error, database_url) from None
    if row is None:
        return None
    job = {name: str(value) for name, value in zip(FIELDS, row, strict=True) if value is not None}
    job.update({f"failed:{reason}": str(count) for reason, count in failures})
    # The CLI's own counts arrive last; until then the import was still being read.
    job["state"] = "enqueued" if "enqueued" in job else "running"
    job["source"] = "history"
    return job
