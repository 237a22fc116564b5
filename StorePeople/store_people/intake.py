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
from typing import NamedTuple, TypeGuard

import redis
from sqlalchemy import exc

from people_import_contract.job_record import LEASE_SECONDS, job_key, undo_key
from people_import_contract.limits import MAX_BIGINT, MAX_FIELD_LENGTH, is_import_id
from people_import_contract.messages import (
    CLI_STATES,
    MERGE,
    MERGE_POLICIES,
    RECORD_IMPORT_FIELDS,
    STORE_PEOPLE,
    STORE_PEOPLE_ARGS,
    UNDO_IMPORT_ARGS,
)
from store_people import history, job_record, undo
from store_people.counts import TAKEN_OFF, record_summary
from store_people.rows import PersonRow
from store_people.settings import Settings
from store_people.store import StoreGaveUp, in_transaction, record_failures, store_rows
from store_people.validation import (
    BadMessage,
    check_import_id,
    check_policy,
    parse_people,
    parse_person,
)

log = logging.getLogger(__name__)

# A message's verdict, for the main process to settle it (dead_letters.settle): stored
# messages are acknowledged, requeued ones returned, and Dead ones dead-lettered with why.
STORED, REQUEUE = "stored", "requeue"


class Dead(NamedTuple):
    """The verdict on a message that can't be stored as it is: the reason code and a detail."""

    reason: str
    detail: str = ""
    counted: bool = False  # its rows were counted in their import's `failed`


Verdict = Dead | str  # Dead, STORED or REQUEUE


PRUNE_EVERY = 3600.0
next_prune = 0.0  # per process: the first batch after a start prunes
REQUEST_ID = re.compile(r"[0-9a-z-]{1,64}\Z")


def is_request_id(value) -> TypeGuard[str]:
    return isinstance(value, str) and REQUEST_ID.match(value) is not None


class Delivery:
    """What storing needs of one per-row message; small, because it is pickled to the pool."""

    __slots__ = ("id", "args", "kwargs", "redelivered", "replayed")

    def __init__(self, id, args, kwargs, redelivered: bool, replayed: str | None = None):
        self.id, self.args, self.kwargs, self.redelivered = id, args, kwargs, redelivered
        # A replayed dead letter: the reason its rows were counted failed for, "" if they were
        # not counted; None for any other message (dead_letters.replayed_reason).
        self.replayed = replayed

    def __getstate__(self):
        return (self.id, self.args, self.kwargs, self.redelivered, self.replayed)

    def __setstate__(self, state):
        self.id, self.args, self.kwargs, self.redelivered, self.replayed = state


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
        self.taken_off: dict[str, Counter] = defaultdict(Counter)

    def fail(self, import_id, line, code: str, detail: str, replayed: bool = False) -> None:
        """Count a row as failed; a replayed row counted failed when dead-lettered is not again."""
        shown = import_id if is_import_id(import_id) else "?"  # never a 10 KB id in a log
        log.error("import %s line %s: failed (%s) %.200s", shown, str(line)[:20], code, detail)
        if is_import_id(import_id) and not replayed:  # counted under a real import: it has a record
            self.failures[import_id][code] += 1

    def store(
        self, settings: Settings, rows: list[PersonRow], replayed: dict | None = None
    ) -> list[tuple[PersonRow, str]]:
        """Store rows; return those that could not be stored, with the reason code.

        `replayed`: {(import_id, line): reason} of rows replayed from the dead letters (the
        reason they were counted failed for, "" if they were not).
        """
        if not rows:
            return []
        replayed = replayed or {}
        try:
            totals, refused = store_rows(
                settings.database_url, rows, settings.store_retry_seconds, replayed
            )
        except StoreGaveUp as error:
            for row in rows:
                self.fail(
                    row.import_id, row.line, "db.unavailable", str(error), row_key(row) in replayed
                )
            return [(row, "db.unavailable") for row in rows]
        for import_id, counters in totals.items():
            self.taken_off[import_id] += counters.pop(TAKEN_OFF, Counter())
        self.merge(totals)
        for row, code in refused:
            self.fail(row.import_id, row.line, code, "", row_key(row) in replayed)
        return refused

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
                    job_record.record(tracker, import_id, failed, job_record.INCREMENT)
        for import_id, counters in self.totals.items():
            job_record.record(tracker, import_id, counters)
        for import_id, taken_off in self.taken_off.items():
            job_record.record(tracker, import_id, taken_off, job_record.DECREMENT)
        maybe_prune(settings)


def row_key(row: PersonRow) -> tuple[str, int]:
    return row.import_id, row.line


def dead(rows_failed: list[tuple[PersonRow | None, str]]) -> Dead:
    """A message none of whose rows could be stored: the commonest reason says why."""
    reasons = Counter(code for _row, code in rows_failed)
    reason, count = reasons.most_common(1)[0]
    return Dead(reason, f"{count} of {len(rows_failed)} rows: {reason}", True)


