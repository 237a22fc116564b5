"""TLS to every service, for real: certificates from a test CA (trustme), and a
RabbitMQ node, a redis-server and a PostgreSQL cluster of our own that speak TLS
on loopback (services.py). PostgreSQL accepts only `hostssl` connections and
Redis listens only on its TLS port, so an import that succeeds went through TLS.
A CA that didn't sign the servers' certificates fails closed: the CLI exits 1
with one line, the worker never connects.
"""

import os
import shutil
import signal
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import pytest
import redis
import trustme
from sqlalchemy import create_engine, text

from tests import services
from tests.helpers import ROOT, VENV_BIN, Worker, people, run_cli, run_json, write_csv

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(300)]


@pytest.fixture(scope="module")
def tls_services():
    folder = Path(tempfile.mkdtemp(prefix="people-tls-"))
    folder.chmod(0o755)  # the postgres and rabbitmq users reach their folders through it
    certificates = services.Certificates(folder / "certs")
    started = []
    try:
        started.append(services.Redis(certificates))
        started.append(services.Postgres(folder, certificates))
        started.append(services.RabbitMQ(folder, certificates))
        yield certificates, *started
    finally:
        for service in reversed(started):
            service.close()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def tls_env(tls_services, tmp_path):
    certificates, redis_tls, postgres_tls, rabbitmq_tls = tls_services
    return {
        **os.environ,
        "BROKER_CONN": rabbitmq_tls.tls_url,
        "BACKEND_CONN": redis_tls.url,
        "DATABASE_URL": postgres_tls.tls_url,
        "IMPORT_QUEUE": f"tls-{uuid.uuid4().hex[:8]}",
        "LOGS_DIR": str(tmp_path / "logs"),
        **certificates.env(),
    }


@pytest.fixture
def wrong_ca(tmp_path) -> Path:
    path = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(path)
    return path


def test_an_import_through_rabbitmq_redis_and_postgresql_over_tls(tls_services, tls_env, tmp_path):
    rows = [(f"Person {i}", f"person{i}@example.com") for i in range(50)]
    csv = write_csv(tmp_path / "people.csv", rows + [("Person 7 Later", "person7@example.com")])
    worker = Worker(tls_env, tmp_path / "worker.log")
    try:
        summary = run_json(tls_env, "-csv", csv, "--wait")
    finally:
        worker.stop()
    assert (summary["enqueued"], summary["stored"], summary["failed"]) == (51, 51, 0)
    expected = sorted(
        [(name, email) for name, email in rows if email != "person7@example.com"]
        + [("Person 7 Later", "person7@example.com")],
        key=lambda row: row[1],
    )
    engine = create_engine(
        tls_services[2].tls_url, connect_args={"sslrootcert": tls_env["TLS_CA_FILE"]}
    )
    try:
        assert people(engine) == expected
        with engine.connect() as connection:
            assert connection.execute(
                text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            ).scalar()
    finally:
        engine.dispose()
    # `status` once Redis forgot the import: the history, read from PostgreSQL over TLS.
    client = redis.Redis.from_url(tls_env["BACKEND_CONN"], ssl_ca_certs=tls_env["TLS_CA_FILE"])
    client.delete(f"people-import:job:{summary['import_id']}")
    client.close()
    status = run_json(tls_env, "status", summary["import_id"])
    assert (status["source"], status["stored"]) == ("history", 51)


def test_the_cli_refuses_a_server_its_ca_did_not_sign(tls_env, wrong_ca, tmp_path):
    csv = write_csv(tmp_path / "people.csv", [("Ana", "ana@example.com")])
    result = run_cli({**tls_env, "TLS_CA_FILE": str(wrong_ca)}, "-csv", csv, "--wait", timeout=60)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "broker unreachable at amqps://guest:***@127.0.0.1:" in lines[0]
    assert "CERTIFICATE_VERIFY_FAILED" in lines[0]
    assert result.stdout == ""


def test_the_worker_refuses_a_server_its_ca_did_not_sign(tls_env, wrong_ca, tmp_path):
    log_path = tmp_path / "worker.log"
    with log_path.open("wb") as log:
        worker = subprocess.Popen(
            [VENV_BIN / "celery", "-A", "tasks", "worker", "-P", "solo", "--loglevel=INFO"],
            cwd=ROOT / "StorePeople",
            env={**tls_env, "TLS_CA_FILE": str(wrong_ca)},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        services.wait_until(
            lambda: "CERTIFICATE_VERIFY_FAILED" in log_path.read_text(errors="replace"),
            60,
            "the worker's certificate error",
        )
        time.sleep(1)
        output = log_path.read_text(errors="replace")
        assert " ready." not in output
        refusal = [line for line in output.splitlines() if "CERTIFICATE_VERIFY_FAILED" in line]
        assert "amqps://guest:**@127.0.0.1:" in refusal[0]  # Celery's own redaction
    finally:
        os.killpg(worker.pid, signal.SIGKILL)
        worker.wait(10)
