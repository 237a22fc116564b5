"""A sixth pass of hostile messages: Celery's protocol headers, protocol 1 bodies, AMQP sizes.

Per-row messages among valid rows, both `FAST_PATHS`: time limits tiny, zero, negative or
text, a countdown, a shadow name, root and parent ids that are not text, a 100 KB origin,
an empty header name, 5,000 headers (refused since the seventh pass: MAX_HEADER_VALUES),
headers and ids that fill the header frame (and must fit again, with our reason, in the dead
letter), forged and malformed `x-death` headers on
messages the worker dead-letters itself, content encodings the CLI never sends, Celery
protocol 1 bodies (task, eta and callbacks in the body), task names with a NUL and Celery's
built-ins, and a 100 MB body. The same on the bulk queue, with Celery's headers set. Each is
stored or dead-lettered once, nothing else moves, every valid row around it is stored once.

And the memory valid per-row messages at the size cap cost while storing is stalled: the
main process holds every prefetched one.
"""

import json
import time

import pytest
from kombu import Connection

from people_import_contract.limits import MAX_TASK_BYTES, new_import_id
from people_import_contract.queues import bulk_name
from tests import services
from tests.helpers import BROKER_URL
from tests.hostile import (
    JSON,
    MODES,
    PEOPLE,
    PERSON,
    STORED,
    Case,
    bulk_body,
    kwargs_of,
    peak_rss_mb,
    publish,
    settle_and_check,
    stored_lines,
    task_body,
    waiting,
)

pytestmark = pytest.mark.e2e
FRAME = 131_072  # RabbitMQ's default frame_max


def per_row_cases(import_id: str) -> dict[str, Case]:
    cases: dict[str, Case] = {}
    lines = iter(range(1000, 2000))

    def add(name, body_of=None, headers=None, properties=None, fast=(STORED,), slow=None):
        line = next(lines)
        body = body_of(line) if body_of else task_body(kwargs_of(import_id, line))
        base = {"lang": "py", "task": PERSON, "id": f"{import_id}:{line}", "x-case": name}
        all_headers = None if headers is False else {**base, **(headers or {})}
        cases[name] = Case(line, body, all_headers, properties, fast, slow)

    def unstorable(line):  # dead-lettered by storing, in the pool, with its headers
        return task_body(kwargs_of(import_id, line, email="nope"))

    refused = ["message.bad_headers"]  # Celery's strategy (FAST_PATHS=0) acts on these
    for name, value in [("tiny", [0.001, 0.001]), ("zero", [0, 0]), ("negative", [-1, -1]),
                        ("text", ["a", "b"])]:  # fmt: skip
        add(f"timelimit-{name}", headers={"timelimit": value}, slow=refused)
    add("countdown", headers={"countdown": 10**6}, slow=refused)
    add("shadow", headers={"shadow": "x" * 1000}, slow=refused)
    add("root-and-parent-id-not-text", headers={"root_id": 5, "parent_id": {"a": 1}}, slow=refused)
    add("origin-100-kb", headers={"origin": "o" * 100_000})
    add("empty-header-name", headers={"": "x"}, slow=refused)
    # Over MAX_HEADER_VALUES (dead_letters.py): refused before the main process holds them.
    add("5000-x-headers", headers={f"x-h{n}": n for n in range(5000)},
        fast=["message.bad_headers"])  # fmt: skip
    add("5000-x-headers-dead", unstorable, headers={f"x-h{n}": n for n in range(5000)},
        fast=["message.bad_headers"])  # fmt: skip
    for margin in (10, 300, 1000):  # the dead letter's header frame: ours added, over frame_max
        pad = {"x-pad": "p" * (FRAME - 8 - margin - 400)}
        add(f"frame-full-of-headers-{margin}", unstorable, headers=pad, fast=["email.invalid"])
    add("frame-full-id", unstorable, headers={"id": "i" * (FRAME - 600)}, fast=["email.invalid"])
    death = {"count": 99, "reason": "rejected", "queue": "people", "routing-keys": ["people"]}
    add("x-death-forged", headers={"x-death": [death]})
    # Malformed, on messages the worker takes (never with `expiration`: RabbitMQ 3.10's own
    # dead-lettering of an expired one crashed on an array of numbers, see docs/security.md).
    for name, value in [("text", "nope"), ("array-of-ints", [5, [6]]), ("table", {"count": "x"})]:
        add(f"x-death-{name}", headers={"x-death": value})
        add(f"x-death-{name}-dead", unstorable, headers={"x-death": value}, fast=["email.invalid"])
    for encoding in ("binary", "utf-16", "nonsense", "utf-8; q=1"):
        add(f"encoding-{encoding}", properties={"content_encoding": encoding},
            fast=[STORED, "message.undecodable"])  # fmt: skip

    def protocol_1(line):  # Celery's first protocol: task, id, eta and callbacks in the body
        callback = {"task": PERSON, "kwargs": kwargs_of(import_id, 9999)}
        return json.dumps({"task": PERSON, "id": "p1", "args": [],
                           "kwargs": kwargs_of(import_id, line), "eta": "2999-01-01T00:00:00",
                           "callbacks": [callback], "errbacks": [callback]}).encode()  # fmt: skip

    add("protocol-1", protocol_1, headers=False, fast=["message.bad_shape"], slow=refused)
    add("protocol-1-with-headers", protocol_1, fast=["message.bad_shape"])
    add("protocol-1-void-task", protocol_1, headers={"task": None}, fast=["message.unknown_task"])
    add("task-with-nul", headers={"task": PERSON + "\x00"}, fast=["message.unknown_task"])
    for builtin in ("celery.ping", "celery.map", "celery.starmap", "celery.chunks",
                    "celery.group", "celery.chain", "celery.chord"):  # fmt: skip
        add(f"task-{builtin}", headers={"task": builtin}, fast=["message.unknown_task"])
    add("body-100-mb", lambda line: task_body(kwargs_of(import_id, line)).ljust(100_000_000),
        fast=["message.too_large"])  # fmt: skip
    return cases


