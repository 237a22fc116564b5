"""Publish task messages to RabbitMQ, counting a row only once the broker confirmed it.

Publisher confirms without a round trip per row: messages are published
back to back and the broker's acks (which may cover many messages at once)
are collected as they come; at most `window` messages wait unconfirmed.
Transports without confirms (the demo's filesystem transport) write each
message synchronously, so a publish that returns is confirmed.

Per-row messages go to the import queue, bulk messages to its bulk twin
(people_import_contract.queues), both through the queue's direct exchange.
"""

import logging
from collections import deque

from kombu import Connection, Producer
from kombu.exceptions import KombuError

from csv_import.errors import ServiceError
from csv_import.fast_publish import FramedWrites
from people_import_contract.connections import malformed, redact, scrub, transport_options
from people_import_contract.queues import all_queues, bulk_queue, exchange, import_queue

log = logging.getLogger(__name__)


class Publisher:
    def __init__(
        self,
        broker_url: str,
        queue: str,
        window: int = 2000,
        ssl: dict | bool = False,
        fast_paths: bool = True,
        queue_type: str = "classic",
    ):
        self.broker_url = broker_url
        self.queue = queue
        self.queues = all_queues(queue, queue_type)  # ValueError: an unknown queue type
        self.routing_keys = {
            False: import_queue(queue).routing_key,
            True: bulk_queue(queue).routing_key,
        }
        self.window = window
        self.fast_paths = fast_paths
        self.unconfirmed: deque[tuple[int, int, int]] = deque()  # (delivery tag, line, rows)
        self.acked: set[int] = set()
        self.published = 0
        self.confirmed_rows = 0
        self.confirmed_line = 0
        self.framed: FramedWrites | None = None
        try:
            self.connection = Connection(
                broker_url,
                transport_options=transport_options(broker_url),
                connect_timeout=10,
                ssl=ssl,  # people_import_contract.connections.amqp_ssl(): verified TLS for amqps://
            )
        except ValueError:
            raise ServiceError(malformed(broker_url, "broker")) from None
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
            for queue in self.queues:
                queue.bind(channel).declare()
            self.confirms = hasattr(channel, "confirm_select")
            if self.confirms:
                channel.confirm_select()
                channel.events["basic_ack"].add(self._on_ack)
                channel.events["basic_nack"].add(self._on_nack)
            self.producer = Producer(channel, exchange=exchange(self.queue), auto_declare=False)
            if self.confirms and self.fast_paths:
                # From here on only publishes (no RPC) on this channel until release.
                self.framed = FramedWrites(
                    self.connection.connection, channel.channel_id, self.queue
                )
        except ValueError:
            raise ServiceError(malformed(self.broker_url, "broker")) from None
        except self.errors as error:
            message = scrub(str(error), self.broker_url)
            raise ServiceError(
                f"broker unreachable at {redact(self.broker_url)}: {message}"
            ) from None
        return self

    def __exit__(self, *exc_info):
        self.connection.release()

    def publish(
        self, message: tuple[bytes, dict, dict], line: int, rows: int = 1, bulk: bool = False
    ) -> None:
        """`line` is the message's last line; `rows` how many rows it carries."""
        body, headers, properties = message
        routing_key = self.routing_keys[bulk]
        try:
            if self.framed is not None:
                self.framed.publish(routing_key, body, headers, properties["correlation_id"])
            else:
                self._publish_with_kombu(routing_key, body, headers, properties)
            self.published += 1
            if not self.confirms:
                self._settle(line, rows)
                return
            self.unconfirmed.append((self.published, line, rows))
            if len(self.unconfirmed) >= self.window:
                self._wait_until(len(self.unconfirmed) // 2)
        except self.errors as error:
            raise self._lost(error) from None

    def _publish_with_kombu(
        self, routing_key: str, body: bytes, headers: dict, properties: dict
    ) -> None:
        self.producer.publish(
            body,
            routing_key=routing_key,
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
        if self.framed is not None:
            self.framed.flush()
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