def store_person_batch(settings: Settings, deliveries: list[Delivery]) -> list[Verdict]:
    """Per-row messages, stored together: each one's verdict, in order.

    One malformed message is dead-lettered alone; the others are stored and
    counted (positions, not ids: an id header may be anything, or twice the same).
    """
    outcome, rows, position_of = Outcome(), [], {}
    verdicts: list[Verdict] = [STORED] * len(deliveries)
    replayed = {}
    for position, delivery in enumerate(deliveries):
        try:
            row = parse_person(delivery.args, delivery.kwargs)
        except BadMessage as error:
            kwargs = delivery.kwargs if isinstance(delivery.kwargs, dict) else {}
            import_id, replay = kwargs.get("import_id"), bool(delivery.replayed)
            outcome.fail(import_id, kwargs.get("line"), error.code, str(error), replay)
            verdicts[position] = Dead(error.code, str(error), is_import_id(import_id))
            continue
        rows.append(row)
        position_of[id(row)] = position
        if delivery.replayed is not None:
            replayed[row_key(row)] = delivery.replayed
    for row, code in outcome.store(settings, rows, replayed):
        verdicts[position_of[id(row)]] = Dead(code, f"line {row.line}: {code}", True)
    outcome.report(settings)
    return verdicts


def store_people_message(settings: Settings, args, kwargs, replayed: str | None = None) -> Verdict:
    """One bulk message: STORED, or Dead when it must be dead-lettered (nothing of it stored).

    `replayed`: the reason of a dead letter sent back by `csvprocessor replay`.
    """
    outcome = Outcome()
    if (
        args
        or not isinstance(kwargs, dict)
        or not STORE_PEOPLE_ARGS <= set(kwargs) <= STORE_PEOPLE_ARGS | {MERGE}
    ):
        outcome.fail(None, None, "message.bad_shape", "expected kwargs import_id, rows")
        return Dead("message.bad_shape", "expected kwargs import_id, rows")
    try:
        policy = check_policy(kwargs)
        rows, bad = parse_people(kwargs["import_id"], kwargs["rows"], policy)
    except BadMessage as error:
        outcome.fail(None, None, error.code, str(error))
        return Dead(error.code, str(error))
    for line, problem in bad:
        outcome.fail(kwargs["import_id"], line, problem.code, str(problem), bool(replayed))
    by_row = {row_key(row): replayed for row in rows} if replayed is not None else {}
    unstored = outcome.store(settings, rows, by_row)
    outcome.report(settings)
    # Kept (acknowledged) when any row of it was stored; parked for a person when none was.
    if len(unstored) < len(rows) or not (rows or bad):
        return STORED
    return dead([*unstored, *((None, problem.code) for _line, problem in bad)])


def store_bulk_body(settings: Settings, task, body: bytes, replayed: str | None = None) -> Verdict:
    """A raw message from the bulk queue, decoded here in the pool: its verdict."""
    if task != STORE_PEOPLE:
        log.error("bulk queue: refusing task %.100r (only %s), dead-lettered", task, STORE_PEOPLE)
        return Dead("message.unknown_task", f"task {str(task)[:80]!r} on the bulk queue")
    try:
        args, kwargs, _embed = json.loads(body)
    except Exception as error:  # RecursionError (nested [), MemoryError, not JSON, not 3 items
        log.error("bulk message is not a JSON task body, dead-lettered: %.200s", error)
        return Dead("message.undecodable", f"{type(error).__name__}: {error}")
    return store_people_message(settings, args, kwargs, replayed)


def record_import(settings: Settings, args, kwargs) -> Verdict:
    """tasks.record_import: the CLI's own counts, kept with the worker's in `imports`."""
    try:
        import_id = check_import_id(kwargs.get("import_id"))
    except BadMessage as error:
        log.error("record_import refused: %s", error)
        return Dead(error.code, str(error))
    fields = {
        name: kind(kwargs[name])
        for name, kind in RECORD_IMPORT_FIELDS.items()
        if isinstance(kwargs.get(name), kind) and not isinstance(kwargs.get(name), bool)
    }
    for name, value in fields.items():
        if isinstance(value, int) and not 0 <= value <= MAX_BIGINT:
            log.error("record_import %s refused: %s out of range", import_id, name)
            return Dead("message.bad_value", f"{name} out of range")
        if isinstance(value, str) and ("\x00" in value or len(value) > MAX_FIELD_LENGTH):
            log.error("record_import %s refused: %s has a NUL byte or is too long", import_id, name)
            return Dead("message.bad_value", f"{name} has a NUL byte or is too long")
    if "state" in fields:  # the column says whose state it is
        state = fields.pop("state")
        if state not in CLI_STATES:
            log.error("record_import %s refused: state %.20r", import_id, state)
            return Dead("message.bad_value", f"state {str(state)[:20]!r}")
        fields["cli_state"] = state
    if fields.get(MERGE, MERGE_POLICIES[0]) not in MERGE_POLICIES:
        log.error("record_import %s refused: merge %.20r", import_id, fields[MERGE])
        return Dead("message.bad_value", f"merge {str(fields[MERGE])[:20]!r}")
    try:
        in_transaction(
            settings.database_url,
            settings.store_retry_seconds,
            lambda session: record_summary(session, import_id, fields),
        )
    except (StoreGaveUp, exc.DBAPIError) as error:  # dead-lettered, never acknowledged away
        log.error("record_import %s not recorded: %s", import_id, type(error).__name__)
        code = "db.unavailable" if isinstance(error, StoreGaveUp) else "db.refused"
        return Dead(code, f"record_import: {type(error).__name__}")
    return STORED


def undo_import(settings: Settings, args, kwargs) -> Verdict:
    """tasks.undo_import: the undo's result goes where the CLI waits for it; Dead if unusable."""
    request_id = kwargs.get("request_id") if isinstance(kwargs, dict) else None
    if args or set(kwargs or ()) != UNDO_IMPORT_ARGS or not is_request_id(request_id):
        log.error("undo_import refused: expected kwargs import_id, request_id")
        return Dead("message.bad_shape", "expected kwargs import_id, request_id")
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
    return STORED


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
