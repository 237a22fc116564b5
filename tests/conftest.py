"""End-to-end fixtures: a migrated database, a queue of our own, real worker processes.

Everything runs against the real services on loopback (scripts/services.sh
starts them): PostgreSQL, RabbitMQ (broker) and Redis (result backend).
"""

import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest
from kombu import Connection
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.helpers import (
    ADMIN_URL,
    BACKEND_URL,
    BROKER_URL,
    ROOT,
    VENV_BIN,
    Worker,
    empty_database,
)


@pytest.fixture(scope="session")
def database_url():
    name = f"people_e2e_{uuid.uuid4().hex[:10]}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    subprocess.run(
        [VENV_BIN / "alembic", "upgrade", "head"],
        cwd=ROOT / "StorePeople",
        env={**os.environ, "DATABASE_URL": url},
        check=True,
        capture_output=True,
    )
    yield url
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def db(database_url):
    """An engine on the e2e database, emptied before each test."""
    engine = create_engine(database_url)
    with engine.begin() as connection:
        connection.execute(
            text("TRUNCATE people, people_history, people_writes, people_write_lines")
        )
    yield engine
    engine.dispose()


@pytest.fixture
def env(database_url, tmp_path):
    """The environment both services see: our own queue, so tests never share messages."""
    queue = f"e2e-{uuid.uuid4().hex[:8]}"
    environment = {
        **os.environ,
        "BROKER_CONN": BROKER_URL,
        "BACKEND_CONN": BACKEND_URL,
        "DATABASE_URL": database_url,
        "IMPORT_QUEUE": queue,
        "LOGS_DIR": str(tmp_path / "logs"),
    }
    yield environment
    with Connection(BROKER_URL) as connection:
        channel = connection.channel()
        for name in (queue, f"{queue}.bulk", f"{queue}.dead"):
            channel.queue_delete(name)
            channel.exchange_delete(name)


@pytest.fixture
def start_worker(env, tmp_path):
    workers = []

    def start(**kwargs) -> Worker:
        worker = Worker(env, tmp_path / f"worker{len(workers)}.log", **kwargs)
        workers.append(worker)
        return worker

    yield start
    for worker in workers:
        worker.stop()


@pytest.fixture
def cli_processes():
    """CLI subprocesses started by a test, killed if the test leaves them running, their
    pipes closed: a test that failed before reading them left them to the garbage
    collector, whose ResourceWarning then failed whichever test was running."""
    started = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
        process.communicate()  # waits, reads what is left and closes the pipes


@pytest.fixture
def bare_database():
    """A database of its own, empty: no schema, no alembic_version (helpers.alembic migrates it)."""
    with empty_database("people_bare") as url:
        yield url


@pytest.fixture
def scratch():
    """A folder the postgres and rabbitmq users can reach (pytest's tmp_path is private):
    the private nodes' data and logs."""
    folder = Path(tempfile.mkdtemp(prefix="people-tests-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Each phase's report on the test (item.stash[REPORTS]): a fixture's teardown can tell
    that its test failed and leave what explains it (tests/test_web_browser.py)."""
    report = yield
    item.stash.setdefault(REPORTS, {})[report.when] = report
    return report


REPORTS = pytest.StashKey[dict]()
