"""A worker declares only its own queues and says it is ready at the default log level."""

import subprocess
import time

import pytest

from tests.helpers import ROOT, VENV_BIN

pytestmark = pytest.mark.e2e


def test_a_worker_at_the_default_level_says_ready_and_declares_no_delayed_queues(env, tmp_path):
    log = tmp_path / "worker.log"
    with log.open("wb") as out:
        worker = subprocess.Popen(
            [VENV_BIN / "celery", "-A", "tasks", "worker", "-c", "1", "--without-mingle"],
            cwd=ROOT / "StorePeople",
            env=env,  # quorum queues (the default), Celery's default log level
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + 60
            while "storepeople: ready" not in log.read_text() and time.monotonic() < deadline:
                assert worker.poll() is None, log.read_text()
                time.sleep(0.2)
        finally:
            worker.terminate()
            worker.wait(30)
    text = log.read_text()
    queue = env["IMPORT_QUEUE"]
    assert f"storepeople: ready, consuming {queue} and {queue}.bulk" in text
    # Celery's DelayedDelivery step warns at every start on quorum queues: it did not run.
    assert "delayed delivery" not in text
