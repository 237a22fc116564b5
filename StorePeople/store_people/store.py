"""Store a batch of rows: retry what is transient, isolate what is not.

Rows and their counts commit together (counts.py), so a replayed message changes
neither the table nor the counts: in one transaction, or, when another batch holds
some of their people, in two (store_or_isolate). Shared by both tasks, so per-row
and bulk imports get the same semantics.
"""

import logging
import random
import time
from collections import Counter, defaultdict
from functools import partial

from sqlalchemy import exc

from people_import_contract.dead_letters import is_reason_code
from people_import_contract.job_record import INSERTED, REPLAYED, STORED, UNCHANGED, UPDATED
from store_people import counts, email_keys, metrics, replays, upsert, write_kinds
from store_people.db import session_scope
from store_people.rows import PersonRow
from store_people.verdicts import UNDONE

log = logging.getLogger(__name__)


class StoreGaveUp(Exception):
    """The database stayed unavailable for the whole retry window. `totals` and `unstored`:
    what a first transaction of the batch stored before a second one gave up
    (store_or_isolate), and the rows it left unstored; by default, nothing and all."""

    def __init__(self, message: str, totals: dict | None = None, unstored=None):
        super().__init__(message)
        self.totals, self.unstored = totals or {}, unstored


def is_transient(error: exc.DBAPIError) -> bool:
    # Connection refused or reset, serialization failure (40001) and deadlock
    # (40P01) all arrive as OperationalError from psycopg2.
    return isinstance(error, (exc.OperationalError, exc.InterfaceError)) or bool(
        error.connection_invalidated
    )


def in_transaction(database_url: str, retry_seconds: float, work):
    """Run work(session) in one transaction, with exponential backoff and jitter
    on transient errors until `retry_seconds` have passed."""
    deadline = time.monotonic() + retry_seconds
    delay = 0.2
    while True:
        try:
            with session_scope(database_url) as session:
                return work(session)
        except exc.DBAPIError as error:
            if not is_transient(error):
                raise
            if time.monotonic() + delay > deadline:
                raise StoreGaveUp(str(error.orig).strip()) from error
            log.warning("database unavailable, retrying in %.1fs: %s", delay, error.orig)
            metrics.DB_RETRIES.inc()
            time.sleep(random.uniform(delay / 2, delay))
            delay = min(delay * 2, 30.0)


def tally(
    rows: list[PersonRow],
    changed: list,
    replays: set,
    replayed: dict | None = None,
    forgotten: set | None = None,
) -> dict[str, Counter]:
    """Per import: rows stored (including ones superseded by a later line), and its people
    by what the import's latest line for each does to them: inserted, updated, unchanged.

    A later line of the same person moves that person from one count to another
    (previous_kind), so each person counts once, by the import's last word on them,
    whatever order the lines arrived in: what --dry-run predicts.

    A row is its (import, line) and person: two copies of one message in a batch count once.
    Rows of other people that say they are the same line (no CLI sends them) count each, as
    they do in batches of their own: counted once, 3 people inserted by a message of 3
    such rows read `stored 1`.

    `replayed` maps the rows of dead letters sent back by `csvprocessor replay` to the
    reason they were counted failed for ("" if they were not): each one stored counts as
    `replayed`; one whose failure is on record (`forgotten`: its line was among the import's
    failed lines, now no longer, counts.forget_failures) as `replayed:<reason>`, taken off
    `failed`; one whose line is not on record (a database down or without its schema counted
    it in the job record alone; or a forged one) as `unrecorded:<reason>`, taken off the job
    record only. One whose row another copy stored (`replays`) is taken off only if its line
    was still on record: given up, then stored by a copy the CLI published again.
    """
    per_import: dict[str, Counter] = defaultdict(Counter)
    replayed = replayed or {}
    forgotten = set(forgotten or ())  # each taken off once, whatever rows say its line
    for import_id, line, _person in dict.fromkeys(
        (row.import_id, row.line, email_keys.key(row.email)) for row in rows
    ):
        key = (import_id, line)
        count = per_import[import_id]  # even all replays report the totals again
        reason = replayed.get(key)
        on_record = bool(reason) and key in forgotten  # its failure was counted (counts.py)
        if key in replays and not on_record:
            continue  # committed and counted by an earlier delivery
        if key not in replays:
            count[STORED] += 1
        if key in replayed:  # a replay only when stored by a copy, its failure still on record
            count[REPLAYED] += 1
            if on_record:  # taken off `failed`, once
                forgotten.discard(key)
                count[f"{counts.REPLAYED_PREFIX}{reason}"] += 1
            elif is_reason_code(reason):  # text redis-py can send (intake checks it too)
                count[f"{counts.UNRECORDED_PREFIX}{reason}"] += 1
    for import_id, kind, previous_kind, _key in changed:
        if previous_kind is not None:
            per_import[import_id][KINDS[previous_kind]] -= 1
        per_import[import_id][KINDS[kind]] += 1
    return per_import


