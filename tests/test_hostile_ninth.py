"""A ninth pass of hostile messages: what the database, Celery and the CLI make of a message's text.

One worker per mode: the fast paths on a quorum queue, FAST_PATHS=0 on a classic one. Emails
Python and PostgreSQL lowercase differently (a final Σ, İ): counted stored, never in `people`.
A file name of terminal escapes in an import's record: written raw by `list` and `status`.
Per-row and bulk messages on the wrong queue: dead-lettered again at every replay. Headers
named after methods of Celery's task context, set to None: acknowledged away unstored. Dead
letters whose headers fill a frame: `dead-letters` and `replay` stopped at them for every
import. Each is now stored or dead-lettered once, and every row around it stored once.
"""

import json
import time

import pytest
from kombu import Connection

from people_import_contract.limits import new_import_id
from people_import_contract.queues import bulk_name
from tests import services
from tests.helpers import BROKER_URL, people_table, run_json, write_csv
from tests.hostile import (
    JSON,
    PEOPLE,
    PERSON,
    STORED,
    Case,
    bulk_body,
    counts,
    kwargs_of,
    mode_worker,
    publish,
    publish_among_valid,
    rows_of,
    settle_and_check,
    taken_dead_letters,
    task_body,
    waiting,
)

pytestmark = pytest.mark.e2e
MODES = [(True, "quorum"), (False, "classic")]


@pytest.fixture(scope="module", params=MODES, ids=lambda m: f"{'fast' if m[0] else 'slow'}-{m[1]}")
def worker(request, database_url, tmp_path_factory):
    """One worker for every test of a mode, on a queue of its own of that type."""
    yield from mode_worker(request.param, database_url, tmp_path_factory, "hostile9")


# Emails whose lower() Python and PostgreSQL (C.UTF-8, as ICU and glibc locales) disagree on:
# a final capital sigma (Python: ς, PostgreSQL: σ), a dotted capital I (Python: i + U+0307).
WIDE = ["ΣΟΦΙΑΣ@example.com", "İLKER@example.com", "ΝΙΚΟΣ.ΑΣ@example.com", "ΑΣ@example.com"]


@pytest.mark.timeout(180)
def test_people_whose_email_python_lowers_differently_are_stored_once(db, worker, tmp_path):
    """The CLI accepts these addresses (internationalized local parts); each file's rows, and
    raw per-row and bulk messages sent twice (a copy, as a CLI that changed node publishes
    again), are stored once and counted once. Before: counted `stored` and `inserted`, and
    not one of them in `people`; a copy counted again."""
    env = {**worker.env, "LOGS_DIR": str(tmp_path / "logs")}
    expected = set()
    for number, mode in enumerate([[], ["--batch-size", "3"]]):
        rows = [(f"Wide {n}", f"{number}{address}") for n, address in enumerate(WIDE)]
        rows.append((f"Plain {number}", f"plain{number}@example.com"))
        summary = run_json(env, "-csv", write_csv(tmp_path / f"f{number}.csv", rows), "--wait",
                           *mode, timeout=120)  # fmt: skip
        assert (summary["stored"], summary["failed"]) == (len(rows), 0), summary
        assert summary["inserted"] == len(rows), summary
        expected |= {address for _name, address in rows}
    assert {address for _name, address in people_table(db)} == expected
    # --dry-run looks the people up by the same key: each is an update, none a new person
    # (Python's key missed them all: 4 "inserts"), the file's own İ spelled i one person.
    renamed = [(f"New {n}", f"0{address}") for n, address in enumerate(WIDE)]
    renamed.append(("Again", "0ilker@example.com"))
    preview = run_json(env, "-csv", write_csv(tmp_path / "renamed.csv", renamed), "--dry-run")
    assert (preview["would_insert"], preview["would_update"]) == (0, len(WIDE)), preview
    assert preview["in_file_duplicates"] == 1, preview

    import_id = new_import_id()
    raw = [f"raw{address}" for address in WIDE]
    with Connection(BROKER_URL, transport_options={"confirm_publish": True}) as connection:
        channel = connection.default_channel
        for _copy in range(2):
            for line, address in enumerate(raw[:2], start=1):
                body = task_body(kwargs_of(import_id, line, email=address))
                publish(channel, worker.queue, body, content_type=JSON, delivery_mode=2,
                        application_headers={"lang": "py", "task": PERSON,
                                             "id": f"{import_id}:{line}"})  # fmt: skip
            bulk = [[line, f"R {line}", address] for line, address in enumerate(raw, start=1)]
            headers = {"lang": "py", "task": PEOPLE, "id": f"{import_id}:b"}
            publish(channel, worker.queue, bulk_body(import_id, bulk[2:]), ".bulk",
                    content_type=JSON, delivery_mode=2, application_headers=headers)  # fmt: skip
    expected |= set(raw)
    services.wait_until(
        lambda: (
            {address for _n, address in people_table(db)} >= expected
            and counts(db, import_id)[0] >= len(raw)
        ),
        60,
        "the raw rows stored",
    )
    services.wait_until(lambda: waiting(worker.queue) == waiting(bulk_name(worker.queue)) == 0,
                        30, "both copies taken")  # fmt: skip
    time.sleep(1)  # a copy counted again shows now
    assert {address for _name, address in people_table(db)} == expected
    assert counts(db, import_id) == (len(raw), 0, {})
    assert taken_dead_letters(worker.queue) == []
    assert worker.process.poll() is None


