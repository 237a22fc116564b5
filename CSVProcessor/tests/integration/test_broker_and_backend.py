"""The publisher on real RabbitMQ and the job record on real Redis."""

import pytest
from kombu import Connection

from csv_import.job_record import RedisJobRecords
from csv_import.messages import people_message, person_message
from csv_import.publisher import Publisher
from people_import_contract.job_record import job_key
from people_import_contract.limits import new_import_id
from people_import_contract.queues import DEFAULT_QUEUE_TYPE, import_queue

pytestmark = pytest.mark.integration
BROKER = "amqp://guest:guest@127.0.0.1:5672//"
BACKEND = "redis://127.0.0.1:6379/0"


def waiting(queue: str) -> int:
    with Connection(BROKER) as connection:
        return connection.channel().queue_declare(queue, passive=True).message_count


@pytest.mark.parametrize("fast_paths", [True, False], ids=["fast paths", "kombu only"])
def test_every_published_row_is_confirmed_and_in_its_queue(queue, fast_paths):
    import_id = new_import_id()
    with Publisher(BROKER, queue, window=100, fast_paths=fast_paths) as publisher:
        for line in range(2, 1002):
            publisher.publish(person_message(import_id, line, "Ana", f"a{line}@example.com"), line)
        rows = [[line, "Bo", f"b{line}@example.com"] for line in range(1002, 1102)]
        publisher.publish(people_message(import_id, rows), 1101, len(rows), bulk=True)
        publisher.flush()
    assert (publisher.confirmed_rows, publisher.confirmed_line) == (1100, 1101)
    assert (waiting(queue), waiting(f"{queue}.bulk"), waiting(f"{queue}.dead")) == (1000, 1, 0)


def test_job_records_are_written_read_and_expire():
    jobs = RedisJobRecords(BACKEND, ttl=120)
    import_id = new_import_id()
    jobs.update(import_id, {"rows": 3, "state": "running"})
    assert jobs.read(import_id) == {"rows": "3", "state": "running"}
    assert 0 < jobs.client.ttl(job_key(import_id)) <= 120
    assert jobs.read(new_import_id()) is None
    jobs.client.delete(job_key(import_id))


@pytest.mark.parametrize("fast_paths", [True, False], ids=["fast paths", "kombu only"])
def test_settle_counts_the_confirms_still_on_their_way(queue, fast_paths):
    """An import that stops early counts what the broker holds, not only what it acked so far."""
    import_id = new_import_id()
    with Publisher(BROKER, queue, window=10_000, fast_paths=fast_paths) as publisher:
        for line in range(2, 1502):  # the window never fills: no confirm is read meanwhile
            publisher.publish(person_message(import_id, line, "Ana", f"a{line}@example.com"), line)
        assert publisher.settle(timeout=10)
        assert (publisher.confirmed_rows, publisher.confirmed_line) == (1500, 1501)
        assert publisher.send_now(person_message(import_id, 0, "Rec", "r@example.com"), 10)
        assert publisher.confirmed_rows == 1500  # a message without rows counts none
    assert waiting(queue) == 1501


def test_the_queues_consumers_are_counted(queue):
    with Publisher(BROKER, queue) as publisher:
        assert (publisher.consumers(bulk=False), publisher.consumers(bulk=True)) == (0, 0)
        with Connection(BROKER) as connection:
            consumer = connection.Consumer(import_queue(queue, DEFAULT_QUEUE_TYPE), no_ack=False)
            consumer.consume()
            assert publisher.consumers(bulk=False) == 1
            consumer.cancel()


def test_job_record_ids_are_listed_from_a_scan():
    jobs = RedisJobRecords(BACKEND, ttl=120)
    ids = [new_import_id() for _ in range(3)]
    for import_id in ids:
        jobs.update(import_id, {"state": "running"})
    try:
        assert set(ids) <= set(jobs.import_ids())
    finally:
        jobs.client.delete(*(job_key(import_id) for import_id in ids))
