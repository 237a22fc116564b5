"""An import counts each person by what it did to the table (late_writes.py), on the real
PostgreSQL, with the fast paths and without.

Imports of one line per person, under every policy, their batches arriving in any order
(a dead letter replayed after a later import, imports stored at once), undos anywhere:
after each batch, the counts it added are what the table shows happened to its people:
inserted when the person was absent, unchanged when the person is as before, else updated.
A row of an undone import counts nowhere.
"""

from concurrent.futures import ThreadPoolExecutor

import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

from store_people import db
from store_people.rows import PersonRow
from store_people.store import in_transaction, store_rows
from store_people.undo import undo
from StorePeople.tests.integration.test_first_writes import IDS, empty, with_undos
from StorePeople.tests.integration.test_first_writes_rule import EMAILS, race
from StorePeople.tests.migrations import alembic_config

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


ZERO = dict.fromkeys(KINDS, 0)


def stored_one_by_one(url, steps: list, fast: bool):
    """Run the steps (one-row batches, and undos: import ids) into an empty `url`; after
    each batch yield its row, the table before and after it, the counts it added to its
    import, and the imports undone so far (an undo refused, the import not stored yet,
    changes nothing)."""
    empty(url)
    undone: set[str] = set()
    for step in steps:
        if isinstance(step, str):
            try:
                in_transaction(url, 5, lambda session, one=step: undo(session, one, 90, 0))
                undone.add(step)
            except Exception:  # not stored yet: refused, nothing changes
                pass
            continue
        before, counted_before = read(url)
        store_rows(url, step, 5, fast=fast)
        after, counted = read(url)
        (row,) = step
        then, now = counted_before.get(row.import_id, ZERO), counted.get(row.import_id, ZERO)
        yield row, before, after, {k: now[k] - then[k] for k in KINDS}, undone


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
    arrival = [[row] for row in data.draw(st.permutations(rows), label="arrival")]
    steps = with_undos(arrival, imports, data)
    for row, before, after, added, undone in stored_one_by_one(migrated_url, steps, fast):
        if row.import_id in undone:
            assert added == ZERO and after == before
        else:
            assert added == what_it_did(before, after, {row.email.lower()}), (row, before, after)


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


def count_of(found, before, after, key, kept):
    """What a line an import after its own wrote over did to the person, as the table shows:
    nothing (the person as before) keeps what the import's earlier line made of them
    (`kept`); else inserted when the import found nobody, unchanged when the person is as
    it found them, else updated."""
    if kept is not None and after.get(key) == before.get(key):
        return kept
    if found is None:
        return "inserted"
    return "unchanged" if after[key] == found else "updated"


def own_count(found, row) -> str:
    """What the import's latest line does to the person as it found them (docs/undo.md)."""
    if found is None:
        return "inserted"
    values = (row.full_name, row.email, row.phone, row.company)
    if row.policy == 2:
        return "unchanged"
    if row.policy == 1:
        fills = any(f is None and v is not None for f, v in zip(found[2:], values[2:], strict=True))
        return "updated" if fills else "unchanged"
    return "unchanged" if values == found else "updated"


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    imports=st.lists(
        st.tuples(st.integers(0, 2), st.lists(person, min_size=1, max_size=4)),
        min_size=2,
        max_size=len(IDS),
    ),
    fast=st.booleans(),
    data=st.data(),
)
def test_several_lines_of_a_person_count_what_they_did_to_the_table(
    engine, migrated_url, imports, fast, data
):
    """Imports of several lines for the same person, arriving one by one in any order, some
    redelivered, undos anywhere: each line that moves the import's log row counts what it did
    to the table, a line that left the person as they were keeping the import's count."""
    rows = [
        PersonRow(IDS[i], line, p["name"], p["email"], p["phone"], p["company"], policy=policy)
        for i, (policy, people) in enumerate(imports)
        for line, p in enumerate(people, 2)
    ]
    arrival = list(data.draw(st.permutations(rows), label="arrival"))
    for row in data.draw(st.lists(st.sampled_from(rows), max_size=3), label="redelivered"):
        arrival.insert(data.draw(st.integers(arrival.index(row) + 1, len(arrival))), row)
    steps = with_undos([[row] for row in arrival], imports, data)
    found: dict = {}  # (import, person): the person as the import first found them
    latest: dict = {}  # (import, person): the import's line logged, and its count
    stored: set = set()  # (import, person) logged
    for row, before, after, added, undone in stored_one_by_one(migrated_url, steps, fast):
        key = (row.import_id, row.email.lower())
        logged, kept = latest.get(key, (0, None))
        if row.import_id in undone or row.line <= logged:
            assert added == ZERO and after == before, (row, before, after)
            continue
        found.setdefault(key, before.get(key[1]))
        late = any(i > row.import_id and i not in undone and k == key[1] for i, k in stored)
        stored.add(key)
        if late:
            now = count_of(found[key], before, after, key[1], kept)
        else:
            now = own_count(found[key], row)
        latest[key] = (row.line, now)
        expected = dict(ZERO, **{now: 1})
        if kept is not None:
            expected[kept] -= 1
        assert added == expected, (row, found[key], before, after)


