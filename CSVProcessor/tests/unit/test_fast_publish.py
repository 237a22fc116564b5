"""fast_publish.py writes exactly the bytes py-amqp writes for the same publish."""

from types import SimpleNamespace

import pytest
from amqp import Message, spec
from amqp.method_framing import frame_writer
from amqp.serialization import dumps

from csv_import.fast_publish import PublishFrames
from csv_import.messages import people_message, person_message

IMPORT_ID = "20261128T160134123456Z-1a2b3c"


def amqp_bytes(channel_id, exchange, routing_key, frame_max, body, headers, properties):
    written = []
    transport = SimpleNamespace(write=lambda data: written.append(bytes(data)))
    write = frame_writer(SimpleNamespace(frame_max=frame_max, bytes_sent=0), transport)
    message = Message(
        body,
        content_type="application/json",
        content_encoding="utf-8",
        application_headers=headers,
        delivery_mode=2,
        **properties,
    )
    args = dumps("Bssbb", (0, exchange, routing_key, False, False))
    write(1, channel_id, spec.Basic.Publish, args, message)
    return b"".join(written)


@pytest.mark.parametrize(
    "message, frame_max",
    [
        (person_message(IMPORT_ID, 2, "Zoë Ødegaard", "zoe@exämple.com"), 131072),
        (people_message(IMPORT_ID, [[n, "Ana García", f"a{n}@x.io"] for n in range(2, 900)]), 4096),
    ],
    ids=["one row", "many frames"],
)
def test_same_bytes_as_py_amqp(message, frame_max):
    body, headers, properties = message
    frames = PublishFrames(3, "people", "people", frame_max)
    ours = frames.encode(body, headers, "application/json", "utf-8", properties["correlation_id"])
    assert ours == amqp_bytes(3, "people", "people", frame_max, body, headers, properties)
