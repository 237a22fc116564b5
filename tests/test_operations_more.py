"""More ordinary operations in any order, against the real services, checked against the
model of tests/operations_model.py (docs/undo.md, docs/worker.md):

- a row the database refuses (a CHECK constraint on `people` for the import's time) is
  dead-lettered, then replayed once the constraint is gone: after other imports, after
  its import's undo (never stored, not even logged: `import.undone` again), twice;
- the same people from a vCard file with one unreadable card, or from a workbook (.xlsx),
  give the table a CSV gives;
- a worker killed -9 while a backlog of several bulk messages waits (its pool holding a
  batch on a lock), then another worker;
- two imports of overlapping people at once.

After each step the people table is the model's; each import's summary, each undo's and
each replay's answer its counts (imports that ran at once: the invariants docs/undo.md
promises, their fold exact); the dead letters are the model's; at the end `status` of
every import says what its summary said. `OPERATIONS_MORE_EXAMPLES` runs more.
"""

import json
import os
import signal
from collections import Counter
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    invariant,
    multiple,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import text

from tests import services
from tests.helpers import POLICIES, apply, run_cli, run_json, start_cli, write_csv
from tests.operations_model import Model, Written
from tests.test_faults import finish, table_locked, wait_for_blocked_writers
from tests.test_operations_model import (
    HEADER,
    INVALID,
    ROWS,
    Imported,
    as_stored,
    assert_table_is,
    written_file,
    written_marks,
)

pytestmark = pytest.mark.e2e

# The only person written by rows the database refuses while REFUSE stands (and by nobody
# else): a refused row is refused whatever the other imports did.
REFUSED_ROWS = st.sampled_from(
    [("Bad Dee", "dee@x.org", "", "", ""), ("Bad Dee Ray", "dee@x.org", "+12125550199", "", "")]
)
# NOT VALID: the replayed rows already stored keep their names (PostgreSQL, ALTER TABLE).
REFUSE = "ALTER TABLE people ADD CONSTRAINT refused CHECK (full_name NOT LIKE 'Bad%') NOT VALID"
ALLOW = "ALTER TABLE people DROP CONSTRAINT IF EXISTS refused"
BROKEN_CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Broken Card\r\nno colon here\r\nEND:VCARD\r\n"
KINDS = ("csv", "vcard", "xlsx")


def card(row: tuple) -> str:
    name, email, phone, company, _notes = row
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{name}", f"EMAIL:{email}"]
    lines += [f"TEL:{phone}"] * bool(phone) + [f"ORG:{company}"] * bool(company)
    return "\r\n".join([*lines, "END:VCARD"]) + "\r\n"


