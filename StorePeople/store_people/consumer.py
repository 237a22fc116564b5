"""Celery's consumer and request, with every way they drop or park a message made a dead letter.

The main process must never die of a message, and never lose one. Celery's
consumer acknowledges a body it can't decode (on_decode_error: the message is
gone), rejects unknown tasks and invalid ones without saying why, and lets
anything else a message makes it raise (a `task` header that is a list,
RecursionError from nested JSON) stop the worker: "Unrecoverable error", at
every start, on the same message. Here each of those dead-letters that message
alone, with a reason (dead_letters.py), and the worker goes on.

Compressed bodies are refused before they are inflated: kombu inflates a
message with a `compression` header as it receives it, in the main process,
before any size check (a 177-byte bz2 body is 200 MB inflated). The CLI never
compresses, so every compression kombu knows is re-registered here with a
decoder that refuses; the message then reaches on_decode_error, still small.

Native delayed delivery is left out: on quorum queues Celery 5.5+ adds a DelayedDelivery step
to the consumer (celery/worker/consumer/delayed_delivery.py) that declares 28 `celery_delayed_*`
queues and 29 exchanges at each start and warns that our direct exchange can't use them. Nothing
here publishes a task with an ETA or countdown (retries are in-process, store.py), so the
consumer's blueprint drops that one step and a worker declares only its own queues.

app.py installs both: `worker_consumer` and each task's `Request`.
"""

import logging

from celery.exceptions import Ignore, Reject, Retry, TimeLimitExceeded, WorkerLostError
from celery.worker.consumer import Consumer as CeleryConsumer
from celery.worker.request import Request
from kombu import compression

from store_people.acknowledgements import Acknowledgements, ledger_for
from store_people.dead_letters import dead_letter, describe, refusal
from store_people.shown import shown
from store_people.verdicts import Dead

log = logging.getLogger(__name__)


class CompressedBody(Exception):
    """A body with a `compression` header: refused, never inflated."""


def refuse_compression() -> None:
    def refuse(body):
        raise CompressedBody(f"compressed body of {len(body)} bytes refused (never inflated)")

    for content_type in compression.encoders():
        compression.register(compression.get_encoder(content_type), refuse, content_type)


def reason_for(error: BaseException, message=None) -> str:
    """The reason a message that failed to decode is dead-lettered for. Any `compression`
    header makes it message.compressed: one kombu doesn't know (brotli and zstd when their
    libraries are absent, a number, a table) fails before our refusing decoder is reached
    (KeyError, TypeError), and is refused all the same."""
    headers = getattr(message, "headers", None)
    if isinstance(error, CompressedBody) or (
        isinstance(headers, dict) and headers.get("compression")
    ):
        return "message.compressed"
    return "message.undecodable"


# Exceptions that are Celery's own way of settling a message (requeue, retry, ignore).
CELERY_OWN = (Reject, Retry, Ignore, WorkerLostError, TimeLimitExceeded)

DELAYED_DELIVERY = "celery.worker.consumer.delayed_delivery:DelayedDelivery"


class Consumer(CeleryConsumer):
    """`worker_consumer`: Celery's consumer, dead-lettering what it would drop or die of."""

    class Blueprint(CeleryConsumer.Blueprint):
        default_steps = [s for s in CeleryConsumer.Blueprint.default_steps if s != DELAYED_DELIVERY]

    def on_decode_error(self, message, exc):
        dead_letter(message, reason_for(exc, message), describe(exc), self.connection_errors)

    def on_unknown_message(self, body, message):
        dead_letter(message, "message.unknown_format", "no task header", self.connection_errors)

    def on_unknown_task(self, body, message, exc):
        task = shown(message.headers.get("task"), 80) if isinstance(message.headers, dict) else "?"
        dead_letter(message, "message.unknown_task", f"task {task!r}", self.connection_errors)

    def on_invalid_task(self, body, message, exc):
        dead_letter(message, "message.invalid", describe(exc), self.connection_errors)

    acknowledgements: Acknowledgements | None = None

    def create_task_handler(self, *args, **kwargs):
        # Called once per broker connection (celery/worker/loops.py), so once per channel.
        handle = super().create_task_handler(*args, **kwargs)
        errors = self.connection_errors
        ledger = self.acknowledgements = ledger_for(
            self.connection, (*self.connection_errors, *self.channel_errors)
        )

        def on_task_received(message):
            if ledger is not None:
                ledger.enter(message)  # before anything can settle it
            dead = refusal(message)
            if dead is not None:
                return dead_letter(message, dead.reason, dead.detail, errors)
            try:
                return handle(message)
            except Exception as error:  # anything a message can make decoding raise
                log.exception("a message raised %s in the main process", type(error).__name__)
                return dead_letter(message, reason_for(error), describe(error), errors)

        return on_task_received


class DeadLetteringRequest(Request):
    """A task's request: a task that raises Reject(reason) without requeue is dead-lettered
    with that reason, instead of rejected to RabbitMQ's dead-lettering, which can't say why."""

    dead_reason = None
    acknowledged: bool  # Request's own flag (celery's Request has no type hints)

    def on_failure(self, exc_info, send_failed_event=True, return_ok=False):
        error = exc_info.exception
        error = getattr(error, "exc", error)  # billiard's ExceptionWithTraceback
        if isinstance(error, Reject) and not error.requeue:
            self.dead_reason = error.reason
        elif isinstance(error, Exception) and not isinstance(error, CELERY_OWN):
            # A task that raised (a message whose kwargs it can't be called with): Celery
            # acknowledged it away (task_acks_on_failure_or_timeout); app.py turns that off,
            # so it is rejected, and dead-lettered here saying why.
            self.dead_reason = ("task.failed", describe(error), False)
        return super().on_failure(exc_info, send_failed_event, return_ok)

    def reject(self, requeue=False):
        if requeue or self.acknowledged:
            return super().reject(requeue)
        given = self.dead_reason  # tasks.settled: Reject(tuple(Dead(...)))
        if isinstance(given, (tuple, list)) and 3 <= len(given) <= len(Dead._fields):
            dead = Dead(*given)
        else:
            dead = Dead("task.rejected", str(given or ""))
        dead_letter(self._message, dead.reason, dead.detail, self._connection_errors,
                    counted=dead.counted, import_id=dead.import_id,
                    progress=dead.progress)  # fmt: skip
        self.acknowledged = True
