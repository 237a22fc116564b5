"""LOG_FORMAT=json: the CLI's and the worker's log lines are one JSON object each."""

import json
import re

import pytest

from tests.helpers import run_cli, run_json, worker_refusing, write_csv

pytestmark = pytest.mark.e2e


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_cli_and_worker_write_one_json_object_per_line(db, env, start_worker, tmp_path):
    env = {**env, "LOG_FORMAT": "json"}
    worker = start_worker(extra_env={"LOG_FORMAT": "json"})
    csv = write_csv(tmp_path / "people.csv", [("Ada Lovelace", "ada@example.com"), ("X", "nope")])
    summary = run_json(env, csv, "--wait")
    assert summary["stored"] == 1

    (log_file,) = (tmp_path / "logs").glob("*.log")
    records = json_lines(log_file.read_text())
    assert records and all(r["import_id"] == summary["import_id"] for r in records)
    assert all({"time", "level", "logger", "message"} <= r.keys() for r in records)

    # Celery's banner is printed, not logged; every logged line is an object, none is text.
    lines = worker.log_path.read_text().splitlines()
    assert not [line for line in lines if re.match(r"\[\d{4}-\d\d-\d\d ", line)]
    worker_records = json_lines("\n".join(line for line in lines if line.startswith("{")))
    assert any(r["message"].endswith(" ready.") for r in worker_records)
    assert all({"time", "level", "logger", "message"} <= r.keys() for r in worker_records)


def test_an_unknown_log_format_is_one_line_for_both_services(env, tmp_path):
    csv = write_csv(tmp_path / "people.csv", [("Ada Lovelace", "ada@example.com")])
    result = run_cli({**env, "LOG_FORMAT": "xml"}, csv, "--dry-run")
    assert result.returncode == 2, result.stderr
    assert "LOG_FORMAT='xml'" in result.stderr and "Traceback" not in result.stderr

    worker = worker_refusing(env, LOG_FORMAT="xml")
    assert worker.returncode != 0
    assert "LOG_FORMAT='xml'" in worker.stderr and "Traceback" not in worker.stderr
