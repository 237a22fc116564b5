"""An import stopped early reports the truth: SIGTERM at a random moment, per-row and in bulk.

What the CLI says it enqueued must be what its job record says, what the worker's
history says, and what the worker finally stores: nothing more, nothing less. The
moment is drawn at random (its seed is in the failure message).
"""

import json
import random
import signal
import subprocess
import sys
import time

import pytest
import redis
from kombu import Connection
from sqlalchemy import text

from people_import_contract.job_record import job_key
from tests.helpers import BACKEND_URL, BROKER_URL, ROOT, people, run_cli, write_csv
from tests.services import wait_until

pytestmark = pytest.mark.faults  # sends signals: runs once, in `make test`
MODES = [
    pytest.param(30_000, [], id="per-row"),
    pytest.param(300_000, ["--batch-size", "1000"], id="bulk"),
]


def queued(queue: str) -> int:
    with Connection(BROKER_URL) as connection:
        channel = connection.channel()
        total = 0
        for name in (queue, f"{queue}.bulk"):
            try:
                total += channel.queue_declare(name, passive=True).message_count
            except Exception:  # never declared: nothing in it
                channel = connection.channel()
        return total


def history(db, import_id: str) -> tuple:
    with db.connect() as connection:
        return connection.execute(
            text("SELECT enqueued, stored, failed, cli_state FROM imports WHERE import_id = :i"),
            {"i": import_id},
        ).one_or_none()


@pytest.mark.timeout(300)
@pytest.mark.parametrize("rows, mode", MODES)
def test_sigterm_at_a_random_moment_reports_what_the_worker_stores(
    db, env, start_worker, tmp_path, cli_processes, rows, mode
):
    seed = random.randrange(1 << 30)
    moment = random.Random(seed).uniform(0.0, 3.0)
    csv = write_csv(tmp_path / "people.csv", [(f"P {n}", f"p{n}@example.com") for n in range(rows)])
    start_worker()
    cli = subprocess.Popen(
        [sys.executable, "csvprocessor.py", "-csv", str(csv), "--json", *mode],
        cwd=ROOT / "CSVProcessor",
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    cli_processes.append(cli)
    logs = tmp_path / "logs"
    wait_until(lambda: any(logs.glob("*.log")), 60, "the import's log")
    time.sleep(moment)
    cli.send_signal(signal.SIGTERM)
    out, err = cli.communicate(timeout=120)
    why = f"seed {seed}, SIGTERM {moment:.2f} s in: {err}"
    assert cli.returncode in (0, 130), why
    assert "Traceback" not in err, why
    summary = json.loads(out)
    import_id, enqueued = summary["import_id"], summary["enqueued"]
    assert summary["state"] == ("interrupted" if cli.returncode == 130 else "enqueued"), why
    record = redis.Redis.from_url(BACKEND_URL, decode_responses=True).hgetall(job_key(import_id))
    assert int(record["enqueued"]) == enqueued, why
    status = json.loads(run_cli(env, "status", import_id, "--json").stdout)
    assert status["enqueued"] == enqueued, why
    # The worker drains the queue; then its history and the table hold exactly `enqueued`.
    wait_until(lambda: queued(env["IMPORT_QUEUE"]) == 0, 180, "the queue drained")
    wait_until(lambda: (history(db, import_id) or (0, -1))[1] == enqueued, 120, why)
    time.sleep(1.0)  # anything published beyond `enqueued` would be stored by now
    assert history(db, import_id) == (enqueued, enqueued, 0, summary["state"]), why
    assert len(people(db)) == enqueued, why
