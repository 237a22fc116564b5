"""Undo on the history as a whole (docs/undo.md), on the real PostgreSQL.

After any imports, arriving in any order and batches, and undos in any order, the
table is what a replay of only the imports still standing gives from scratch.
"""

import random
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from store_people import history
from store_people.rows import PersonRow
from store_people.store import in_transaction, store_rows
from store_people.undo import undo

pytestmark = pytest.mark.integration
IDS = [f"20261201T0{h}0000000000Z-abcdef" for h in range(1, 7)]
A, B, D = IDS[0], IDS[2], IDS[1]  # D started before B
EMAILS = ["ann@x.org", "ANN@x.org", "ben@x.org", "cy@x.org", "Cy@X.org", "dee@x.org"]
NAMES = ["Ann", "Ben", "Cy", "Ann B"]


def store(url, rows):
    totals, refused = store_rows(url, rows, retry_seconds=5)
    assert refused == []
    return totals


def undo_of(url, import_id):
    return in_transaction(url, 5, lambda session: undo(session, import_id, 90, 0))


def table(engine):
    with engine.connect() as connection:
        query = "SELECT full_name, email FROM people"
        return sorted(tuple(row) for row in connection.execute(text(query)))


def empty(engine):
    """DELETE, not TRUNCATE, before each generated example (test_first_writes.empty)."""
    with engine.begin() as connection:
        for table in ("people", "people_history", "people_writes", "imports"):
            connection.execute(text(f"DELETE FROM {table}"))


def rows_of(import_id, *people, first_line=2):
    return [
        PersonRow(import_id, n, name, email) for n, (name, email) in enumerate(people, first_line)
    ]


def test_a_inserts_b_renames_undo_a_then_b(engine, migrated_url):
    """Case (a): with only A undone, B's rename stands; with both undone, Ann is gone."""
    store(migrated_url, rows_of(A, ("Ann", "ann@x.org")))
    store(migrated_url, rows_of(B, ("Ann Smith", "ann@x.org")))
    result = undo_of(migrated_url, A)
    assert (result["restored"], result["removed"], result["kept"]) == (0, 0, 1)
    assert table(engine) == [("Ann Smith", "ann@x.org")]
    result = undo_of(migrated_url, B)
    assert (result["restored"], result["removed"]) == (0, 1)
    assert table(engine) == []
    empty(engine)


def test_an_earlier_import_reaching_the_rows_late_stands_when_the_later_is_undone(
    engine, migrated_url
):
    """Case (b): D starts first, B (a later id) writes the same people before D reaches
    them; undoing B gives them D's values (D still stands), not A's."""
    emails = [f"p{n}@x.org" for n in range(100)]
    store(migrated_url, rows_of(A, *((f"A {e}", e) for e in emails)))
    store(migrated_url, rows_of(B, *((f"B {e}", e) for e in emails)))
    totals = store(migrated_url, rows_of(D, *((f"D {e}", e.upper()) for e in emails)))
    assert totals[D]["stored"] == 100
    assert {name[0] for name, _ in table(engine)} == {"B"}  # B is later: it wins
    result = undo_of(migrated_url, B)
    assert (result["restored"], result["removed"], result["kept"]) == (100, 0, 0)
    assert table(engine) == sorted((f"D {e}", e.upper()) for e in emails)
    empty(engine)


def test_an_unchanged_reimport_writes_nothing_and_undoing_either_keeps_the_other(
    engine, migrated_url
):
    store(migrated_url, rows_of(A, ("Ann", "ann@x.org"), ("Ben", "ben@x.org")))
    with engine.connect() as connection:
        before = connection.execute(text("SELECT * FROM people ORDER BY id")).all()
    totals = store(migrated_url, rows_of(B, ("Ann", "ann@x.org"), ("Ben", "ben@x.org")))
    assert (totals[B]["stored"], totals[B]["unchanged"], totals[B]["updated"]) == (2, 2, 0)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT * FROM people ORDER BY id")).all() == before
        history = "SELECT count(*) FROM people_history WHERE new_import = :b"
        assert connection.execute(text(history), {"b": B}).scalar() == 0
    assert undo_of(migrated_url, A)["removed"] == 0  # B wrote them too
    assert table(engine) == [("Ann", "ann@x.org"), ("Ben", "ben@x.org")]
    assert undo_of(migrated_url, B)["removed"] == 2
    empty(engine)


