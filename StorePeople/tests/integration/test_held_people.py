"""A batch sharing people with one in flight (store.committed), on the real PostgreSQL.

Two pool processes store two batches of one import at once; a person repeated in the
file may be in both. The batch then stores its other people without waiting, and the
shared ones in a second transaction once the other batch committed. Whatever the
interleaving, the people and the counts are those of the batches stored one by one.
"""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

from store_people import db
from store_people.intake import Delivery, store_people_message, store_person_batch
from store_people.rows import PersonRow
from store_people.settings import Settings
from store_people.store import store_rows
from store_people.verdicts import STORED, Dead
from tests.helpers import BACKEND_URL

pytestmark = pytest.mark.integration
IMPORT = "20261206T040000000000Z-ffffff"
TABLES = (
    "people, people_history, people_writes, people_write_lines, imports, import_failures,"
    " import_failed_lines"
)


def holding(url, key: str, release: threading.Event, held: threading.Event) -> None:
    """Another batch in flight: a transaction holding `key`'s lock until `release`."""
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(
            text("SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))"), {"k": key}
        )
        held.set()
        release.wait(30)
    engine.dispose()


def stored_names(url) -> list[str]:
    engine = create_engine(url)
    with engine.connect() as connection:
        names = list(connection.execute(text("SELECT full_name FROM people ORDER BY 1")).scalars())
    engine.dispose()
    return names


@pytest.mark.parametrize("fast", [True, False])
def test_the_people_no_other_batch_holds_are_stored_without_waiting(engine, migrated_url, fast):
    rows = [PersonRow(IMPORT, n, f"P{n}", f"p{n}@x.org") for n in range(2, 7)]
    release, held = threading.Event(), threading.Event()
    other = threading.Thread(target=holding, args=(migrated_url, "p4@x.org", release, held))
    other.start()
    assert held.wait(10)
    with ThreadPoolExecutor(1) as pool:
        stored = pool.submit(store_rows, migrated_url, rows, 30, None, fast)
        deadline = time.monotonic() + 10
        while (
            stored_names(migrated_url) != ["P2", "P3", "P5", "P6"] and time.monotonic() < deadline
        ):
            time.sleep(0.05)
        seen_while_held = stored_names(migrated_url)
        release.set()
        totals, refused = stored.result(30)
    other.join()
    # The fast paths store the four others at once; without them the batch waits whole.
    assert seen_while_held == (["P2", "P3", "P5", "P6"] if fast else [])
    assert refused == []
    assert (totals[IMPORT]["stored"], totals[IMPORT]["inserted"]) == (5, 5)
    assert stored_names(migrated_url) == ["P2", "P3", "P4", "P5", "P6"]
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {TABLES}"))


def stored_while_holding(key: str, url: str, store):
    """`store()` while another transaction holds `key`'s lock; its result."""
    release, held = threading.Event(), threading.Event()
    other = threading.Thread(target=holding, args=(url, key, release, held))
    other.start()
    assert held.wait(10)
    try:
        return store()
    finally:
        release.set()
        other.join()


@pytest.mark.parametrize("mode", ["bulk", "per-row"])
def test_a_second_transaction_given_up_fails_its_rows_alone(engine, migrated_url, mode):
    """The other batch holds a person past the retry window (a lock timeout, retried until
    given up): the first transaction's four people stay stored and counted, the held one
    alone is failed. A bulk message goes to the dead letters whole (acknowledged, its held
    row would be lost); of per-row messages, the held one's alone. Replayed once the lock
    is gone, every row is stored once and nothing is failed. (Before, the second
    transaction's give-up made every message of the batch a dead letter.)"""
    url = f"{migrated_url}?options=-c%20lock_timeout%3D200"
    worker = Settings(database_url=url, backend_url=BACKEND_URL, store_retry_seconds=1.0)
    rows = [[n, f"P{n}", f"p{n}@x.org"] for n in range(2, 7)]
    query = text("SELECT stored, failed, replayed FROM imports WHERE import_id = :i")

    def counted_after_the_first_delivery():
        with engine.connect() as connection:
            assert connection.execute(query, {"i": IMPORT}).one() == (4, 1, 0)
        assert stored_names(migrated_url) == ["P2", "P3", "P5", "P6"]

    if mode == "bulk":
        message = {"import_id": IMPORT, "rows": rows}
        verdict = stored_while_holding(
            "p4@x.org", migrated_url, lambda: store_people_message(worker, [], message)
        )
        assert isinstance(verdict, Dead) and verdict.reason == "db.unavailable"
        counted_after_the_first_delivery()
        again = [store_people_message(worker, [], message, replayed="db.unavailable")]
    else:

        def deliveries(replayed=None):
            return [
                Delivery(
                    f"m{line}",
                    [],
                    {"import_id": IMPORT, "line": line, "full_name": name, "email": email},
                    False,
                    replayed,
                )  # fmt: skip
                for line, name, email in rows
            ]

        verdicts = stored_while_holding(
            "p4@x.org", migrated_url, lambda: store_person_batch(worker, deliveries())
        )
        assert [v if v == STORED else v.reason for v in verdicts] == [
            STORED, STORED, "db.unavailable", STORED, STORED
        ]  # fmt: skip
        counted_after_the_first_delivery()
        again = store_person_batch(worker, deliveries("db.unavailable")[2:3])
    assert again == [STORED]
    with engine.connect() as connection:
        assert connection.execute(query, {"i": IMPORT}).one() == (5, 0, 1)
    assert stored_names(migrated_url) == ["P2", "P3", "P4", "P5", "P6"]
    db.get_engine(url).dispose()  # closed: the module's template database has no session
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {TABLES}"))


# (previous_kind, what a line counted as before a later one, follows the arrival order.)
COMPARED = {
    "people": "SELECT full_name, email, source_import, source_line FROM people",
    "log": "SELECT email_key, import_id, line, full_name, kind FROM people_writes",
    "counts": "SELECT import_id, stored, inserted, updated, unchanged, replayed FROM imports",
}


def contents(url) -> dict:
    engine = create_engine(url)
    with engine.begin() as connection:
        found = {
            name: sorted(repr(tuple(row)) for row in connection.execute(text(query)))
            for name, query in COMPARED.items()
        }
        connection.execute(text(f"TRUNCATE {TABLES}"))
    engine.dispose()
    return found


# Lines of a file with few people (most repeated, some rows copied), cut into batches.
lines = st.lists(st.integers(0, 5), min_size=4, max_size=40)


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(people=lines, size=st.integers(2, 8), copies=st.sets(st.integers(0, 39), max_size=6))
def test_batches_stored_at_once_give_what_they_give_one_by_one(
    engine, migrated_url, plain_url, people, size, copies
):
    rows = [PersonRow(IMPORT, n, f"N{n}", f"p{p}@x.org") for n, p in enumerate(people, 2)]
    rows += [rows[i] for i in sorted(copies) if i < len(rows)]  # published again
    batches = [rows[i : i + size] for i in range(0, len(rows), size)]
    with ThreadPoolExecutor(3) as pool:
        list(pool.map(lambda batch: store_rows(migrated_url, batch, 30), batches))
    for batch in batches:
        store_rows(plain_url, batch, 30)
    assert contents(migrated_url) == contents(plain_url)
