"""What a dead letter carries, so that a person can see why and replay it once fixed.

A message the worker cannot store waits in `<queue>.dead` (queues.py) with these
headers added to its own: the reason code (the same codes the import's `failed`
counts use, e.g. `message.bad_shape`, `email.invalid`, `db.refused`), a short
detail for a person (never a whole email address), the queue it came from and
when. A message RabbitMQ dead-lettered on its own (the quorum queue's delivery
limit) has no reason header; its `x-death` header says `delivery_limit`.

`csvprocessor dead-letters` lists them by import and reason; `csvprocessor replay`
sends them back to the queue they came from with REPLAYED set, and the worker,
storing such a row, moves it from the import's `failed` to its `replayed` count.
"""

import re

REASON = "x-people-import-reason"
DETAIL = "x-people-import-detail"
ORIGINAL_QUEUE = "x-people-import-queue"
DEAD_AT = "x-people-import-dead-at"  # seconds since the epoch, as a string
REPLAYED = "x-people-import-replayed"  # "1" on a message sent back by `replay`
# "1" when the worker counted the message's rows in the import's `failed` as it dead-lettered
# it; replayed and stored, they are taken off `failed` again. Absent (a message dead-lettered
# before any row of it was counted: undecodable, or by RabbitMQ), a replay only adds.
COUNTED = "x-people-import-counted"
# The import the worker counted the message's rows under: its body's import id, which a
# listing and a replay go by. Absent (a message dead-lettered before its body was read), they
# go by the import its task id names (messages.task_id). A task id naming another import than
# the body put the body's failures under that import: `replay` of the import whose `status`
# counted them found nothing, and `replay` of the other one stored them.
IMPORT = "x-people-import-id"
MAX_DETAIL = 200  # characters of DETAIL
# What a reason code looks like (`email.invalid`, `message.bad_line`): lowercase ASCII words
# joined by dots, at most 64 characters (the worker's import_failures.reason column).
REASON_CODE = re.compile(r"[a-z][a-z_]*(\.[a-z_]+)+\Z")
MAX_REASON = 64


def replayed_reason(headers: dict) -> str | None:
    """A replayed dead letter's headers: the reason its rows were counted failed for, "" if
    they were not counted; None when the message is not a replay."""
    if headers.get(REPLAYED) != "1":
        return None
    reason = headers.get(REASON)
    if headers.get(COUNTED) != "1" or not is_reason_code(reason):
        return ""
    return reason


def is_reason_code(value) -> bool:
    """Whether a header is a reason code. A replayed row counted failed is taken off its
    reason's count, in PostgreSQL and in Redis: a forged reason with a NUL (psycopg2 raises
    ValueError) or a lone surrogate (UnicodeEncodeError) sank the whole batch it was in."""
    return isinstance(value, str) and len(value) <= MAX_REASON and bool(REASON_CODE.match(value))
