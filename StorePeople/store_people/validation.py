"""Re-check every message: the worker never trusts what arrives on the queue.

The CLI owns the full row rules (email-validator, normalization); this is the
cheap guard that keeps malformed or hostile payloads out of the database.
"""

import re
import unicodedata

from people_import_contract.limits import (
    MAX_ATTRIBUTES_BYTES,
    MAX_COMPANY_LENGTH,
    MAX_JOB_TITLE_LENGTH,
    MAX_LABEL_LENGTH,
    MAX_NAME_LENGTH,
    MAX_OTHER_EMAILS,
    MAX_PHONE_LENGTH,
    MAX_ROWS_PER_MESSAGE,
    attributes_size,
    email_lengths_ok,
    is_import_id,
)
from people_import_contract.messages import (
    BULK_ROW_LONG,
    BULK_ROW_SHORT,
    KNOWN_FIELDS,
    MERGE,
    MERGE_POLICIES,
    STORE_PERSON_ARGS,
    STORE_PERSON_OPTIONAL,
)
from store_people.rows import PersonRow
from store_people.shown import shown

# One @, no spaces or controls, a dot in the domain: the shape the CLI guarantees.
# A lone surrogate (JSON "\ud800") is text no database encoding holds: PostgreSQL refused the
# whole batch, and a bulk message of 10,000 rows was then stored one row per transaction
# (store.store_or_isolate: a minute of a pool process per message). Refused here, per row.
# RFC 5322's specials are out too (OTHER_SPELLING below): one match is the whole ASCII test.
EMAIL_SHAPE = re.compile(
    r'[^@\s\x00-\x1f\x7f\ud800-\udfff()<>\[\]:;\\,"]+'
    r'@[^@\s\x00-\x1f\x7f.\ud800-\udfff()<>\[\]:;\\,"]+'
    r'(\.[^@\s\x00-\x1f\x7f.\ud800-\udfff()<>\[\]:;\\,"]+)+\Z'
)
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
SURROGATE_OR_NUL = re.compile(r"[\x00\ud800-\udfff]")
MAX_LINE = 2**31 - 1  # PostgreSQL's integer, the line columns' type: a larger one sank a batch


def is_email(email: str) -> bool:
    """EMAIL_SHAPE and the RFC lengths, and, beyond ASCII, the CLI's normal form. EMAIL_SHAPE
    leaves no part empty, so an address no longer than a domain label may be has no part over
    its limit: most, and their lengths need not be counted part by part (a property test
    compares the two)."""
    return (
        EMAIL_SHAPE.match(email) is not None
        and (len(email) <= MAX_LABEL_LENGTH or email_lengths_ok(email))
        # EMAIL_SHAPE left the specials out; an IDNA label holds "--" (most addresses none).
        and ("--" not in email or OTHER_SPELLING.search(email) is None)
        and (email.isascii() or is_normal_form(email))
    )


# Spellings of an address in ASCII the CLI never writes: RFC 5322's specials (a quoted local
# part, a comment, a domain literal: `"ann"@x.org` and `ann(home)@x.org` are ann@x.org), and a
# domain label in IDNA's ASCII form (`ann@xn--bcher-kva.de` is ann@bücher.de, the CLI's).
OTHER_SPELLING = re.compile(r'[()<>\[\]:;\\,"]|[@.]xn--[^@]*\Z', re.IGNORECASE)


# What UTS #46 makes a full stop in a domain (the ideographic one; its half-width and
# full-width forms are NFKC's), and the full-width forms of ASCII the CLI makes ASCII.
IDEOGRAPHIC_STOP = "\u3002"
FULLWIDTH = re.compile("[\uff01-\uff5e\ufe6b]")


def is_normal_form(email: str) -> bool:
    """A non-ASCII address as the CLI writes one (email-validator's normalized form, after
    csv_import's invisible.py and fullwidth.py): printable (no format character such as a
    zero-width space, soft hyphen or direction override, no control, private-use, unassigned
    or non-ASCII space), NFC, no full-width form of ASCII, neither part opening with a
    combining mark, and a domain NFKC leaves alone with no ideographic full stop (IDNA maps
    both). Another spelling of an address is another key of `people`: a second person
    for one mailbox, whom no import of the same address would ever update."""
    local, _, domain = email.rpartition("@")
    return (
        email.isprintable()
        and unicodedata.is_normalized("NFC", email)
        and FULLWIDTH.search(email) is None
        and not (local and unicodedata.category(local[0])[0] == "M")
        and not (domain and unicodedata.category(domain[0])[0] == "M")
        and IDEOGRAPHIC_STOP not in domain
        and unicodedata.is_normalized("NFKC", domain)
    )


def has_control(text: str) -> bool:
    """A control character or a lone surrogate. Both make str.isprintable() false (categories
    Cc and Cs), so a printable text, most of them, needs no search."""
    return not text.isprintable() and CONTROL.search(text) is not None


class BadMessage(ValueError):
    """A payload that can never be stored: failed with `code`, never retried."""

    def __init__(self, code: str, detail: str):
        super().__init__(f"{code}: {detail}")
        self.code = code


