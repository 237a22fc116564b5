"""A seventh round of faults, each ending with exact tables and counts.

- the worker frozen (SIGSTOP of its whole process group: a suspended VM, a stopped
  container) past RabbitMQ's consumer_timeout, twice, then thawed, per-row and bulk.

The random choices come from random.Random(seed); the seed is printed (run with -rP, or
-s) and can be forced with FAULTS_SEED. Nothing here measures time.
"""

import os
import shutil
import signal
import tempfile
import time
from pathlib import Path

import pytest

from tests import services
from tests.helpers import later_row_wins, run_json, write_csv
from tests.helpers import people_table as table
from tests.test_faults_more import imported, seeded
from tests.test_faults_sixth import expected_counts, twice_far_apart
from tests.test_operations import counts, dead_letters, status

pytestmark = pytest.mark.faults  # signals and private brokers: runs alone


@pytest.fixture(scope="module")
def impatient_broker():
    """A node of its own that takes back a consumer's unacknowledged deliveries after 3 s
    (consumer_timeout, 30 min by default), checked every 0.5 s (channel_tick_interval, 60 s
    by default: RabbitMQ's docs, "Consumers", Delivery Acknowledgement Timeout)."""
    folder = Path(tempfile.mkdtemp(prefix="people-faults7-"))
    folder.chmod(0o755)
    node = services.RabbitMQ(folder, name="faults7t", start=False)
    with (node.folder / "rabbitmq.conf").open("a") as conf:
        conf.write("consumer_timeout = 3000\n")
    advanced = node.folder / "advanced.config"
    advanced.write_text("[{rabbit, [{channel_tick_interval, 500}]}].\n")
    node.env["RABBITMQ_ADVANCED_CONFIG_FILE"] = str(advanced)
    try:
        node.start()
        yield node
    finally:
        node.close()
        shutil.rmtree(folder, ignore_errors=True)


# -- 1. the worker frozen past the consumer timeout ---------------------------


@pytest.mark.timeout(240)
@pytest.mark.parametrize("mode", [[], ["--batch-size", "100"]], ids=["per-row", "bulk"])
def test_worker_frozen_past_the_consumer_timeout_then_thawed(
    db, env, impatient_broker, start_worker, tmp_path, mode
):
    """RabbitMQ closes the channel of a consumer that held a delivery past consumer_timeout
    (PRECONDITION_FAILED) and requeues what it held. Thawed, the worker reconnects and goes
    on; the batches its pool committed while frozen come back and count once. Before, the
    worker exited at the first thaw (`Unrecoverable error: PreconditionFailed`), the rest of
    the file waiting for a worker (celery/celery#6760: Celery retries a channel error only
    with broker_channel_error_retry)."""
    rng = seeded("frozen worker")
    env = {**env, "BROKER_CONN": impatient_broker.url}
    rows = twice_far_apart(rng, 10_000)
    import_id = run_json(env, "-csv", write_csv(tmp_path / "people.csv", rows), *mode)["import_id"]
    worker = start_worker(concurrency=2, extra_env=env)
    for freeze in range(2):
        at = len(rows) * rng.uniform(0.1, 0.4) * (freeze + 1)
        services.wait_until(lambda at=at: imported(db, import_id)[0] >= at, 90,
                            f"{at:.0f} rows stored", every=0.01)  # fmt: skip
        os.killpg(worker.process.pid, signal.SIGSTOP)
        held = rng.uniform(5, 9)  # past the timeout and a tick, whatever the moment
        time.sleep(held)
        os.killpg(worker.process.pid, signal.SIGCONT)
        print(f"frozen {held:.1f} s with {imported(db, import_id)[0]} of {len(rows)} stored")
    services.wait_until(lambda: status(env, import_id)["state"] == "done", 120, "done")
    time.sleep(1)  # a double count would land now
    assert worker.process.poll() is None, worker.log_path.read_text()[-3000:]
    assert "timed out" in worker.log_path.read_text()  # the broker did take them back
    assert table(db) == later_row_wins(rows)
    assert counts(status(env, import_id)) == expected_counts(rows)
    assert dead_letters(env["BROKER_CONN"], env["IMPORT_QUEUE"]) == 0
