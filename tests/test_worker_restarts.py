"""A worker started on a backlog takes it: bulk messages waiting before the pool is ready.

Celery starts consumer bootsteps before its event loop registers the pool; a bulk
delivery read in between once killed the worker ("'NoneType' object is not
callable", 8 starts in 11), and every death cost the message a delivery until the
queue's delivery limit dead-lettered it. Here a bulk import waits in the queue,
then workers start on it, some stopped or killed mid-import, and the counts in
PostgreSQL are exact at the end, with nothing dead-lettered.
"""

import os
import random
import signal
import time

import pytest
from kombu import Connection

from people_import_contract.queues import dead_letter_queue
from tests import services
from tests.helpers import BROKER_URL, run_json, write_csv

pytestmark = pytest.mark.e2e
ROWS = 20_000


def waiting(queue: str) -> int:
    with Connection(BROKER_URL) as connection:
        declared = dead_letter_queue(queue)(connection.default_channel).queue_declare(passive=True)
        return declared.message_count


def counted(db, import_id: str) -> tuple:
    with db.connect() as connection:
        people = connection.exec_driver_sql("SELECT count(*) FROM people").scalar_one()
        row = connection.exec_driver_sql(
            "SELECT stored, failed FROM imports WHERE import_id = %s", (import_id,)
        ).one_or_none()
    return people, tuple(row) if row else None


@pytest.mark.timeout(600)
def test_workers_started_on_a_bulk_backlog_store_it_exactly(db, env, start_worker, tmp_path):
    rows = [(f"Person {n}", f"p{n}@example.com") for n in range(ROWS)]
    csv = write_csv(tmp_path / "people.csv", rows)
    summary = run_json(env, csv, "--batch-size", "250")  # no worker yet: all of it waits
    assert summary["enqueued"] == ROWS
    random.seed(21)
    workers = []
    for start in range(5):
        worker = start_worker()
        workers.append(worker)
        time.sleep(random.uniform(0.5, 3.0))  # mid-import, or as the first deliveries arrive
        if start % 2:
            os.killpg(worker.process.pid, signal.SIGKILL)  # a crash: nothing acknowledged
            worker.process.wait()
        worker.stop()
    last = start_worker()
    workers.append(last)
    expected = (ROWS, (ROWS, 0))
    services.wait_until(lambda: counted(db, summary["import_id"]) == expected, 300, "stored")
    assert last.process.poll() is None
    for worker in workers:
        log = worker.log_path.read_text(errors="replace")
        assert "Unrecoverable error" not in log and "not callable" not in log, log[-3000:]
    assert waiting(env["IMPORT_QUEUE"]) == 0  # nothing dead-lettered
