"""Stored per-row messages acknowledged a batch at a time: one basic.ack with `multiple`.

One basic.ack per message cost RabbitMQ more CPU than anything else it did for a per-row
import, and the worker's main process a fifth of its time (docs/performance.md,
2026-12-04). AMQP 0-9-1's `multiple` flag settles every unsettled delivery on the
channel up to a tag at once (RabbitMQ docs, "Consumer Acknowledgements and Publisher
Confirms": acknowledging multiple deliveries at once). It must never cover a delivery
that is not stored yet, and the consumer's channel carries others: the batch being
stored in the other pool process, a task Celery is running (acknowledged after it runs),
one being dead-lettered. So every delivery on the channel is entered here, in tag order,
as it arrives (consumer.py), and stored ones are acknowledged together only up to the
first delivery below them that is still unsettled:

- below it, everything is stored or already settled: one basic.ack, `multiple`;
- above it, when it is another batch of ours, the stored ones wait: that batch settles
  through this ledger too, and takes them;
- above it, when it is anything else (a task Celery runs, whose settling is not seen
  here), they are acknowledged one by one at once, as before: nothing waits on a
  delivery this ledger cannot watch.

Only on an AMQP channel (py-amqp: integer delivery tags, `multiple` honoured); kombu's
virtual transports (the demo's filesystem broker) acknowledge one message at a time.
A new connection is a new channel, with tags from 1: each has its own ledger.
"""

import logging

log = logging.getLogger(__name__)

SWEEP_AT = 64  # the fewest entries at which the ledger drops settled ones (_forget_settled)


class Acknowledgements:
    """The unsettled deliveries of one channel, and which of them are stored."""

    def __init__(self, errors):
        self.errors = errors  # connection and channel errors: logged, as kombu's ack_log_error
        self.unsettled: dict[int, object] = {}  # tag -> kombu Message, in arrival (tag) order
        self.batched: set[int] = set()  # tags held or being stored by fast_paths' batches
        self.stored: set[int] = set()  # tags committed, waiting for their acknowledgement
        self.sweep_at = SWEEP_AT  # entries at which settled ones are dropped wherever they are

    def enter(self, message) -> None:
        """Every delivery on the channel, before anything acts on it."""
        self._forget_settled_head()
        if len(self.unsettled) >= self.sweep_at:
            self._forget_settled()
        self.unsettled[message.delivery_tag] = message

    def batch(self, message) -> None:
        """A delivery fast_paths holds for a batch: this ledger will see it settle."""
        self.batched.add(message.delivery_tag)

    def settled(self, stored=(), others=()) -> None:
        """A batch's messages settled: `stored` (committed, or counted failed) to acknowledge
        here; `others` settled one by one already (requeued, dead-lettered), no longer
        waited on. Then acknowledge what can be, once for the batch."""
        for message in others:
            self.batched.discard(message.delivery_tag)
        self.stored.update(message.delivery_tag for message in stored)
        passed, upto, blocker = [], None, None  # the tags before the first unsettled one
        for tag, message in self.unsettled.items():
            if tag in self.stored:
                upto = tag
            elif not message.acknowledged:  # type: ignore[attr-defined]
                blocker = tag
                break
            passed.append(tag)
        if upto is not None:
            done = [tag for tag in passed if tag <= upto]
            self._ack(self.unsettled[upto], sum(tag in self.stored for tag in done))
            for tag in done:
                self._drop(tag)
        if blocker is not None and blocker not in self.batched:
            # Above a delivery whose settling this ledger does not see: one by one, now.
            for tag in [tag for tag in self.unsettled if tag in self.stored]:
                self.unsettled[tag].ack_log_error(log, self.errors)  # type: ignore[attr-defined]
                self._drop(tag)

    def _ack(self, last, count: int) -> None:
        try:
            last.channel.basic_ack(last.delivery_tag, multiple=True)
        except self.errors as error:
            # The channel is gone: RabbitMQ delivers these again, and the replay check
            # (store.py) counts each row once.
            log.critical("couldn't acknowledge %d stored messages: %r", count, error)

    def _drop(self, tag: int) -> None:
        del self.unsettled[tag]
        self.batched.discard(tag)
        self.stored.discard(tag)

    def _forget_settled(self) -> None:
        """Deliveries settled behind one that is not (dead-lettered as they arrived, run by
        Celery) leave the ledger too: it held each one, headers and body, until the oldest
        settled. Settled deliveries are passed over when acknowledging (settled()) whether
        here or not, so dropping them changes nothing; the ledger keeps at most twice what is
        unsettled. Before, 400 dead-lettered messages with large headers, behind a batch
        waiting on a locked table, held the main process at 470 MB, and it grew with each."""
        for tag in [tag for tag, message in self.unsettled.items()
                    if tag not in self.stored and message.acknowledged]:  # type: ignore[attr-defined]  # fmt: skip
            self._drop(tag)
        self.sweep_at = max(2 * len(self.unsettled), SWEEP_AT)

    def _forget_settled_head(self) -> None:
        """Deliveries settled elsewhere (a task Celery ran, a dead letter) leave the ledger
        from its oldest end, so it holds no more than the channel's unsettled window."""
        while self.unsettled:
            tag = next(iter(self.unsettled))
            if tag in self.stored or not self.unsettled[tag].acknowledged:  # type: ignore[attr-defined]
                return
            self._drop(tag)


def ledger_for(connection, errors) -> Acknowledgements | None:
    """A ledger for the consumer's new channel, or None where `multiple` is not honoured."""
    return Acknowledgements(errors) if connection.transport.driver_type == "amqp" else None
