"""Generated hostile messages among valid rows, to a private queue a real worker consumes.

Hypothesis draws each message whole: its body (bytes of any kind; a valid row's JSON with a
field made hostile: nested, a huge number, NaN, a duplicate key, invalid UTF-8, a lone
surrogate; compressed, a compression bomb, over the size cap), its headers (Celery's: the
task named wrong, the id missing, a valid row's or of another type, `argsrepr` huge,
`retries` negative, `eta` garbage, `origin` binary; any name, any AMQP value, tables and
arrays nested), and its properties (content type and encoding, priority, expiration,
delivery mode, timestamps, ids). A valid row goes before each, on the same queue.

Each ends exactly once: dead-lettered with a reason code (never `task.failed`,
`worker.crashed`, nor by RabbitMQ but for its expiration), or, a valid message
after all, stored; one whose body is no row at all is dead-lettered. Every valid row is
stored once, the worker lives, and the import's counts in PostgreSQL are exact: `stored`
the rows written, `failed` the dead letters that say they were counted.
`HOSTILE_EXAMPLES` (default 20 per mode) sets how many rounds of up to 4 messages.
"""

import bz2
import functools
import gzip
import itertools
import json
import lzma
import os
import struct
import sys
import time
import zlib
from collections import Counter
from datetime import datetime

import amqp
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from kombu import Connection

from people_import_contract import dead_letters
from people_import_contract.limits import MAX_TASK_BYTES, new_import_id
from tests import services
from tests.helpers import BROKER_URL
from tests.hostile import (
    EMBED,
    JSON,
    MODES,
    PEOPLE,
    PERSON,
    STORED,
    bulk_body,
    counts,
    email,
    kwargs_of,
    publish,
    reason_of,
    taken_dead_letters,
    task_body,
)

pytestmark = pytest.mark.e2e
EXAMPLES = int(os.environ.get("HOSTILE_EXAMPLES", "20"))
# A dead letter for a message the worker never expected to raise on, or one RabbitMQ
# dead-lettered for the worker (redelivered past its limit, refused without a reason): a bug.
UNEXPECTED = {"task.failed", "worker.crashed", "broker.delivery_limit", "broker.rejected"}


@functools.cache
def bombs() -> dict[str, bytes]:
    """20 MB of zeros, compressed by each codec kombu (and a producer) knows."""
    zeros = b"\0" * 20_000_000
    return {"gzip": gzip.compress(zeros), "zlib": zlib.compress(zeros, 9),
            "bzip2": bz2.compress(zeros), "lzma": lzma.compress(zeros)}  # fmt: skip


# A field's value, as raw JSON text: what `json.dumps` never writes, and what it does.
HOSTILE_VALUES = st.one_of(
    st.sampled_from([b"NaN", b"Infinity", b"-Infinity", b"1e400", b"-0", b"null", b"{}", b"[]",
                     b'"\\ud800"', b'"\\udfff\\ud800"', b'"a\\u0000b"', b'"\xed\xa0\x80"',
                     b'"\xff\xfe"', b'"\xc0\xaf"', b"true", b'""']),
    st.integers(1, 5000).map(lambda n: b"9" * n),  # a huge number
    st.integers(1, 990).map(lambda n: b"[" * n + b"]" * n),  # nested up to json's limit
    st.integers(0, 60_000).map(lambda n: json.dumps("x" * n).encode()),
    st.text(max_size=20).map(lambda text: json.dumps(text).encode()),
)  # fmt: skip
FIELDS = st.sampled_from(["import_id", "line", "full_name", "email", "merge", "phone",
                          "other_emails", "attributes", "company", "job_title", "x"])  # fmt: skip


# Around the row: as is (most often), or made into something no row is.
ENVELOPES = ["plain"] * 6 + ["bom", "utf-16", "scalar", "args", "oversize", "gzip", "zlib",
                             "bzip2", "lzma", "bomb", "bytes", "empty"]  # fmt: skip


