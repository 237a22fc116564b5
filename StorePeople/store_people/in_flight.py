"""The pool jobs whose result the main process still waits for: what a warm shutdown drains.

fast_paths.py (a per-row batch) and bulk_consumer.py (a bulk message) hand their jobs to
the pool through `jobs.apply_async`, which counts a job from the moment it is given to
the pool until one of its callbacks has run: billiard calls exactly one, `callback` with
the result or `error_callback` with the error (a lost process: WorkerLostError). A job
being written to a pool process, written but not yet taken, or running is counted alike;
warm_shutdown.py waits for the count to fall to zero. A lost connection makes Celery's
consumer flush the pool, which forgets the jobs not taken yet: those are no longer counted
(forget_discarded), or every later shutdown would wait its whole bound for them.
"""

from collections.abc import Callable
from typing import Any


class InFlight:
    """Jobs given to the pool whose callback has not run yet (the main process's loop only)."""

    def __init__(self):
        self.jobs: dict[object, Any] = {}  # token -> the pool's ApplyResult (or None)

    @property
    def count(self) -> int:
        return len(self.jobs)

    def apply_async(self, pool, func, args, callback: Callable, error_callback: Callable):
        """pool.apply_async, the job counted until its callback or error_callback has run."""
        token = object()

        def on_result(value):
            try:
                return callback(value)
            finally:
                self.jobs.pop(token, None)

        def on_error(error):
            try:
                return error_callback(error)
            finally:
                self.jobs.pop(token, None)

        self.jobs[token] = None
        try:
            result = pool.apply_async(func, args, callback=on_result, error_callback=on_error)
        except BaseException:
            self.jobs.pop(token, None)
            raise
        if token in self.jobs:  # a pool without processes called back already
            self.jobs[token] = result
        return result

    def forget_discarded(self) -> None:
        """The jobs Celery's consumer made the pool forget when its connection closed
        (celery/worker/consumer/consumer.py: on_close flushes the pool; AsynPool.flush
        discards every job not accepted by a process): their callbacks never run, and the
        broker delivers their messages again. Accepted ones still call back. billiard's
        ApplyResult.accepted() and ready() are public."""
        for token, result in list(self.jobs.items()):
            if result is not None and not result.accepted() and not result.ready():
                del self.jobs[token]


jobs = InFlight()
