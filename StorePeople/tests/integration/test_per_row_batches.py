"""The per-row fast path (fast_paths.py) on a real RabbitMQ queue and a real PostgreSQL.

One bad message never touches another: each poison message is dead-lettered alone.

Celery's pool is the one stand-in: storing runs at once, in this process.
Every message must end acknowledged (stored) or dead-lettered, none left over.
"""

import json
import random
import time
import uuid
from types import SimpleNamespace

import pytest
from kombu import Connection, Consumer, Producer
from sqlalchemy import text

from people_import_contract.limits import new_import_id
from people_import_contract.queues import all_queues, exchange
from store_people import dead_letters
from store_people.acknowledgements import Acknowledgements
from store_people.fast_paths import PerRowBatches
from store_people.settings import Settings

pytestmark = pytest.mark.integration
BROKER = "amqp://guest:guest@127.0.0.1:5672//"


class InlinePool:
    limit = 1

    def apply_async(self, target, args, callback, error_callback):
        callback(target(*args))


class IdleTimer:
    def call_repeatedly(self, interval, function):
        return SimpleNamespace(cancel=lambda: None)


@pytest.fixture
def queue():
    name = f"it-{uuid.uuid4().hex[:8]}"
    with Connection(BROKER) as connection:
        for declared in all_queues(name):
            declared(connection.default_channel).declare()
    yield name
    with Connection(BROKER) as connection:
        channel = connection.channel()
        for declared in all_queues(name):
            channel.queue_delete(declared.name)
        channel.exchange_delete(name)


# How long a delivery may be awaited: a guard against a hang, not a time limit (a CI run
# beside container builds waited over 10 s for the 17 MB message a quorum queue writes
# to its log first).
DRAIN_GUARD = 120


def publish(connection, queue, body: bytes, task_id, content_type="application/json"):
    producer = Producer(connection.default_channel, exchange=exchange(queue), auto_declare=False)
    headers = {"lang": "py", "task": "tasks.store_person", "id": task_id}
    producer.publish(
        body,
        routing_key=queue,
        headers=headers,
        content_type=content_type,
        content_encoding="utf-8",
        delivery_mode=2,
    )


def count(connection, name: str) -> int:
    return connection.channel().queue_declare(name, passive=True).message_count


def test_a_batch_is_stored_and_every_message_settled_alone(engine, migrated_url, queue):
    import_id = new_import_id()
    settings = Settings(database_url=migrated_url, queue=queue, flush_every=500)
    with Connection(BROKER) as connection:
        for line in range(2, 1202):
            kwargs = {
                "import_id": import_id,
                "line": line,
                "full_name": f"P {line}",
                "email": f"p{line}@example.com",
            }
            publish(connection, queue, json.dumps([[], kwargs, {}]).encode(), f"{import_id}:{line}")
        person = {"import_id": import_id, "line": 9999, "full_name": "X", "email": "x@ex.com"}
        poison = [  # each is dead-lettered alone; the 1200 around them are stored
            (json.dumps([[], {**person, "import_id": "not-an-id"}, {}]).encode(), "bad-id"),
            (json.dumps([[], {**person, "import_id": "2" * 10_000}, {}]).encode(), "10 KB id"),
            (json.dumps([[], {**person, "line": "two", "email": ["x"]}, {}]).encode(), "types"),
            (json.dumps([[], person, {}]).encode(), {"a": "dict"}),  # an id header that is a dict
            (json.dumps([[], {**person, "line": 9998, "email": "y@ex.com"}, {}]).encode(), ["a"]),
            (b"{not json", "not-json"),
            (b"[" + b" " * (17 * 1024 * 1024) + b"]", "oversized"),
        ]
        for body, task_id in poison:
            publish(connection, queue, body, task_id)

    # What app.py sets up in the worker: dead letters published, confirmed, with why.
    dead_letters.publisher = dead_letters.DeadLetters(
        lambda: Connection(BROKER, transport_options={"confirm_publish": True}), queue
    )
    with Connection(BROKER) as connection:
        channel = connection.channel()
        channel.basic_qos(0, 2000, False)
        consumer = SimpleNamespace(
            pool=InlinePool(), timer=IdleTimer(), connection_errors=connection.connection_errors
        )
        batches = PerRowBatches(settings, consumer)
        Consumer(
            channel,
            queues=[all_queues(queue)[0]],
            no_ack=False,
            on_message=lambda m: batches.on_message(m, None, None, None, None),
        ).consume()
        for _ in range(1200 + len(poison)):
            connection.drain_events(timeout=DRAIN_GUARD)
        batches.flush()  # the timer's job: the last 202 messages
        # A quorum queue applies acks and rejects asynchronously, and those still in flight
        # when the channel closes are undone (the messages return): the consumer stays open
        # until the dead-letter queue, which gets its copies at least once, has them all.
        with Connection(BROKER) as watcher:
            deadline = time.monotonic() + 30
            while count(watcher, f"{queue}.dead") < 5 and time.monotonic() < deadline:
                time.sleep(0.1)

    with Connection(BROKER) as connection:
        assert count(connection, queue) == 0  # none requeued: every one was settled
        assert count(connection, f"{queue}.dead") == 5  # the id headers are no reason
    with engine.connect() as db:
        stored = db.execute(
            text("SELECT count(*) FROM people WHERE source_import = :i"), {"i": import_id}
        ).scalar_one()
        counted = db.execute(
            text("SELECT stored, failed FROM imports WHERE import_id = :i"), {"i": import_id}
        ).one()
    assert stored == 1202  # the rows whose id header was a dict or a list are good rows
    assert tuple(counted) == (1202, 1)  # the bad types: failed, under their own import


