"""A fifth pass of hostile messages, on both queues, with and without the fast paths.

Raw AMQP messages among valid rows, published the way any producer on the broker
could: content types and encodings the CLI never sends, `compression` headers the
worker knows and doesn't, headers of every type AMQP tables carry (decimals,
timestamps, bytes, void, tables and arrays nested hundreds deep), Celery's own
headers set to past, future and malformed values, callbacks naming other tasks and a
`reply_to`, bodies at the edges of JSON (nesting just under the interpreter's limit,
duplicate keys, NaN, lone surrogates, NUL, overlong UTF-8, a BOM, 5,000 digits),
priority and expiration properties, bodies around the frame size and the size caps,
and a message with no properties at all. Bulk messages: one bad row among 999, a row
whose line is nested 900 deep, an empty batch, one row over the row cap, a wrong,
future or never-recorded import id.

For each: the worker lives, the message is stored or dead-lettered (once, with a
`message.` reason; or dead-lettered by RabbitMQ itself when it expired, with
`x-death`), never runs another task nor replies anywhere, every valid row around it is
stored once, and the import's counts in PostgreSQL are exact: `stored` is the rows
stored, `failed` the dead letters that say they were counted.
"""

import bz2
import gzip
import lzma
import pickle
import socket
import sys
import time
import zlib
from datetime import datetime
from decimal import Decimal

import amqp
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from kombu import Connection

from people_import_contract import dead_letters
from people_import_contract.limits import (
    MAX_MESSAGE_BYTES,
    MAX_ROWS_PER_MESSAGE,
    MAX_TASK_BYTES,
    new_import_id,
)
from people_import_contract.queues import bulk_name
from tests import services
from tests.helpers import BROKER_URL
from tests.hostile import (
    EMBED,
    EXPIRED,
    JSON,
    MODES,
    NESTED,
    PEOPLE,
    PERSON,
    STORED,
    Case,
    bulk_body,
    counts,
    deep,
    email,
    kwargs_of,
    nested,
    publish,
    reason_of,
    rows_of,
    settle_and_check,
    stored_lines,
    taken_dead_letters,
    task_body,
    waiting,
)

pytestmark = pytest.mark.e2e


