"""Nothing reaching the queue is acknowledged away: stored, dead-lettered, or counted as failed.

Raw messages, published the way another producer might: Celery headers our CLI never
sets (eta, expires, timelimit), record_import values the database can't hold, and a bulk
message whose every row is invalid. Each ends in `<queue>.dead` or in the table.
"""

import json
import subprocess

import pytest
from kombu import Producer

from people_import_contract.limits import MAX_MESSAGE_BYTES
from people_import_contract.queues import exchange
from tests import services
from tests.helpers import dead_lettered, people, publishing_connection
from tests.hostile import (
    EMBED,
    peak_rss_mb,
)

pytestmark = pytest.mark.e2e
IMPORT_ID = "20261101T000000000000Z-abcdef"
PERSON = {"import_id": IMPORT_ID, "line": 2, "full_name": "Ana", "email": "ana@example.com"}
SUMMARY = {"import_id": IMPORT_ID, "file": "x.csv", "started_at": "a", "finished_reading_at": "b",
           "rows": 1, "accepted": 1, "rejected": 0, "enqueued": 1}  # fmt: skip
BULK = "tasks.store_people"


def rows(*rows) -> dict:
    return {"import_id": IMPORT_ID, "rows": [list(r) for r in rows]}


# id: (routing suffix, task, kwargs, extra headers)
DEAD = {
    "bulk-expired": (
        "",
        BULK,
        rows((3, "Bo", "bo@example.com")),
        {"expires": "2000-01-01T00:00:00"},
    ),
    "bulk-timelimit": ("", BULK, rows((4, "Cy", "cy@example.com")), {"timelimit": [1, 1]}),
    "record-eta": ("", "tasks.record_import", SUMMARY, {"eta": "2030-01-01T00:00:00+00:00"}),
    "record-overflow": ("", "tasks.record_import", {**SUMMARY, "enqueued": 2**70}, {}),
    "record-nul": ("", "tasks.record_import", {**SUMMARY, "file": "a\x00b"}, {}),
    "bulk-all-invalid": (".bulk", BULK, rows((5, "", "x"), (6, "Di", "")), {}),
    # Celery's own tasks, which every app registers unless told otherwise (app.py).
    "builtin-chord-unlock": ("", "celery.chord_unlock", {"group_id": "g", "callback": {}}, {}),
    "builtin-backend-cleanup": ("", "celery.backend_cleanup", {}, {}),
    "unknown-task": ("", "tasks.drop_table", {}, {}),
}


def publish(queue: str, task_id: str, suffix: str, task: str, kwargs: dict, extra: dict) -> None:
    with publishing_connection() as connection:
        producer = Producer(
            connection.default_channel, exchange=exchange(queue), auto_declare=False
        )
        producer.publish(
            json.dumps([[], kwargs, EMBED]),
            routing_key=queue + suffix,
            headers={"lang": "py", "task": task, "id": task_id, **extra},
            content_type="application/json",
            content_encoding="utf-8",
            delivery_mode=2,
        )


@pytest.mark.timeout(120)
def test_messages_with_unsupported_headers_or_unstorable_values_are_dead_lettered(
    db, env, start_worker
):
    worker = start_worker()
    queue = env["IMPORT_QUEUE"]
    for task_id, (suffix, task, kwargs, extra) in DEAD.items():
        publish(queue, task_id, suffix, task, kwargs, extra)
    # A per-row message with an eta: the fast path stores it at once, never holding it;
    # Celery's default strategy (FAST_PATHS=0) parks it like the others.
    publish(queue, "person-eta", "", "tasks.store_person", PERSON, {"eta": "2030-01-01T00:00:00"})
    fast = env.get("FAST_PATHS") != "0"
    expected_dead = set(DEAD) if fast else {*DEAD, "person-eta"}
    dead = set()

    def settled():
        dead.update(dead_lettered(queue))
        return dead >= expected_dead and (people(db) or not fast)

    services.wait_until(settled, 60, "every poison message dead-lettered")
    assert dead == expected_dead
    assert people(db) == ([("Ana", "ana@example.com")] if fast else [])
    # Each dead letter is a line of the log saying why, never a traceback (log_setup.py).
    assert "Traceback" not in worker.log_path.read_text()


