"""A seventh pass of hostile messages: what a message says of itself, and what it makes us log.

Per-row and bulk messages among valid ones, both `FAST_PATHS`: a message that says it is a
replayed dead letter (`x-people-import-replayed: 1`, counted) with a reason the database or
Redis can't hold (a NUL, a lone surrogate) or of any other type and size; task ids, task
names and header names that write lines of their own into the worker's log (a newline, a
forged "Traceback"); timestamps past year 9999 in the properties and in a header table; and
bulk rows of every wrong shape, generated. Each is stored or dead-lettered once, with a
reason in one line; every valid row around it is stored once; the worker lives.

And the main process's memory: bulk messages of 8 MB of small objects sent to the import
queue (decoded there by Celery's strategy), and valid rows whose headers decode to 24,000
objects, held or dead-lettered while storing is stalled.
"""

import itertools
import json
import time
from datetime import datetime
from decimal import Decimal
from functools import partial

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from kombu import Connection

from people_import_contract import dead_letters
from people_import_contract.limits import MAX_MESSAGE_BYTES, MAX_TASK_BYTES, new_import_id
from people_import_contract.queues import bulk_name
from tests import services
from tests.helpers import BROKER_URL
from tests.hostile import (
    EMBED,
    FAR_FUTURE,
    JSON,
    MODES,
    PEOPLE,
    PERSON,
    REPLAYED,
    STORED,
    Case,
    bulk_body,
    counts,
    deep,
    email,
    kwargs_of,
    peak_rss_mb,
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


def replay_cases(import_id: str) -> dict[str, Case]:
    cases: dict[str, Case] = {}
    lines = iter(range(10_000, 10_000_000, 1_000))
    reasons = {
        "nul": "email.inv\x00alid",
        "lone-surrogate": "email.\ud800invalid",
        "10-kb": "r" * 10_000,
        "empty": "",
        "newline": "email.invalid\nTraceback (most recent call last):",
        "known": "email.invalid",
        "list": ["email.invalid"],
        "int": 5,
        "decimal": Decimal("1.5"),
        "bytes": b"\xff\xfe",
        "deep": deep(900),
    }
    for suffix in ("", ".bulk"):
        for name, reason in reasons.items():
            line, case = next(lines), f"replayed-{name}{suffix or '-per-row'}"
            if suffix:
                body = bulk_body(import_id, rows_of(line, 3))
            else:
                body = task_body(kwargs_of(import_id, line))
            headers = {"lang": "py", "task": PEOPLE if suffix else PERSON, "id": f"r{line}",
                       "x-case": case, **REPLAYED, dead_letters.REASON: reason}  # fmt: skip
            # 900 values: over MAX_HEADER_VALUES, refused as it arrives (FAST_PATHS=0 and the
            # bulk queue too); the others are valid rows, stored.
            outcome = ["message.bad_headers"] if name == "deep" else [STORED]
            cases[case] = Case(line, body, headers, None, outcome, suffix=suffix)
    return cases


@MODES
@pytest.mark.timeout(300)
def test_a_forged_replay_reason_stores_the_row_and_sinks_nothing_around_it(
    db, env, start_worker, fast
):
    """A replayed row counted failed is taken off `failed` under its reason, in PostgreSQL and
    in the job record in Redis. A reason with a NUL (psycopg2: ValueError) or a lone surrogate
    (UnicodeEncodeError, there and in redis-py) raised outside what storing catches: the whole
    batch was requeued, then dead-lettered as worker.crashed, the valid rows in it too."""
    worker = start_worker(extra_env={"FAST_PATHS": "1" if fast else "0"})
    worker.fast = fast
    queue, import_id = env["IMPORT_QUEUE"], new_import_id()
    cases = replay_cases(import_id)
    good = publish_among_valid(queue, import_id, cases)
    # A dead letter of a replay says its rows were counted (as they were, the first time):
    # these never were (the reason nested 900 deep is refused before storing).
    settle_and_check(db, queue, worker, cases, import_id, good, bad_rows=lambda dead: -len(dead))
    log = worker.log_path.read_text(errors="replace")
    assert "Traceback" not in log, log[log.index("Traceback") - 2000 :][:4000]
    _stored, failed, reasons = counts(db, import_id)
    assert failed == 0 and reasons == {}
    worker.stop()
    assert waiting(queue) == 0 and waiting(bulk_name(queue)) == 0


FORGED = "x\nTraceback (most recent call last):\n  forged\r\x1b[2Kline"  # lines of its own


def logged_cases(import_id: str) -> dict[str, Case]:
    cases: dict[str, Case] = {}
    lines = iter(range(20_000, 30_000))
    refused = ["message.bad_headers"]

    def add(name, body_of=None, headers=None, properties=None, fast=(STORED,), slow=None):
        line = next(lines)
        body = body_of(line) if body_of else task_body(kwargs_of(import_id, line))
        base = {"lang": "py", "task": PERSON, "id": f"{import_id}:{line}", "x-case": name}
        cases[name] = Case(line, body, {**base, **(headers or {})}, properties, fast, slow)

    def unstorable(line):
        return task_body(kwargs_of(import_id, line, email="nope"))

    add("id-forging-lines", headers={"id": FORGED})
    add("id-forging-lines-dead", unstorable, headers={"id": FORGED}, fast=["email.invalid"])
    add("task-forging-lines", headers={"task": FORGED}, fast=["message.unknown_task"])
    add("header-name-forging-lines", headers={FORGED[:100]: 1}, slow=refused)
    add("argsrepr-forging-lines", headers={"argsrepr": FORGED, "kwargsrepr": FORGED})
    add("origin-forging-lines", headers={"origin": FORGED})
    add("content-type-forging-lines", properties={"content_type": FORGED[:100]},
        fast=["message.content_type"])  # fmt: skip
    add("timestamp-property-past-9999", properties={"timestamp": 2**40})
    add("timestamp-header-past-9999", headers={"x-when": [{"at": FAR_FUTURE}]},
        fast=refused)  # fmt: skip
    add("timestamp-id-past-9999", headers={"id": FAR_FUTURE}, fast=refused)
    add("timestamp-property-epoch", properties={"timestamp": 0})
    add("message-id-and-type", properties={"message_id": FORGED[:100], "type": FORGED[:100],
                                           "app_id": "\x00" * 50, "cluster_id": "c"})  # fmt: skip
    add("priority-255", properties={"priority": 255})
    add("id-empty", headers={"id": ""})
    add("id-lone-surrogate", headers={"id": "a\ud800b"})
    add("id-of-a-valid-message", headers={"id": "g100"})  # the first valid message's
    add("id-of-a-valid-message-dead", unstorable, headers={"id": "g110"}, fast=["email.invalid"])
    add("task-lone-surrogate", headers={"task": PERSON + "\udc00"}, fast=["message.unknown_task"])
    add("task-trailing-space", headers={"task": PERSON + " "}, fast=["message.unknown_task"])
    add("task-upper-case", headers={"task": PERSON.upper()}, fast=["message.unknown_task"])
    add("correlation-and-reply-odd", properties={"correlation_id": FORGED[:100],
                                                 "reply_to": "amq.direct"})  # fmt: skip
    return cases


@MODES
@pytest.mark.timeout(300)
def test_ids_names_and_timestamps_of_odd_form_end_once_and_log_one_line_each(
    db, env, start_worker, fast
):
    """A task id, task name, header name or content type with a newline wrote lines of its own
    into the worker's log, a forged "Traceback" among them (ours, and Celery's "received"
    and "rejected" lines with FAST_PATHS=0); each record is now one line."""
    worker = start_worker(extra_env={"FAST_PATHS": "1" if fast else "0"})
    worker.fast = fast
    queue, import_id = env["IMPORT_QUEUE"], new_import_id()
    cases = logged_cases(import_id)
    good = publish_among_valid(queue, import_id, cases)
    settle_and_check(db, queue, worker, cases, import_id, good)
    log = worker.log_path.read_text(errors="replace")
    own_lines = [line for line in log.splitlines() if line.startswith(("Traceback", "  forged"))]
    assert own_lines == [] and "\x1b" not in log, own_lines
    assert "[x\\nTraceback (most recent call last):\\n  forged\\r\\x1b[2Kline]" in log or fast
    worker.stop()
    assert waiting(queue) == 0 and waiting(bulk_name(queue)) == 0


# Generated bulk messages: rows of every wrong shape beside valid ones, and message-level
# defects. Each row is valid or has exactly one defect, so its fate is known: a valid row of
# a well-formed message is stored, an invalid one counted failed; a message none of whose
# rows is valid is dead-lettered, its rows counted; a malformed message is dead-lettered,
# nothing of it counted.
LONG = "n" * 201


def with_line(value, n):
    return [value, "N", email(n)]


def with_name(value, n):
    return [n, value, email(n)]


def with_email(value, n):
    return [n, "N", value]


def with_known(known, n):
    return [n, "N", email(n), *known]


LINES = [("text", "2"), ("float", 2.0), ("bool", True), ("null", None), ("zero", 0),
         ("negative", -1), ("int32-overflow", 2**31), ("int64-overflow", 2**63),
         ("huge", 10**30), ("list", [2]), ("object", {"n": 2})]  # fmt: skip
FULL_NAMES = [("number", 5), ("null", None), ("empty", ""), ("blank", "  "), ("nul", "a\x00b"),
              ("surrogate", "a\ud800"), ("too-long", LONG), ("list", ["N"]),
              ("bell", "a\x07b")]  # fmt: skip
EMAILS = [("no-at", "nope"), ("number", 5), ("null", None), ("no-dot", "p@x"),
          ("space", "a b@x.co"), ("surrogate", "p\ud800@x.co"), ("no-local", "@x.co"),
          ("local-65", "l" * 65 + "@x.co")]  # fmt: skip
KNOWN = [("phone-number", [5, "", "", [], {}]), ("phone-nul", ["\x00", "", "", [], {}]),
         ("phone-65", ["1" * 65, "", "", [], {}]), ("company-201", ["", LONG, "", [], {}]),
         ("title-list", ["", "", ["t"], [], {}]), ("others-text", ["", "", "", "a@x.co", {}]),
         ("others-21", ["", "", "", ["a@x.co"] * 21, {}]),
         ("others-number", ["", "", "", [5], {}]), ("others-invalid", ["", "", "", ["nope"], {}]),
         ("attributes-list", ["", "", "", [], []]),
         ("attributes-number", ["", "", "", [], {"k": 5}]),
         ("attributes-nul-key", ["", "", "", [], {"\x00": "v"}]),
         ("attributes-surrogate", ["", "", "", [], {"k": "\ud800"}]),
         ("attributes-9000", ["", "", "", [], {"k": "v" * 9000}])]  # fmt: skip
ROW_DEFECTS = {
    "empty": lambda n: [],
    "one-item": lambda n: [n],
    "two-items": lambda n: [n, "N"],
    "four-items": lambda n: [n, "N", email(n), ""],
    "seven-items": lambda n: [n, "N", email(n), "", "", "", []],
    "nine-items": lambda n: [n, "N", email(n), "", "", "", [], {}, None],
    "object": lambda n: {"line": n, "full_name": "N", "email": email(n)},
    "text": lambda n: f"{n},N,{email(n)}",
    "number": lambda n: n,
    "null": lambda n: None,
    **{f"line-{name}": partial(with_line, value) for name, value in LINES},
    **{f"name-{name}": partial(with_name, value) for name, value in FULL_NAMES},
    **{f"email-{name}": partial(with_email, value) for name, value in EMAILS},
    **{f"known-{name}": partial(with_known, known) for name, known in KNOWN},
}
NAMES = st.text(st.characters(categories=["L", "N"]), min_size=1, max_size=20)
VALID_ROWS = st.one_of(
    NAMES.map(lambda name: lambda n: [n, name, email(n)]),
    st.tuples(NAMES, st.sampled_from(["+1 555 0100", "", "Ünï"])).map(
        lambda known: (
            lambda n: [
                n,
                known[0],
                email(n),
                known[1],
                known[1],
                "",
                [f"o{n}@x.co"],
                {"Stadt": known[1]},
            ]
        )  # fmt: skip
    ),
)
MESSAGE_DEFECTS = {  # (kwargs or body changes, dead on the bulk queue, on the import queue)
    "extra-kwarg": (lambda kwargs: {**kwargs, "extra": 1}, True, True),
    "no-rows": (lambda kwargs: {"import_id": kwargs["import_id"]}, True, True),
    "rows-object": (lambda kwargs: {**kwargs, "rows": {"0": kwargs["rows"]}}, True, True),
    "rows-null": (lambda kwargs: {**kwargs, "rows": None}, True, True),
    "import-id-not-one": (lambda kwargs: {**kwargs, "import_id": "nope"}, True, True),
    "merge-unknown": (lambda kwargs: {**kwargs, "merge": "newest"}, True, True),
    "merge-list": (lambda kwargs: {**kwargs, "merge": ["overwrite"]}, True, True),
    "self-kwarg": (lambda kwargs: {**kwargs, "self": 1}, True, True),
}
ENVELOPES = {  # a whole body around the kwargs: (body, dead on the bulk queue, import queue)
    "args": (lambda kwargs: task_body(kwargs, args=[1]), True, True),
    "callbacks": (
        lambda kwargs: task_body(kwargs, {**EMBED, "callbacks": [{"task": PERSON}]}),
        False,
        True,
    ),  # fmt: skip
    "two-items": (lambda kwargs: json.dumps([[], kwargs]).encode(), True, True),
    "object": (lambda kwargs: json.dumps({"args": [], "kwargs": kwargs}).encode(), True, True),
    "bom": (lambda kwargs: b"\xef\xbb\xbf" + task_body(kwargs), True, True),
    "utf-16": (lambda kwargs: task_body(kwargs).decode().encode("utf-16"), True, True),
}
BULK_MESSAGES = st.lists(
    st.tuples(
        st.lists(
            st.one_of(
                VALID_ROWS.map(lambda row: ("valid", row)),
                st.sampled_from(sorted(ROW_DEFECTS)).map(lambda name: (name, ROW_DEFECTS[name])),
            ),
            max_size=6,
        ),  # fmt: skip
        st.sampled_from([None] * 6 + sorted(MESSAGE_DEFECTS) + sorted(ENVELOPES)),
        st.sampled_from([".bulk", ".bulk", ""]),
    ),
    min_size=1,
    max_size=4,
)


@MODES
@pytest.mark.timeout(300)
def test_generated_bulk_rows_of_wrong_shapes_store_the_valid_ones_once(db, env, start_worker, fast):
    worker = start_worker(extra_env={"FAST_PATHS": "1" if fast else "0"})
    queue, import_id = env["IMPORT_QUEUE"], new_import_id()
    lines, numbers = iter(range(2, 10_000_000)), itertools.count()
    valid: set[int] = set()
    dead_expected: dict[str, bool] = {}  # case -> whether its rows were counted
    failed_rows = 0
    seen: dict[str, list[dict]] = {}

    def take():
        for headers, _body in taken_dead_letters(queue):
            seen.setdefault(str(headers.get("x-case")), []).append(headers)

    @settings(max_examples=30, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(messages=BULK_MESSAGES)
    def check(messages):
        nonlocal failed_rows
        expected_lines, expected_dead = set(), set()
        for rows, defect, suffix in messages:
            name = f"bulk-{next(numbers)}-{defect}{suffix or '-q'}"
            made = [(kind, make(next(lines))) for kind, make in rows]
            kwargs = {"import_id": import_id, "rows": [row for _kind, row in made]}
            good = {row[0] for kind, row in made if kind == "valid"}
            body, dead = task_body(kwargs), False
            if defect in MESSAGE_DEFECTS:
                change, *dead_on = MESSAGE_DEFECTS[defect]
                body, dead = task_body(change(kwargs)), dead_on[0 if suffix else 1]
            elif defect in ENVELOPES:
                envelope, *dead_on = ENVELOPES[defect]
                body, dead = envelope(kwargs), dead_on[0 if suffix else 1]
            if dead:
                dead_expected[name] = False
                expected_dead.add(name)
            elif made and not good:
                dead_expected[name] = True  # none stored: dead-lettered, its rows counted
                expected_dead.add(name)
                failed_rows += len(made)
            else:
                failed_rows += len(made) - len(good)
                expected_lines |= good
                valid.update(good)
            headers = {"lang": "py", "task": PEOPLE, "id": name, "x-case": name}
            with Connection(BROKER_URL, transport_options={"confirm_publish": True}) as conn:
                publish(conn.default_channel, queue, body, suffix, content_type=JSON,
                        application_headers=headers, delivery_mode=2)  # fmt: skip

        def settled():
            take()
            stored = stored_lines(db)
            return expected_lines <= stored and expected_dead <= set(seen)

        services.wait_until(settled, 30, "generated bulk messages settled")
        assert worker.process.poll() is None

    check()
    time.sleep(1)  # anything settling late (twice) shows now
    take()
    stored = stored_lines(db)
    problems = [
        (name, counted, [(h[dead_letters.REASON], h[dead_letters.COUNTED]) for h in seen[name]])
        for name, counted in dead_expected.items()
        if len(seen.setdefault(name, [])) != 1
        or (seen[name][0].get(dead_letters.COUNTED) == "1") != counted
    ]
    assert problems == [] and set(seen) <= set(dead_expected), (problems, sorted(seen))
    assert stored == valid, (sorted(stored - valid)[:10], sorted(valid - stored)[:10])
    assert counts(db, import_id)[:2] == (len(valid), failed_rows)
    log = worker.log_path.read_text(errors="replace")
    assert "Traceback" not in log and "Unrecoverable error" not in log
    worker.stop()
    assert waiting(queue) == 0 and waiting(bulk_name(queue)) == 0


@MODES
@pytest.mark.timeout(300)
def test_bulk_messages_of_small_objects_on_the_import_queue_keep_the_main_process_small(
    db, env, start_worker, fast
):
    """A bulk message published to the import queue, not its bulk twin, is Celery's to decode,
    in the main process, and it may be 8 MB (MAX_MESSAGE_BYTES): 8 MB of small objects is
    hundreds of MB decoded (docs/worker.md), and Celery's strategy prefetches 4 a process: six
    took it to 1.6 GB. The import queue's cap is now MAX_TASK_BYTES whatever the task: about
    110 MB."""
    worker = start_worker(extra_env={"FAST_PATHS": "1" if fast else "0"})
    queue, import_id = env["IMPORT_QUEUE"], new_import_id()
    small = [{"": {}}] * ((MAX_MESSAGE_BYTES - 300) // 10)
    body = task_body({"import_id": import_id, "rows": [small]})
    assert MAX_TASK_BYTES < len(body) <= MAX_MESSAGE_BYTES
    with Connection(BROKER_URL, transport_options={"confirm_publish": True}) as connection:
        for number in range(6):
            publish(connection.default_channel, queue, body, content_type=JSON, delivery_mode=2,
                    application_headers={"lang": "py", "task": PEOPLE, "id": f"big{number}",
                                         "x-case": f"big{number}"})  # fmt: skip
        publish(connection.default_channel, queue, task_body(kwargs_of(import_id, 2)),
                content_type=JSON, delivery_mode=2,
                application_headers={"lang": "py", "task": PERSON, "id": "after"})  # fmt: skip
    dead: list = []

    def settled():
        dead.extend(taken_dead_letters(queue))
        return len(dead) >= 6 and stored_lines(db) == {2}

    services.wait_until(settled, 240, "the large messages dead-lettered, the row stored")
    peak = peak_rss_mb(worker.process.pid)
    print(f"main process peak: {peak:.0f} MB")
    assert [headers[dead_letters.REASON] for headers, _body in dead] == ["message.too_large"] * 6
    assert worker.process.poll() is None
    assert peak < 250


# Header values of every type py-amqp writes, floats finite: RabbitMQ 3.10 parses the headers
# of a message it routes to a quorum queue, and an infinity or NaN in a table made it close the
# publisher's connection (INTERNAL_ERROR, a function_clause in rabbit_binary_parser).
AMQP_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20)
    | st.binary(max_size=8)
    | st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=-9999, max_value=9999)
    | st.datetimes(min_value=datetime(1970, 1, 2), max_value=datetime(9999, 1, 1)),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=12,
)  # fmt: skip
# What `csvprocessor replay` sets, and a reason, each of any AMQP type or text.
REPLAY_HEADERS = st.fixed_dictionaries(
    {},
    optional={
        dead_letters.REPLAYED: st.sampled_from(["1", "1", "0", "", "1\x00"]) | AMQP_VALUES,
        dead_letters.COUNTED: st.sampled_from(["1", "1", "0", "11"]) | AMQP_VALUES,
        dead_letters.REASON: st.sampled_from(["email.invalid", "db.refused", "x." + "y" * 63,
                                              "a.b\x00", "a.\udfff", "A.B", "a.b\n"])
        | st.text(max_size=70) | AMQP_VALUES,
        dead_letters.DETAIL: AMQP_VALUES,
        dead_letters.ORIGINAL_QUEUE: AMQP_VALUES,
    },
)  # fmt: skip


