"""Phone, company, job title and other addresses (migration 0006): stored, counted, undone."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from store_people.rows import PersonRow
from StorePeople.tests.integration.test_undo_fold import IDS, empty, store, undo_of

pytestmark = pytest.mark.integration
A, B, C = IDS[0], IDS[1], IDS[2]
KNOWN = "SELECT full_name, email, phone, company, job_title, other_emails FROM people"


def people(engine):
    with engine.connect() as connection:
        return sorted(tuple(r) for r in connection.execute(text(KNOWN + " ORDER BY email")))


def ann(import_id, line=2, phone="+4930123456", company="Acme", title="CTO", others=None):
    return PersonRow(import_id, line, "Ann", "ann@x.org", phone, company, title, others)


def test_known_fields_are_stored_and_an_identical_row_is_a_true_no_op(engine, migrated_url):
    store(migrated_url, [ann(A, others=("ann@home.org",))])
    assert people(engine) == [("Ann", "ann@x.org", "+4930123456", "Acme", "CTO", ["ann@home.org"])]
    with engine.connect() as connection:
        before = connection.execute(text("SELECT * FROM people")).all()
    totals = store(migrated_url, [ann(B, others=("ann@home.org",))])
    assert (totals[B]["unchanged"], totals[B]["updated"]) == (1, 0)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT * FROM people")).all() == before
        entries = "SELECT count(*) FROM people_history WHERE new_import = :b"
        assert connection.execute(text(entries), {"b": B}).scalar() == 0
    empty(engine)


def test_a_changed_phone_is_an_update_kept_in_the_history_and_undone(engine, migrated_url):
    store(migrated_url, [ann(A)])
    totals = store(migrated_url, [ann(B, phone="+4930999999", company=None)])
    assert (totals[B]["updated"], totals[B]["unchanged"]) == (1, 0)
    assert people(engine) == [("Ann", "ann@x.org", "+4930999999", None, "CTO", None)]
    with engine.connect() as connection:
        replaced = connection.execute(
            text("SELECT action, phone, company FROM people_history WHERE new_import = :b"),
            {"b": B},
        ).all()
    assert replaced == [("update", "+4930123456", "Acme")]
    result = undo_of(migrated_url, B)
    assert result["restored"] == 1
    assert people(engine) == [("Ann", "ann@x.org", "+4930123456", "Acme", "CTO", None)]
    empty(engine)


def test_rows_without_known_fields_store_nulls(engine, migrated_url):
    store(migrated_url, [PersonRow(A, 2, "Ben", "ben@x.org")])
    assert people(engine) == [("Ben", "ben@x.org", None, None, None, None)]
    totals = store(migrated_url, [PersonRow(B, 2, "Ben", "ben@x.org", "+1 555")])
    assert totals[B]["updated"] == 1
    empty(engine)


known = st.tuples(
    st.sampled_from(["Ann", "Ann B"]),
    st.sampled_from(["ann@x.org", "ANN@x.org", "ben@x.org"]),
    st.sampled_from([None, "+4930123456", "+4930999999"]),
    st.sampled_from([None, "Acme"]),
    st.sampled_from([None, ("a@home.org",), ("a@home.org", "b@home.org")]),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(imports=st.lists(st.lists(known, min_size=1, max_size=4), min_size=1, max_size=4),
       data=st.data())  # fmt: skip
def test_any_history_of_known_fields_and_undos_gives_the_replay(
    engine, migrated_url, imports, data
):
    empty(engine)
    rows = [
        PersonRow(IDS[i], line, name, email, phone, company, None, others)
        for i, batch in enumerate(imports)
        for line, (name, email, phone, company, others) in enumerate(batch, 2)
    ]
    arrival = data.draw(st.permutations(rows), label="arrival")
    while arrival:
        size = data.draw(st.integers(1, len(arrival)), label="batch")
        store(migrated_url, arrival[:size])
        arrival = arrival[size:]
    undone = data.draw(st.lists(st.sampled_from(IDS[: len(imports)]), unique=True), label="undone")
    for import_id in undone:
        assert undo_of(migrated_url, import_id)["state"] == "undone"
    model = {}
    for row in sorted(rows, key=lambda r: (r.import_id, r.line)):
        if row.import_id not in undone:
            others = list(row.other_emails) if row.other_emails else None
            model[row.email.lower()] = (row.full_name, row.email, row.phone, row.company, None,
                                        others)  # fmt: skip
    assert people(engine) == sorted(model.values())
    empty(engine)
