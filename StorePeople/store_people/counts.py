"""Each import's counts in PostgreSQL, added in the same transaction as its rows.

Because rows and counts commit together, a message redelivered after its
commit (a worker lost before the ack) is recognised as a replay and counted
once; the totals returned here are absolute, so the result backend can be
brought up to date with them any number of times (progress.py).
"""

from collections import Counter

from sqlalchemy import func
from sqlalchemy.orm import Session

from store_people.models import Import, ImportFailure
from store_people.upsert import INSERTS

COUNTERS = ("stored", "inserted", "updated", "unchanged", "failed")


def add_counts(session: Session, counts: dict[str, Counter]) -> dict[str, dict[str, int]]:
    """Add to each import's counters (sorted, so concurrent batches lock in one order)."""
    table = Import.__table__
    insert = INSERTS[session.get_bind().dialect.name]
    totals = {}
    for import_id in sorted(counts):
        values = {name: counts[import_id].get(name, 0) for name in COUNTERS}
        stmt = insert(table).values(import_id=import_id, counts_version=1, **values)
        stmt = stmt.on_conflict_do_update(
            index_elements=[table.c.import_id],
            set_={
                **{name: table.c[name] + stmt.excluded[name] for name in COUNTERS},
                # Orders the totals: the people counts can go down (job_record.py).
                "counts_version": table.c.counts_version + 1,
                "updated_at": func.now(),  # undo.py: an import written to lately may be running
            },
        ).returning(*(table.c[name] for name in (*COUNTERS, "counts_version")))
        row = session.execute(stmt).one()
        totals[import_id] = dict(zip((*COUNTERS, "counts_version"), row, strict=True))
    return totals


def add_failures(session: Session, import_id: str, reasons: Counter) -> dict[str, int]:
    """Count failed rows by reason; return the import's absolute failure counters."""
    table = ImportFailure.__table__
    insert = INSERTS[session.get_bind().dialect.name]
    totals = add_counts(session, {import_id: Counter(failed=sum(reasons.values()))})[import_id]
    result = {"failed": totals["failed"]}
    for reason in sorted(reasons):
        stmt = insert(table).values(import_id=import_id, reason=reason, count=reasons[reason])
        stmt = stmt.on_conflict_do_update(
            index_elements=[table.c.import_id, table.c.reason],
            set_={"count": table.c["count"] + stmt.excluded["count"]},
        ).returning(table.c["count"])
        result[f"failed:{reason}"] = session.execute(stmt).scalar_one()
    return result


def record_summary(session: Session, import_id: str, fields: dict) -> None:
    """What the CLI read and enqueued (tasks.record_import)."""
    table = Import.__table__
    stmt = INSERTS[session.get_bind().dialect.name](table).values(import_id=import_id, **fields)
    session.execute(stmt.on_conflict_do_update(index_elements=[table.c.import_id], set_=fields))