def test_a_line_that_changed_nothing_keeps_what_its_import_did_earlier(engine, migrated_url):
    """Dee by the first import; the second's line 2 leaves her unchanged; the third
    overwrites her; the second's line 3 arrives last (the third's values stand): it changed
    nothing, so the second import still counts Dee unchanged (before: updated, by comparing
    the third import's values with the Dee the second found)."""
    empty(migrated_url)
    for import_id, line, name in ((0, 2, "Dee"), (1, 2, "Dee"), (2, 2, "Dee Ray"), (1, 3, "X")):
        store_rows(
            migrated_url, [PersonRow(IDS[import_id], line, name, "dee@x.org", None, None)], 5
        )
    people, counts = read(migrated_url)
    assert people == {"dee@x.org": ("Dee Ray", "dee@x.org", None, None)}
    assert counts[IDS[1]] == {"inserted": 0, "updated": 0, "unchanged": 1}


def sqlite_database(path) -> str:
    url = f"sqlite:///{path / 'people.db'}"
    db.get_engine(url)  # db.py keeps one engine per process: the last one closed, SQLite's made
    engine = create_engine(url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    engine.dispose()
    return url


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    imports=st.lists(
        st.tuples(st.integers(0, 2), st.lists(person, min_size=1, max_size=3)),
        min_size=2,
        max_size=4,
    ),
    data=st.data(),
)
def test_sqlite_counts_late_lines_as_postgresql_does(
    engine, migrated_url, tmp_path_factory, imports, data
):
    """The demo's SQLite runs the recount too (UPDATE ... FROM ... RETURNING, SQLite 3.35):
    the same rows in the same order, one by one, give the same people and counts."""
    rows = [
        PersonRow(IDS[i], line, p["name"], p["email"], p["phone"], p["company"], policy=policy)
        for i, (policy, people) in enumerate(imports)
        for line, p in enumerate(people, 2)
    ]
    arrival = data.draw(st.permutations(rows), label="arrival")
    sqlite_url = sqlite_database(tmp_path_factory.mktemp("demo"))
    empty(migrated_url)
    results = []
    for url in (migrated_url, sqlite_url):
        for row in arrival:
            store_rows(url, [row], 5)
        results.append(read(url))
    db.get_engine(sqlite_url).dispose()
    assert results[0] == results[1]


# Per import: its counts, the people its log rows count by kind, and its distinct people.
AGREE = """
SELECT i.import_id, i.stored, i.inserted, i.updated, i.unchanged,
       count(*) FILTER (WHERE w.kind = 0), count(*) FILTER (WHERE w.kind = 1),
       count(*) FILTER (WHERE w.kind = 2), count(w.email_key)
FROM imports i LEFT JOIN people_writes w ON w.import_id = i.import_id
WHERE i.undone_at IS NULL
GROUP BY i.import_id, i.stored, i.inserted, i.updated, i.unchanged
"""


def test_imports_stored_at_once_count_each_person_once(engine, migrated_url):
    """Four threads storing four imports' batches of the same people at once (late lines
    among them, keys Python's lower() and PostgreSQL's spell differently): each import
    counts each of its people once, as its log rows say, and stored its 40 lines."""
    emails = [*EMAILS, "i\u0307z@x.org", "p1@x.org"]
    for seed in range(6):
        empty(migrated_url)
        with ThreadPoolExecutor(4) as pool:
            race(migrated_url, emails, seed, pool)
        check = create_engine(migrated_url)
        with check.connect() as connection:
            for import_id, stored, *counts, people in connection.execute(text(AGREE)):
                assert stored == 40, (seed, import_id)
                assert counts[:3] == counts[3:6], (seed, import_id, counts)
                assert sum(counts[:3]) == people, (seed, import_id, counts, people)
        check.dispose()
