"""A worker declares only its own queues and says it is ready at the default log level."""

import pytest

from tests.helpers import ROOT, VENV_BIN, run_until_ready

pytestmark = pytest.mark.e2e


def test_a_worker_at_the_default_level_says_ready_and_declares_no_delayed_queues(env, tmp_path):
    command = [VENV_BIN / "celery", "-A", "tasks", "worker", "-c", "1", "--without-mingle"]
    # quorum queues (the default), Celery's default log level
    text = run_until_ready(command, ROOT / "StorePeople", env, tmp_path / "worker.log")
    queue = env["IMPORT_QUEUE"]
    assert f"storepeople: ready, consuming {queue} and {queue}.bulk" in text
    # Celery's DelayedDelivery step warns at every start on quorum queues: it did not run.
    assert "delayed delivery" not in text
