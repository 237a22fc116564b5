"""What the tasks do with a message: check it, store it, count it.

Both task shapes end here, so per-row and bulk imports share one path:
parse (validation.py) -> store and count (store.py) -> report (progress.py).
"""

import functools
import logging
from collections import Counter, defaultdict

import progress
from batching import DEAD
from config import Settings
from imports import record_summary
from store import StoreGaveUp, in_transaction, record_failures, store_rows
from validation import BadMessage, PersonRow, check_import_id, parse_people, parse_person

log = logging.getLogger(__name__)


@functools.cache
def job_progress(settings: Settings):
    # Cached per process; pool children build their own after the fork.
    return progress.progress_for(
        settings.backend_url, settings.job_ttl_seconds, settings.redis_ssl()
    )


class Outcome:
    """What one batch of messages came to: counters to report, failures to count."""

    def __init__(self):
        self.totals: dict[str, dict[str, int]] = {}
        self.failures: dict[str, Counter] = defaultdict(Counter)

    def fail(self, import_id, line, code: str, detail: str) -> None:
        log.error("import %s line %s: failed (%s) %s", import_id or "?", line or "?", code, detail)
        if isinstance(import_id, str):
            self.failures[import_id][code] += 1

    def store(self, settings: Settings, rows: list[PersonRow]) -> list[PersonRow]:
        """Store rows; return those that could not be stored."""
        if not rows:
            return []
        try:
            totals, refused = store_rows(settings.database_url, rows, settings.store_retry_seconds)
        except StoreGaveUp as error:
            for row in rows:
                self.fail(row.import_id, row.line, "db.unavailable", str(error))
            return rows
        self.merge(totals)
        for row, code in refused:
            self.fail(row.import_id, row.line, code, "")
        return [row for row, _ in refused]

    def merge(self, totals: dict) -> None:
        for import_id, counters in totals.items():
            self.totals.setdefault(import_id, {}).update(counters)

    def report(self, settings: Settings) -> None:
        tracker = job_progress(settings)
        if self.failures:
            try:
                self.merge(record_failures(settings.database_url, self.failures, 30.0))
            except StoreGaveUp:
                # No database: the failures still show in the job record.
                for import_id, reasons in self.failures.items():
                    failed = Counter({f"failed:{code}": n for code, n in reasons.items()})
                    failed["failed"] = sum(reasons.values())
                    progress.record(tracker, import_id, failed, increment=True)
        for import_id, counters in self.totals.items():
            progress.record(tracker, import_id, counters)


def store_person_batch(settings: Settings, requests) -> dict:
    """Per-row tasks, batched: return {task id: DEAD} for messages to dead-letter."""
    outcome, verdicts, rows, request_of = Outcome(), {}, [], {}
    for request in requests:
        redelivered = bool((request.delivery_info or {}).get("redelivered"))
        try:
            row = parse_person(request.args, request.kwargs, redelivered)
        except BadMessage as error:
            kwargs = request.kwargs if isinstance(request.kwargs, dict) else {}
            outcome.fail(kwargs.get("import_id"), kwargs.get("line"), error.code, str(error))
            verdicts[request.id] = DEAD
            continue
        rows.append(row)
        request_of[id(row)] = request.id
    for row in outcome.store(settings, rows):
        verdicts[request_of[id(row)]] = DEAD
    outcome.report(settings)
    return verdicts


def store_people_message(settings: Settings, args, kwargs, redelivered: bool) -> bool:
    """One bulk message; False when it must be dead-lettered (nothing of it was stored)."""
    outcome = Outcome()
    if args or set(kwargs) != {"import_id", "rows"}:
        outcome.fail(None, None, "message.bad_shape", "expected kwargs import_id, rows")
        return False
    try:
        rows, bad = parse_people(kwargs["import_id"], kwargs["rows"], redelivered)
    except BadMessage as error:
        outcome.fail(None, None, error.code, str(error))
        return False
    for line, error in bad:
        outcome.fail(kwargs["import_id"], line, error.code, str(error))
    unstored = outcome.store(settings, rows)
    outcome.report(settings)
    return not (rows and len(unstored) == len(rows))


SUMMARY_FIELDS = {
    "file": str,
    "started_at": str,
    "finished_reading_at": str,
    "rows": int,
    "accepted": int,
    "rejected": int,
    "enqueued": int,
}


def record_import(settings: Settings, args, kwargs) -> bool:
    """tasks.record_import: the CLI's own counts, kept with the worker's in `imports`."""
    try:
        import_id = check_import_id(kwargs.get("import_id"))
    except BadMessage as error:
        log.error("record_import refused: %s", error)
        return False
    fields = {
        name: kind(kwargs[name])
        for name, kind in SUMMARY_FIELDS.items()
        if isinstance(kwargs.get(name), kind) and not isinstance(kwargs.get(name), bool)
    }
    in_transaction(
        settings.database_url,
        settings.store_retry_seconds,
        lambda session: record_summary(session, import_id, fields),
    )
    return True