def per_row_cases(import_id: str, reply_to: str) -> dict[str, Case]:
    cases: dict[str, Case] = {}
    lines = iter(range(1000, 2000))

    def add(name, body_of=None, headers=None, properties=None, fast=(STORED,), slow=None):
        line = next(lines)
        body = body_of(line) if body_of else task_body(kwargs_of(import_id, line))
        base = {"lang": "py", "task": PERSON, "id": f"{import_id}:{line}", "x-case": name}
        all_headers = None if headers is False else {**base, **(headers or {})}
        cases[name] = Case(line, body, all_headers, properties, fast, slow)

    def person(**changes):
        return lambda line: task_body(kwargs_of(import_id, line, **changes))

    def text(template: str):  # a body written by hand: {id} and {line} filled in
        return lambda line: (
            template.replace("{id}", import_id).replace("{line}", str(line)).encode()
        )

    # Content types and encodings: never deserialized, never inflated.
    evil = pickle.dumps(eval, protocol=4)  # unpickling it would only fetch a builtin
    add("pickle", lambda _: evil, properties={"content_type": "application/x-python-serialize"},
        fast=["message.content_type"])  # fmt: skip
    add(
        "yaml",
        lambda _: b"!!python/object/apply:os.system ['false']",
        properties={"content_type": "application/x-yaml"},
        fast=["message.content_type"],
    )
    add("msgpack", lambda _: b"\x93\x90\x80\x80",
        properties={"content_type": "application/x-msgpack"},
        fast=["message.content_type"])  # fmt: skip
    add(
        "json-charset",
        properties={"content_type": "application/json; charset=utf-8"},
        fast=["message.content_type"],
    )
    add("no-properties", properties={"content_type": None, "delivery_mode": None}, headers=False,
        fast=["message.content_type"])  # fmt: skip
    add("zlib-encoding", lambda line: zlib.compress(task_body(kwargs_of(import_id, line))),
        properties={"content_encoding": "zlib"}, fast=["message.undecodable"])  # fmt: skip
    bomb = zlib.compress(b" " * 50_000_000, 9)
    for name, compression in [
        ("zlib-bomb", "application/x-gzip"), ("zlib-alias", "zlib"), ("gzip-alias", "gzip"),
        ("bzip2", "application/x-bz2"), ("bzip2-alias", "bzip2"),
        ("brotli", "application/x-brotli"),
        ("lzma", "application/x-lzma"), ("zstd", "application/zstd"),
        ("unknown-compression", "application/x-nonsense"),
    ]:  # fmt: skip
        add(name, lambda _: bomb, headers={"compression": compression},
            fast=["message.compressed"])  # fmt: skip
    add("gzip-body", lambda _: gzip.compress(b" " * 10_000_000), headers={"compression": "gzip"},
        fast=["message.compressed"])  # fmt: skip
    add("compression-table", headers={"compression": {"a": "gzip"}}, fast=["message.compressed"])
    add("compression-int", headers={"compression": 7}, fast=["message.compressed"])
    # Headers of every type an AMQP table carries.
    for name, value in [("decimal", Decimal("1.5")), ("timestamp", datetime(2001, 2, 3)),
                        ("bytes", b"\xff\xfe"), ("void", None), ("int", 7), ("bool", True),
                        ("float", 1.5), ("table", {"a": [1, {"b": None}]}),
                        ("array", [1, "x"])]:  # fmt: skip
        add(f"id-{name}", headers={"id": value}, slow=["message.bad_headers"])
        add(f"x-header-{name}", headers={f"x-{name}": value})
    add("no-id", headers={"id": None}, slow=["message.bad_headers"])
    add("task-int", headers={"task": 5}, fast=["message.unknown_task"])
    add("task-bytes", headers={"task": b"\xfftasks.store_person"}, fast=["message.unknown_task"])
    add("task-void", headers={"task": None}, fast=["message.unknown_task"])
    add("task-decimal", headers={"task": Decimal("1.1")}, fast=["message.unknown_task"])
    add("task-celery-builtin", headers={"task": "celery.accumulate"}, fast=["message.unknown_task"])
    add("task-bulk-on-row-queue", headers={"task": PEOPLE}, fast=["message.bad_shape"])
    add("argsrepr-huge", headers={"argsrepr": "a" * 100_000, "kwargsrepr": "{" * 10_000})
    add("retries-negative", headers={"retries": -1}, slow=["message.bad_headers"])
    add("retries-huge", headers={"retries": 2**62}, slow=["message.bad_headers"])
    for name, value in [("malformed", "not a date"), ("past", "1970-01-01T00:00:00"),
                        ("future", "9999-12-31T23:59:59+00:00"), ("table", {"a": 1})]:  # fmt: skip
        add(f"eta-{name}", headers={"eta": value}, slow=["message.bad_headers"])
        add(f"expires-{name}", headers={"expires": value}, slow=["message.bad_headers"])
    other = {"task": PERSON, "args": [], "kwargs": kwargs_of(import_id, 9999),
             "options": {}, "subtask_type": None, "immutable": True}  # fmt: skip
    undo = {**other, "task": "tasks.undo_import",
            "kwargs": {"import_id": import_id, "request_id": "x"}}  # fmt: skip
    for name in ("group", "chord", "callbacks", "errbacks", "link", "link_error", "chain"):
        add(f"header-{name}", headers={name: [other] if name != "group" else "g1"},
            slow=["message.bad_headers"])  # fmt: skip
    for name in ("callbacks", "errbacks", "chain", "chord"):
        add(f"embed-{name}", lambda line, name=name: task_body(
            kwargs_of(import_id, line), {**EMBED, name: [undo, other]}),
            slow=["message.bad_shape"])  # fmt: skip
    add("reply-to", properties={"reply_to": reply_to, "correlation_id": "c1"})
    add("priority", properties={"priority": 9})
    add("expiration", properties={"expiration": "1"}, fast=[STORED, EXPIRED])
    # Bodies at the edges of JSON.
    for depth in (100, 500, 800, 900, 950, 970, 990):  # just under what json decodes
        add(
            f"nested-line-{depth}",
            text(
                '[[], {"import_id": "{id}", "line": '
                + nested(depth)
                + ', "full_name": "N", "email": "n@example.com"}, {}]'
            ),  # fmt: skip
            fast=["message.bad_line", "message.undecodable"],
            slow=NESTED,
        )
        add(
            f"nested-id-{depth}",
            text(
                '[[], {"import_id": '
                + nested(depth)
                + ', "line": {line}, "full_name": "N", "email": "n@example.com"}, {}]'
            ),  # fmt: skip
            fast=["message.bad_import_id", "message.undecodable"],
            slow=NESTED,
        )
        add(f"nested-merge-{depth}", text('[[], {"import_id": "{id}", "line": {line}, '
            '"full_name": "N", "email": "n@example.com", "merge": ' + nested(depth) + "}, {}]"),
            fast=["message.bad_merge", "message.undecodable"], slow=NESTED)  # fmt: skip
        # Headers py-amqp parsed (or could not: bad_headers): ignored by the fast path.
        add(
            f"nested-x-header-{depth}",
            headers={"x-deep": deep(depth)},
            fast=[STORED, "message.bad_headers"],
            slow=["message.bad_headers"],
        )
        add(
            f"nested-id-header-{depth}",
            headers={"id": deep(depth)},
            fast=[STORED, "message.bad_headers"],
            slow=["message.bad_headers"],
        )
        add(f"nested-record-{depth}", text('[[], {"import_id": "{id}", "file": ' + nested(depth)
            + "}, {}]"), headers={"task": "tasks.record_import"},
            fast=["message.bad_shape", "message.undecodable"])  # fmt: skip
    add(
        "duplicate-keys",
        text(
            '[[], {"import_id": "{id}", "line": 1, "line": {line}, '
            '"full_name": "D", "email": "p{line}@example.com"}, {}]'
        ),
    )
    add(
        "nan-line",
        text(
            '[[], {"import_id": "{id}", "line": NaN, "full_name": "N", '
            '"email": "p{line}@example.com"}, {}]'
        ),
        fast=["message.bad_line"],
    )
    add(
        "infinity-name",
        text(
            '[[], {"import_id": "{id}", "line": {line}, "full_name": Infinity, '
            '"email": "p{line}@example.com"}, {}]'
        ),
        fast=["message.bad_types"],
    )
    add("float-email", person(email=1.5), fast=["message.bad_types"])
    add("surrogate-name", person(full_name="A\ud800"), fast=["name.invalid"])
    add(
        "surrogate-email",
        text(
            '[[], {"import_id": "{id}", "line": {line}, "full_name": "S", '
            '"email": "p\\udc00{line}@example.com"}, {}]'
        ),
        fast=["email.invalid"],
    )
    add("nul-escaped", person(full_name="a\x00b"), fast=["name.invalid"])
    add(
        "nul-raw",
        text(
            '[[], {"import_id": "{id}", "line": {line}, "full_name": "a\x00b", '
            '"email": "p{line}@example.com"}, {}]'
        ),
        fast=["message.undecodable"],
    )
    add("overlong-utf8", lambda line: task_body(kwargs_of(import_id, line)).replace(
        b'"P ', b'"\xc0\xaf '), fast=["message.undecodable"])  # fmt: skip
    add("bom", lambda line: b"\xef\xbb\xbf" + task_body(kwargs_of(import_id, line)),
        fast=["message.undecodable"])  # fmt: skip
    add("digits-5000", text('[[], {"import_id": "{id}", "line": ' + "9" * 5000
        + ', "full_name": "N", "email": "n@example.com"}, {}]'),
        fast=["message.undecodable"])  # fmt: skip
    add("digits-4000", text('[[], {"import_id": "{id}", "line": ' + "9" * 4000
        + ', "full_name": "N", "email": "n@example.com"}, {}]'),
        fast=["message.bad_line"])  # fmt: skip
    add(
        "kombu-type-marker",
        person(full_name={"__type__": "bytes", "__value__": 5}),
        fast=["message.bad_types"],
        slow=["message.undecodable", "message.bad_types"],
    )
    # Sizes: around the frame (131,072 bytes by default) and the per-row cap.
    for name, size in [("frame-minus-8", 131_072 - 8), ("frame-plus-1", 131_073),
                       ("three-frames", 3 * 131_072 + 5),
                       ("at-the-cap", MAX_TASK_BYTES)]:  # fmt: skip
        add(name, lambda line, size=size: task_body(kwargs_of(import_id, line)).ljust(size),
            fast=[STORED] if size <= MAX_TASK_BYTES else ["message.too_large"])  # fmt: skip
    add("over-the-cap",
        lambda line: task_body(kwargs_of(import_id, line)).ljust(MAX_TASK_BYTES + 1),
        fast=["message.too_large"])  # fmt: skip
    return cases


