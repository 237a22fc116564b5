"""An import's job record in the result backend: one small hash per import.

The CLI writes what it read and enqueued; the worker writes the absolute
stored/inserted/updated/failed counters (and `failed:<reason>`) from PostgreSQL.
The record expires JOB_TTL_SECONDS after its last update.
"""

KEY_PREFIX = "people-import:job:"
UNDO_PREFIX = "people-import:undo:"  # one small hash per undo request: its result
# A running import's CLI renews its record at least every 5 s; silent this long, it is gone.
# The worker also refuses to undo an import written to this recently.
LEASE_SECONDS = 60
# The workers' counters of an import: one spelling for the job record, the `imports` table,
# the metrics and both summaries. `stored` counts rows; the people counters count each person
# once, by what the import's latest line for them did (the rest of `stored`: superseded by a
# later line of the same email). `replayed`: dead letters replayed and stored (each taken off
# `failed` if it was counted there).
STORED, INSERTED, UPDATED, UNCHANGED = "stored", "inserted", "updated", "unchanged"
FAILED, REPLAYED, SUPERSEDED = "failed", "replayed", "superseded"
PEOPLE_COUNTERS = (INSERTED, UPDATED, UNCHANGED)
WORKER_COUNTERS = (STORED, *PEOPLE_COUNTERS, FAILED, REPLAYED)
FAILED_PREFIX = "failed:"
REJECTED_PREFIX = "rejected:"


def job_key(import_id: str) -> str:
    return KEY_PREFIX + import_id


def undo_key(request_id: str) -> str:
    return UNDO_PREFIX + request_id


def finished(job: dict) -> int:
    """Rows of a job record the workers are done with: stored or failed."""
    return int(job.get(STORED, 0)) + int(job.get(FAILED, 0))


def superseded(stored: int, people: int) -> int:
    """Rows stored and then replaced by a later line of their email in the same import
    (the demo's 7 rows stored for 6 people: 1); `people` is the people counters' sum."""
    return max(stored - people, 0)
