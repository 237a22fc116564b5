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
# `replayed`: dead letters replayed and stored (each taken off `failed` if it was counted there).
WORKER_COUNTERS = ("stored", "inserted", "updated", "unchanged", "failed", "replayed")
FAILED_PREFIX = "failed:"
REJECTED_PREFIX = "rejected:"


def job_key(import_id: str) -> str:
    return KEY_PREFIX + import_id


def undo_key(request_id: str) -> str:
    return UNDO_PREFIX + request_id


def finished(job: dict) -> int:
    """Rows of a job record the workers are done with: stored or failed."""
    return int(job.get("stored", 0)) + int(job.get("failed", 0))
