"""Throwaway PostgreSQL, RabbitMQ and Redis instances for the fault tests.

The machine's shared services (5432, 5672, 6379) are never stopped: other
people run tests against them. A test that breaks a service breaks its own
copy, started here on free loopback ports under a temporary folder, and
`close()` removes it whatever state the test left it in.
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import redis
from kombu import Connection

PG_BIN = Path("/usr/lib/postgresql/15/bin")
RABBITMQ_BIN = Path("/usr/lib/rabbitmq/bin")
RABBITMQ_HOME = "/var/lib/rabbitmq"  # holds the Erlang cookie rabbitmqctl needs
STOREPEOPLE = Path(__file__).resolve().parent.parent / "StorePeople"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(check, timeout: float, what: str, every: float = 0.2) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except Exception:  # the service is still coming up
            pass
        time.sleep(every)
    raise TimeoutError(f"{what} not ready in {timeout:.0f}s")


def owned_folder(root: Path, name: str, user: str) -> Path:
    folder = root / name
    folder.mkdir(parents=True)
    shutil.chown(folder, user, user)
    return folder


def kill_group(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(10)


class Postgres:
    """A cluster of our own (trust auth), with the `people` schema migrated."""

    def __init__(self, root: Path):
        self.folder = owned_folder(root, "postgres", "postgres")
        self.data = self.folder / "data"
        self.port = free_port()
        self.url = f"postgresql+psycopg2://postgres@127.0.0.1:{self.port}/people"
        self._as_postgres(PG_BIN / "initdb", "-D", self.data, "-A", "trust", "-U", "postgres", "-N")
        self.start()
        self._as_postgres(PG_BIN / "createdb", "-h", "127.0.0.1", "-p", self.port, "people")
        subprocess.run(
            [Path(sys.executable).parent / "alembic", "upgrade", "head"],
            cwd=STOREPEOPLE,
            env={**os.environ, "DATABASE_URL": self.url},
            check=True,
            capture_output=True,
        )

    def _as_postgres(self, *command) -> None:
        subprocess.run(
            ["runuser", "-u", "postgres", "--", *map(str, command)],
            cwd=self.folder,
            check=True,
            capture_output=True,
            timeout=60,
        )

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._as_postgres(
            PG_BIN / "pg_ctl",
            "start",
            "-w",
            "-D",
            self.data,
            "-l",
            self.folder / "log",
            "-o",
            options,
        )

    def stop(self, mode: str = "immediate") -> None:
        self._as_postgres(PG_BIN / "pg_ctl", "stop", "-w", "-D", self.data, "-m", mode)

    def close(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


class RabbitMQ:
    """A second RabbitMQ node; restarting it keeps durable queues and persistent messages."""

    def __init__(self, root: Path):
        self.folder = owned_folder(root, "rabbitmq", "rabbitmq")
        self.port = free_port()
        self.node = f"fault-{uuid.uuid4().hex[:8]}@localhost"
        self.url = f"amqp://guest:guest@127.0.0.1:{self.port}//"
        (self.folder / "enabled_plugins").write_text("[].\n")
        (self.folder / "rabbitmq.conf").write_text(f"listeners.tcp.local = 127.0.0.1:{self.port}\n")
        self.env = {
            **os.environ,
            "HOME": RABBITMQ_HOME,
            "RABBITMQ_NODENAME": self.node,
            "RABBITMQ_NODE_PORT": str(self.port),
            "RABBITMQ_DIST_PORT": str(free_port()),
            "RABBITMQ_MNESIA_BASE": str(self.folder / "mnesia"),
            "RABBITMQ_LOG_BASE": str(self.folder / "log"),
            "RABBITMQ_ENABLED_PLUGINS_FILE": str(self.folder / "enabled_plugins"),
            "RABBITMQ_CONFIG_FILE": str(self.folder / "rabbitmq.conf"),
        }
        self.process = None
        self.start()

    def start(self, timeout: float = 60) -> None:
        with (self.folder / "server.log").open("ab") as log:
            self.process = subprocess.Popen(
                ["runuser", "-u", "rabbitmq", "--", RABBITMQ_BIN / "rabbitmq-server"],
                cwd=RABBITMQ_HOME,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        wait_until(self.answers, timeout, f"RabbitMQ node {self.node}")

    def answers(self) -> bool:
        with Connection(self.url, connect_timeout=1) as connection:
            connection.ensure_connection(max_retries=1)
        return True

    def stop(self) -> None:
        subprocess.run(
            [
                "runuser",
                "-u",
                "rabbitmq",
                "--",
                RABBITMQ_BIN / "rabbitmqctl",
                "-n",
                self.node,
                "stop",
            ],
            cwd=RABBITMQ_HOME,
            env=self.env,
            capture_output=True,
            timeout=60,
        )
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            kill_group(self.process)

    def close(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


class Redis:
    """redis-server without persistence, as a child process."""

    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""],
            stdout=subprocess.DEVNULL,
            start_new_session=True,
        )
        client = redis.Redis.from_url(self.url, socket_connect_timeout=1)
        wait_until(client.ping, 10, f"Redis on port {self.port}")
        client.close()

    def kill(self) -> None:
        kill_group(self.process)

    close = kill
