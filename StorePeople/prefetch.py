"""Bulk messages hold prefetch slots by size, so the worker holds fewer of them.

RabbitMQ's prefetch window counts messages, and it is sized for per-row
messages (worker_prefetch_multiplier = 2 x flush_every per process). Bulk
messages carry up to ten thousand rows each: a window that many messages wide
held a whole 1M-row import, decoded, in the worker's main process (378 MB).
Here a bulk message takes one slot per SLOT_BYTES of body, taken when it
arrives and given back once it is settled, the way Celery itself widens the
window for ETA tasks.

RabbitMQ still counts the window in messages, and the event loop sends the
smaller window only after the frames it has already read, so a burst gets in
against the wider one: memory levels off (148 MB on a 1M-row import of
1000-row messages, against 378 MB before) but grows with the batch size
(315 MB with 5000-row messages). README: "Performance".
"""

import math

from celery.worker.strategy import default

SLOT_BYTES = 2048  # a per-row message is about 300 bytes: one slot


def slots_for(body_bytes: int) -> int:
    return max(1, math.ceil(body_bytes / SLOT_BYTES))


def by_size(task, app, consumer, **options):
    """A Celery task strategy (Task.Strategy): Celery's default, holding slots by size."""
    handle = default(task, app, consumer, **options)

    def on_message(message, body, ack, reject, callbacks, **rest):
        qos = consumer.qos  # the window of this connection; a reconnect makes a new one
        before = qos.value
        held = before - qos.decrement_eventually(slots_for(len(message.body)) - 1)
        if held:
            ack, reject = giving_back(qos, held, ack, reject)
        return handle(message, body, ack, reject, callbacks, **rest)

    return on_message


def giving_back(qos, held: int, ack, reject):
    """ack and reject that give the held slots back, once, whichever settles the message."""
    owed = [held]

    def give_back():
        if owed[0]:
            qos.increment_eventually(owed[0])
            owed[0] = 0

    def settled_ack(*args, **kwargs):
        give_back()
        return ack(*args, **kwargs)

    def settled_reject(*args, **kwargs):
        give_back()
        return reject(*args, **kwargs)

    return settled_ack, settled_reject
