"""Acknowledge a batch of per-row messages with one frame, when that is safe.

RabbitMQ spends about 95 µs on each per-row message, and the basic.ack for
it is a small part of that. basic.ack with `multiple` set acknowledges every
outstanding delivery on the channel up to a tag (AMQP 0-9-1), so a batch of
500 needs one frame instead of 500. About three acks in four go this way,
and per-row imports run about 5% faster (A/B on 200k rows, alternated:
10.2k -> 10.7k and 9.1k -> 9.6k rows/s).

It is safe only when nothing below that tag is still unsettled: a message of
another batch still being stored, or a bulk message in a pool process, must
not be acknowledged with it. Delivery tags count up from 1 on each channel,
so the settled ones are tracked as a low-water mark ("everything up to here")
plus the few settled above it, from every basic.ack and basic.reject sent on
the channel (Celery's own for other tasks included).
"""

import weakref

from amqp.channel import Channel

_basic_ack = Channel.basic_ack
_basic_reject = Channel.basic_reject


class Settled:
    """The delivery tags of one channel that were acknowledged or rejected."""

    def __init__(self):
        self.floor = 0  # every tag up to here is settled
        self.above: set[int] = set()

    def add(self, tag: int, multiple: bool = False) -> None:
        if multiple and tag > self.floor:
            self.above = {t for t in self.above if t > tag}
            self.floor = tag
        else:
            self.above.add(tag)
        while self.floor + 1 in self.above:
            self.floor += 1
            self.above.remove(self.floor)

    def floor_with(self, tags: set[int]) -> int:
        """What the floor would be once `tags` are settled too."""
        floor = self.floor
        while floor + 1 in tags or floor + 1 in self.above:
            floor += 1
        return floor


_channels: "weakref.WeakKeyDictionary[Channel, Settled]" = weakref.WeakKeyDictionary()


def settled(channel) -> Settled:
    record = _channels.get(channel)
    if record is None:
        record = _channels[channel] = Settled()
    return record


def basic_ack(self, delivery_tag, multiple=False, argsig="Lb"):
    settled(self).add(delivery_tag, multiple)
    return _basic_ack(self, delivery_tag, multiple, argsig)


def basic_reject(self, delivery_tag, requeue, argsig="Lb"):
    settled(self).add(delivery_tag)
    return _basic_reject(self, delivery_tag, requeue, argsig)


def install() -> None:
    """Idempotent. Must run before the consuming channel settles anything (Strategy time)."""
    Channel.basic_ack = basic_ack
    Channel.basic_reject = basic_reject


def ack_all(channel, tags: list[int]) -> None:
    """Acknowledge these deliveries: one frame for those below every unsettled one."""
    floor = settled(channel).floor_with(set(tags))
    covered = [t for t in tags if t <= floor]
    if len(covered) > 1:
        channel.basic_ack(max(covered), multiple=True)
        rest = [t for t in tags if t > floor]
    else:
        rest = tags
    for tag in rest:
        channel.basic_ack(tag)
