"""Whatever a message makes the decoder raise, that message alone is dead-lettered, saying why.

Raw messages published the way any producer could, between valid ones: a 100 KB
body of nested `[` (RecursionError in json), the same as a bulk body, headers
nested deeper than py-amqp's parser can recurse, a `task` header that is a list,
a pickle content type, a 100 KB header, a body that is not UTF-8, and a 177-byte
bz2 body that inflates to 200 MB. Each lands in `<queue>.dead` once, with the
contract's reason header; the valid rows published around them are stored; the
worker never dies and its main process never inflates the bomb.
"""

import bz2
import json
import sys

import pytest
from kombu import Connection, Producer

from people_import_contract import dead_letters
from people_import_contract.queues import dead_letter_name, dead_letter_queue, exchange
from tests import services
from tests.helpers import BROKER_URL, people, publishing_connection, run_cli
from tests.hostile import (
    EMBED,
    peak_rss_mb,
)

pytestmark = pytest.mark.e2e
IMPORT_ID = "20261103T000000000000Z-abcdef"
NESTED = b"[" * 100_000  # under MAX_TASK_BYTES: decoded, and too deep
BOMB = bz2.compress(b"\0" * 200_000_000)


def person(line: int) -> bytes:
    kwargs = {"import_id": IMPORT_ID, "line": line, "full_name": f"P {line}",
              "email": f"p{line}@example.com"}  # fmt: skip
    return json.dumps([[], kwargs, EMBED]).encode()


def bulk(first: int, count: int) -> bytes:
    rows = [[n, f"P {n}", f"p{n}@example.com"] for n in range(first, first + count)]
    return json.dumps([[], {"import_id": IMPORT_ID, "rows": rows}, EMBED]).encode()


def deep_headers(depth: int) -> dict:
    value = "x"
    for _ in range(depth):
        value = [value]
    return {"deep": value}


PER_ROW, BULK = "tasks.store_person", "tasks.store_people"
# name: (routing suffix, body, content type, headers beyond lang/task/id, expected reason)
HOSTILE = {
    "nested-body": ("", NESTED, "application/json", {}, "message.undecodable"),
    "nested-bulk": (".bulk", NESTED, "application/json", {"task": BULK}, "message.undecodable"),
    "task-is-a-list": ("", person(9001), "application/json", {"task": ["x"]}, None),
    "pickle": ("", b"\x80\x04N.", "application/x-python-serialize", {}, "message.content_type"),
    "huge-header": ("", person(9002), "application/json",
                    {"task": "tasks.nope", "big": "y" * 100_000}, "message.unknown_task"),
    "not-utf8": ("", b'[[], {"a": "\xff\xfe"}, {}]', "application/json", {}, None),
    "bomb": ("", BOMB, "application/json", {"compression": "application/x-bz2"},
             "message.compressed"),
    "bulk-bomb": (".bulk", BOMB, "application/json",
                  {"task": BULK, "compression": "application/x-bz2"}, "message.compressed"),
}  # fmt: skip
DEEP_BODY = b'{"deep-headers": true}'  # its id header can't be read: found by its body


def publish(producer, queue, suffix, body, content_type, headers) -> None:
    producer.publish(
        body,
        routing_key=queue + suffix,
        headers=headers,
        content_type=content_type,
        content_encoding="binary",
        delivery_mode=2,
    )


def waiting(queue: str) -> int:
    with Connection(BROKER_URL) as connection:
        dead = dead_letter_queue(queue)(connection.default_channel)
        return dead.queue_declare(passive=True).message_count


def taken_dead_letters(queue: str) -> list[tuple[str, dict]]:
    """Each dead letter's id (or body) and headers, taken off the queue; never inflated
    (the channel's basic_get: kombu's Queue.get would inflate the bomb's copy)."""
    found = []
    with Connection(BROKER_URL) as connection:
        channel = connection.default_channel
        while (message := channel.basic_get(dead_letter_name(queue), no_ack=True)) is not None:
            headers = message.properties.get("application_headers") or {}
            key = headers.get("id") or message.body.decode(errors="replace")[:40]
            found.append((key, headers))
    return found


@pytest.mark.timeout(300)
def test_hostile_messages_are_dead_lettered_alone_and_the_worker_lives(db, env, start_worker):
    worker = start_worker()
    queue = env["IMPORT_QUEUE"]
    with publishing_connection() as connection:
        producer = Producer(
            connection.default_channel, exchange=exchange(queue), auto_declare=False
        )
        base = {"lang": "py", "task": PER_ROW}
        for line in range(2, 52):
            publish(producer, queue, "", person(line), "application/json",
                    {**base, "id": f"{IMPORT_ID}:{line}"})  # fmt: skip
        for name, (suffix, body, content_type, headers, _) in HOSTILE.items():
            publish(producer, queue, suffix, body, content_type, {**base, "id": name, **headers})
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(30_000)  # py-amqp encodes (and parses) headers recursively
        try:
            publish(producer, queue, "", DEEP_BODY, "application/json",
                    {**base, "id": "deep", **deep_headers(3000)})  # fmt: skip
        finally:
            sys.setrecursionlimit(limit)
        for line in range(52, 102):  # valid rows prefetched behind the hostile ones
            publish(producer, queue, "", person(line), "application/json",
                    {**base, "id": f"{IMPORT_ID}:{line}"})  # fmt: skip
        publish(producer, queue, ".bulk", bulk(102, 100), "application/json",
                {"lang": "py", "task": BULK, "id": f"{IMPORT_ID}:102"})  # fmt: skip
    expected = len(HOSTILE) + 1

    def settled():
        return len(people(db)) == 200 and waiting(queue) >= expected

    services.wait_until(settled, 120, "valid rows stored and hostile messages dead-lettered")
    # The CLI lists them, the bomb and the unreadable headers included, and keeps them.
    listing = run_cli(env, "dead-letters", "--json")
    assert listing.returncode == 0, listing.stderr
    assert json.loads(listing.stdout)["dead_letters"] == expected
    found = taken_dead_letters(queue)
    keys = sorted(key for key, _ in found)
    assert keys == sorted([*HOSTILE, DEEP_BODY.decode()]), keys  # each one once
    for key, headers in found:
        expected = HOSTILE[key][4] if key in HOSTILE else "message.bad_headers"
        assert headers[dead_letters.REASON] == expected or expected is None, (key, headers)
        assert headers[dead_letters.REASON].startswith("message."), (key, headers)
        assert headers[dead_letters.ORIGINAL_QUEUE].startswith(queue)
        assert float(headers[dead_letters.DEAD_AT]) > 0
        assert len(headers[dead_letters.DETAIL]) <= dead_letters.MAX_DETAIL
    assert worker.process.poll() is None  # never died
    log = worker.log_path.read_text(errors="replace")
    assert "Unrecoverable error" not in log
    peak = peak_rss_mb(worker.process.pid)  # the bomb was never inflated
    print("main process peak RSS, MB:", peak)
    assert peak < 250
