"""warm_shutdown.py and in_flight.py without services: what runs when, in which order.

The real worker, signals at random moments of real backlogs, is tests/test_faults_sixth.py's.
"""

import signal
import threading
from types import SimpleNamespace

import pytest
from celery import bootsteps
from celery.worker import state
from hypothesis import given
from hypothesis import strategies as st

from store_people.in_flight import InFlight, jobs
from store_people.warm_shutdown import WARM, WarmShutdownAfterJobs


class Pool:
    """Keeps each job's callbacks, as the prefork pool does until the result comes back."""

    def __init__(self):
        self.waiting = []

    def apply_async(self, target, args, callback, error_callback):
        self.waiting.append((callback, error_callback))


@given(st.lists(st.tuples(st.booleans(), st.booleans(), st.integers(0, 10**6)), max_size=30))
def test_a_job_is_counted_until_one_callback_has_run(outcomes):
    """Whatever order the jobs end in, by result or error, and if billiard called a callback
    twice: the count is the jobs whose callback has not run, never below zero."""
    flight, pool = InFlight(), Pool()
    for _ in outcomes:
        flight.apply_async(pool, print, (), callback=lambda _: None, error_callback=lambda _: None)
    assert flight.count == len(outcomes)
    ended = set()
    for n, (succeeded, twice, _key) in sorted(enumerate(outcomes), key=lambda job: job[1][2]):
        callback = pool.waiting[n][0 if succeeded else 1]
        for _ in range(2 if twice else 1):
            callback(None)
        ended.add(n)
        assert flight.count == len(outcomes) - len(ended)


def test_a_callback_that_raises_still_ends_the_job_and_a_refused_one_is_not_counted():
    flight, pool = InFlight(), Pool()

    def fails(_):
        raise RuntimeError("settling failed")

    flight.apply_async(pool, print, (), callback=fails, error_callback=fails)
    with pytest.raises(RuntimeError):
        pool.waiting[0][0]([])
    assert flight.count == 0
    closed = SimpleNamespace(apply_async=lambda *a, **k: fails(None))
    with pytest.raises(RuntimeError):
        flight.apply_async(closed, print, (), callback=print, error_callback=print)
    assert flight.count == 0


class Hub:
    def __init__(self):
        self.later, self.repeated = [], []

    def add_reader(self, fd, callback, *args):
        self.reader = (callback, args)

    def call_later(self, delay, callback):
        self.later.append(callback)
        return SimpleNamespace(cancel=lambda: self.later.remove(callback))

    def call_repeatedly(self, delay, callback):
        self.repeated.append(callback)
        return SimpleNamespace(cancel=lambda: self.repeated.remove(callback))

    def tick(self):
        """One turn of the loop: the pipe read, then the periodic checks."""
        callback, args = self.reader
        callback(*args)
        for check in list(self.repeated):
            check()


class Consumer:
    def __init__(self):
        self.cancelled = 0

    def cancel(self):
        self.cancelled += 1


@pytest.fixture
def worker():
    """Stand-ins for Celery's handlers and cold_shutdown.py's, the step registered."""
    saved = {signum: signal.getsignal(signum) for signum in (*WARM, signal.SIGQUIT)}
    ran = []
    for signum in saved:
        signal.signal(signum, lambda signum, frame: ran.append(signal.Signals(signum).name))
    bulk = bootsteps.ConsumerStep.__new__(bootsteps.ConsumerStep)
    bulk.consumers = [Consumer()]
    c = SimpleNamespace(task_consumer=Consumer(), steps=[bulk])
    step = WarmShutdownAfterJobs(c)
    hub = Hub()
    step.register_with_event_loop(c, hub)
    jobs.jobs.clear()
    pool = Pool()
    yield SimpleNamespace(step=step, hub=hub, c=c, ran=ran, pool=pool, bulk=bulk.consumers[0])
    step.restore()
    for signum, handler in saved.items():
        signal.signal(signum, handler)
    jobs.jobs.clear()
    state.should_terminate = None


def give_job(w):
    jobs.apply_async(w.pool, print, (), callback=lambda _: None, error_callback=lambda _: None)


