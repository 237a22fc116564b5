"""A worker on a database that is not at the migration head refuses to consume, in one line.

Before, a worker started on a never-migrated database refused every row (db.refused)
and dead-lettered it, while the CLI said `done`. Now it stops at start, naming
`alembic upgrade head`, exits non-zero, and takes nothing off the queue.
"""

import subprocess

import pytest

from tests.helpers import ROOT, VENV_BIN, alembic

pytestmark = pytest.mark.e2e


def run_worker(env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [VENV_BIN / "celery", "-A", "tasks", "worker", "-c", "1", "--without-mingle",
         "--without-gossip"],
        cwd=ROOT / "StorePeople", env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


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
