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
