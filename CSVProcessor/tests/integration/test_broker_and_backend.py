"""The publisher on real RabbitMQ and the job record on real Redis."""

import uuid

import pytest
from kombu import Connection

from csv_import.job_record import RedisJobRecords
from csv_import.messages import people_message, person_message
from csv_import.publisher import Publisher
from people_import_contract.job_record import job_key
from people_import_contract.limits import new_import_id

pytestmark = pytest.mark.integration
BROKER = "amqp://guest:guest@127.0.0.1:5672//"
BACKEND = "redis://127.0.0.1:6379/0"


@pytest.fixture
def queue():
    name = f"it-{uuid.uuid4().hex[:8]}"
    yield name
    with Connection(BROKER) as connection:
        channel = connection.channel()
        for queue in (name, f"{name}.bulk", f"{name}.dead"):
            channel.queue_delete(queue)
        channel.exchange_delete(name)


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
