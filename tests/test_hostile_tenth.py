"""A tenth pass of hostile messages: what a message says of itself against what the worker keeps.

One worker per mode: the fast paths on a quorum queue, FAST_PATHS=0 on a classic one.
- An address spelled as the CLI never writes it (a zero-width space, a soft hyphen or a
  direction override in it, a full-width letter, a decomposed é, a full-width or ideographic
  full stop in the domain): each was stored as a person of its own beside the one the CLI's
  spelling makes.
- A row of an import undone before it came (a redelivery, a replayed dead letter, any
  producer's message): counted `stored` and `inserted` though nobody reached `people`.
- A message whose task id names another import than its body: its failures were counted
  under the body's import and listed and replayed under the other one.
- A row, a bulk message or an undo named as an import's record: acknowledged away.
Each is now stored or dead-lettered once, with its reason, and counted only where it is true.
"""

import json
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from kombu import Connection

from csv_import.validation import normalize_email
from people_import_contract import dead_letters
from people_import_contract.limits import new_import_id
from people_import_contract.messages import RECORD_IMPORT
from people_import_contract.queues import bulk_name
from store_people.validation import is_email
from tests import services
from tests.helpers import (
    BROKER_URL,
    people_table,
    run_cli,
    run_json,
    write_csv,
)
from tests.hostile import (
    JSON,
    PEOPLE,
    PERSON,
    bulk_body,
    counts,
    kwargs_of,
    mode_worker,
    publish,
    taken_dead_letters,
    task_body,
    waiting,
)

pytestmark = pytest.mark.e2e
MODES = [(True, "quorum"), (False, "classic")]


@pytest.fixture(scope="module", params=MODES, ids=lambda m: f"{'fast' if m[0] else 'slow'}-{m[1]}")
def worker(request, database_url, tmp_path_factory):
    """One worker for every test of a mode, on a queue of its own of that type."""
    yield from mode_worker(request.param, database_url, tmp_path_factory, "hostile10")


def send(queue: str, import_id: str, rows, bulk: bool = False) -> None:
    """Rows [(line, name, email)] as per-row messages, or as one bulk message."""
    with Connection(BROKER_URL, transport_options={"confirm_publish": True}) as connection:
        channel = connection.default_channel
        if bulk:
            headers = {"lang": "py", "task": PEOPLE, "id": f"{import_id}:{rows[0][0]}"}
            publish(channel, queue, bulk_body(import_id, [list(row) for row in rows]), ".bulk",
                    content_type=JSON, delivery_mode=2, application_headers=headers)  # fmt: skip
            return
        for line, name, address in rows:
            body = task_body(kwargs_of(import_id, line, full_name=name, email=address))
            headers = {"lang": "py", "task": PERSON, "id": f"{import_id}:{line}"}
            publish(channel, queue, body, content_type=JSON, delivery_mode=2,
                    application_headers=headers)  # fmt: skip


def settled(worker) -> None:
    services.wait_until(lambda: waiting(worker.queue) == waiting(bulk_name(worker.queue)) == 0,
                        60, "every message taken")  # fmt: skip
    time.sleep(1.5)  # a batch taken but not yet committed or dead-lettered shows now


# Other spellings of three mailboxes, each as no CLI writes it: the CLI's normal form
# (csv_import: invisible.py, fullwidth.py, email-validator's NFC and IDNA) is one of the three.
CANONICAL = ["ann.lee@example.com", "jos\u00e9@example.com", "ann.lee@example.com.org",
             "ann.lee@b\u00fccher.de"]  # fmt: skip
