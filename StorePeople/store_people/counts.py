"""Each import's counts in PostgreSQL, added in the same transaction as its rows.

Because rows and counts commit together, a message redelivered after its
commit (a worker lost before the ack) is recognised as a replay and counted
once; the totals returned here are absolute, so the result backend can be
brought up to date with them any number of times (progress.py).
"""

from collections import Counter
from collections.abc import Callable

from sqlalchemy import case, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from people_import_contract.job_record import FAILED, FAILED_PREFIX, WORKER_COUNTERS
from store_people.job_record import UNRECORDED_AT, with_versions
from store_people.models import Import, ImportFailedLine, ImportFailure

# The upserts below: both dialects' INSERT has on_conflict_do_update and excluded.
INSERTS: dict[str, Callable[..., postgresql.Insert | sqlite.Insert]] = {
    "postgresql": postgresql.insert,
    "sqlite": sqlite.insert,
}

COUNTERS = WORKER_COUNTERS  # the `imports` table has a column of each name
REPLAYED_PREFIX = "replayed:"
# A replayed row stored whose failure is not on record in PostgreSQL (store.tally): taken off
# the job record alone, where a database outage counted it (never below 0 there, and the
# next absolute totals from PostgreSQL, the larger, put back any it should not have).
UNRECORDED_PREFIX = "unrecorded:"
# Key of an import's totals: what its replayed rows took off `failed` and `failed:<reason>`
# (a Counter of decrements, for the result backend, which keeps the larger of two totals).
TAKEN_OFF = "taken_off"


def at_least_zero(value):
    return case((value < 0, 0), else_=value)  # GREATEST(value, 0), SQLite too (the demo)


def add_counts(session: Session, counts: dict[str, Counter]) -> dict[str, dict]:
    """Add to each import's counters (sorted, so concurrent batches lock in one order).

    A replayed row stored counts as `replayed`; one counted failed is no longer: `failed` goes down,
    never below 0 (with the database down, its failure was counted only in the job
    record), and so does its reason's count in import_failures.
    """
    table = Import.__table__
    insert = INSERTS[session.get_bind().dialect.name]
    totals = {}
    for import_id in sorted(counts):
        values = {name: counts[import_id].get(name, 0) for name in COUNTERS}
        stmt = insert(table).values(import_id=import_id, counts_version=1, **values)
        new, taken = stmt.excluded, failed_taken_off(counts[import_id])
        upsert = stmt.on_conflict_do_update(
            index_elements=[table.c.import_id],
            set_={
                **{name: table.c[name] + new[name] for name in COUNTERS},
                FAILED: at_least_zero(table.c[FAILED] + new[FAILED] - taken),
                # Orders the totals: the people counts can go down (job_record.py).
                "counts_version": table.c.counts_version + 1,
                "updated_at": func.now(),  # undo.py: an import written to lately may be running
            },
        ).returning(*(table.c[name] for name in (*COUNTERS, "counts_version")))
        row = session.execute(upsert).one()
        found = dict(zip((*COUNTERS, "counts_version"), row, strict=True))
        if taken:  # the reasons' counts as of this version, as `failed` (job_record.py)
            found.update(take_off_failures(session, import_id, counts[import_id]))
        totals[import_id] = with_versions(found, found["counts_version"])
        unrecorded = Counter({name[len(UNRECORDED_PREFIX) :]: n
                              for name, n in counts[import_id].items()
                              if name.startswith(UNRECORDED_PREFIX) and n})  # fmt: skip
        if unrecorded:  # counted in the job record alone: taken off there alone
            taken_off = Counter({FAILED: unrecorded.total()})
            taken_off.update({FAILED_PREFIX + reason: n for reason, n in unrecorded.items()})
            taken_off.update({UNRECORDED_AT + name: n for name, n in list(taken_off.items())})
            totals[import_id][TAKEN_OFF] = taken_off
    return totals


