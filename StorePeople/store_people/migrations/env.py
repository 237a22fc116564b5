"""Alembic environment: URL from store_people.settings, metadata from store_people.models.

Tests may pass their own connection in `config.attributes["connection"]`
(Alembic cookbook: "Sharing a Connection across one or more programmatic
migration commands").
"""

from logging.config import fileConfig

from alembic import context
from sqlalchemy import create_engine, pool

from store_people.models import Base
from store_people.settings import database_url_from_env

config = context.config
if config.config_file_name is not None and config.attributes.get("configure_logger", True):
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = Base.metadata


def run_migrations_offline() -> None:
    context.configure(
        url=database_url_from_env(),
        target_metadata=target_metadata,
        literal_binds=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_with(connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_with(connection)
        return
    engine = create_engine(database_url_from_env(), poolclass=pool.NullPool)
    with engine.connect() as connection:
        run_with(connection)


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
