"""Faults drawn by hypothesis: the mode, the file, the fault and the moment it strikes.

Each example imports a file of drawn people (some emails repeated in another case, some
invalid rows) per-row or bulk (a drawn --batch-size), and breaks one thing once a drawn
number of rows is stored (or, for the CLI, of messages is queued), found by polling the
table or the queue:

- kill -9 of the whole worker, then another worker;
- SIGTERM of the worker (Celery's warm shutdown), then another worker;
- the RabbitMQ node restarted, or killed -9 and started (the CLI may exit 1: the same
  command again, docs/cli.md);
- the PostgreSQL node stopped for a drawn second or few;
- the CLI killed -9 mid-publish (no worker yet), then a worker and the same command again;
- then, while a worker stores, a second or third of these, or the CLI stopped (Ctrl-C,
  SIGTERM, kill -9) and the same command at once.

After recovery: the people table is the file's fold (each email's last row), no email
twice, the last import's counts are the file's (each person inserted by one import), a
stopped import stored every row RabbitMQ confirmed, and every message is stored (no failed
row, nothing dead-lettered, nothing left in the queues). The broker and the database are
nodes of this module's own (tests/services.py); the shared ones are never touched.
FAULTS_GENERATED_EXAMPLES runs more examples (the default keeps the test near 2 minutes).
"""

import json
import os
import random
import shutil
import signal
import subprocess
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, note, settings
from hypothesis import strategies as st
from kombu import Connection
from sqlalchemy import create_engine, text

from tests import services
from tests.helpers import BACKEND_URL, Worker, later_row_wins, run_cli, start_cli, write_csv
from tests.helpers import people_table as table
from tests.test_faults import duplicates, finish
from tests.test_operations import counts

pytestmark = pytest.mark.faults  # kills workers and restarts its own nodes: runs alone

EXAMPLES = int(os.environ.get("FAULTS_GENERATED_EXAMPLES", 5))
FAULTS = (
    "kill -9 worker",
    "SIGTERM worker",
    "restart rabbitmq",
    "kill -9 rabbitmq",
    "stop postgres",
    "kill cli",
)
# Stopping the CLI while a worker stores: Ctrl-C, SIGTERM (exit 130, "rerunning the same
# command finishes it", docs/cli.md) or kill -9; then the same command at once.
CLI_SIGNALS = {"SIGINT cli": signal.SIGINT, "SIGTERM cli": signal.SIGTERM,
               "kill -9 cli": signal.SIGKILL}  # fmt: skip
TABLES = (
    "people, people_history, people_writes, people_write_lines, imports, import_failures, "
    "import_failed_lines"
)


@pytest.fixture(scope="module")
def nodes():
    """A PostgreSQL and a RabbitMQ node of this module's own: broken here, nowhere else."""
    folder = Path(tempfile.mkdtemp(prefix="people-faults-generated-"))
    folder.chmod(0o755)
    postgres = services.Postgres(folder)
    try:
        rabbitmq = services.RabbitMQ(folder, name="faultsgen")
    except BaseException:
        postgres.close()
        raise
    yield postgres, rabbitmq
    rabbitmq.close()
    postgres.close()
    shutil.rmtree(folder, ignore_errors=True)


def drawn_file(rng: random.Random, size: int, emails: int, invalid: list[int]):
    """`size` valid rows over `emails` addresses (a repeat in another case), the invalid
    rows (email.domain_no_dot, rejected by the CLI) at the drawn places."""
    valid = []
    for line in range(size):
        key = line if emails >= size else rng.randrange(emails)
        local = "".join(c.upper() if rng.random() < 0.3 else c for c in f"user.{key}")
        valid.append((f"Name {key} row {line}", f"{local}@example.com"))
    rows = list(valid)
    for n, at in enumerate(sorted(invalid, reverse=True)):
        rows.insert(min(at, len(rows)), (f"Bad Row {n}", f"bad{n}@nodot"))
    return rows, valid


def depth(broker_url: str, queue: str) -> int:
    """Ready messages in `queue` (0 before the CLI declares it)."""
    with Connection(broker_url) as connection:
        try:
            return connection.default_channel.queue_declare(queue, passive=True).message_count
        except Exception:  # not declared yet (404 closes the channel)
            return 0


def stored_rows(engine) -> int:
    with engine.connect() as connection:
        return connection.execute(text("SELECT coalesce(sum(stored), 0) FROM imports")).scalar()


def steady(read, polls: int = 8, every: float = 0.25):
    """`read()` once it gives the same answer `polls` times in a row."""
    last, same = object(), 0
    while same < polls:
        value = read()
        same, last = (same + 1 if value == last else 0), value
        time.sleep(every)
    return last


