"""Task names and the keyword arguments of each (Celery message protocol v2, JSON).

- tasks.store_person(import_id: str, line: int, full_name: str, email: str,
  [phone: str, company: str, job_title: str, other_emails: list[str],
   attributes: dict[str, str]])
- tasks.store_people(import_id: str, rows: list[[line: int, full_name: str, email: str]
  or [line, full_name, email, phone, company, job_title, other_emails, attributes]])

Both store tasks take an optional `merge` (MERGE_POLICIES; absent: overwrite), the
import's merge policy: tasks.store_person(..., merge="fill-blanks"),
tasks.store_people(import_id, rows, merge="insert-only").
The known fields (KNOWN_FIELDS) are optional: a per-row message carries those the row
has, a bulk row either none (3 items) or all (8 items, "", [] and {} for the empty ones).
Limits: limits.MAX_PHONE_LENGTH, MAX_COMPANY_LENGTH, MAX_JOB_TITLE_LENGTH, MAX_OTHER_EMAILS,
MAX_ATTRIBUTES_BYTES (attributes: --keep-columns, the row's other columns by header).
- tasks.record_import(import_id: str, **RECORD_IMPORT_FIELDS), once, after reading
- tasks.undo_import(import_id: str, request_id: str): the worker writes its result
  under job_record.undo_key(request_id) (UNDO_RESULT_FIELDS)

All arguments by keyword. The CLI never imports the worker: it publishes by name.
"""

STORE_PERSON = "tasks.store_person"
STORE_PEOPLE = "tasks.store_people"
RECORD_IMPORT = "tasks.record_import"
UNDO_IMPORT = "tasks.undo_import"

STORE_PERSON_ARGS = frozenset({"import_id", "line", "full_name", "email"})
# Beside name and email, in this order in a bulk row of 7 items.
KNOWN_FIELDS = ("phone", "company", "job_title", "other_emails", "attributes")
STORE_PERSON_OPTIONAL = frozenset(KNOWN_FIELDS)
BULK_ROW_SHORT, BULK_ROW_LONG = 3, 3 + len(KNOWN_FIELDS)
STORE_PEOPLE_ARGS = frozenset({"import_id", "rows"})
# --merge: how an import's write meets a person an earlier standing write made
# (docs/undo.md): overwrite (every field, the default), fill-blanks (only the person's
# empty fields), insert-only (nothing). The index is the worker's people_writes.policy.
MERGE_POLICIES = ("overwrite", "fill-blanks", "insert-only")
MERGE = "merge"
UNDO_IMPORT_ARGS = frozenset({"import_id", "request_id"})
# What an undo reports: state is undone, unknown (no such import) or refused (reason).
UNDO_RESULT_FIELDS = ("import_id", "state", "restored", "removed", "kept", "changed", "reason")
RECORD_IMPORT_FIELDS = {
    "file": str,
    "started_at": str,
    "finished_reading_at": str,
    "rows": int,
    "accepted": int,
    "rejected": int,
    "enqueued": int,
    # How the CLI's reading ended: enqueued (the whole file), interrupted or failed.
    # Optional: a record without it is an older CLI's, sent once the file was read.
    "state": str,
    "merge": str,  # optional, one of MERGE_POLICIES
}
CLI_STATES = ("enqueued", "interrupted", "failed")


def task_id(import_id: str, line: int) -> str:
    """Any string is a valid Celery task id: this one names the row (or first row) it carries."""
    return f"{import_id}:{line}"
