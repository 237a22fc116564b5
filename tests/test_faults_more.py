"""More faults and ordinary operations, each ending with exact tables and exact counts.

- a worker whose main process froze after its pool committed batches (so nothing was
  acknowledged), then killed: the batches come back, and rows whose person a later batch
  of the same import wrote meanwhile must not count twice;

The random choices come from random.Random(seed); the seed is printed (run with -rP, or
-s) and can be forced with FAULTS_SEED. Nothing here measures time.
"""

import os
import random
import signal
import time

import pytest
from sqlalchemy import text

from tests import services
from tests.helpers import run_json, write_csv

pytestmark = pytest.mark.faults  # signals and kill -9: runs alone


def seeded(name: str) -> random.Random:
    seed = int(os.environ.get("FAULTS_SEED") or random.SystemRandom().randrange(2**32))
    print(f"\n{name}: FAULTS_SEED={seed}")
    return random.Random(seed)


def imported(db, import_id: str) -> tuple:
    """The import's counters in PostgreSQL: (stored, failed, inserted, updated, unchanged)."""
    with db.connect() as connection:
        row = connection.execute(
            text(
                "SELECT stored, failed, inserted, updated, unchanged FROM imports"
                " WHERE import_id = :id"
            ),
            {"id": import_id},
        ).one_or_none()
    return tuple(row) if row else (0, 0, 0, 0, 0)


def table(db) -> list[tuple[str, str]]:
    with db.connect() as connection:
        rows = connection.execute(text("SELECT full_name, email FROM people")).all()
    return sorted(tuple(row) for row in rows)


def later_row_wins(rows) -> list[tuple[str, str]]:
    final = {}
    for name, email in rows:
        final[email.lower()] = (name, email)
    return sorted(final.values())


# -- 1. committed, not acknowledged, redelivered after a later batch ----------


@pytest.mark.timeout(180)
@pytest.mark.parametrize(
    "mode, people",
    [pytest.param([], 500, id="per-row"), pytest.param(["--batch-size", "100"], 100, id="bulk")],
)
def test_batches_committed_then_redelivered_after_later_lines_count_once(
    db, env, start_worker, tmp_path, mode, people
):
    """Every batch writes the same people (each email once a batch, `people` emails in
    turn), so the two batches the pool holds when the main process freezes share every
    person. Both commit; neither is acknowledged; kill -9. Redelivered, the earlier
    batch's lines are no longer each person's logged line (the later batch's are): they
    were once counted again, stored above the file's rows."""
    rows = [(f"Name {n}", f"user.{n % people}@example.com") for n in range(20 * people)]
    csv = write_csv(tmp_path / "people.csv", rows)
    sent = run_json(env, "-csv", csv, *mode)  # no worker yet: a backlog
    import_id = sent["import_id"]
    worker = start_worker(concurrency=2)
    services.wait_until(lambda: imported(db, import_id)[0] > 0, 60, "storing", every=0.01)
    os.kill(worker.process.pid, signal.SIGSTOP)  # the pool goes on, nobody acknowledges
    last, steady = -1, 0
    while steady < 10:  # the pool committed what it held
        stored = imported(db, import_id)[0]
        steady, last = (steady + 1 if stored == last else 0), stored
        time.sleep(0.2)
    os.killpg(worker.process.pid, signal.SIGKILL)
    worker.process.wait()
    print(f"killed with {last} of {len(rows)} rows counted, none acknowledged")
    start_worker(concurrency=2)
    services.wait_until(lambda: imported(db, import_id)[0] >= len(rows), 90, "all stored")
    time.sleep(1)  # a double count would land now
    assert table(db) == later_row_wins(rows)
    stored, failed, inserted, updated, unchanged = imported(db, import_id)
    assert (stored, failed) == (len(rows), 0)
    assert (inserted, updated, unchanged) == (people, 0, 0)
    view = run_json(env, "status", import_id)
    assert (view["state"], view["stored"], view["superseded"]) == (
        "done", len(rows), len(rows) - people,
    )  # fmt: skip
