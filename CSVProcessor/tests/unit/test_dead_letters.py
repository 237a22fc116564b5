"""`dead-letters` and `replay` without services: what a dead letter says of itself, usage errors."""

import json

import pytest

from csv_import.cli import main
from csv_import.dead_letters import read_letter
from people_import_contract import dead_letters as contract

IMPORT_ID = "20261201T000000000000Z-abcdef"


def test_a_dead_letter_is_read_from_its_headers():
    headers = {"id": f"{IMPORT_ID}:7", "task": "tasks.store_person",
               contract.REASON: "db.refused", contract.ORIGINAL_QUEUE: "people"}  # fmt: skip
    assert read_letter(headers, "people") == (IMPORT_ID, "db.refused", "people")


def test_a_dead_letter_goes_by_the_import_the_worker_read_in_its_body():
    other = "20261201T000000000000Z-123456"
    headers = {"id": f"{other}:7", "task": "tasks.store_person",
               contract.REASON: "email.invalid", contract.IMPORT: IMPORT_ID}  # fmt: skip
    assert read_letter(headers, "people").import_id == IMPORT_ID
    # Not an import id: the task id's import, as without the header.
    assert read_letter({**headers, contract.IMPORT: "x"}, "people").import_id == other


def test_one_rabbitmq_dead_lettered_names_its_reason_and_goes_back_where_it_was():
    headers = {"id": f"{IMPORT_ID}:2", "task": "tasks.store_people",
               "x-death": [{"reason": "delivery_limit", "queue": "people.bulk"}]}  # fmt: skip
    assert read_letter(headers, "people") == (IMPORT_ID, "broker.delivery_limit", "people.bulk")


@pytest.mark.parametrize(
    "headers",
    [
        {"id": "undo-1234"},
        {},
        {"id": ["x"]},
        {"id": "2" * 10_000},
        {"id": "20991231T000000000000Z-abcdef:1"},
    ],
)
def test_one_that_names_no_real_import_has_none(headers):
    assert read_letter(headers, "people").import_id is None


def test_a_replay_never_goes_to_a_queue_that_is_not_this_import_queues():
    headers = {"id": f"{IMPORT_ID}:7", contract.ORIGINAL_QUEUE: "other.queue"}
    assert read_letter(headers, "people").queue == "people"


@pytest.mark.parametrize(
    "argv",
    [["replay"], ["replay", IMPORT_ID, "--all"], ["replay", "not-an-id"], ["dead-letters", "x"]],
)
def test_usage_errors_are_exit_2_and_one_json_object(argv, capsys):
    assert main([*argv, "--json"]) == 2
    out, err = capsys.readouterr()
    assert json.loads(out)["exit"] == 2 and err.count("\n") == 1


def test_a_dead_letter_without_properties_or_body_is_moved_as_it_is():
    """RabbitMQ dead-letters a message with the sender's properties, maybe none: py-amqp raises
    AttributeError for a property a message lacks, and gives an empty body as "" (kombu
    refused to publish it as "binary"): `dead-letters` stopped on either, with a traceback."""
    from amqp import Message

    from csv_import.dead_letters import parts

    assert parts(Message()) == ({}, b"", None, None)
    utf16 = "{}".encode("utf-16")
    message = Message(utf16, content_encoding="utf-16", application_headers={"id": "x"})
    assert parts(message) == ({"id": "x"}, utf16, None, "utf-16")


@pytest.mark.parametrize(
    "reason", ["a\x1b[2Jb", "email.invalid\nforged line", "x\r\x07", "\u202eevil", "ok\x00"]
)
def test_a_reason_the_sender_wrote_is_shown_with_its_controls_escaped(reason):
    """A message RabbitMQ dead-lettered itself (expired, rejected), or one published straight to
    the dead-letter queue, keeps the sender's reason header: `dead-letters` printed it as it
    was, a terminal escape or a line of its own in the listing."""
    headers = {"id": f"{IMPORT_ID}:7", contract.REASON: reason}
    shown = read_letter(headers, "people").reason
    assert shown.isprintable() and "\\" in shown
    deaths = {"id": f"{IMPORT_ID}:7", "x-death": [{"reason": reason, "queue": "people"}]}
    assert read_letter(deaths, "people").reason.isprintable()
