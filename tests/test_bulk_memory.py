"""Bulk memory is bounded by the bulk queue's own prefetch, even in per-consumer QoS mode.

On RabbitMQ 4 (and with quorum queues on any version) Celery uses per-consumer
QoS, where changing the prefetch of a running consumer has no effect. Quorum
queues force that mode here on RabbitMQ 3: the worker logs it. The import is
frozen by a lock on `people`, so every message the worker takes stays
unacknowledged; RabbitMQ then shows how many it let the worker hold.
"""

import subprocess
import time

import pytest

from store_people.bulk_consumer import prefetch_for
from tests import services
from tests.helpers import write_csv
from tests.test_faults import finish, start_cli, table_locked, wait_for_blocked_writers

pytestmark = pytest.mark.e2e
PROCESSES = 2


def held_by_workers(queue: str) -> int:
    """messages_unacknowledged of one queue, from rabbitmqctl on the shared node."""
    listing = subprocess.run(
        ["rabbitmqctl", "-q", "list_queues", "name", "messages_unacknowledged", "type"],
        env={"HOME": services.RABBITMQ_HOME, "PATH": "/usr/sbin:/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for line in listing.splitlines():
        fields = line.split()
        if fields and fields[0] == queue:
            assert fields[2] == "quorum", line
            return int(fields[1])
    raise AssertionError(f"no queue {queue} in {listing!r}")


@pytest.mark.timeout(180)
def test_a_frozen_bulk_import_holds_at_most_the_bulk_prefetch(
    db, env, start_worker, tmp_path, cli_processes
):
    env["IMPORT_QUEUE_TYPE"] = "quorum"
    worker = start_worker(concurrency=PROCESSES)
    assert "Global QoS is disabled" in worker.log_path.read_text()  # per-consumer QoS
    rows = [(f"Person {n}", f"p{n}@example.com") for n in range(20_000)]
    csv = write_csv(tmp_path / "people.csv", rows)
    with table_locked(db):
        cli = start_cli(env, "-csv", csv, "--batch-size", "200", "--wait", "--json")
        cli_processes.append(cli)
        wait_for_blocked_writers(db, PROCESSES)
        bulk = f"{env['IMPORT_QUEUE']}.bulk"
        # Quorum queues report their counts every few seconds: watch for a while.
        services.wait_until(lambda: held_by_workers(bulk) > 0, 30, "messages held")
        samples = [held_by_workers(bulk) for _ in range(5) if not time.sleep(1)]
        assert max(samples) <= prefetch_for(PROCESSES), samples
    code, stdout, stderr = finish(cli, timeout=120)
    assert code == 0, stderr
    with db.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM people").scalar_one() == 20_000
