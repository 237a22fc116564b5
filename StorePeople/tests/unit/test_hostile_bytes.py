"""What a message's bytes can make the worker do, short of the database (no services).

- Celery's default strategy (FAST_PATHS=0, and record_import, undo_import, store_people on
  the import queue in both modes): whatever headers and body pass dead_letters.task_refusal
  and shape_refusal, Celery's own Request is built from and acted on in the main process
  without raising (a `stamped_headers: 5` stopped the worker, at every start), with no
  callbacks to run; what they refuse is a Dead verdict with a `message.` reason.
- A task that raised is dead-lettered saying why, not acknowledged away.
- A bulk message's rows, as they arrive on the wire (any JSON, NaN, huge integers, lone
  surrogates, NUL): each row is stored or failed alone with a reason, and every row
  validation lets through is text PostgreSQL holds, its line an integer it holds.
- The JSON edge cases of a body (NaN, 10^6 digits, UTF-16, BOM, duplicate keys, empty) on
  the per-row fast path and the pool's bulk decoding: a verdict, never an exception.
"""

import json
import zlib
from types import SimpleNamespace

import pytest
from billiard.einfo import ExceptionInfo
from celery import Celery
from celery.worker.request import create_request_cls
from hypothesis import given, settings
from hypothesis import strategies as st
from kombu.exceptions import DecodeError
from kombu.message import Message

from people_import_contract.limits import MAX_MESSAGE_BYTES, MAX_TASK_BYTES
from people_import_contract.messages import STORE_PEOPLE, STORE_PERSON
from store_people import dead_letters
from store_people.consumer import DeadLetteringRequest
from store_people.dead_letters import refusal, shape_refusal, task_refusal
from store_people.fast_paths import delivery_of
from store_people.intake import Delivery, store_bulk_body
from store_people.settings import Settings
from store_people.validation import MAX_LINE, BadMessage, parse_people
from store_people.verdicts import Dead

IMPORT_ID = "20261103T000000000000Z-abcdef"
EMBED = {"callbacks": None, "errbacks": None, "chain": None, "chord": None}

APP = Celery("hostile-bytes", set_as_current=False)  # never connects: nothing is sent


@APP.task(
    name=STORE_PERSON, bind=True, acks_late=True, acks_on_failure_or_timeout=False, shared=False
)
def store_person(self, *args, **kwargs):
    """The worker's task as Celery sees it: late acks, failures rejected (app.py)."""


class Pool:
    limit = 1

    def apply_async(self, *args, **kwargs):
        self.sent = args


class Channel:
    def __init__(self):
        self.settled = []

    def basic_ack(self, tag, multiple=False):
        self.settled.append("ack")

    def basic_reject(self, tag, requeue):
        self.settled.append("requeue" if requeue else "reject")


REQUEST = create_request_cls(DeadLetteringRequest, store_person, Pool(), "host", None, app=APP)


def message(body: bytes, headers: dict, content_type="application/json") -> Message:
    return Message(
        body=body,
        delivery_tag=1,
        content_type=content_type,
        content_encoding="utf-8",
        headers=headers,
        delivery_info={"routing_key": "people"},
        properties={},
        accept={"application/json"},
        channel=Channel(),
    )


def celery_request(delivered: Message):
    return REQUEST(delivered, app=APP, task=store_person, hostname="host", connection_errors=())


def acted_on(delivered: Message) -> None:
    """What Celery's strategy and pool do with a request in the main process."""
    request = celery_request(delivered)
    str(request)  # the "Received task" log line
    assert not request.revoked()
    assert list(request.time_limits) == [None, None]
    context = request._context  # what the pool's tracer and on_failure read
    assert not (context.callbacks or context.errbacks or context.chain or context.chord)
    request.execute_using_pool(Pool())


