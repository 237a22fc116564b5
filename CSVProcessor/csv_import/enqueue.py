"""The row loop: each row read is validated, then rejected (with a reason) or sent.

Per-row mode sends one message per person, bulk mode one per `batch_size` rows
(and never more than MAX_BULK_BYTES); a dry run sends nothing and may compare
with the table instead (preview.py). Between two rows, a SIGTERM or Ctrl-C that
came meanwhile stops the loop (stopping.py), so it never stops halfway through
a publish.
"""

import sys
import time
from collections import Counter

from csv_import import report
from csv_import.messages import people_message, person_message
from csv_import.progress_bar import Progress
from csv_import.report import Summary
from csv_import.validation import Reject, validate
from people_import_contract.limits import MAX_BULK_BYTES, attributes_size

PROGRESS_EVERY = 5.0  # seconds between job-record updates
PREVIEW = 5  # people a dry run prints as they would be stored


def counts(summary: Summary, by_reason: bool = True) -> dict:
    """The job record's CLI fields; with `by_reason`, the reasons and the summary as it stands."""
    fields: dict[str, int | str] = {
        "rows": summary.rows,
        "accepted": summary.accepted,
        "rejected": summary.rejected,
        "enqueued": summary.enqueued,
    }
    if by_reason:
        fields.update({f"rejected:{code}": n for code, n in summary.rejected_by_reason.items()})
        # The CLI's own summary as it stands, so `status --json` can print the same object.
        fields["summary"] = report.to_json(summary)
    return fields


def bulk_row(person) -> list:
    """A bulk row: [line, name, email], with the known fields when the person has any."""
    if not person.has_known():
        return [person.line, person.full_name, person.email]
    return [person.line, person.full_name, person.email, person.phone, person.company,
            person.job_title, list(person.other_emails), person.attributes or {}]  # fmt: skip


def enqueue_rows(source, summary, rejects, publisher, record, options, checker, preview, stop):
    """Read every row of `source`; `publisher` None for a dry run."""
    batch: list[list] = []
    batch_bytes = 0
    next_update = time.monotonic() + PROGRESS_EVERY
    display = Progress("reading")
    try:
        for row in source.rows():
            stop.check()
            summary.rows += 1
            verdict = validate(row, deliverability=checker, region=options.region)
            if isinstance(verdict, Reject):
                summary.rejected += 1
                summary.rejected_by_reason[verdict.code] += 1
                rejects.write(verdict)
            else:
                summary.accepted += 1
                if publisher is None:
                    if preview:
                        preview.add(verdict)
                    if summary.accepted <= PREVIEW:  # a dry run shows what would be stored
                        print(f"  line {verdict.line}: {verdict.full_name} <{verdict.email}>",
                              file=sys.stderr)  # fmt: skip
                elif options.batch_size > 1:
                    batch.append(bulk_row(verdict))
                    # An upper bound of its JSON in bytes (UTF-8 is at most 4 per
                    # character): a message stays below the worker's cap
                    # (MAX_MESSAGE_BYTES) whatever the names.
                    batch_bytes += 4 * (len(verdict.full_name) + len(verdict.email)) + 24
                    if len(batch[-1]) > 3:  # the known fields, each quoted
                        batch_bytes += 4 * sum(map(len, (verdict.phone, verdict.company,
                                                         verdict.job_title))) + 24  # fmt: skip
                        batch_bytes += sum(4 * len(e) + 4 for e in verdict.other_emails)
                        if verdict.attributes:  # its size as compact JSON, bounded per row
                            batch_bytes += 2 * attributes_size(verdict.attributes)
                    if len(batch) >= options.batch_size or batch_bytes >= MAX_BULK_BYTES:
                        message = people_message(summary.import_id, batch, options.merge)
                        publisher.publish(message, verdict.line, len(batch), bulk=True)
                        batch, batch_bytes = [], 0
                else:
                    message = person_message(
                        summary.import_id,
                        verdict.line,
                        verdict.full_name,
                        verdict.email,
                        options.merge,
                        **verdict.known(),
                    )
                    publisher.publish(message, verdict.line)
            if summary.rows % 1000 == 0:
                display.show(
                    summary.rows, f"enqueued {publisher.confirmed_rows if publisher else 0}"
                )
            if time.monotonic() >= next_update:
                next_update = time.monotonic() + PROGRESS_EVERY
                summary.enqueued = publisher.confirmed_rows if publisher else 0
                record.update(counts(summary))
        stop.check()  # a signal during the last row: the last batch stays unsent
    finally:
        display.close()
        summary.lines = source.lines
        summary.skipped_by_reason = Counter(source.skipped)
        summary.skipped_lines = summary.skipped_by_reason.total()
    if publisher is not None:
        if batch:
            message = people_message(summary.import_id, batch, options.merge)
            publisher.publish(message, batch[-1][0], len(batch), bulk=True)
        publisher.flush()
        summary.enqueued = publisher.confirmed_rows
