"""SIGTERM, a first SIGINT and SIGHUP run Celery's handlers once the pool's jobs have returned.

Celery's warm shutdown (SIGTERM, a first Ctrl-C; SIGHUP's restart is one too) stops the
event loop at once, and its consumer's on_close flushes the pool (celery/worker/consumer/
consumer.py: on_close, celery/concurrency/asynpool.py: AsynPool.flush), which discards
every job not yet accepted by a pool process, written or not. The process still runs a
written one, but its result is never read (the pool's result handler stops once its
cache is empty), and the process waits 30 s for it to be read (billiard/pool.py:
Worker._ensure_messages_consumed) before it exits: one SIGTERM in five on a per-row
backlog took ~32 s, and once in some forty a job left half-written hung the worker.

So while the event loop runs, these signals only write a byte to a pipe the loop
watches (the self-pipe pattern, as cold_shutdown.py). The loop then stops consuming
(Celery's task consumer and every consumer step's, as Celery's own on_cold_shutdown
cancels `task_consumer`), hands the per-row messages it had buffered to the pool, and
keeps running until every job in flight has returned its result (in_flight.py; and
Celery's own requests, `celery.worker.state.reserved_requests`), at most DRAIN_SECONDS.
Then it runs Celery's handlers for the signals received, in order: the same warm
shutdown (or restart), with nothing left for the flush to forget. Results are settled
as they come back, so what the worker held is stored and acknowledged.

During the drain another SIGTERM or SIGHUP only joins the handlers to run (Celery's
docstring for on_cold_shutdown: further SIGTERMs are ignored), and a SIGINT is Ctrl-C
again: Celery's cold shutdown, at once, through cold_shutdown.py. SIGQUIT is always
cold_shutdown.py's. Outside the loop (at start, while reconnecting, once Celery's
shutdown has begun) Celery's handlers are in place. Nothing is lost either way:
messages are acknowledged only after their commit.
"""

import logging
import os
import signal
import threading
from collections.abc import Callable

from celery import bootsteps
from celery.worker import state

from store_people.fast_paths import flush_held
from store_people.in_flight import jobs
from store_people.self_pipe import SelfPipe

log = logging.getLogger(__name__)

# The longest the worker waits for its jobs before Celery's warm shutdown runs anyway (which
# then waits for them itself). A per-row batch or a bulk message is stored in a second or
# two; a job retrying a database that is down can take longer (STORE_RETRY_SECONDS).
DRAIN_SECONDS = 20.0
CHECK_EVERY = 0.05  # seconds between two looks at what is still in flight

WARM = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)


