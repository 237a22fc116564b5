"""Values nested as deep as a decoder allows, and compression headers kombu doesn't know.

JSON decodes lists nested about 990 deep; showing such a value in a log line (`str()`),
or pickling it to the pool deeper in the stack, raised RecursionError: in the pool it sank
a whole batch, in the main process it left a batch unsettled ("Error in timer") or stopped
the worker ("Unrecoverable error", FAST_PATHS=0). Each is now a verdict on that message
alone. The values here are built in Python, deeper than any stack: they fail wherever a
recursive walk would.
"""

import json
import pickle
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from kombu.message import Message

from people_import_contract.messages import STORE_PEOPLE
from store_people import dead_letters
from store_people.consumer import reason_for, refuse_compression
from store_people.dead_letters import MAX_NESTING, deeper_than, nesting_refusal
from store_people.fast_paths import delivery_of, packed
from store_people.intake import Delivery, store_bulk_body
from store_people.settings import Settings
from store_people.shown import shown
from store_people.validation import BadMessage, parse_people, parse_person
from store_people.verdicts import Dead

IMPORT_ID = "20261103T000000000000Z-abcdef"
GOOD = {"import_id": IMPORT_ID, "line": 2, "full_name": "Ana", "email": "a@example.com"}


def deep(depth: int, leaf=None) -> list:
    value = [] if leaf is None else leaf
    for _ in range(depth):
        value = [value]
    return value


TOO_DEEP = deep(5_000)  # str() or pickle of it raises RecursionError at any stack depth


def depth_of(value) -> int:
    if isinstance(value, dict):
        return 1 + max(map(depth_of, value.values()), default=0)
    if isinstance(value, list | tuple):
        return 1 + max(map(depth_of, value), default=0)
    return 0


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({**GOOD, "line": TOO_DEEP}, "message.bad_line"),
        ({**GOOD, "import_id": TOO_DEEP}, "message.bad_import_id"),
        ({**GOOD, "merge": TOO_DEEP}, "message.bad_merge"),
    ],
)
def test_a_deep_value_is_a_bad_message_not_a_recursion_error(kwargs, code):
    with pytest.raises(BadMessage) as refused:
        parse_person([], kwargs)
    assert refused.value.code == code and "<list of 1>" in str(refused.value)


def test_a_bulk_row_with_a_deep_line_fails_alone():
    rows = [[2, "A", "a@example.com"], [TOO_DEEP, "B", "b@example.com"], [4, "C", "c@example.com"]]
    good, bad = parse_people(IMPORT_ID, rows)
    assert [row.line for row in good] == [2, 4]
    assert [problem.code for _line, problem in bad] == ["message.bad_line"]


def test_a_deep_task_header_on_the_bulk_queue_is_an_unknown_task():
    verdict = store_bulk_body(Settings(database_url="postgresql://nowhere/x"), TOO_DEEP, b"[]")
    assert verdict.reason == "message.unknown_task"


@given(value=st.recursive(st.none() | st.integers() | st.text(max_size=3) | st.binary(max_size=3),
                          lambda inner: st.lists(inner, max_size=3)
                          | st.dictionaries(st.text(max_size=2), inner, max_size=3)))  # fmt: skip
def test_shown_is_bounded_and_never_recurses(value):
    text = shown(deep(3_000, value), 20)
    assert text == "<list of 1>"
    assert len(shown(value, 20)) <= 20


class Parked:
    """A kombu message as dead_letter sees it: with no publisher, it is rejected."""

    def __init__(self):
        self.acknowledged, self.headers, self.delivery_info = False, {}, {}
        self.rejected = False

    def reject_log_error(self, log, errors, requeue=False):
        self.rejected, self.acknowledged = not requeue, True


def test_a_batch_that_cannot_be_pickled_parks_only_the_deep_message(monkeypatch):
    monkeypatch.setattr(dead_letters, "publisher", None)
    held = [(Delivery(f"m{n}", [], {**GOOD, "line": n}, False), Parked()) for n in range(2, 6)]
    held.insert(2, (Delivery("deep", [], {**GOOD, "line": TOO_DEEP}, False), Parked()))
    ledger = SimpleNamespace(gone=[], settled=lambda others: ledger.gone.extend(others))
    kept, blob = packed(held, (), ledger)
    assert [delivery.id for delivery, _ in kept] == ["m2", "m3", "m4", "m5"]
    assert [delivery.id for delivery in pickle.loads(blob)] == ["m2", "m3", "m4", "m5"]
    assert held[2][1].rejected and ledger.gone == [held[2][1]]
    assert not any(message.rejected for _delivery, message in kept)


