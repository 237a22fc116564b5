"""A worker on a database that is not at the migration head refuses to consume, in one line.

Before, a worker started on a never-migrated database refused every row (db.refused)
and dead-lettered it, while the CLI said `done`. Now it stops at start, naming
`alembic upgrade head`, exits non-zero, and takes nothing off the queue.
"""

import os
import subprocess
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.helpers import ADMIN_URL, ROOT, VENV_BIN

pytestmark = pytest.mark.e2e


@pytest.fixture
def bare_database():
    name = f"people_bare_{uuid.uuid4().hex[:10]}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def run_worker(env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [VENV_BIN / "celery", "-A", "tasks", "worker", "-c", "1", "--without-mingle",
         "--without-gossip"],
        cwd=ROOT / "StorePeople", env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def alembic(url: str, *args) -> None:
    subprocess.run(
        [VENV_BIN / "alembic", *args],
        cwd=ROOT / "StorePeople",
        env={**os.environ, "DATABASE_URL": url},
        check=True,
        capture_output=True,
    )


@pytest.mark.timeout(300)
@pytest.mark.parametrize("migrated_to", [None, "0003"], ids=["never-migrated", "older"])
def test_a_worker_refuses_a_database_not_at_the_head_in_one_line(env, bare_database, migrated_to):
    if migrated_to:
        alembic(bare_database, "upgrade", migrated_to)
    worker = run_worker({**env, "DATABASE_URL": bare_database})
    assert worker.returncode != 0
    output = worker.stdout + worker.stderr
    lines = [line for line in output.splitlines() if "storepeople:" in line]
    assert len(lines) == 1, output[-3000:]
    assert "alembic upgrade head" in lines[0], lines
    assert ("not migrated" if migrated_to is None else "at migration 0003") in lines[0]
    assert "Traceback" not in output and "Unrecoverable error" not in output
    assert " ready." not in output  # it never consumed
