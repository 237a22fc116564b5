"""`csvprocessor.py status IMPORT_ID`: one read of the job record, whatever the import's size.

An unknown or expired id reads as `unknown` (exit 2), never as pending:
Celery's own PENDING means "waiting or unknown", a well-known trap.
"""

import argparse
import json
import sys
import time
from datetime import UTC, datetime

from csv_import import report
from csv_import.errors import CliError
from csv_import.history import read_history
from csv_import.job_record import job_records_for
from csv_import.report import Summary
from people_import_contract.job_record import LEASE_SECONDS, finished


def state_of(job: dict | None, stall_seconds: float, now: float | None = None) -> str:
    if not job:
        return "unknown"
    if job.get("undone_at"):
        return "undone"
    now = time.time() if now is None else now
    if job.get("state") == "running":
        seen = float(job.get("cli_seen_at") or 0)
        return "interrupted" if seen and now - seen > LEASE_SECONDS else "running"
    if job.get("state") in ("failed", "interrupted"):
        return job["state"]
    if finished(job) >= int(job.get("enqueued", 0)):
        return "done"
    last = float(job.get("last_progress_at") or 0)
    if last and now - last > stall_seconds:
        return "stalled"
    return "running"


def read_job(settings, import_id: str) -> dict | None:
    """The job record from the result backend, else from PostgreSQL history (if configured)."""
    try:
        records = job_records_for(
            settings.backend_url, settings.job_ttl_seconds, settings.redis_ssl()
        )
        job = records.read(import_id)
    except CliError:
        if not settings.database_url:
            raise
        job = None
    if job is None and settings.database_url:
        job = read_history(settings.database_url, import_id)
    return job


def describe(import_id: str, job: dict | None, state: str) -> dict:
    """The import's summary object, as its own --json printed it, brought up to date.

    The CLI keeps its summary in the job record (`summary`); the worker's counters
    (stored, inserted, updated, failed and failed:<reason>) are laid over it, with
    `pending`, `state` and, once done, `finished_at`. Integers are integers and the
    by-reason counts are nested (summary.schema.json).
    """
    job = job or {}
    view = json.loads(report.to_json(Summary(import_id=import_id, file=job.get("file", ""))))
    view.update(json.loads(job.get("summary") or "{}"))
    for name in ("rows", "accepted", "rejected", "enqueued", "stored", "inserted", "updated",
                 "unchanged"):  # fmt: skip
        if name in job:
            view[name] = int(job[name])
    view["failed"] = int(job.get("failed", 0)) if "enqueued" in job else view["failed"]
    for prefix, key in (("rejected:", "rejected_by_reason"), ("failed:", "failed_by_reason")):
        by_reason = {k[len(prefix) :]: int(v) for k, v in job.items() if k.startswith(prefix)}
        if by_reason:
            view[key] = by_reason
    if "enqueued" in job:
        view["pending"] = max(int(job["enqueued"]) - finished(job), 0)
    view.update(import_id=import_id, state=state)
    if job.get("undone_at"):
        view["undone_at"] = moment(job["undone_at"])
    if "source" in job:
        view["source"] = job["source"]  # "history": read from PostgreSQL, Redis forgot it
    if state == "done" and job.get("last_progress_at"):
        view["finished_at"] = moment(job["last_progress_at"])
    return view


def moment(value: str) -> str:
    """A record's time (seconds since the epoch, or already ISO from PostgreSQL), as ISO 8601."""
    try:
        return datetime.fromtimestamp(float(value), UTC).isoformat(timespec="seconds")
    except ValueError:
        return value


def main(argv: list[str], settings) -> int:
    parser = argparse.ArgumentParser(prog="csvprocessor.py status")
    parser.add_argument("import_id")
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args(argv)
    try:
        job = read_job(settings, options.import_id)
    except CliError as error:
        print(f"csvprocessor: status {options.import_id}: {error}", file=sys.stderr)
        return error.exit_code
    state = state_of(job, settings.stall_seconds)
    view = describe(options.import_id, job, state)
    if options.json:
        print(json.dumps(view, sort_keys=True))
    else:
        print("\n".join(f"{key:20} {value}" for key, value in sorted(view.items()) if value))
    return 2 if state == "unknown" else 0