class DeferredPool:
    """Stores each batch only when told: batches then finish in any order, as with two
    pool processes."""

    limit = 2

    def __init__(self):
        self.waiting = []

    def apply_async(self, target, args, callback, error_callback):
        self.waiting.append(lambda: callback(target(*args)))


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("other_settled", ["first", "between", "last"])
def test_stored_batches_are_acknowledged_together_in_any_order(
    engine, migrated_url, seed, other_settled
):
    """One multiple basic.ack per batch (acknowledgements.py): on a real RabbitMQ channel,
    batches finishing in any order with other deliveries unsettled between them (a task
    Celery runs, acknowledged only after it) end with every message settled exactly once:
    none left unacknowledged (they would return to the queue when the channel closes),
    none acknowledged twice (RabbitMQ closes the channel: "unknown delivery tag")."""
    rng = random.Random(seed)
    queue = f"it-{uuid.uuid4().hex[:8]}"
    import_id = new_import_id()
    settings = Settings(database_url=migrated_url, queue=queue, flush_every=100)
    lines = range(2, 1002)
    foreign_after = set(rng.sample(list(lines), 3))  # another task's message after these
    with Connection(BROKER) as connection:
        for declared in all_queues(queue, "classic"):
            declared(connection.default_channel).declare()
        for line in lines:
            kwargs = {"import_id": import_id, "line": line, "full_name": f"P {line}",
                      "email": f"p{line}@example.com"}  # fmt: skip
            publish(connection, queue, json.dumps([[], kwargs, {}]).encode(), f"{line}")
            if line in foreign_after:
                publish(connection, queue, b"[[], {}, {}]", f"other-{line}")
    try:
        with Connection(BROKER) as connection:
            channel = connection.channel()
            channel.basic_qos(0, 2000, False)
            errors = (*connection.connection_errors, *connection.channel_errors)
            ledger = Acknowledgements(errors)
            pool = DeferredPool()
            consumer = SimpleNamespace(pool=pool, timer=IdleTimer(), acknowledgements=ledger,
                                       connection_errors=connection.connection_errors)  # fmt: skip
            batches = PerRowBatches(settings, consumer)
            foreign = []

            def on_message(message):
                ledger.enter(message)  # as consumer.py does, for every delivery
                if message.headers["id"].startswith("other-"):
                    foreign.append(message)
                else:
                    batches.on_message(message, None, None, None, None)

            Consumer(channel, queues=[all_queues(queue, "classic")[0]], no_ack=False,
                     on_message=on_message).consume()  # fmt: skip
            for _ in range(len(lines) + len(foreign_after)):
                connection.drain_events(timeout=DRAIN_GUARD)
            batches.flush()
            rng.shuffle(pool.waiting)
            # The other task's messages are settled (by Celery, unseen by the ledger) before
            # any batch is stored, between two, or after the last one.
            settle_foreign_at = {"first": 0, "last": len(pool.waiting)}.get(
                other_settled, rng.randrange(1, len(pool.waiting))
            )
            for n, store in enumerate(pool.waiting):
                if n == settle_foreign_at:
                    for message in foreign:
                        message.ack()
                store()
            if settle_foreign_at == len(pool.waiting):
                for message in foreign:
                    message.ack()
            assert not ledger.stored  # no stored message waits for its acknowledgement
            assert all(message.acknowledged for message in ledger.unsettled.values())
            channel.basic_qos(0, 2000, False)  # a round trip: RabbitMQ took the acks (or closed)
        with Connection(BROKER) as connection:
            assert count(connection, queue) == 0  # nothing returned when the channel closed
    finally:
        with Connection(BROKER) as connection:
            channel = connection.channel()
            for declared in all_queues(queue, "classic"):
                channel.queue_delete(declared.name)
            channel.exchange_delete(queue)
    with engine.connect() as db:
        stored = db.execute(
            text("SELECT count(*) FROM people WHERE source_import = :i"), {"i": import_id}
        ).scalar_one()
    assert stored == len(lines)
