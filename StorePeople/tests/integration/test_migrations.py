"""Alembic builds the schema from nothing, removes it, and agrees with the models."""

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text

from people_import_contract import cli_views
from StorePeople.tests.migrations import alembic_config

pytestmark = pytest.mark.integration


def test_upgrade_builds_the_schema_and_downgrade_removes_it(database_url):
    engine = create_engine(database_url)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
        assert "people" not in inspect(connection).get_table_names()
        command.upgrade(alembic_config(connection), "head")
        indexes = {ix["name"]: ix for ix in inspect(connection).get_indexes("people")}
        assert indexes["uq_people_email_lower"]["unique"]
        assert indexes["uq_people_email_lower"]["expressions"] == ["lower(email)"]
    engine.dispose()


def test_models_and_migrations_agree(migrated_url):
    engine = create_engine(migrated_url)
    with engine.begin() as connection:
        command.check(alembic_config(connection))  # raises when autogenerate finds a diff
    engine.dispose()


def test_the_views_the_cli_reads_have_the_contracts_columns(migrated_url):
    """The CLI's side builds its queries from people_import_contract.cli_views; this is
    the worker's side: the migrated database has exactly those views and columns."""
    engine = create_engine(migrated_url)
    views = {
        cli_views.IMPORT_HISTORY: cli_views.IMPORT_HISTORY_COLUMNS,
        cli_views.IMPORT_FAILURES: cli_views.IMPORT_FAILURES_COLUMNS,
        cli_views.PEOPLE_LOOKUP: cli_views.PEOPLE_LOOKUP_COLUMNS,
    }
    with engine.begin() as connection:
        for view, columns in views.items():
            found = connection.execute(
                text(
                    "SELECT column_name FROM information_schema.columns "
                    "WHERE table_name = :view ORDER BY ordinal_position"
                ),
                {"view": view},
            ).scalars()
            assert tuple(found) == columns, view
        # The lookup is a plain view: a key finds its person through the unique index.
        connection.execute(text("SET LOCAL enable_seqscan = off"))
        plan = connection.execute(
            text(f"EXPLAIN SELECT * FROM {cli_views.PEOPLE_LOOKUP} WHERE email_key = ANY(:k)"),
            {"k": ["ann@example.com"]},
        ).scalars()
        assert "uq_people_email_lower" in "\n".join(plan)
    engine.dispose()
