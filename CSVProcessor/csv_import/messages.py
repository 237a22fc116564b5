"""Task messages for StorePeople, built by name (people_import_contract.messages).

CSVProcessor never imports the worker's code. It writes Celery's message
protocol v2 (docs: "Message Protocol"), all arguments by keyword, JSON-encoded.
The worker re-checks every field.
"""

import json
import socket

from people_import_contract.messages import (
    RECORD_IMPORT,
    STORE_PEOPLE,
    STORE_PERSON,
    UNDO_IMPORT,
    task_id,
)

EMBED = {"callbacks": None, "errbacks": None, "chain": None, "chord": None}
ORIGIN = f"csvprocessor@{socket.gethostname()}"


def task_message(task: str, kwargs: dict, import_id: str, line: int) -> tuple[bytes, dict, dict]:
    """Return (body, headers, properties) of one task message."""
    identifier = task_id(import_id, line)
    # Only what the worker reads: Celery needs "task" and "id"; every other
    # protocol-2 header is optional, and each one costs time to encode per row.
    # No argsrepr/kwargsrepr: the worker's logs then never show an email.
    headers = {"lang": "py", "task": task, "id": identifier, "origin": ORIGIN}
    properties = {"correlation_id": identifier}
    body = json.dumps([[], kwargs, EMBED], ensure_ascii=False).encode()
    return body, headers, properties


def person_message(
    import_id: str, line: int, full_name: str, email: str, merge: str = "overwrite", **known
):
    """known: the row's known fields (KNOWN_FIELDS), those it has; merge: the policy
    (sent when it is not the default, overwrite)."""
    kwargs = {"import_id": import_id, "line": line, "full_name": full_name, "email": email,
              **known}  # fmt: skip
    if merge != "overwrite":
        kwargs["merge"] = merge
    return task_message(STORE_PERSON, kwargs, import_id, line)


def people_message(import_id: str, rows: list[list], merge: str = "overwrite"):
    """rows: [[line, full_name, email(, phone, company, job_title, other_emails)], ...];
    the first line identifies the message."""
    kwargs = {"import_id": import_id, "rows": rows}
    if merge != "overwrite":
        kwargs["merge"] = merge
    return task_message(STORE_PEOPLE, kwargs, import_id, rows[0][0])


def record_message(import_id: str, summary: dict):
    """tasks.record_import: what the CLI read and enqueued (RECORD_IMPORT_FIELDS)."""
    return task_message(RECORD_IMPORT, {"import_id": import_id, **summary}, import_id, 0)


def undo_message(import_id: str, request_id: str):
    """tasks.undo_import: the worker answers under job_record.undo_key(request_id)."""
    kwargs = {"import_id": import_id, "request_id": request_id}
    body, headers, properties = task_message(UNDO_IMPORT, kwargs, import_id, 0)
    headers["id"] = properties["correlation_id"] = request_id
    return body, headers, properties