SPELLINGS = [
    "ann.lee\u200b@example.com",  # zero-width space
    "ann.lee@exam\u00adple.com",  # soft hyphen
    "ann\u202e.lee@example.com",  # right-to-left override
    "\uff41nn.lee@example.com",  # full-width a
    "ann.lee@\uff45xample.com",  # full-width e in the domain
    "jose\u0301@example.com",  # decomposed é (NFD)
    "ann.lee@example\u3002com.org",  # ideographic full stop
    "ann.lee@example\uff0ecom.org",  # full-width full stop
    "ann.lee@example.com\u3000",  # ideographic space
    "ann.lee@xn--bcher-kva.de",  # a domain in IDNA's ASCII form
    "ann.lee@XN--BCHER-KVA.DE",
]
# Spellings the CLI refuses (email-validator: a part opening with a combining mark, a quoted
# local part, a comment), RFC 5322's of the same mailbox or not.
REFUSED = ["ann.lee@\u0301example.com", "\u0301ann.lee@example.com", '"ann.lee"@example.com',
           "ann.lee(home)@example.com", "ann.lee@[192.0.2.1]"]  # fmt: skip


def test_the_worker_refuses_every_spelling_the_cli_would_rewrite_and_takes_the_rewrite():
    """No services: each spelling is one the CLI accepts, rewritten to a canonical address."""
    for spelling in SPELLINGS:
        normalized, _domain, code, _message = normalize_email(spelling)
        assert (code, is_email(spelling)) == (None, False), spelling
        assert is_email(normalized), spelling
    for spelling in REFUSED:
        assert (normalize_email(spelling)[2], is_email(spelling)) == ("email.invalid", False)
    assert all(is_email(address) for address in CANONICAL)


LOCAL = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=12)
ADDRESSES = st.emails() | st.builds(
    "{}@{}".format,
    LOCAL,
    st.sampled_from(
        [
            "example.com",
            "b\u00fccher.de",
            "xn--bcher-kva.de",
            "\uff45xample.com",
            "ex\u00adample.org",
        ]
    ),
)


@settings(derandomize=True, max_examples=400, deadline=None)
@given(ADDRESSES)
def test_every_address_the_cli_writes_is_one_the_worker_takes(address):
    normalized, _domain, code, _message = normalize_email(address)
    if code is None:
        assert is_email(normalized), normalized


@pytest.mark.timeout(180)
def test_other_spellings_of_an_address_are_dead_lettered_not_stored_as_more_people(db, worker):
    """Per-row messages and a bulk one, each spelling among the canonical addresses. Before:
    every spelling a person of its own (18 people for 4 mailboxes); now `email.invalid`:
    the per-row messages dead-lettered alone, the bulk message's rows counted failed (the
    message acknowledged, its canonical rows stored), each row counted once."""
    import_id = new_import_id()
    canonical = [(n, f"Canon {n}", address) for n, address in enumerate(CANONICAL, start=1)]
    start = len(canonical) + 1
    hostile = [*SPELLINGS, *REFUSED]
    spelled = [(n, f"Spelt {n}", address) for n, address in enumerate(hostile, start=start)]
    send(worker.queue, import_id, canonical + spelled)
    bulk_start = start + len(spelled)
    bulk = [(bulk_start + n, f"Bulk {n}", address)
            for n, address in enumerate([*CANONICAL, *SPELLINGS, *REFUSED])]  # fmt: skip
    send(worker.queue, import_id, bulk, bulk=True)
    settled(worker)
    assert sorted(address for _name, address in people_table(db)) == sorted(CANONICAL)
    failed = 2 * len(hostile)
    stored = len(canonical) + len(CANONICAL)
    assert counts(db, import_id) == (stored, failed, {"email.invalid": failed})
    letters = taken_dead_letters(worker.queue)
    assert sorted(json.loads(body)[1]["email"] for _headers, body in letters) == sorted(hostile)
    assert {headers[dead_letters.REASON] for headers, _body in letters} == {"email.invalid"}
    assert worker.process.poll() is None


