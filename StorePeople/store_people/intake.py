"""What happens to a message in a pool process: check it, store it, count it.

Every task shape ends here, so per-row and bulk imports share one path:
parse (validation.py) -> store and count (store.py) -> report (job_record.py).
This module runs in the pool processes and imports nothing of the main
process's consumers (fast_paths.py, bulk_consumer.py); they import it. The
import-level tasks are import_tasks.py's; verdicts.py says what a message came to.
"""

import json
import logging
import pickle
from collections import Counter, defaultdict

from sqlalchemy import exc

from people_import_contract.limits import is_import_id
from people_import_contract.messages import MERGE, STORE_PEOPLE, STORE_PEOPLE_ARGS
from store_people import job_record
from store_people.counts import TAKEN_OFF
from store_people.job_record import job_records
from store_people.pruning import pruner
from store_people.rows import PersonRow
from store_people.settings import Settings
from store_people.shown import shown
from store_people.store import StoreGaveUp, record_failures, store_rows
from store_people.validation import (
    MAX_LINE,
    BadMessage,
    check_policy,
    parse_people,
    parse_person,
)
from store_people.verdicts import STORED, UNDONE, Dead, Verdict, dead

log = logging.getLogger(__name__)


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


class Outcome:
    """What one batch of messages came to: counters to report, failures to count."""

    def __init__(self):
        self.totals: dict[str, dict[str, int]] = {}
        self.failures: dict[str, Counter] = defaultdict(Counter)  # rows without a line
        # {import_id: {line: reason}}: counted once whatever the deliveries (record_failures).
        self.failed_lines: dict[str, dict[int, str]] = defaultdict(dict)
        self.taken_off: dict[str, Counter] = defaultdict(Counter)
        # {import_id: {line: email}}: failed lines an earlier delivery may have stored.
        self.unsure: dict[str, dict[int, str]] = defaultdict(dict)

    def fail(
        self,
        import_id,
        line,
        code: str,
        detail: str,
        replayed: bool = False,
        email: str | None = None,
    ) -> None:
        """Count a row as failed; a replayed row counted failed when dead-lettered is not again.

        `email`: the row gave up on the database (not refused): counted only if no
        delivery of it committed (store.record_failures)."""
        known = import_id if is_import_id(import_id) else "?"  # never a 10 KB id in a log
        log.error("import %s line %s: failed (%s) %.200s", known, shown(line, 20), code, detail)
        if is_import_id(import_id) and not replayed:  # counted under a real import: it has a record
            if is_line(line):
                self.failed_lines[import_id][line] = code
                if email is not None:
                    self.unsure[import_id][line] = email
            else:
                self.failures[import_id][code] += 1

    def counted_failures(self) -> dict[str, Counter]:
        """Every failure of the batch by import and reason, lines or not."""
        counted: dict[str, Counter] = defaultdict(Counter)
        for import_id, reasons in self.failures.items():
            counted[import_id] += reasons
        for import_id, lines in self.failed_lines.items():
            counted[import_id] += Counter(lines.values())
        return counted

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
                settings.database_url,
                rows,
                settings.store_retry_seconds,
                replayed,
                fast=settings.fast_paths,
            )
        except StoreGaveUp as error:
            # A first transaction may have stored some of them (store.store_or_isolate).
            self.add_stored(error.totals)
            unstored = rows if error.unstored is None else error.unstored
            for row in unstored:
                self.fail(row.import_id, row.line, "db.unavailable", str(error),
                          row_key(row) in replayed, email=row.email)  # fmt: skip
            return [(row, "db.unavailable") for row in unstored]
        self.add_stored(totals)
        for row, code in refused:
            if code == UNDONE:  # the import was taken back: not one of its rows, nor a failure
                log.error("import %s line %d: undone before it came, not stored (%s)",
                          row.import_id, row.line, UNDONE)  # fmt: skip
            else:
                self.fail(row.import_id, row.line, code, "", row_key(row) in replayed)
        return refused

    def add_stored(self, totals: dict) -> None:
        """A store's absolute counters, and what its replayed rows took off failures."""
        for import_id, counters in totals.items():
            self.taken_off[import_id] += counters.pop(TAKEN_OFF, Counter())
        self.merge(totals)

    def merge(self, totals: dict) -> None:
        for import_id, counters in totals.items():
            self.totals.setdefault(import_id, {}).update(counters)

    def report(self, settings: Settings) -> list[job_record.Write]:
        """Count the failures in PostgreSQL; return the job record's writes, in order, unmade
        (progress_after_letters makes them)."""
        writes: list[job_record.Write] = []
        if self.failures or self.failed_lines:
            try:
                self.merge(
                    record_failures(
                        settings.database_url, self.failures, 30.0, self.failed_lines, self.unsure
                    )
                )
            except (StoreGaveUp, exc.DBAPIError):
                # No database: the failures still show in the job record.
                for import_id, reasons in self.counted_failures().items():
                    failed = Counter({f"failed:{code}": n for code, n in reasons.items()})
                    failed["failed"] = sum(reasons.values())
                    # In the record alone: what PostgreSQL's later totals must not erase.
                    failed.update(
                        {job_record.UNRECORDED_AT + k: n for k, n in list(failed.items())}
                    )
                    writes.append((import_id, dict(failed), job_record.INCREMENT))
        writes += [(i, counters, job_record.ABSOLUTE) for i, counters in self.totals.items()]
        writes += [(i, dict(off), job_record.DECREMENT) for i, off in self.taken_off.items()]
        pruner(settings).maybe_prune()
        return writes


