"""Validate and normalize one row: a Person to enqueue, or a Reject with a stable code.

Pure apart from the optional deliverability checker. Emails get
email-validator's verdict and its normalized form (domain lowercased and
IDNA-normalized, local part untouched). The library checks ~33k addresses/s,
so plain addresses take a fast path that provably agrees with it: a
conservative local-part pattern plus a cache of the library's verdict per
domain. Anything unusual goes to the library whole.
"""

import functools
import os
import re
import unicodedata

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from email_validator.rfc_constants import CASE_INSENSITIVE_MAILBOX_NAMES

from csv_import import phone_fast
from csv_import.fullwidth import ascii_forms
from csv_import.invisible import strip_invisible
from csv_import.mojibake import repaired
from csv_import.rows import Person, Reject, Row
from people_import_contract.fast_paths import fast_paths_enabled
from people_import_contract.limits import (
    MAX_ATTRIBUTES_BYTES,
    MAX_COMPANY_LENGTH,
    MAX_EMAIL_LENGTH,
    MAX_JOB_TITLE_LENGTH,
    MAX_NAME_LENGTH,
    MAX_OTHER_EMAILS,
    MAX_PHONE_LENGTH,
    attributes_size,
)

REASONS = {
    "row.too_large": "record too large to read (a field over 64 KiB or a line over 1 MiB)",
    "row.cut_short": "the file ends inside this row's last character: the row is cut short",
    "row.undecodable": "a byte of this line is text in neither UTF-8 nor the file's code page",
    "row.unclosed_quote": "a quote opened on this line never closes; the next lines are read alone",
    "vcard.unreadable": "the vCard could not be parsed",
    "vcard.unclosed": "BEGIN:VCARD without its END:VCARD (the next BEGIN:VCARD starts a new card)",
    "vcard.undecodable": "a line of the vCard is not text in the file's encoding",
    "vcard.unopened": "a card's lines and its END:VCARD without its BEGIN:VCARD (cut before it)",
    "ldif.unreadable": "the LDIF entry could not be parsed",
    "ldif.undecodable": "a line of the LDIF entry is not text in the file's encoding",
    "name.empty": "name is empty",
    "name.control_chars": "name contains control characters",
    "name.no_letter": "name has no letter (a number, a date or signs only)",
    "name.too_long": f"name is longer than {MAX_NAME_LENGTH} characters",
    "email.empty": "email is empty",
    "email.missing_at": "email has no @-sign",
    "email.domain_no_dot": "email domain has no dot",
    "email.reserved_domain": "email domain is a special-use or reserved name",
    "email.too_long": f"email is longer than {MAX_EMAIL_LENGTH} characters",
    "email.invalid": "email is not a valid address",
    "email.undeliverable": "email domain does not receive mail (no MX, A or AAAA record)",
    "phone.too_long": f"phone is longer than {MAX_PHONE_LENGTH} characters",
    "company.too_long": f"company is longer than {MAX_COMPANY_LENGTH} characters",
    "job_title.too_long": f"job title is longer than {MAX_JOB_TITLE_LENGTH} characters",
    "attributes.too_large": f"the other columns (--keep-columns) are over {MAX_ATTRIBUTES_BYTES}"
    " bytes as JSON",
}
KNOWN_LIMITS = {"company": MAX_COMPANY_LENGTH, "job_title": MAX_JOB_TITLE_LENGTH}

# Dot-atom of common ASCII characters only: a subset of what the library accepts.
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*\Z")
_LOWERED_LOCALS = frozenset(CASE_INSENSITIVE_MAILBOX_NAMES)  # the library lowercases these
_PHONE_START = frozenset("+0123456789")
_PHONE_TAG = re.compile(r"[A-Za-z]{1,4}\.?:\s*")  # a type tag before the number
_PHONE_FAST = fast_paths_enabled(os.environ)  # phone_fast.py; FAST_PATHS=0: the library only


