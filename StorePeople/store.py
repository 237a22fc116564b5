"""Store a batch of rows: retry what is transient, isolate what is not.

Shared by both tasks, so per-row and bulk imports get the same semantics.
"""

import logging
import random
import time
from collections import Counter, defaultdict

from sqlalchemy import exc

import people
from db import session_scope
from validation import PersonRow

log = logging.getLogger(__name__)


class StoreGaveUp(Exception):
    """The database stayed unavailable for the whole retry window."""


def is_transient(error: exc.DBAPIError) -> bool:
    # Connection refused or reset, serialization failure (40001) and deadlock
    # (40P01) all arrive as OperationalError from psycopg2.
    return isinstance(error, (exc.OperationalError, exc.InterfaceError)) or bool(
        error.connection_invalidated
    )


def upsert_with_retry(database_url: str, rows: list[PersonRow], retry_seconds: float) -> Counter:
    """Exponential backoff with jitter until `retry_seconds` have passed."""
    deadline = time.monotonic() + retry_seconds
    delay = 0.2
    while True:
        try:
            with session_scope(database_url) as session:
                return people.upsert(session, rows)
        except exc.DBAPIError as error:
            if not is_transient(error):
                raise
            if time.monotonic() + delay > deadline:
                raise StoreGaveUp(str(error.orig).strip()) from error
            log.warning("database unavailable, retrying in %.1fs: %s", delay, error.orig)
            time.sleep(random.uniform(delay / 2, delay))
            delay = min(delay * 2, 30.0)


def store_rows(database_url: str, rows: list[PersonRow], retry_seconds: float):
    """Return (counts per import id, [(row, reason code)] for rows the database refused)."""
    try:
        written, refused = upsert_with_retry(database_url, rows, retry_seconds), []
    except exc.DBAPIError:
        # One bad row must not sink the others: store them one by one.
        written, refused = Counter(), []
        for row in rows:
            try:
                written.update(upsert_with_retry(database_url, [row], retry_seconds))
            except exc.DBAPIError as error:
                log.error(
                    "import %s line %d: database refused the row: %s",
                    row.import_id,
                    row.line,
                    error.orig,
                )
                refused.append((row, "db.refused"))
    refused_rows = {id(row) for row, _ in refused}
    return tally(rows, written, refused_rows), refused


def tally(rows: list[PersonRow], written: Counter, refused: set[int]) -> dict[str, Counter]:
    """Per import: rows stored (including ones superseded by a later row), inserted, updated."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        if id(row) not in refused:
            counts[row.import_id]["stored"] += 1
    for (kind, import_id), amount in written.items():
        counts[import_id][kind] += amount
    return counts