def test_celery_handlers_run_in_order_once_the_jobs_have_returned(worker):
    w = worker
    give_job(w)
    give_job(w)
    w.step.on_signal(signal.SIGTERM, None)
    w.step.on_signal(signal.SIGHUP, None)
    w.step.on_signal(signal.SIGTERM, None)  # another SIGTERM: nothing more
    w.hub.tick()
    assert (w.c.task_consumer.cancelled, w.bulk.cancelled) == (1, 1)
    assert w.ran == []
    w.pool.waiting[0][0](None)
    w.hub.tick()
    assert w.ran == []
    w.pool.waiting[1][1](None)  # a lost process ends a job too
    w.hub.tick()
    assert w.ran == ["SIGTERM", "SIGHUP"]
    assert (w.hub.later, w.hub.repeated) == ([], [])
    assert signal.getsignal(signal.SIGTERM) != w.step.on_signal  # Celery's again


def test_ctrl_c_again_is_the_cold_shutdown_at_once(worker):
    w = worker
    give_job(w)
    w.step.on_signal(signal.SIGINT, None)
    w.hub.tick()
    w.step.on_signal(signal.SIGINT, None)
    assert w.ran == ["SIGQUIT"]  # cold_shutdown.py's handler, which Celery's cold follows
    state.should_terminate = 1  # as Celery's cold handler leaves it
    w.pool.waiting[0][0](None)
    w.hub.tick()
    assert w.ran == ["SIGQUIT"]  # no warm shutdown after a cold one
    assert (w.hub.later, w.hub.repeated) == ([], [])
    w.step.stop(w.c)
    assert w.ran == ["SIGQUIT"]


def test_timers_fired_from_another_thread_only_end(worker):
    """Celery's prefork pool fires the hub's timers from a thread while it stops (its
    on_stop), where signal.signal raises: the drain's timers end there, and the loop's
    leaving (stop, main thread) runs Celery's handlers."""
    w = worker
    w.step.on_signal(signal.SIGTERM, None)
    w.hub.tick()  # no job in flight: done at once
    assert w.ran == ["SIGTERM"]
    give_job(w)
    w.step.register_with_event_loop(w.c, w.hub)  # a new connection: ours again
    w.step.on_signal(signal.SIGHUP, None)
    w.hub.reader[0](*w.hub.reader[1])
    thread = threading.Thread(target=lambda: [check() for check in list(w.hub.repeated)])
    thread.start()
    thread.join()
    assert (w.ran, w.hub.repeated, w.hub.later) == (["SIGTERM"], [], [])
    w.step.stop(w.c)
    assert w.ran == ["SIGTERM", "SIGHUP"]


def test_the_drain_is_bounded(worker):
    w = worker
    give_job(w)  # never returns
    w.step.on_signal(signal.SIGINT, None)
    w.hub.tick()
    assert w.ran == []
    (bound,) = w.hub.later
    bound()
    assert w.ran == ["SIGINT"]


def test_a_signal_the_loop_never_reached_runs_as_the_loop_leaves(worker):
    w = worker
    w.step.on_signal(signal.SIGTERM, None)
    w.step.stop(w.c)
    assert w.ran == ["SIGTERM"]
    assert signal.getsignal(signal.SIGTERM) != w.step.on_signal


def test_an_idle_worker_stops_at_the_first_turn(worker):
    w = worker
    w.step.on_signal(signal.SIGTERM, None)
    w.hub.tick()
    assert w.ran == ["SIGTERM"]


class Result:
    """billiard's ApplyResult, as far as its public accepted() and ready() go."""

    def __init__(self, accepted, ready):
        self.accepted, self.ready = (lambda: accepted), (lambda: ready)


@given(st.lists(st.tuples(st.booleans(), st.booleans()), max_size=20))
def test_jobs_the_flush_forgot_are_no_longer_waited_for(states):
    """A lost connection: Celery's on_close flushed the pool, which forgot every job not
    accepted; those never call back. The accepted ones (and the finished) still count."""
    flight = InFlight()
    results = iter([Result(accepted, ready) for accepted, ready in states])
    pool = SimpleNamespace(apply_async=lambda *a, **k: next(results))
    for _ in states:
        flight.apply_async(pool, print, (), callback=print, error_callback=print)
    flight.forget_discarded()
    assert flight.count == sum(accepted or ready for accepted, ready in states)