@st.composite
def row_bodies(draw, import_id: str, line: int) -> tuple[bytes, bool]:
    """(a per-row body written by hand, whether it is no row at all): a valid row's fields,
    some made hostile, some twice (the later one wins in Python's json)."""
    fields = {k: json.dumps(v).encode() for k, v in kwargs_of(import_id, line).items()}
    items = list(fields.items())
    changes = draw(st.lists(st.tuples(FIELDS, HOSTILE_VALUES), max_size=2))
    if {"line", "email"} <= {name for name, _ in changes}:  # one of them still says whose
        changes = [change for change in changes if change[0] != "email"]
    for name, value in changes:
        if draw(st.booleans()):
            items.append((name, draw(st.sampled_from([value, fields.get(name, value)]))))
        else:
            items = [(k, value if k == name else v) for k, v in items] + (
                [] if name in fields else [(name, value)]
            )
    kwargs = b"{" + b", ".join(json.dumps(k).encode() + b": " + v for k, v in items) + b"}"
    body = b"[[], " + kwargs + b", " + json.dumps(EMBED).encode() + b"]"
    envelope = draw(st.sampled_from(ENVELOPES))
    if envelope == "plain":
        return body, False
    if envelope == "bom":
        return b"\xef\xbb\xbf" + body, True
    if envelope == "utf-16":
        return body.decode("utf-8", "replace").encode("utf-16"), True
    if envelope == "scalar":
        return draw(st.sampled_from([b"0", b"null", b'"x"', b"[]", b"{}", b"[[], {}]"])), True
    if envelope == "args":  # the row by position: Celery's message, if none the CLI writes
        return json.dumps([list(kwargs_of(import_id, line).values()), {}, EMBED]).encode(), False
    if envelope == "oversize":
        return body + b" " * (MAX_TASK_BYTES + 1 - len(body)), True
    if envelope == "bomb":
        return bombs()[draw(st.sampled_from(sorted(bombs())))], True
    if envelope == "bytes":
        return draw(st.binary(max_size=300)), True
    if envelope == "empty":
        return b"", True
    compress = {"gzip": gzip.compress, "zlib": zlib.compress, "bzip2": bz2.compress,
                "lzma": lzma.compress}[envelope]  # fmt: skip
    return compress(body), True


# Any value an AMQP table carries (py-amqp writes these types), tables and arrays nested.
AMQP_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.floats()
    | st.text(max_size=20) | st.binary(max_size=20)
    | st.datetimes(min_value=datetime(1970, 1, 2), max_value=datetime(9999, 1, 1)),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=10,
)  # fmt: skip
PROTOCOL = {  # Celery's headers, each set wrong
    "task": st.sampled_from([PEOPLE, "tasks.record_import", "tasks.undo_import", "celery.ping",
                             "", "tasks.store_person ", "TASKS.STORE_PERSON", "tasks"])
    | st.binary(max_size=10) | AMQP_VALUES,
    "argsrepr": st.integers(0, 60_000).map(lambda n: "(" * n) | AMQP_VALUES,
    "kwargsrepr": st.integers(0, 30_000).map(lambda n: "{" * n) | AMQP_VALUES,
    "retries": st.integers(-(2**63), -1) | st.integers(2**31, 2**63 - 1) | AMQP_VALUES,
    "eta": st.sampled_from(["not a date", "", "9999-99-99T99:99:99", "1970-01-01T00:00:00",
                            "2999-01-01T00:00:00+00:00"]) | AMQP_VALUES,
    "expires": AMQP_VALUES,
    "origin": st.binary(max_size=40) | st.text(max_size=40),
    "timelimit": AMQP_VALUES,
    "root_id": AMQP_VALUES,
    "parent_id": AMQP_VALUES,
    "group": AMQP_VALUES,
    "lang": AMQP_VALUES,
    "shadow": AMQP_VALUES,
    "compression": st.sampled_from(["application/x-gzip", "gzip", "zlib", "bzip2",
                                    "application/x-lzma", "br", "zstd", ""]) | AMQP_VALUES,
}  # fmt: skip
# Not the replay's headers (a replayed dead letter is trusted, docs/worker.md), nor RabbitMQ's
# own: an expiring message with a malformed `x-death` can stop a node's dead-lettering of
# quorum queues, on the shared test broker (docs/security.md).
RESERVED = ("x-people", "x-death", "x-first-death", "x-last-death")
NAMES = st.text(min_size=1, max_size=12).filter(lambda name: not name.startswith(RESERVED))


@st.composite
def headers_of(draw, good_id: str) -> dict | None:
    """The message's headers: Celery's three (half the time as they are), or none at all."""
    if draw(st.integers(0, 15)) == 0:
        return None
    headers: dict = {"lang": "py", "task": PERSON, "id": f"hostile-{draw(st.uuids())}"}
    if draw(st.booleans()):
        return headers  # Celery's own: the body (or the properties) is what is hostile
    for name in draw(st.lists(st.sampled_from(sorted(PROTOCOL)), max_size=3, unique=True)):
        headers[name] = draw(PROTOCOL[name])
    headers.update(draw(st.dictionaries(NAMES, AMQP_VALUES, max_size=2)))
    id_is = draw(st.sampled_from(["own"] * 4 + ["missing", "duplicate", "other type"]))
    if id_is == "missing":
        del headers["id"]
    elif id_is == "duplicate":  # the valid row's before it
        headers["id"] = good_id
    elif id_is == "other type":
        headers["id"] = draw(AMQP_VALUES)
    return headers


