"""An interrupted CLI is visible: SIGTERM or Ctrl-C mid-publish; a rerun finishes the import."""

import json
import signal
import time

import pytest

from tests.helpers import people, run_cli, run_json, start_cli, write_csv

pytestmark = pytest.mark.faults  # sends signals: runs once, in `make test`


@pytest.mark.timeout(240)
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_mid_publish_is_recorded_and_a_rerun_finishes(
    db, env, start_worker, tmp_path, signum
):
    rows = [(f"Person {n}", f"p{n}@example.com") for n in range(60_000)]
    csv = write_csv(tmp_path / "people.csv", rows)
    cli = start_cli(env, "-csv", str(csv), "--json")
    logs = tmp_path / "logs"
    while not (logs.is_dir() and any(logs.glob("*.log"))):
        time.sleep(0.05)
    time.sleep(1.0)  # well into publishing (no worker yet: nothing is stored)
    cli.send_signal(signum)
    out, err = cli.communicate(timeout=60)
    assert cli.returncode == 130, err
    assert "Traceback" not in err
    summary = json.loads(out)
    assert summary["state"] == "interrupted" and 0 < summary["enqueued"] < len(rows)
    assert "rerun the same command to finish" in summary["error"]
    status = json.loads(run_cli(env, "status", summary["import_id"], "--json").stdout)
    assert status["state"] == "interrupted" and int(status["enqueued"]) == summary["enqueued"]
    start_worker()
    again = run_json(env, "-csv", csv, "--wait")
    assert (again["enqueued"], again["stored"]) == (len(rows), len(rows))
    assert len(people(db)) == len(rows)  # nothing lost, nothing doubled
