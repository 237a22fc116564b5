"""--merge per import: overwrite, fill-blanks, insert-only, in the fold and under undo."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from store_people import history
from store_people.rows import PersonRow
from store_people.store import in_transaction
from store_people.write_kinds import FILL_BLANKS, INSERT_ONLY, OVERWRITE
from StorePeople.tests.integration.test_known_fields import people
from StorePeople.tests.integration.test_undo_fold import IDS, empty, store, undo_of

pytestmark = pytest.mark.integration
A, B, C = IDS[0], IDS[1], IDS[2]


def row(import_id, line, name, phone=None, company=None, policy=OVERWRITE, email="ann@x.org"):
    return PersonRow(import_id, line, name, email, phone, company, policy=policy)


def counts(totals, import_id):
    return tuple(totals[import_id][k] for k in ("inserted", "updated", "unchanged"))


def test_fill_blanks_sets_only_the_empty_fields_and_undo_takes_them_back(engine, migrated_url):
    store(migrated_url, [row(A, 2, "Ann", phone="+1555")])
    totals = store(migrated_url, [row(B, 2, "Ann Other", "+1999", "Acme", FILL_BLANKS)])
    assert counts(totals, B) == (0, 1, 0)
    assert people(engine) == [("Ann", "ann@x.org", "+1555", "Acme", None, None)]
    # Nothing left to fill: unchanged, and no write at all.
    with engine.connect() as connection:
        before = connection.execute(text("SELECT * FROM people")).all()
    totals = store(migrated_url, [row(C, 2, "Ann X", "+1000", "Other", FILL_BLANKS)])
    assert counts(totals, C) == (0, 0, 1)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT * FROM people")).all() == before
    assert undo_of(migrated_url, B)["restored"] == 1  # C now fills the company
    assert people(engine) == [("Ann", "ann@x.org", "+1555", "Other", None, None)]
    assert undo_of(migrated_url, C)["restored"] == 1
    assert people(engine) == [("Ann", "ann@x.org", "+1555", None, None, None)]
    empty(engine)


def test_insert_only_inserts_new_people_and_leaves_existing_ones(engine, migrated_url):
    store(migrated_url, [row(A, 2, "Ann")])
    totals = store(
        migrated_url,
        [row(B, 2, "Ann B", "+1", policy=INSERT_ONLY),
         row(B, 3, "Ben", "+2", policy=INSERT_ONLY, email="ben@x.org")],
    )  # fmt: skip
    assert counts(totals, B) == (1, 0, 1)
    assert people(engine) == [
        ("Ann", "ann@x.org", None, None, None, None),
        ("Ben", "ben@x.org", "+2", None, None, None),
    ]
    # Undo the import that made Ann: the insert-only write is the first standing one.
    assert undo_of(migrated_url, A)["restored"] == 1
    assert people(engine)[0] == ("Ann B", "ann@x.org", "+1", None, None, None)
    assert undo_of(migrated_url, B)["removed"] == 2
    assert people(engine) == []
    empty(engine)


def test_an_earlier_overwrite_arriving_late_still_comes_first(engine, migrated_url):
    """Later-row-wins by the data: B (insert-only) reached Ann first, A started earlier."""
    store(migrated_url, [row(B, 2, "From B", "+2", policy=INSERT_ONLY)])
    store(migrated_url, [row(A, 9, "From A")])
    assert people(engine) == [("From A", "ann@x.org", None, None, None, None)]
    empty(engine)


def test_pruning_keeps_the_overwrite_a_later_fill_blanks_builds_on(engine, migrated_url):
    store(migrated_url, [row(A, 2, "Ann", "+1")])
    store(migrated_url, [row(B, 2, "Ann B", None, "Acme", FILL_BLANKS)])
    with engine.begin() as connection:
        connection.execute(text("UPDATE imports SET updated_at = now() - interval '100 days'"))
    in_transaction(migrated_url, 5, lambda session: history.prune_log(session, 90))
    with engine.connect() as connection:
        left = connection.execute(text("SELECT import_id FROM people_writes ORDER BY 1")).all()
    assert [r[0] for r in left] == [A, B]
    store(migrated_url, [row(C, 2, "Ann C", "+3", policy=OVERWRITE)])
    undo_of(migrated_url, C)
    assert people(engine) == [("Ann", "ann@x.org", "+1", "Acme", None, None)]
    empty(engine)


def replay(rows, policies, undone) -> list:
    """The model: each import's latest row per person, applied in (import, line) order,
    each with its import's policy, the undone imports left out."""
    latest = {}
    for r in rows:
        key = (r.email.lower(), r.import_id)
        if key not in latest or latest[key].line < r.line:
            latest[key] = r
    person = {}
    for r in sorted(latest.values(), key=lambda r: (r.import_id, r.line)):
        if r.import_id in undone:
            continue
        key, values = r.email.lower(), [r.full_name, r.email, r.phone, r.company]
        policy = policies[IDS.index(r.import_id)]
        if key not in person or policy == OVERWRITE:
            person[key] = values
        elif policy == FILL_BLANKS:
            pairs = enumerate(zip(person[key], values, strict=True))
            person[key] = [old if old is not None or i < 2 else new for i, (old, new) in pairs]
    return sorted((*v, None, None) for v in person.values())


written = st.tuples(
    st.sampled_from(["Ann", "Ann B"]),
    st.sampled_from(["ann@x.org", "ANN@x.org", "ben@x.org"]),
    st.sampled_from([None, "+1", "+2"]),
    st.sampled_from([None, "Acme", "Initech"]),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    imports=st.lists(st.lists(written, min_size=1, max_size=4), min_size=1, max_size=5),
    data=st.data(),
)
def test_any_history_of_policies_and_undos_gives_the_replay(engine, migrated_url, imports, data):
    empty(engine)
    policies = data.draw(
        st.lists(st.sampled_from([OVERWRITE, FILL_BLANKS, INSERT_ONLY]),
                 min_size=len(imports), max_size=len(imports)), label="policies")  # fmt: skip
    rows = [
        PersonRow(IDS[i], line, name, email, phone, company, policy=policies[i])
        for i, batch in enumerate(imports)
        for line, (name, email, phone, company) in enumerate(batch, 2)
    ]
    arrival = data.draw(st.permutations(rows), label="arrival")
    while arrival:  # in batches of any size, in any order
        size = data.draw(st.integers(1, len(arrival)), label="batch")
        store(migrated_url, arrival[:size])
        arrival = arrival[size:]
    undone = data.draw(st.lists(st.sampled_from(IDS[: len(imports)]), unique=True), label="undo")
    for import_id in undone:
        assert undo_of(migrated_url, import_id)["state"] == "undone"
    assert people(engine) == replay(rows, policies, set(undone))
    empty(engine)


@pytest.mark.parametrize(
    ("policy", "stored"),
    [(OVERWRITE, "ADA@X.COM"), (FILL_BLANKS, "ada@x.com"), (INSERT_ONLY, "ada@x.com")],
)
def test_the_address_spelling_is_the_latest_overwrites(engine, migrated_url, policy, stored):
    """README: ADA@X.COM after ada@x.com is stored as written under overwrite only."""
    store(migrated_url, [row(A, 2, "Ada", email="ada@x.com")])
    totals = store(migrated_url, [row(B, 2, "Ada", policy=policy, email="ADA@X.COM")])
    assert counts(totals, B) == ((0, 1, 0) if policy == OVERWRITE else (0, 0, 1))
    with engine.connect() as connection:
        assert connection.execute(text("SELECT email FROM people")).scalar() == stored
    empty(engine)
