"""An eighth pass of hostile messages: what a message says to the counts, and what kombu reads.

One worker per module and mode, on both queue types (quorum, classic), with and without the
fast path. Messages that say they are replayed dead letters counted failed, for lines that
never failed, after real failures of their import; rows of other people under one line;
kombu's JSON type markers (`{"__type__": "uuid", ...}`, which Celery's strategy turns into
objects and the fast path leaves as tables); empty and scalar bodies; content encodings the
CLI never sends; forged `x-delivery-count`; an import's record with a lone surrogate, an
out-of-range count or text where a count goes; undo requests for no import or with a request
id that is a path. Each is stored or dead-lettered once, with a reason; every valid row
around it is stored once; `stored` and `failed` are what happened; the worker lives.
"""

import json
import os

import pytest
from kombu import Connection

from people_import_contract import dead_letters
from people_import_contract.amqp_frames import body_bytes
from people_import_contract.limits import new_import_id
from people_import_contract.messages import RECORD_IMPORT, UNDO_IMPORT
from people_import_contract.queues import bulk_name
from tests import services
from tests.helpers import BACKEND_URL, BROKER_URL
from tests.hostile import (
    JSON,
    PEOPLE,
    PERSON,
    REPLAYED,
    STORED,
    Case,
    bulk_body,
    counts,
    email,
    kwargs_of,
    mode_worker,
    publish,
    publish_among_valid,
    rows_of,
    settle_and_check,
    stored_lines,
    taken_dead_letters,
    task_body,
    waiting,
)

pytestmark = pytest.mark.e2e
MODES = [(fast, kind) for kind in ("quorum", "classic") for fast in (True, False)]


@pytest.fixture(scope="module", params=MODES, ids=lambda m: f"{'fast' if m[0] else 'slow'}-{m[1]}")
def worker(request, database_url, tmp_path_factory):
    """One worker for every test of a mode, on a queue of its own of that type."""
    yield from mode_worker(request.param, database_url, tmp_path_factory, "hostile8")


def unstorable(import_id: str, line: int) -> bytes:
    return task_body(kwargs_of(import_id, line, email="nope"))


@pytest.mark.timeout(180)
def test_forged_replays_and_rows_sharing_a_line_leave_the_counts_true(db, worker):
    """Real failures first (per-row and a bulk message none of whose rows is valid), then
    valid rows of new lines that say they are replayed dead letters counted failed: they took
    the import's real failures off `failed` (2 rows failed, 2 such messages: `failed` 0, the
    import shown done). And rows of other people under one line: 3 of them in one batch
    counted `stored 1`."""
    queue, import_id = worker.queue, new_import_id()
    failing = list(range(3000, 3004))
    bulk_failing = [[n, "B", "nope"] for n in range(3100, 3103)]
    with Connection(BROKER_URL, transport_options={"confirm_publish": True}) as connection:
        channel = connection.default_channel
        for line in failing:
            headers = {"lang": "py", "task": PERSON, "id": f"f{line}"}
            publish(channel, queue, unstorable(import_id, line), content_type=JSON,
                    application_headers=headers)  # fmt: skip
        publish(channel, queue, bulk_body(import_id, bulk_failing), ".bulk", content_type=JSON,
                application_headers={"lang": "py", "task": PEOPLE, "id": "fb"})  # fmt: skip
    dead: list = []

    def failed_first():
        dead.extend(taken_dead_letters(queue))
        return len(dead) == len(failing) + 1

    services.wait_until(failed_first, 60, "the real failures dead-lettered and counted")
    real = len(failing) + len(bulk_failing)
    services.wait_until(lambda: counts(db, import_id)[1] == real, 30, "the failures counted")
    assert {h[dead_letters.REASON] for h, _ in dead} == {"email.invalid"}

    forged = {**REPLAYED, dead_letters.REASON: "email.invalid"}
    cases: dict[str, Case] = {}
    for number, (name, suffix) in enumerate([("per-row", ""), ("per-row-2", ""),
                                             ("bulk", ".bulk")]):  # fmt: skip
        line = 5000 + 100 * number
        rows = rows_of(line, 3 if suffix else 1)
        body = bulk_body(import_id, rows) if suffix else task_body(kwargs_of(import_id, line))
        headers = {"lang": "py", "task": PEOPLE if suffix else PERSON, "id": f"r{line}",
                   "x-case": f"forged-{name}", **forged}  # fmt: skip
        cases[f"forged-{name}"] = Case(line, body, headers, None, [STORED], suffix=suffix)
    # Three people under line 6000, in one message (one batch), and a per-row message under
    # the line of the valid message published before it (the same batch, on the fast path).
    shared = [[6000, "A", email(6000)], [6000, "B", email(6001)], [6000, "C", email(6002)]]
    cases["line-shared-bulk"] = Case(6000, bulk_body(import_id, shared),
                                     {"lang": "py", "task": PEOPLE, "id": "s6000",
                                      "x-case": "line-shared-bulk"}, None, [STORED],
                                     suffix=".bulk")  # fmt: skip
    before = 100 + 10 * len(cases)  # publish_among_valid's line for the message before it
    shared_headers = {"lang": "py", "task": PERSON, "id": "s7000", "x-case": "line-shared-per-row"}
    shared_body = task_body({**kwargs_of(import_id, before), "email": email(7000)})
    cases["line-shared-per-row"] = Case(7000, shared_body, shared_headers, None, [STORED])
    good = publish_among_valid(queue, import_id, cases)
    settle_and_check(db, queue, worker, cases, import_id, good, bad_rows=real)
    assert {6000, 6001, 6002, 7000} <= stored_lines(db)
    stored, failed, reasons = counts(db, import_id)
    assert (failed, reasons) == (real, {"email.invalid": real}), (stored, failed, reasons)
    assert worker.process.poll() is None