# Celery protocol-2 headers, Celery's own request keys, ours, and anything else.
HEADER_NAMES = st.sampled_from(
    ["lang", "task", "id", "origin", "root_id", "parent_id", "argsrepr", "kwargsrepr",
     "shadow", "eta", "expires", "retries", "timelimit", "countdown", "group", "group_index",
     "stamped_headers", "stamps", "ignore_result", "replaced_task_nesting", "meth",
     "callbacks", "chord", "chain", "errbacks", "hostname", "delivery_info", "is_eager",
     "reply_to", "args", "kwargs", "x-death", "x-delivery-count", "x-people-import-replayed"]
) | st.text(max_size=8)  # fmt: skip
JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=10,
)
GOOD_KWARGS = {"import_id": IMPORT_ID, "line": 2, "full_name": "Ana", "email": "a@example.com"}
BODIES = st.one_of(
    st.just([[], GOOD_KWARGS, EMBED]),
    st.tuples(JSONISH, JSONISH, JSONISH).map(list),
    st.tuples(
        st.just([]),
        st.just(GOOD_KWARGS),
        st.dictionaries(
            st.sampled_from(["callbacks", "errbacks", "chain", "chord", "is_eager"]), JSONISH
        ),
    ).map(list),
    JSONISH,
)


@settings(max_examples=400, deadline=None)
@given(
    extra=st.dictionaries(HEADER_NAMES, JSONISH, max_size=4),
    body=BODIES,
    content_type=st.sampled_from(
        [
            "application/json",
            "application/x-python-serialize",
            "application/x-yaml",
            "application/x-msgpack",
            "text/plain",
        ]
    ),
)
def test_what_passes_the_refusals_celery_acts_on_without_raising(extra, body, content_type):
    headers = {"lang": "py", "task": STORE_PERSON, "id": "m1", **extra}
    delivered = message(json.dumps(body).encode(), headers, content_type)
    dead = task_refusal(delivered)
    if dead is None:
        dead = shape_refusal(delivered.payload)
    if dead is not None:
        assert dead.reason.startswith("message.") and not dead.counted
        return
    assert content_type == "application/json"
    acted_on(delivered)


@pytest.mark.parametrize(
    ("headers", "body", "reason"),
    [
        ({"stamped_headers": 5}, [[], GOOD_KWARGS, EMBED], "message.bad_headers"),  # killed it
        (
            {"stamps": "x", "stamped_headers": ["a"]},
            [[], GOOD_KWARGS, EMBED],
            "message.bad_headers",
        ),
        ({"group": "g", "group_index": 0}, [[], GOOD_KWARGS, EMBED], "message.bad_headers"),
        ({"ignore_result": True}, [[], GOOD_KWARGS, EMBED], "message.bad_headers"),
        ({"callbacks": [{"task": "x"}]}, [[], GOOD_KWARGS, {}], "message.bad_headers"),
        ({"shadow": ["x"]}, [[], GOOD_KWARGS, EMBED], "message.bad_headers"),
        ({"root_id": {"a": 1}}, [[], GOOD_KWARGS, EMBED], "message.bad_headers"),
        ({}, [[], [], EMBED], "message.bad_shape"),  # was acknowledged away
        ({}, [5, GOOD_KWARGS, EMBED], "message.bad_shape"),
        ({}, [[], {**GOOD_KWARGS, "self": 1}, EMBED], "message.bad_shape"),
        ({}, [[], GOOD_KWARGS, 5], "message.bad_shape"),  # was never settled
        (
            {},
            [[], GOOD_KWARGS, {**EMBED, "callbacks": [{"task": "other.drop"}]}],
            "message.bad_shape",
        ),  # the worker published it
        (
            {},
            {"task": STORE_PERSON, "id": "v1", "args": [], "kwargs": GOOD_KWARGS},
            "message.bad_shape",
        ),  # protocol 1
    ],
)
def test_headers_and_bodies_celery_would_act_on_are_refused(headers, body, reason):
    delivered = message(json.dumps(body).encode(), {"lang": "py", "task": STORE_PERSON,
                                                     "id": "m1", **headers})  # fmt: skip
    dead = task_refusal(delivered) or shape_refusal(delivered.payload)
    assert dead is not None and dead.reason == reason, dead


