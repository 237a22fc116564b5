"""The message contract with StorePeople: Celery task messages, built by name.

CSVProcessor never imports the worker's code. It writes Celery's message
protocol v2 (docs: "Message Protocol") for two tasks:

- tasks.store_person(import_id: str, line: int, full_name: str, email: str)
- tasks.store_people(import_id: str, rows: list[[line: int, full_name: str, email: str]])

All arguments by keyword, JSON-encoded. The worker re-checks every field.
"""

import json
import socket

STORE_PERSON = "tasks.store_person"
STORE_PEOPLE = "tasks.store_people"
RECORD_IMPORT = "tasks.record_import"
EMBED = {"callbacks": None, "errbacks": None, "chain": None, "chord": None}
ORIGIN = f"csvprocessor@{socket.gethostname()}"


def task_message(task: str, kwargs: dict, import_id: str, line: int) -> tuple[bytes, dict, dict]:
    """Return (body, headers, properties) of one task message."""
    # Any string is a valid Celery task id: this one names the row it carries.
    task_id = f"{import_id}:{line}"
    # Only what the worker reads: Celery needs "task" and "id"; every other
    # protocol-2 header is optional, and each one costs time to encode per row.
    # No argsrepr/kwargsrepr: the worker's logs then never show an email.
    headers = {"lang": "py", "task": task, "id": task_id, "origin": ORIGIN}
    properties = {"correlation_id": task_id}
    body = json.dumps([[], kwargs, EMBED], ensure_ascii=False).encode()
    return body, headers, properties


def person_message(import_id: str, line: int, full_name: str, email: str):
    kwargs = {"import_id": import_id, "line": line, "full_name": full_name, "email": email}
    return task_message(STORE_PERSON, kwargs, import_id, line)


def people_message(import_id: str, rows: list[list]):
    """rows: [[line, full_name, email], ...]; the first line identifies the message."""
    return task_message(STORE_PEOPLE, {"import_id": import_id, "rows": rows}, import_id, rows[0][0])


def record_message(import_id: str, summary: dict):
    """tasks.record_import: what the CLI read and enqueued, kept in the worker's database.

    summary: file, started_at, finished_reading_at (str); rows, accepted, rejected, enqueued (int).
    """
    return task_message(RECORD_IMPORT, {"import_id": import_id, **summary}, import_id, 0)