def stop_worker(worker: Worker, how: int) -> None:
    """SIGKILL: the whole process group at once; SIGTERM: the main process, waited for."""
    if how == signal.SIGKILL:
        if worker.process.poll() is None:
            os.killpg(worker.process.pid, signal.SIGKILL)
            worker.process.wait()
    else:
        worker.stop(timeout=60)
    worker.log_file.close()


@pytest.mark.timeout(180 + 90 * EXAMPLES)
def test_drawn_faults_lose_and_double_nothing(nodes, tmp_path):
    postgres, rabbitmq = nodes
    engine = create_engine(postgres.url, pool_pre_ping=True)
    seen: Counter = Counter()  # what the examples did, printed at the end (-rP)
    runs = iter(range(10**6))

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        # An example costs seconds: shrink only when asked (FAULTS_GENERATED_SHRINK=1).
        phases=[Phase.explicit, Phase.generate]
        + [Phase.shrink] * bool(os.environ.get("FAULTS_GENERATED_SHRINK")),
        suppress_health_check=list(HealthCheck),
    )
    @given(
        batch_size=st.none() | st.integers(1, 400),
        size=st.integers(800, 4000),
        repeated=st.sampled_from([1.0, 0.5, 0.1]),  # distinct emails per row
        invalid=st.lists(st.integers(0, 4000), max_size=4),
        seed=st.integers(0, 2**32 - 1),
        fault=st.sampled_from(FAULTS),
        strike=st.floats(0.02, 0.6),  # of the rows stored (or messages queued)
        # A second fault or two later in the same import, while a worker runs.
        more=st.lists(
            st.tuples(st.sampled_from(FAULTS[:-1] + tuple(CLI_SIGNALS)), st.floats(0.02, 0.9)),
            max_size=2,
        ),  # fmt: skip
        outage=st.floats(0.5, 5),  # seconds PostgreSQL stays down
    )
    def example(batch_size, size, repeated, invalid, seed, fault, strike, more, outage):
        run = next(runs)
        folder = tmp_path / f"run{run}"
        folder.mkdir()
        with engine.begin() as connection:
            connection.execute(text(f"TRUNCATE {TABLES}"))
        rows, valid = drawn_file(random.Random(seed), size, max(1, int(size * repeated)), invalid)
        source = write_csv(folder / "people.csv", rows)
        queue = f"gen-{uuid.uuid4().hex[:8]}"
        env = {
            **os.environ,
            "BROKER_CONN": rabbitmq.url,
            "BACKEND_CONN": BACKEND_URL,
            "DATABASE_URL": postgres.url,
            "IMPORT_QUEUE": queue,
            "LOGS_DIR": str(folder / "logs"),
            "STALL_SECONDS": "120",
        }
        mode = ("--batch-size", batch_size) if batch_size else ()
        messages = -(-len(valid) // batch_size) if batch_size else len(valid)
        published = f"{queue}.bulk" if batch_size else queue

        def drained() -> bool:  # both import queues: a bulk import's broker fault left one
            return all(depth(rabbitmq.url, name) == 0 for name in (queue, f"{queue}.bulk"))

        emails = len({email.lower() for _, email in valid})
        then = [(fault, strike), *more]
        note(f"{then}, {len(valid)} rows ({emails} emails), {len(invalid)} invalid, {mode}")
        workers: list[Worker] = []
        clis: list[subprocess.Popen] = []

        def start_worker() -> Worker:
            workers.append(Worker(env, folder / f"worker{len(workers)}.log"))
            return workers[-1]

        try:
            before = 0  # people in the table before the import checked for exact counts
            if fault == "kill cli":
                cli = start_cli(env, "-csv", source, *mode, "--json")  # no worker yet
                clis.append(cli)
                at = max(1, int(messages * strike))
                services.wait_until(
                    lambda: depth(rabbitmq.url, published) >= at or cli.poll() is not None,
                    60, f"{at} messages", every=0.005,
                )  # fmt: skip
                seen[f"kill cli {'mid-publish' if cli.poll() is None else 'after'}"] += 1
                cli.kill()
                cli.communicate()
                start_worker()
                killed = next((folder / "logs").glob("*.log")).stem
                # What reached the broker is stored, once; nothing more comes.
                services.wait_until(drained, 120, "drained")
                steady(lambda: stored_rows(engine))
                before = len(table(engine))
                note(f"killed {killed} with {at}+ of {messages} messages queued; {before} people")
                result = run_cli(env, "-csv", source, *mode, "--wait", "--json")
            else:
                start_worker()
                cli = start_cli(env, "-csv", source, *mode, "--wait", "--json")
                clis.append(cli)
                interrupted = False  # the CLI stopped by a drawn fault: the same command again
                for broken, when in sorted(then, key=lambda drawn: drawn[1]):
                    at = max(1, int(len(valid) * when))
                    services.wait_until(
                        lambda at=at, cli=cli: stored_rows(engine) >= at or cli.poll() is not None,
                        60, f"{at} rows stored", every=0.005,
                    )  # fmt: skip
                    seen[f"{broken} {'mid-import' if cli.poll() is None else 'after'}"] += 1
                    if broken == "kill -9 worker":
                        stop_worker(workers.pop(), signal.SIGKILL)
                        start_worker()
                    elif broken == "SIGTERM worker":
                        stop_worker(workers.pop(), signal.SIGTERM)
                        start_worker()
                    elif broken == "restart rabbitmq":
                        rabbitmq.stop()
                        rabbitmq.start()
                    elif broken == "kill -9 rabbitmq":
                        rabbitmq.kill()
                        rabbitmq.start()
                    elif broken == "stop postgres":
                        postgres.stop("immediate")
                        time.sleep(outage)  # how long it is down, not when the fault strikes
                        postgres.start()
                    elif not interrupted:  # the CLI's faults: once, then the same command
                        interrupted = True
                        if cli.poll() is None:
                            os.kill(cli.pid, CLI_SIGNALS[broken])
                        finish(cli)
                        cli = start_cli(env, "-csv", source, *mode, "--wait", "--json")
                        clis.append(cli)
                code, stdout, stderr = finish(cli, timeout=240)
                result = subprocess.CompletedProcess(cli.args, code, stdout, stderr)
                if code == 1 and ("rerun the same command" in stderr or "unreachable" in stderr):
                    # docs/cli.md: the broker lost mid-file, or down as the CLI started
                    # (three tries over 6 s), exits 1: the same command again once it is up.
                    seen["rerun after exit 1"] += 1
                    result = run_cli(env, "-csv", source, *mode, "--wait", "--json")
                # Every import's messages stored (a stopped CLI's too) before counting.
                services.wait_until(drained, 120, "drained")
                steady(lambda: stored_rows(engine))
            assert result.returncode == 0, (result.returncode, result.stderr[-3000:])
            summary = json.loads(result.stdout)
            note(f"summary {counts(summary)}")

            # The table is the file's fold; no email twice.
            assert table(engine) == later_row_wins(valid)
            assert duplicates(engine) == 0
            # The import's counts are the file's.
            rejected = len(invalid)
            assert (summary["state"], summary["rows"], summary["accepted"]) == (
                "done", len(rows), len(valid)
            )  # fmt: skip
            assert {k: summary[k] for k in ("stored", "failed", "rejected", "superseded")} == {
                "stored": len(valid), "failed": 0, "rejected": rejected,
                "superseded": len(valid) - emails,
            }  # fmt: skip
            assert summary["inserted"] + summary["updated"] + summary["unchanged"] == emails
            if fault == "kill cli":  # the killed import's rows all stored before
                assert summary["inserted"] == emails - before, summary
            with engine.connect() as connection:
                inserted, failed, imports = connection.execute(
                    text("SELECT sum(inserted), sum(failed), count(*) FROM imports")
                ).one()
            assert (inserted, failed) == (emails, 0), "each person inserted by one import"
            if imports == 1:
                assert (summary["updated"], summary["unchanged"]) == (0, 0), summary
            view = json.loads(run_cli(env, "status", summary["import_id"], "--json").stdout)
            assert counts(view) == counts(summary)
            # A stopped import: every row RabbitMQ confirmed is stored (docs/guarantees.md).
            with engine.connect() as connection:
                others = connection.execute(
                    text("SELECT import_id FROM imports WHERE import_id <> :id"),
                    {"id": summary["import_id"]},
                ).scalars()
            for other in others:
                view = json.loads(run_cli(env, "status", other, "--json").stdout)
                note(f"stopped {other}: {view}")
                assert view["failed"] == 0, view
                assert view["enqueued"] is None or view["stored"] >= view["enqueued"], view
                assert view["stored"] <= len(valid), view
            # Every message stored: nothing waits, nothing dead-lettered, no failed row.
            for name in (queue, f"{queue}.bulk", f"{queue}.dead"):
                assert depth(rabbitmq.url, name) == 0, name
        finally:
            for cli in clis:
                if cli.poll() is None:
                    cli.kill()
                    cli.communicate()
            for worker in workers:
                stop_worker(worker, signal.SIGKILL)
            if not rabbitmq.running():
                rabbitmq.start()
            if not (postgres.data / "postmaster.pid").exists():
                postgres.start()

    try:
        example()
    finally:
        engine.dispose()
        print(f"\nFAULTS GENERATED | {dict(sorted(seen.items()))}")