PROPERTIES = st.fixed_dictionaries(
    {},
    optional={
        "content_type": st.sampled_from([JSON, "application/x-python-serialize",
                                         "application/x-yaml", "text/plain", "", JSON + "; x"])
        | st.text(max_size=20),
        "content_encoding": st.sampled_from(["utf-8", "binary", "gzip", "zlib", "bzip2", "lzma",
                                             "br", "punycode", "utf-16", "idna", ""])
        | st.text(max_size=12),
        "priority": st.integers(0, 255),
        "expiration": st.sampled_from(["0", "1", "60000", "abc", "-1", ""]),
        "delivery_mode": st.sampled_from([1, 2, 0, 255]),
        "correlation_id": st.text(max_size=30),
        "reply_to": st.text(max_size=30),
        "message_id": st.text(max_size=30),
        "type": st.text(max_size=30),
        "app_id": st.text(max_size=30),
        "user_id": st.sampled_from(["guest", "mallory"]),
        "timestamp": st.integers(0, 2**64 - 1),  # seconds, as the property is written
    },
)  # fmt: skip


@st.composite
def hostile_messages(draw, import_id: str, line: int, good_id: str) -> dict:
    """One hostile message: its routing suffix, body, headers and properties, and what may
    become of it (STORED, or only a dead letter)."""
    bulk = draw(st.integers(0, 3)) == 0
    if bulk:  # a valid row in a bulk message on the bulk queue, or anything else there
        body, garbage = bulk_body(import_id, [[line, f"P {line}", email(line)]]), False
        if draw(st.booleans()):
            body, garbage = draw(row_bodies(import_id, line))
            garbage = True  # a per-row body is no bulk message
    else:
        body, garbage = draw(row_bodies(import_id, line))
    headers = draw(headers_of(good_id))
    if headers is not None and bulk and headers.get("task") == PERSON:
        headers["task"] = PEOPLE
    properties = {"content_type": JSON, "delivery_mode": 2}
    if draw(st.booleans()):
        properties.update(draw(PROPERTIES))
    return {"suffix": ".bulk" if bulk else "", "body": body, "headers": headers,
            "properties": properties, "line": line, "garbage": garbage}  # fmt: skip


def writes(db, import_id: str) -> tuple[set[str], set[int], int]:
    """The import's people written (their emails), its lines written (the latest per person
    and those superseded) and how many rows that is."""
    with db.connect() as connection:
        latest = connection.exec_driver_sql(
            "SELECT email_key, line FROM people_writes WHERE import_id = %s", (import_id,)
        ).all()
        superseded = (
            connection.exec_driver_sql(
                "SELECT line FROM people_write_lines WHERE import_id = %s", (import_id,)
            )
            .scalars()
            .all()
        )
    lines = {line for _, line in latest} | set(superseded)
    return {email for email, _ in latest}, lines, len(latest) + len(superseded)


def stored(message_line: int, written: tuple[set[str], set[int], int]) -> bool:
    """Whether the row of that line was written: by its email (its line may be what was made
    hostile), else by its line (its email was)."""
    return email(message_line) in written[0] or message_line in written[1]


def shown(message: dict) -> dict:
    """A message for a failure's text: its body and long header values cut short."""
    cut = {k: (v[:100] + b"..." if isinstance(v, bytes) and len(v) > 100 else v)
           for k, v in message.items()}  # fmt: skip
    if isinstance(message["headers"], dict):
        cut["headers"] = {k: v[:100] if isinstance(v, str | bytes) else v
                          for k, v in message["headers"].items()}  # fmt: skip
    return cut


def sent(queue: str, messages: list[tuple[str, bytes, dict | None, dict]]) -> list[bool]:
    """Publish each (suffix, body, headers, properties), confirmed; whether each was queued
    (RabbitMQ refuses some outright, closing the channel: an expiration that is no number, a
    user_id that is not the connection's; py-amqp some it can't encode: never queued)."""
    queued = []
    connection = Connection(BROKER_URL, transport_options={"confirm_publish": True})
    try:
        for suffix, body, headers, properties in messages:
            extra = {} if headers is None else {"application_headers": headers}
            try:
                publish(connection.default_channel, queue, body, suffix, **properties, **extra)
                queued.append(True)
            except (amqp.exceptions.AMQPError, struct.error, ValueError, TypeError,
                    OverflowError, UnicodeError, OSError):  # fmt: skip
                queued.append(False)
                connection.close()
                connection = Connection(BROKER_URL, transport_options={"confirm_publish": True})
    finally:
        connection.close()
    return queued