@MODES
@pytest.mark.timeout(300)
def test_hostile_per_row_messages_among_valid_rows(db, env, start_worker, fast):
    worker = start_worker(extra_env={"FAST_PATHS": "1" if fast else "0"})
    worker.fast = fast
    queue, import_id = env["IMPORT_QUEUE"], new_import_id()
    reply_to = f"{queue}.reply"
    cases = per_row_cases(import_id, reply_to)
    good = set()
    with Connection(BROKER_URL, transport_options={"confirm_publish": True}) as connection:
        channel = connection.default_channel
        channel.queue_declare(reply_to, auto_delete=False)
        headers = {"lang": "py", "task": PERSON}
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(10_000)  # py-amqp encodes nested headers recursively
        for number, case in enumerate(cases.values()):
            line = 2 + number  # a valid row before each case
            good.add(line)
            publish(channel, queue, task_body(kwargs_of(import_id, line)),
                    application_headers={**headers, "id": f"{import_id}:{line}"},
                    content_type=JSON, delivery_mode=2)  # fmt: skip
            extra = {} if case.headers is None else {"application_headers": case.headers}
            properties = {k: v for k, v in case.properties.items() if v is not None}
            publish(channel, queue, case.body, **properties, **extra)
        sys.setrecursionlimit(limit)
        try:
            settle_and_check(db, queue, worker, cases, import_id, good)
        finally:
            replies = channel.queue_declare(reply_to, passive=True).message_count
            channel.queue_delete(reply_to)
    assert replies == 0  # nothing answered anyone
    worker.stop()
    assert waiting(queue) == 0 and waiting(bulk_name(queue)) == 0  # nothing left unsettled


