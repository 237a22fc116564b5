"""Limits both sides enforce, and the import-id format.

Import ids sort by start time ("a later import wins"), compared byte-wise:
`20261128T160134123456Z-1a2b3c`, the UTC start time and a random suffix.
"""

import re
import secrets
from datetime import UTC, datetime

MAX_NAME_LENGTH = 200
MAX_EMAIL_LENGTH = 254  # RFC 5321 path limit, as email-validator counts it
MAX_ROWS_PER_MESSAGE = 10_000

IMPORT_ID_LENGTH = 29
IMPORT_ID = re.compile(r"\d{8}T\d{12}Z-[0-9a-f]{6}\Z")


def new_import_id(now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    return f"{now:%Y%m%dT%H%M%S%f}Z-{secrets.token_hex(3)}"


def is_import_id(value) -> bool:
    return isinstance(value, str) and IMPORT_ID.match(value) is not None
