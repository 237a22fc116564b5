"""store.merge_totals: the counters of a batch's two transactions (store.store_or_isolate)."""

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from store_people.counts import TAKEN_OFF
from store_people.store import merge_totals

NAMES = st.sampled_from(["stored", "inserted", "failed", "failed:db.refused", "version@failed"])
COUNTERS = st.dictionaries(NAMES, st.integers(0, 9))
TAKEN = st.builds(
    Counter, st.dictionaries(st.sampled_from(["failed", "failed:x"]), st.integers(1, 5))
)


def test_a_reason_only_the_first_transaction_changed_keeps_its_count():
    """A replayed row's failure taken off in the first transaction: its reason's count
    comes with that transaction's totals only; the second's must not drop it."""
    totals = {"i": {"stored": 4, "failed": 0, "failed:db.refused": 0, TAKEN_OFF: Counter(failed=2)}}
    merge_totals(totals, {"i": {"stored": 5, "failed": 0, TAKEN_OFF: Counter(failed=1)}})
    assert totals == {
        "i": {"stored": 5, "failed": 0, "failed:db.refused": 0, TAKEN_OFF: Counter(failed=3)}
    }


@given(earlier=COUNTERS, later=COUNTERS, taken=st.tuples(TAKEN, TAKEN))
def test_later_counters_win_the_others_stay_and_what_was_taken_off_adds_up(earlier, later, taken):
    totals = {"i": {**earlier, TAKEN_OFF: taken[0]}}
    merge_totals(totals, {"i": {**later, TAKEN_OFF: taken[1]}, "j": dict(later)})
    assert totals["i"] == {**earlier, **later, TAKEN_OFF: taken[0] + taken[1]}
    assert totals["j"] == {**later, TAKEN_OFF: Counter()}
