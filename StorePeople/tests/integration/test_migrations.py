"""Alembic builds the schema from nothing, removes it, and agrees with the models."""

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect

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
