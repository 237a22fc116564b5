"""Throwaway PostgreSQL, RabbitMQ and Redis instances for the fault and TLS tests.

The machine's shared services (5432, 5672, 6379) are never stopped: other
people run tests against them. A test that breaks a service breaks its own
copy, started here on free loopback ports under a temporary folder, and
`close()` removes it whatever state the test left it in. Given a
`Certificates`, each also serves TLS (and PostgreSQL and Redis only TLS).
"""

import json
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
import trustme
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


class Certificates:
    """A test CA (trustme), a server certificate for 127.0.0.1 and localhost, a client one."""

    def __init__(self, folder: Path):
        folder.mkdir(parents=True, exist_ok=True)
        ca = trustme.CA()
        self.ca = folder / "ca.pem"
        ca.cert_pem.write_to_path(self.ca)
        self.server_cert, self.server_key = self._issue(
            ca, folder / "server", "127.0.0.1", "localhost"
        )
        self.client_cert, self.client_key = self._issue(ca, folder / "client", "people-import")

    @staticmethod
    def _issue(ca, stem: Path, *names) -> tuple[Path, Path]:
        issued = ca.issue_cert(*names)
        cert, key = stem.with_suffix(".pem"), stem.with_suffix(".key")
        for blob in issued.cert_chain_pems:
            blob.write_to_path(cert, append=True)
        issued.private_key_pem.write_to_path(key)
        key.chmod(0o600)  # libpq refuses a key others can read
        return cert, key

    def install(self, folder: Path, user: str) -> tuple[Path, Path, Path]:
        """Copies of the server's files that `user` owns: (ca, cert, key), the key 0600."""
        copies = []
        for source in (self.ca, self.server_cert, self.server_key):
            target = folder / f"tls-{source.name}"
            shutil.copyfile(source, target)
            shutil.chown(target, user, user)
            target.chmod(0o600 if source == self.server_key else 0o644)
            copies.append(target)
        return tuple(copies)

    def env(self, ca: Path | None = None) -> dict:
        """TLS_* variables for both services (`ca` to trust another CA instead)."""
        return {
            "TLS_CA_FILE": str(ca or self.ca),
            "TLS_CERT_FILE": str(self.client_cert),
            "TLS_KEY_FILE": str(self.client_key),
        }


