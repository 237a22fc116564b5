"""What to do about rows the worker could not store: one line per failure reason.

Reasons are the worker's codes (`failed_by_reason`), `family.detail`. A hint is
chosen by the whole code, else by its family; a code on no list still gets the
general hint, so no failure is ever shown without a next step. Every failed row
was dead-lettered to `<queue>.dead`, where it waits to be looked at and replayed.
"""

BY_CODE = {
    "db.refused": "the database refused the rows: is it migrated (alembic upgrade head, in "
    "StorePeople/)? the worker's log names each line and the database's reason",
    "db.unavailable": "the database stayed unreachable longer than STORE_RETRY_SECONDS: check "
    "DATABASE_URL and PostgreSQL, then the worker's log",
}
BY_FAMILY = {
    "db": "the database could not store the rows: see the worker's log, which names each line",
    "message": "the message did not have the contract's shape (another producer, or a CLI "
    "and a worker of different versions): see the worker's log",
    "name": "the worker refused a name the CLI accepted (a CLI and a worker of different "
    "versions?): see the worker's log",
    "email": "the worker refused an email the CLI accepted (a CLI and a worker of different "
    "versions?): see the worker's log",
}
GENERAL = "see the worker's log, which names the import and the line of each failure"
DEAD_LETTERS = (
    "failed rows wait in the dead-letter queue (IMPORT_QUEUE.dead, people.dead by default): "
    "csvprocessor dead-letters lists them; once the cause is fixed, csvprocessor replay "
    "stores them"
)


def hint(code: str) -> str:
    return BY_CODE.get(code) or BY_FAMILY.get(code.partition(".")[0], GENERAL)


def failure_hints(failed_by_reason: dict | None) -> list[str]:
    """One line per reason, then where the rows wait; nothing when nothing failed."""
    if not failed_by_reason:
        return []
    return [f"{code}: {hint(code)}" for code in sorted(failed_by_reason)] + [DEAD_LETTERS]