MARKERS = {  # kombu's JSON type markers: Celery's strategy decodes them into objects
    "uuid": {"__type__": "uuid", "__value__": "12345678-1234-5678-1234-567812345678"},
    "decimal": {"__type__": "decimal", "__value__": "5"},
    "datetime": {"__type__": "datetime", "__value__": "2026-01-01T00:00:00"},
    "datetime-malformed": {"__type__": "datetime", "__value__": "not a date"},
    "bytes": {"__type__": "bytes", "__value__": ""},
}


def latin_1(body: bytes) -> bytes:
    """The body with its one non-ASCII letter (json.dumps escapes it) in Latin-1: not UTF-8."""
    return body.replace(b"\\u00eb", "ë".encode("latin-1"))


def odd_cases(import_id: str) -> dict[str, Case]:
    cases: dict[str, Case] = {}
    lines = iter(range(40_000, 50_000))
    other = new_import_id()  # an import's record of no import of this test's

    def add(name, body_of=None, headers=None, properties=None, fast=(STORED,), slow=None,
            suffix=""):  # fmt: skip
        line = next(lines)
        body = body_of(line) if body_of else task_body(kwargs_of(import_id, line))
        task = PEOPLE if suffix else PERSON
        base = {"lang": "py", "task": task, "id": f"{import_id}:{line}", "x-case": name}
        cases[name] = Case(line, body, {**base, **(headers or {})}, properties, fast, slow, suffix)

    def person(**changes):
        return lambda line: task_body({**kwargs_of(import_id, line), **changes})

    undecodable = ["message.undecodable"]
    # kombu's uuid marker wants a table as its value: Celery's strategy can't decode it.
    add("marker-uuid-name", person(full_name=MARKERS["uuid"]), fast=["message.bad_types"],
        slow=undecodable)  # fmt: skip
    add("marker-decimal-line", person(line=MARKERS["decimal"]), fast=["message.bad_line"])
    add("marker-datetime-import-id", person(import_id=MARKERS["datetime"]),
        fast=["message.bad_import_id"])  # fmt: skip
    add("marker-malformed-email", person(email=MARKERS["datetime-malformed"]),
        fast=["message.bad_types"], slow=undecodable)  # fmt: skip
    add("marker-bytes-merge", person(merge=MARKERS["bytes"]), fast=["message.bad_merge"])
    add("marker-bytes-phone", person(phone=MARKERS["bytes"]), fast=["phone.invalid"])
    add("marker-in-attributes", person(attributes={"k": MARKERS["decimal"]}),
        fast=["attributes.invalid"])  # fmt: skip
    add("marker-embed-callbacks",
        lambda line: task_body(kwargs_of(import_id, line), {"callbacks": MARKERS["bytes"]}),
        fast=[STORED], slow=["message.bad_shape"])  # fmt: skip
    add("empty-body", lambda _: b"", fast=undecodable, slow=["message.bad_shape"])
    add("body-null", lambda _: b"null", fast=["message.bad_shape"])
    add("body-string", lambda _: b'"tasks.store_person"', fast=["message.bad_shape"])
    add("body-three-nulls", lambda _: b"[null, null, null]", fast=["message.bad_shape"])
    add("body-kwargs-only", lambda line: json.dumps(kwargs_of(import_id, line)).encode(),
        fast=["message.bad_shape"])  # fmt: skip
    add("utf-16-encoding", lambda line: task_body(kwargs_of(import_id, line)).decode()
        .encode("utf-16"), properties={"content_encoding": "utf-16"}, fast=undecodable)  # fmt: skip
    zoe = person(full_name="Zoë")
    add("latin-1-encoding", lambda line: latin_1(zoe(line)),
        properties={"content_encoding": "latin-1"}, fast=undecodable)  # fmt: skip
    # A codec py-amqp applied to the body as it arrived, in the main process: punycode is
    # quadratic (1 MB: minutes). Never applied now: not UTF-8 JSON, whatever it says.
    add("punycode-encoding", lambda _: b"-" + bytes(97 + n % 26 for n in range(100_000)),
        properties={"content_encoding": "punycode"}, fast=undecodable)  # fmt: skip
    add("x-delivery-count-forged", headers={"x-delivery-count": 10**6})
    add("x-delivery-count-text", headers={"x-delivery-count": "many"})

    # The import-level tasks: accepted (nothing of this import changes) or dead-lettered.
    def record(**fields):
        return lambda _: task_body({"import_id": other, **fields})

    recorded = {"task": RECORD_IMPORT}
    add("record-lone-surrogate-file", record(file="caf\udce9.csv"), recorded,
        fast=["message.bad_value"])  # fmt: skip
    add("record-nul-started-at", record(started_at="2026\x00"), recorded,
        fast=["message.bad_value"])  # fmt: skip
    add("record-enqueued-over-bigint", record(enqueued=2**63), recorded,
        fast=["message.bad_value"])  # fmt: skip
    add("record-enqueued-negative", record(enqueued=-1), recorded, fast=["message.bad_value"])
    add("record-counts-as-text", record(rows="5", enqueued=1.5, accepted=True), recorded,
        fast=())  # fmt: skip
    add("record-not-a-date", record(started_at="not a date", state="enqueued"), recorded,
        fast=())  # fmt: skip
    add("record-state-unknown", record(state="done"), recorded, fast=["message.bad_value"])
    add("record-uuid-marker-file", record(file=MARKERS["uuid"]), recorded, fast=undecodable)

    undo = {"task": UNDO_IMPORT}
    add("undo-of-no-import", lambda _: task_body({"import_id": other, "request_id": "r1"}),
        undo, fast=())  # fmt: skip
    add("undo-request-id-a-path",
        lambda _: task_body({"import_id": other, "request_id": "../../people-import:job:x"}),
        undo, fast=["message.bad_shape"])  # fmt: skip
    add("undo-request-id-marker",
        lambda _: task_body({"import_id": other, "request_id": MARKERS["uuid"]}),
        undo, fast=undecodable)  # fmt: skip

    # Bulk: an empty body, a body of kombu markers (decoded as plain JSON in the pool).
    add("bulk-empty-body", lambda _: b"", fast=undecodable, suffix=".bulk")
    add("bulk-marker-rows", lambda line: bulk_body(import_id, MARKERS["bytes"]),
        fast=["message.bad_shape"], suffix=".bulk")  # fmt: skip
    add("bulk-punycode-1-mb", lambda _: b"-" + bytes(97 + n % 26 for n in range(1_000_000)),
        properties={"content_encoding": "punycode"}, fast=undecodable, suffix=".bulk")  # fmt: skip
    add("bulk-latin-1", lambda line: latin_1(bulk_body(import_id, [[line, "Zoë", email(line)]])),
        properties={"content_encoding": "latin-1"},
        fast=undecodable, suffix=".bulk")  # fmt: skip
    return cases


