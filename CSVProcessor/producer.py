"""Publish task messages to RabbitMQ, counting a row only once the broker confirmed it.

Publisher confirms without a round trip per row: messages are published
back to back and the broker's acks (which may cover many messages at once)
are collected as they come; at most `window` messages wait unconfirmed.
Transports without confirms (the demo's filesystem transport) write each
message synchronously, so a publish that returns is confirmed.
"""

import logging
from collections import deque

from kombu import Connection, Exchange, Producer, Queue
from kombu.exceptions import KombuError

from config import redact, transport_options
from errors import ServiceError
from frames import PublishFrames

log = logging.getLogger(__name__)


def import_queue(queue: str) -> Queue:
    """Must match StorePeople/worker_config.py: RabbitMQ refuses a different redeclaration."""
    return Queue(
        queue,
        Exchange(queue, type="direct", durable=True),
        routing_key=queue,
        durable=True,
        queue_arguments={
            "x-dead-letter-exchange": "",
            "x-dead-letter-routing-key": f"{queue}.dead",
        },
    )


class CoalescedWrites:
    """Send many small AMQP frames with one system call instead of one each.

    py-amqp writes every message with its own sendall(); at tens of thousands
    of rows per second that syscall is the largest single cost. Frames are
    buffered here and sent when the buffer is full or before waiting for
    confirms, so nothing waits in the buffer while we wait for the broker.
    """

    LIMIT = 256 * 1024

    def __init__(self, transport):
        self.transport = transport
        self.send = transport._write  # the socket's sendall
        self.buffer = bytearray()
        transport._write = self.write

    def restore(self) -> None:
        """Unsent frames are dropped: they were never confirmed, so never counted."""
        self.transport._write = self.send

    def write(self, data: bytes) -> None:
        self.buffer += data
        if len(self.buffer) >= self.LIMIT:
            self.flush()

    def flush(self) -> None:
        if self.buffer:
            data, self.buffer = bytes(self.buffer), bytearray()
            self.send(data)


class Publisher:
    def __init__(self, broker_url: str, queue: str, window: int = 2000, ssl: dict | bool = False):
        self.broker_url = broker_url
        self.queue = import_queue(queue)
        self.window = window
        self.unconfirmed: deque[tuple[int, int, int]] = deque()  # (delivery tag, line, rows)
        self.acked: set[int] = set()
        self.published = 0
        self.confirmed_rows = 0
        self.confirmed_line = 0
        self.connection = Connection(
            broker_url,
            transport_options=transport_options(broker_url),
            connect_timeout=10,
            ssl=ssl,  # config.TlsOptions.amqp_ssl(): verified TLS for amqps://
        )
        # Everything a lost or refusing broker can raise, as one tuple to catch.
        self.errors = (
            (KombuError, OSError)
            + self.connection.connection_errors
            + self.connection.channel_errors
        )

    def __enter__(self):
        try:
            self.connection.ensure_connection(max_retries=2)
            channel = self.connection.channel()
            self.queue.bind(channel).declare()
            Queue(f"{self.queue.name}.dead", durable=True).bind(channel).declare()
            self.confirms = hasattr(channel, "confirm_select")
            if self.confirms:
                channel.confirm_select()
                channel.events["basic_ack"].add(self._on_ack)
                channel.events["basic_nack"].add(self._on_nack)
            self.producer = Producer(channel, exchange=self.queue.exchange, auto_declare=False)
            if self.confirms:
                # Last: from here on only publishes (no RPC) until release.
                self.writes = CoalescedWrites(self.connection.connection.transport)
                self.frames = PublishFrames(
                    channel.channel_id,
                    self.queue.exchange.name,
                    self.queue.routing_key,
                    self.connection.connection.frame_max,
                )
        except self.errors as error:
            raise ServiceError(
                f"broker unreachable at {redact(self.broker_url)}: {error}"
            ) from None
        return self

    def __exit__(self, *exc_info):
        if self.confirms:
            self.writes.restore()
        self.connection.release()

    def publish(self, message: tuple[bytes, dict, dict], line: int, rows: int = 1) -> None:
        """`line` is the message's last line; `rows` how many rows it carries."""
        body, headers, properties = message
        try:
            if self.confirms:  # AMQP: our own frames, the same bytes (frames.py)
                frames = self.frames.encode(
                    body, headers, "application/json", "utf-8", properties["correlation_id"]
                )
                self.writes.write(frames)
            else:
                self._publish_with_kombu(body, headers, properties)
            self.published += 1
            if not self.confirms:
                self._settle(line, rows)
                return
            self.unconfirmed.append((self.published, line, rows))
            if len(self.unconfirmed) >= self.window:
                self._wait_until(len(self.unconfirmed) // 2)
        except self.errors as error:
            raise self._lost(error) from None

    def _publish_with_kombu(self, body: bytes, headers: dict, properties: dict) -> None:
        self.producer.publish(
            body,
            routing_key=self.queue.routing_key,
            headers=headers,
            content_type="application/json",
            content_encoding="utf-8",
            delivery_mode=2,
            retry=False,
            **properties,
        )

    def flush(self, timeout: float = 60.0) -> None:
        """Wait until the broker confirmed every published message."""
        try:
            self._wait_until(0, timeout)
        except self.errors as error:
            raise self._lost(error) from None

    def _wait_until(self, pending: int, timeout: float = 60.0) -> None:
        if not self.confirms:
            return  # nothing is ever unconfirmed
        self.writes.flush()
        while len(self.unconfirmed) > pending:
            self.connection.drain_events(timeout=timeout)

    def _on_ack(self, delivery_tag: int, multiple: bool) -> None:
        if multiple:
            while self.unconfirmed and self.unconfirmed[0][0] <= delivery_tag:
                self._settle(*self.unconfirmed.popleft()[1:])
        else:
            self.acked.add(delivery_tag)
        while self.unconfirmed and self.unconfirmed[0][0] in self.acked:
            self.acked.discard(self.unconfirmed[0][0])
            self._settle(*self.unconfirmed.popleft()[1:])

    def _on_nack(self, delivery_tag: int, multiple: bool) -> None:
        raise ServiceError(
            f"the broker refused a message (delivery {delivery_tag}); "
            f"confirmed through line {self.confirmed_line}; rerun the same command to finish"
        )

    def _settle(self, line: int, rows: int) -> None:
        self.confirmed_rows += rows
        self.confirmed_line = max(self.confirmed_line, line)

    def _lost(self, error) -> ServiceError:
        return ServiceError(
            f"lost the broker at {redact(self.broker_url)} ({error}); "
            f"confirmed through line {self.confirmed_line}; rerun the same command to finish"
        )