@pytest.mark.timeout(120)
def test_a_file_name_of_terminal_escapes_in_an_import_record_is_shown_escaped(db, worker):
    """An import's record (tasks.record_import) carries the file name as any text but a NUL or
    a lone surrogate: any producer's message, or a Linux file name with ESC or a newline. The
    worker keeps it; `list` and `status` wrote it to the terminal as it was (an escape clearing
    the screen, a line of its own)."""
    from people_import_contract.messages import RECORD_IMPORT
    from tests.helpers import run_cli

    import_id, file = new_import_id(), "a\x1b[2J\x1b]0;owned\x07\nimport FORGED: done\u202e.csv"
    with Connection(BROKER_URL, transport_options={"confirm_publish": True}) as connection:
        publish(connection.default_channel, worker.queue,
                task_body({"import_id": import_id, "file": file, "rows": 1}), content_type=JSON,
                delivery_mode=2, application_headers={"lang": "py", "task": RECORD_IMPORT,
                                                      "id": f"{import_id}:r"})  # fmt: skip

    def recorded():
        with db.connect() as connection:
            return connection.exec_driver_sql(
                "SELECT file FROM imports WHERE import_id = %s", (import_id,)
            ).scalar_one_or_none()

    services.wait_until(lambda: recorded() == file, 30, "the import's record kept")
    for command in (["list"], ["status", import_id]):
        result = run_cli(worker.env, *command, timeout=60)
        assert result.returncode in (0, 2), result.stderr
        shown = [line for line in result.stdout.splitlines() if import_id in line]
        assert shown and "\\x1b[2J" in shown[0] and "\\u202e" in shown[0], result.stdout
        assert not any(c in result.stdout for c in "\x1b\x07\u202e"), result.stdout
        forged = [line for line in result.stdout.splitlines() if "FORGED" in line]
        assert all("\\nimport FORGED" in line for line in forged), (
            result.stdout
        )  # no line of its own


@pytest.mark.timeout(150)
def test_messages_dead_lettered_on_the_wrong_queue_are_stored_by_a_replay(db, worker, tmp_path):
    """A per-row message published to the bulk queue (message.unknown_task there) and a bulk
    message over the import queue's cap published to it (message.too_large) were sent back by
    `replay` to the queue they died on, and dead-lettered again at every replay: their rows
    could never be stored. A dead letter goes back to its task's queue."""
    from people_import_contract import dead_letters
    from people_import_contract.limits import MAX_TASK_BYTES

    import_id = new_import_id()
    many = [[line, f"B {line}", f"p{line}@example.com"] for line in range(61_000, 65_000)]
    big = bulk_body(import_id, many)
    assert len(big) > MAX_TASK_BYTES
    with Connection(BROKER_URL, transport_options={"confirm_publish": True}) as connection:
        channel = connection.default_channel
        for suffix, body, task in [(".bulk", task_body(kwargs_of(import_id, 60_000)), PERSON),
                                   ("", big, PEOPLE)]:  # fmt: skip
            headers = {"lang": "py", "task": task, "id": f"{import_id}:{task}"}
            publish(channel, worker.queue, body, suffix, content_type=JSON, delivery_mode=2,
                    application_headers=headers)  # fmt: skip
    dead: list = []
    services.wait_until(lambda: len(dead.extend(taken_dead_letters(worker.queue)) or dead) == 2,
                        60, "both dead-lettered")  # fmt: skip
    assert sorted(h[dead_letters.REASON] for h, _ in dead) == [
        "message.too_large", "message.unknown_task"]  # fmt: skip
    with Connection(BROKER_URL, transport_options={"confirm_publish": True}) as connection:
        for headers, body in dead:  # back in the dead-letter queue, as the worker left them
            publish(connection.default_channel, "", body, f"{worker.queue}.dead",
                    content_type=JSON, delivery_mode=2, application_headers=headers)  # fmt: skip
    env = {**worker.env, "LOGS_DIR": str(tmp_path / "logs")}
    assert run_json(env, "replay", import_id, timeout=60)["replayed"] == 2
    wanted = 1 + len(many)
    services.wait_until(lambda: counts(db, import_id)[0] == wanted, 60, "both stored")
    time.sleep(1)
    assert counts(db, import_id) == (wanted, 0, {})
    assert taken_dead_letters(worker.queue) == []
    assert worker.process.poll() is None


