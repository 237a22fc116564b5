"""The worker's fast path: per-row messages stored in batches, each message still settled alone.

Celery would run `tasks.store_person` once per message, one transaction per
row. Here its task strategy (Celery's public `Task.Strategy` hook) buffers
the messages in the main process and hands them to a pool process in one
call, so PostgreSQL sees one set-based upsert per batch. The strategy is lean
because at ten thousand messages a second the main process is the bottleneck:
no Celery `Request` per message, the JSON body decoded once with the standard
library, only (id, args, kwargs, redelivered) pickled to the pool.

Each message is settled by what storing reported for it:
- acknowledged once its row is committed (or counted as failed), with the batch's other
  stored messages in one basic.ack where the channel allows (acknowledgements.py);
- requeued when the pool process died mid-batch (nothing was committed);
- dead-lettered (rejected without requeue) when it can never be stored.

FAST_PATHS=0 (people_import_contract.fast_paths) turns this off: the task then
runs under Celery's default strategy, one message at a time.
"""

import json
import logging
import pickle

from kombu.message import Message

from store_people.dead_letters import dead_letter, describe, refusal, replayed_reason, settle
from store_people.in_flight import jobs
from store_people.intake import Delivery, store_packed_batch
from store_people.shown import shown
from store_people.verdicts import STORED, Dead, in_pool

log = logging.getLogger(__name__)

# The strategy of the consumer before a reconnect, whose flush timer must stop.
_current: dict[str, "PerRowBatches"] = {}


def delivery_of(message) -> Delivery | Dead:
    """JSON only, and not over MAX_TASK_BYTES: refused before the body is decoded.

    Whatever decoding raises (RecursionError for nested `[`, MemoryError) is this
    message's verdict, never the worker's end.
    """
    dead = refusal(message)
    if dead is not None:
        return dead
    try:
        # As kombu decodes it (the content encoding is utf-8): json.loads of bytes would
        # also take UTF-16 or a BOM, which FAST_PATHS=0 dead-letters; both paths agree.
        body = message.body
        payload = json.loads(body.decode() if isinstance(body, bytes) else body)
    except Exception as error:
        return Dead("message.undecodable", describe(error))
    if isinstance(payload, list) and len(payload) == 3:
        args, kwargs, _embed = payload
    else:
        args, kwargs = payload, None  # storing dead-letters it as message.bad_shape
    redelivered = bool(message.delivery_info.get("redelivered"))
    identifier = shown(message.headers.get("id"), 100)
    return Delivery(identifier, args, kwargs, redelivered, replayed_reason(message))


def settle_batch(held: list, verdicts: list | None, errors, acknowledgements=None) -> None:
    """Settle each message of a batch by its verdict (dead_letters.settle); the stored ones
    together, through the channel's ledger when it has one (acknowledgements.py)."""
    if verdicts is None:
        log.error("batch of %d failed unexpectedly; requeueing first deliveries", len(held))
        verdicts = [None] * len(held)
    stored, others = [], []
    for (delivery, message), verdict in zip(held, verdicts, strict=True):
        if verdict == STORED and acknowledgements is not None:
            stored.append(message)
        else:
            settle(message, verdict, delivery.redelivered, errors)
            others.append(message)
    if acknowledgements is not None:
        acknowledgements.settled(stored, others)


def packed(held: list, errors, acknowledgements) -> tuple[list, bytes]:
    """The batch's deliveries pickled here for the pool, and the messages still in it.

    billiard pickles a job inside pool.apply_async, deeper in the stack than on_message
    decoded the body: a `line` nested 950 deep decoded there, then raised RecursionError
    as the batch was pickled ("Error in timer"), and no message of the batch was ever
    settled. Pickled here, a failure is caught: each delivery is tried alone, as deep as
    in the batch, and those that fail are dead-lettered; the others are sent.
    """
    try:
        return held, pickle.dumps([delivery for delivery, _ in held], pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - RecursionError; each delivery is tried below
        pass
    kept = []
    for delivery, message in held:
        try:
            pickle.dumps([delivery], pickle.HIGHEST_PROTOCOL)
        except Exception as error:  # noqa: BLE001 - this message alone is parked
            dead_letter(message, "message.undecodable", describe(error), errors)
            if acknowledgements is not None:
                acknowledgements.settled(others=[message])
        else:
            kept.append((delivery, message))
    return kept, pickle.dumps([delivery for delivery, _ in kept], pickle.HIGHEST_PROTOCOL)


class PerRowBatches:
    """Buffers per-row messages; flushes at `flush_every` or every `flush_interval` seconds."""

    def __init__(self, settings, consumer):
        self.settings, self.pool, self.timer = settings, consumer.pool, consumer.timer
        self.errors = consumer.connection_errors
        self.held: list[tuple[Delivery, Message]] = []
        self.tref = None
        self.consumer = consumer

    def on_message(self, message, body, ack, reject, callbacks, **_):
        delivery = delivery_of(message)
        if isinstance(delivery, Dead):
            return dead_letter(message, delivery.reason, delivery.detail, self.errors)
        acknowledgements = getattr(self.consumer, "acknowledgements", None)  # consumer.py
        if acknowledgements is not None:
            acknowledgements.batch(message)
        self.held.append((delivery, message))
        if self.tref is None:  # the first message arms the flush timer
            self.tref = self.timer.call_repeatedly(self.settings.flush_interval, self.flush)
        if len(self.held) >= self.settings.flush_every:
            self.flush()

    def flush(self) -> None:
        held, self.held = self.held, []
        if not held:
            self.stop_timer()  # idle: stop waking up until the next message
            return
        errors = self.errors
        acknowledgements = getattr(self.consumer, "acknowledgements", None)
        held, deliveries = packed(held, errors, acknowledgements)
        if not held:
            return

        def on_worker_lost(error):
            log.warning("pool process lost with a batch of %d; requeueing it", len(held))
            for _delivery, message in held:
                message.reject_log_error(log, errors, requeue=True)
            if acknowledgements is not None:
                acknowledgements.settled(others=[message for _delivery, message in held])

        jobs.apply_async(  # counted until settled: a warm shutdown waits for it (warm_shutdown.py)
            self.pool,
            in_pool,
            (store_packed_batch, self.settings, deliveries),
            callback=lambda verdicts: settle_batch(held, verdicts, errors, acknowledgements),
            error_callback=on_worker_lost,
        )

    def stop_timer(self) -> None:
        if self.tref is not None:
            self.tref.cancel()
            self.tref = None


def flush_held() -> None:
    """Hand the messages buffered for a batch to the pool now: a warm shutdown has stopped
    consuming (warm_shutdown.py), and the flush timer would otherwise write them to a pool
    process at any moment, perhaps as Celery's shutdown flushes the pool."""
    for batches in list(_current.values()):
        batches.flush()


def per_row_strategy(settings):
    """A Task.Strategy for tasks.store_person (Celery docs: Task.Strategy)."""

    def strategy(task, app, consumer, **_options):
        # Celery builds the strategy again on every broker (re)connection, and
        # since 5.6 its event loop clears the hub's timers when the connection is
        # lost (celery/worker/loops.py): the old buffer's timer must stop here.
        previous = _current.pop(task.name, None)
        if previous is not None:
            previous.stop_timer()
        batches = _current[task.name] = PerRowBatches(settings, consumer)
        return batches.on_message

    return strategy
