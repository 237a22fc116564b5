"""What the values of a column say: how many look like addresses, how many like names.

Read on a sample of rows (the first SAMPLE_ROWS after the header), once per
file: per row, only the cheap fallbacks of table.py run.
"""

import re
from dataclasses import dataclass
from email.utils import parseaddr

from csv_import.fullwidth import ascii_forms

SAMPLE_ROWS = 2000
# An address as exports write it: one @, a dot in the domain, no spaces. Loose on
# purpose: validation.py has the last word on each row.
ADDRESS = re.compile(r"[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\"]+")
_NOT_NAME = re.compile(r"[@\d:/\\=<>{}\[\]|#$%^*+_~]|https?|www\.|\s-\s")


# Several addresses in one cell: Google joins them with " ::: "; people type ";" or ",", or
# " / " and " | " with spaces around (a "/" or "|" inside an address is part of it); CJK text
# uses full-width separators and the ideographic comma; Arabic script its own comma and
# semicolon (U+060C, U+061B: Arabic, Persian, Urdu). table.py splits on the same.
SEVERAL = re.compile(r"\s*(?::::|[;,；，、،؛]|\r?\n)\s*|\s+[/|]\s+")


def is_address(value: str) -> bool:
    return ADDRESS.fullmatch(ascii_forms(value).strip()) is not None


_ANGLE = re.compile(r"<\s*([^<>\s]+@[^<>\s]+)\s*>")
# RFC 5322's older form with the name as a comment, `ann@example.com (Ann Lee)`; an address
# in parentheses; an address in quotes (a spreadsheet's text prefix kept).
_DECORATED = re.compile(
    r"([^\s()]+@[^\s()]+)\s*\([^()]*\)|\(\s*([^\s()]+@[^\s()]+)\s*\)|(['\"])([^\s'\"]+@[^\s'\"]+)\3"
)


def decorated(value: str) -> bool:
    """Whether unwrap may find the address inside: `<`, `mailto:`, `(` or a leading quote."""
    if "<" in value or "(" in value or value[:1] in ("'", '"'):
        return True
    return value[:7].casefold() == "mailto:"


def unwrap(value: str) -> str:
    """The address of `Ann Lee <ann@example.com>`, `mailto:ann@example.com?subject=Hi`,
    `ann@example.com (Ann Lee)`, `(ann@example.com)` or `'ann@example.com'`, else the value."""
    if "<" in value:
        found = _ANGLE.search(value)
        if found:
            return found.group(1)
    if value[:7].casefold() == "mailto:":
        return value[7:].split("?", 1)[0].strip()  # a mailto URL's query is no address
    if "(" in value or value[:1] in ("'", '"'):
        found = _DECORATED.fullmatch(value.strip())
        if found:
            return found.group(1) or found.group(2) or found.group(4)
    return value


def display_name(value: str) -> str:
    """The display name of `Ann Lee <ann@example.com>` (RFC 5322, the standard library's
    email.utils.parseaddr: quoted names, comments), else ""."""
    if "<" not in value or "@" not in value:
        return ""
    name, address = parseaddr(value)
    if "@" in address:
        return name.strip()
    # `Ray, Bo <bo@x.org>`: a CSV reader took the quotes off `"Ray, Bo" <bo@x.org>`, and
    # parseaddr reads the comma as a list of two addresses. One address in angle brackets
    # at the end: the name is what stands before it.
    found = _ANGLE.search(value)
    if found and found.end() == len(value.rstrip()) and value.count("<") == 1:
        return value[: found.start()].strip().strip('"').strip()
    return ""


def has_address(value: str) -> bool:
    value = ascii_forms(value)
    return "@" in value and ADDRESS.search(value) is not None


# The honorifics Japanese and Korean write after an addressee's name (Misoca's "敬称"
# column: 様 for a person, 御中 for a firm): alone, a word of address, never a name.
ADDRESSEE_HONORIFICS = frozenset({"様", "さま", "殿", "御中", "各位", "님", "귀하", "귀중"})


def looks_like_name(value: str) -> bool:
    """A person's name: 1 to 6 words of letters, no digits, no address, not a sentence, not
    an honorific alone."""
    value = value.strip()
    if not value or len(value) > 80 or _NOT_NAME.search(value):
        return False
    if value in ADDRESSEE_HONORIFICS:
        return False
    words = value.split()
    return len(words) <= 6 and any(c.isalpha() for c in value) and not free_text(words)


# A sentence's marks: no name holds them ("Call me back!", "Interested in a demo?",
# "请回电话。", "Premium plan...").
_SENTENCE_MARKS = re.compile(r"[!?¡¿…。！？]|\.\.")