@MODES
@pytest.mark.timeout(300)
def test_hostile_bulk_messages_among_valid_ones(db, env, start_worker, fast):
    """The bulk queue, and bulk messages on the import queue (Celery's strategy)."""
    worker = start_worker(extra_env={"FAST_PATHS": "1" if fast else "0"})
    worker.fast = fast
    queue, import_id = env["IMPORT_QUEUE"], new_import_id()
    headers = {"lang": "py", "task": PEOPLE}
    cases: dict[str, Case] = {}
    starts = iter(range(10_000, 10_000_000, 20_000))

    def add(name, body=None, extra=None, properties=None, allowed=(), suffix=".bulk", rows=3):
        line = next(starts)
        body = bulk_body(import_id, rows_of(line, rows)) if body is None else body
        case_headers = {**headers, "id": f"{import_id}:{line}", "x-case": name, **(extra or {})}
        cases[name] = Case(line, body, case_headers, properties, allowed, suffix=suffix)
        return line

    # The documented rule: a bulk message with some invalid rows stores the valid ones and
    # counts the others failed, each with its reason; it is acknowledged, not dead-lettered.
    stored_cases = {}
    line = add("one-bad-among-999", b"", allowed=[STORED])
    rows = rows_of(line, 999)
    rows.insert(500, [line + 999, "Bad \ud800", email(line + 999)])
    cases["one-bad-among-999"].body, stored_cases["one-bad-among-999"] = (
        bulk_body(import_id, rows),
        range(line, line + 999),
    )
    # One row's line nested just under what json decodes in the pool process (the deepest
    # ones are not decodable at all: the whole message is message.undecodable).
    for depth in (900, 960, 975, 985, 990, 995):
        name = f"nested-line-{depth}-among-999"
        line = add(name, b"", allowed=[STORED, "message.undecodable"])
        rows = rows_of(line, 999)
        rows.insert(3, [None, "D", "d@example.com"])
        cases[name].body = bulk_body(import_id, rows).replace(
            b"[null,", b"[" + nested(depth).encode() + b","
        )
        stored_cases[name] = range(line, line + 999)
    line = add("callbacks-and-eta", extra={"eta": "not a date", "expires": "1970-01-01"},
               body=b"", allowed=[STORED])  # fmt: skip
    cases["callbacks-and-eta"].body = task_body(
        {"import_id": import_id, "rows": rows_of(line, 2)},
        {**EMBED, "callbacks": [{"task": PERSON, "kwargs": kwargs_of(import_id, 9999)}]},
    )
    stored_cases["callbacks-and-eta"] = range(line, line + 2)
    add("empty-batch", rows=0, allowed=[])
    add("over-the-row-cap", rows=MAX_ROWS_PER_MESSAGE + 1, allowed=["message.bad_shape"])
    add("over-the-byte-cap", bulk_body(import_id, []).ljust(MAX_MESSAGE_BYTES + 1),
        allowed=["message.too_large"])  # fmt: skip
    add("wrong-import-id", task_body({"import_id": "nope", "rows": rows_of(5, 2)}),
        allowed=["message.bad_import_id"])  # fmt: skip
    add("future-import-id", bulk_body("29991231T000000000000Z-abcdef", rows_of(5, 2)),
        allowed=["message.bad_import_id"])  # fmt: skip
    add("nested-merge", bulk_body(import_id, rows_of(5, 2), merge=deep(900)),
        allowed=["message.bad_merge", "message.undecodable"])  # fmt: skip
    add("nested-merge-on-import-queue", bulk_body(import_id, rows_of(5, 2), merge=deep(900)),
        suffix="", allowed=["message.bad_shape", "message.undecodable"])  # fmt: skip
    for depth in (300, 900):
        add(f"nested-task-header-{depth}", extra={"task": deep(depth)},
            allowed=["message.unknown_task", "message.bad_headers"])  # fmt: skip
    add("task-int", extra={"task": 5}, allowed=["message.unknown_task"])
    add("no-task", extra={"task": None}, allowed=["message.unknown_task"])
    add("pickle", properties={"content_type": "application/x-python-serialize"},
        allowed=["message.content_type"])  # fmt: skip
    add("bz2-bomb", bz2.compress(b"\0" * 50_000_000), extra={"compression": "bzip2"},
        allowed=["message.compressed"])  # fmt: skip
    add("lzma-bomb", lzma.compress(b"\0" * 50_000_000),
        extra={"compression": "application/x-lzma"}, allowed=["message.compressed"])  # fmt: skip
    add("unknown-compression", extra={"compression": "br"}, allowed=["message.compressed"])
    good = set(stored_cases["one-bad-among-999"]) | set(stored_cases["callbacks-and-eta"])
    with Connection(BROKER_URL, transport_options={"confirm_publish": True}) as connection:
        channel = connection.default_channel
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(10_000)  # py-amqp encodes nested headers recursively
        for number, case in enumerate(cases.values()):
            rows = rows_of(100 + 10 * number, 10)  # a valid bulk message before each case
            good.update(row[0] for row in rows)
            publish(channel, queue, bulk_body(import_id, rows), ".bulk", content_type=JSON,
                    application_headers={**headers, "id": f"{import_id}:{rows[0][0]}"})  # fmt: skip
            publish(channel, queue, case.body, case.suffix, application_headers=case.headers,
                    **case.properties)  # fmt: skip
        sys.setrecursionlimit(limit)
    deep_rows = [name for name in cases if name.startswith("nested-line-")]
    dead = settle_and_check(db, queue, worker, cases, import_id, good,
                            bad_rows=lambda dead: 1 + len(set(deep_rows) - set(dead)))  # fmt: skip
    assert not {"one-bad-among-999", "callbacks-and-eta", "empty-batch"} & set(dead)
    nested_stored = [name for name in deep_rows if name not in dead]
    assert nested_stored, "no row nested that deep was decodable: nothing tested"
    for name in nested_stored:  # its 999 valid rows stored, the nested one failed
        assert set(stored_cases[name]) <= stored_lines(db), name
    assert counts(db, import_id)[2] == {"name.invalid": 1, "message.bad_line": len(nested_stored)}
    worker.stop()
    assert waiting(queue) == 0 and waiting(bulk_name(queue)) == 0