@pytest.mark.timeout(240)
def test_rows_of_an_undone_import_are_dead_lettered_and_counted_nowhere(db, worker, tmp_path):
    """An import of two people, undone; then its rows again: a copy of a line it stored
    (a redelivery), new lines per row and in a bulk message (a replayed dead letter, any
    producer). Before: each new line counted `stored` and `inserted` (`stored 5` of 2
    enqueued, `inserted 4`, state undone), nobody in `people`. Now the copy changes nothing
    and each new line is dead-lettered as `import.undone`, counted nowhere: PostgreSQL, the
    job record and `status` say what the import stored before it was undone."""
    env = {**worker.env, "LOGS_DIR": str(tmp_path / "logs")}
    rows = [("Ann Lee", "ann@example.com"), ("Ben Ode", "ben@example.com")]
    summary = run_json(env, "-csv", write_csv(tmp_path / "a.csv", rows), "--wait")
    import_id = summary["import_id"]
    undone = run_cli(env, "undo", import_id, "--wait", "--json")
    assert json.loads(undone.stdout)["state"] == "undone", undone.stderr
    live = new_import_id()  # a standing import's rows in the same batches: stored, counted
    send(worker.queue, live, [(1, "Cy Park", "cy@example.com")])
    send(worker.queue, import_id, [(2, "Ann Lee", "ann@example.com")])  # a copy of line 2
    send(worker.queue, live, [(2, "Di Mu", "ann@example.com")])
    send(worker.queue, import_id, [(5, "Eve Ray", "eve@example.com")])
    send(worker.queue, import_id, [(7, "Gil Ho", "gil@example.com"), (8, "Ann", "ann@example.com")],
         bulk=True)  # fmt: skip
    settled(worker)
    assert sorted(people_table(db)) == [("Cy Park", "cy@example.com"), ("Di Mu", "ann@example.com")]
    assert counts(db, live) == (2, 0, {})
    assert counts(db, import_id) == (2, 0, {})
    with db.connect() as connection:
        inserted = connection.exec_driver_sql(
            "SELECT inserted, updated, unchanged FROM imports WHERE import_id = %s", (import_id,)
        ).one()
    assert tuple(inserted) == (2, 0, 0)
    status = json.loads(run_cli(env, "status", import_id, "--json").stdout)
    assert (status["state"], status["stored"], status["inserted"], status["failed"]) == (
        "undone", 2, 2, 0)  # fmt: skip
    letters = taken_dead_letters(worker.queue)
    reasons = sorted((h[dead_letters.REASON], h[dead_letters.COUNTED]) for h, _body in letters)
    assert reasons == [("import.undone", "0")] * 2
    assert worker.process.poll() is None


