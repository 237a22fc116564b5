"""`csvprocessor.py status IMPORT_ID [--json]`: one import's state and counts, read in one go.

The view is the import's own summary (what its `--json` printed, kept in the job
record), brought up to date with the workers' counters, `pending` and the state
(job_state.py). A count nobody recorded is null ("?" in text), never 0. An
unknown or expired id reads as `unknown` (exit 2), never as pending: Celery's own
PENDING means "waiting or unknown", a well-known trap.
"""

import json
import sys
from datetime import UTC, datetime

from csv_import import report
from csv_import.errors import USAGE, CliError, report_failure
from csv_import.job_state import read_job, state_of
from csv_import.report import Summary, as_dict
from csv_import.usage import CommandParser, wants_json
from people_import_contract.job_record import (
    FAILED_PREFIX,
    PEOPLE_COUNTERS,
    REJECTED_PREFIX,
    STORED,
    SUPERSEDED,
    WORKER_COUNTERS,
    finished,
    superseded,
)
from people_import_contract.limits import is_import_id

CLI_COUNTS = ("rows", "accepted", "rejected", "enqueued")


def describe(import_id: str, job: dict | None, state: str) -> dict:
    """The import's summary object as `--json` shows it (summary.schema.json)."""
    job = job or {}
    view = as_dict(Summary(import_id=import_id, file=job.get("file")))
    summary = json.loads(job.get("summary") or "{}")  # the CLI's own, once it finished reading
    # `workers` was the queue's consumers when the CLI finished: nothing status can vouch for now.
    view.update(summary, import_id=import_id, state=state, workers=None)
    if not summary:  # what the CLI read is known only from its summary
        view.update(lines=None, skipped_lines=None)
    for name in CLI_COUNTS:
        view[name] = int(job[name]) if name in job else None
    known = any(name in job for name in (*CLI_COUNTS, *WORKER_COUNTERS))
    for name in WORKER_COUNTERS:
        view[name] = int(job.get(name, 0)) if known else None
    people = sum(view[name] for name in PEOPLE_COUNTERS) if known else 0
    view[SUPERSEDED] = superseded(view[STORED], people) if known else None
    for prefix, key in (REJECTED_PREFIX, "rejected_by_reason"), (FAILED_PREFIX, "failed_by_reason"):
        by_reason = {  # a reason all of whose rows were replayed since is 0: not shown
            k[len(prefix) :]: int(v) for k, v in job.items() if k.startswith(prefix) and int(v)
        }
        if by_reason or known:
            view[key] = by_reason or view[key]
    view["pending"] = max(int(job["enqueued"]) - finished(job), 0) if "enqueued" in job else None
    if job.get("undone_at"):
        view["undone_at"] = iso(job["undone_at"])
    if job.get("merge"):  # the database's imports.merge (the CLI's summary has it too)
        view["merge"] = job["merge"]
    if "source" in job:
        view["source"] = job["source"]  # "history": PostgreSQL answered, Redis had forgotten
    if state in ("done", "done_with_failures") and job.get("last_progress_at"):
        view["finished_at"] = iso(job["last_progress_at"])
    return view


def iso(value: str) -> str:
    """A record's time (seconds since the epoch, or already ISO from PostgreSQL), as ISO 8601."""
    try:
        return datetime.fromtimestamp(float(value), UTC).isoformat(timespec="seconds")
    except ValueError:
        return value


def main(argv: list[str], settings) -> int:
    parser = CommandParser(prog="csvprocessor.py status", description="An import's state, counts.")
    parser.add_argument("import_id")
    parser.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    as_json = wants_json(argv)
    try:
        options = parser.parse_args(argv)
        import_id = options.import_id
        if not is_import_id(import_id):
            return report_failure(f"status {import_id}: not an import id", USAGE, as_json,
                                  {"state": "unknown"})  # fmt: skip
        job = read_job(settings, import_id)
    except CliError as error:
        return report_failure(f"status: {error}", error.exit_code, as_json)
    state = state_of(job, settings.stall_seconds)
    view = describe(import_id, job, state)
    if state == "unknown":
        where = "" if settings.database_url else "; set DATABASE_URL to read the database's history"
        print(f"csvprocessor: status {import_id}: unknown (never seen, or expired{where})",
              file=sys.stderr)  # fmt: skip
    print(json.dumps(view, sort_keys=True) if options.json else report.to_text(view))
    return USAGE if state == "unknown" else 0
