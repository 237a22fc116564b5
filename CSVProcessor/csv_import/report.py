"""The run's summary: what was read, rejected, enqueued, stored and failed."""

import json
from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Summary:
    import_id: str
    file: str
    rows: int = 0
    accepted: int = 0
    rejected: int = 0
    enqueued: int = 0
    stored: int | None = None  # filled when waiting
    inserted: int | None = None
    updated: int | None = None
    unchanged: int | None = None  # stored as they were; a dry run's preview: would be
    failed: int | None = None
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
    # --dry-run with DATABASE_URL: the file compared with the table (preview.py)
    would_insert: int | None = None
    would_update: int | None = None
    in_file_duplicates: int | None = None

    def fill_from_job(self, job: dict) -> None:
        """Take the worker's counters from a job record (see jobs.py)."""
        number = lambda name: int(job.get(name, 0))  # noqa: E731
        self.stored, self.inserted, self.updated, self.unchanged = (
            number("stored"),
            number("inserted"),
            number("updated"),
            number("unchanged"),
        )
        self.failed = number("failed")
        self.pending = max(self.enqueued - self.stored - self.failed, 0)
        self.failed_by_reason = Counter(
            {k.split(":", 1)[1]: int(v) for k, v in job.items() if k.startswith("failed:")}
        )


def to_json(summary: Summary) -> str:
    # vars(), not asdict(): asdict rebuilds a Counter from its items, counting them.
    fields = {k: dict(v) if isinstance(v, Counter) else v for k, v in vars(summary).items()}
    return json.dumps(fields, sort_keys=True)


def to_text(summary: Summary) -> str:
    lines = [
        f"import {summary.import_id}: {summary.file}",
        f"  rows read   {summary.rows}",
        f"  accepted    {summary.accepted}",
        f"  rejected    {summary.rejected}" + reasons(summary.rejected_by_reason),
        f"  enqueued    {summary.enqueued}"
        + ("  (dry run: nothing sent)" if summary.dry_run else ""),
    ]
    if summary.stored is not None:
        written = (
            f"(inserted {summary.inserted}, updated {summary.updated}, "
            f"unchanged {summary.unchanged})"
        )
        lines.append(f"  stored      {summary.stored}  {written}")
        lines.append(f"  failed      {summary.failed}" + reasons(summary.failed_by_reason))
    if summary.would_insert is not None:
        lines.append(
            f"  preview     would insert {summary.would_insert}, would update "
            f"{summary.would_update}, unchanged {summary.unchanged}"
            + (
                f", {summary.in_file_duplicates} repeated emails"
                if summary.in_file_duplicates
                else ""
            )
        )
    if summary.skipped_lines:
        lines.append(
            f"  skipped     {summary.skipped_lines} lines" + reasons(summary.skipped_by_reason)
        )
    if summary.rejects_file and summary.rejected:
        lines.append(f"  rejects in  {summary.rejects_file}")
    lines.append(f"  state       {summary.state}")
    return "\n".join(lines)


def reasons(by_reason: Counter) -> str:
    if not by_reason:
        return ""
    return "  (" + ", ".join(f"{code}: {n}" for code, n in sorted(by_reason.items())) + ")"
