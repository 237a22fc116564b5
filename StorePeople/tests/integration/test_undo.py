"""Undo on the real PostgreSQL: history kept with each write, taken back atomically."""

import uuid

import pytest
import redis
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

from people_import_contract.job_record import job_key, undo_key
from store_people import db, history
from store_people.import_tasks import record_import, undo_import
from store_people.job_record import job_records
from store_people.rows import PersonRow
from store_people.settings import Settings
from store_people.store import in_transaction, store_rows
from store_people.undo import CannotUndo, undo
from StorePeople.tests.migrations import alembic_config
from tests.helpers import BACKEND_URL

pytestmark = pytest.mark.integration
A, B, C = (f"20261201T0{h}0000000000Z-abcdef" for h in (1, 2, 3))


def store(url, import_id, *people):
    rows = [PersonRow(import_id, line, name, email) for line, (name, email) in enumerate(people, 2)]
    totals, refused = store_rows(url, rows, retry_seconds=5)
    assert refused == []
    return totals[import_id]


def undo_of(url, import_id):
    return in_transaction(url, 5, lambda session: undo(session, import_id, 90, 0))


def table(engine):
    with engine.connect() as connection:
        query = "SELECT full_name, email, source_import FROM people ORDER BY lower(email)"
        return [tuple(row) for row in connection.execute(text(query))]


def test_undo_of_a_later_import_restores_the_table_as_it_was(engine, migrated_url):
    store(migrated_url, A, ("Ann", "ann@example.com"), ("Ben", "ben@example.com"))
    after_a = table(engine)
    counts = store(
        migrated_url,
        B,
        ("Ann Smith", "ANN@example.com"),  # renamed (and the email's case)
        ("Ben", "ben@example.com"),  # unchanged
        ("Cy", "cy@example.com"),  # new
    )
    assert (counts["inserted"], counts["updated"], counts["unchanged"]) == (1, 1, 1)
    result = undo_of(migrated_url, B)
    assert (result["restored"], result["removed"], result["kept"]) == (1, 1, 0)
    assert [row[:2] for row in table(engine)] == [row[:2] for row in after_a]
    again = undo_of(migrated_url, B)
    assert (again["restored"], again["removed"], again["changed"]) == (0, 0, False)
    assert "undone_before_at" in again


def test_a_person_changed_by_a_later_import_is_kept(engine, migrated_url):
    store(migrated_url, A, ("Ann", "ann@example.com"), ("Ben", "ben@example.com"))
    store(migrated_url, C, ("Ann C", "ann@example.com"))
    result = undo_of(migrated_url, A)
    assert (result["restored"], result["removed"], result["kept"]) == (0, 1, 1)
    assert table(engine) == [("Ann C", "ann@example.com", C)]


def test_undo_through_a_chain_of_imports(engine, migrated_url):
    store(migrated_url, A, ("Ann", "ann@example.com"))
    store(migrated_url, B, ("Ann B", "ann@example.com"))
    store(migrated_url, C, ("Ann C", "ann@example.com"))
    assert undo_of(migrated_url, B)["kept"] == 1  # C changed her since
    assert undo_of(migrated_url, C)["restored"] == 1  # B is undone: A's write stands
    assert table(engine) == [("Ann", "ann@example.com", A)]
    assert undo_of(migrated_url, B)["changed"] is False
    assert undo_of(migrated_url, A)["removed"] == 1
    assert table(engine) == []


def test_duplicates_in_one_import_go_back_to_the_version_before_it(engine, migrated_url):
    store(migrated_url, A, ("Ann", "ann@example.com"))
    store_rows(migrated_url, [PersonRow(B, 2, "Ann 1", "ann@example.com")], 5)
    totals, _ = store_rows(migrated_url, [PersonRow(B, 9, "Ann 2", "ann@example.com")], 5)
    assert (totals[B]["stored"], totals[B]["updated"]) == (2, 1)  # one person, counted once
    assert undo_of(migrated_url, B)["restored"] == 1
    assert table(engine) == [("Ann", "ann@example.com", A)]


