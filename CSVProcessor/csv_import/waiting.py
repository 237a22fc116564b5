"""--wait: follow the job record until every enqueued row is stored or failed.

One read of one small record per poll, whatever the import's size, so it can
poll every 0.1 s at no cost to the workers. No per-task polling: Celery's
AsyncResult.get on many tasks hangs or crawls.

Before waiting, the queue's consumers are counted (queue.declare, passive: the
broker's answer carries the count): with none after NO_WORKER_SECONDS, `--wait`
says so at once instead of stalling for STALL_SECONDS. Without `--wait` the
summary says so (`workers: 0`).
"""

import logging
import time

from csv_import.errors import Interrupted, ServiceError, Stop
from csv_import.history import read_history
from csv_import.job_state import caught_up, merged
from csv_import.progress_bar import Progress
from csv_import.report import Summary
from people_import_contract.job_record import finished

log = logging.getLogger(__name__)

NO_WORKER_SECONDS = 5.0  # a worker starting up gets this long to begin consuming


def count_workers(publisher, bulk: bool, wait: bool) -> int | None:
    """Consumers of the queue the rows went to (None: the transport can't tell)."""
    deadline = time.monotonic() + (NO_WORKER_SECONDS if wait else 0)
    while (workers := publisher.consumers(bulk)) == 0 and time.monotonic() < deadline:
        time.sleep(0.5)
    return workers


def wait(summary: Summary, jobs, settings, stop) -> None:
    """Fill the summary with the workers' counts; state done, done_with_failures or stalled."""
    stop.deferring = False  # nothing is half sent while waiting: a signal stops it at once
    if summary.workers == 0 and summary.enqueued:
        raise ServiceError(
            f"no worker is consuming the queue {settings.queue}: start one (celery -A tasks "
            f"worker, in StorePeople/); the {summary.enqueued} enqueued rows wait in the queue "
            f"until then (check: csvprocessor.py status {summary.import_id})"
        )
    display = Progress("storing", total=summary.enqueued)
    try:
        job = wait_for_job(
            jobs, summary, settings.stall_seconds, display.show, stop, settings.database_url
        )
    except (KeyboardInterrupt, Stop):
        raise Interrupted(
            f"stopped waiting; all {summary.enqueued} rows are enqueued and the workers go on "
            f"(check: csvprocessor.py status {summary.import_id})"
        ) from None
    finally:
        display.close()
    summary.fill_from_job(job)
    summary.state = "done_with_failures" if summary.failed else "done"


def progress(jobs, import_id: str, database_url: str | None) -> dict:
    """The job record, merged with PostgreSQL's history when it lacks the CLI's own fields:
    Redis lost it mid-import (restarted without persistence, an eviction), and the workers'
    later writes bring back only their counters, or nothing once every row is stored (then
    `--wait` said `stalled`, exit 1, with every row stored). As `status` reads it (job_state)."""
    job = jobs.read(import_id) or {}
    if database_url and "state" not in job:
        job = merged(job or None, read_history(database_url, import_id)) or {}
    return job


def history_instead(error: ServiceError, summary: Summary, database_url: str | None) -> dict:
    """Redis unreachable (down, restarting): PostgreSQL's history, when the CLI can read it,
    tells the workers' progress as well. Before, a Redis down for one poll ended `--wait`:
    exit 1, every row stored. Without the history, the error, said once."""
    if database_url:
        try:
            job = read_history(database_url, summary.import_id) or {}
        except ServiceError:
            pass
        else:
            return job
    raise ServiceError(
        f"progress unavailable: {error}; the {summary.enqueued} enqueued rows are still "
        f"stored by the workers (check later: csvprocessor.py status {summary.import_id})"
    ) from None


def wait_for_job(
    jobs, summary: Summary, stall_seconds: float, on_progress, stop, database_url=None, poll=0.1
):
    import_id, enqueued = summary.import_id, summary.enqueued
    last_done, last_change, warned = -1, time.monotonic(), False
    while True:
        stop.check()
        try:
            job = progress(jobs, import_id, database_url)
        except ServiceError as error:
            job = history_instead(error, summary, database_url)
            if not warned:
                log.warning("%s; following the import in PostgreSQL's history", error)
                warned = True
        done = finished(job)
        on_progress(done)
        if done >= enqueued:
            return job
        now = time.monotonic()
        if done != last_done:
            last_done, last_change = done, now
        elif now - last_change > stall_seconds:
            # Redis may have missed the workers' last writes (down, then back from a
            # snapshot): PostgreSQL says whether the rows were stored.
            if database_url and "state" in job:
                try:
                    job = caught_up(job, read_history(database_url, import_id))
                except ServiceError:
                    pass
                if finished(job) >= enqueued:
                    return job
                if finished(job) != last_done:
                    last_done, last_change = finished(job), now
                    continue
            summary.fill_from_job(job)
            summary.state = "stalled"
            raise ServiceError(
                f"import {import_id} stalled: nothing stored for {stall_seconds:.0f} s, "
                f"{enqueued - done} of {enqueued} rows pending (is a worker running?)"
            )
        time.sleep(poll)
