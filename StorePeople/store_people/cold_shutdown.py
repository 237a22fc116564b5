"""SIGQUIT (Celery's cold shutdown) handled between the event loop's steps, never inside one.

Celery runs its cold shutdown in the signal handler itself (celery/apps/worker.py:
on_cold_shutdown), and that handler stops the prefork pool: close, then join. Python
runs a handler wherever the main thread is, and in a busy worker that is often the
event loop writing a job to a pool process (celery/concurrency/asynpool.py:
_write_job). A bulk message's job is larger than a pipe, so it is written over
several turns of the loop. Stopped half-way, the pool then writes its "stop"
sentinel after the half-written job; the process reads both as one unfinished job
and waits for the rest, the join waits for the process, and the worker hangs for
ever (caught by tests/test_faults_sixth.py; py-spy showed the handler above
send_offset in _write_job and the pool process blocked in recv).

So while the event loop runs, SIGQUIT only writes a byte to a pipe the loop
watches (the self-pipe pattern). The loop then, between two of its steps, finishes
the job writes it had begun (the pool's flush, as Celery does when the broker
connection is lost) and runs Celery's own handler: the same cold shutdown, with
nothing half-written. A second SIGQUIT before that runs Celery's handler at once,
as Celery would, so an impatient operator is never ignored; outside the loop (at
start, while reconnecting, during a warm shutdown) Celery's handler is in place.
Nothing is lost either way: messages are acknowledged only after their commit.
"""

import os
import signal
from collections.abc import Callable

from celery import bootsteps

from store_people.self_pipe import SelfPipe


class ColdShutdownBetweenSteps(bootsteps.StartStopStep):
    """A consumer bootstep: app.steps["consumer"].add(ColdShutdownBetweenSteps)."""

    def __init__(self, parent, **kwargs):
        super().__init__(parent, **kwargs)
        self.celery_handler: Callable | None = None  # Celery's, while ours stands in
        self.owner = os.getpid()
        self.pipe = SelfPipe()
        self.pending = False

    def register_with_event_loop(self, c, hub):
        """On every (re)connection, once the loop and the pool are wired together."""
        self.pipe.watch(hub, self.on_byte, c)
        handler = signal.getsignal(signal.SIGQUIT)
        if callable(handler) and handler != self.on_sigquit:
            self.celery_handler, self.owner = handler, os.getpid()
            signal.signal(signal.SIGQUIT, self.on_sigquit)

    def on_sigquit(self, signum, frame):
        handler = self.celery_handler
        if os.getpid() != self.owner:  # a pool process forked after the swap: Celery's is its own
            return handler(signum, frame) if handler is not None else None
        if self.pending:  # a second SIGQUIT before the loop got to the first: Celery's, now
            self.pending = False
            handler = self.restore()
            return handler(signum, frame) if handler is not None else None
        self.pending = True
        self.pipe.wake()

    def on_byte(self, c):
        self.pipe.empty()
        self.run_celery_handler(c)

    def run_celery_handler(self, c):
        if not self.pending:
            return
        self.pending = False
        handler = self.restore()
        if handler is None:
            return
        try:
            if c.pool is not None and c.pool.flush is not None:
                c.pool.flush()  # completes the job writes begun, discards those not begun
        finally:  # the shutdown asked for happens, whatever the flush met
            handler(signal.SIGQUIT, None)

    def restore(self):
        handler, self.celery_handler = self.celery_handler, None
        if handler is not None and signal.getsignal(signal.SIGQUIT) == self.on_sigquit:
            signal.signal(signal.SIGQUIT, handler)
        return handler

    def stop(self, c):
        """The loop is leaving (a reconnection, a shutdown): a SIGQUIT it had not reached
        yet runs now, and Celery's handler is back in place until the loop runs again."""
        self.run_celery_handler(c)
        self.restore()

    shutdown = stop
