"""What happens to a message in a pool process: check it, store it, count it.

Every task shape ends here, so per-row and bulk imports share one path:
parse (validation.py) -> store and count (store.py) -> report (job_record.py).
This module runs in the pool processes and imports nothing of the main
process's consumers (fast_paths.py, bulk_consumer.py); they import it.
"""

import functools
import json
import logging
import re
import time
from collections import Counter, defaultdict

import redis
from sqlalchemy import exc

from people_import_contract.job_record import LEASE_SECONDS, job_key, undo_key
from people_import_contract.limits import MAX_BIGINT, MAX_FIELD_LENGTH, is_import_id
from people_import_contract.messages import (
    CLI_STATES,
    RECORD_IMPORT_FIELDS,
    STORE_PEOPLE,
    STORE_PEOPLE_ARGS,
    UNDO_IMPORT_ARGS,
)
from store_people import history, job_record, undo
from store_people.counts import record_summary
from store_people.rows import PersonRow
from store_people.settings import Settings
from store_people.store import StoreGaveUp, in_transaction, record_failures, store_rows
from store_people.validation import BadMessage, check_import_id, parse_people, parse_person

log = logging.getLogger(__name__)

# A message's verdict, for the main process to settle it: stored messages are acknowledged.
STORED, DEAD, REQUEUE = "stored", "dead", "requeue"
PRUNE_EVERY = 3600.0
next_prune = 0.0  # per process: the first batch after a start prunes
REQUEST_ID = re.compile(r"[0-9a-z-]{1,64}\Z")


def is_request_id(value) -> bool:
    return isinstance(value, str) and REQUEST_ID.match(value) is not None


class Delivery:
    """What storing needs of one per-row message; small, because it is pickled to the pool."""

    __slots__ = ("id", "args", "kwargs", "redelivered")

    def __init__(self, id, args, kwargs, redelivered: bool):
        self.id, self.args, self.kwargs, self.redelivered = id, args, kwargs, redelivered

    def __getstate__(self):
        return (self.id, self.args, self.kwargs, self.redelivered)

    def __setstate__(self, state):
        self.id, self.args, self.kwargs, self.redelivered = state


@functools.cache
def job_records(settings: Settings):
    # Cached per process; pool children build their own after the fork.
    return job_record.job_records_for(
        settings.backend_url, settings.job_ttl_seconds, settings.redis_ssl()
    )


class Outcome:
    """What one batch of messages came to: counters to report, failures to count."""

    def __init__(self):
        self.totals: dict[str, dict[str, int]] = {}
        self.failures: dict[str, Counter] = defaultdict(Counter)

    def fail(self, import_id, line, code: str, detail: str) -> None:
        shown = import_id if is_import_id(import_id) else "?"  # never a 10 KB id in a log
        log.error("import %s line %s: failed (%s) %.200s", shown, str(line)[:20], code, detail)
        if is_import_id(import_id):  # counted under a real import only: it has a record
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
        tracker = job_records(settings)
        if self.failures:
            try:
                self.merge(record_failures(settings.database_url, self.failures, 30.0))
            except (StoreGaveUp, exc.DBAPIError):
                # No database: the failures still show in the job record.
                for import_id, reasons in self.failures.items():
                    failed = Counter({f"failed:{code}": n for code, n in reasons.items()})
                    failed["failed"] = sum(reasons.values())
                    job_record.record(tracker, import_id, failed, increment=True)
        for import_id, counters in self.totals.items():
            job_record.record(tracker, import_id, counters)
        maybe_prune(settings)


def store_person_batch(settings: Settings, deliveries: list[Delivery]) -> list[str]:
    """Per-row messages, stored together: each one's verdict, in order.

    One malformed message is dead-lettered alone; the others are stored and
    counted (positions, not ids: an id header may be anything, or twice the same).
    """
    outcome, verdicts, rows, position_of = Outcome(), [STORED] * len(deliveries), [], {}
    for position, delivery in enumerate(deliveries):
        try:
            row = parse_person(delivery.args, delivery.kwargs)
        except BadMessage as error:
            kwargs = delivery.kwargs if isinstance(delivery.kwargs, dict) else {}
            outcome.fail(kwargs.get("import_id"), kwargs.get("line"), error.code, str(error))
            verdicts[position] = DEAD
            continue
        rows.append(row)
        position_of[id(row)] = position
    for row in outcome.store(settings, rows):
        verdicts[position_of[id(row)]] = DEAD
    outcome.report(settings)
    return verdicts


def store_people_message(settings: Settings, args, kwargs) -> bool:
    """One bulk message; False when it must be dead-lettered (nothing of it was stored)."""
    outcome = Outcome()
    if args or not isinstance(kwargs, dict) or set(kwargs) != STORE_PEOPLE_ARGS:
        outcome.fail(None, None, "message.bad_shape", "expected kwargs import_id, rows")
        return False
    try:
        rows, bad = parse_people(kwargs["import_id"], kwargs["rows"])
    except BadMessage as error:
        outcome.fail(None, None, error.code, str(error))
        return False
    for line, error in bad:
        outcome.fail(kwargs["import_id"], line, error.code, str(error))
    unstored = outcome.store(settings, rows)
    outcome.report(settings)
    # Kept (acknowledged) when any row of it was stored; parked for a person when none was.
    return len(unstored) < len(rows) or not (rows or bad)


