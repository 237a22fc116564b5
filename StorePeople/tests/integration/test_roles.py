"""roles.sql: migrations run as the owner; the worker's role reads and writes rows, no DDL."""

import os
import subprocess
import uuid
from collections import Counter

import psycopg2.errors
import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from store_people import db, history
from store_people.rows import PersonRow
from store_people.store import in_transaction, record_failures, store_rows
from store_people.undo import undo
from StorePeople.tests.migrations import ADMIN_URL, HERE, alembic_config

pytestmark = pytest.mark.integration
IMPORT, LATER = "20261128T160134123456Z-dddddd", "20261128T170000000000Z-dddddd"


@pytest.fixture
def roles(monkeypatch):
    """A database of its own, roles.sql applied with unique role names, migrated as the owner."""
    suffix = uuid.uuid4().hex[:8]
    name, owner, worker = f"people_roles_{suffix}", f"owner_{suffix}", f"worker_{suffix}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(ADMIN_URL).set(database=name)
    psql = ["psql", "-X", "-q", "-h", url.host, "-p", str(url.port or 5432), "-U", url.username]
    variables = {"owner": owner, "owner_password": "o1", "worker": worker, "worker_password": "w1"}
    for key, value in variables.items():
        psql += ["-v", f"{key}={value}"]
    apply = [*psql, "-d", name, "-f", os.path.join(HERE, "roles.sql")]
    env = {**os.environ, "PGPASSWORD": url.password or ""}
    subprocess.run(apply, check=True, capture_output=True, env=env)
    subprocess.run(apply, check=True, capture_output=True, env=env)  # rerunnable
    as_owner = url.set(username=owner, password="o1").render_as_string(hide_password=False)
    as_worker = url.set(username=worker, password="w1").render_as_string(hide_password=False)
    monkeypatch.setenv("DATABASE_URL", as_owner)
    command.upgrade(alembic_config(), "head")
    db.forget_engine()  # db.py keeps one engine per process: make it the worker's
    yield as_worker
    db.forget_engine()
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        connection.execute(text(f'DROP ROLE "{worker}"'))
        connection.execute(text(f'DROP ROLE "{owner}"'))
    admin.dispose()


def test_the_worker_role_stores_rows_and_counts(roles):
    rows = [PersonRow(IMPORT, 2, "Ann", "ann@example.com"), PersonRow(IMPORT, 3, "Ben", "b@x.org")]
    totals, refused = store_rows(roles, rows, retry_seconds=5)
    assert refused == []
    assert totals[IMPORT]["inserted"] == 2
    # A later import's row for the same email is an upsert (INSERT ... ON CONFLICT DO UPDATE),
    # its history kept, and the worker may take it back (undo.py) and prune history.
    totals, _ = store_rows(roles, [PersonRow(LATER, 4, "Ann B", "ann@example.com")], 5)
    assert totals[LATER]["updated"] == 1
    undone = in_transaction(roles, 5, lambda session: undo(session, LATER, 90, 0))
    assert (undone["restored"], undone["removed"]) == (1, 0)
    again = LATER.replace("T17", "T18")  # LATER is undone: a row of it would not be stored
    totals, _ = store_rows(roles, [PersonRow(again, 5, "Ann B", "ann@example.com")], 5)
    undone = in_transaction(roles, 5, lambda session: undo(session, IMPORT, 90, 0))
    assert (undone["removed"], undone["kept"]) == (1, 1)  # Ben removed, Ann B kept
    assert in_transaction(roles, 5, lambda session: history.prune(session, 1)) == 0
    assert record_failures(roles, {IMPORT: Counter({"email.invalid": 1})}, 5)[IMPORT]["failed"] == 1
    engine = create_engine(roles)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT current_user")).scalar().startswith("worker_")
        assert connection.execute(
            text("SELECT full_name FROM people ORDER BY 1")
        ).scalars().all() == ["Ann B"]
    engine.dispose()


@pytest.mark.parametrize(
    "statement",
    [
        "CREATE TABLE stolen (x int)",
        "CREATE TEMPORARY TABLE stolen (x int)",
        "ALTER TABLE people ADD COLUMN x int",
        "DROP TABLE people",
        "TRUNCATE people",
        "DELETE FROM people_history",
        "UPDATE people_history SET full_name = 'x'",
        "TRUNCATE people_history",
        "UPDATE alembic_version SET version_num = 'x'",
    ],
)
def test_the_worker_role_cannot_change_the_schema_or_rewrite_history(roles, statement):
    engine = create_engine(roles)
    try:
        with pytest.raises(ProgrammingError) as raised, engine.begin() as connection:
            connection.execute(text(statement))
        assert isinstance(raised.value.orig, psycopg2.errors.InsufficientPrivilege)
    finally:
        engine.dispose()
