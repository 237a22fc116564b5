"""The queues both services declare, identically (RabbitMQ refuses a mismatched redeclaration).

One direct exchange named after the queue routes per-row messages (and the
CLI's summary) to `<queue>` and bulk messages to `<queue>.bulk`: the worker
consumes the bulk queue with a small prefetch of its own, so a million-row
import never sits in its memory. Both dead-letter to `<queue>.dead`.

IMPORT_QUEUE_TYPE chooses RabbitMQ's queue type for all three: "quorum" (the
default: replicated by Raft, a confirm means a majority of the cluster's nodes
has the message; Celery then uses per-consumer QoS) or "classic" (one node).
A quorum queue counts deliveries: a message returned DELIVERY_LIMIT times
(requeued, or its consumer lost) is dead-lettered to `<queue>.dead`, never
dropped (RabbitMQ 4 defaults the limit to 20 and drops when no dead-letter
exchange is set: docs, "Quorum Queues", Poison Message Handling). Dead-lettering
is at-least-once: the message leaves `<queue>` only once `<queue>.dead` has it,
which RabbitMQ allows only with `x-overflow: reject-publish` (docs, "Dead
Letter Exchanges", at-least-once; since 3.10).
"""

from kombu import Exchange, Queue

QUEUE_TYPES = ("quorum", "classic")
DEFAULT_QUEUE_TYPE = "quorum"
# Well above the redeliveries a few node or worker losses cause, low enough to end a poison loop.
DELIVERY_LIMIT = 20


def dead_letter_name(queue: str) -> str:
    return f"{queue}.dead"


def bulk_name(queue: str) -> str:
    return f"{queue}.bulk"


def type_arguments(queue_type: str) -> dict:
    if queue_type not in QUEUE_TYPES:
        raise ValueError(f"IMPORT_QUEUE_TYPE: one of {', '.join(QUEUE_TYPES)}, not {queue_type!r}")
    return {"x-queue-type": "quorum"} if queue_type == "quorum" else {}


def dead_lettering(dead_letters: str, queue_type: str) -> dict:
    arguments: dict[str, str | int] = {
        "x-dead-letter-exchange": "",
        "x-dead-letter-routing-key": dead_letters,
    }
    if queue_type == "quorum":
        arguments.update(
            {
                "x-delivery-limit": DELIVERY_LIMIT,
                "x-dead-letter-strategy": "at-least-once",
                "x-overflow": "reject-publish",
            }
        )
    return arguments


def _declared(
    name: str, exchange: Exchange, routing_key: str, dead_letters: str, queue_type: str
) -> Queue:
    return Queue(
        name,
        exchange,
        routing_key=routing_key,
        durable=True,
        queue_arguments={**dead_lettering(dead_letters, queue_type), **type_arguments(queue_type)},
    )


def exchange(queue: str) -> Exchange:
    return Exchange(queue, type="direct", durable=True)


def import_queue(queue: str, queue_type: str = DEFAULT_QUEUE_TYPE) -> Queue:
    """Per-row messages (tasks.store_person) and tasks.record_import."""
    return _declared(queue, exchange(queue), queue, dead_letter_name(queue), queue_type)


def bulk_queue(queue: str, queue_type: str = DEFAULT_QUEUE_TYPE) -> Queue:
    """Bulk messages (tasks.store_people), routed by their own routing key."""
    name = bulk_name(queue)
    return _declared(name, exchange(queue), name, dead_letter_name(queue), queue_type)


def dead_letter_queue(queue: str, queue_type: str = DEFAULT_QUEUE_TYPE) -> Queue:
    """Where messages that can never be stored wait for a person (default exchange)."""
    return Queue(dead_letter_name(queue), durable=True, queue_arguments=type_arguments(queue_type))


def all_queues(queue: str, queue_type: str = DEFAULT_QUEUE_TYPE) -> list[Queue]:
    return [
        import_queue(queue, queue_type),
        bulk_queue(queue, queue_type),
        dead_letter_queue(queue, queue_type),
    ]


def mismatch(error, queue_type: str) -> str | None:
    """RabbitMQ's refusal to redeclare a queue with other arguments, as one line with the fix.

    None when `error` is something else. RabbitMQ answers PRECONDITION_FAILED
    (406) "inequivalent arg 'x-queue-type' for queue 'people' ..." (or another
    argument's name): the queue exists, declared by an older version or with the
    other IMPORT_QUEUE_TYPE.
    """
    text = str(error)
    if getattr(error, "code", None) != 406 or "inequivalent arg" not in text:
        return None
    detail = text.split("PRECONDITION_FAILED - ", 1)[-1].split(" in vhost", 1)[0]
    other = "classic" if queue_type == "quorum" else "quorum"
    return (
        f"the broker has the queue with other arguments ({detail}): IMPORT_QUEUE_TYPE={queue_type} "
        f"declares {queue_type} queues; let the workers drain the queue, delete it and its .bulk "
        f"and .dead twins (rabbitmqctl delete_queue NAME), or, if it is a {other} queue, set "
        f"IMPORT_QUEUE_TYPE={other} for both services (docs/architecture.md: Queue types)"
    )