def test_what_celery_send_task_writes_when_unused_is_no_reason_to_refuse():
    unused = {"shadow": None, "eta": None, "expires": None, "group": None, "group_index": None,
              "retries": 0, "timelimit": [None, None], "root_id": "m1", "parent_id": None,
              "argsrepr": "()", "kwargsrepr": "{}", "origin": "gen1@host", "ignore_result": False,
              "replaced_task_nesting": 0, "stamped_headers": None, "stamps": {},
              "x-delivery-count": 3}  # fmt: skip
    delivered = message(json.dumps([[], GOOD_KWARGS, EMBED]).encode(),
                        {"lang": "py", "task": STORE_PERSON, "id": "m1", **unused})  # fmt: skip
    assert task_refusal(delivered) is None and shape_refusal(delivered.payload) is None
    acted_on(delivered)


def test_a_task_that_raised_is_dead_lettered_saying_why_not_acknowledged(monkeypatch):
    monkeypatch.setattr(dead_letters, "publisher", None)  # set by store_people.app, if imported
    delivered = message(json.dumps([[], GOOD_KWARGS, EMBED]).encode(),
                        {"lang": "py", "task": STORE_PERSON, "id": "m1"})  # fmt: skip
    request = celery_request(delivered)
    try:
        raise TypeError("store_person() got multiple values for argument 'self'")
    except TypeError:
        request.on_failure(ExceptionInfo())
    assert request.dead_reason[0] == "task.failed"
    assert delivered.channel.settled == ["reject"]  # no publisher here: RabbitMQ's dead-lettering


# A bulk row as any producer could write it, and as the wire gives it back.
ROW_VALUES = st.one_of(
    JSONISH,
    st.sampled_from([float("nan"), float("inf"), 10**4000, 2**31, 2**63, -1, 0, True, 2.0]),
    st.text(alphabet=st.sampled_from(["a", "\x00", "\ud800", "\udfff", "\u2028", "@", "."])),
)
HOSTILE_ROWS = st.lists(
    st.lists(ROW_VALUES, min_size=0, max_size=9) | ROW_VALUES, max_size=6
)  # fmt: skip


def valid_row(line: int) -> list:
    return [line, f"P {line}", f"p{line}@example.com"]


def encodable(value) -> bool:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return False
        return "\x00" not in value
    if isinstance(value, (tuple, list)):
        return all(encodable(item) for item in value)
    if isinstance(value, dict):
        return all(encodable(k) and encodable(v) for k, v in value.items())
    return True


@settings(max_examples=400, deadline=None)
@given(hostile=HOSTILE_ROWS, good_lines=st.sets(st.integers(1, 50), max_size=5))
def test_each_bulk_row_is_stored_or_failed_alone_and_never_sinks_the_batch(hostile, good_lines):
    rows = [valid_row(line) for line in sorted(good_lines)] + hostile
    wire = json.loads(json.dumps(rows))  # NaN and Infinity travel as Python's json writes them
    good, bad = parse_people(IMPORT_ID, wire)
    assert len(good) + len(bad) == len(rows)
    assert {row.line for row in good} >= good_lines  # no valid neighbour lost
    for _line, problem in bad:
        assert isinstance(problem, BadMessage) and problem.code
    for row in good:  # what goes to PostgreSQL: text it holds, a line its integer holds
        assert 1 <= row.line <= MAX_LINE and not isinstance(row.line, bool)
        assert encodable(tuple(row))


@pytest.mark.parametrize(
    ("row", "code"),
    [
        ([2, "A\ud800", "a@example.com"], "name.invalid"),
        ([2, "A", "a\udfff@example.com"], "email.invalid"),
        ([2, "A", "a@example.com", "", "Co\ud800", "", [], {}], "company.invalid"),
        (
            [2, "A", "a@example.com", "", "", "", ["b\ud800@example.com"], {}],
            "other_emails.invalid",
        ),
        ([2, "A", "a@example.com", "", "", "", [], {"k\ud800": "v"}], "attributes.invalid"),
        ([2, "A", "a@example.com", "", "", "", [], {"k": "\x00"}], "attributes.invalid"),
        ([2**31, "A", "a@example.com"], "message.bad_line"),
        ([10**4000, "A", "a@example.com"], "message.bad_line"),
    ],
)
def test_a_row_postgresql_would_refuse_fails_in_validation_with_its_reason(row, code):
    good, bad = parse_people(IMPORT_ID, [row, valid_row(3)])
    assert [r.line for r in good] == [3]
    assert [problem.code for _line, problem in bad] == [code]


