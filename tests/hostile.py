"""What the hostile-message tests share: raw AMQP messages among valid rows, and their ends.

`tests/test_hostile_*.py` publish messages the way any producer on the broker could
(py-amqp, exactly the properties given), each `Case` behind a valid row, then check that
each case is stored or dead-lettered once, with an allowed reason, that every valid row
around it is stored once and that the import's counts in PostgreSQL are exact
(`settle_and_check`). `mode_worker` is the one worker per mode (fast paths or not, a queue
type) the later rounds share between their tests.
"""

import calendar
import json
import os
import re
import sys
import time
import uuid
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from unittest import mock

import amqp
import pytest
from kombu import Connection

from people_import_contract import dead_letters
from people_import_contract.amqp_frames import amqp_options
from people_import_contract.queues import bulk_name, dead_letter_name
from tests import services
from tests.helpers import BACKEND_URL, BROKER_URL, Worker, people

MODES = pytest.mark.parametrize("fast", [True, False], ids=["fast-paths", "FAST_PATHS=0"])
PERSON, PEOPLE = "tasks.store_person", "tasks.store_people"
EMBED = {"callbacks": None, "errbacks": None, "chain": None, "chord": None}
STORED = "stored"
EXPIRED = "broker.expired"  # RabbitMQ's own dead-lettering (x-death), no reason of ours
NESTED = ["message.bad_shape", "message.undecodable"]  # Celery's strategy: over MAX_NESTING
JSON = "application/json"


def email(line: int) -> str:
    return f"p{line}@example.com"


def kwargs_of(import_id: str, line: int, **changes) -> dict:
    return {"import_id": import_id, "line": line, "full_name": f"P {line}",
            "email": email(line), **changes}  # fmt: skip


def task_body(kwargs, embed=EMBED, args=()) -> bytes:
    return json.dumps([list(args), kwargs, embed]).encode()


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def deep(depth: int) -> list:
    value: list = []
    for _ in range(depth - 1):
        value = [value]
    return value


def publish(channel, queue: str, body: bytes, suffix: str = "", **properties) -> None:
    """One raw message through py-amqp: exactly the properties given, nothing added."""
    channel.basic_publish(amqp.Message(body, **properties), exchange=queue,
                          routing_key=queue + suffix)  # fmt: skip


def taken_dead_letters(queue: str) -> list[tuple[dict, bytes]]:
    """Headers and body of each dead letter, taken off the queue (never inflated, never decoded
    with the codec its content_encoding names: the contract's frame handler, as the CLI)."""
    found = []
    with Connection(BROKER_URL, transport_options=amqp_options(BROKER_URL)) as connection:
        channel = connection.default_channel
        while (message := channel.basic_get(dead_letter_name(queue), no_ack=True)) is not None:
            found.append((message.properties.get("application_headers") or {}, message.body))
    return found


def reason_of(headers: dict) -> str:
    if dead_letters.REASON in headers:
        return headers[dead_letters.REASON]
    deaths = headers.get("x-death") or [{}]
    return f"broker.{deaths[0].get('reason')}"


def waiting(queue: str) -> int:
    with Connection(BROKER_URL) as connection:
        return connection.default_channel.queue_declare(queue=queue, passive=True).message_count


def counts(db, import_id: str) -> tuple[int, int, dict]:
    with db.connect() as connection:
        row = connection.exec_driver_sql(
            "SELECT stored, failed FROM imports WHERE import_id = %s", (import_id,)
        ).one_or_none()
        reasons = dict(
            connection.exec_driver_sql(
                "SELECT reason, count FROM import_failures WHERE import_id = %s AND count > 0",
                (import_id,),
            ).all()
        )
    return (row[0], row[1], reasons) if row else (0, 0, reasons)


def stored_lines(db) -> set[int]:
    found = (re.fullmatch(r"p([0-9]+)@example\.com", address) for _name, address in people(db))
    return {int(match[1]) for match in found if match}


class Case:
    """A hostile message, known by its `x-case` header or, without headers, its body."""

    def __init__(self, line, body, headers, properties=None, fast=(), slow=None, suffix=""):
        self.line, self.body, self.headers, self.suffix = line, body, headers, suffix
        self.properties = {"content_type": JSON, "delivery_mode": 2, **(properties or {})}
        self.fast = set(fast)  # allowed outcomes: STORED or a reason
        self.slow = self.fast if slow is None else set(slow)


def bulk_body(import_id, rows, **extra) -> bytes:
    return task_body({"import_id": import_id, "rows": rows, **extra})


def rows_of(first: int, count: int) -> list:
    return [[n, f"P {n}", email(n)] for n in range(first, first + count)]