class WarmShutdownAfterJobs(bootsteps.StartStopStep):
    """A consumer bootstep: app.steps["consumer"].add(WarmShutdownAfterJobs)."""

    def __init__(self, parent, **kwargs):
        super().__init__(parent, **kwargs)
        self.celery_handlers: dict[int, Callable] = {}  # Celery's, while ours stand in
        self.owner = os.getpid()
        self.pipe = SelfPipe()
        self.received: list[int] = []  # the signals whose Celery handlers run after the drain
        self.draining = False
        self.timers: list = []

    def register_with_event_loop(self, c, hub):
        """On every (re)connection, once the loop and the pool are wired together."""
        self.hub = hub
        self.pipe.watch(hub, self.on_byte, c)
        for signum in WARM:
            handler = signal.getsignal(signum)
            if callable(handler) and handler != self.on_signal:
                self.celery_handlers[signum] = handler
                signal.signal(signum, self.on_signal)
        self.owner = os.getpid()

    def on_signal(self, signum, frame):
        if os.getpid() != self.owner:  # a pool process forked after the swap: Celery's is its own
            handler = self.celery_handlers.get(signum)
            return handler(signum, frame) if handler is not None else None
        if self.received and signum == signal.SIGINT:  # Ctrl-C again: cold, as Celery's is
            cold = signal.getsignal(signal.SIGQUIT)  # cold_shutdown.py's while the loop runs
            return cold(signal.SIGQUIT, frame) if callable(cold) else None
        first = not self.received
        if signum not in self.received:
            self.received.append(signum)
        if first:
            self.pipe.wake()

    def on_byte(self, c):
        self.pipe.empty()
        if self.received and not self.draining:
            self.drain(c)

    def drain(self, c):
        self.draining = True
        try:
            self.stop_consuming(c)
            flush_held()  # nothing arrives any more: the last batch goes to the pool now
        finally:  # whatever stopping met, the shutdown asked for happens
            names = " then ".join(signal.Signals(signum).name for signum in self.received)
            log.warning(
                "storepeople: %s: no more messages taken; Celery's warm shutdown once the %d "
                "jobs in flight are stored (at most %.0f s; Ctrl-C or SIGQUIT: cold, now)",
                names, jobs.count + len(state.reserved_requests), DRAIN_SECONDS,
            )  # fmt: skip
            self.timers = [
                self.hub.call_later(DRAIN_SECONDS, self.on_bound),
                self.hub.call_repeatedly(CHECK_EVERY, self.check),
            ]
            self.check()

    def stop_consuming(self, c):
        """basic.cancel on every consumer (Celery's on_cold_shutdown cancels task_consumer
        the same way); the channels stay open: what is in flight is acknowledged on them."""
        task_consumer = getattr(c, "task_consumer", None)  # Celery's Tasks step sets it
        consumers = [task_consumer] if task_consumer is not None else []
        for step in c.steps:
            if isinstance(step, bootsteps.ConsumerStep):  # bulk_consumer.py's
                consumers.extend(step.consumers or [])
        for consumer in consumers:
            try:
                consumer.cancel()
            except Exception as error:  # noqa: BLE001 - a lost connection: Celery's shutdown copes
                log.warning("storepeople: cancelling a consumer: %r", error)

    def check(self):
        if self.elsewhere():
            return
        if self.draining and jobs.count <= 0 and not state.reserved_requests:
            self.run_celery_handlers()

    def on_bound(self):
        if not self.elsewhere():
            self.run_celery_handlers()

    def elsewhere(self) -> bool:
        """A shutdown has begun without us: a cold one (Ctrl-C again, SIGQUIT), whose pool
        stop fires the hub's timers from a thread of its own (celery/concurrency/prefork.py:
        on_stop), where signal.signal raises. The timers end; stop() finishes, from the
        main thread."""
        if state.should_terminate or threading.current_thread() is not threading.main_thread():
            self.cancel_timers()
            return True
        return False

    def cancel_timers(self):
        timers, self.timers = self.timers, []
        for timer in timers:
            timer.cancel()

    def run_celery_handlers(self):
        """Celery's handlers for the signals received, in order, from the loop (they set
        `state.should_stop`, which the loop reads before its next step)."""
        handlers = self.restore()  # first: a signal from now on is Celery's, none is dropped
        received, self.received, self.draining = self.received, [], False
        self.cancel_timers()
        if state.should_terminate:  # a cold shutdown (SIGQUIT, Ctrl-C again) came first
            return
        for signum in received:
            handler = handlers.get(signum)
            if handler is not None:
                handler(signum, None)

    def restore(self) -> dict[int, Callable]:
        handlers, self.celery_handlers = self.celery_handlers, {}
        for signum, handler in handlers.items():
            if signal.getsignal(signum) == self.on_signal:
                signal.signal(signum, handler)
        return handlers

    def stop(self, c):
        """The loop is leaving (a reconnection, a shutdown): the signals it had not finished
        with run Celery's handlers now, and those stay in place until the loop runs again."""
        jobs.forget_discarded()  # Celery's on_close has flushed the pool: they never return
        if self.received:
            self.run_celery_handlers()
        self.restore()

    shutdown = stop
