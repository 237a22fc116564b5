"""AMQP 0-9-1 frames of one basic.publish, encoded directly.

kombu and py-amqp build a Message object and serialize its properties
generically for every publish; at tens of thousands of rows a second that
was half of the CLI's time (py-spy). Our messages always have the same
shape: string headers, a content type and encoding, persistent delivery and
a correlation id. This writes exactly the bytes py-amqp would
(tests/unit/test_frames.py compares them), with the constant parts encoded
once per exchange and routing key.
"""

from struct import Struct

FRAME_END = b"\xce"
FRAME_HEADER = Struct(">BHI")  # type, channel, payload size
CONTENT_HEADER = Struct(">HHQH")  # class 60 (basic), weight, body size, property flags
BASIC, PUBLISH = 60, 40
# Property flags: content-type, content-encoding, headers, delivery-mode, correlation-id.
FLAGS = 1 << 15 | 1 << 14 | 1 << 13 | 1 << 12 | 1 << 10
LONG = Struct(">I")


def shortstr(value: str) -> bytes:
    data = value.encode()
    if len(data) > 255:
        raise ValueError(f"shortstr too long: {value[:40]!r}…")
    return bytes([len(data)]) + data


def table(headers: dict[str, str]) -> bytes:
    """A field table of string values (type S: long string)."""
    items = b"".join(
        shortstr(key) + b"S" + LONG.pack(len(data)) + data
        for key, data in ((k, v.encode()) for k, v in headers.items())
    )
    return LONG.pack(len(items)) + items


class PublishFrames:
    """Frames for basic.publish on one channel to one exchange and routing key."""

    def __init__(self, channel_id: int, exchange: str, routing_key: str, frame_max: int):
        method = (
            BASIC.to_bytes(2, "big")
            + PUBLISH.to_bytes(2, "big")
            + b"\x00\x00"  # reserved (ticket)
            + shortstr(exchange)
            + shortstr(routing_key)
            + b"\x00"  # mandatory, immediate: off
        )
        self.channel_id = channel_id
        self.method_frame = FRAME_HEADER.pack(1, channel_id, len(method)) + method + FRAME_END
        self.body_max = frame_max - 8  # the largest body frame payload

    def encode(
        self, body: bytes, headers: dict[str, str], content_type: str, encoding: str, corr: str
    ) -> bytes:
        properties = (
            shortstr(content_type) + shortstr(encoding) + table(headers) + b"\x02" + shortstr(corr)
        )
        header = CONTENT_HEADER.pack(BASIC, 0, len(body), FLAGS) + properties
        parts = [
            self.method_frame,
            FRAME_HEADER.pack(2, self.channel_id, len(header)),
            header,
            FRAME_END,
        ]
        for start in range(0, len(body), self.body_max):
            chunk = body[start : start + self.body_max]
            parts += (FRAME_HEADER.pack(3, self.channel_id, len(chunk)), chunk, FRAME_END)
        return b"".join(parts)
