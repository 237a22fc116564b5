"""An import's state and counts, from its job record in Redis and its history in PostgreSQL.

Redis holds the record for JOB_TTL_SECONDS; PostgreSQL (`imports`, read when
DATABASE_URL is set for the CLI) for good. PostgreSQL is the source of truth when
Redis has nothing, or only part of a record (the worker's counters, or an undo's
`undone_at`, written after Redis forgot the CLI's fields): the two are merged,
never shown as rows 0. `status`, `list` and `undo` read imports through here.

The state, first rule that applies:

- `unknown`: no record anywhere (or expired, and no DATABASE_URL);
- `undone`;
- `interrupted` / `failed`: what the CLI said when its reading ended early;
- `running` while the CLI reads the file and renews its lease (the record's
  `cli_seen_at`), `interrupted` once it stopped renewing it for LEASE_SECONDS;
- with no word from the CLI at all (it never recorded how its reading ended:
  killed, or its broker lost): `running` while the workers write, `interrupted`
  once nothing was written for LEASE_SECONDS;
- `done` when every enqueued row is stored, `done_with_failures` when some failed;
- `stalled` when neither the workers nor the CLI made progress for STALL_SECONDS;
- else `running`.
"""

import time

from csv_import.errors import CliError
from csv_import.history import read_history
from csv_import.job_record import job_records_for
from people_import_contract.job_record import (
    FAILED,
    FAILED_PREFIX,
    LEASE_SECONDS,
    PEOPLE_COUNTERS,
    STORED,
    WORKER_COUNTERS,
    finished,
)


def state_of(job: dict | None, stall_seconds: float, now: float | None = None) -> str:
    if not job:
        return "unknown"
    if job.get("undone_at"):
        return "undone"
    now = time.time() if now is None else now
    said = job.get("state")  # the CLI's own word: running, enqueued, interrupted, failed
    if said in ("interrupted", "failed"):
        return said
    if said == "running":
        return "interrupted" if now - moment(job, "cli_seen_at") > LEASE_SECONDS else "running"
    if "enqueued" not in job:  # no word from the CLI: only the workers' writes tell
        return "interrupted" if now - moment(job, "last_progress_at") > LEASE_SECONDS else "running"
    if finished(job) >= int(job["enqueued"]):
        return "done_with_failures" if int(job.get("failed", 0)) else "done"
    progress = max(moment(job, "last_progress_at"), moment(job, "cli_seen_at"))
    return "stalled" if now - progress > stall_seconds else "running"


def moment(job: dict, name: str) -> float:
    return float(job.get(name) or 0)


def merged(backend: dict | None, history: dict | None) -> dict | None:
    """Redis's record laid over PostgreSQL's; counters (absolute in both) take the larger."""
    if not history or not backend:
        return backend or history
    job = {**history, **backend, "source": "history"}
    by_reason = [name for name in {**history, **backend} if name.startswith(FAILED_PREFIX)]
    counters = [*WORKER_COUNTERS, *by_reason]
    for name in counters:
        job[name] = str(max(int(history.get(name, 0)), int(backend.get(name, 0))))
    return job


def caught_up(backend: dict, history: dict | None) -> dict:
    """Redis's full record, its workers' counters brought up to PostgreSQL's when Redis
    missed their last writes (down for the import's last batches, then back from a
    snapshot): each batch's counts commit with its rows, before Redis hears of them.

    `stored` only grows, so the record with more of it holds the later people counts
    (which can go down); the others, as in `merged`, take the larger. Before, `status`
    read such a record alone: `running` (then `stalled`) with 2,000 of 6,000 rows
    stored, every row stored in PostgreSQL.
    """
    if not history:
        return backend
    ahead = int(history.get(STORED, 0)) > int(backend.get(STORED, 0))
    if not ahead and int(history.get(FAILED, 0)) <= int(backend.get(FAILED, 0)):
        return backend  # the usual case: Redis has it all
    job = merged(backend, history) or backend
    job.pop("source", None)  # Redis had the CLI's record: not read from the history alone
    if ahead:
        for name in PEOPLE_COUNTERS:
            job[name] = str(history.get(name, 0))
    progress = (float(record.get("last_progress_at") or 0) for record in (backend, history))
    job["last_progress_at"] = str(max(progress))
    return job


def read_job(settings, import_id: str) -> dict | None:
    """The import's record: Redis, merged with PostgreSQL's history when Redis lacks the CLI's
    fields, or brought up to it when Redis missed the workers' last writes (`caught_up`)."""
    try:
        records = job_records_for(
            settings.backend_url, settings.job_ttl_seconds, settings.redis_ssl()
        )
        backend = records.read(import_id)
    except CliError:
        if not settings.database_url:
            raise
        backend = None  # the history answers alone
    if settings.database_url and (backend is None or "state" not in backend):
        return merged(backend, read_history(settings.database_url, import_id))
    if settings.database_url:
        try:
            return caught_up(backend, read_history(settings.database_url, import_id))
        except CliError:
            return backend  # the database unavailable: Redis's record as it is
    return backend
