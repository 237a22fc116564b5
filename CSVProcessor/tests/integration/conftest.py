"""Integration fixtures: a queue of our own on the real RabbitMQ, removed after the test."""

import uuid

import pytest
from kombu import Connection

BROKER = "amqp://guest:guest@127.0.0.1:5672//"


@pytest.fixture
def queue():
    """The import queue's name (and its .bulk and .dead twins), deleted with its exchange."""
    name = f"it-{uuid.uuid4().hex[:8]}"
    yield name
    with Connection(BROKER) as connection:
        channel = connection.channel()
        for each in (name, f"{name}.bulk", f"{name}.dead"):
            channel.queue_delete(each)
        channel.exchange_delete(name)
