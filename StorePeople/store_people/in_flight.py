"""The pool jobs whose result the main process still waits for: what a warm shutdown drains.

fast_paths.py (a per-row batch) and bulk_consumer.py (a bulk message) hand their jobs to
the pool through `jobs.apply_async`, which counts a job from the moment it is given to
the pool until one of its callbacks has run: billiard calls exactly one, `callback` with
the result or `error_callback` with the error (a lost process: WorkerLostError). A job
being written to a pool process, written but not yet taken, or running is counted alike;
warm_shutdown.py waits for the count to fall to zero.
"""

from collections.abc import Callable


class InFlight:
    """Jobs given to the pool whose callback has not run yet (the main process's loop only)."""

    def __init__(self):
        self.count = 0

    def apply_async(self, pool, func, args, callback: Callable, error_callback: Callable):
        """pool.apply_async, the job counted until its callback or error_callback has run."""
        ended = False

        def end():
            nonlocal ended
            if not ended:
                ended = True
                self.count -= 1

        def on_result(value):
            try:
                return callback(value)
            finally:
                end()

        def on_error(error):
            try:
                return error_callback(error)
            finally:
                end()

        self.count += 1
        try:
            return pool.apply_async(func, args, callback=on_result, error_callback=on_error)
        except BaseException:
            end()
            raise


jobs = InFlight()
