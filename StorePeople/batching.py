"""Per-row tasks, stored in batches: each message stays its own task.

celery-batches buffers `tasks.store_person` messages in the worker and hands
them to a pool child as one list, so PostgreSQL sees one set-based upsert per
batch instead of one statement per row. Its stock `flush` acknowledges every
message when the batch returns, even when the child died or the rows were
refused; this subclass settles each message by the outcome `run` reports:

- acknowledged once its row is committed (or counted as failed);
- requeued when the pool child died mid-batch (nothing was committed);
- dead-lettered (rejected without requeue) when it can never be stored.
"""

from celery.utils.log import get_task_logger
from celery_batches import Batches, SimpleRequest
from celery_batches.trace import apply_batches_task

log = get_task_logger(__name__)

DEAD, REQUEUE = "dead", "requeue"


def settle(requests, outcome) -> None:
    if outcome is None:
        # run() itself crashed: try once more, then park the message for a person.
        log.error("batch of %d failed unexpectedly; requeueing first deliveries", len(requests))
        for request in requests:
            request.reject(requeue=not request.delivery_info.get("redelivered"))
        return
    for request in requests:
        verdict = outcome.get(request.id)
        if verdict == DEAD:
            request.reject(requeue=False)
        elif verdict == REQUEUE:
            request.reject(requeue=True)
        else:
            request.acknowledge()


class SettledBatches(Batches):
    def Strategy(self, task, app, consumer):
        # Celery builds the strategy again on every broker (re)connection, and
        # since 5.6 its event loop clears the hub's timers when the connection
        # is lost (celery/worker/loops.py). celery-batches arms its flush timer
        # only while `_tref` is None, so after a reconnect a buffer smaller
        # than flush_every waited forever (tests/test_faults.py, RabbitMQ).
        if self._tref is not None:
            self._tref.cancel()
            self._tref = None
        return super().Strategy(task, app, consumer)

    def flush(self, requests):
        requests = list(requests)
        payload = ([SimpleRequest.from_request(r) for r in requests],)

        def on_worker_lost(error):
            log.warning("pool process lost with a batch of %d; requeueing it", len(requests))
            for request in requests:
                request.reject(requeue=True)

        return self._pool.apply_async(
            apply_batches_task,
            (self, payload, 0, None),
            callback=lambda outcome: settle(requests, outcome),
            error_callback=on_worker_lost,
        )