def validate(row: Row, *, deliverability=None, region: str | None = None) -> Person | Reject:
    """Check one row; `deliverability` is a DeliverabilityChecker or None (no network);
    `region`: the country phone numbers without a + are from (--region), or None."""
    if row.error is not None:
        return Reject(row.line, row.error, REASONS.get(row.error, row.error), row.fields)
    name, code = normalize_name(row.full_name)
    if code is not None:
        return Reject(row.line, code, REASONS[code], row.fields)
    email, ascii_domain, code, message = normalize_email(row.email)
    tried = 0
    for alternative in row.alternatives if code is not None else ():
        # Several addresses (columns E-mail 1, 2, 3 or one cell): the first valid one.
        tried += 1
        email, ascii_domain, other, _ = normalize_email(alternative)
        if other is None:
            code = None
            break
    if code is not None:
        return Reject(row.line, code, message, row.fields)
    if deliverability is not None and deliverability.check(ascii_domain) == "undeliverable":
        code = "email.undeliverable"
        return Reject(row.line, code, REASONS[code], row.fields)
    if not (row.phone or row.company or row.job_title or row.alternatives or row.attributes):
        return Person(row.line, name, email)  # the common case, kept cheap
    phone = normalize_phone(row.phone, row.region or region)  # the row's country first
    if len(phone) > MAX_PHONE_LENGTH:
        return Reject(row.line, "phone.too_long", REASONS["phone.too_long"], row.fields)
    known = {}
    for field, limit in KNOWN_LIMITS.items():
        known[field] = normalize_text(getattr(row, field))
        if len(known[field]) > limit:
            code = f"{field}.too_long"
            return Reject(row.line, code, REASONS[code], row.fields)
    others = other_emails(email, row.alternatives[tried:])
    attributes = row.attributes
    if attributes:
        if any("\x00" in k + v for k, v in attributes.items()):  # PostgreSQL's JSON refuses NUL
            attributes = {
                k.replace("\x00", ""): v.replace("\x00", "") for k, v in attributes.items()
            }
        if attributes_size(attributes) > MAX_ATTRIBUTES_BYTES:
            code = "attributes.too_large"
            return Reject(row.line, code, REASONS[code], row.fields)
    return Person(
        row.line, name, email, phone, known["company"], known["job_title"], others, attributes
    )


def other_emails(email: str, candidates) -> tuple[str, ...]:
    """The valid addresses of the row besides the stored one, normalized, each once."""
    seen, found = {email.lower()}, []
    for candidate in candidates:
        normalized, _, code, _ = normalize_email(candidate)
        if code is None and normalized.lower() not in seen:
            seen.add(normalized.lower())
            found.append(normalized)
    return tuple(found[:MAX_OTHER_EMAILS])


def normalize_text(text: str) -> str:
    """A company or job title: invisible characters and controls off, spaces collapsed, NFC."""
    if not text:
        return ""
    if not text.isascii():
        text = unicodedata.normalize("NFC", strip_invisible(repaired(text)))
    if not text.isprintable():
        text = "".join(" " if unicodedata.category(c) == "Cc" else c for c in text)
    return " ".join(text.split())


_NUMBERS_SEPARATOR = re.compile(r"\s*[,;]\s*|\s+/\s+|\s+\|\s+")
# A multi-value field exported one value a line (Flowlu's, a CRM's "Phone" holding the
# mobile and the office number): the line breaks, before normalize_text makes them spaces.
_LINES_SEPARATOR = re.compile(r"[ \t]*[\r\n]+\s*")
_NUMBER = re.compile(r"\+?[\d\s().\-]*\d{2}[\d\s().\-]*")


def first_number(written: str, separator: re.Pattern = _NUMBERS_SEPARATOR) -> str:
    """The first of several phone numbers in one cell ("+33 6 12 34 56 78, +33 1 55 55 12
    34", as a CRM's Phones list is written), the cell as it is otherwise: each piece must
    be a number of six digits or more, so "555 0100, ext. 12" stays one phone."""
    if not separator.search(written):
        return written
    pieces = separator.split(written)
    numbers = all(_NUMBER.fullmatch(p) and sum(c.isdigit() for c in p) >= 6 for p in pieces)
    return pieces[0] if len(pieces) > 1 and numbers else written


