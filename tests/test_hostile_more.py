"""Headers and bodies Celery itself acts on, and a bulk row PostgreSQL can't hold.

Raw messages among valid ones, each of which escaped before the worker checked it:
a `stamped_headers` header that is not a list (the worker stopped, "Unrecoverable error",
in both modes, and again at every start), an embed that is not an object (the message
was never settled), kwargs that are a list or hold `self` (acknowledged away, no dead
letter), callbacks (the worker published a task of the sender's choosing), a chord's
group header, and a per-row body of 640 KB of small objects (decoded in the main process:
8 MB of them took it to 460 MB). Each lands in `<queue>.dead` with its reason; the valid
rows around them are stored, the callback's row is not; a bulk message with one row
holding a lone surrogate stores its other rows and counts that one failed with its
reason (docs/worker.md: a bulk message with some invalid rows); the worker lives,
consumes a message sent after them all, and leaves nothing unsettled.
"""

import json

import pytest
from kombu import Connection, Producer

from people_import_contract import dead_letters
from people_import_contract.queues import bulk_name, dead_letter_name, exchange
from tests import services
from tests.helpers import BROKER_URL, people, publishing_connection
from tests.hostile import (
    EMBED,
    waiting,
)

pytestmark = pytest.mark.e2e
IMPORT_ID = "20261106T000000000000Z-abcdef"
RECORDED = "20261106T000000000000Z-fedcba"  # the record_import messages' import
SUMMARY = {"import_id": RECORDED, "file": "x.csv", "started_at": "a", "finished_reading_at": "b",
           "rows": 1, "accepted": 1, "rejected": 0, "enqueued": 1}  # fmt: skip
PERSON, PEOPLE, RECORD = "tasks.store_person", "tasks.store_people", "tasks.record_import"


def person(line: int) -> dict:
    return {"import_id": IMPORT_ID, "line": line, "full_name": f"P {line}",
            "email": f"p{line}@example.com"}  # fmt: skip


def body(kwargs, embed=EMBED, args=()) -> bytes:
    return json.dumps([list(args), kwargs, embed]).encode()


CALLBACK = {"task": PERSON, "args": [], "kwargs": person(9001), "options": {},
            "subtask_type": None, "immutable": True}  # fmt: skip
# id: (task, body, extra headers, reason)
HOSTILE = {
    "embed-not-object": (RECORD, body(SUMMARY, 5), {}, "message.bad_shape"),
    "kwargs-a-list": (RECORD, body([]), {}, "message.bad_shape"),
    "self-kwarg": (PEOPLE, body({"self": 1, "import_id": IMPORT_ID,
                                 "rows": [[9002, "S", "s9002@example.com"]]}), {},
                   "message.bad_shape"),
    "callback": (RECORD, body(SUMMARY, {**EMBED, "callbacks": [CALLBACK]}), {},
                 "message.bad_shape"),
    "chord-group": (RECORD, body(SUMMARY), {"group": "g1", "group_index": 0},
                    "message.bad_headers"),
    # Decoded in the main process: 8 MB of these took it to 460 MB; over MAX_TASK_BYTES.
    "big-per-row": (PERSON, b"[" + b",".join([b'{"":{}}'] * 80_000) + b"]", {},
                    "message.too_large"),
    # Last, behind valid record_import messages that keep the pool busy: Celery then runs
    # the request later, from the pool's semaphore, outside any handler of ours.
    "stamped-headers": (RECORD, body(SUMMARY), {"stamped_headers": 5}, "message.bad_headers"),
}  # fmt: skip
SURROGATE_LINE = 150


def publish(producer, queue: str, suffix: str, task: str, task_id: str, payload: bytes, **extra):
    producer.publish(
        payload,
        routing_key=queue + suffix,
        headers={"lang": "py", "task": task, "id": task_id, **extra},
        content_type="application/json",
        content_encoding="utf-8",
        delivery_mode=2,
    )


def taken_dead_letters(queue: str) -> dict[str, dict]:
    found = {}
    with Connection(BROKER_URL) as connection:
        channel = connection.default_channel
        while (message := channel.basic_get(dead_letter_name(queue), no_ack=True)) is not None:
            headers = message.properties.get("application_headers") or {}
            found[str(headers.get("id"))] = headers
    return found


@pytest.mark.timeout(240)
def test_headers_and_bodies_celery_acts_on_are_dead_lettered_alone(db, env, start_worker):
    worker = start_worker()
    queue = env["IMPORT_QUEUE"]
    rows = [[n, f"P {n}", f"p{n}@example.com"] for n in range(100, 200)]
    rows[SURROGATE_LINE - 100][1] = "Bad \ud800"  # json.dumps writes it as the escape \ud800
    with publishing_connection() as connection:
        producer = Producer(
            connection.default_channel, exchange=exchange(queue), auto_declare=False
        )
        for line in range(2, 32):
            publish(producer, queue, "", PERSON, f"{IMPORT_ID}:{line}", body(person(line)))
        for name, (task, payload, extra, _reason) in HOSTILE.items():
            if name == "stamped-headers":
                for n in range(4):
                    publish(producer, queue, "", RECORD, f"{RECORDED}:{n}", body(SUMMARY))
            publish(producer, queue, "", task, name, payload, **extra)
        for line in range(32, 62):  # prefetched behind the hostile ones
            publish(producer, queue, "", PERSON, f"{IMPORT_ID}:{line}", body(person(line)))
        publish(producer, queue, ".bulk", PEOPLE, f"{IMPORT_ID}:100",
                body({"import_id": IMPORT_ID, "rows": rows}))  # fmt: skip
    dead: dict[str, dict] = {}

    def settled():
        dead.update(taken_dead_letters(queue))
        return len(people(db)) == 60 + 99 and set(dead) >= set(HOSTILE)

    services.wait_until(settled, 90, "valid rows stored and hostile messages dead-lettered")
    with publishing_connection() as connection:  # still consuming, after them all
        producer = Producer(connection.default_channel, exchange=exchange(queue))
        publish(producer, queue, "", PERSON, f"{IMPORT_ID}:62", body(person(62)))
    services.wait_until(lambda: len(people(db)) == 160, 30, "a row sent after them all stored")

    assert set(dead) == set(HOSTILE), sorted(dead)  # each once, and nothing else
    for name, headers in dead.items():
        assert headers[dead_letters.REASON] == HOSTILE[name][3], (name, headers)
        assert headers[dead_letters.ORIGINAL_QUEUE] == queue
    stored = {email for _name, email in people(db)}
    expected = {f"p{n}@example.com" for n in [*range(2, 63), *range(100, 200)]}
    assert stored == expected - {f"p{SURROGATE_LINE}@example.com"}  # no callback's, no self's
    with db.connect() as connection:
        failed = connection.exec_driver_sql(
            "SELECT reason, count FROM import_failures WHERE import_id = %s", (IMPORT_ID,)
        ).all()
        recorded = connection.exec_driver_sql(
            "SELECT count(*) FROM imports WHERE import_id = %s", (RECORDED,)
        ).scalar()
    assert failed == [("name.invalid", 1)]  # the surrogate's row, by its reason
    assert recorded == 1  # by the valid record_import messages alone
    assert worker.process.poll() is None
    assert "Unrecoverable error" not in worker.log_path.read_text(errors="replace")
    worker.stop()  # whatever it held unsettled goes back to the queue
    assert waiting(queue) == 0 and waiting(bulk_name(queue)) == 0
    assert taken_dead_letters(queue) == {}
