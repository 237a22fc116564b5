"""The summary's text: counts that add up, a hint for every failure reason, no nested reprs."""

import re

from hypothesis import given
from hypothesis import strategies as st

from csv_import.hints import DEAD_LETTERS, GENERAL, failure_hints, hint
from csv_import.report import Summary, to_text

CODES = st.from_regex(r"[a-z]{1,8}\.[a-z_]{1,12}", fullmatch=True)


def test_the_demo_reads_without_a_contradiction():
    """7 rows stored for 6 people: the text says where the seventh went."""
    summary = Summary(import_id="20261128T160134123456Z-1a2b3c", file="people.csv", rows=7,
                      accepted=7, enqueued=7)  # fmt: skip
    summary.fill_from_job({"stored": "7", "inserted": "6", "updated": "0", "unchanged": "0"})
    summary.state = "done"
    assert "stored      7  (inserted 6, updated 0, unchanged 0; 1 superseded by a later line)" in (
        to_text(summary)
    )


@given(emails=st.lists(st.integers(0, 3), max_size=40), done=st.sampled_from(["i", "u", "n"]))
def test_stored_rows_add_up_to_the_emails_and_the_superseded(emails, done):
    """Any file: rows per email; each email counted once as inserted, updated or unchanged."""
    stored = len(emails)
    distinct = len(set(emails))
    kinds = {"inserted": 0, "updated": 0, "unchanged": 0}
    kinds[{"i": "inserted", "u": "updated", "n": "unchanged"}[done]] = distinct
    summary = Summary(import_id="20261128T160134123456Z-1a2b3c", file="f.csv", enqueued=stored)
    summary.fill_from_job({"stored": str(stored), **{k: str(v) for k, v in kinds.items()}})
    line = next(x for x in to_text(summary).splitlines() if x.startswith("  stored"))
    numbers = [int(n) for n in re.findall(r"\d+", line)]
    assert numbers[0] == sum(numbers[1:]) == stored


@given(code=CODES)
def test_every_failure_reason_gets_a_hint_and_where_the_rows_wait(code):
    lines = failure_hints({code: 1})
    assert lines[0].startswith(f"{code}: ") and len(lines[0]) > len(code) + 10
    assert lines[-1] == DEAD_LETTERS


def test_known_reasons_get_their_own_hint():
    assert "alembic upgrade head" in hint("db.refused")
    assert "STORE_RETRY_SECONDS" in hint("db.unavailable")
    assert hint("db.deadlock_forever") != GENERAL  # the family's
    assert hint("nobody.knows") == GENERAL
    assert failure_hints({}) == []


def test_text_has_no_nested_reprs():
    summary = Summary(import_id="20261128T160134123456Z-1a2b3c", file="f.csv", rows=2)
    summary.rejected_by_reason["email.invalid"] += 1
    summary.columns = {"name": ["Name"], "email": ["Email"]}
    text = to_text(summary)
    assert "{" not in text and "[" not in text and "Counter" not in text