def test_a_late_row_of_an_undone_import_is_not_stored(engine, migrated_url):
    store(migrated_url, rows_of(A, ("Ann", "ann@x.org")))
    store(migrated_url, rows_of(B, ("Ann B", "ann@x.org")))
    undo_of(migrated_url, B)
    late = rows_of(B, ("Ann B2", "ann@x.org"), ("Cy", "cy@x.org"), first_line=9)
    totals, refused = store_rows(migrated_url, late, retry_seconds=5)
    assert table(engine) == [("Ann", "ann@x.org")]
    # Counted nowhere (they read `stored` and `inserted`): dead-lettered as import.undone.
    assert [(row.line, code) for row, code in refused] == [
        (9, "import.undone"),
        (10, "import.undone"),
    ]
    assert B not in totals
    with engine.connect() as connection:
        query = "SELECT stored, inserted, failed FROM imports WHERE import_id = :i"
        assert tuple(connection.execute(text(query), {"i": B}).one()) == (1, 0, 0)
    # Not logged: a copy (a dead letter replayed again) is dead-lettered again, never taken
    # for a row stored before and acknowledged, gone.
    again, refused = store_rows(migrated_url, late, retry_seconds=5)
    assert B not in again
    assert [(row.line, code) for row, code in refused] == [
        (9, "import.undone"),
        (10, "import.undone"),
    ]
    assert table(engine) == [("Ann", "ann@x.org")]
    empty(engine)


people = st.tuples(st.sampled_from(NAMES), st.sampled_from(EMAILS))
imports = st.lists(st.lists(people, min_size=1, max_size=5), min_size=1, max_size=len(IDS))


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(imports=imports, data=st.data())
def test_any_imports_and_undos_give_the_replay_of_the_imports_standing(
    engine, migrated_url, imports, data
):
    empty(engine)  # what a failed example left
    rows = [row for i, people in enumerate(imports) for row in rows_of(IDS[i], *people)]
    arrival = data.draw(st.permutations(rows), label="arrival")
    while arrival:  # in batches of any size, in any order: later (import, line) wins
        size = data.draw(st.integers(1, len(arrival)), label="batch")
        store(migrated_url, arrival[:size])
        arrival = arrival[size:]
    ids = IDS[: len(imports)]
    undone = data.draw(st.lists(st.sampled_from(ids), unique=True), label="undone")
    for import_id in undone:
        assert undo_of(migrated_url, import_id)["state"] == "undone"
    after_undos = table(engine)
    standing = {}  # the model: per person, the highest (import, line) not undone
    for row in sorted(rows, key=lambda r: (r.import_id, r.line)):
        if row.import_id not in undone:
            standing[row.email.lower()] = (row.full_name, row.email)
    assert after_undos == sorted(standing.values())
    empty(engine)
    store(migrated_url, [row for row in rows if row.import_id not in undone])
    assert after_undos == table(engine)
    empty(engine)


def test_the_log_keeps_only_what_can_still_decide_a_person(engine, migrated_url):
    c = IDS[3]
    for import_id, name in ((A, "Ann A"), (D, "Ann D"), (B, "Ann B"), (c, "Ann C")):
        store(migrated_url, rows_of(import_id, (name, "ann@x.org")))
    undo_of(migrated_url, B)
    with engine.begin() as connection:  # A, D and B are beyond HISTORY_DAYS: not to be undone
        old = "UPDATE imports SET updated_at = now() - interval '100 days' WHERE import_id <> :c"
        connection.execute(text(old), {"c": c})
    assert in_transaction(migrated_url, 5, lambda session: history.prune_log(session, 90)) == 2
    with engine.connect() as connection:
        logged = connection.execute(text("SELECT import_id FROM people_writes ORDER BY 1"))
        assert [row[0] for row in logged] == [D, c]  # A under D, B undone: gone
    undo_of(migrated_url, c)
    assert table(engine) == [("Ann D", "ann@x.org")]
    empty(engine)


def test_an_undo_while_another_import_stores_the_same_people(engine, migrated_url):
    """The undo holds the log: batches stored meanwhile fold either before it or after it."""
    emails = [f"p{n}@x.org" for n in range(200)]
    store(migrated_url, rows_of(A, *((f"A {e}", e) for e in emails)))
    store(migrated_url, rows_of(B, *((f"B {e}", e) for e in emails)))
    c_rows = rows_of(D, *((f"D {e}", e) for e in emails))  # D is between A and B
    with ThreadPoolExecutor(3) as pool:
        stored = [pool.submit(store, migrated_url, c_rows[i : i + 10]) for i in range(0, 200, 10)]
        undone = pool.submit(undo_of, migrated_url, B)
        for future in [*stored, undone]:
            future.result()
    assert table(engine) == sorted((f"D {e}", e) for e in emails)
    empty(engine)


def test_imports_stored_at_once_end_at_the_latest_write(engine, migrated_url):
    """Concurrent batches of four imports on the same people: each person ends at the
    highest (import, line), whichever batch committed last."""
    emails = [f"p{n}@x.org" for n in range(100)]
    batches = []
    for import_id in IDS[:4]:
        rows = rows_of(import_id, *((f"{import_id[10]} {e}", e) for e in emails))
        batches += [rows[i : i + 10] for i in range(0, 100, 10)]
    random.Random(21).shuffle(batches)
    with ThreadPoolExecutor(4) as pool:
        for future in [pool.submit(store, migrated_url, batch) for batch in batches]:
            future.result()
    assert table(engine) == sorted((f"{IDS[3][10]} {e}", e) for e in emails)
    empty(engine)
