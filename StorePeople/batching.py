"""Per-row tasks, stored in batches: each message stays its own task.

celery-batches buffers `tasks.store_person` messages in the worker and hands
them to a pool child as one list, so PostgreSQL sees one set-based upsert per
batch instead of one statement per row. Its stock `flush` acknowledges every
message when the batch returns, even when the child died or the rows were
refused; this subclass settles each message by the outcome `run` reports:

- acknowledged once its row is committed (or counted as failed);
- requeued when the pool child died mid-batch (nothing was committed);
- dead-lettered (rejected without requeue) when it can never be stored.

At ten thousand messages a second the worker's main process is the
bottleneck, so the strategy here is lean: no full Celery `Request` per
message, the JSON body decoded once with the standard library, and only
(id, args, kwargs, redelivered) pickled to the pool child.
"""

import json
from collections import defaultdict
from contextlib import contextmanager

from celery.utils.log import get_task_logger
from celery_batches import Batches
from celery_batches.trace import apply_batches_task
from kombu.exceptions import ContentDisallowed, DecodeError

import acks
import amqp_reads

log = get_task_logger(__name__)

DEAD, REQUEUE = "dead", "requeue"


class Delivery:
    """What the task needs of one message; small, because it is pickled to the pool child."""

    __slots__ = ("id", "args", "kwargs", "delivery_info")

    def __init__(self, id, args, kwargs, redelivered: bool):
        self.id, self.args, self.kwargs = id, args, kwargs
        self.delivery_info = {"redelivered": redelivered}

    def __getstate__(self):
        return (self.id, self.args, self.kwargs, self.delivery_info)

    def __setstate__(self, state):
        self.id, self.args, self.kwargs, self.delivery_info = state

    @classmethod
    def of(cls, message) -> "Delivery":
        """JSON only: anything else is refused before its body is looked at."""
        if message.content_type != "application/json":
            raise ContentDisallowed(f"refusing content type {message.content_type!r}")
        try:
            payload = json.loads(message.body)
        except (ValueError, TypeError) as error:
            raise DecodeError(error) from None
        if isinstance(payload, list) and len(payload) == 3:
            args, kwargs, _embed = payload
        else:
            args, kwargs = payload, None  # the task dead-letters it as message.bad_shape
        redelivered = bool(message.delivery_info.get("redelivered"))
        return cls(message.headers.get("id"), args, kwargs, redelivered)


def dead_letter(message, error, reject, errors) -> None:
    """Park a body that isn't JSON in `<queue>.dead`, where a person can look at it.

    Celery's own on_decode_error acknowledges it, and the message is gone.
    """
    log.error("message %s is not valid JSON, dead-lettered: %s", message.headers.get("id"), error)
    reject(log, errors, False)


class Held:
    """One buffered message in the main process: its delivery and the message to settle."""

    __slots__ = ("delivery", "message")

    def __init__(self, delivery, message):
        self.delivery, self.message = delivery, message


@contextmanager
def one_write(message, errors):
    """Send the frames written inside the block with one system call.

    A batch settles hundreds of messages at once; py-amqp would send each
    ack with its own sendall(). Frames are only ever sent after their rows
    are committed: buffering changes when they leave, never what or whether.
    """
    transport = message.channel.connection.transport
    send, frames = transport._write, []
    transport._write = lambda frame: frames.append(bytes(frame))  # py-amqp reuses its buffer
    try:
        yield
    finally:
        transport._write = send
        if frames:
            try:
                transport.write(b"".join(frames))
            except errors as error:  # the broker redelivers what it did not get
                log.critical("couldn't settle %d messages: %r", len(frames), error)


def settle(held: list, outcome, errors) -> None:
    with one_write(held[0].message, errors):
        if outcome is None:
            # run() itself crashed: try once more, then park the message for a person.
            log.error("batch of %d failed unexpectedly; requeueing first deliveries", len(held))
            for h in held:
                requeue = not h.delivery.delivery_info["redelivered"]
                h.message.reject_log_error(log, errors, requeue=requeue)
            return
        stored = defaultdict(list)  # channel: delivery tags (a batch has one channel)
        for h in held:
            verdict = outcome.get(h.delivery.id)
            if verdict == DEAD:
                h.message.reject_log_error(log, errors, requeue=False)
            elif verdict == REQUEUE:
                h.message.reject_log_error(log, errors, requeue=True)
            else:
                stored[h.message.channel].append(h.message.delivery_tag)
        for channel, tags in stored.items():
            try:
                acks.ack_all(channel, tags)
            except errors as error:  # the broker redelivers what it did not get
                log.critical("couldn't acknowledge %d messages: %r", len(tags), error)


class SettledBatches(Batches):
    def Strategy(self, task, app, consumer):
        # Celery builds the strategy again on every broker (re)connection, and
        # since 5.6 its event loop clears the hub's timers when the connection
        # is lost (celery/worker/loops.py). The flush timer is armed only while
        # `_tref` is None, so after a reconnect a buffer smaller than
        # flush_every would wait forever (tests/test_faults.py, RabbitMQ).
        if self._tref is not None:
            self._tref.cancel()
            self._tref = None
        amqp_reads.install()  # the main process reads every message: see amqp_reads.py
        acks.install()  # a batch is acknowledged with one frame where safe: see acks.py
        self._pool, self._consumer = consumer.pool, consumer
        self._errors = consumer.connection_errors
        self._held: list[Held] = []
        timer, flush_every = consumer.timer, self.flush_every

        def on_message(message, body, ack, reject, callbacks, **_):
            try:
                delivery = Delivery.of(message)
            except DecodeError as error:
                return dead_letter(message, error, reject, self._errors)
            self._held.append(Held(delivery, message))
            if self._tref is None:  # the first message arms the flush timer
                self._tref = timer.call_repeatedly(self.flush_interval, self._do_flush)
            if len(self._held) >= flush_every:
                self._do_flush()

        return on_message

    def _do_flush(self) -> None:
        held, self._held = self._held, []
        if held:
            self.flush(held)
        elif self._tref is not None:  # idle: stop waking up until the next message
            self._tref.cancel()
            self._tref = None

    def flush(self, held):
        errors, consumer = self._errors, self._consumer

        def settled(outcome):
            settle(held, outcome, errors)
            if consumer.restart_count > 0:
                # What the consumer's own ack promise does after a reconnect:
                # give back the prefetch count it reduced (a no-op once restored).
                consumer._restore_prefetch_count_after_connection_restart(None)

        def on_worker_lost(error):
            log.warning("pool process lost with a batch of %d; requeueing it", len(held))
            with one_write(held[0].message, errors):
                for h in held:
                    h.message.reject_log_error(log, errors, requeue=True)

        return self._pool.apply_async(
            apply_batches_task,
            (self, ([h.delivery for h in held],), 0, None),
            callback=settled,
            error_callback=on_worker_lost,
        )