def normalize_phone(text: str, region: str | None, *, fast: bool = _PHONE_FAST) -> str:
    """E.164 ("+493012345678") when the number parses as a possible one for `region`, or
    has its own +country code; else as written, trimmed and spaces collapsed."""
    written = ascii_forms(text)  # ０３－１２３４: fullwidth.py
    if "\n" in written or "\r" in written:  # one number a line: the first line's
        written = first_number(written.strip(), _LINES_SEPARATOR)
    written = first_number(normalize_text(written))
    if written[:1] == "'" and written[1:2] in _PHONE_START:
        written = written[1:]  # Excel's text prefix, kept by the export: '+44..., '0791...
    tagged = _PHONE_TAG.match(written)
    if tagged and written[tagged.end() : tagged.end() + 1] in _PHONE_START | {"("}:
        written = written[tagged.end() :]  # Meta's "p:+1...", a typed "Tel: 030...", "tel:"
    if not written or (region is None and not written.startswith("+")):
        return written
    if fast and written[0] == "+":
        e164 = phone_fast.e164(written)
        if e164 is not phone_fast.UNDECIDED:
            return e164
    try:
        number = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        return written
    if not phonenumbers.is_possible_number(number):
        return written
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalize_name(text: str) -> tuple[str, str | None]:
    """Without invisible format characters, trimmed, spaces collapsed, NFC; or ("", code)."""
    name = (text if text.isascii() else strip_invisible(repaired(text))).strip()  # isascii: O(1)
    if not name.isprintable():  # cheap test; the exact one below is rarely needed
        if any(unicodedata.category(c) == "Cc" for c in name):
            return "", "name.control_chars"
        name = " ".join(name.split())  # NBSP, tabs' cousins and other Unicode spaces
    elif "  " in name:
        name = " ".join(name.split())
    if not name:
        return "", "name.empty"
    if not any(map(str.isalpha, name)):  # every script's letters are Unicode's L*
        return "", "name.no_letter"
    if not name.isascii():
        name = unicodedata.normalize("NFC", name)  # one spelling per name in the database
    if len(name) > MAX_NAME_LENGTH:
        return "", "name.too_long"
    return name, None


def normalize_email(text: str) -> tuple[str, str, str | None, str]:
    """Return (normalized, ascii_domain, None, "") or ("", "", code, message)."""
    email = (text if text.isascii() else ascii_forms(strip_invisible(text))).strip()
    if not email:
        return "", "", "email.empty", REASONS["email.empty"]
    if "@" not in email:
        return "", "", "email.missing_at", REASONS["email.missing_at"]
    fast = _fast_path(email)
    if fast is not None:
        return fast[0], fast[1], None, ""
    try:
        result = validate_email(email, check_deliverability=False)
    except EmailNotValidError as error:
        code = _code_for(str(error))
        return "", "", code, REASONS[code] if code != "email.invalid" else str(error)
    return result.normalized, result.ascii_domain, None, ""


def _fast_path(email: str) -> tuple[str, str] | None:
    """(normalized, ascii_domain) when the library would surely return the same, else None."""
    local, _, domain = email.partition("@")
    if "@" in domain or not _PLAIN_LOCAL.match(local) or local.lower() in _LOWERED_LOCALS:
        return None
    verdict = _domain_verdict(domain)
    if verdict is None:
        return None
    normalized_domain, ascii_domain, longest = verdict
    if len(local) + 1 + longest > MAX_EMAIL_LENGTH:
        return None
    return f"{local}@{normalized_domain}", ascii_domain


@functools.lru_cache(maxsize=65536)
def _domain_verdict(domain: str) -> tuple[str, str, int] | None:
    # The library checks the domain on its own, whatever the local part; its
    # length checks count the UTF-8 bytes of all three spellings of the domain.
    try:
        result = validate_email("a@" + domain, check_deliverability=False)
    except EmailNotValidError:
        return None
    spellings = (domain, result.domain, result.ascii_domain)
    return result.domain, result.ascii_domain, max(len(s.encode()) for s in spellings)


def _code_for(message: str) -> str:
    if "should have a period" in message:
        return "email.domain_no_dot"
    if "special-use or reserved" in message:
        return "email.reserved_domain"
    if "too long" in message:
        return "email.too_long"
    if "must have an @-sign" in message:
        return "email.missing_at"
    return "email.invalid"