def test_an_unknown_or_running_import_is_not_undone(engine, migrated_url):
    with pytest.raises(CannotUndo) as unknown:
        undo_of(migrated_url, C)
    assert unknown.value.state == "unknown"
    store(migrated_url, A, ("Ann", "ann@example.com"))
    with engine.begin() as connection:  # the CLI's record: 5 enqueued, 1 stored so far
        connection.execute(text(f"UPDATE imports SET enqueued = 5 WHERE import_id = '{A}'"))
    with pytest.raises(CannotUndo) as running:
        undo_of(migrated_url, A)
    assert running.value.state == "refused" and "still running" in str(running.value)
    assert table(engine) == [("Ann", "ann@example.com", A)]
    with pytest.raises(CannotUndo):  # no record yet, and written to just now
        in_transaction(migrated_url, 5, lambda session: undo(session, A, 90, 60))


def test_history_holds_every_change_and_an_unchanged_write_is_none(engine, migrated_url):
    store(migrated_url, A, ("Ann", "ann@example.com"))
    store(migrated_url, B, ("Ann", "ann@example.com"))  # unchanged: no write at all
    store(migrated_url, C, ("Ann C", "ann@example.com"))
    with engine.connect() as connection:
        entries = connection.execute(
            text(
                "SELECT action, full_name, source_import, new_import"
                " FROM people_history ORDER BY id"
            )
        ).all()
    assert [tuple(e) for e in entries] == [
        ("insert", None, None, A),
        ("update", "Ann", A, C),
    ]
    assert undo_of(migrated_url, C)["restored"] == 1
    touch = undo_of(migrated_url, B)  # her source (B's since C's undo) back to A, her name kept
    assert (touch["restored"], touch["removed"], touch["changed"]) == (0, 0, True)
    assert undo_of(migrated_url, A)["removed"] == 1  # so A's undo removes her, not keeps


def test_undo_on_sqlite_the_embedded_demo(tmp_path):
    url = f"sqlite:///{tmp_path / 'people.db'}"
    db.forget_engine()  # db.py keeps one engine per process: make it SQLite's
    engine = create_engine(url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    store(url, A, ("Ann", "ann@example.com"), ("Ben", "ben@example.com"))
    after_a = table(engine)
    store(url, B, ("Ann B", "ann@example.com"), ("Ben", "ben@example.com"), ("Cy", "c@x.org"))
    result = undo_of(url, B)
    assert (result["restored"], result["removed"], result["kept"]) == (1, 1, 0)
    assert table(engine) == after_a
    assert undo_of(url, B)["changed"] is False
    with engine.connect() as connection:
        # inserts (3), B's update of Ann, the undo's restore and removal: Ben unchanged is none
        assert connection.execute(text("SELECT count(*) FROM people_history")).scalar() == 6
    assert in_transaction(url, 5, lambda session: history.prune(session, 1)) == 0
    db.forget_engine()
    engine.dispose()


@settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck))
@given(names=st.lists(st.sampled_from(["Ann", "Ben", "Cy", "Di"]), min_size=1, max_size=4))
def test_the_undo_result_is_written_once_the_import_reads_undone(engine, migrated_url, names):
    """Whoever the result tells (undo --wait, the page, which then shows the import) reads the
    import's record undone: its undone_at is written before the result, never after."""
    import_id = f"20261206T010000000000Z-{uuid.uuid4().hex[:6]}"
    request_id = uuid.uuid4().hex
    people = [(name, f"{name.lower()}{i}@example.com") for i, name in enumerate(names)]
    store(migrated_url, import_id, *people)
    worker = Settings(database_url=migrated_url, backend_url=BACKEND_URL)
    read = {"import_id": import_id, "enqueued": len(people), "state": "enqueued"}
    record_import(worker, [], read)  # the CLI's word: every row enqueued (so not running)
    backend = redis.Redis.from_url(BACKEND_URL, decode_responses=True)
    tracker, seen = job_records(worker), []
    written = tracker.put

    def put(key, fields):
        written(key, fields)
        if key == undo_key(request_id):  # the moment the result can be read
            seen.append(backend.hget(job_key(import_id), "undone_at"))

    tracker.put = put
    try:
        undo_import(worker, [], {"import_id": import_id, "request_id": request_id})
        assert backend.hgetall(undo_key(request_id))["state"] == "undone"
        assert len(seen) == 1 and seen[0] is not None
    finally:
        del tracker.put
        backend.delete(job_key(import_id), undo_key(request_id))
        backend.close()