def raw(body: bytes, headers=None):
    headers = {"task": STORE_PERSON, "id": "m1"} if headers is None else headers
    return SimpleNamespace(body=body, headers=headers, content_type="application/json",
                           delivery_info={})  # fmt: skip


PERSON = json.dumps([[], GOOD_KWARGS, EMBED])
JSON_EDGES = {
    "empty": b"",
    "nan-and-infinity": b'[[], {"line": NaN, "x": Infinity, "y": -Infinity}, {}]',
    "million-digits": b'[[], {"line": ' + b"9" * 1_000_000 + b"}, {}]",
    "4000-digits": b'[[], {"line": ' + b"9" * 4000 + b"}, {}]",
    "utf-16": PERSON.encode("utf-16"),
    "utf-32-le": PERSON.encode("utf-32-le"),
    "bom": b"\xef\xbb\xbf" + PERSON.encode(),
    "duplicate-keys": b'[[], {"line": 2, "line": "two"}, {}]',
    "lone-surrogate": b'[[], {"full_name": "\\ud800"}, {}]',
    "nul-bytes": b'[[], {"full_name": "a\\u0000b"}, {}]' + b"\x00",
    "not-utf8": b'[[], {"full_name": "\xff\xfe"}, {}]',
    "100k-digits": b'[[], {"line": ' + b"9" * 100_000 + b"}, {}]",
    "deep-objects": b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
    "big-float": b'[[], {"line": 1e999999}, {}]',
}


@pytest.mark.parametrize("body", JSON_EDGES.values(), ids=JSON_EDGES.keys())
def test_json_edges_give_the_fast_path_a_verdict(body):
    verdict = delivery_of(raw(body))
    assert isinstance(verdict, Delivery | Dead)
    if isinstance(verdict, Dead):  # a million digits is over MAX_TASK_BYTES
        assert verdict.reason in ("message.undecodable", "message.too_large")


@pytest.mark.parametrize("body", [JSON_EDGES[k] for k in ("utf-16", "utf-32-le", "bom")])
def test_a_body_not_in_utf8_is_undecodable_on_the_fast_path_as_with_kombu(body):
    """The content encoding is utf-8: json.loads of bytes would take UTF-16 or a BOM too,
    which kombu (FAST_PATHS=0) refuses; both paths dead-letter it."""
    verdict = delivery_of(raw(body))
    assert isinstance(verdict, Dead) and verdict.reason == "message.undecodable"


@pytest.mark.parametrize("body", JSON_EDGES.values(), ids=JSON_EDGES.keys())
def test_json_edges_give_the_bulk_decoding_a_verdict_before_the_database(body):
    verdict = store_bulk_body(Settings(database_url="postgresql://nowhere/x"), STORE_PEOPLE, body)
    assert isinstance(verdict, Dead) and verdict.reason.startswith("message."), verdict


@pytest.mark.parametrize("body", JSON_EDGES.values(), ids=JSON_EDGES.keys())
def test_json_edges_on_celerys_strategy_are_refused_or_acted_on(body):
    """FAST_PATHS=0: kombu's JSON (its object hook revives `__type__` markers) in the main
    process; whatever it gives, the message is refused or Celery's request is built."""
    delivered = message(body, {"lang": "py", "task": STORE_PERSON, "id": "m1"})
    try:
        dead = task_refusal(delivered) or shape_refusal(delivered.payload)
    except Exception:  # noqa: BLE001 - default_dead_lettering: message.undecodable
        return
    if dead is None:
        acted_on(delivered)


