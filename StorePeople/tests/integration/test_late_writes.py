"""An import counts each person by what it did to the table (late_writes.py), on the real
PostgreSQL, with the fast paths and without.

Imports of one line per person, under every policy, their batches arriving in any order
(a dead letter replayed after a later import, imports stored at once), undos anywhere:
after each batch, the counts it added are what the table shows happened to its people:
inserted when the person was absent, unchanged when the person is as before, else updated.
A row of an undone import counts nowhere.
"""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

from store_people.rows import PersonRow
from store_people.store import in_transaction, store_rows
from store_people.undo import undo
from StorePeople.tests.integration.test_first_writes import IDS, empty

pytestmark = pytest.mark.integration

PEOPLE = "SELECT lower(email), full_name, email, phone, company FROM people"
COUNTS = "SELECT import_id, inserted, updated, unchanged FROM imports"
KINDS = ("inserted", "updated", "unchanged")

person = st.fixed_dictionaries(
    {
        "name": st.sampled_from(["Dee", "Dee Ray"]),
        "email": st.sampled_from(["dee@x.org", "DEE@x.org", "eve@x.org"]),
        "phone": st.sampled_from([None, "+12125550199"]),
        "company": st.sampled_from([None, "Acme"]),
    }
)
# One line per person an import: a person's count is then that line's.
an_import = st.tuples(
    st.integers(0, 2),
    st.lists(person, min_size=1, max_size=2, unique_by=lambda p: p["email"].lower()),
)


def read(url) -> tuple[dict, dict]:
    engine = create_engine(url)
    with engine.connect() as connection:
        people = {key: tuple(values) for key, *values in connection.execute(text(PEOPLE))}
        counts = {import_id: dict(zip(KINDS, c, strict=True))
                  for import_id, *c in connection.execute(text(COUNTS))}  # fmt: skip
    engine.dispose()
    return people, counts


def what_it_did(before: dict, after: dict, keys: set) -> dict:
    return {
        "inserted": sum(key not in before for key in keys),
        "updated": sum(key in before and after[key] != before[key] for key in keys),
        "unchanged": sum(key in before and after[key] == before[key] for key in keys),
    }


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    imports=st.lists(an_import, min_size=2, max_size=len(IDS)),
    fast=st.booleans(),
    data=st.data(),
)
def test_each_batch_counts_what_it_did_to_the_table(engine, migrated_url, imports, fast, data):
    rows = [
        PersonRow(IDS[i], line, p["name"], p["email"], p["phone"], p["company"], policy=policy)
        for i, (policy, people) in enumerate(imports)
        for line, p in enumerate(people, 2)
    ]
    steps: list = [[row] for row in data.draw(st.permutations(rows), label="arrival")]
    for import_id in data.draw(st.lists(st.sampled_from(IDS[: len(imports)]), unique=True)):
        steps.insert(data.draw(st.integers(0, len(steps)), label="undo at"), import_id)
    empty(migrated_url)
    undone: set[str] = set()
    for step in steps:
        if isinstance(step, str):
            try:
                in_transaction(migrated_url, 5, lambda session, one=step: undo(session, one, 90, 0))
                undone.add(step)
            except Exception:  # not stored yet: refused, nothing changes
                pass
            continue
        before, counted_before = read(migrated_url)
        store_rows(migrated_url, step, 5, fast=fast)
        after, counted = read(migrated_url)
        (row,) = step
        key = row.email.lower()
        zero = dict.fromkeys(KINDS, 0)
        added = {k: counted.get(row.import_id, zero)[k] - counted_before.get(row.import_id, zero)[k]
                 for k in KINDS}  # fmt: skip
        if row.import_id in undone:
            assert added == zero and after == before
        else:
            assert added == what_it_did(before, after, {key}), (row, before, after)


def test_a_replayed_overwrite_a_later_import_wrote_over_changes_nothing_and_says_so(
    engine, migrated_url
):
    """Dee by the first import, then by the third (the same values); the second import's
    row stored last (its dead letter replayed): the third's values stand, so the second
    counts Dee unchanged (before, the row's own values said updated)."""
    empty(migrated_url)
    dee = [PersonRow(IDS[i], 2, "Bad Dee", "dee@x.org", None, None) for i in (0, 2)]
    store_rows(migrated_url, [dee[0]], 5)
    store_rows(migrated_url, [dee[1]], 5)
    store_rows(
        migrated_url, [PersonRow(IDS[1], 2, "Dee Ray", "dee@x.org", "+12125550199", None)], 5
    )
    people, counts = read(migrated_url)
    assert people == {"dee@x.org": ("Bad Dee", "dee@x.org", None, None)}
    assert counts[IDS[1]] == {"inserted": 0, "updated": 0, "unchanged": 1}