def test_a_batch_that_can_be_pickled_is_sent_whole():
    held = [(Delivery(f"m{n}", [], {**GOOD, "line": n}, False), Parked()) for n in range(2, 5)]
    kept, blob = packed(held, (), None)
    assert kept == held and [d.kwargs["line"] for d in pickle.loads(blob)] == [2, 3, 4]


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=3),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=2), inner),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(value=JSONISH, extra=st.integers(0, 40), limit=st.integers(0, 40))
def test_deeper_than_counts_the_levels_a_recursive_walk_would(value, extra, limit):
    value = deep(extra, value)
    assert deeper_than(value, limit) == (depth_of(value) > limit)


@pytest.mark.parametrize("depth", [MAX_NESTING + 1, 900, 50_000])
def test_celerys_strategy_refuses_what_it_would_pickle_too_deep(depth):
    payload = [[], {**GOOD, "full_name": deep(depth)}, {}]
    assert nesting_refusal({"id": "m"}, payload) == Dead(
        "message.bad_shape", f"a body nested over {MAX_NESTING} deep"
    )
    assert nesting_refusal({"x-deep": deep(depth)}, [[], GOOD, {}]).reason == "message.bad_headers"


def test_what_the_cli_and_rabbitmq_send_is_not_too_deep():
    payload = [[], {**GOOD, "other_emails": ["b@example.com"], "attributes": {"k": "v"}}, {}]
    death = {"x-death": [{"count": 1, "routing-keys": ["people"], "reason": "rejected"}]}
    headers = {"id": "m", "timelimit": [None, None], "stamps": {}, **death}
    assert nesting_refusal(headers, payload) is None


@settings(max_examples=200, deadline=None)
@given(
    depth=st.integers(1, 3_000),
    field=st.sampled_from(["line", "import_id", "merge", "full_name", "attributes"]),
)
def test_the_fast_path_gives_a_verdict_for_any_depth_and_packs_or_parks_it(depth, field):
    body = json.dumps([[], {**GOOD, field: "X"}, {}]).replace('"X"', "[" * depth + "]" * depth)
    message = SimpleNamespace(body=body.encode(), headers={"task": "tasks.store_person", "id": "m"},
                              content_type="application/json", delivery_info={})  # fmt: skip
    verdict = delivery_of(message)
    if isinstance(verdict, Dead):
        assert verdict.reason == "message.undecodable"
        return
    parked, publisher = Parked(), dead_letters.publisher
    dead_letters.publisher = None  # set by store_people.app, if imported: RabbitMQ's instead
    try:
        kept, blob = packed([(verdict, parked)], (), None)
    finally:
        dead_letters.publisher = publisher
    assert (kept == [] and parked.rejected) or len(pickle.loads(blob)) == 1


COMPRESSIONS = st.one_of(
    st.sampled_from(["gzip", "zlib", "bzip2", "application/x-bz2", "application/x-lzma",
                     "application/x-brotli", "br", "zstd", "application/zstd", "x"]),
    st.text(min_size=1, max_size=8), st.integers(1, 2**40), st.lists(st.text(), min_size=1),
    st.dictionaries(st.text(), st.integers(), min_size=1),
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(compression=COMPRESSIONS)
def test_any_compression_header_is_refused_as_compressed_never_inflated(compression):
    """kombu inflates as it builds the message; one it doesn't know fails there (KeyError,
    TypeError) before our refusing decoder: message.compressed either way."""
    refuse_compression()
    message = Message(body=b"x" * 100, headers={"compression": compression, "task": STORE_PEOPLE},
                      content_type="application/json")  # fmt: skip
    assert message.errors and message.body == b"x" * 100  # never inflated
    assert reason_for(message.errors[0][1], message) == "message.compressed"


def test_a_body_that_fails_to_decode_without_compression_is_undecodable():
    assert reason_for(ValueError("x"), SimpleNamespace(headers={})) == "message.undecodable"
    assert reason_for(ValueError("x")) == "message.undecodable"


class RecursivePublisher:
    """Writes headers recursively, as py-amqp does: a table nested too deep raises."""

    queue = "people"

    def __init__(self):
        self.sent = []

    def publish(self, message, headers):
        pickle.dumps(headers)
        self.sent.append(headers)

    def close(self):
        pass


def test_a_dead_letter_keeps_every_header_but_the_ones_nested_too_deep(monkeypatch):
    publisher = RecursivePublisher()
    monkeypatch.setattr(dead_letters, "publisher", publisher)
    message = Parked()
    message.headers = {"id": "m", "x-import": "kept", "x-deep": TOO_DEEP, "retries": [1]}
    message.body, message.content_type, message.content_encoding = b"{}", "application/json", None
    message.ack_log_error = lambda log, errors: setattr(message, "acknowledged", True)
    dead_letters.dead_letter(message, "message.bad_headers", "deep", ())
    [headers] = publisher.sent
    assert headers["x-import"] == "kept" and headers["retries"] == [1] and "x-deep" not in headers
    assert headers["x-people-import-reason"] == "message.bad_headers" and message.acknowledged
