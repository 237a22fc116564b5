"""`csvprocessor.py list [--limit N] [--json]`: recent imports, newest first.

From the job records in the result backend (a SCAN of their keys) and, when
DATABASE_URL is set for the CLI, from the history in PostgreSQL, merged per import
as `status` merges them (job_state.py). Import ids sort by start time, so "recent"
is the largest ids. If one source fails and the other answers, the list shows what
the other knows, says which failed, and exits 1.
"""

import json
import sys
from datetime import UTC, datetime

from csv_import.errors import SERVICE_FAILED, CliError, report_failure
from csv_import.history import recent_history
from csv_import.invisible import shown
from csv_import.job_record import job_records_for
from csv_import.job_state import merged, state_of
from csv_import.status import describe
from csv_import.usage import CommandParser, positive_int, wants_json

COLUMNS = "{:<30} {:<18} {:>8} {:>8} {:>8} {:>6}  {:<25} {}"


def recent(settings, limit: int) -> tuple[list[dict], list[str]]:
    """(views of the `limit` most recent imports, messages of the sources that failed)."""
    failures, backend, history = [], {}, {}
    try:
        records = job_records_for(
            settings.backend_url, settings.job_ttl_seconds, settings.redis_ssl()
        )
        newest = sorted(records.import_ids(), reverse=True)[:limit]
        backend = {import_id: records.read(import_id) for import_id in newest}
    except CliError as error:
        failures.append(str(error))
    if settings.database_url:
        try:
            history = recent_history(settings.database_url, limit)
        except CliError as error:
            failures.append(str(error))
    ids = sorted(set(backend) | set(history), reverse=True)[:limit]
    views = []
    for import_id in ids:
        job = merged(backend.get(import_id), history.get(import_id))
        views.append(describe(import_id, job, state_of(job, settings.stall_seconds)))
    return views, failures


def started(view: dict) -> str:
    """When the import began: its id says so (UTC), whatever the records kept."""
    stamp = datetime.strptime(view["import_id"][:22], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    return stamp.isoformat(timespec="seconds")


def as_text(views: list[dict]) -> str:
    known = lambda value: "?" if value is None else value  # noqa: E731
    lines = [COLUMNS.format("IMPORT ID", "STATE", "ROWS", "ENQUEUED", "STORED", "FAILED",
                            "STARTED", "FILE")]  # fmt: skip
    for v in views:
        counts = (known(v[name]) for name in ("rows", "enqueued", "stored", "failed"))
        # The file name as the import's record has it (any message's text): escaped.
        lines.append(COLUMNS.format(v["import_id"], v["state"], *counts, started(v),
                                    shown(v.get("file") or "?")))  # fmt: skip
    return "\n".join(lines)


def main(argv: list[str], settings) -> int:
    parser = CommandParser(prog="csvprocessor.py list", description="Recent imports, newest first.")
    parser.add_argument("--limit", type=positive_int, default=20, metavar="N",
                        help="how many imports (default 20)")  # fmt: skip
    parser.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    try:
        options = parser.parse_args(argv)
    except CliError as error:
        return report_failure(f"list: {error}", error.exit_code, wants_json(argv))
    views, failures = recent(settings, options.limit)
    if failures and not views:
        return report_failure(f"list: {'; '.join(failures)}", SERVICE_FAILED, options.json)
    for failure in failures:
        print(f"csvprocessor: list: {failure}; listing what the other knows", file=sys.stderr)
    if options.json:
        print(json.dumps({"imports": views, **({"error": "; ".join(failures)} if failures else {})},
                         sort_keys=True))  # fmt: skip
    else:
        print(as_text(views) if views else "no imports recorded")
    return SERVICE_FAILED if failures else 0
