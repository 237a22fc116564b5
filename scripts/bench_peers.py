"""`make bench`'s peers: what a user could run instead, measured in the same run.

- pgloader: a plain load (no upsert, no validation) of the file's final row per
  email into a people-shaped table, as COPY is given; the file itself has
  repeated emails, which the unique lower(email) index would refuse.
- broker ceiling: a minimal py-amqp publisher (publisher confirms in a window,
  like csv_import/publisher.py) and consumer (prefetch, multiple acks) moving the
  very messages our per-row mode sends (csv_import.messages.person_message:
  same body, headers and persistence) through queues declared from
  people_import_contract.queues, in two processes as the CLI and the worker run.
  No Celery, no database: rows/s from the first publish to the last ack.

`python scripts/bench_peers.py publish|consume ...` are those two processes.
"""

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path

from amqp import Message
from kombu import Connection

from csv_import.messages import person_message
from people_import_contract.queues import all_queues, exchange, import_queue

BROKER = os.environ.get("BROKER_CONN", "amqp://guest:guest@localhost:5672//")
# The CLI's defaults: its confirm window (Publisher.window), and the worker's per-row
# prefetch (worker_prefetch_multiplier = 2 x FLUSH_EVERY, per pool process; 2 processes)
# and batch (FLUSH_EVERY), after which it acknowledges.
WINDOW = 2000
ACK_EVERY = 500
PREFETCH = 2 * ACK_EVERY * 2

PGLOADER_COMMAND = """
LOAD CSV
     FROM '{path}' WITH ENCODING utf-8 (full_name, email, source_import, source_line)
     INTO postgresql://postgres@127.0.0.1:5432/{database}
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
        command.write(PGLOADER_COMMAND.format(path=final.resolve(), database=database, table=table))
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


def publish(path: Path, queue: str) -> None:
    """Every row of the file as a per-row message; at most WINDOW unconfirmed."""
    kombu_connection, connection = raw_connection()
    channel = connection.channel()
    channel.confirm_select()
    unconfirmed = 0

    def on_ack(delivery_tag, multiple):
        nonlocal unconfirmed
        unconfirmed = published - delivery_tag if multiple else unconfirmed - 1

    channel.events["basic_ack"].add(on_ack)
    routing_key = import_queue(queue).routing_key
    published, first = 0, None
    with path.open(encoding="utf-8") as handle:
        reader = csv.reader(handle)
        next(reader)
        for line, (full_name, email) in enumerate(reader, 2):
            body, headers, properties = person_message("ceiling", line, full_name, email)
            message = Message(
                body,
                application_headers=headers,
                content_type="application/json",
                content_encoding="utf-8",
                delivery_mode=2,  # persistent, as the CLI publishes
                **properties,
            )
            if first is None:
                first = time.time()
            channel.basic_publish(message, exchange=exchange(queue).name, routing_key=routing_key)
            published += 1
            unconfirmed += 1
            if unconfirmed >= WINDOW:  # the CLI's rule: wait until half the window is confirmed
                while unconfirmed > WINDOW // 2:
                    connection.drain_events(timeout=60)
    while unconfirmed:
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
                [*command, "publish", str(path), queue], capture_output=True, text=True
            )
            consumed = consumer.communicate(timeout=600)[0]
        if publisher.returncode or consumer.returncode:
            sys.exit(f"bench: the broker ceiling failed: {publisher.stderr[-2000:]}")
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
    consumer = commands.add_parser("consume")
    consumer.add_argument("queue")
    consumer.add_argument("total", type=int)
    options = parser.parse_args()
    if options.command == "publish":
        publish(options.path, options.queue)
    else:
        consume(options.queue, options.total)


if __name__ == "__main__":
    main()