def progress_after_letters(
    settings: Settings, verdicts: list[Verdict], writes: list[job_record.Write]
) -> list[Verdict]:
    """The batch's job-record writes, made now, or by the main process once its dead letters
    are out when a message of it is to be dead-lettered: carried by its last Dead verdict
    (dead_letters.settle makes them after the letters before it in the batch).

    A row counted failed in the job record ends `--wait` (stored + failed = enqueued); written
    here, before the main process had published the row's dead letter, a `replay` run right
    after found only the letters already out: 2,000 rows given up at once left 1,251 letters
    still to come (CI), and the import `done_with_failures` after its replay.
    """
    dead = [(i, v) for i, v in enumerate(verdicts) if isinstance(v, Dead)]
    if not dead or not writes:
        job_record.record_all(job_records(settings), writes)
        return verdicts
    last, verdict = dead[-1]
    verdicts = list(verdicts)
    verdicts[last] = verdict._replace(progress=tuple(writes))
    return verdicts


def is_line(line) -> bool:
    """A line the failed-lines table can hold (a message's may be anything)."""
    return isinstance(line, int) and not isinstance(line, bool) and 1 <= line <= MAX_LINE


def row_key(row: PersonRow) -> tuple[str, int]:
    return row.import_id, row.line


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
            known = import_id if is_import_id(import_id) else None
            verdicts[position] = Dead(error.code, str(error), known is not None, known)
            continue
        rows.append(row)
        position_of[id(row)] = position
        if delivery.replayed is not None:
            replayed[row_key(row)] = delivery.replayed
    for row, code in outcome.store(settings, rows, replayed):
        verdicts[position_of[id(row)]] = Dead(
            code, f"line {row.line}: {code}", code != UNDONE, row.import_id
        )
    return progress_after_letters(settings, verdicts, outcome.report(settings))


def store_packed_batch(settings: Settings, packed: bytes) -> list[Verdict]:
    """store_person_batch of the deliveries the main process pickled (fast_paths.packed)."""
    return store_person_batch(settings, pickle.loads(packed))


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
    writes = outcome.report(settings)
    # Kept (acknowledged) when any row of it was stored; parked for a person when none was,
    # and when the database gave up on rows of it a first transaction left out (store.py):
    # acknowledged, they would be lost; replayed, the stored ones are replays.
    gave_up = any(code == "db.unavailable" for _row, code in unstored)
    if (len(unstored) < len(rows) and not gave_up) or not (rows or bad):
        verdict: Verdict = STORED
    else:
        failed = [*unstored, *((None, problem.code) for _line, problem in bad)]
        verdict = dead(failed, kwargs["import_id"])
    return progress_after_letters(settings, [verdict], writes)[0]


def store_bulk_body(settings: Settings, task, body: bytes, replayed: str | None = None) -> Verdict:
    """A raw message from the bulk queue, decoded here in the pool: its verdict."""
    if task != STORE_PEOPLE:
        log.error(
            "bulk queue: refusing task %r (only %s), dead-lettered", shown(task, 100), STORE_PEOPLE
        )
        return Dead("message.unknown_task", f"task {shown(task, 80)!r} on the bulk queue")
    try:
        # UTF-8, as kombu and the fast path decode a body: json.loads of bytes would take a BOM,
        # UTF-16 or UTF-32 (or surrogates written in UTF-8), which they dead-letter.
        args, kwargs, _embed = json.loads(body.decode() if isinstance(body, bytes) else body)
    except Exception as error:  # RecursionError (nested [), MemoryError, not JSON, not 3 items
        log.error("bulk message is not a JSON task body, dead-lettered: %.200s", error)
        return Dead("message.undecodable", f"{type(error).__name__}: {error}")
    return store_people_message(settings, args, kwargs, replayed)