def test_only_a_body_on_the_bulk_queue_may_be_large_before_it_is_decoded():
    """A body decoded in the main process: 8 MB of [{"":{}}, ...] took it to 460 MB. A bulk
    message on the import queue is decoded there too (Celery's strategy): the same cap."""
    small_objects = b"[" + b",".join([b'{"":{}}'] * (MAX_TASK_BYTES // 8 + 1)) + b"]"
    assert MAX_TASK_BYTES < len(small_objects) < MAX_MESSAGE_BYTES
    for task in (
        STORE_PERSON,
        STORE_PEOPLE,
        "tasks.record_import",
        "tasks.undo_import",
        None,
        ["x"],
    ):
        verdict = delivery_of(raw(small_objects, {"task": task, "id": "m1"}))
        assert verdict == Dead(verdict.reason, verdict.detail), task
        assert verdict.reason == "message.too_large", task
    bulk_queue = refusal(raw(small_objects, {"task": STORE_PEOPLE, "id": "m1"}), MAX_MESSAGE_BYTES)
    assert bulk_queue is None


@pytest.mark.parametrize("encoding", ["zlib", "zlib_codec", "bz2", "gzip", "base64", "utf-16"])
def test_a_content_encoding_never_inflates_a_json_body(encoding):
    """kombu decodes JSON as UTF-8 whatever content-encoding says: 20 MB of zlib'd JSON, sent
    as 20 KB with content-encoding zlib, stays 20 KB of bytes that are not JSON."""
    inflated = b" " * 20_000_000 + json.dumps([[], GOOD_KWARGS, EMBED]).encode()
    delivered = message(zlib.compress(inflated, 9), {"lang": "py", "task": STORE_PERSON, "id": "m"})
    delivered.content_encoding = encoding
    assert len(delivered.body) < 50_000
    with pytest.raises(DecodeError):
        delivered.payload  # noqa: B018 - kombu's decoding, as Celery's strategy reads it
    assert isinstance(delivery_of(raw(delivered.body)), Dead)


def test_headers_of_too_many_values_are_refused_before_anything_holds_them():
    """Decoded, 128 KB of headers can be 24,000 Python objects, and the main process holds each
    prefetched message until it is stored (tests/test_hostile_seventh.py: 1.4 GB)."""
    limit = dead_letters.MAX_HEADER_VALUES
    flat = {f"x-{n}": n for n in range(limit - 1)}
    assert refusal(raw(b"[]", {"task": STORE_PERSON, **flat})) is None  # limit values in all
    assert refusal(raw(b"[]", {"task": STORE_PERSON, **flat, "x-more": 1})).reason == (
        "message.bad_headers"
    )
    for many in ([[]] * 24_000, {"a": [{}] * limit}, [[[[]]]] * (limit // 3)):
        assert refusal(raw(b"[]", {"task": STORE_PERSON, "x-pad": many})).reason == (
            "message.bad_headers"
        )


def test_the_ledger_drops_settled_deliveries_behind_an_unsettled_one():
    """Dead-lettered as they arrived, behind a batch still storing: each was held, headers and
    body, until the oldest delivery settled (470 MB for 400 with large headers)."""
    from store_people.acknowledgements import Acknowledgements

    acks = []
    channel = SimpleNamespace(basic_ack=lambda tag, multiple: acks.append((tag, multiple)))

    def delivery(tag, acknowledged=False):
        return SimpleNamespace(delivery_tag=tag, acknowledged=acknowledged, channel=channel)

    ledger = Acknowledgements(errors=())
    head = delivery(1)
    ledger.enter(head)
    ledger.batch(head)
    for tag in range(2, 10_002):
        ledger.enter(delivery(tag, acknowledged=True))  # settled as it arrived
    assert len(ledger.unsettled) <= 2 * 64
    ledger.settled(stored=[head])
    assert acks == [(1, True)]  # the stored one, once
    ledger.enter(delivery(10_002))
    assert list(ledger.unsettled) == [10_002]
