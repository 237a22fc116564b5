"""`make bench`'s peers: what a user could run instead, measured in the same run.

- pgloader: a plain load (no upsert, no validation) of the file's final row per
  email into a people-shaped table, as COPY is given; the file itself has
  repeated emails, which the unique lower(email) index would refuse.
- bare ceiling: the broker alone, with the cheapest clients we can write. Before the
  clock starts, the publisher encodes the per-row messages of the file's first rows
  (csv_import.messages.person_message: same body, headers and persistence) into
  basic.publish frames (csv_import.fast_publish: the bytes py-amqp would send) and
  joins them into blocks; it then only writes blocks on a py-amqp connection, with
  publisher confirms and at most WINDOW unconfirmed, cycling the blocks until `rows`
  messages are sent. The consumer (py-amqp, prefetch, one multiple ack per ACK_EVERY)
  runs in a second process, as the worker does, on queues declared from
  people_import_contract.queues (quorum or classic). No Celery, no encoding while
  timed, no database: msgs/s from the first publish to the last ack.

`python scripts/bench_peers.py publish|consume ...` are those two processes.
"""

import argparse
import csv
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path

from kombu import Connection

from csv_import.fast_publish import PublishFrames
from csv_import.messages import person_message
from people_import_contract.queues import all_queues, exchange, import_queue

BROKER = os.environ.get("BROKER_CONN", "amqp://guest:guest@localhost:5672//")
# The CLI's defaults: its confirm window (Publisher.window), and the worker's per-row
# prefetch (worker_prefetch_multiplier = 2 x FLUSH_EVERY, per pool process; 2 processes)
# and batch (FLUSH_EVERY), after which it acknowledges.
WINDOW = 2000
ACK_EVERY = 500
PREFETCH = 2 * ACK_EVERY * 2
# Pre-built messages: the file's first POOL rows, cycled; written BLOCK per system call.
POOL = 50_000
BLOCK = 500

PGLOADER_COMMAND = """
LOAD CSV
     FROM '{path}' WITH ENCODING utf-8 (full_name, email, source_import, source_line)
     INTO postgresql://postgres@127.0.0.1:{port}/{database}
     TARGET TABLE {table}
     TARGET COLUMNS (full_name, email, source_import, source_line)
     WITH fields optionally enclosed by '"',
          fields escaped by double-quote,
          fields terminated by ','
;
"""


def pgloader_seconds(cursor, database: str, table: str, final: Path, rows: int) -> float:
    """pgloader 3.6 loading `final` (bench.final_rows_file) into `table`, wall time of the
    whole command as a user runs it (its own start-up included). pgloader's CSV load keeps
    the table's indexes unless told `drop indexes` (its docs, ref/csv), so the unique
    lower(email) index is maintained row by row, as for COPY."""
    with tempfile.NamedTemporaryFile("w", suffix=".load", delete=False) as command:
        command.write(
            PGLOADER_COMMAND.format(
                path=final.resolve(),
                port=cursor.connection.get_dsn_parameters()["port"],
                database=database,
                table=table,
            )
        )
    try:
        started = time.perf_counter()
        result = subprocess.run(
            ["pgloader", "--quiet", command.name], capture_output=True, text=True
        )
        seconds = time.perf_counter() - started
    finally:
        os.unlink(command.name)
    cursor.execute(f"SELECT count(*) FROM {table}")
    loaded = cursor.fetchone()[0]
    if result.returncode != 0 or loaded != rows:
        sys.exit(f"bench: pgloader loaded {loaded} of {rows} rows: {result.stderr[-2000:]}")
    return seconds


def declare(queue: str, queue_type: str) -> None:
    with Connection(BROKER) as connection:
        channel = connection.default_channel
        for declared in all_queues(queue, queue_type):
            declared.bind(channel).declare()


def delete(queue: str) -> None:
    """The queue's three queues (the contract's names, whatever their type) and its exchange."""
    with Connection(BROKER) as connection:
        for declared in all_queues(queue):
            connection.default_channel.queue_delete(declared.name)
        connection.default_channel.exchange_delete(exchange(queue).name)


def raw_connection():
    """py-amqp's own Connection (kombu only parses BROKER_CONN and connects)."""
    connection = Connection(BROKER)
    connection.connect()
    return connection, connection.connection


