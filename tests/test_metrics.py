"""METRICS_PORT: the worker serves Prometheus metrics that count what an import did."""

import time
import urllib.request

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.helpers import run_json, worker_refusing, write_csv
from tests.services import free_port

pytestmark = pytest.mark.e2e


def scrape(port: int) -> dict[tuple, float]:
    text = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10).read().decode()
    samples = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return samples


def scraped(port: int, timeout: float = 30) -> dict[tuple, float]:
    deadline = time.monotonic() + timeout
    while True:
        try:
            return scrape(port)
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@pytest.mark.parametrize("mode", [[], ["--batch-size", "2"]], ids=["per-row", "bulk"])
def test_an_import_shows_in_the_metrics(db, env, start_worker, tmp_path, mode):
    port = free_port()
    start_worker(extra_env={"METRICS_PORT": str(port)})
    rows = [(f"Person {i}", f"p{i}@example.com") for i in range(5)] + [("Dup", "p0@example.com")]
    summary = run_json(env, write_csv(tmp_path / "people.csv", rows), "--wait", *mode)
    assert summary["stored"] == 6

    samples = scraped(port)
    stored = {
        dict(labels)["outcome"]: value
        for (name, labels), value in samples.items()
        if name == "people_import_rows_total"
    }
    assert stored == {"inserted": 5, "superseded": 1}
    batches = samples[("people_import_batch_seconds_count", ())]
    assert batches >= 1
    queue = env["IMPORT_QUEUE"]
    assert samples[("people_import_queue_messages", (("queue", queue),))] == 0
    assert samples[("people_import_queue_messages", (("queue", f"{queue}.dead"),))] == 0


def test_a_malformed_metrics_port_is_one_line(env):

    worker = worker_refusing(env, METRICS_PORT="http")
    assert worker.returncode != 0
    assert "METRICS_PORT='http'" in worker.stderr and "Traceback" not in worker.stderr
