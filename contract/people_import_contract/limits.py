"""Limits both sides enforce, and the import-id format.

Import ids sort by start time ("a later import wins"), compared byte-wise:
`20261128T160134123456Z-1a2b3c`, the UTC start time and a random suffix.
"""

import re
import secrets
from datetime import UTC, datetime, timedelta

MAX_NAME_LENGTH = 200
MAX_EMAIL_LENGTH = 254  # RFC 5321 path limit, as email-validator counts it
MAX_LOCAL_PART_LENGTH = 64  # RFC 5321 4.5.3.1.1
MAX_LABEL_LENGTH = 63  # RFC 1035 2.3.4: one label of a domain name
# The known fields beside name and email (issue 25): each optional, empty when absent.
MAX_PHONE_LENGTH = 64  # as written when no region is known: E.164 itself is at most 16
MAX_COMPANY_LENGTH = 200
MAX_JOB_TITLE_LENGTH = 200
MAX_OTHER_EMAILS = 20  # the person's other addresses, each at most MAX_EMAIL_LENGTH
# --keep-columns: a row's other columns, {header: value}, at most this many bytes as
# compact UTF-8 JSON (attributes_size); a row over it is rejected (attributes.too_large).
MAX_ATTRIBUTES_BYTES = 8192
MAX_ROWS_PER_MESSAGE = 10_000
# A message body larger than this is dead-lettered before it is decoded; the CLI
# closes a bulk message well before it (MAX_BULK_BYTES). Measured: an 8 MB body of
# the smallest rows peaks a worker process under 250 MB (16 MB took one past 300).
MAX_MESSAGE_BYTES = 8 * 1024 * 1024
MAX_BULK_BYTES = 4 * 1024 * 1024
# Any other task's body (tasks.store_person, record_import, undo_import) is small: 34 KB
# with every field at its limit in the widest characters (CSVProcessor's test_messages.py).
# The worker decodes every message of the import queue in its main process (the per-row fast
# path, Celery's strategy), a bulk message sent there too, so this caps them all (only the
# bulk queue's consumer hands a body to the pool undecoded):
# one 8 MB body of small objects ([{"":{}}, ...]) took it from 86 MB to 460 MB for 15 s,
# three of them past 1 GB. And it holds every prefetched one until it is stored: 1,500
# valid per-row messages padded to 512 KB, waiting while storing was stalled, took the
# fast path's main process to 841 MB. A body over this is dead-lettered before it is decoded.
MAX_TASK_BYTES = 128 * 1024
MAX_FIELD_LENGTH = 1000  # file names and timestamps in tasks.record_import
MAX_BIGINT = 2**63 - 1  # PostgreSQL's bigint: the counters' column type

IMPORT_ID_LENGTH = 29
# ASCII digits only: \d would take Arabic-Indic ones too, and they sort after every year.
IMPORT_ID = re.compile(r"[0-9]{8}T[0-9]{12}Z-[0-9a-f]{6}\Z")
# An id dated later than now (plus this much clock skew between machines) would win over
# every import to come ("a later import wins"): refused.
CLOCK_SKEW = timedelta(minutes=10)


def new_import_id(now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    return f"{now:%Y%m%dT%H%M%S%f}Z-{secrets.token_hex(3)}"


def is_import_id(value, now: datetime | None = None) -> bool:
    """The documented shape, a real UTC time, and not later than now plus CLOCK_SKEW."""
    if not isinstance(value, str) or IMPORT_ID.match(value) is None:
        return False
    try:
        started = datetime.strptime(value[:21], "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)
    except ValueError:  # month 13, hour 25
        return False
    return started <= (now or datetime.now(UTC)) + CLOCK_SKEW


def attributes_size(attributes: dict) -> int:
    """The bytes of a row's attributes as compact UTF-8 JSON: what MAX_ATTRIBUTES_BYTES bounds."""
    import json

    text = json.dumps(attributes, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return len(text.encode("utf-8", "surrogatepass"))


def email_lengths_ok(email: str) -> bool:
    """The RFC length limits email-validator enforces in the CLI, for the worker's re-check."""
    local, _, domain = email.rpartition("@")
    return (
        len(email) <= MAX_EMAIL_LENGTH
        and 0 < len(local) <= MAX_LOCAL_PART_LENGTH
        and all(0 < len(label) <= MAX_LABEL_LENGTH for label in domain.split("."))
    )