@MODES
@pytest.mark.timeout(300)
def test_celery_headers_protocol_1_and_frame_sizes_end_stored_or_dead_lettered_once(
    db, env, start_worker, fast
):
    worker = start_worker(extra_env={"FAST_PATHS": "1" if fast else "0"})
    worker.fast = fast
    queue, import_id = env["IMPORT_QUEUE"], new_import_id()
    cases = per_row_cases(import_id)
    good = set()
    with Connection(BROKER_URL, transport_options={"confirm_publish": True}) as connection:
        channel = connection.default_channel
        for number, case in enumerate(cases.values()):
            line = 2 + number  # a valid row before each case
            good.add(line)
            publish(channel, queue, task_body(kwargs_of(import_id, line)),
                    application_headers={"lang": "py", "task": PERSON, "id": f"g{line}"},
                    content_type=JSON, delivery_mode=2)  # fmt: skip
            extra = {} if case.headers is None else {"application_headers": case.headers}
            properties = {k: v for k, v in case.properties.items() if v is not None}
            publish(channel, queue, case.body, **properties, **extra)
    settle_and_check(db, queue, worker, cases, import_id, good)
    worker.stop()
    assert waiting(queue) == 0 and waiting(bulk_name(queue)) == 0


@MODES
@pytest.mark.timeout(300)
def test_per_row_messages_at_the_cap_held_while_storing_stalls_keep_the_main_process_small(
    db, env, start_worker, fast
):
    """The worker's main process holds every prefetched message until it is stored. While
    storing is stalled (here the people table is locked), 800 valid per-row messages padded to
    the cap took it to 310 MB on the fast path when the cap was 512 KB, and to 190 MB with
    Celery's strategy prefetching the fast path's window (1,000 per process) at 128 KB. Now
    about 190 MB and 90 MB: the cap is 128 KB, Celery's strategy prefetches 4 per process."""
    queue, import_id = env["IMPORT_QUEUE"], new_import_id()
    worker = start_worker(extra_env={"FAST_PATHS": "1" if fast else "0"})
    lines = range(2, 802)
    with db.connect() as lock:
        stalled = lock.begin()
        lock.exec_driver_sql("LOCK TABLE people IN ACCESS EXCLUSIVE MODE")
        with Connection(BROKER_URL, transport_options={"confirm_publish": True}) as connection:
            for line in lines:
                publish(connection.default_channel, queue,
                        task_body(kwargs_of(import_id, line)).ljust(MAX_TASK_BYTES),
                        application_headers={"lang": "py", "task": PERSON, "id": f"m{line}"},
                        content_type=JSON, delivery_mode=2)  # fmt: skip
        window = 2 * (1000 if fast else 4)  # two pool processes
        left = max(len(lines) - window, 0)
        services.wait_until(lambda: waiting(queue) <= left, 60, "the window delivered")
        time.sleep(1)  # read by the main process
        peak = peak_rss_mb(worker.process.pid)
        stalled.rollback()
    services.wait_until(lambda: stored_lines(db) == set(lines), 120, "every row stored")
    print(f"main process peak while stalled: {peak:.0f} MB")
    assert peak < (250 if fast else 150)