@pytest.mark.timeout(120)
def test_a_remote_control_message_neither_stops_nor_steers_the_worker(db, env, start_worker):
    """Celery's remote control: anyone who may publish to the broker could send `shutdown`
    (every worker stopped) or `add_consumer` (consume a queue of the sender's choosing) to
    the `celery.pidbox` exchange. Nothing here sends them: the worker no longer has them."""
    from celery import Celery

    worker = start_worker()
    name = worker.name.replace("%h", socket.gethostname())
    sender = Celery("hostile", broker=BROKER_URL, set_as_current=False)
    sender.control.add_consumer(f"{env['IMPORT_QUEUE']}.stolen", destination=[name])
    sender.control.shutdown(destination=[name])
    time.sleep(3)
    assert worker.process.poll() is None, "a control message stopped the worker"
    # It still answers the read-only commands Flower and `celery inspect` use.
    assert sender.control.ping(destination=[name], timeout=5) == [{name: {"ok": "pong"}}]
    import_id = new_import_id()
    with Connection(BROKER_URL, transport_options={"confirm_publish": True}) as connection:
        publish(connection.default_channel, env["IMPORT_QUEUE"],
                task_body(kwargs_of(import_id, 2)), content_type=JSON,
                application_headers={"lang": "py", "task": PERSON, "id": "c"})  # fmt: skip
    services.wait_until(lambda: stored_lines(db) == {2}, 30, "a row stored after them")
    assert f"{env['IMPORT_QUEUE']}.stolen" not in worker.log_path.read_text(errors="replace")


