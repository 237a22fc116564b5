"""Quorum queues by default (issue 16), declared identically by both services; a queue of the
other type on the broker is one line naming the fix, from the CLI and from the worker."""

import json
import subprocess

import pytest
from kombu import Connection

from people_import_contract.queues import DELIVERY_LIMIT, all_queues, dead_letter_queue, exchange
from tests import services
from tests.helpers import BROKER_URL, ROOT, VENV_BIN, publishing_connection, run_cli, write_csv

pytestmark = pytest.mark.e2e


def queue_types(queue: str) -> dict[str, str]:
    """name -> type of our three queues, from rabbitmqctl on the shared node."""
    listing = subprocess.run(
        ["rabbitmqctl", "-q", "list_queues", "name", "type", "--no-table-headers"],
        env={"HOME": services.RABBITMQ_HOME, "PATH": "/usr/sbin:/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows = (line.split("\t") for line in listing.splitlines())
    return {name: kind for name, kind in rows if name.split(".")[0] == queue}


def test_the_worker_declares_quorum_queues_by_default(env, start_worker):
    env.pop("IMPORT_QUEUE_TYPE", None)
    start_worker(concurrency=1)
    queue = env["IMPORT_QUEUE"]
    names = (queue, f"{queue}.bulk", f"{queue}.dead")
    assert queue_types(queue) == dict.fromkeys(names, "quorum")


def test_a_poison_message_ends_in_the_dead_letter_queue_after_the_delivery_limit(env):
    """Requeued for ever (a message that kills whatever takes it): parked, never dropped."""
    queue = env["IMPORT_QUEUE"]
    with publishing_connection() as connection:
        channel = connection.default_channel
        declared = [q.bind(channel) for q in all_queues(queue)]
        for q in declared:
            q.declare()
        producer = connection.Producer(exchange=exchange(queue), auto_declare=False)
        producer.publish(b"{}", routing_key=queue, headers={"id": "poison"}, delivery_mode=2)
        deliveries = 0
        dead = dead_letter_queue(queue).bind(channel)

        def parked():
            nonlocal deliveries
            message = declared[0].get()
            if message is not None:
                deliveries += 1
                message.reject(requeue=True)
            return dead.get(no_ack=True)

        found = []
        services.wait_until(lambda: found.append(parked()) or found[-1], 60, "dead-lettered")
        assert found[-1].headers["x-first-death-reason"] == "delivery_limit"
        assert deliveries == DELIVERY_LIMIT + 1


def declare_classic(queue: str) -> None:
    with Connection(BROKER_URL) as connection:
        for declared in all_queues(queue, "classic"):
            declared.bind(connection.default_channel).declare()


def test_a_classic_queue_of_the_same_name_is_one_line_from_the_cli(env, tmp_path):
    declare_classic(env["IMPORT_QUEUE"])
    csv = write_csv(tmp_path / "p.csv", [("Ada", "ada@example.com")])
    result = run_cli(env, "-csv", csv, "--json")
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert "inequivalent arg" in line and "IMPORT_QUEUE_TYPE=classic" in line, line
    assert "delete" in line and "Traceback" not in result.stderr
    assert json.loads(result.stdout)["exit"] == 1  # one JSON object


def test_a_classic_queue_of_the_same_name_is_one_line_from_the_worker(env):
    declare_classic(env["IMPORT_QUEUE"])
    worker = subprocess.run(
        [VENV_BIN / "celery", "-A", "tasks", "worker", "-c", "1", "--without-mingle"],
        cwd=ROOT / "StorePeople",
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert worker.returncode != 0
    output = worker.stdout + worker.stderr
    lines = [line for line in output.splitlines() if "storepeople:" in line]
    assert len(lines) == 1 and "IMPORT_QUEUE_TYPE=classic" in lines[0], output[-2000:]
    assert "Traceback" not in output and "Unrecoverable error" not in output
