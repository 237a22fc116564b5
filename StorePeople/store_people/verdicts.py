"""What a message came to, for the main process to settle it (dead_letters.settle).

Stored messages are acknowledged, requeued ones returned, and Dead ones dead-lettered
with why. The pool side (intake.py, import_tasks.py) returns these; the main process
(fast_paths.py, bulk_consumer.py, tasks.py) acts on them.
"""

import logging
from collections import Counter
from typing import NamedTuple

from store_people.rows import PersonRow

log = logging.getLogger(__name__)

STORED, REQUEUE = "stored", "requeue"
# A row of an import undone before it arrived: logged, never stored, counted nowhere (store.py).
UNDONE = "import.undone"


class Dead(NamedTuple):
    """The verdict on a message that can't be stored as it is: the reason code and a detail."""

    reason: str
    detail: str = ""
    counted: bool = False  # its rows were counted in their import's `failed`
    import_id: str | None = None  # the import its body names, once read (dead_letters.IMPORT)
    # The job record's writes of the batch it came in, for the main process to make once its
    # dead letter is out (intake.progress_after_letters): job_record.Write items.
    progress: tuple = ()


Verdict = Dead | str  # Dead, STORED or REQUEUE


def dead(rows_failed: list[tuple[PersonRow | None, str]], import_id: str | None = None) -> Dead:
    """A message none of whose rows could be stored (of `import_id`): the commonest reason
    says why."""
    reasons = Counter(code for _row, code in rows_failed)
    reason, count = reasons.most_common(1)[0]
    counted = any(code != UNDONE for _row, code in rows_failed)
    return Dead(reason, f"{count} of {len(rows_failed)} rows: {reason}", counted, import_id)


def in_pool(function, *args):
    """Run a storing function in a pool process; None (logged) if it crashed outright."""
    try:
        return function(*args)
    except Exception:
        log.exception("%s failed unexpectedly", function.__name__)
        return None