def marked(body: bytes, line: int) -> bool:
    """Whether a body is a generated case's: at most two of its fields were replaced."""
    markers = (f'"line": {line},', f'"P {line}"', f'"p{line}@example.com"', f"[{line}, ")
    return any(marker.encode() in body for marker in markers)


# Generated messages: any header an AMQP table carries (py-amqp writes these types), and a
# person whose fields are replaced by values of the wrong type. The replay headers are left
# out: a message that says it is a replayed dead letter is trusted (docs/worker.md).
AMQP_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.floats()
    | st.text(max_size=20) | st.binary(max_size=8)
    | st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=-9999, max_value=9999)
    | st.datetimes(min_value=datetime(1970, 1, 2), max_value=datetime(9999, 1, 1)),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=12,
)  # fmt: skip
HEADER_NAMES = st.sampled_from(
    ["id", "task", "lang", "eta", "expires", "retries", "timelimit", "group", "chord",
     "callbacks", "errbacks", "link", "argsrepr", "kwargsrepr", "root_id", "parent_id",
     "stamped_headers", "stamps", "ignore_result", "compression", "x-death", "x-anything"]
) | st.text(min_size=1, max_size=10).filter(
    lambda name: not name.startswith("x-people")
)  # fmt: skip
DEEP = st.sampled_from([33, 400, 900, 930, 950, 970, 990]).map(deep)  # up to json's limit
WRONG_TYPES = st.one_of(
    DEEP,
    st.none(), st.booleans(), st.floats(), st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.text(max_size=3), max_size=2),
    st.integers(min_value=-(10**30), max_value=10**30),
    DEEP,
)  # fmt: skip
FIELDS = st.sampled_from(["import_id", "line", "full_name", "email", "merge", "phone",
                          "other_emails", "attributes", "extra"])  # fmt: skip