@pytest.mark.timeout(180)
def test_markers_scalar_bodies_encodings_and_import_tasks_end_once(db, worker):
    queue, import_id = worker.queue, new_import_id()
    cases = odd_cases(import_id)
    good = publish_among_valid(queue, import_id, cases)
    settle_and_check(db, queue, worker, cases, import_id, good)
    log = worker.log_path.read_text(errors="replace")
    assert "Traceback" not in log, log[log.index("Traceback") - 1500 :][:3000]
    assert waiting(queue) == 0 and waiting(bulk_name(queue)) == 0


@pytest.mark.timeout(120)
def test_the_cli_lists_and_replays_dead_letters_of_empty_or_codec_named_bodies(worker):
    """py-amqp gives an empty body as "" and decodes any other with the codec its
    content_encoding names: `dead-letters` raised (kombu: "unknown encoding: binary") on an
    empty one, and decoded a 1 MB punycode one for minutes. Both are listed and moved
    unchanged; replaying them leaves them to the worker, which dead-letters them again."""
    from tests.helpers import run_json

    queue, import_id = worker.queue, new_import_id()
    bodies = {"empty": b"", "punycode": b"-" + bytes(97 + n % 26 for n in range(1_000_000))}
    with Connection(BROKER_URL, transport_options={"confirm_publish": True}) as connection:
        for name, body in bodies.items():
            codec = {"content_encoding": "punycode"} if body else {}
            publish(connection.default_channel, "", body, f"{queue}.dead", content_type=JSON,
                    **codec, application_headers={"task": PERSON, "id": f"{import_id}:{name}",
                                         dead_letters.REASON: "message.undecodable",
                                         "x-case": name})  # fmt: skip
    env = {**os.environ, "BROKER_CONN": BROKER_URL, "BACKEND_CONN": BACKEND_URL,
           "IMPORT_QUEUE": queue, "IMPORT_QUEUE_TYPE": worker.queue_type}  # fmt: skip
    listed = run_json(env, "dead-letters", timeout=60)
    assert listed["dead_letters"] == 2, listed
    replayed = run_json(env, "replay", import_id, timeout=60)
    assert replayed["replayed"] == 2, replayed
    dead: list = []
    services.wait_until(lambda: len(dead.extend(taken_dead_letters(queue)) or dead) == 2, 60,
                        "both dead-lettered again")  # fmt: skip
    assert {h["x-case"]: body_bytes(body) for h, body in dead} == bodies  # empty: "" (py-amqp)
    reasons = {h[dead_letters.REASON] for h, _ in dead}  # 1 MB is over the per-row cap
    assert reasons <= {"message.undecodable", "message.too_large", "message.bad_shape"}
    assert worker.process.poll() is None


