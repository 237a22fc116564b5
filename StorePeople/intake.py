"""What the tasks do with a message: check it, store it, count it.

Both task shapes end here, so per-row and bulk imports share one path:
parse (validation.py) -> store (store.py) -> count (progress.py).
"""

import functools
import logging
from collections import Counter, defaultdict

import progress
from batching import DEAD
from config import Settings
from store import StoreGaveUp, store_rows
from validation import BadMessage, PersonRow, parse_people, parse_person

log = logging.getLogger(__name__)


@functools.cache
def job_progress(backend_url: str, ttl: int):
    # Cached per process; pool children build their own after the fork.
    return progress.progress_for(backend_url, ttl)


def fail(counts: dict, import_id: str | None, line, code: str, detail: str) -> None:
    log.error("import %s line %s: failed (%s) %s", import_id or "?", line or "?", code, detail)
    if import_id:
        counts[import_id]["failed"] += 1
        counts[import_id][f"failed:{code}"] += 1


def store_and_count(settings: Settings, rows: list[PersonRow], counts: dict) -> list[PersonRow]:
    """Store rows, add their counts; return the rows that could not be stored."""
    try:
        stored, refused = store_rows(settings.database_url, rows, settings.store_retry_seconds)
    except StoreGaveUp as error:
        for row in rows:
            fail(counts, row.import_id, row.line, "db.unavailable", str(error))
        return rows
    for import_id, tally in stored.items():
        counts[import_id].update(tally)
    for row, code in refused:
        fail(counts, row.import_id, row.line, code, "")
    return [row for row, _ in refused]


def publish_counts(settings: Settings, counts: dict) -> None:
    tracker = job_progress(settings.backend_url, settings.job_ttl_seconds)
    for import_id, tally in counts.items():
        progress.record(tracker, import_id, tally)


def store_person_batch(settings: Settings, requests) -> dict:
    """Per-row tasks, batched: return {task id: DEAD} for messages to dead-letter."""
    counts: dict[str, Counter] = defaultdict(Counter)
    outcome, rows, request_of = {}, [], {}
    for request in requests:
        try:
            row = parse_person(request.args, request.kwargs)
        except BadMessage as error:
            import_id = (
                request.kwargs.get("import_id") if isinstance(request.kwargs, dict) else None
            )
            fail(
                counts,
                import_id if isinstance(import_id, str) else None,
                None,
                error.code,
                str(error),
            )
            outcome[request.id] = DEAD
            continue
        rows.append(row)
        request_of[id(row)] = request.id
    for row in store_and_count(settings, rows, counts):
        outcome[request_of[id(row)]] = DEAD
    publish_counts(settings, counts)
    return outcome


def store_people_message(settings: Settings, args, kwargs) -> bool:
    """One bulk message; False when it must be dead-lettered (nothing of it was stored)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    if args or set(kwargs) != {"import_id", "rows"}:
        fail(counts, None, None, "message.bad_shape", "expected kwargs import_id, rows")
        return False
    try:
        rows, bad = parse_people(kwargs["import_id"], kwargs["rows"])
    except BadMessage as error:
        fail(counts, None, None, error.code, str(error))
        return False
    for line, error in bad:
        fail(
            counts, rows[0].import_id if rows else kwargs["import_id"], line, error.code, str(error)
        )
    unstored = store_and_count(settings, rows, counts)
    publish_counts(settings, counts)
    return not (rows and len(unstored) == len(rows))