# Han, kana (the iteration mark 々 and the long vowel ー, not the separator ・) and Hangul
# written solid past eight letters: a sentence; a name written so is four and four at most
# (勅使河原 and a given name), a foreign one has its separators (レオナルド・ダ・ヴィンチ).
_LONG_RUN = re.compile(
    "[\u3005\u3040-\u309f\u30a0-\u30fa\u30fc-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]{9,}"
)


def free_text(words: list[str]) -> bool:
    """Words someone wrote, not a name: a sentence's marks, or a sentence's case (three words
    or more, the first capitalised, and the last, or more than half of them, in small letters
    alone: "From a friend", "Leads the sales team in Iberia"; a name ends in its family name,
    capitalised, and its particles in small letters are half its words at most: "Ana de la
    Cruz", "Siti Aminah binti Yusof", "Khalid bin al-Saud"; "Vries, Jan de" is a name written
    family first), or a last word of small letters ending a sentence with its full stop
    ("Call back."; "Ann L.", "Jr." are a name's), or Han, kana or Hangul written solid past
    eight letters ("在展会需要需要在展会感兴趣")."""
    if _SENTENCE_MARKS.search(" ".join(words)) or any(_LONG_RUN.search(w) for w in words):
        return True
    last = words[-1]
    if len(words) > 1 and last.endswith(".") and len(last) > 3 and last[:-1].isalpha() \
            and last[:-1].islower():  # fmt: skip
        return True
    # "Vries, Jan de", "Berg, Anna van den": a family name first, its comma, then the given
    # name and the particles Dutch sorts after it (the Dutch address-book order).
    if len(words) < 3 or not words[0][:1].isupper() or words[0].endswith(","):
        return False
    small = [
        w for w in words[1:] if any(c.islower() for c in w) and not any(c.isupper() for c in w)
    ]
    return last in small or len(small) * 2 > len(words)


@dataclass(frozen=True)
class ColumnEvidence:
    filled: int  # non-empty values in the sample
    addresses: int  # of them, valid-looking addresses (a cell of several counts)
    names: int  # of them, name-like
    ats: int = 0  # of them, holding an @ (addresses, or attempts at one)
    repeats: int = 0  # of those with an @, the ones equal to an earlier value of the column

    @property
    def address_share(self) -> float:
        return self.addresses / self.filled if self.filled else 0.0

    @property
    def shared(self) -> bool:
        """One address on many rows (half of them or more): a manager's, an inviter's, a
        host's, an office's address, not each person's own."""
        return self.addresses >= 2 and self.repeats * 2 >= self.ats

    @property
    def name_share(self) -> float:
        return self.names / self.filled if self.filled else 0.0

    def describe(self) -> str:
        if not self.filled:
            return "empty in the sample"
        return (
            f"{self.filled} values: {self.address_share:.0%} addresses, {self.name_share:.0%} names"
        )


EMPTY = ColumnEvidence(0, 0, 0)  # a column with no value in the sample


def column_evidence(rows: list[list[str]], width: int) -> list[ColumnEvidence]:
    """The evidence of each of `width` columns over `rows` (lists of fields).

    Counted only for the columns that hold a value in the sample: the others share one
    EMPTY (200,002 columns, two of them filled: 1.6 MB held, was 24 MB with a peak of 77)."""
    counts: dict[int, list[int]] = {}  # column: [filled, addresses, names, ats, repeats]
    seen: dict[int, set] = {}
    for fields in rows:
        for i, value in enumerate(fields[:width]):
            if not value or value.isspace():
                continue
            value = ascii_forms(value)  # ann＠example.org, typed in full-width mode
            count = counts.get(i)
            if count is None:
                count = counts[i] = [0, 0, 0, 0, 0]
            count[0] += 1
            if "@" in value:
                count[3] += 1
                count[1] += (
                    is_address(value) or _several_addresses(value) or is_address(unwrap(value))
                )
                key = value.strip().casefold()
                column_seen = seen.setdefault(i, set())
                count[4] += key in column_seen
                column_seen.add(key)
            elif looks_like_name(value):
                count[2] += 1
    evidence = [EMPTY] * width
    for i, count in counts.items():
        evidence[i] = ColumnEvidence(*count)
    return evidence


def _several_addresses(value: str) -> bool:
    parts = [p for p in SEVERAL.split(value.strip()) if p]
    return len(parts) > 1 and all(is_address(p) for p in parts)


def sample_values(rows: list[list[str]], column: int, count: int = 3) -> list[str]:
    """The first `count` different non-empty values of a column, for the mapping shown."""
    seen: list[str] = []
    for fields in rows:
        if column < len(fields):
            value = fields[column].strip()
            if value and value not in seen:
                seen.append(value[:40])
                if len(seen) == count:
                    break
    return seen
