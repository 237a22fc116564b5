"""Publish task messages to RabbitMQ, counting a row only once the broker confirmed it.

Publisher confirms without a round trip per row: messages are published
back to back and the broker's acks (which may cover many messages at once)
are collected as they come; at most `window` messages (and `window_bytes` of
bodies) wait unconfirmed. Transports without confirms (the demo's filesystem
transport) write each message synchronously, so a publish that returns is
confirmed.

BROKER_CONN may list several nodes of one cluster, `;`-separated (kombu's
failover syntax). When the node we publish to is lost, the publisher moves to
the next one that answers and publishes again every message the lost node had
not confirmed: some may then be in the queue twice, which the worker's
idempotent upsert and replay check absorb (store_people/store.py). With one
node, losing it ends the import (exit 1, "rerun the same command").

Per-row messages go to the import queue, bulk messages to its bulk twin
(people_import_contract.queues), both through the queue's direct exchange.

A RabbitMQ memory or disk alarm blocks publishers (connection.blocked): the node stops
reading their sockets until it clears. The publisher waits for it as for a confirm, up to
FAILOVER_SECONDS (patient_socket), and says so if it gives up.
"""

import logging
import socket
import time
from collections import deque
from typing import NamedTuple

from kombu import Connection, Producer
from kombu.exceptions import KombuError

from csv_import.errors import ServiceError
from csv_import.fast_publish import FramedWrites
from people_import_contract.connections import (
    TlsFiles,
    amqp_ssl,
    malformed,
    redact,
    scrub,
    transport_options,
)
from people_import_contract.queues import (
    DEFAULT_QUEUE_TYPE,
    all_queues,
    bulk_queue,
    exchange,
    import_queue,
    mismatch,
)

log = logging.getLogger(__name__)

FAILOVER_SECONDS = 60.0  # how long the cluster may go without confirming anything


def patient_socket(url: str) -> dict:
    """Transport options that let a RabbitMQ connection wait out a blocked node.

    py-amqp sets TCP_USER_TIMEOUT to 1 s on its sockets (DEFAULT_SOCKET_SETTINGS): data the
    peer has not read for 1 s ends the connection. A node under a memory or disk alarm stops
    reading a publisher's socket until the alarm clears (RabbitMQ docs, "Blocked Connection
    Notifications"), so an alarm of a few seconds mid-file ended the import: exit 1, "lost
    the broker ([Errno 110] Connection timed out)". Here it is FAILOVER_SECONDS, the time
    the publisher gives a broker to confirm anyway.
    """
    option = getattr(socket, "TCP_USER_TIMEOUT", None)  # Linux only
    if option is None or url.split(":", 1)[0] not in ("amqp", "amqps", "pyamqp"):
        return {}
    return {"socket_settings": {option: int(FAILOVER_SECONDS * 1000)}}


class Refused(Exception):
    """The broker nacked a message: it did not take responsibility for it."""


class Pending(NamedTuple):
    """A published message the broker has not confirmed yet, kept to publish it again."""

    tag: int
    line: int
    rows: int
    message: tuple[bytes, dict, dict]
    bulk: bool


