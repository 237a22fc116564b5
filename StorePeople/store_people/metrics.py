"""Prometheus metrics for the worker, served on METRICS_PORT (unset: no server).

What is counted, and where it comes from:
- rows stored, by outcome (inserted, updated, unchanged), and rows failed, by reason: counted
  in the process that stored them, after the transaction committed (store.py);
- batches and their latency (a histogram) and database retries (store.py);
- the depth of the import queue, its bulk queue and its dead-letter queue: asked of the
  broker at each scrape (a passive queue.declare), so it is right whatever process fills them.

Rows are stored in the pool's processes, so the counters use prometheus_client's multiprocess
mode (https://prometheus.github.io/client_python/multiprocess/): each process writes its
values to files in PROMETHEUS_MULTIPROC_DIR, which must be set before prometheus_client is
imported and before the pool forks. This module sets it, to a private folder of its own, on
import, when METRICS_PORT is set (app.py imports it before anything else touches metrics).
"""

import atexit
import logging
import os
import shutil
import tempfile

if os.environ.get("METRICS_PORT") and "PROMETHEUS_MULTIPROC_DIR" not in os.environ:
    _folder = tempfile.mkdtemp(prefix="storepeople-metrics-")  # 0700
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = _folder
    _owner = os.getpid()

    def _remove_folder() -> None:
        if os.getpid() == _owner:  # the worker's own exit, not a forked pool process's
            shutil.rmtree(_folder, ignore_errors=True)

    atexit.register(_remove_folder)

from prometheus_client import (  # noqa: E402
    CollectorRegistry,
    Counter,
    Histogram,
    start_http_server,
    values,  # noqa: E402
)

# prometheus_client picks its value class when first imported (values.py: ValueClass =
# get_value_class()), and the celery command may import it first, through Flower's plugin:
# pick it again now that the folder is set, before any metric below is made.
values.ValueClass = values.get_value_class()
from prometheus_client.core import GaugeMetricFamily  # noqa: E402
from prometheus_client.multiprocess import MultiProcessCollector  # noqa: E402

from people_import_contract.job_record import (  # noqa: E402
    PEOPLE_COUNTERS,
    STORED,
    SUPERSEDED,
    superseded,
)

log = logging.getLogger(__name__)

ROWS = Counter("people_import_rows", "Rows stored, by outcome", ["outcome"])
FAILED = Counter(
    "people_import_rows_failed", "Rows that could not be stored, by reason", ["reason"]
)
BATCH_SECONDS = Histogram(
    "people_import_batch_seconds",
    "Time to store one batch of rows, retries included",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
)
DB_RETRIES = Counter("people_import_db_retries", "Transactions retried after a transient error")


def count_stored(tallies) -> None:
    """The per-import Counters of one committed batch (store.tally)."""
    for counts in tallies.values():
        for outcome in PEOPLE_COUNTERS:
            # Negative when a later line of an import moved a person from this outcome to
            # another (store.tally): a Prometheus counter only goes up, so that is not shown.
            if counts.get(outcome, 0) > 0:
                ROWS.labels(outcome).inc(counts[outcome])
        replaced = superseded(counts.get(STORED, 0), sum(counts.get(n, 0) for n in PEOPLE_COUNTERS))
        if replaced:  # written over by a later line of the same import
            ROWS.labels(SUPERSEDED).inc(replaced)


def count_failed(failures) -> None:
    """{import_id: Counter(reason: rows)} of one committed record_failures."""
    for reasons in failures.values():
        for reason, rows in reasons.items():
            FAILED.labels(reason).inc(rows)


class QueueDepths:
    """people_import_queue_messages{queue=...}: asked of the broker at each scrape."""

    def __init__(self, connect, queues):
        self.connect, self.queues = connect, queues

    def collect(self):
        depth = GaugeMetricFamily(
            "people_import_queue_messages", "Messages ready in each queue", labels=["queue"]
        )
        try:
            with self.connect() as connection:
                channel = connection.default_channel
                for name in self.queues:
                    try:
                        _, messages, _ = channel.queue_declare(name, passive=True)
                    except connection.channel_errors:  # not declared yet: closes the channel
                        channel = connection.channel()
                        continue
                    depth.add_metric([name], messages)
        except Exception as error:  # a scrape must answer even when the broker does not
            log.warning("metrics: queue depths not read: %s", error)
        yield depth


def serve(port: int, connect, queues) -> None:
    """Start the HTTP server in this (the main) process, collecting every process's values."""
    registry = CollectorRegistry()
    MultiProcessCollector(registry)
    registry.register(QueueDepths(connect, queues))
    start_http_server(port, addr=os.environ.get("METRICS_ADDR", "0.0.0.0"), registry=registry)
    log.info("metrics: serving Prometheus metrics on port %d", port)