@MODES
@pytest.mark.timeout(300)
def test_generated_replay_headers_on_valid_rows_store_each_once(db, env, start_worker, fast):
    """Valid rows, per-row and bulk, that say (or half say) they are replayed dead letters:
    each stored once, none dead-lettered, `stored` exact, `failed` never below 0."""
    worker = start_worker(extra_env={"FAST_PATHS": "1" if fast else "0"})
    queue, import_id = env["IMPORT_QUEUE"], new_import_id()
    lines = iter(range(2, 10_000_000, 3))
    sent: set[int] = set()
    seen: list = []

    @settings(max_examples=40, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(messages=st.lists(st.tuples(REPLAY_HEADERS, st.booleans()), min_size=1, max_size=5))
    def check(messages):
        with Connection(BROKER_URL, transport_options={"confirm_publish": True}) as connection:
            for headers, bulk in messages:
                line = next(lines)
                rows = rows_of(line, 3 if bulk else 1)
                sent.update(row[0] for row in rows)
                body = bulk_body(import_id, rows) if bulk else task_body(kwargs_of(import_id, line))
                publish(connection.default_channel, queue, body, ".bulk" if bulk else "",
                        content_type=JSON, delivery_mode=2,
                        application_headers={**headers, "lang": "py", "id": f"r{line}",
                                             "task": PEOPLE if bulk else PERSON})  # fmt: skip

        def settled():
            seen.extend(taken_dead_letters(queue))
            return seen or sent <= stored_lines(db)

        services.wait_until(settled, 30, "generated replays stored")
        assert seen == [] and worker.process.poll() is None

    check()
    time.sleep(1)
    seen.extend(taken_dead_letters(queue))
    assert [h.get(dead_letters.REASON) for h, _body in seen] == []
    assert stored_lines(db) == sent
    assert counts(db, import_id)[:2] == (len(sent), 0)
    log = worker.log_path.read_text(errors="replace")
    assert "Traceback" not in log and "Unrecoverable error" not in log
    worker.stop()
    assert waiting(queue) == 0 and waiting(bulk_name(queue)) == 0


@pytest.mark.parametrize("bad", ["a.b\x00", "a.\ud800"], ids=["nul", "lone-surrogate"])
def test_a_value_psycopg2_cannot_send_sinks_its_row_alone(db, database_url, bad):
    """psycopg2 refuses to send a NUL (ValueError) or a lone surrogate (UnicodeEncodeError):
    not a DBAPIError, so a batch raising one raised past storing, and every row of it was
    requeued, then dead-lettered as worker.crashed. The rows' own values go as JSON (which
    PostgreSQL refuses, a DBAPIError); a replayed row's reason went as a parameter of its own.
    Whatever gets through to psycopg2, its row alone is refused, as one PostgreSQL refuses."""
    from store_people.rows import PersonRow
    from store_people.store import record_failures, store_rows

    import_id = new_import_id()
    # Line 3 counted failed: a replay of it takes its reason off (a replay of a line that
    # never failed sends no reason to PostgreSQL: counts.failed_lines).
    record_failures(database_url, {}, 1.0, {import_id: {3: "email.invalid"}})
    rows = [PersonRow(import_id, line, "N", email(line)) for line in (2, 3, 4)]
    totals, refused = store_rows(database_url, rows, 1.0, {(import_id, 3): bad})
    assert [(row.line, code) for row, code in refused] == [(3, "db.refused")]
    assert stored_lines(db) == {2, 4} and totals[import_id]["stored"] == 2


@MODES
@pytest.mark.timeout(300)
def test_valid_rows_with_headers_of_many_values_keep_the_main_process_small(
    db, env, start_worker, fast
):
    """The headers frame is at most 128 KB, but a header of 24,000 empty arrays is 24,000 Python
    lists decoded, and the main process holds every prefetched message until it is stored: 400
    valid per-row messages with such a header, waiting while storing was stalled (the people
    table locked), took it to 1.4 GB on the fast path. Headers of over MAX_HEADER_VALUES values
    are now refused as they arrive; the valid rows sent beside them are stored. 200 such
    messages here (about 0.7 GB held without the refusal: each costs 40 ms to encode and as
    much to decode, so more only lengthen the run)."""
    worker = start_worker(extra_env={"FAST_PATHS": "1" if fast else "0"})
    queue, import_id = env["IMPORT_QUEUE"], new_import_id()
    heavy, lines = {"x-pad": [[] for _ in range(24_000)]}, range(2, 402)
    with db.connect() as lock:
        stalled = lock.begin()
        lock.exec_driver_sql("LOCK TABLE people IN ACCESS EXCLUSIVE MODE")
        with Connection(BROKER_URL, transport_options={"confirm_publish": True}) as connection:
            for line in lines:
                extra = heavy if line % 2 else {}
                publish(connection.default_channel, queue, task_body(kwargs_of(import_id, line)),
                        application_headers={"lang": "py", "task": PERSON, "id": f"m{line}",
                                             **extra},
                        content_type=JSON, delivery_mode=2)  # fmt: skip
        window = 2 * (1000 if fast else 4)  # two pool processes
        # Every other one is refused as it arrives: delivered up to the window's last valid one.
        left = max(len(lines) - 2 * window + 1, 0)
        services.wait_until(lambda: waiting(queue) <= left, 120, "the window delivered")
        time.sleep(1)  # read by the main process
        peak = peak_rss_mb(worker.process.pid)
        stalled.rollback()
    even = {line for line in lines if line % 2 == 0}
    services.wait_until(lambda: stored_lines(db) == even, 120, "the valid rows stored")
    dead = taken_dead_letters(queue)
    print(f"main process peak while stalled: {peak:.0f} MB")
    assert sorted(headers["id"] for headers, _body in dead) == sorted(f"m{n}" for n in lines
                                                                       if n % 2)  # fmt: skip
    assert {headers[dead_letters.REASON] for headers, _body in dead} == {"message.bad_headers"}
    assert worker.process.poll() is None
    assert peak < 250
