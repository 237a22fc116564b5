"""The message contract with StorePeople: Celery task messages, built by name.

CSVProcessor never imports the worker's code. It writes Celery's message
protocol v2 (docs: "Message Protocol") for two tasks:

- tasks.store_person(import_id: str, line: int, full_name: str, email: str)
- tasks.store_people(import_id: str, rows: list[[line: int, full_name: str, email: str]])

All arguments by keyword, JSON-encoded. The worker re-checks every field.
"""

import json
import socket
import uuid

STORE_PERSON = "tasks.store_person"
STORE_PEOPLE = "tasks.store_people"
# Task ids are derived from (import, line), so a message is traceable to its row.
TASK_ID_NAMESPACE = uuid.UUID("6f1c3a52-9a4e-4d0e-9f43-6c1e0a4d5b7e")
EMBED = {"callbacks": None, "errbacks": None, "chain": None, "chord": None}
ORIGIN = f"csvprocessor@{socket.gethostname()}"


def task_message(task: str, kwargs: dict, import_id: str, line: int) -> tuple[bytes, dict, dict]:
    """Return (body, headers, properties) of one task message."""
    task_id = str(uuid.uuid5(TASK_ID_NAMESPACE, f"{import_id}:{task}:{line}"))
    headers = {
        "lang": "py",
        "task": task,
        "id": task_id,
        "shadow": None,
        "eta": None,
        "expires": None,
        "group": None,
        "group_index": None,
        "retries": 0,
        "timelimit": [None, None],
        "root_id": task_id,
        "parent_id": None,
        "argsrepr": "()",
        # What the worker logs: never the email address itself.
        "kwargsrepr": f"{{'import_id': '{import_id}', 'line': {line}}}",
        "origin": ORIGIN,
        "ignore_result": True,
    }
    properties = {"correlation_id": task_id, "reply_to": ""}
    body = json.dumps([[], kwargs, EMBED], ensure_ascii=False).encode()
    return body, headers, properties


def person_message(import_id: str, line: int, full_name: str, email: str):
    kwargs = {"import_id": import_id, "line": line, "full_name": full_name, "email": email}
    return task_message(STORE_PERSON, kwargs, import_id, line)


def people_message(import_id: str, rows: list[list]):
    """rows: [[line, full_name, email], ...]; the first line identifies the message."""
    return task_message(STORE_PEOPLE, {"import_id": import_id, "rows": rows}, import_id, rows[0][0])