KINDS = {
    write_kinds.INSERTED: INSERTED,
    write_kinds.UPDATED: UPDATED,
    write_kinds.UNCHANGED: UNCHANGED,
}


def write_and_count(
    session,
    rows: list[PersonRow],
    tallied: list[dict[str, Counter]],
    replayed: dict | None = None,
    fast: bool = True,
    held: list[PersonRow] | None = None,
    late: list[PersonRow] | None = None,
) -> dict[str, dict[str, int]]:
    # A row may be a copy of one already committed: redelivered by the broker, or
    # published again by a CLI whose node was lost before it confirmed (a new message,
    # without the redelivered flag). It is a replay when its import stored that line
    # before: the logged line, or an earlier one a later line superseded (replays.py).
    email_keys.learn(session, (row.email for row in rows))  # the database's lower(email)
    keys = upsert.people_keys(rows)
    if held is None:
        upsert.lock_people(session, keys)
    else:
        # The people another batch holds wait for a transaction of their own (committed):
        # one shared person made the whole batch wait for the other to commit.
        taken = upsert.lock_free_people(session, keys)
        held[:] = [row for row in rows if email_keys.key(row.email) in taken]
        if held and len(held) < len(rows):
            rows = [row for row in rows if email_keys.key(row.email) not in taken]
            keys = upsert.people_keys(rows)
        elif held:  # all of them: this transaction waits for them, in order
            held.clear()
            upsert.lock_people(session, keys)
    # The log held first, so an undo of these imports committed before (seen below) or waits
    # for this transaction (undo.HOLD_THE_LOG takes a lock this one conflicts with).
    upsert.hold_the_log(session)
    logged = replays.logged(session, rows, keys)
    counted_before = replays.replays(session, rows, logged)
    # A row of an undone import is never stored (fold.py) and counts nowhere: counted, such
    # rows made an undone import `stored 5` of 2 enqueued, `inserted 4`, nobody in `people`.
    # One no delivery stored before is `late`, and is not even logged: logged, a second
    # replay of its dead letter found it "stored before" and acknowledged it, gone.
    undone = counts.undone_imports(session, {row.import_id for row in rows})
    late_rows = [row for row in rows if row.import_id in undone
                 and (row.import_id, row.line) not in counted_before]  # fmt: skip
    if late is not None:
        late[:] = late_rows
    if late_rows:
        unwritten = {id(row) for row in late_rows}
        rows = [row for row in rows if id(row) not in unwritten]
        keys = upsert.people_keys(rows)
    # The people the log held nothing for skip the fold (first_writes.py; fast paths only).
    logged_keys = {key for key, _import in logged} if fast else None
    changed = upsert.upsert(session, rows, keys, logged_keys, logged) if rows else []
    replays.keep_earlier_lines(session, rows, logged, counted_before)
    if undone:
        # The undone imports' replays went through the log above (nothing to write: their
        # lines are logged); they count nowhere either.
        rows = [row for row in rows if row.import_id not in undone]
        changed = [change for change in changed if change[0] not in undone]
    mine = {(row.import_id, row.line) for row in rows}
    forgotten = counts.forget_failures(session, [key for key in replayed or () if key in mine])
    # The committing attempt is the last.
    tallied[:] = [tally(rows, changed, counted_before, replayed, forgotten)]
    return counts.add_counts(session, tallied[0])


def store_rows(
    database_url: str,
    rows: list[PersonRow],
    retry_seconds: float,
    replayed: dict | None = None,
    fast: bool = True,
):
    """Return (absolute counters per import, [(row, reason)] for rows the database refused).

    With replayed rows, an import's counters also hold TAKEN_OFF: what those rows took
    off its failure counts (counts.add_counts). `fast`: the fast paths (settings.fast_paths).
    """
    with metrics.BATCH_SECONDS.time():
        return store_or_isolate(database_url, rows, retry_seconds, replayed, fast)


def committed(
    database_url: str,
    rows: list[PersonRow],
    retry_seconds: float,
    replayed=None,
    fast=True,
    held: list[PersonRow] | None = None,
    undone: list[PersonRow] | None = None,
):
    """write_and_count in one transaction; the rows count in the metrics once it committed.
    `held` (a list) takes the rows it left out: those of people another transaction holds;
    `undone` the rows of imports undone before they came (logged, not stored, not counted)."""
    tallied: list[dict[str, Counter]] = []
    late: list[PersonRow] = []
    work = partial(write_and_count, rows=rows, tallied=tallied, replayed=replayed, fast=fast,
                   held=held, late=late)  # fmt: skip
    totals = in_transaction(database_url, retry_seconds, work)
    metrics.count_stored(tallied[0])
    if undone is not None:
        undone.extend(late)
    return totals


