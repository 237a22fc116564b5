"""The message contract (docs/architecture.md, "Message contract"), from the producer's side."""

import json

from csv_import.messages import STORE_PEOPLE, STORE_PERSON, people_message, person_message

IMPORT_ID = "20261128T160134123456Z-1a2b3c"


def test_a_person_message_is_a_celery_v2_task_called_by_name():
    body, headers, properties = person_message(IMPORT_ID, 7, "José Martí", "jose@example.com")
    assert headers["task"] == STORE_PERSON == "tasks.store_person"
    assert headers["id"] == properties["correlation_id"] == f"{IMPORT_ID}:7"
    args, kwargs, embed = json.loads(body)
    assert args == []
    assert kwargs == {
        "import_id": IMPORT_ID,
        "line": 7,
        "full_name": "José Martí",
        "email": "jose@example.com",
    }
    assert set(embed) == {"callbacks", "errbacks", "chain", "chord"}


def test_a_bulk_message_carries_rows_of_line_name_email():
    body, headers, _ = people_message(
        IMPORT_ID, [[2, "Ana", "ana@example.com"], [3, "Bo", "bo@example.com"]]
    )
    assert headers["task"] == STORE_PEOPLE == "tasks.store_people"
    _, kwargs, _ = json.loads(body)
    assert kwargs == {
        "import_id": IMPORT_ID,
        "rows": [[2, "Ana", "ana@example.com"], [3, "Bo", "bo@example.com"]],
    }


def test_headers_never_carry_the_email():
    _, headers, _ = person_message(IMPORT_ID, 7, "Ana", "secret.person@example.com")
    assert "secret.person" not in json.dumps(headers)


def test_the_largest_small_task_the_cli_builds_is_well_under_the_workers_cap():
    """The worker dead-letters a per-row, record or undo message over MAX_TASK_BYTES before
    decoding it. Every field at the limit the worker checks, in the characters that take the
    most bytes (4 in UTF-8; a control, escaped, 6; attributes as many one-character columns as
    fit), still leaves the cap twice the message."""
    from csv_import.messages import record_message, undo_message
    from people_import_contract.limits import (
        MAX_ATTRIBUTES_BYTES,
        MAX_COMPANY_LENGTH,
        MAX_EMAIL_LENGTH,
        MAX_FIELD_LENGTH,
        MAX_JOB_TITLE_LENGTH,
        MAX_NAME_LENGTH,
        MAX_OTHER_EMAILS,
        MAX_PHONE_LENGTH,
        MAX_TASK_BYTES,
        attributes_size,
    )  # fmt: skip
    from people_import_contract.messages import RECORD_IMPORT_FIELDS

    wide = "\U0001f600"
    attributes: dict[str, str] = {}
    while attributes_size({**attributes, str(len(attributes)): ""}) <= MAX_ATTRIBUTES_BYTES:
        attributes[str(len(attributes))] = ""
    person, _, _ = person_message(
        IMPORT_ID, 2**31 - 1, wide * MAX_NAME_LENGTH, wide * MAX_EMAIL_LENGTH,
        merge="fill-blanks", phone=wide * MAX_PHONE_LENGTH, company=wide * MAX_COMPANY_LENGTH,
        job_title=wide * MAX_JOB_TITLE_LENGTH,
        other_emails=[wide * MAX_EMAIL_LENGTH] * MAX_OTHER_EMAILS, attributes=attributes,
    )  # fmt: skip
    summary = {name: "\x01" * MAX_FIELD_LENGTH if kind is str else 2**63 - 1
               for name, kind in RECORD_IMPORT_FIELDS.items()}  # fmt: skip
    record, _, _ = record_message(IMPORT_ID, summary)
    undo, _, _ = undo_message(IMPORT_ID, "\x01" * MAX_FIELD_LENGTH)
    for body in (person, record, undo):
        assert 2 * len(body) < MAX_TASK_BYTES, len(body)
