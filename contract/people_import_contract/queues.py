"""The queues both services declare, identically (RabbitMQ refuses a mismatched redeclaration).

One direct exchange named after the queue routes per-row messages (and the
CLI's summary) to `<queue>` and bulk messages to `<queue>.bulk`: the worker
consumes the bulk queue with a small prefetch of its own, so a million-row
import never sits in its memory. Both dead-letter to `<queue>.dead`.

IMPORT_QUEUE_TYPE chooses RabbitMQ's queue type for all three: "classic" (the
default) or "quorum" (replicated; Celery then uses per-consumer QoS).
"""

from kombu import Exchange, Queue


def dead_letter_name(queue: str) -> str:
    return f"{queue}.dead"


def bulk_name(queue: str) -> str:
    return f"{queue}.bulk"


QUEUE_TYPES = ("classic", "quorum")


def type_arguments(queue_type: str) -> dict:
    if queue_type not in QUEUE_TYPES:
        raise ValueError(f"IMPORT_QUEUE_TYPE: one of {', '.join(QUEUE_TYPES)}, not {queue_type!r}")
    return {"x-queue-type": "quorum"} if queue_type == "quorum" else {}


def _declared(
    name: str, exchange: Exchange, routing_key: str, dead_letters: str, queue_type: str
) -> Queue:
    return Queue(
        name,
        exchange,
        routing_key=routing_key,
        durable=True,
        queue_arguments={
            "x-dead-letter-exchange": "",
            "x-dead-letter-routing-key": dead_letters,
            **type_arguments(queue_type),
        },
    )


def exchange(queue: str) -> Exchange:
    return Exchange(queue, type="direct", durable=True)


def import_queue(queue: str, queue_type: str = "classic") -> Queue:
    """Per-row messages (tasks.store_person) and tasks.record_import."""
    return _declared(queue, exchange(queue), queue, dead_letter_name(queue), queue_type)


def bulk_queue(queue: str, queue_type: str = "classic") -> Queue:
    """Bulk messages (tasks.store_people), routed by their own routing key."""
    name = bulk_name(queue)
    return _declared(name, exchange(queue), name, dead_letter_name(queue), queue_type)


def dead_letter_queue(queue: str, queue_type: str = "classic") -> Queue:
    """Where messages that can never be stored wait for a person (default exchange)."""
    return Queue(dead_letter_name(queue), durable=True, queue_arguments=type_arguments(queue_type))


def all_queues(queue: str, queue_type: str = "classic") -> list[Queue]:
    return [
        import_queue(queue, queue_type),
        bulk_queue(queue, queue_type),
        dead_letter_queue(queue, queue_type),
    ]