def file_of(path: Path, kind: str, rows: list, invalid_at: int | None) -> Path:
    """The rows as a CSV, as vCards (one unreadable card among them) or as a workbook,
    the invalid row (INVALID) among them."""
    rows = list(rows)
    if invalid_at is not None:
        rows.insert(min(invalid_at, len(rows)), tuple(INVALID.split(",")))
    if kind == "csv":
        return written_file(path.with_suffix(".csv"), rows, None, None)
    if kind == "vcard":
        cards = [card(row) for row in rows]
        cards.insert(len(cards) // 2, BROKEN_CARD)
        path = path.with_suffix(".vcf")
        path.write_text("".join(cards), encoding="utf-8")
        return path
    book = openpyxl.Workbook()
    book.active.append(HEADER.split(","))
    for row in rows:
        book.active.append([value or None for value in row])
    path = path.with_suffix(".xlsx")
    book.save(path)
    return path


def dead_letters(env: dict, imports: set[str]) -> dict[str, tuple[str, int]]:
    """`dead-letters --json` of these imports: import id -> (reason, messages)."""
    listing = run_json(env, "dead-letters")
    return {
        entry["import_id"]: (entry["reason"], entry["messages"])
        for entry in listing["by_import"]
        if entry["import_id"] in imports
    }


def status(env: dict, import_id: str) -> dict:
    return run_json(env, "status", import_id)


EXACT = ("state", "rows", "accepted", "enqueued", "stored", "rejected", "failed", "merge")
PEOPLE = ("inserted", "updated", "unchanged", "superseded")


@pytest.mark.timeout(1200)
def test_more_operations_in_any_order_match_the_model(db, env, start_worker, tmp_path):
    workers = [start_worker()]
    seen: Counter = Counter()  # what the runs did, printed at the end (-rP)

    class MoreOperations(RuleBasedStateMachine):
        imports = Bundle("imports")

        def __init__(self):
            super().__init__()
            with db.begin() as connection:
                connection.execute(text(ALLOW))
                connection.execute(
                    text("TRUNCATE people, people_history, people_writes, people_write_lines")
                )
            self.model = Model()
            self.expected: dict[str, dict] = {}  # import id -> its status's fields
            self.dead: dict[str, tuple[str, int]] = {}  # the model's dead letters
            self.refused: dict[str, tuple] = {}  # import id -> its dead-lettered row
            self.files = 0
            self.runs: list[Imported] = []

        def path(self) -> Path:
            self.files += 1
            return tmp_path / f"m{self.files}"

        @rule(
            target=imports,
            rows=ROWS,
            policy=st.sampled_from(POLICIES),
            bulk=st.booleans(),
            kind=st.sampled_from(KINDS),
            invalid_at=st.none() | st.integers(0, 4),
            refused=st.none() | st.tuples(st.integers(0, 4), REFUSED_ROWS),
        )
        def import_a_file(self, rows, policy, bulk, kind, invalid_at, refused):
            """Any kind of file; with a row the database refuses, or not."""
            return self.run_file(rows, policy, bulk, kind, invalid_at, refused)

        # A per-row import with a refused row (its dead letter for `replay` to find), then
        # nothing, a replay, an undo and a replay, or two replays.
        @rule(
            target=imports,
            rows=ROWS,
            policy=st.sampled_from(POLICIES),
            refused=st.tuples(st.integers(0, 4), REFUSED_ROWS),
            then=st.sampled_from(["", "replay", "undo, replay", "replay, replay"]),
        )
        def import_a_refused_row(self, rows, policy, refused, then):
            imported = self.run_file(rows, policy, False, "csv", None, refused)
            if then.startswith("undo"):
                self.undo(imported)
            for _ in range(then.count("replay")):
                self.replay_import(imported.import_id)
            return imported

        def run_file(self, rows, policy, bulk, kind, invalid_at, refused):
            rows = list(rows)
            index = None  # the refused row's, among the rows
            if refused is not None:
                index = min(refused[0], len(rows))
                rows.insert(index, refused[1])
            path = file_of(self.path(), kind, rows, invalid_at)
            args = ("--merge", policy, *(("--batch-size", "2") if bulk else ()))
            stored = [as_stored(row, False) for row in rows]
            bad = None
            if index is not None:
                key, people = stored[index][1].lower(), self.model.people
                if people.get(key) != apply(people, [stored[index]], policy).get(key):
                    bad = stored[index]  # refused: a write that changes nothing is no update
            marks = written_marks(db)
            if bad is not None:
                with db.begin() as connection:
                    connection.execute(text(REFUSE))
            try:
                result = run_cli(env, path, "--wait", "--json", *args)
            finally:
                with db.begin() as connection:
                    connection.execute(text(ALLOW))
            assert result.returncode == (3 if bad else 0), result.stderr
            seen[f"import {kind}"] += 1
            summary = json.loads(result.stdout)
            import_id = summary["import_id"]
            good = [row for n, row in enumerate(stored) if bad is None or n != index]
            counts = self.model.imported(Written(import_id, good, policy))
            rejected = int(invalid_at is not None) + (kind == "vcard")
            reasons = {"email.domain_no_dot": 1} if invalid_at is not None else {}
            reasons |= {"vcard.unreadable": 1} if kind == "vcard" else {}
            expected = {
                "state": "done_with_failures" if bad else "done",
                "rows": len(rows) + rejected, "accepted": len(rows), "enqueued": len(rows),
                "stored": len(good), "rejected": rejected, "failed": int(bad is not None),
                "merge": policy, "replayed": 0, **counts, "rejected_by_reason": reasons,
                "failed_by_reason": {"db.refused": 1} if bad else {},
            }  # fmt: skip
            assert {key: summary[key] for key in expected} == expected
            self.expected[import_id] = expected
            if bad is not None:
                # A bulk message is dead-lettered only when none of its rows was stored
                # (docs/worker.md, "Limits"): with two rows a message, when it is last, alone.
                alone = index == len(stored) - 1 and len(stored) % 2 == 1
                if not bulk or alone:
                    self.dead[import_id] = ("db.refused", 1)
                    self.refused[import_id] = bad
                seen[f"refused row {'dead-lettered' if not bulk or alone else 'kept'}"] += 1
            after = written_marks(db)
            untouched = self.model.untouched
            assert {k: after[k] for k in untouched} == {k: marks[k] for k in untouched}
            self.runs.append(Imported(import_id, tuple(rows), args, rejected, 0, path))
            return self.runs[-1]

        @precondition(lambda self: self.runs)
        @rule(data=st.data())
        def replay(self, data):
            """`replay` of any import, most often of one with a dead letter: its dead
            letters back to its queue, stored if the import stands, dead-lettered again as
            `import.undone` if not."""
            choices = sorted(self.dead)
            if not choices or data.draw(st.booleans(), "any import"):
                choices = [run.import_id for run in self.runs]
            self.replay_import(data.draw(st.sampled_from(choices), "import"))

        def replay_import(self, import_id: str):
            answer = run_json(env, "replay", import_id)
            waiting = self.dead.get(import_id, (None, 0))[1]
            assert answer["replayed"] == waiting, answer
            seen["replay, nothing waiting"] += not waiting
            if waiting and import_id in self.refused:
                row = self.refused[import_id]
                written = next(w for w in self.model.imports if w.import_id == import_id)
                seen[f"replay, import {'undone' if written.undone else 'standing'}"] += 1
                if written.undone:
                    self.dead[import_id] = ("import.undone", waiting)
                    services.wait_until(
                        lambda: dead_letters(env, {import_id}) == {import_id: self.dead[import_id]},
                        60, "the replayed row dead-lettered again",
                    )  # fmt: skip
                else:
                    counts = self.model.replayed(import_id, row)
                    del self.dead[import_id], self.refused[import_id]
                    expected = self.expected[import_id]
                    expected |= {"state": "done", "failed": 0, "failed_by_reason": {},
                                 "stored": expected["stored"] + 1,
                                 "replayed": expected["replayed"] + 1}  # fmt: skip
                    for key, n in counts.items():
                        expected[key] += n
                    services.wait_until(
                        lambda: status(env, import_id)["state"] == "done", 60, "replayed"
                    )
                    view = status(env, import_id)
                    assert {key: view[key] for key in expected} == expected
            assert dead_letters(env, set(self.expected)) == self.dead

        @rule(earlier=imports)
        def undo(self, earlier: Imported):
            result = run_cli(env, "undo", earlier.import_id, "--wait", "--json")
            assert result.returncode == 0, result.stderr
            answer = json.loads(result.stdout)
            self.expected[earlier.import_id]["state"] = "undone"
            expected = self.model.undone(earlier.import_id)
            changed = expected.pop("changed")
            assert answer["state"] == "undone"
            assert {key: answer[key] for key in expected} == expected
            assert answer["changed"] in changed
            seen["undo"] += 1

        def stored_at_once(self, summaries: list[dict], files: list[tuple]):
            """Imports stored at the same time: their fold exact, their counts the
            invariants docs/undo.md ("Concurrency") promises."""
            before = set(self.model.people)
            written = [Written(summary["import_id"], [as_stored(row, False) for row in rows],
                               policy) for summary, (rows, policy) in zip(summaries, files,
                                                                          strict=True)]  # fmt: skip
            new, runs = set(), []
            for summary, one in zip(summaries, written, strict=True):
                view = status(env, one.import_id)
                keys = one.people_keys()
                assert view["state"] == "done" and view["failed"] == 0, view
                assert view["stored"] == len(one.rows), view
                assert sum(view[key] for key in PEOPLE[:3]) == len(keys), view
                assert view["superseded"] == len(one.rows) - len(keys), view
                assert view["inserted"] <= len(keys - before), view
                new |= keys - before
                self.expected[one.import_id] = {key: view[key] for key in (*EXACT, *PEOPLE)}
                if summary.get("stored") is not None:  # --wait: what `status` says
                    assert {key: summary[key] for key in self.expected[one.import_id]} == (
                        self.expected[one.import_id]
                    )
                runs.append(Imported(one.import_id, (), (), 0, 0, Path()))
            # A new person counts `inserted` for one import only.
            assert sum(self.expected[one.import_id]["inserted"] for one in written) == len(new)
            self.model.at_once(written)
            self.runs += runs
            return multiple(*runs)

        @rule(
            target=imports,
            files=st.lists(st.tuples(ROWS, st.sampled_from(POLICIES)), min_size=2, max_size=3),
        )
        def a_bulk_backlog_and_its_worker_killed(self, files):
            """Several bulk imports queued, no worker; one starts, takes a batch, waits on
            a lock, and is killed -9; another stores the backlog."""
            workers.pop().stop()
            summaries = []
            for rows, policy in files:
                path = written_file(self.path().with_suffix(".csv"), rows, None, None)
                summaries.append(run_json(env, path, "--merge", policy, "--batch-size", "1"))
            with table_locked(db):
                doomed = start_worker()
                wait_for_blocked_writers(db, 1)
                os.killpg(doomed.process.pid, signal.SIGKILL)
                doomed.process.wait()
            workers.append(start_worker())
            seen["bulk backlog, worker killed"] += 1
            for summary in summaries:
                services.wait_until(
                    lambda s=summary: status(env, s["import_id"])["state"] == "done", 60, "done"
                )
            return self.stored_at_once(summaries, files)

        @rule(
            target=imports,
            first=st.tuples(ROWS, st.sampled_from(POLICIES), st.booleans()),
            second=st.tuples(ROWS, st.sampled_from(POLICIES), st.booleans()),
        )
        def two_imports_at_once(self, first, second):
            clis = []
            for rows, policy, bulk in (first, second):
                path = written_file(self.path().with_suffix(".csv"), rows, None, None)
                bulk_args = ("--batch-size", "2") if bulk else ()
                clis.append(start_cli(env, path, "--merge", policy, *bulk_args, "--wait", "--json"))
            summaries = []
            for cli in clis:
                code, stdout, stderr = finish(cli)
                assert code == 0, stderr
                summaries.append(json.loads(stdout))
            seen["two imports at once"] += 1
            files = [(rows, policy) for rows, policy, _ in (first, second)]
            return self.stored_at_once(summaries, files)

        @precondition(lambda self: self.runs)
        @rule()
        def restart_the_worker(self):
            workers.pop().stop()
            workers.append(start_worker())

        @invariant()
        def the_table_is_the_models(self):
            assert_table_is(self.model, db)

        def teardown(self):
            for import_id, expected in self.expected.items():
                view = status(env, import_id)
                assert {key: view[key] for key in expected} == expected, import_id
            assert dead_letters(env, set(self.expected)) == self.dead

    run_state_machine_as_test(
        MoreOperations,
        settings=settings(
            max_examples=int(os.environ.get("OPERATIONS_MORE_EXAMPLES", 3)),  # more to hunt
            stateful_step_count=6,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
    print(f"\nOPERATIONS MORE | {dict(sorted(seen.items()))}")


@pytest.mark.timeout(180)
def test_an_undone_imports_dead_letter_replayed_twice_stays_a_dead_letter(
    db, env, start_worker, tmp_path
):
    """The machine's minimal example: a refused row, its import undone, replayed twice (the
    first replay logged the row, and the second took it for stored before: acknowledged, gone)."""
    start_worker()
    rows = [("Bad Dee", "dee@x.org"), ("Ann Lee", "ann@example.com")]
    with db.begin() as connection:
        connection.execute(text(REFUSE))
    try:
        result = run_cli(env, write_csv(tmp_path / "p.csv", rows), "--wait", "--json")
    finally:
        with db.begin() as connection:
            connection.execute(text(ALLOW))
    assert result.returncode == 3, result.stderr
    import_id = json.loads(result.stdout)["import_id"]
    run_json(env, "undo", import_id, "--wait")
    for _ in range(2):
        assert run_json(env, "replay", import_id)["replayed"] == 1
        services.wait_until(
            lambda: dead_letters(env, {import_id}) == {import_id: ("import.undone", 1)},
            30,
            "dead-lettered again",
        )
