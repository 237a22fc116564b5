"""The producer on real RabbitMQ and the job record on real Redis."""

import uuid

import pytest
from kombu import Connection

from jobs import KEY_PREFIX, RedisJobs, new_import_id
from messages import person_message
from producer import Publisher

pytestmark = pytest.mark.integration
BROKER = "amqp://guest:guest@127.0.0.1:5672//"
BACKEND = "redis://127.0.0.1:6379/0"


@pytest.fixture
def queue():
    name = f"it-{uuid.uuid4().hex[:8]}"
    yield name
    with Connection(BROKER) as connection:
        channel = connection.channel()
        for queue in (name, f"{name}.dead"):
            channel.queue_delete(queue)
        channel.exchange_delete(name)


def test_every_published_row_is_confirmed_and_in_the_queue(queue):
    import_id = new_import_id()
    with Publisher(BROKER, queue, window=100) as publisher:
        for line in range(2, 1002):
            publisher.publish(person_message(import_id, line, "Ana", f"a{line}@example.com"), line)
        publisher.flush()
    assert (publisher.confirmed_rows, publisher.confirmed_line) == (1000, 1001)
    with Connection(BROKER) as connection:
        declared = connection.channel().queue_declare(queue, passive=True)
        assert declared.message_count == 1000
        dead = connection.channel().queue_declare(f"{queue}.dead", passive=True)
        assert dead.message_count == 0


def test_job_records_are_written_read_and_expire():
    jobs = RedisJobs(BACKEND, ttl=120)
    import_id = new_import_id()
    jobs.update(import_id, {"rows": 3, "state": "running"})
    assert jobs.read(import_id) == {"rows": "3", "state": "running"}
    assert 0 < jobs.client.ttl(KEY_PREFIX + import_id) <= 120
    assert jobs.read(new_import_id()) is None
    jobs.client.delete(KEY_PREFIX + import_id)