def encoded_messages(path: Path, queue: str, channel_id: int, frame_max: int) -> list[bytes]:
    """The file's first POOL rows as per-row messages, each encoded as its frames."""
    frames = PublishFrames(
        channel_id, exchange(queue).name, import_queue(queue).routing_key, frame_max
    )
    encoded = []
    with path.open(encoding="utf-8") as handle:
        reader = csv.reader(handle)
        next(reader)
        for line, (full_name, email) in enumerate(reader, 2):
            if len(encoded) == POOL:
                break
            body, headers, properties = person_message("ceiling", line, full_name, email)
            corr = properties["correlation_id"]
            encoded.append(frames.encode(body, headers, "application/json", "utf-8", corr))
    return encoded


def blocks(encoded: list[bytes], rows: int) -> Iterator[tuple[int, bytes]]:
    """(messages, bytes) to write, `rows` messages in all: blocks of BLOCK messages joined
    once, cycled; only a shorter last block is joined on the way."""
    joined = [
        (at, len(encoded[at : at + BLOCK]), b"".join(encoded[at : at + BLOCK]))
        for at in range(0, len(encoded), BLOCK)
    ]
    left = rows
    for at, size, block in itertools.cycle(joined):
        if left <= 0:
            return
        if size > left:  # the last: this block's first `left` messages
            size, block = left, b"".join(encoded[at : at + left])
        left -= size
        yield size, block


def publish(path: Path, queue: str, rows: int) -> None:
    """`rows` pre-built messages, written a block at a time; at most WINDOW unconfirmed."""
    kombu_connection, connection = raw_connection()
    channel = connection.channel()
    channel.confirm_select()
    encoded = encoded_messages(path, queue, channel.channel_id, connection.frame_max)
    prepared = blocks(encoded, rows)
    prepared = itertools.chain([next(prepared)], prepared)  # joined before the clock starts
    confirmed = 0

    def on_ack(delivery_tag, multiple):
        nonlocal confirmed
        confirmed = delivery_tag if multiple else confirmed + 1

    def on_nack(delivery_tag, multiple):
        sys.exit(f"bench: the broker refused message {delivery_tag}")

    channel.events["basic_ack"].add(on_ack)
    channel.events["basic_nack"].add(on_nack)
    published, first = 0, time.time()
    for size, block in prepared:
        while published + size - confirmed > WINDOW:
            connection.drain_events(timeout=60)
        connection.transport.write(block)
        published += size
    while confirmed < published:
        connection.drain_events(timeout=60)
    print(json.dumps({"published": published, "first": first, "confirmed": time.time()}))
    kombu_connection.release()


def consume(queue: str, total: int) -> None:
    """Acknowledge every ACK_EVERY messages with one multiple ack, until `total`."""
    kombu_connection, connection = raw_connection()
    channel = connection.channel()
    channel.basic_qos(0, PREFETCH, False)
    received = 0

    def on_message(message):
        nonlocal received
        received += 1
        if received % ACK_EVERY == 0 or received == total:
            channel.basic_ack(message.delivery_tag, multiple=True)

    channel.basic_consume(queue, callback=on_message)
    print("ready", flush=True)
    while received < total:
        connection.drain_events(timeout=60)
    print(json.dumps({"received": received, "last_ack": time.time()}))
    kombu_connection.release()


def broker_ceiling(path: Path, rows: int, queue: str, queue_type: str, usage=None) -> float:
    """Seconds from the first publish to the last ack; `usage(consumer_pid)` may return a
    context manager (bench_usage.Usage) to sample the two processes meanwhile."""
    declare(queue, queue_type)
    command = [sys.executable, __file__]
    try:
        consumer = subprocess.Popen(
            [*command, "consume", queue, str(rows)], stdout=subprocess.PIPE, text=True
        )
        if consumer.stdout.readline().strip() != "ready":
            sys.exit("bench: the ceiling's consumer did not start")
        with usage(consumer.pid) if usage else nullcontext():
            publisher = subprocess.run(
                [*command, "publish", str(path), queue, str(rows)], capture_output=True, text=True
            )
            consumed = consumer.communicate(timeout=600)[0]
        if publisher.returncode or consumer.returncode:
            sys.exit(f"bench: the bare ceiling failed: {publisher.stderr[-2000:]}")
        published, received = json.loads(publisher.stdout), json.loads(consumed)
        assert published["published"] == received["received"] == rows, (published, received)
        return received["last_ack"] - published["first"]
    finally:
        delete(queue)


def main() -> None:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command", required=True)
    publisher = commands.add_parser("publish")
    publisher.add_argument("path", type=Path)
    publisher.add_argument("queue")
    publisher.add_argument("rows", type=int)
    consumer = commands.add_parser("consume")
    consumer.add_argument("queue")
    consumer.add_argument("total", type=int)
    options = parser.parse_args()
    if options.command == "publish":
        publish(options.path, options.queue, options.rows)
    else:
        consume(options.queue, options.total)


if __name__ == "__main__":
    main()
