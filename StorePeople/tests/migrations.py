"""Alembic from the tests: StorePeople's own alembic.ini, on a connection the test gives."""

import os

from alembic.config import Config

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # StorePeople/
ADMIN_URL = os.environ.get(
    "TEST_ADMIN_DATABASE_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres"
)


def alembic_config(connection=None) -> Config:
    config = Config(os.path.join(HERE, "alembic.ini"))
    config.attributes["configure_logger"] = False
    if connection is not None:
        config.attributes["connection"] = connection
    return config