class Postgres:
    """A cluster of our own (trust auth), with the `people` schema migrated.

    With `tls`: ssl=on and only `hostssl` connections accepted; `tls_url` asks
    for sslmode=verify-full. Tests run it with fsync=off (their data is thrown away);
    `durable` keeps fsync on and `settings` adds server settings (the bench's node, as
    deployed).
    """

    def __init__(
        self,
        root: Path,
        tls: Certificates | None = None,
        settings: dict[str, str] | None = None,
        durable: bool = False,
    ):
        self.settings = {**({} if durable else {"fsync": "off"}), **(settings or {})}
        self.folder = owned_folder(root, "postgres", "postgres")
        self.data = self.folder / "data"
        self.port = free_port()
        self.url = f"postgresql+psycopg2://postgres@127.0.0.1:{self.port}/people"
        self.tls_url = f"{self.url}?sslmode=verify-full"
        self._as_postgres(PG_BIN / "initdb", "-D", self.data, "-A", "trust", "-U", "postgres", "-N")
        if tls is not None:
            _, cert, key = tls.install(self.folder, "postgres")
            with (self.data / "postgresql.conf").open("a") as conf:
                conf.write(f"ssl = on\nssl_cert_file = '{cert}'\nssl_key_file = '{key}'\n")
            (self.data / "pg_hba.conf").write_text(
                "local all all trust\nhostssl all all 127.0.0.1/32 trust\n"
            )
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
        settings = {"listen_addresses": "127.0.0.1", **self.settings}
        options = f"-p {self.port} -k {self.folder} " + " ".join(
            f"-c {name}={value}" for name, value in settings.items()
        )
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

    @property
    def postmaster_pid(self) -> int:
        return int((self.data / "postmaster.pid").read_text().split()[0])

    def stop(self, mode: str = "immediate") -> None:
        self._as_postgres(PG_BIN / "pg_ctl", "stop", "-w", "-D", self.data, "-m", mode)

    def close(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


class RabbitMQ:
    """A second RabbitMQ node; restarting it keeps durable queues and persistent messages.

    With `tls`: an ssl listener too, at `tls_url` (amqps://).
    """

    def __init__(
        self,
        root: Path,
        tls: Certificates | None = None,
        name: str = "fault",
        home: str = RABBITMQ_HOME,
        start: bool = True,
    ):
        self.folder = owned_folder(root, f"rabbitmq-{name}", "rabbitmq")
        self.port = free_port()
        self.node = f"{name}-{uuid.uuid4().hex[:8]}@localhost"
        self.home = home
        self.url = f"amqp://guest:guest@127.0.0.1:{self.port}//"
        self.tls = tls
        conf = f"listeners.tcp.local = 127.0.0.1:{self.port}\n"
        if tls is not None:
            self.tls_port = free_port()
            self.tls_url = f"amqps://guest:guest@127.0.0.1:{self.tls_port}//"
            ca, cert, key = tls.install(self.folder, "rabbitmq")
            conf += (
                f"listeners.ssl.default = 127.0.0.1:{self.tls_port}\n"
                f"ssl_options.cacertfile = {ca}\n"
                f"ssl_options.certfile = {cert}\n"
                f"ssl_options.keyfile = {key}\n"
                "ssl_options.verify = verify_peer\n"
                "ssl_options.fail_if_no_peer_cert = false\n"
            )
        (self.folder / "enabled_plugins").write_text("[].\n")
        (self.folder / "rabbitmq.conf").write_text(conf)
        self.env = {
            **os.environ,
            "HOME": str(home),
            "RABBITMQ_NODENAME": self.node,
            "RABBITMQ_NODE_PORT": str(self.port),
            "RABBITMQ_DIST_PORT": str(free_port()),
            "RABBITMQ_MNESIA_BASE": str(self.folder / "mnesia"),
            "RABBITMQ_LOG_BASE": str(self.folder / "log"),
            "RABBITMQ_ENABLED_PLUGINS_FILE": str(self.folder / "enabled_plugins"),
            "RABBITMQ_CONFIG_FILE": str(self.folder / "rabbitmq.conf"),
        }
        self.process = None
        if start:
            self.start()

    def start(self, timeout: float = 60) -> None:
        self.launch()
        self.wait_until_up(timeout)

    def launch(self) -> None:
        with (self.folder / "server.log").open("ab") as log:
            self.process = subprocess.Popen(
                ["runuser", "-u", "rabbitmq", "--", RABBITMQ_BIN / "rabbitmq-server"],
                cwd=self.home,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def wait_until_up(self, timeout: float = 60) -> None:
        wait_until(self.answers, timeout, f"RabbitMQ node {self.node}")

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def ctl(self, *args, timeout: float = 60) -> str:
        """rabbitmqctl against this node, as the rabbitmq user, with this node's cookie."""
        return subprocess.run(
            ["runuser", "-u", "rabbitmq", "--", RABBITMQ_BIN / "rabbitmqctl", "-n", self.node]
            + list(args),
            cwd=self.home,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        ).stdout

    def kill(self) -> None:
        """kill -9 of the node's whole process group (the Erlang VM included)."""
        kill_group(self.process)

    def answers(self) -> bool:
        with Connection(self.url, connect_timeout=1) as connection:
            connection.ensure_connection(max_retries=1)
        if self.tls is not None:
            ssl = {"ca_certs": str(self.tls.ca), "cert_reqs": 2, "server_hostname": "127.0.0.1"}
            with Connection(self.tls_url, connect_timeout=1, ssl=ssl) as connection:
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
            cwd=self.home,
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


class RabbitMQCluster:
    """Three RabbitMQ nodes on loopback joined into one cluster by `rabbitmqctl join_cluster`
    (RabbitMQ docs, Clustering Guide: stop_app, join_cluster, start_app).

    The nodes get a HOME of their own with a cookie in it, but `runuser` sets HOME to the
    rabbitmq user's own (/var/lib/rabbitmq), so they and rabbitmqctl use the machine's
    cookie: what keeps our commands off the machine's shared node is that each names its
    node (`-n`), unique per run.
    """

    def __init__(self, root: Path, size: int = 3):
        self.home = owned_folder(root, "rabbitmq-home", "rabbitmq")
        cookie = self.home / ".erlang.cookie"
        cookie.write_text(uuid.uuid4().hex.upper())
        shutil.chown(cookie, "rabbitmq", "rabbitmq")
        cookie.chmod(0o400)
        self.nodes = [
            RabbitMQ(root, name=f"cluster{n}", home=str(self.home), start=False)
            for n in range(size)
        ]
        try:
            for node in self.nodes:  # all boot at once: the slow part, on two cores
                node.launch()
            for node in self.nodes:
                node.wait_until_up(120)
            first = self.nodes[0]
            for node in self.nodes[1:]:
                self.join(node, first)
            self.wait_until_whole()
        except BaseException:
            self.close()
            raise

    @staticmethod
    def join(node: RabbitMQ, first: RabbitMQ, attempts: int = 3) -> None:
        """stop_app, join_cluster, start_app; again after a pause when rabbitmqctl could not
        reach a node (exit 69), which one CI run on a loaded host gave for a node up a moment
        before."""
        for attempt in range(1, attempts + 1):
            try:
                node.ctl("stop_app")
                node.ctl("join_cluster", first.node)
                node.ctl("start_app")
                return
            except subprocess.CalledProcessError as error:
                code, said = error.returncode, error.stderr
                print(f"join {node.node} (attempt {attempt}): exit {code}: {said}")
                if attempt == attempts:
                    raise
                time.sleep(5)

    def url(self, *order: RabbitMQ) -> str:
        """BROKER_CONN for these nodes, in this order (kombu's ;-separated failover list)."""
        return ";".join(node.url for node in order)

    def running_nodes(self) -> set[str]:
        asked = next(node for node in self.nodes if node.running())
        status = asked.ctl("cluster_status", "--formatter", "json")
        return set(json.loads(status)["running_nodes"])

    def wait_until_whole(self, timeout: float = 120) -> None:
        """Every node running and in the cluster (a node killed earlier started again)."""
        for node in self.nodes:
            if not node.running():
                node.start(timeout)
        wanted = {node.node for node in self.nodes}
        wait_until(lambda: self.running_nodes() == wanted, timeout, "all cluster nodes", every=1)

    def leader(self, queue: str) -> RabbitMQ:
        """The node that leads a quorum queue (rabbitmqctl list_queues name leader)."""
        asked = next(node for node in self.nodes if node.running())
        listing = asked.ctl("-q", "list_queues", "name", "leader", "--no-table-headers")
        for line in listing.splitlines():
            name, _, leader = line.partition("\t")
            if name == queue:
                return next(node for node in self.nodes if node.node == leader.strip())
        raise LookupError(f"no queue {queue} in {listing!r}")

    def close(self) -> None:
        for node in self.nodes:
            if node.running():
                node.kill()
            shutil.rmtree(node.folder, ignore_errors=True)
        shutil.rmtree(self.home, ignore_errors=True)


class Redis:
    """redis-server without persistence, as a child process (with `tls`: TLS only, rediss://)."""

    def __init__(self, tls: Certificates | None = None):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        listen = ["--port", str(self.port)]
        client_tls = {}
        if tls is not None:
            self.url = f"rediss://127.0.0.1:{self.port}/0"
            listen = ["--port", "0", "--tls-port", str(self.port)]
            listen += ["--tls-cert-file", tls.server_cert, "--tls-key-file", tls.server_key]
            listen += ["--tls-ca-cert-file", tls.ca, "--tls-auth-clients", "optional"]
            client_tls = {"ssl_ca_certs": str(tls.ca)}
        self.command = ["redis-server", *map(str, listen), "--bind", "127.0.0.1", "--save", ""]
        self.client_tls = client_tls
        self.start()

    def start(self) -> None:
        self.process = subprocess.Popen(
            self.command, stdout=subprocess.DEVNULL, start_new_session=True
        )
        client = redis.Redis.from_url(self.url, socket_connect_timeout=1, **self.client_tls)
        wait_until(client.ping, 10, f"Redis on port {self.port}")
        client.close()

    def restart(self) -> None:
        """Killed and started again on its port, empty (no persistence)."""
        self.kill()
        self.start()

    def kill(self) -> None:
        kill_group(self.process)

    close = kill