@MODES
@pytest.mark.timeout(420)
def test_generated_hostile_messages_end_once_and_valid_rows_are_stored(db, env, start_worker, fast):
    worker = start_worker(extra_env={"FAST_PATHS": "1" if fast else "0"})
    queue, import_id = env["IMPORT_QUEUE"], new_import_id()
    lines, numbers = iter(range(2, 10_000_000)), itertools.count()
    good: set[int] = set()
    cases: dict[str, dict] = {}  # name: the message
    dead: dict[str, list[dict]] = {}  # name: its dead letters' headers
    unknown: list = []
    refused = 0

    def take() -> None:
        for headers, body in taken_dead_letters(queue):
            body = body.encode() if isinstance(body, str) else body  # py-amqp's empty body: ""
            name = headers.get("x-case")
            if name not in cases:  # its headers unreadable (replaced): known by its body
                name = next((n for n, c in cases.items() if c["body"] == body and n not in dead),
                            None)  # fmt: skip
            (dead.setdefault(name, []) if name else unknown).append(headers)

    def settled() -> bool:
        take()
        written = writes(db, import_id)
        return all(stored(line, written) for line in good) and all(
            n in dead or stored(c["line"], written) for n, c in cases.items()
        )

    # No shrinking: each example waits for a real worker (a failure is reported as found).
    @settings(max_examples=EXAMPLES, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(data=st.data(), count=st.integers(1, 4))
    def check(data, count):
        messages, drawn = [], []
        for _ in range(count):
            line, good_id = next(lines), f"{import_id}:{next(lines)}"
            good_line = int(good_id.rsplit(":", 1)[1])
            messages.append(("", task_body(kwargs_of(import_id, good_line)),
                             {"lang": "py", "task": PERSON, "id": good_id},
                             {"content_type": JSON, "delivery_mode": 2}))  # fmt: skip
            message = data.draw(hostile_messages(import_id, line, good_id), label="message")
            name = f"case-{next(numbers)}"
            if message["headers"] is not None:
                message["headers"]["x-case"] = name
            messages.append((message["suffix"], message["body"], message["headers"],
                             message["properties"]))  # fmt: skip
            drawn.append((name, message, good_line))
        queued = sent(queue, messages)
        nonlocal refused
        refused += queued.count(False)
        for number, (name, message, good_line) in enumerate(drawn):
            if queued[2 * number]:
                good.add(good_line)
            if queued[2 * number + 1]:
                cases[name] = message
        try:
            services.wait_until(settled, 60, "every message stored or dead-lettered")
        except TimeoutError:
            written = writes(db, import_id)
            missing = [(n, shown(c)) for n, c in cases.items()
                       if n not in dead and not stored(c["line"], written)]  # fmt: skip
            unstored = sorted(line for line in good if not stored(line, written))
            raise AssertionError(f"unsettled: {missing}; valid rows unstored: {unstored}") from None
        assert worker.process.poll() is None, "the worker died"

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(10_000)  # py-amqp encodes nested headers recursively
    try:
        check()
    finally:
        sys.setrecursionlimit(limit)
    time.sleep(1.5)  # anything settling late (twice) shows now
    take()
    written = writes(db, import_id)
    assert unknown == [], unknown
    problems = []
    for name, message in cases.items():
        outcomes = [reason_of(headers) for headers in dead.get(name, [])]
        outcomes += [STORED] if stored(message["line"], written) else []
        once = len(outcomes) == 1 and not (message["garbage"] and outcomes == [STORED])
        if (
            not once
            or outcomes[0] in UNEXPECTED
            or not (outcomes[0] == STORED or dead_letters.is_reason_code(outcomes[0]))
        ):
            problems.append((name, outcomes, shown(message)))
    outcomes = Counter(reason_of(h) for v in dead.values() for h in v)
    print(f"\n{len(cases)} hostile messages queued, {refused} refused by RabbitMQ or py-amqp;",
          f"{len(cases) - outcomes.total()} stored;", dict(outcomes))  # fmt: skip
    assert problems == [], problems
    assert good and all(stored(line, written) for line in good)
    counted = sum(h.get(dead_letters.COUNTED) == "1" for v in dead.values() for h in v)
    assert counts(db, import_id)[:2] == (written[2], counted)
    log = worker.log_path.read_text(errors="replace")
    assert "Unrecoverable error" not in log and "Error in timer" not in log
