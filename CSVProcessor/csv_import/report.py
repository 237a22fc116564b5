"""The run's summary: what was read, rejected, enqueued, stored and failed, as JSON or as text.

One text renderer serves the import's summary and `status` (both are the same
object, summary.schema.json), so the two never tell a different story.
"""

import json
from collections import Counter
from dataclasses import dataclass, field

from csv_import.hints import failure_hints
from csv_import.invisible import shown
from people_import_contract.job_record import (
    FAILED,
    FAILED_PREFIX,
    PEOPLE_COUNTERS,
    STORED,
    WORKER_COUNTERS,
    superseded,
)


@dataclass
class Summary:
    import_id: str
    file: str | None  # None: `status` of an import whose job record names no file
    rows: int = 0
    accepted: int = 0
    rejected: int = 0
    enqueued: int = 0
    stored: int | None = None  # filled when waiting
    inserted: int | None = None
    updated: int | None = None
    unchanged: int | None = None  # stored as they were; a dry run's preview: would be
    superseded: int | None = None  # rows stored, then replaced by a later line of their email
    failed: int | None = None
    replayed: int | None = None  # dead letters replayed (csvprocessor replay) and stored
    pending: int | None = None
    state: str = "reading"
    rejected_by_reason: Counter = field(default_factory=Counter)
    failed_by_reason: Counter = field(default_factory=Counter)
    lines: int = 0  # physical lines read: the header's, the rows', the skipped ones
    skipped_lines: int = 0  # physical lines that are no row: blank, preamble, footer
    skipped_by_reason: Counter = field(default_factory=Counter)
    columns: dict = field(default_factory=dict)  # the mapping: which columns, which header line
    rejects_file: str | None = None
    log_file: str | None = None
    dry_run: bool = False
    merge: str = "overwrite"  # --merge: overwrite, fill-blanks or insert-only
    workers: int | None = None  # consumers of the queue the rows went to; None: unknown
    # --dry-run with DATABASE_URL: the file compared with the table (preview.py)
    would_insert: int | None = None
    would_update: int | None = None
    in_file_duplicates: int | None = None

    def fill_from_job(self, job: dict) -> None:
        """Take the worker's counters from a job record."""
        counts = {name: int(job.get(name, 0)) for name in WORKER_COUNTERS}
        for name, value in counts.items():  # the fields have the counters' names
            setattr(self, name, value)
        self.superseded = superseded(counts[STORED], sum(counts[n] for n in PEOPLE_COUNTERS))
        self.pending = max(self.enqueued - counts[STORED] - counts[FAILED], 0)
        self.failed_by_reason = Counter(
            {
                k.removeprefix(FAILED_PREFIX): int(v)
                for k, v in job.items()
                if k.startswith(FAILED_PREFIX) and int(v)
            }
        )


def to_json(summary: Summary) -> str:
    return json.dumps(as_dict(summary), sort_keys=True)


def as_dict(summary: Summary) -> dict:
    # vars(), not asdict(): asdict rebuilds a Counter from its items, counting them.
    return {k: dict(v) if isinstance(v, Counter) else v for k, v in vars(summary).items()}


def to_text(view: dict | Summary) -> str:
    """The summary (or `status`'s view of it) as lines a person reads; nothing nested."""
    v = as_dict(view) if isinstance(view, Summary) else view
    known = lambda name: "?" if v.get(name) is None else v[name]  # noqa: E731
    lines = [
        # A file name is the sender's text (a record_import message, a name with ESC or a
        # newline): shown escaped, never written to the terminal as it is.
        f"import {v['import_id']}: {shown(v.get('file') or '(file unknown)')}",
        f"  rows read   {known('rows')}",
        f"  accepted    {known('accepted')}",
        f"  rejected    {known('rejected')}" + reasons(v.get("rejected_by_reason")),
        f"  enqueued    {known('enqueued')}" + ("  (dry run: nothing sent)" * v["dry_run"]),
    ]
    if v.get("stored") is not None:
        lines.append(f"  stored      {v['stored']}  {written(v)}")
    if v.get("failed") is not None:
        lines.append(f"  failed      {v['failed']}" + reasons(v.get("failed_by_reason")))
        lines += [f"              {hint}" for hint in failure_hints(v.get("failed_by_reason"))]
    if v.get("replayed"):
        lines.append(f"  replayed    {v['replayed']}  (dead letters replayed, then stored)")
    if v.get("pending"):
        lines.append(f"  pending     {v['pending']}")
    if v.get("would_insert") is not None:
        repeated = v.get("in_file_duplicates")
        lines.append(
            f"  preview     would insert {v['would_insert']}, would update {v['would_update']}, "
            f"unchanged {v['unchanged']}" + (f", {repeated} repeated emails" if repeated else "")
        )
    if v.get("skipped_lines"):
        lines.append(f"  skipped     {v['skipped_lines']} lines" + reasons(v["skipped_by_reason"]))
    if v.get("rejects_file") and v.get("rejected"):
        lines.append(f"  rejects in  {v['rejects_file']}")
    if v.get("workers") == 0:
        lines.append("  workers     none consuming: the rows wait in the queue until one runs "
                     "(celery -A tasks worker, in StorePeople/)")  # fmt: skip
    for name in ("finished_at", "undone_at"):
        if v.get(name):
            lines.append(f"  {name.replace('_', ' '):<11} {v[name]}")
    if v.get("merge") and v["merge"] != "overwrite":
        lines.append(f"  merge       {v['merge']}")
    lines.append(f"  state       {v['state']}")
    return "\n".join(lines)


def written(v: dict) -> str:
    """What the stored rows did, emails by kind; the rows a later line replaced make it add up."""
    text = f"(inserted {v['inserted']}, updated {v['updated']}, unchanged {v['unchanged']}"
    if v.get("superseded"):
        text += f"; {v['superseded']} superseded by a later line"
    return text + ")"


def reasons(by_reason: dict | None) -> str:
    if not by_reason:
        return ""
    return "  (" + ", ".join(f"{code}: {n}" for code, n in sorted(by_reason.items())) + ")"
