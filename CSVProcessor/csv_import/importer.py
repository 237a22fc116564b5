"""One import: read -> validate -> enqueue -> (wait), streaming, in bounded memory."""

import logging
import os
import sys
import time
from collections import Counter
from contextlib import nullcontext
from datetime import UTC, datetime

from csv_import import report
from csv_import.errors import CliError, InputError, Interrupted, ServiceError, Stop
from csv_import.job_record import job_records_for
from csv_import.messages import people_message, person_message, record_message
from csv_import.preview import Preview
from csv_import.progress_bar import Progress
from csv_import.publisher import Publisher
from csv_import.reading import open_people
from csv_import.rejects import RejectsWriter
from csv_import.report import Summary
from csv_import.run_log import start_run_log
from csv_import.validation import Reject, validate
from csv_import.waiting import wait_for_job
from people_import_contract.limits import MAX_BULK_BYTES, MAX_FIELD_LENGTH, new_import_id

log = logging.getLogger(__name__)
PROGRESS_EVERY = 5.0  # seconds between job-record updates
PREVIEW = 5  # people a dry run prints as they would be stored


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class JobRecord:
    """Writes to the job record; a backend outage is reported once, never fatal here."""

    def __init__(self, jobs, import_id: str):
        self.jobs, self.import_id, self.available = jobs, import_id, jobs is not None

    def update(self, fields: dict) -> None:
        if not self.available:
            return
        try:
            # The CLI's lease: `status` reads a running import whose CLI stopped renewing it
            # (killed, the machine gone) as interrupted (status.LEASE_SECONDS).
            self.jobs.update(self.import_id, {**fields, "cli_seen_at": f"{time.time():.3f}"})
        except ServiceError as error:
            log.warning("job progress not recorded (%s); the import goes on", error)
            self.available = False