def check_import_id(import_id) -> str:
    if not is_import_id(import_id):
        raise BadMessage("message.bad_import_id", f"import_id {shown(import_id, 40)!r}")
    return import_id


TEXT_LIMITS = {"phone": MAX_PHONE_LENGTH, "company": MAX_COMPANY_LENGTH,
               "job_title": MAX_JOB_TITLE_LENGTH}  # fmt: skip


Known = tuple[str | None, str | None, str | None, tuple[str, ...] | None, dict | None]


def check_known(line: int, known: dict) -> Known:
    """(phone, company, job_title, other_emails, attributes), each None when empty;
    BadMessage if malformed."""
    values: list = []
    for field, limit in TEXT_LIMITS.items():
        value = known.get(field, "")
        if not isinstance(value, str) or len(value) > limit or has_control(value):
            raise BadMessage(f"{field}.invalid", f"line {line}: not text, too long or controls")
        values.append(value.strip() or None)
    others = known.get("other_emails", [])
    if not isinstance(others, list) or len(others) > MAX_OTHER_EMAILS:
        raise BadMessage("other_emails.invalid", f"line {line}: at most {MAX_OTHER_EMAILS}")
    for other in others:
        if not isinstance(other, str) or not is_email(other):
            raise BadMessage("other_emails.invalid", f"line {line}: not an email address")
    values.append(tuple(others) or None)
    attributes = known.get("attributes", {})
    if not isinstance(attributes, dict) or (  # most rows: none (no --keep-columns)
        attributes
        and (
            not all(
                isinstance(v, str) and not SURROGATE_OR_NUL.search(k + v)
                for k, v in attributes.items()
            )  # fmt: skip
            or attributes_size(attributes) > MAX_ATTRIBUTES_BYTES
        )
    ):
        raise BadMessage("attributes.invalid", f"line {line}: not text, NUL or too large")
    values.append(attributes or None)
    phone, company, job_title, other_emails, kept = values
    return phone, company, job_title, other_emails, kept


def check_policy(kwargs: dict) -> int:
    """The message's merge policy, as its index (0: overwrite, also when absent)."""
    merge = kwargs.get(MERGE, MERGE_POLICIES[0])
    if merge not in MERGE_POLICIES:
        raise BadMessage("message.bad_merge", f"merge {shown(merge, 20)!r}")
    return MERGE_POLICIES.index(merge)


def check_row(
    import_id: str, line, full_name, email, known: dict | None = None, policy: int = 0
) -> PersonRow:
    if not isinstance(line, int) or isinstance(line, bool) or not 1 <= line <= MAX_LINE:
        raise BadMessage("message.bad_line", f"line {shown(line, 20)!r}")
    if not isinstance(full_name, str) or not isinstance(email, str):
        raise BadMessage("message.bad_types", f"line {line}: full_name and email must be strings")
    if not full_name.strip() or len(full_name) > MAX_NAME_LENGTH or has_control(full_name):
        raise BadMessage("name.invalid", f"line {line}: empty, too long or control characters")
    if not is_email(email):
        raise BadMessage("email.invalid", f"line {line}: not an email address")
    if not known:
        return PersonRow(import_id, line, full_name, email, policy=policy)
    return PersonRow(import_id, line, full_name, email, *check_known(line, known), policy)


def parse_person(args, kwargs) -> PersonRow:
    """tasks.store_person(import_id, line, full_name, email, [known fields]), all by keyword."""
    if (
        args
        or not isinstance(kwargs, dict)
        or not STORE_PERSON_ARGS
        <= set(kwargs)
        <= STORE_PERSON_ARGS | STORE_PERSON_OPTIONAL | {MERGE}
    ):
        raise BadMessage("message.bad_shape", "expected kwargs import_id, line, full_name, email")
    import_id = check_import_id(kwargs["import_id"])
    known = {k: kwargs[k] for k in KNOWN_FIELDS if k in kwargs}
    policy = check_policy(kwargs)
    return check_row(import_id, kwargs["line"], kwargs["full_name"], kwargs["email"], known, policy)


def parse_people(
    import_id, rows, policy: int = 0
) -> tuple[list[PersonRow], list[tuple[int | None, BadMessage]]]:
    """tasks.store_people(import_id, rows=[[line, full_name, email(, known fields)], ...]):
    good and bad rows."""
    import_id = check_import_id(import_id)
    if not isinstance(rows, list) or len(rows) > MAX_ROWS_PER_MESSAGE:
        raise BadMessage(
            "message.bad_shape", f"rows must be a list of at most {MAX_ROWS_PER_MESSAGE}"
        )
    good, bad = [], []
    for row in rows:
        try:
            if not isinstance(row, list) or len(row) not in (BULK_ROW_SHORT, BULK_ROW_LONG):
                raise BadMessage("message.bad_shape", "each row is [line, full_name, email, ...]")
            known = dict(zip(KNOWN_FIELDS, row[3:], strict=False))  # none, or all four
            good.append(check_row(import_id, row[0], row[1], row[2], known, policy))
        except BadMessage as error:
            line = row[0] if isinstance(row, list) and row and isinstance(row[0], int) else None
            bad.append((line, error))
    return good, bad