@MODES
@pytest.mark.timeout(300)
def test_bulk_messages_with_frame_filling_headers_protocol_1_or_100_mb_end_once(
    db, env, start_worker, fast
):
    """The bulk queue: its consumer hands the body to the pool undecoded, whatever the headers."""
    worker = start_worker(extra_env={"FAST_PATHS": "1" if fast else "0"})
    worker.fast = fast
    queue, import_id = env["IMPORT_QUEUE"], new_import_id()
    cases: dict[str, Case] = {}
    starts = iter(range(10_000, 10_000_000, 1_000))

    def add(name, body=None, extra=None, allowed=(STORED,), invalid=False):
        line = next(starts)
        rows = [[n, "P", "nope" if invalid else f"p{n}@example.com"] for n in range(line, line + 3)]
        body = bulk_body(import_id, rows) if body is None else body(line)
        headers = {"lang": "py", "task": PEOPLE, "id": f"b{line}", "x-case": name, **(extra or {})}
        cases[name] = Case(line, body, headers, None, allowed, suffix=".bulk")

    for margin in (10, 1000):
        pad = {"x-pad": "p" * (FRAME - 8 - margin - 400)}
        add(f"frame-full-of-headers-{margin}", extra=pad)
        add(f"frame-full-of-headers-{margin}-dead", extra=pad, invalid=True,
            allowed=["email.invalid"])  # fmt: skip
    add("frame-full-id-dead", extra={"id": "i" * (FRAME - 600)}, invalid=True,
        allowed=["email.invalid"])  # fmt: skip
    add("5000-x-headers", extra={f"x-h{n}": n for n in range(5000)},
        allowed=["message.bad_headers"])  # fmt: skip
    for name, value in [("text", "nope"), ("array-of-ints", [5, [6]])]:
        add(f"x-death-{name}", extra={"x-death": value})
        add(f"x-death-{name}-dead", extra={"x-death": value}, invalid=True,
            allowed=["email.invalid"])  # fmt: skip
    add("celery-headers", extra={"eta": "2999-01-01T00:00:00", "timelimit": [0.001, 0.001],
                                 "callbacks": [{"task": PERSON}], "group": "g"})  # fmt: skip
    add("protocol-1", lambda line: json.dumps({"task": PEOPLE, "id": "p", "args": [],
        "kwargs": {"import_id": import_id, "rows": [[line, "P", f"p{line}@example.com"]]},
        "eta": "2999-01-01T00:00:00"}).encode(), allowed=["message.undecodable"])  # fmt: skip
    add("body-100-mb", lambda line: bulk_body(import_id, [[line, "P", f"p{line}@example.com"]])
        .ljust(100_000_000), allowed=["message.too_large"])  # fmt: skip
    good = set()
    with Connection(BROKER_URL, transport_options={"confirm_publish": True}) as connection:
        channel = connection.default_channel
        for number, case in enumerate(cases.values()):
            first = 100 + 10 * number  # a valid bulk message before each case
            rows = [[n, "G", f"p{n}@example.com"] for n in range(first, first + 10)]
            good.update(row[0] for row in rows)
            headers = {"lang": "py", "task": PEOPLE, "id": f"g{first}"}
            publish(channel, queue, bulk_body(import_id, rows), ".bulk", content_type=JSON,
                    application_headers=headers)  # fmt: skip
            publish(channel, queue, case.body, case.suffix, application_headers=case.headers,
                    **case.properties)  # fmt: skip
    # Each dead letter of three invalid rows counts them all (settle_and_check counts one).
    dead_rows = lambda dead: 2 * sum(name.endswith("-dead") for name in dead)  # noqa: E731
    settle_and_check(db, queue, worker, cases, import_id, good, bad_rows=dead_rows)
    worker.stop()
    assert waiting(queue) == 0 and waiting(bulk_name(queue)) == 0