def counts(summary: Summary, by_reason: bool = True) -> dict:
    fields = {
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


def run_import(options, settings, checker=None) -> Summary:
    """The import's summary; a CliError carries the summary so far (`error.summary`)."""
    summary = Summary(import_id=new_import_id(), file=options.csv, dry_run=options.dry_run)
    try:
        return import_file(options, settings, checker, summary)
    except CliError as error:
        error.summary = summary
        raise


def import_file(options, settings, checker, summary: Summary) -> Summary:
    import_id = summary.import_id
    summary.log_file = start_run_log(settings.logs_dir, import_id, verbose=options.verbose)
    source = open_people(
        options.csv,
        encoding=options.encoding,
        delimiter=options.delimiter,
        name_columns=options.name_columns,
        email_columns=options.email_columns,
        sheet=options.sheet,
        fast_paths=settings.fast_paths,
    )
    summary.columns = source.columns()
    summary.rejects_file = options.rejects or os.path.join(
        settings.logs_dir, f"{import_id}.rejects.csv"
    )
    log.info("import %s: %s (%s)", import_id, options.csv, summary.columns)
    jobs = (
        None
        if options.dry_run
        else job_records_for(settings.backend_url, settings.job_ttl_seconds, settings.redis_ssl())
    )
    record = JobRecord(jobs, import_id)
    publisher = (
        nullcontext()
        if options.dry_run
        else Publisher(
            settings.broker_url,
            settings.queue,
            tls=settings.tls,
            fast_paths=settings.fast_paths,
            queue_type=settings.queue_type,
        )
    )
    # --dry-run with DATABASE_URL also compares the file with the table (preview.py).
    compare = options.dry_run and settings.database_url
    with (
        source,
        RejectsWriter(summary.rejects_file, source.header, options.csv) as rejects,
        publisher,
        Preview(settings.database_url) if compare else nullcontext() as preview,
    ):
        # Printed once the file is open and the broker answered: the import has begun.
        print(f"import {import_id}: {options.csv}", file=sys.stderr, flush=True)
        # Before any row is sent: the columns chosen, so a wrong guess shows now.
        print(f"columns: {source.mapping_line()}", file=sys.stderr, flush=True)
        started_at = now_iso()
        record.update({"file": options.csv, "started_at": started_at, "state": "running"})
        try:
            enqueue_rows(
                source,
                summary,
                rejects,
                None if options.dry_run else publisher,
                record,
                options.batch_size,
                checker,
                preview,
            )
            if preview:
                preview.finish(summary)
        except ServiceError:
            end_early(summary, record, publisher if not options.dry_run else None, "failed")
            raise
        except InputError as error:
            if options.dry_run or not publisher.published:
                raise  # nothing was enqueued: exit 2 stays true
            # Rows were enqueued already: no longer a usage error but a failed import.
            end_early(summary, record, publisher, "failed")
            raise ServiceError(
                f"{error}; {summary.enqueued} rows were enqueued before it, "
                "confirmed through line "
                f"{publisher.confirmed_line}: fix the file and rerun the same command to finish"
            ) from None
        except (KeyboardInterrupt, Stop):
            end_early(summary, record, publisher if not options.dry_run else None, "interrupted")
            line = publisher.confirmed_line if not options.dry_run else 0
            raise Interrupted(
                f"interrupted: {summary.enqueued} rows enqueued, confirmed through line {line}; "
                "rerun the same command to finish (nothing is stored twice)"
            ) from None
        finished_reading_at = now_iso()
        if not options.dry_run:
            history = {
                "file": options.csv[-MAX_FIELD_LENGTH:],
                "started_at": started_at,
                "finished_reading_at": finished_reading_at,
                **counts(summary, by_reason=False),
            }
            publisher.publish(record_message(import_id, history), 0, rows=0)
            publisher.flush()
    summary.state = "enqueued"
    record.update(
        {**counts(summary), "state": "enqueued", "finished_reading_at": finished_reading_at}
    )
    log.info(
        "import %s: %d rows, %d accepted, %d rejected, %d enqueued",
        import_id,
        summary.rows,
        summary.accepted,
        summary.rejected,
        summary.enqueued,
    )
    if options.wait and not options.dry_run:
        wait(summary, jobs, settings)
    return summary


def end_early(summary: Summary, record: JobRecord, publisher, state: str) -> None:
    """The import stopped while reading: what RabbitMQ confirmed is what was enqueued."""
    summary.enqueued = publisher.confirmed_rows if publisher is not None else 0
    summary.state = state
    record.update({**counts(summary), "state": state, "finished_reading_at": now_iso()})


def enqueue_rows(
    source, summary, rejects, publisher, record, batch_size, checker, preview=None
) -> None:
    batch: list[list] = []
    batch_bytes = 0
    next_update = time.monotonic() + PROGRESS_EVERY
    display = Progress("reading")
    try:
        for row in source.rows():
            summary.rows += 1
            verdict = validate(row, deliverability=checker)
            if isinstance(verdict, Reject):
                summary.rejected += 1
                summary.rejected_by_reason[verdict.code] += 1
                rejects.write(verdict)
            else:
                summary.accepted += 1
                if publisher is None:
                    if preview:
                        preview.add(verdict.full_name, verdict.email)
                    if summary.accepted <= PREVIEW:  # a dry run shows what would be stored
                        print(f"  line {verdict.line}: {verdict.full_name} <{verdict.email}>",
                              file=sys.stderr)  # fmt: skip
                elif batch_size > 1:
                    batch.append([verdict.line, verdict.full_name, verdict.email])
                    # An upper bound of its JSON in bytes (UTF-8 is at most 4 per
                    # character): a message stays below the worker's cap
                    # (MAX_MESSAGE_BYTES) whatever the names.
                    batch_bytes += 4 * (len(verdict.full_name) + len(verdict.email)) + 24
                    if len(batch) >= batch_size or batch_bytes >= MAX_BULK_BYTES:
                        message = people_message(summary.import_id, batch)
                        publisher.publish(message, verdict.line, len(batch), bulk=True)
                        batch, batch_bytes = [], 0
                else:
                    message = person_message(
                        summary.import_id, verdict.line, verdict.full_name, verdict.email
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
    finally:
        display.close()
        summary.lines = source.lines
        summary.skipped_by_reason = Counter(source.skipped)
        summary.skipped_lines = summary.skipped_by_reason.total()
    if publisher is not None:
        if batch:
            message = people_message(summary.import_id, batch)
            publisher.publish(message, batch[-1][0], len(batch), bulk=True)
        publisher.flush()
        summary.enqueued = publisher.confirmed_rows


def wait(summary: Summary, jobs, settings) -> None:
    display = Progress("storing", total=summary.enqueued)
    try:
        job = wait_for_job(
            jobs,
            summary.import_id,
            summary.enqueued,
            settings.stall_seconds,
            on_progress=display.show,
        )
    except (KeyboardInterrupt, Stop):
        summary.state = "enqueued"
        raise Interrupted(
            f"stopped waiting; all {summary.enqueued} rows are enqueued and the workers go on "
            f"(check: csvprocessor.py status {summary.import_id})"
        ) from None
    finally:
        display.close()
    summary.fill_from_job(job)
    summary.state = "done"