@pytest.mark.timeout(120)
def test_a_file_whose_name_is_not_utf_8_is_imported_and_recorded(db, worker, tmp_path):
    """Linux allows any bytes in a file name; Python gives the undecodable ones as lone
    surrogates, which the import's record carried to Redis (redis-py raised: exit 1, a
    traceback, after the file was opened) and to the worker (psycopg2 raised). The name is
    recorded with those bytes as U+FFFD."""
    from tests.helpers import run_cli, write_csv

    path = os.fsencode(tmp_path) + b"/caf\xe9 people.csv"
    os.rename(write_csv(tmp_path / "people.csv", [("Ann Lee", email(2)), ("Bo Chan", email(3))]),
              path)  # fmt: skip
    env = {**os.environ, "BROKER_CONN": BROKER_URL, "BACKEND_CONN": BACKEND_URL,
           "IMPORT_QUEUE": worker.queue, "IMPORT_QUEUE_TYPE": worker.queue_type,
           "LOGS_DIR": str(tmp_path / "logs")}  # fmt: skip
    result = run_cli(env, os.fsdecode(path), "--wait", "--json", timeout=90)
    assert result.returncode == 0 and "Logging error" not in result.stderr, result.stderr
    summary = json.loads(result.stdout)
    assert summary["file"].endswith("caf\ufffd people.csv") and summary["stored"] == 2, summary
    with db.connect() as connection:
        recorded = connection.exec_driver_sql(
            "SELECT file FROM imports WHERE import_id = %s", (summary["import_id"],)
        ).scalar_one()
    assert recorded == summary["file"]
    assert taken_dead_letters(worker.queue) == []
