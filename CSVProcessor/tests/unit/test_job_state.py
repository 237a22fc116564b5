"""An import's state from its records: the rules, and that no record reads as running for ever."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from csv_import.job_state import caught_up, merged, state_of
from csv_import.status import describe
from people_import_contract.job_record import LEASE_SECONDS

NOW = 1_000_000.0


@pytest.mark.parametrize(
    "job, state",
    [
        (None, "unknown"),
        ({"state": "running", "cli_seen_at": str(NOW - 30)}, "running"),
        ({"state": "running", "cli_seen_at": str(NOW - LEASE_SECONDS - 1)}, "interrupted"),
        ({"state": "interrupted", "enqueued": "5"}, "interrupted"),
        ({"state": "failed", "enqueued": "5", "stored": "5"}, "failed"),
        ({"state": "enqueued", "enqueued": "3", "stored": "3"}, "done"),
        (
            {"state": "enqueued", "enqueued": "3", "stored": "2", "failed": "1"},
            "done_with_failures",
        ),  # fmt: skip
        (
            {
                "state": "enqueued",
                "enqueued": "3",
                "stored": "1",
                "last_progress_at": str(NOW - 30),
            },
            "running",
        ),  # fmt: skip
        (
            {
                "state": "enqueued",
                "enqueued": "3",
                "stored": "1",
                "last_progress_at": str(NOW - 61),
            },
            "stalled",
        ),  # fmt: skip
        # Nothing stored (no worker): the CLI's own last progress counts.
        ({"state": "enqueued", "enqueued": "3", "cli_seen_at": str(NOW - 30)}, "running"),
        ({"state": "enqueued", "enqueued": "3", "cli_seen_at": str(NOW - 61)}, "stalled"),
        # An old CLI's history: counts, no state.
        ({"enqueued": "3", "stored": "3", "source": "history"}, "done"),
        # No word from the CLI (killed, broker lost): the workers' writes are all there is.
        ({"stored": "7", "last_progress_at": str(NOW - 10)}, "running"),
        ({"stored": "7", "last_progress_at": str(NOW - LEASE_SECONDS - 1)}, "interrupted"),
        ({"state": "enqueued", "enqueued": "3", "undone_at": "2026-12-01"}, "undone"),
    ],
)
def test_state_rules(job, state):
    assert state_of(job, 60, now=NOW) == state


RECORDS = st.fixed_dictionaries(
    {},
    optional={
        "state": st.sampled_from(["running", "enqueued", "interrupted", "failed"]),
        "enqueued": st.integers(0, 10).map(str),
        "stored": st.integers(0, 10).map(str),
        "failed": st.integers(0, 3).map(str),
        "cli_seen_at": st.floats(0, NOW).map(str),
        "last_progress_at": st.floats(0, NOW).map(str),
    },
)


@given(job=RECORDS, later=st.floats(1, 1e6))
def test_no_record_reads_as_running_once_everyone_is_silent(job, later):
    """Whatever fields a record kept, silence longer than both limits is never `running`."""
    quiet_since = max([float(job.get(k, 0)) for k in ("cli_seen_at", "last_progress_at")])
    now = max(quiet_since, NOW) + max(LEASE_SECONDS, 60) + later
    assert state_of(job or None, 60, now=now) != "running"


HISTORY = {
    "file": "people.csv",
    "rows": "7",
    "accepted": "7",
    "rejected": "0",
    "enqueued": "7",
    "stored": "7",
    "inserted": "6",
    "updated": "0",
    "unchanged": "0",
    "failed": "0",
    "state": "enqueued",
    "source": "history",
}


def test_a_partial_backend_record_is_merged_with_the_history_never_shown_as_zero():
    partial = {"undone_at": "1800000000.0"}  # Redis forgot the import; an undo wrote this
    alone = describe("20261128T160134123456Z-1a2b3c", partial, "undone")
    assert (alone["rows"], alone["enqueued"], alone["stored"]) == (None, None, None)
    job = merged(partial, HISTORY)
    view = describe("20261128T160134123456Z-1a2b3c", job, state_of(job, 60))
    assert (view["state"], view["rows"], view["stored"]) == ("undone", 7, 7)
    assert view["file"] == "people.csv"
    assert view["superseded"] == 1  # 7 rows stored for 6 people: a later line replaced one


@given(backend=st.dictionaries(st.sampled_from(["stored", "failed", "inserted"]),
                               st.integers(0, 9).map(str)))  # fmt: skip
def test_merged_counters_are_never_below_either_source(backend):
    job = merged(backend, HISTORY)
    for name in ("stored", "failed", "inserted"):
        assert int(job[name]) == max(int(backend.get(name, 0)), int(HISTORY[name]))
    assert job["rows"] == "7"  # the CLI's counts come from the history


COUNTS = st.integers(0, 10_000)


@given(
    st.fixed_dictionaries(
        {"stored": COUNTS, "inserted": COUNTS, "updated": COUNTS, "failed": COUNTS}
    ),  # fmt: skip
    st.fixed_dictionaries(
        {"stored": COUNTS, "inserted": COUNTS, "updated": COUNTS, "failed": COUNTS}
    ),  # fmt: skip
)
def test_a_full_record_behind_the_history_is_caught_up(redis_counts, history_counts):
    """Redis missed the workers' last writes (down, back from a snapshot): the record with
    more rows stored gives the people counts; stored and failed never go below either;
    a record not behind is left as it is."""
    backend = {"state": "enqueued", "enqueued": "20000", "last_progress_at": "5",
               **{k: str(v) for k, v in redis_counts.items()}}  # fmt: skip
    history = {"source": "history", "state": "enqueued", "last_progress_at": "9",
               **{k: str(v) for k, v in history_counts.items()}}  # fmt: skip
    job = caught_up(dict(backend), history)
    behind = history_counts["stored"] > redis_counts["stored"]
    if not behind and history_counts["failed"] <= redis_counts["failed"]:
        assert job == backend
        return
    assert "source" not in job and job["state"] == "enqueued"
    for name in ("stored", "failed"):
        assert int(job[name]) == max(redis_counts[name], history_counts[name])
    for name in ("inserted", "updated"):  # whole from the later record; else the larger
        later = history_counts[name] if behind else max(redis_counts[name], history_counts[name])
        assert int(job[name]) == later
    assert job["last_progress_at"] == "9.0"