def merge_totals(totals: dict[str, dict], later: dict[str, dict]) -> None:
    """A later transaction's absolute counters over an earlier one's: each it reports
    replaces the earlier value, the others stay (a reason's failure count only comes with
    the transactions that changed it); what replayed rows took off (TAKEN_OFF) adds up."""
    for import_id, counters in later.items():
        earlier = totals.get(import_id, {})
        taken_off = earlier.get(counts.TAKEN_OFF, Counter())
        merged = {**earlier, **counters}
        merged[counts.TAKEN_OFF] = taken_off + counters.get(counts.TAKEN_OFF, Counter())
        totals[import_id] = merged


# What PostgreSQL refuses (DBAPIError), and what psycopg2 refuses to send it (ValueError: a NUL
# in a string, UnicodeEncodeError for a lone surrogate). A row's values go as JSON, which
# PostgreSQL refuses; a replayed row's reason went as a parameter of its own, and a forged one
# with a NUL sank the whole batch (worker.crashed). Whatever gets through sinks its row alone.
REFUSED = (exc.DBAPIError, ValueError)


def store_or_isolate(
    database_url, rows: list[PersonRow], retry_seconds: float, replayed=None, fast=True
):
    """store_rows' work: the rows refused include those of an undone import (UNDONE)."""
    undone: list[PersonRow] = []
    totals, refused = stored_or_isolated(database_url, rows, retry_seconds, replayed, fast, undone)
    return totals, [*refused, *((row, UNDONE) for row in undone)]


def stored_or_isolated(
    database_url, rows: list[PersonRow], retry_seconds: float, replayed, fast, undone: list
):
    """With the fast paths, the rows of people another transaction holds
    (a batch of the same import sharing a repeated person, stored by the other pool
    process) are left out of the first transaction and stored in a second one, which waits
    for them: a batch of their own, a moment later. Both commits count; if the second gives
    up, StoreGaveUp carries what the first stored, and only its rows are unstored."""
    held: list[PersonRow] | None = [] if fast else None
    try:
        totals = committed(database_url, rows, retry_seconds, replayed, fast, held, undone)
    except REFUSED:
        return isolated(database_url, rows, retry_seconds, replayed, fast, {}, undone)
    if not held:
        return totals, []
    try:
        later = committed(database_url, held, retry_seconds, replayed, fast, None, undone)
        merge_totals(totals, later)
    except StoreGaveUp as error:
        raise StoreGaveUp(str(error), totals, held) from error
    except REFUSED:
        return isolated(database_url, held, retry_seconds, replayed, fast, totals, undone)
    return totals, []


def isolated(
    database_url, rows: list[PersonRow], retry_seconds, replayed, fast, totals: dict, undone
):
    """One bad row must not sink the others: store them one by one, onto `totals`."""
    refused: list[tuple[PersonRow, str]] = []
    for row in rows:
        try:
            alone = committed(database_url, [row], retry_seconds, replayed, fast, None, undone)
            merge_totals(totals, alone)
        except REFUSED as error:
            log.error(
                "import %s line %d: database refused the row: %.200s",
                row.import_id,
                row.line,
                getattr(error, "orig", error),
            )
            refused.append((row, "db.refused"))
    return totals, refused


def record_failures(
    database_url: str,
    failures: dict[str, Counter],
    retry_seconds: float,
    lines: dict[str, dict[int, str]] | None = None,
    unsure: dict[str, dict[int, str]] | None = None,
):
    """Count failed rows by reason; return absolute counters per import.

    `lines`: {import_id: {line: reason}} of failed rows known by their line, each counted
    only if no delivery counted it before (counts.first_failures); `failures`, the others.
    `unsure`: {import_id: {line: email}} of those lines given up on a database that
    did not answer: one an earlier delivery committed is stored, not failed.
    """
    lines = lines or {}
    unsure = unsure or {}

    def work(session):
        totals = {}
        for i in sorted(set(failures) | set(lines)):
            reasons = Counter(failures.get(i, Counter()))
            stored = replays.stored_lines(session, i, unsure.get(i, {}))
            failed = sorted(line for line in lines.get(i, {}) if line not in stored)
            for line in counts.first_failures(session, i, failed):
                reasons[lines[i][line]] += 1
            totals[i] = counts.add_failures(session, i, reasons)
        return totals

    totals = in_transaction(database_url, retry_seconds, work)
    metrics.count_failed(
        {
            i: Counter(failures.get(i, Counter())) + Counter(lines.get(i, {}).values())
            for i in set(failures) | set(lines)
        }
    )
    return totals