def settle_and_check(db, queue, worker, cases, import_id, good_lines, bad_rows=0):
    """Wait for every case to be stored or dead-lettered; then check each and the counts."""
    dead: dict[str, list[tuple[dict, bytes]]] = {}
    unknown: list = []

    def take():
        for headers, body in taken_dead_letters(queue):
            name = headers.get("x-case")
            if name is None:  # no headers of its own: known by its body
                name = next((n for n, c in cases.items() if c.body == body), None)
            (dead.setdefault(name, []) if name in cases else unknown).append((headers, body))

    def settled():
        take()
        stored = stored_lines(db)
        return good_lines <= stored and all(
            name in dead or case.line in stored or not case.fast for name, case in cases.items()
        )

    try:
        services.wait_until(settled, 90, "every case stored or dead-lettered")
    except TimeoutError:
        stored = stored_lines(db)
        missing = [n for n, c in cases.items() if n not in dead and c.line not in stored]
        unstored = sorted(good_lines - stored)[:20]
        raise AssertionError(f"unsettled: {missing}, good rows {unstored}") from None
    time.sleep(1)  # anything settling late (twice, or a callback's row) shows now
    take()
    stored = stored_lines(db)
    assert worker.process.poll() is None, "the worker died"
    assert unknown == [], unknown
    problems = []
    for name, case in cases.items():
        outcomes = [reason_of(h) for h, _ in dead.get(name, [])]
        if case.line in stored:
            outcomes.append(STORED)
        allowed = case.fast if worker.fast else case.slow
        expected_once = len(outcomes) == 1 and outcomes[0] in allowed
        if not (expected_once if allowed else outcomes == []):
            problems.append((name, outcomes, sorted(allowed)))
    assert problems == [], problems
    assert good_lines <= stored and 9999 not in stored  # no callback ran
    counted = sum(h.get(dead_letters.COUNTED) == "1" for v in dead.values() for h, _ in v)
    if callable(bad_rows):  # rows failed in messages that were stored: known once settled
        bad_rows = bad_rows(dead)
    assert counts(db, import_id)[:2] == (len(stored), counted + bad_rows)
    log = worker.log_path.read_text(errors="replace")
    assert "Unrecoverable error" not in log and "Error in timer" not in log
    return dead


REPLAYED = {dead_letters.REPLAYED: "1", dead_letters.COUNTED: "1"}


FAR_FUTURE = datetime(9999, 12, 31, 23, 59, 58)  # written as 2**40 s: year 36812


@contextmanager
def timestamps_past_year_9999():
    """py-amqp writes a datetime as calendar.timegm's seconds (never past 9999), and reads
    one with datetime.fromtimestamp, which raises past 9999: FAR_FUTURE is written 2**40."""
    timegm = calendar.timegm

    def far(moment):
        return 2**40 if tuple(moment[:6]) == FAR_FUTURE.timetuple()[:6] else timegm(moment)

    with mock.patch.object(amqp.serialization.calendar, "timegm", far):
        yield


def publish_among_valid(queue: str, import_id: str, cases: dict[str, Case]) -> set[int]:
    """Each case behind a valid message on the same queue; the valid rows' lines."""
    good = set()
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(10_000)  # py-amqp encodes nested headers recursively
    try:
        with (
            Connection(BROKER_URL, transport_options={"confirm_publish": True}) as connection,
            timestamps_past_year_9999(),
        ):
            channel = connection.default_channel
            for number, case in enumerate(cases.values()):
                first = 100 + 10 * number
                if case.suffix:
                    rows = rows_of(first, 10)
                    good.update(range(first, first + 10))
                    body, headers = bulk_body(import_id, rows), {"task": PEOPLE}
                else:
                    good.add(first)
                    body, headers = task_body(kwargs_of(import_id, first)), {"task": PERSON}
                headers = {"lang": "py", "id": f"g{first}", **headers}
                publish(channel, queue, body, case.suffix, content_type=JSON,
                        application_headers=headers, delivery_mode=2)  # fmt: skip
                extra = {} if case.headers is None else {"application_headers": case.headers}
                properties = {k: v for k, v in case.properties.items() if v is not None}
                publish(channel, queue, case.body, case.suffix, **properties, **extra)
    finally:
        sys.setrecursionlimit(limit)
    return good


def peak_rss_mb(pid: int) -> float:
    """The kernel's high-water mark of one process's resident memory (proc(5): VmHWM)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError(f"no VmHWM for {pid}")


def mode_worker(mode: tuple[bool, str], database_url: str, tmp_path_factory, name: str):
    """One worker (fast paths or not) on a queue of its own of that type (quorum, classic),
    for every test of a module in that mode: yields it, then stops it and deletes its queues."""
    fast, kind = mode
    queue, logs = f"e2e-{name}-{uuid.uuid4().hex[:8]}", tmp_path_factory.mktemp(name)
    env = {**os.environ, "BROKER_CONN": BROKER_URL, "BACKEND_CONN": BACKEND_URL,
           "DATABASE_URL": database_url, "IMPORT_QUEUE": queue, "LOGS_DIR": str(logs),
           "IMPORT_QUEUE_TYPE": kind, "FAST_PATHS": "1" if fast else "0"}  # fmt: skip
    started = Worker(env, logs / "worker.log")
    started.fast, started.queue, started.queue_type, started.env = fast, queue, kind, env
    yield started
    started.stop()
    with Connection(BROKER_URL) as connection:
        channel = connection.channel()
        for name in (queue, bulk_name(queue), f"{queue}.dead"):
            channel.queue_delete(name)
            channel.exchange_delete(name)
