"""Import jobs: status during and after an import, bounded Redis, history after Redis forgets."""

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
from sqlalchemy import text

from people_import_contract.fast_paths import fast_paths_enabled
from people_import_contract.job_record import KEY_PREFIX
from tests.helpers import BACKEND_URL, ROOT, run_cli, run_json, write_csv

pytestmark = pytest.mark.e2e
JOB_KEY = KEY_PREFIX


def status(env, import_id) -> dict:
    return json.loads(run_cli(env, "status", import_id, "--json").stdout)


def test_status_while_running_and_redis_stays_bounded(db, env, start_worker, tmp_path):
    env["JOB_TTL_SECONDS"] = "3600"  # CLI and worker alike
    start_worker()
    # Long enough to be seen running: Celery's plain strategy (FAST_PATHS=0) stores one
    # row per transaction, a few hundred a second, where the fast path stores thousands.
    total = 50_000 if fast_paths_enabled(env) else 5_000
    rows = [(f"Person {n}", f"p{n}@example.com") for n in range(total)]
    csv = write_csv(tmp_path / "big.csv", rows)
    cli = subprocess.Popen(
        [sys.executable, "csvprocessor.py", "-csv", str(csv), "--wait", "--json"],
        cwd=ROOT / "CSVProcessor",
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    client = redis.Redis.from_url(BACKEND_URL, decode_responses=True)
    seen_running = None
    deadline = time.monotonic() + 240
    logs = Path(env["LOGS_DIR"])  # the run's log is named after its import id (no KEYS scan)
    while cli.poll() is None and time.monotonic() < deadline:
        for log in logs.glob("*.log") if logs.is_dir() else ():
            job = client.hgetall(JOB_KEY + log.stem)
            if job.get("file") == str(csv) and int(job.get("stored", 0)) > 0:
                view = status(env, log.stem)
                if view["state"] == "running":
                    seen_running = view
        if seen_running:
            break
        time.sleep(0.5)
    out, err = cli.communicate(timeout=240)
    assert cli.returncode == 0, err
    summary = json.loads(out)
    assert seen_running is not None and int(seen_running["stored"]) < total
    assert summary["stored"] == total and status(env, summary["import_id"])["state"] == "done"
    # One small record for the whole import, expiring; no per-task results.
    assert 0 < client.ttl(JOB_KEY + summary["import_id"]) <= 3600
    assert client.get(f"celery-task-meta-{summary['import_id']}:2") is None


def test_history_answers_after_redis_forgot_the_import(db, env, start_worker, tmp_path):
    start_worker()
    csv = write_csv(
        tmp_path / "p.csv", [("Ada", "ada@example.com"), ("Bad", "bad"), ("Bo", "bo@example.com")]
    )
    import_id = run_json(env, "-csv", csv, "--wait")["import_id"]
    deadline = time.monotonic() + 30  # tasks.record_import may land after the rows
    while time.monotonic() < deadline:
        with db.connect() as connection:
            query = text("SELECT enqueued FROM imports WHERE import_id = :i")
            if connection.execute(query, {"i": import_id}).scalar() is not None:
                break
        time.sleep(0.2)
    redis.Redis.from_url(BACKEND_URL).delete(JOB_KEY + import_id)
    without_database = {k: v for k, v in env.items() if k != "DATABASE_URL"}
    assert status(without_database, import_id)["state"] == "unknown"
    view = status(env, import_id)  # DATABASE_URL set: falls back to PostgreSQL
    assert view["state"] == "done" and view["source"] == "history"
    assert (view["rows"], view["rejected"], view["enqueued"], view["stored"]) == (3, 1, 2, 2)
