"""The CLI's fast path: basic.publish frames encoded directly, sent many per system call.

kombu and py-amqp build a Message object and serialize its properties
generically for every publish, and send each with its own sendall(); at tens
of thousands of rows a second that was half of the CLI's time (py-spy). Our
messages always have the same shape: string headers, a content type and
encoding, persistent delivery and a correlation id. PublishFrames writes
exactly the bytes py-amqp would (tests/unit/test_fast_publish.py compares them),
with the constant parts encoded once per exchange and routing key, and
FramedWrites hands them to py-amqp's public `transport.write` in large pieces.

FAST_PATHS=0 (people_import_contract.fast_paths) turns this off: the publisher
then calls kombu's Producer.publish for every message.
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


class FramedWrites:
    """Publishes on one channel of a py-amqp connection, buffered into large writes.

    Frames wait in the buffer only until it is full or until the caller waits
    for confirms (flush first), so nothing sits here while we wait for the
    broker. Unsent frames are simply dropped on failure: never confirmed, never
    counted.
    """

    LIMIT = 256 * 1024

    def __init__(self, connection, channel_id: int, exchange: str):
        self.transport = connection.transport
        self.frame_max = connection.frame_max
        self.channel_id, self.exchange = channel_id, exchange
        self.frames: dict[str, PublishFrames] = {}
        self.buffer = bytearray()

    def publish(self, routing_key: str, body: bytes, headers: dict, correlation_id: str) -> None:
        frames = self.frames.get(routing_key)
        if frames is None:
            frames = self.frames[routing_key] = PublishFrames(
                self.channel_id, self.exchange, routing_key, self.frame_max
            )
        self.buffer += frames.encode(body, headers, "application/json", "utf-8", correlation_id)
        if len(self.buffer) >= self.LIMIT:
            self.flush()

    def flush(self) -> None:
        if self.buffer:
            data, self.buffer = bytes(self.buffer), bytearray()
            self.transport.write(data)
