"""--wait: follow the job record until every enqueued row is stored or failed.

One read of one small record per poll, whatever the import's size, so it can
poll every 0.1 s at no cost to the workers. No per-task polling: Celery's
AsyncResult.get on many tasks hangs or crawls.
"""

import logging
import time

from csv_import.errors import ServiceError
from people_import_contract.job_record import finished

log = logging.getLogger(__name__)


def wait_for_job(
    jobs, import_id: str, enqueued: int, stall_seconds: float, poll: float = 0.1, on_progress=None
) -> dict:
    last_done, last_change = -1, time.monotonic()
    while True:
        try:
            job = jobs.read(import_id) or {}
        except ServiceError as error:
            raise ServiceError(
                f"progress unavailable: {error}; the {enqueued} enqueued rows are still "
                f"stored by the workers (check later: csvprocessor.py status {import_id})"
            ) from None
        done = finished(job)
        if on_progress:
            on_progress(done)
        if done >= enqueued:
            return job
        now = time.monotonic()
        if done != last_done:
            last_done, last_change = done, now
        elif now - last_change > stall_seconds:
            raise ServiceError(
                f"import {import_id} stalled: nothing stored for {stall_seconds:.0f} s, "
                f"{enqueued - done} of {enqueued} rows pending (is a worker running?)"
            )
        time.sleep(poll)