def failed_taken_off(counts: Counter) -> int:
    """Replayed rows stored whose failure had been counted (`replayed:<reason>`)."""
    return sum(n for name, n in counts.items() if name.startswith(REPLAYED_PREFIX))


def take_off_failures(session: Session, import_id: str, counts: Counter) -> dict[str, int]:
    """Lower the failure counts by reason for replayed rows stored; return those reasons'
    counts now (`failed:<reason>`)."""
    table = ImportFailure.__table__
    now: dict[str, int] = {}
    for name in sorted(counts):
        if name.startswith(REPLAYED_PREFIX) and counts[name]:
            reason = name[len(REPLAYED_PREFIX) :]
            left = session.execute(
                update(table)
                .where(table.c.import_id == import_id, table.c.reason == reason)
                .values(count=at_least_zero(table.c["count"] - counts[name]))
                .returning(table.c["count"])
            ).scalar_one_or_none()
            if left is not None:
                now[FAILED_PREFIX + reason] = left
    return now


def first_failures(session: Session, import_id: str, lines: list[int]) -> list[int]:
    """Those of these lines not counted failed before, now marked counted (migration 0009):
    a row the database refuses again when its batch is delivered again counts once."""
    if not lines:
        return []
    table = ImportFailedLine.__table__
    insert = INSERTS[session.get_bind().dialect.name]
    marked = insert(table).values([{"import_id": import_id, "line": line} for line in lines])
    return list(session.execute(marked.on_conflict_do_nothing().returning(table.c.line)).scalars())


def forget_failures(session: Session, keys) -> set[tuple[str, int]]:
    """Of these (import_id, line), those counted failed, no longer marked so: a replayed dead
    letter's failure is taken off once, whichever delivery of it stores or finds its row."""
    table = ImportFailedLine.__table__
    lines: dict[str, list[int]] = {}
    for import_id, line in sorted(set(keys)):
        lines.setdefault(import_id, []).append(line)
    forgotten = set()
    for import_id, numbers in lines.items():
        gone = delete(table).where(table.c.import_id == import_id, table.c.line.in_(numbers))
        found = session.execute(gone.returning(table.c.line)).scalars()
        forgotten |= {(import_id, line) for line in found}
    return forgotten


def add_failures(session: Session, import_id: str, reasons: Counter) -> dict[str, int]:
    """Count failed rows by reason; return the import's absolute failure counters."""
    table = ImportFailure.__table__
    insert = INSERTS[session.get_bind().dialect.name]
    totals = add_counts(session, {import_id: Counter({FAILED: sum(reasons.values())})})[import_id]
    result = {FAILED: totals[FAILED]}
    for reason in sorted(reasons):
        stmt = insert(table).values(import_id=import_id, reason=reason, count=reasons[reason])
        upsert = stmt.on_conflict_do_update(
            index_elements=[table.c.import_id, table.c.reason],
            set_={"count": table.c["count"] + stmt.excluded["count"]},
        ).returning(table.c["count"])
        result[FAILED_PREFIX + reason] = session.execute(upsert).scalar_one()
    return with_versions(result, totals["counts_version"])


def undone_imports(session: Session, import_ids) -> set[str]:
    """Those of these imports that were undone (imports.undone_at)."""
    table = Import.__table__
    found = select(table.c.import_id).where(
        table.c.import_id.in_(sorted(set(import_ids))), table.c.undone_at.is_not(None)
    )
    return set(session.execute(found).scalars())


def record_summary(session: Session, import_id: str, fields: dict) -> None:
    """What the CLI read and enqueued (tasks.record_import)."""
    table = Import.__table__
    stmt = INSERTS[session.get_bind().dialect.name](table).values(import_id=import_id, **fields)
    if not fields:  # none of the CLI's fields of their type (rows: "5"): the import, no more
        # (an empty SET raised ValueError, and the record was dead-lettered as task.failed)
        session.execute(stmt.on_conflict_do_nothing(index_elements=[table.c.import_id]))
        return
    session.execute(stmt.on_conflict_do_update(index_elements=[table.c.import_id], set_=fields))