class Publisher:
    def __init__(
        self,
        broker_url: str,
        queue: str,
        window: int = 2000,
        tls: TlsFiles | None = None,
        fast_paths: bool = True,
        queue_type: str = DEFAULT_QUEUE_TYPE,
        window_bytes: int = 16 << 20,
    ):
        self.broker_url = broker_url
        self.nodes = [url for url in broker_url.split(";") if url.strip()] or [broker_url]
        self.node = 0  # index of the node we publish to
        self.tls = tls or TlsFiles()
        self.queue, self.queue_type = queue, queue_type
        self.queues = all_queues(queue, queue_type)  # ValueError: an unknown queue type
        self.routing_keys = {
            False: import_queue(queue).routing_key,
            True: bulk_queue(queue).routing_key,
        }
        self.window, self.window_bytes = window, window_bytes
        self.fast_paths = fast_paths
        self.unconfirmed: deque[Pending] = deque()
        self.unconfirmed_bytes = 0
        self.acked: set[int] = set()
        self.published = 0  # delivery tags of the current channel
        self.confirmed_rows = 0
        self.confirmed_line = 0
        self.failovers = 0
        self.failing_since = 0.0  # when the current run of failovers began (0: none)
        self.blocked = ""  # why the node blocked publishing (connection.blocked), while it does
        self.framed: FramedWrites | None = None
        self.confirms = False
        connections = [self._connection(url) for url in self.nodes]  # malformed: one line
        self.connection = connections[0]
        # Everything a lost or refusing broker can raise, as one tuple to catch.
        self.errors = (
            (KombuError, OSError, Refused)
            + self.connection.connection_errors
            + self.connection.channel_errors
        )

    def _connection(self, url: str) -> Connection:
        try:
            return Connection(
                url,
                transport_options={
                    **transport_options(url),
                    **patient_socket(url),
                    **self._blocking_callbacks(url),
                },
                connect_timeout=10,
                ssl=amqp_ssl(url, self.tls),  # verified TLS for amqps://, this node's host name
            )
        except ValueError:
            raise ServiceError(malformed(self.broker_url, "BROKER_CONN")) from None

    def _blocking_callbacks(self, url: str) -> dict:
        """py-amqp's connection.blocked / unblocked callbacks (RabbitMQ only)."""
        if not patient_socket(url):
            return {}
        return {"on_blocked": self._on_blocked, "on_unblocked": self._on_unblocked}

    def _on_blocked(self, reason: str) -> None:
        self.blocked = str(reason)[:200] or "a resource alarm"
        log.warning("the broker blocked publishing: %s", self.blocked)

    def _on_unblocked(self) -> None:
        self.blocked = ""
        log.info("the broker unblocked publishing")

    def __enter__(self):
        # One node: three tries, as kombu spaces them; several: each in turn, three rounds.
        one = len(self.nodes) == 1
        self._connect(rounds=1 if one else 3, retries=2 if one else 0, pause=2.0)
        return self

    def __exit__(self, *exc_info):
        try:
            self.connection.release()
        except self.errors:
            pass  # a lost node: nothing left to close

    def _connect(self, rounds: int, retries: int, pause: float, deadline: float = 0) -> None:
        """Open a channel on the first node that answers, starting with the current one."""
        error = None
        for attempt in range(rounds * len(self.nodes)):
            if deadline and time.monotonic() > deadline:
                break
            if attempt and attempt % len(self.nodes) == 0:
                time.sleep(pause)
            try:
                self._open(self.nodes[self.node], retries)
                return
            except ValueError:
                raise ServiceError(malformed(self.broker_url, "BROKER_CONN")) from None
            except self.errors as failure:
                line = mismatch(failure, self.queue_type)
                if line is not None:
                    raise ServiceError(line) from None
                error = failure
                self._drop()
                self.node = (self.node + 1) % len(self.nodes)
        raise ServiceError(
            f"broker unreachable at {redact(self.broker_url)}: {self._scrubbed(error)}"
        )

    def _open(self, url: str, retries: int) -> None:
        self.connection = self._connection(url)
        self.connection.ensure_connection(max_retries=retries)
        channel = self.connection.channel()
        for queue in self.queues:
            queue.bind(channel).declare()
        self.confirms = hasattr(channel, "confirm_select")
        if self.confirms:
            channel.confirm_select()
            channel.events["basic_ack"].add(self._on_ack)
            channel.events["basic_nack"].add(self._on_nack)
        self.producer = Producer(channel, exchange=exchange(self.queue), auto_declare=False)
        self.framed = None
        if self.confirms and self.fast_paths:
            # From here on only publishes (no RPC) on this channel until release.
            self.framed = FramedWrites(self.connection.connection, channel.channel_id, self.queue)
        self.published = 0
        self.acked.clear()

    def _drop(self) -> None:
        """Forget the current connection without talking to it (its node may be gone)."""
        try:
            self.connection.collect()
        except Exception:  # whatever state the socket was left in, we are done with it
            pass

    def publish(
        self, message: tuple[bytes, dict, dict], line: int, rows: int = 1, bulk: bool = False
    ) -> None:
        """`line` is the message's last line; `rows` how many rows it carries."""
        self._guarded(lambda: self._send(Pending(0, line, rows, message, bulk)))
        if len(self.unconfirmed) >= self.window or self.unconfirmed_bytes >= self.window_bytes:
            half = len(self.unconfirmed) // 2
            self._guarded(lambda: self._wait_until(half, self.window_bytes // 2))

    def flush(self, timeout: float = 60.0) -> None:
        """Wait until the broker confirmed every published message."""
        self._guarded(lambda: self._wait_until(0, 0, timeout))

    def settle(self, timeout: float) -> bool:
        """Read the confirms of what was sent, for `timeout` seconds at most; never raises.

        An import that stops early counts what RabbitMQ confirmed: without this, the
        confirms still on their way (up to the window) would go uncounted while the
        worker stores their rows. No failover here: a lost node confirms nothing more.
        True if every message sent is confirmed.
        """
        deadline = time.monotonic() + timeout
        try:
            if self.framed is not None:
                self.framed.flush()
            while self.confirms and self.unconfirmed and (left := deadline - time.monotonic()) > 0:
                self.connection.drain_events(timeout=left)
        except (TimeoutError, *self.errors):
            pass
        return not self.unconfirmed

    def send_now(self, message: tuple[bytes, dict, dict], timeout: float) -> bool:
        """Publish one message that carries no row and wait for its confirm; never raises."""
        try:
            self._send(Pending(0, 0, 0, message, False))
        except self.errors:
            return False
        return self.settle(timeout)

    def consumers(self, bulk: bool) -> int | None:
        """How many consumers the queue has (queue.declare, passive); None if unknown.

        The filesystem transport (the demo) can't tell: its consumers live in other processes.
        """
        if not self.confirms:
            return None
        queue = self.routing_keys[bulk]
        try:
            # A channel of its own: the publishing one takes only publishes (fast_publish.py).
            with self.connection.channel() as channel:
                return channel.queue_declare(queue, passive=True).consumer_count
        except self.errors:
            return None

    def _guarded(self, action) -> None:
        while True:
            try:
                return action()
            except self.errors as error:
                self._fail_over(error)

    def _send(self, entry: Pending) -> None:
        body, headers, properties = entry.message
        routing_key = self.routing_keys[entry.bulk]
        if self.framed is not None:
            self.framed.publish(routing_key, body, headers, properties["correlation_id"])
        else:
            self._publish_with_kombu(routing_key, body, headers, properties)
        self.published += 1
        if not self.confirms:
            self._settle(entry)
            return
        self.unconfirmed.append(entry._replace(tag=self.published))
        self.unconfirmed_bytes += len(body)

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

    def _wait_until(self, pending: int, size: int, timeout: float = 60.0) -> None:
        if not self.confirms:
            return  # nothing is ever unconfirmed
        if self.framed is not None:
            self.framed.flush()
        while len(self.unconfirmed) > pending or self.unconfirmed_bytes > size:
            self.connection.drain_events(timeout=timeout)

    def _fail_over(self, error) -> None:
        """The node is lost: move to another and publish again what it had not confirmed.

        A nack comes from a node that is up: its queue had no leader to take the message
        yet (a quorum queue elects one after its leader's node died). Then we wait a little
        and publish again through the same node.
        """
        lost = self.nodes[self.node]
        now = time.monotonic()
        self.failing_since = self.failing_since or now
        if len(self.nodes) == 1 or not self.confirms or now - self.failing_since > FAILOVER_SECONDS:
            raise self._lost(error, lost)
        self.failovers += 1
        self._drop()
        if isinstance(error, Refused):
            time.sleep(min(0.25 * self.failovers, 2.0))
        else:
            self.node = (self.node + 1) % len(self.nodes)
        deadline = now + FAILOVER_SECONDS
        try:
            self._connect(rounds=10**6, retries=0, pause=1.0, deadline=deadline)
        except ServiceError as failure:
            raise self._lost(error, lost, f"; no other node answered: {failure}") from None
        pending, self.unconfirmed, self.unconfirmed_bytes = list(self.unconfirmed), deque(), 0
        log.warning(
            "%s at %s (%s); moved to %s, publishing again %d unconfirmed messages",
            "refused" if isinstance(error, Refused) else "lost the broker",
            redact(lost),
            self._scrubbed(error),
            redact(self.nodes[self.node]),
            len(pending),
        )
        for position, entry in enumerate(pending):
            try:
                self._send(entry)
            except BaseException:
                self.unconfirmed.extend(pending[position:])  # sent again on the next node
                raise

    def _on_ack(self, delivery_tag: int, multiple: bool) -> None:
        if multiple:
            while self.unconfirmed and self.unconfirmed[0].tag <= delivery_tag:
                self._settle(self.unconfirmed.popleft())
        else:
            self.acked.add(delivery_tag)
        while self.unconfirmed and self.unconfirmed[0].tag in self.acked:
            self.acked.discard(self.unconfirmed[0].tag)
            self._settle(self.unconfirmed.popleft())

    def _on_nack(self, delivery_tag: int, multiple: bool) -> None:
        raise Refused(f"the broker refused a message (delivery {delivery_tag})")

    def _settle(self, entry: Pending) -> None:
        self.failing_since = 0.0  # the cluster confirms again
        self.confirmed_rows += entry.rows
        self.confirmed_line = max(self.confirmed_line, entry.line)
        if self.confirms:
            self.unconfirmed_bytes -= len(entry.message[0])

    def _scrubbed(self, error) -> str:
        return scrub(str(error), self.broker_url)

    def _lost(self, error, node: str, why: str = "") -> ServiceError:
        if isinstance(error, Refused):
            what = str(error)
        else:
            what = f"lost the broker at {redact(node)} ({self._scrubbed(error)})"
        if self.blocked:
            what += f" while it blocked publishing ({self.blocked}: a memory or disk alarm)"
        return ServiceError(
            f"{what}{why}; confirmed through line {self.confirmed_line}; "
            "rerun the same command to finish"
        )