@pytest.mark.timeout(240)
def test_dead_letters_go_by_the_import_their_body_names_not_their_task_id(db, worker, tmp_path):
    """A per-row and a bulk message of import B whose task ids name import A, each with an
    invalid email. Before: B's `status` counted both failed, `dead-letters` listed them under
    A, `replay B` found nothing and `replay A` sent them back. Now the worker writes the
    import it counted them under (x-people-import-id), and the CLI goes by it."""
    env = {**worker.env, "LOGS_DIR": str(tmp_path / "logs")}
    a, b = new_import_id(), new_import_id()
    with Connection(BROKER_URL, transport_options={"confirm_publish": True}) as connection:
        channel = connection.default_channel
        publish(channel, worker.queue, task_body(kwargs_of(b, 5, email="bad")),
                content_type=JSON, delivery_mode=2,
                application_headers={"lang": "py", "task": PERSON, "id": f"{a}:5"})  # fmt: skip
        publish(channel, worker.queue, bulk_body(b, [[6, "Bo", "bad"]]), ".bulk",
                content_type=JSON, delivery_mode=2,
                application_headers={"lang": "py", "task": PEOPLE, "id": f"{a}:6"})  # fmt: skip
        # The header itself, forged by the sender: only the worker says which import a body is of.
        forged = {"lang": "py", "task": PERSON, "id": f"{a}:7", dead_letters.IMPORT: a}
        publish(channel, worker.queue, task_body(kwargs_of(b, 7, email="bad")),
                content_type=JSON, delivery_mode=2, application_headers=forged)  # fmt: skip
    settled(worker)
    assert counts(db, b) == (0, 3, {"email.invalid": 3})
    listed = json.loads(run_cli(env, "dead-letters", "--json").stdout)["by_import"]
    assert listed == [{"import_id": b, "messages": 3, "reason": "email.invalid"}]
    assert json.loads(run_cli(env, "replay", a, "--json").stdout)["replayed"] == 0
    assert json.loads(run_cli(env, "replay", b, "--json").stdout)["replayed"] == 3
    settled(worker)  # dead-lettered again (still invalid), under B, counted once
    listed = json.loads(run_cli(env, "dead-letters", "--json").stdout)["by_import"]
    assert listed == [{"import_id": b, "messages": 3, "reason": "email.invalid"}]
    assert counts(db, b) == (0, 3, {"email.invalid": 3})
    assert counts(db, a) == (0, 0, {})
    taken_dead_letters(worker.queue)
    # Refused before its body is read (a content type): the forged header is dropped, and the
    # dead letter goes by its task id, as before the header existed.
    with Connection(BROKER_URL, transport_options={"confirm_publish": True}) as connection:
        forged = {"lang": "py", "task": PERSON, "id": f"{a}:8", dead_letters.IMPORT: b}
        publish(connection.default_channel, worker.queue, task_body(kwargs_of(b, 8)),
                content_type="application/x-yaml", delivery_mode=2,
                application_headers=forged)  # fmt: skip
    settled(worker)
    listed = json.loads(run_cli(env, "dead-letters", "--json").stdout)["by_import"]
    assert listed == [{"import_id": a, "messages": 1, "reason": "message.content_type"}]
    taken_dead_letters(worker.queue)
    assert worker.process.poll() is None


@pytest.mark.timeout(180)
def test_rows_or_an_undo_named_as_an_import_record_are_dead_lettered_not_lost(db, worker):
    """A row, a bulk message and an undo request, each with the task name of an import's
    record. Before: each acknowledged as the import's record (none of its fields), its people
    or its undo gone, in no queue. Now `message.bad_shape`, dead-lettered under its import;
    the import's real record beside them is recorded."""
    import_id = new_import_id()
    record = {"import_id": import_id, "file": "f.csv", "rows": 1, "accepted": 1, "rejected": 0,
              "enqueued": 1, "state": "enqueued"}  # fmt: skip
    bodies = [
        task_body(kwargs_of(import_id, 3)),
        bulk_body(import_id, [[4, "Bo", "bo@example.com"]]),
        task_body({"import_id": import_id, "request_id": "r-1"}),
        task_body(record, args=[1]),
        task_body(record),
    ]
    with Connection(BROKER_URL, transport_options={"confirm_publish": True}) as connection:
        for n, body in enumerate(bodies):
            publish(connection.default_channel, worker.queue, body, content_type=JSON,
                    delivery_mode=2, application_headers={"lang": "py", "task": RECORD_IMPORT,
                                                          "id": f"{import_id}:r{n}"})  # fmt: skip
    settled(worker)
    letters = taken_dead_letters(worker.queue)
    assert sorted(headers["id"] for headers, _body in letters) == [
        f"{import_id}:r{n}" for n in range(4)
    ]
    assert {(h[dead_letters.REASON], h[dead_letters.COUNTED], h[dead_letters.IMPORT])
            for h, _body in letters} == {("message.bad_shape", "0", import_id)}  # fmt: skip
    with db.connect() as connection:
        recorded = connection.exec_driver_sql(
            "SELECT file, enqueued, stored, failed FROM imports WHERE import_id = %s", (import_id,)
        ).one()
    assert tuple(recorded) == ("f.csv", 1, 0, 0)
    assert people_table(db) == []
    assert worker.process.poll() is None
