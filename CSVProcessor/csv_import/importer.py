"""One import: open -> read, validate, enqueue (enqueue.py) -> record (ending.py) -> (wait).

`run_import(ImportOptions(...), settings) -> Summary` is the entry point of every
front end; a CliError it raises carries the summary so far (`error.summary`).
Memory stays bounded whatever the file's size: rows stream from the reader to
the broker.
"""

import codecs
import dataclasses
import logging
import os
import sys
from contextlib import nullcontext

from csv_import.deliverability import DeliverabilityChecker
from csv_import.ending import Ending, now_iso
from csv_import.enqueue import enqueue_rows
from csv_import.errors import CliError, InputError, Interrupted, ServiceError, Stop
from csv_import.invisible import shown
from csv_import.job_record import JobRecord, job_records_for
from csv_import.options import ImportOptions
from csv_import.preview import Preview
from csv_import.private_files import refuse_existing
from csv_import.publisher import Publisher
from csv_import.reading import STDIN, open_people, saved_mapping
from csv_import.rejects import RejectsWriter
from csv_import.report import Summary
from csv_import.run_log import RunLog
from csv_import.stopping import NoSignals
from csv_import.waiting import count_workers, wait
from people_import_contract.limits import new_import_id

log = logging.getLogger(__name__)


def run_import(options: ImportOptions, settings, stop=None) -> Summary:
    """Import `options.file`; `stop` (stopping.StopSignals) makes signals end it cleanly."""
    if options.stall_seconds:
        settings = dataclasses.replace(settings, stall_seconds=options.stall_seconds)
    import_id = options.import_id or new_import_id()
    summary = Summary(
        import_id=import_id, file=options.file_name, dry_run=options.dry_run, merge=options.merge
    )
    run_log = RunLog(
        settings.logs_dir,
        summary.import_id,
        verbose=options.verbose,
        log_format=settings.log_format,
    )
    summary.log_file = run_log.path
    stop = stop or NoSignals()
    try:
        with open_source(options, settings) as source:
            summary = import_rows(options, settings, summary, stop, source)
            stop.finish()  # the import is over: a signal now would only lose its summary
            return summary
    except (KeyboardInterrupt, Stop):  # before the first row was sent (then deferred)
        summary.state = "interrupted"
        error = Interrupted(
            f"interrupted: {summary.enqueued} rows enqueued; rerun the same command to finish"
            if summary.enqueued
            else "interrupted; nothing was enqueued"
        )
        error.summary = summary
        raise error from None
    except CliError as error:
        if run_log.written:  # the run had begun: its log says how it ended
            run_log.failure(str(error))
        error.summary = summary
        raise
    finally:
        stop.deferring = False
        summary.log_file = run_log.close()  # None if nothing was logged: no empty file left


def open_source(options: ImportOptions, settings):
    """The one call of open_people: a codec that fails its own way is one line too."""
    reading = options.reading()
    if options.mapping:
        saved = saved_mapping.load(options.mapping)
        reading["saved_mapping"] = saved
        reading["encoding"] = options.encoding or known_codec(saved.get("encoding"))
        reading["delimiter"] = options.delimiter or saved.get("delimiter")
        reading["sheet"] = options.sheet or saved.get("sheet")
    named = STDIN if options.file == "-" else options.file  # as open_people's errors say
    try:
        people = open_people(options.file, **reading, fast_paths=settings.fast_paths)
    except UnicodeError as error:  # punycode's, idna's: no UnicodeDecodeError
        raise InputError(f"{named}: can't be decoded as {options.encoding}: {error}") from None
    if options.sheet is not None and "sheet" not in people.source.describe():
        # A sheet named for a file that has none: the user thinks of another file.
        people.close()
        raise InputError(
            f"{named}: --sheet {options.sheet!r}: this is a {people.kind} file, "
            "it has no sheets (leave --sheet out)"
        )
    return people


def known_codec(name: str | None) -> str | None:
    """A saved encoding if it is a codec ("utf-8, else cp1252 (line by line)" is decided again)."""
    try:
        return codecs.lookup(name).name if name else None
    except LookupError:
        return None


def import_rows(options: ImportOptions, settings, summary: Summary, stop, source) -> Summary:
    import_id = summary.import_id
    summary.columns = source.columns()
    summary.rejects_file = options.rejects or os.path.join(
        settings.logs_dir, f"{import_id}.rejects.csv"
    )
    refuse_existing(summary.rejects_file, "rejects file", options.file)  # before any service
    if options.save_mapping:
        saved_mapping.save(options.save_mapping, source, options.file)
    if options.mapping:
        summary.columns["mapping_file"] = options.mapping
    log.info("import %s: %s (%s)", import_id, shown(options.file_name), summary.columns)
    jobs, publisher = None, None
    if not options.dry_run:
        jobs = job_records_for(settings.backend_url, settings.job_ttl_seconds, settings.redis_ssl())
        publisher = Publisher(
            settings.broker_url,
            settings.queue,
            tls=settings.tls,
            fast_paths=settings.fast_paths,
            queue_type=settings.queue_type,
        )
    record = JobRecord(jobs, import_id)
    checker = DeliverabilityChecker() if options.check_deliverability else None
    # --dry-run with DATABASE_URL also compares the file with the table (preview.py).
    compare = options.dry_run and settings.database_url
    with (
        publisher or nullcontext(),
        RejectsWriter(summary.rejects_file, source.header, options.file) as rejects,
        Preview(settings.database_url, options.merge) if compare else nullcontext() as preview,
    ):
        # Printed once the file is open and the broker answered: the import has begun.
        print(f"import {import_id}: {shown(options.file_name)}", file=sys.stderr, flush=True)
        # Before any row is sent: the columns chosen, so a wrong guess shows now.
        used = f" (saved mapping {options.mapping})" if options.mapping else ""
        print(f"columns{used}: {source.mapping_line()}", file=sys.stderr, flush=True)
        for line in source.mapping_details():
            print(f"  {line}", file=sys.stderr, flush=True)
        ending = Ending(summary, record, publisher, options.file_name, now_iso())
        record.update({"file": ending.file, "started_at": ending.started_at, "state": "running"})
        stop.deferring = True  # from here a signal ends the import between two rows
        try:
            enqueue_rows(source, summary, rejects, publisher, record, options, checker, preview,
                         stop)  # fmt: skip
            if preview:
                preview.finish(summary)
        except ServiceError:
            ending.early("failed")
            raise
        except InputError as error:
            if publisher is None or not (publisher.published or publisher.confirmed_rows):
                raise  # nothing was enqueued: exit 2 stays true
            # Rows were enqueued already: no longer a usage error but a failed import.
            ending.early("failed")
            raise ServiceError(
                f"{error}; {summary.enqueued} rows were enqueued before it, confirmed through "
                f"line {publisher.confirmed_line}: fix the file and rerun the same command "
                "to finish"
            ) from None
        except (KeyboardInterrupt, Stop):
            ending.early("interrupted")
            line = publisher.confirmed_line if publisher else 0
            raise Interrupted(
                f"interrupted: {summary.enqueued} rows enqueued, confirmed through line {line}; "
                "rerun the same command to finish (nothing is stored twice)"
            ) from None
        if publisher is None:
            summary.state = "previewed"
            return summary
        try:
            ending.complete()
        except ServiceError:
            ending.early("failed")
            raise
        summary.workers = count_workers(publisher, options.batch_size > 1, options.wait)
    ending.enqueued()
    if options.wait:
        wait(summary, jobs, settings, stop)
    return summary