def store_bulk_body(settings: Settings, task: str, body: bytes) -> str:
    """A raw message from the bulk queue, decoded here in the pool: its verdict."""
    if task != STORE_PEOPLE:
        log.error("bulk queue: refusing task %r (only %s), dead-lettered", task, STORE_PEOPLE)
        return DEAD
    try:
        args, kwargs, _embed = json.loads(body)
    except (ValueError, TypeError) as error:
        log.error("bulk message is not a JSON task body, dead-lettered: %s", error)
        return DEAD
    return STORED if store_people_message(settings, args, kwargs) else DEAD


def record_import(settings: Settings, args, kwargs) -> bool:
    """tasks.record_import: the CLI's own counts, kept with the worker's in `imports`."""
    try:
        import_id = check_import_id(kwargs.get("import_id"))
    except BadMessage as error:
        log.error("record_import refused: %s", error)
        return False
    fields = {
        name: kind(kwargs[name])
        for name, kind in RECORD_IMPORT_FIELDS.items()
        if isinstance(kwargs.get(name), kind) and not isinstance(kwargs.get(name), bool)
    }
    for name, value in fields.items():
        if isinstance(value, int) and not 0 <= value <= MAX_BIGINT:
            log.error("record_import %s refused: %s out of range", import_id, name)
            return False
        if isinstance(value, str) and ("\x00" in value or len(value) > MAX_FIELD_LENGTH):
            log.error("record_import %s refused: %s has a NUL byte or is too long", import_id, name)
            return False
    if "state" in fields:  # the column says whose state it is
        state = fields.pop("state")
        if state not in CLI_STATES:
            log.error("record_import %s refused: state %.20r", import_id, state)
            return False
        fields["cli_state"] = state
    try:
        in_transaction(
            settings.database_url,
            settings.store_retry_seconds,
            lambda session: record_summary(session, import_id, fields),
        )
    except (StoreGaveUp, exc.DBAPIError) as error:  # dead-lettered, never acknowledged away
        log.error("record_import %s not recorded: %s", import_id, type(error).__name__)
        return False
    return True


def undo_import(settings: Settings, args, kwargs) -> bool:
    """tasks.undo_import: the undo's result goes where the CLI waits for it; False if unusable."""
    request_id = kwargs.get("request_id") if isinstance(kwargs, dict) else None
    if args or set(kwargs or ()) != UNDO_IMPORT_ARGS or not is_request_id(request_id):
        log.error("undo_import refused: expected kwargs import_id, request_id")
        return False
    import_id = kwargs["import_id"]
    if not is_import_id(import_id):
        result = {
            "import_id": str(import_id)[:40],
            "state": "unknown",
            "reason": "not an import id",
        }
    else:
        try:
            result = in_transaction(
                settings.database_url,
                settings.store_retry_seconds,
                lambda session: undo.undo(session, import_id, settings.history_days, LEASE_SECONDS),
            )
        except undo.CannotUndo as error:
            result = {"import_id": import_id, "state": error.state, "reason": str(error)}
        except (StoreGaveUp, exc.DBAPIError) as error:
            log.error("undo of %s failed: %s", import_id, type(error).__name__)
            result = {"import_id": import_id, "state": "failed", "reason": "database error"}
    log.info("undo of %s: %s", result["import_id"], result)
    tracker = job_records(settings)
    try:
        tracker.put(undo_key(request_id), result)
        if result["state"] == "undone":
            tracker.put(job_key(import_id), {"undone_at": f"{time.time():.3f}"})
    except (redis.RedisError, OSError) as error:  # the database has it (imports.undone_at)
        log.warning("undo of %s: result not recorded in the backend (%s)", import_id, error)
    return True


def maybe_prune(settings: Settings) -> None:
    """Drop history older than HISTORY_DAYS: at most once an hour per process."""
    global next_prune
    if time.monotonic() < next_prune:
        return
    next_prune = time.monotonic() + PRUNE_EVERY
    try:
        gone = in_transaction(
            settings.database_url, 30.0, lambda s: history.prune(s, settings.history_days)
        )
    except (StoreGaveUp, exc.DBAPIError) as error:
        log.warning("history not pruned: %s", type(error).__name__)
        return
    if gone:
        log.info("pruned %d history entries older than %d days", gone, settings.history_days)


def in_pool(function, *args):
    """Run a storing function in a pool process; None (logged) if it crashed outright."""
    try:
        return function(*args)
    except Exception:
        log.exception("%s failed unexpectedly", function.__name__)
        return None
