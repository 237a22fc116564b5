"""Bulk messages hold prefetch slots by size, so the worker's memory stays flat.

RabbitMQ's prefetch window counts messages, and it is sized for per-row
messages (worker_prefetch_multiplier = 2 x flush_every per process). Bulk
messages carry up to ten thousand rows each: a window that many messages wide
held a whole 1M-row import, decoded, in the worker's main process (378 MB).

Here each bulk message wants one slot per SLOT_BYTES of body, and the window is
narrowed by what the unsettled bulk messages want, never below one. Messages
that arrive before a narrower window reaches RabbitMQ still count: the window
opens again only once what is in flight has fallen below the budget. (Giving
each message's slots straight back on its ack reopened the window by many
messages at a time, and bursts kept getting in: 315 MB with 5000-row messages.)
"""

import math

from celery.worker.strategy import default
from kombu.exceptions import DecodeError

from batching import dead_letter

SLOT_BYTES = 2048  # a per-row message is about 300 bytes: one slot


def slots_for(body_bytes: int) -> int:
    return max(1, math.ceil(body_bytes / SLOT_BYTES))


class Budget:
    """What bulk messages hold of one connection's window (kombu QoS)."""

    def __init__(self, qos):
        self.qos = qos
        self.wanted = 0  # extra slots the unsettled bulk messages want
        self.withheld = 0  # slots actually taken from the window for them

    def take(self, slots: int) -> None:
        self.wanted += slots
        self.rebalance()

    def give_back(self, slots: int) -> None:
        self.wanted -= slots
        self.rebalance()

    def rebalance(self) -> None:
        # The window without bulk messages is value + withheld; keep at least 1 open.
        target = min(self.wanted, self.qos.value + self.withheld - 1)
        if target > self.withheld:
            before = self.qos.value
            self.withheld += before - self.qos.decrement_eventually(target - self.withheld)
        elif target < self.withheld:
            self.qos.increment_eventually(self.withheld - target)
            self.withheld = target


def by_size(task, app, consumer, **options):
    """A Celery task strategy (Task.Strategy): Celery's default, holding slots by size."""
    handle = default(task, app, consumer, **options)
    budget = None

    def on_message(message, body, ack, reject, callbacks, **rest):
        nonlocal budget
        if budget is None or budget.qos is not consumer.qos:  # a reconnect makes a new window
            budget = Budget(consumer.qos)
        extra = slots_for(len(message.body)) - 1
        if extra:
            budget.take(extra)
            ack, reject = giving_back(budget, extra, ack, reject)
        try:
            return handle(message, body, ack, reject, callbacks, **rest)
        except DecodeError as error:
            return dead_letter(message, error, reject, consumer.connection_errors)

    return on_message


def giving_back(budget: Budget, slots: int, ack, reject):
    """ack and reject that give the slots back, once, whichever settles the message."""
    owed = [slots]

    def give_back():
        if owed[0]:
            budget.give_back(owed[0])
            owed[0] = 0

    def settled_ack(*args, **kwargs):
        give_back()
        return ack(*args, **kwargs)

    def settled_reject(*args, **kwargs):
        give_back()
        return reject(*args, **kwargs)

    return settled_ack, settled_reject
