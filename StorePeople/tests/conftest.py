"""Fixtures on the real PostgreSQL: a fresh database per test session, migrated by Alembic."""

import uuid

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from store_people import db
from StorePeople.tests.migrations import ADMIN_URL, alembic_config


@pytest.fixture(scope="session")
def database_url():
    """A throwaway database, dropped at the end of the session."""
    name = f"people_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def migrated_url(database_url):
    engine = create_engine(database_url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    engine.dispose()
    return database_url


@pytest.fixture
def engine(migrated_url):
    engine = create_engine(migrated_url)
    yield engine
    with engine.begin() as connection:
        connection.execute(
            text(
                "TRUNCATE people, people_history, people_writes, people_write_lines, imports,"
                " import_failures, import_failed_lines"
            )
        )
    engine.dispose()


@pytest.fixture(scope="module")
def plain_url(migrated_url):
    """A second database at the head (a copy of migrated_url's), for the fold alone beside
    the fast paths. PostgreSQL copies a database nobody is connected to: the store's pooled
    connections (store_rows, an earlier module's) are closed first."""
    db.get_engine(migrated_url).dispose()
    name = f"people_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(
            text(f'CREATE DATABASE "{name}" TEMPLATE "{make_url(migrated_url).database}"')
        )
    yield make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()
