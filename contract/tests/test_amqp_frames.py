"""py-amqp's frame handler with the guard: headers it can't parse never stop the reader."""

import sys
from struct import pack

from amqp import spec
from amqp.serialization import dumps

from people_import_contract.amqp_frames import UNREADABLE, body_bytes, frame_handler

DELIVER = pack(">HH", *spec.Basic.Deliver) + dumps("sLbss", ["tag", 1, False, "ex", "key"])


def header_frame(body_size: int, table: bytes) -> bytes:
    return pack(">HxxQ", spec.Basic.Deliver[0], body_size) + pack(">H", 0x2000) + table


def deep_table(depth: int) -> bytes:
    value = "x"
    for _ in range(depth):
        value = [value]
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(30_000)  # py-amqp encodes recursively too
    try:
        return dumps("F", [{"deep": value}])
    finally:
        sys.setrecursionlimit(limit)


class Reader:
    bytes_recv = 0

    def __init__(self, channels=None):
        self.channels = channels or {}


def deliver(frames) -> list:
    delivered = []
    on_frame = frame_handler(Reader(), lambda *args: delivered.append(args))
    for frame in frames:
        on_frame(frame)
    return delivered


def test_headers_too_deep_to_parse_give_one_header_saying_so_and_the_body_is_kept():
    body = b'{"a": 1}'
    frames = [(1, 1, DELIVER), (2, 1, header_frame(len(body), deep_table(3000))), (3, 1, body)]
    frames += [(1, 1, DELIVER), (2, 1, header_frame(2, dumps("F", [{"id": "ok"}]))), (3, 1, b"{}")]
    (first, second) = deliver(frames)  # the next message on the channel reads as usual
    message = first[3]
    assert message.properties == {"application_headers": {UNREADABLE: "RecursionError"}}
    assert message.body == body
    assert second[3].properties["application_headers"] == {"id": "ok"}


def test_a_bodyless_message_with_unreadable_headers_is_delivered_at_once():
    (delivered,) = deliver([(1, 1, DELIVER), (2, 1, header_frame(0, b"\xff\xff\xff\xff"))])
    assert UNREADABLE in delivered[3].properties["application_headers"]


def test_a_channel_reading_with_the_guard_hands_bodies_on_as_they_arrived():
    """py-amqp's channels decode a body with the codec its content_encoding names, as they
    dispatch it (auto_decode): punycode is quadratic (1 MB: minutes in the worker's main
    process), utf-16 made a body the worker refuses one it stored. Off, on every channel
    that receives a message."""
    from amqp import Channel

    channel = Channel.__new__(Channel)  # only its flag is read and set here
    channel.auto_decode = True
    body = "{}".encode("utf-16")
    frames = [(1, 1, DELIVER), (2, 1, header_frame(len(body), dumps("F", [{}]))), (3, 1, body)]
    delivered = []
    on_frame = frame_handler(Reader({1: channel}), lambda *args: delivered.append(args))
    for frame in frames:
        on_frame(frame)
    assert channel.auto_decode is False
    assert delivered[0][3].body == body
    assert body_bytes("") == b"" and body_bytes(body) == body  # py-amqp's empty body is ""