# Methods of Celery's task Context, which copies every header into itself as an attribute.
CONTEXT_METHODS = ["_get_custom_headers", "get", "update", "clear", "as_execution_options"]


@pytest.mark.timeout(180)
def test_headers_naming_celerys_context_methods_are_dead_lettered_not_lost(db, worker):
    """A header set to None passed as unused whatever its name. With FAST_PATHS=0 (per-row),
    and for bulk messages on the import queue, imports' records and undo requests on either
    path, Celery's strategy runs them: `_get_custom_headers: None` made the task's Context raise
    in the pool, outside the task body, and Celery acknowledged the message away (neither stored
    nor dead-lettered); `get: None` failed the task (task.failed, with tracebacks)."""
    from people_import_contract.messages import RECORD_IMPORT, UNDO_IMPORT

    import_id, other = new_import_id(), new_import_id()
    refused = ["message.bad_headers"]
    cases: dict[str, Case] = {}
    line = 70_000
    for name in CONTEXT_METHODS:
        for kind, task, body_of, fast in [
            ("per-row", PERSON, lambda n: task_body(kwargs_of(import_id, n)), [STORED]),
            ("bulk", PEOPLE, lambda n: bulk_body(import_id, rows_of(n, 3)), refused),
            ("record", RECORD_IMPORT, lambda n: task_body({"import_id": other, "rows": n}),
             refused),
            ("undo", UNDO_IMPORT,
             lambda n: task_body({"import_id": other, "request_id": f"r{n}"}), refused),
        ]:  # fmt: skip
            line += 10
            headers = {"lang": "py", "task": task, "id": f"{import_id}:{line}",
                       "x-case": f"{kind}-{name}", name: None}  # fmt: skip
            cases[f"{kind}-{name}"] = Case(line, body_of(line), headers, None, fast, refused)
    good = publish_among_valid(worker.queue, import_id, cases)
    settle_and_check(db, worker.queue, worker, cases, import_id, good)
    log = worker.log_path.read_text(errors="replace")
    assert "Traceback" not in log, log[log.index("Traceback") - 1500 :][:3000]


@pytest.mark.timeout(150)
def test_dead_letters_whose_headers_fill_a_frame_are_listed_and_replayed(db, worker, tmp_path):
    """The worker writes its headers beside a message's, and any producer may publish to the
    dead-letter queue: a dead letter whose headers filled the frame could not be published
    again (kombu adds its own properties; RabbitMQ closed the connection, FRAME_ERROR), and
    `dead-letters` and `replay` stopped at it, "broker unavailable", for every import, at
    every run. It keeps the headers a replay reads; its row and the others are stored."""
    from people_import_contract import dead_letters
    from tests.helpers import run_cli

    frame, import_id = 131_072, new_import_id()
    lines = range(80_000, 80_004)
    with Connection(BROKER_URL, transport_options={"confirm_publish": True}) as connection:
        for line in lines:  # the frame's last bytes taken, or left to an ordinary dead letter
            pad = {"x-pad": "p" * (frame - 200 - 10 * (line - 80_000))} if line > 80_000 else {}
            headers = {"lang": "py", "task": PERSON, "id": f"{import_id}:{line}",
                       dead_letters.REASON: "db.unavailable", **pad}  # fmt: skip
            publish(connection.default_channel, "", task_body(kwargs_of(import_id, line)),
                    f"{worker.queue}.dead", content_type=JSON, delivery_mode=2,
                    application_headers=headers)  # fmt: skip
    env = {**worker.env, "LOGS_DIR": str(tmp_path / "logs")}
    listed = run_cli(env, "dead-letters", "--json", timeout=60)
    assert listed.returncode == 0, listed.stdout + listed.stderr
    assert json.loads(listed.stdout)["dead_letters"] == len(lines)
    assert run_json(env, "replay", import_id, timeout=60)["replayed"] == len(lines)
    wanted = {f"p{line}@example.com" for line in lines}
    services.wait_until(lambda: wanted <= {a for _n, a in people_table(db)}, 60, "rows stored")
    assert counts(db, import_id)[0] == len(lines)
    assert taken_dead_letters(worker.queue) == []