MESSAGES = st.lists(
    st.tuples(
        st.dictionaries(HEADER_NAMES, AMQP_VALUES | DEEP, max_size=4),
        st.dictionaries(FIELDS, WRONG_TYPES, max_size=2)
        | st.dictionaries(FIELDS, DEEP, min_size=1, max_size=1),
        st.sampled_from([JSON, JSON, JSON, "application/x-yaml", None]),
        st.sampled_from(["", "", ".bulk"]),
    ),
    min_size=1,
    max_size=4,
)


@MODES
@pytest.mark.timeout(240)
def test_generated_headers_and_fields_end_stored_or_dead_lettered_once(db, env, start_worker, fast):
    worker = start_worker(extra_env={"FAST_PATHS": "1" if fast else "0"})
    worker.fast = fast
    queue, import_id = env["IMPORT_QUEUE"], new_import_id()
    lines = iter(range(2, 1_000_000))
    good: set[int] = set()
    seen: dict[str, list] = {}
    every_case: dict[str, int] = {}
    counted = 0

    def take():
        nonlocal counted
        for headers, body in taken_dead_letters(queue):
            name = headers.get("x-case") or next(  # headers py-amqp couldn't read: by body
                (name for name, line in every_case.items() if marked(body, line)), None
            )
            seen.setdefault(str(name), []).append(reason_of(headers))
            counted += headers.get(dead_letters.COUNTED) == "1"

    # No shrinking: each example waits for a real worker (a failure is reported as found).
    @settings(max_examples=12, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(messages=MESSAGES)
    def check(messages):
        cases = {}
        for headers, wrong, content_type, suffix in messages:
            line = next(lines)
            good.add(line)
            with Connection(BROKER_URL, transport_options={"confirm_publish": True}) as connection:
                publish(connection.default_channel, queue, task_body(kwargs_of(import_id, line)),
                        content_type=JSON,
                        application_headers={"lang": "py", "task": PERSON, "id": "g"})  # fmt: skip
            line, name = next(lines), f"case-{len(every_case)}"
            kwargs = kwargs_of(import_id, line)
            body = bulk_body(import_id, [list(kwargs.values())[1:]]) if suffix else None
            kwargs.update(wrong)
            try:
                with Connection(BROKER_URL, transport_options={"confirm_publish": True}) as conn:
                    publish(conn.default_channel, queue, body or task_body(kwargs), suffix,
                            application_headers={"lang": "py", "task": PEOPLE if suffix else PERSON,
                                                 **headers, "x-case": name},
                            **({"content_type": content_type} if content_type else {}))  # fmt: skip
            except amqp.exceptions.AMQPError:  # RabbitMQ itself refused it: never queued
                continue
            every_case[name] = cases[name] = line

        def settled():
            take()
            stored = stored_lines(db)
            return good <= stored and all(n in seen or c in stored for n, c in cases.items())

        services.wait_until(settled, 20, "generated messages settled")
        assert worker.process.poll() is None

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(10_000)  # json and py-amqp encode nested values recursively
    try:
        check()
    finally:
        sys.setrecursionlimit(limit)
    time.sleep(1)
    take()
    stored = stored_lines(db)
    for name, line in every_case.items():  # exactly once: stored, or one dead letter
        outcome = [*seen.get(name, []), *([STORED] if line in stored else [])]
        assert len(outcome) == 1, (name, outcome)
    assert set(seen) <= set(every_case)
    assert counts(db, import_id)[:2] == (len(stored), counted)
    assert "Unrecoverable error" not in worker.log_path.read_text(errors="replace")
