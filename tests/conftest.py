"""End-to-end fixtures: a migrated database, a queue of our own, real worker processes.

Everything runs against the real services on loopback (scripts/services.sh
starts them): PostgreSQL, RabbitMQ (broker) and Redis (result backend).
"""

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from kombu import Connection
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
ADMIN_URL = os.environ.get(
    "TEST_ADMIN_DATABASE_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres"
)
BROKER_URL = os.environ.get("TEST_BROKER_CONN", "amqp://guest:guest@127.0.0.1:5672//")
BACKEND_URL = os.environ.get("TEST_BACKEND_CONN", "redis://127.0.0.1:6379/0")


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
        connection.execute(text("TRUNCATE people"))
    yield engine
    engine.dispose()


def people(engine) -> list[tuple[str, str]]:
    with engine.connect() as connection:
        return connection.execute(
            text("SELECT full_name, email FROM people ORDER BY lower(email)")
        ).all()


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
        for name in (queue, f"{queue}.dead"):
            channel.queue_delete(name)
            channel.exchange_delete(name)


class Worker:
    """`celery -A tasks worker` (prefork) as a child process, logging to a file."""

    def __init__(self, env: dict, log_path: Path, concurrency: int = 2, extra_env=None):
        self.log_path = log_path
        self.log_file = log_path.open("ab")
        self.name = f"e2e-{uuid.uuid4().hex[:6]}@%h"
        self.process = subprocess.Popen(
            [
                VENV_BIN / "celery",
                "-A",
                "tasks",
                "worker",
                "-P",
                "prefork",
                "-c",
                str(concurrency),
                "-n",
                self.name,
                "--loglevel=INFO",
                "--without-mingle",
                "--without-gossip",
            ],
            cwd=ROOT / "StorePeople",
            env={**env, **(extra_env or {})},
            stdout=self.log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.wait_until_ready()

    def wait_until_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if " ready." in self.log_path.read_text(errors="replace"):
                return
            if self.process.poll() is not None:
                raise RuntimeError(f"worker exited: {self.log_path.read_text()[-2000:]}")
            time.sleep(0.2)
        raise RuntimeError(f"worker not ready in {timeout}s: {self.log_path.read_text()[-2000:]}")

    def stop(self, timeout: float = 30) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log_file.close()


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


def run_cli(env: dict, *args, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "csvprocessor.py", *map(str, args)],
        cwd=ROOT / "CSVProcessor",
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def run_json(env: dict, *args, timeout: float = 300) -> dict:
    result = run_cli(env, *args, "--json", timeout=timeout)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def write_csv(path: Path, rows: list[tuple[str, str]], header=("full_name", "email")) -> Path:
    lines = [",".join(header)] + [f'"{name}",{email}' for name, email in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
