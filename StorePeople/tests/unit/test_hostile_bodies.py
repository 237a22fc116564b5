"""Whatever a message holds, reading it gives a verdict, never an exception (no services).

The main process's fast path (fast_paths.delivery_of) and the pool's bulk decoding
(intake.store_bulk_body, before it reaches the database) take generated bodies and
headers: bytes, nested JSON deeper than the interpreter recurses, odd header types.
"""

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from people_import_contract import dead_letters as contract
from people_import_contract.amqp_frames import UNREADABLE
from store_people.dead_letters import replayed_reason
from store_people.fast_paths import delivery_of
from store_people.intake import Delivery, store_bulk_body
from store_people.settings import Settings
from store_people.verdicts import Dead

JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner),
    max_leaves=8,
)
HEADERS = st.dictionaries(st.sampled_from(["id", "task", "eta", contract.REPLAYED,
                                           contract.REASON, contract.COUNTED, UNREADABLE]),
                          JSONISH)  # fmt: skip
NESTED = st.integers(1, 200_000).map(lambda depth: b"[" * depth)
BODIES = st.binary(max_size=200) | NESTED | JSONISH.map(lambda v: repr(v).encode())


def message(body: bytes, headers, content_type="application/json"):
    return SimpleNamespace(body=body, headers=headers, content_type=content_type, delivery_info={})


@settings(max_examples=300, deadline=None)
@given(body=BODIES, headers=HEADERS, content_type=st.sampled_from(["application/json", None, "x"]))
def test_the_fast_path_always_gives_a_verdict(body, headers, content_type):
    verdict = delivery_of(message(body, headers, content_type))
    assert isinstance(verdict, (Delivery, Dead))
    if isinstance(verdict, Dead):
        assert verdict.reason.startswith("message.") and not verdict.counted


@settings(max_examples=200, deadline=None)
@given(body=st.binary(max_size=200) | NESTED)
def test_an_undecodable_bulk_body_is_dead_before_the_database(body):
    verdict = store_bulk_body(
        Settings(database_url="postgresql://nowhere/x"), "tasks.store_people", body
    )
    assert verdict == Dead(verdict.reason, verdict.detail) and verdict.reason.startswith("message.")


@given(headers=HEADERS)
def test_a_replay_is_read_from_any_headers(headers):
    reason = replayed_reason(message(b"", headers))
    assert reason is None or isinstance(reason, str)
