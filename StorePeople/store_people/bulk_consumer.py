"""Bulk messages from their own queue, a few at a time, so the worker's memory stays flat.

RabbitMQ's prefetch window counts messages, and the import queue's is sized
for per-row messages (worker_prefetch_multiplier = 2 x flush_every per
process). A bulk message carries up to ten thousand rows: with that window a
1M-row import sat, decoded, in the worker's main process (378 MB). Changing
the window on a running consumer is no answer: with per-consumer QoS (quorum
queues, and Celery's mode on RabbitMQ 4) a basic.qos does not reach a running
consumer (RabbitMQ docs, "Consumer Prefetch"; celery/celery#9512).

So bulk messages have their own queue (people_import_contract.queues), consumed
here through Celery's public bootstep for custom consumers (docs: "Extensions
and Bootsteps", ConsumerStep) on a channel of its own, whose prefetch is set
once, before consuming: two messages per pool process. The main process holds
at most that many bodies, undecoded; a pool process decodes, checks and stores
each one (intake.store_bulk_body), and the message is acknowledged only after
its rows are committed.

The consumer starts consuming only once the pool can take work. Celery starts
consumer bootsteps before its event loop registers the prefork pool with the
hub (celery/worker/loops.py: asynloop), and until then the pool's apply_async
has no writer (AsynPool._quick_put is None): a delivery read meanwhile, while
another step waits for a broker reply, killed the worker with "'NoneType'
object is not callable". So consume() waits for the hub registration, which
Celery sends to every consumer step (register_with_event_loop) right after the
pool's, on every (re)connection. Without an event loop (the demo's filesystem
transport) the pool takes work at once.
"""

import logging

from celery import bootsteps
from kombu import Consumer

from people_import_contract.limits import MAX_MESSAGE_BYTES
from people_import_contract.queues import bulk_name, bulk_queue
from store_people.consumer import reason_for
from store_people.dead_letters import dead_letter, describe, refusal, replayed_reason, settle
from store_people.in_flight import jobs
from store_people.intake import store_bulk_body
from store_people.shown import shown
from store_people.verdicts import in_pool

log = logging.getLogger(__name__)

MESSAGES_PER_PROCESS = 2


def prefetch_for(processes: int | None) -> int:
    return MESSAGES_PER_PROCESS * max(processes or 1, 1)


def make_bulk_consumer_step(settings):
    """The bootstep class, bound to the worker's settings (app.steps["consumer"].add(...))."""

    QUEUE = bulk_name(settings.queue)

    class BulkConsumer(bootsteps.ConsumerStep):
        def start(self, c):
            self.pool, self.errors = c.pool, c.connection_errors
            self.consumers = self.get_consumers(c.connection.channel())
            if c.hub is None:  # no event loop: the pool is ready
                self.consume()

        def register_with_event_loop(self, c, hub):
            self.consume()  # the pool is registered with the hub: it can take work

        def consume(self):
            for consumer in self.consumers or []:
                consumer.consume()

        def get_consumers(self, channel):
            # Per consumer (global=False), before basic.consume: never changed afterwards.
            channel.basic_qos(0, prefetch_for(self.pool.limit), False)
            # on_message, not callbacks: kombu would decode the body here, in the main process.
            queues = [bulk_queue(settings.queue, settings.queue_type)]
            consumer = Consumer(
                channel,
                queues=queues,
                on_message=self.on_message,
                on_decode_error=self.on_decode_error,  # a compressed body (consumer.py)
                no_ack=False,
            )
            return [consumer]

        def on_decode_error(self, message, error):
            dead_letter(message, reason_for(error, message), describe(error), self.errors, QUEUE)

        def on_message(self, message):
            try:
                self.hand_over(message)
            except Exception as error:  # whatever a message makes us raise: it alone is parked
                log.exception("bulk message raised %s", type(error).__name__)
                dead_letter(message, reason_for(error), describe(error), self.errors, QUEUE)

        def hand_over(self, message):
            errors = self.errors
            dead = refusal(message, MAX_MESSAGE_BYTES)  # parked before anything decodes it
            if dead is not None:
                return dead_letter(message, dead.reason, dead.detail, errors, QUEUE)
            redelivered = bool(message.delivery_info.get("redelivered"))
            task = message.headers.get("task")
            if not isinstance(task, str):  # pickled to the pool: never a table nested 900 deep
                task = shown(task, 80)

            def settled(verdict):
                settle(message, verdict, redelivered, errors, QUEUE)

            def on_worker_lost(error):
                log.warning("pool process lost with a bulk message; requeueing it")
                message.reject_log_error(log, errors, requeue=True)

            jobs.apply_async(  # counted until settled: a warm shutdown waits for it
                self.pool,
                in_pool,
                (
                    store_bulk_body,
                    settings,
                    task,
                    message.body,
                    replayed_reason(message),
                ),
                callback=settled,
                error_callback=on_worker_lost,
            )

    return BulkConsumer