@pytest.mark.timeout(120)
def test_poison_inside_a_per_row_batch_touches_no_other_message(db, env, start_worker):
    start_worker()
    queue = env["IMPORT_QUEUE"]
    import_id = "20261102T000000000000Z-abcdef"  # counted apart from the test above
    person = {**PERSON, "import_id": import_id}
    good = [{**person, "line": n, "email": f"p{n}@example.com"} for n in range(2, 102)]
    for n, kwargs in enumerate(good[:50]):
        publish(queue, f"{import_id}:{n}", "", "tasks.store_person", kwargs, {})
    poison = {
        "long-id": {**person, "import_id": "2" * 10_000},
        "bad-types": {**person, "line": "two", "full_name": 42},
    }
    for task_id, kwargs in poison.items():
        publish(queue, task_id, "", "tasks.store_person", kwargs, {})
    for kwargs in good[50:]:  # an id header that is a dict is no reason to refuse a good row
        with publishing_connection() as connection:
            Producer(connection.default_channel, exchange=exchange(queue)).publish(
                json.dumps([[], kwargs, EMBED]),
                routing_key=queue,
                headers={"lang": "py", "task": "tasks.store_person", "id": {"odd": "id"}},
                content_type="application/json",
                content_encoding="utf-8",
                delivery_mode=2,
            )
    # The fast path stores the rows behind a dict id header; Celery's default strategy
    # (FAST_PATHS=0) needs a string id, so there they are parked, never half-run.
    fast = env.get("FAST_PATHS") != "0"
    stored, parked = (len(good), set(poison)) if fast else (50, {*poison, str({"odd": "id"})})
    dead = set()

    def settled():
        dead.update(dead_lettered(queue))
        return len(people(db)) == stored and dead >= parked

    services.wait_until(settled, 60, "the good rows stored and the poison parked")
    assert dead == parked
    with db.connect() as connection:
        counted = connection.exec_driver_sql(
            f"SELECT stored, failed FROM imports WHERE import_id = '{import_id}'"
        ).one()
    assert tuple(counted) == (stored, 1)  # bad types fail under the import; a 10 KB id has none


@pytest.mark.timeout(120)
def test_no_single_message_takes_a_worker_process_past_250_mb(env, start_worker):
    worker = start_worker()
    queue = env["IMPORT_QUEUE"]
    # The costliest body to decode: the smallest rows, as many as fit under the cap.
    tiny, size = [], 1024  # room for the envelope
    while size < MAX_MESSAGE_BYTES:
        tiny.append([len(tiny) + 2, "a", f"{len(tiny)}@b.co"])
        size += len(json.dumps(tiny[-1])) + 2
    tiny.pop()
    publish(queue, "at-the-cap", "", BULK, rows(*tiny), {})  # decoded, too many rows
    publish(queue, "bulk-at-the-cap", ".bulk", BULK, rows(*tiny), {})
    publish(queue, "over-the-cap", "", BULK, rows(*tiny, *tiny[:1000]), {})  # never decoded
    dead = set()

    def settled():
        dead.update(dead_lettered(queue))
        return len(dead) == 3

    services.wait_until(settled, 90, "the three large messages dead-lettered")
    children = subprocess.run(
        ["pgrep", "-P", str(worker.process.pid)], capture_output=True, text=True
    ).stdout.split()
    peaks = {pid: peak_rss_mb(int(pid)) for pid in [str(worker.process.pid), *children]}
    assert len(peaks) == 3  # the main process and its two pool processes
    print("peak RSS, MB:", peaks)
    assert max(peaks.values()) < 250, peaks
