"""People from vCard files (2.1, 3.0, 4.0), read one card at a time with vobject.

vobject unfolds lines, decodes quoted-printable and CHARSET parameters. The name
is FN (unless it is an address), else N's given, additional and family names (the family
name first when it is written in Han or Hangul, as the CSV reader joins parts: `山本 一郎`);
the emails are tried in order of preference (4.0's PREF=1 first, then TYPE=pref or
2.1's bare PREF, then the file's order). The known fields: the preferred TEL (in the
same order; a 4.0 `tel:` URI loses its scheme), ORG's organization name (its first
component) and TITLE. A card's line is the line of its BEGIN:VCARD.

A group's card (a contact list: 4.0's KIND:group, RFC 6350 6.1.4, and the 3.0 extensions
address books write for the same, X-ADDRESSBOOKSERVER-KIND:group and X-EVOLUTION-LIST)
is skipped, its lines counted: its FN names the list and its members are cards of their
own. An organization's card (KIND:org, X-ABShowAs:COMPANY) is read as any card: its
address is a way to reach that firm, stored under the card's FN.
"""

import base64
import re
from collections.abc import Iterator

import vobject

from csv_import.reading.columns import given_first, writes_family_first
from csv_import.reading.countries import region_of
from csv_import.reading.evidence import is_address, unwrap
from csv_import.reading.text_records import RECORD_LIMIT, TextRecords
from csv_import.rows import Row

# The properties, and their values, that make a card a group's (a contact list).
GROUP_CARD = {
    ("kind", "group"),
    ("x-addressbookserver-kind", "group"),
    ("x-evolution-list", "true"),
}


def not_a_person(card) -> str | None:
    """Why a card is no person (it is a contact list), or None."""
    for key, value in GROUP_CARD:
        if any(str(line.value).strip().lower() == value for line in card.contents.get(key, [])):
            return "a group's card (a contact list)"
    return None


def preference(line) -> tuple[int, int]:
    params = {k.upper(): [str(v).lower() for v in vs] for k, vs in line.params.items()}
    singles = [str(s).lower() for s in line.singletonparams]
    if "PREF" in params:
        try:
            return (0, int(params["PREF"][0]))
        except ValueError:
            return (0, 1)
    # RFC 6350 writes a TYPE list quoted, `TYPE="work,pref"`: one value to vobject, split
    # here, as an unquoted `TYPE=work,pref` is (before, the preferred address was not).
    types = [kind.strip() for value in params.get("TYPE", []) for kind in value.split(",")]
    if "pref" in types or "pref" in singles:
        return (0, 1)
    return (1, 0)


def name_of(card) -> str:
    """FN, else N's parts. An FN that is an address is no name (as a CSV's whole-name
    column is not: columns.py): Nextcloud's "Recently contacted" cards carry one."""
    full = card.contents.get("fn")
    value = str(full[0].value).strip() if full else ""
    parts = card.contents.get("n")
    flat = _n_parts(parts[0].value) if parts else ["", "", ""]
    if value and not ("@" in value and is_address(value)):
        # `FN:Stone, Bob` beside `N:Stone;Bob`: given name first (columns.given_first)
        return given_first(value, " ".join(p for p in flat[:2] if p), flat[2])
    if not parts:
        return ""
    if writes_family_first(flat[2]):
        flat.insert(0, flat.pop())
    return " ".join(p for p in flat if p)


def _n_parts(n) -> list[str]:
    """N's given, additional and family names, each one text."""
    pieces = [getattr(n, key, "") for key in ("given", "additional", "family")]
    return [(" ".join(p) if isinstance(p, list) else str(p)).strip() for p in pieces]


def ordered(card, key: str) -> list:
    """A card's lines of one kind, preferred first, then in the file's order."""
    lines = enumerate(card.contents.get(key, []))
    return [line for _, line in sorted(lines, key=lambda item: (preference(item[1]), item[0]))]


def _text(value) -> str:
    """A value as text: ORG's components are a list (the organization name first)."""
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, list):  # a component split at commas (_commas_kept): its text
        value = ",".join(value)
    return str(value).strip()


def _region(card) -> str:
    """The country of the card's addresses (ADR's last part), preferred first: the region of
    its numbers written without a +code (countries.py), as a CSV's country column is."""
    for address in ordered(card, "adr"):
        region = region_of(_text(getattr(address.value, "country", "")), codes=True)
        if region:
            return region
    return ""


def _first(card, key: str) -> str:
    lines = card.contents.get(key)
    return _text(lines[0].value) if lines else ""


class VCards(TextRecords):
    """The cards of a vCard file: split by BEGIN/END lines here, each parsed alone by vobject.

    Splitting first keeps a broken card from ending the file: it becomes one
    reject on its BEGIN:VCARD line and the cards after it are read. A card
    without END:VCARD ends where the next BEGIN:VCARD starts (a vCard 2.1
    AGENT card, the only nesting vCard allows, follows an empty `AGENT:` line).
    A line that neither the file's encoding nor, in a mixed file, its 8-bit
    fallback decodes spoils its card only (`vcard.undecodable`).
    """

    kind = "vcard"
    columns = {"name": ["FN", "N"], "email": ["EMAIL"]}
    mapping = "name ← FN, else N (given, additional, family); email ← EMAIL, preferred first"

    def rows(self) -> Iterator[Row]:
        for first, block, error, lines in self._blocks():
            skip = None
            if error is None:
                try:
                    block = _stray_soft_breaks_dropped(_base64_lines_folded(block))
                    _check_quoted_printable(block)
                    card = _parsed(_commas_kept(_base64_as_text(_blank_folds_joined(block))))
                    _check_text(card)
                except Exception:  # vobject raises many kinds on broken input
                    error = "vcard.unreadable"
                else:
                    skip = not_a_person(card)
            if skip is not None:
                self.skipped[skip] += lines
                continue
            self.row_lines += lines
            if error is not None:
                yield Row(first, "", "", [], error)
                continue
            # `Ann <ann@x.com>`, `mailto:ann@x.com`: the address, as in a CSV (evidence.unwrap)
            emails = (unwrap(_text(e.value)) for e in ordered(card, "email"))
            addresses = [address for address in emails if address]
            name = name_of(card)
            email = addresses[0] if addresses else ""
            phones = [_text(t.value).removeprefix("tel:") for t in ordered(card, "tel")]
            phone = next((p for p in phones if p), "")
            company, title = _first(card, "org"), _first(card, "title")
            region = _region(card) if phone else ""
            yield Row(first, name, email, [name, email, phone, company, title], None,
                      tuple(addresses[1:]), phone, company, title, None, region)  # fmt: skip

    def _declared(self, line: str) -> str | None:
        """A property's CHARSET parameter (vCard 2.1: `N;CHARSET=ISO-8859-2:...`)."""
        found = _CHARSET.search(line.partition(":")[0])
        return found.group(1) if found else None

    def _blocks(self) -> Iterator[tuple[int, list[str], str | None, int]]:
        """(first line, the card's lines, error, physical lines) for each card."""
        block: list[str] = []
        first = depth = size = number = 0
        error: str | None = None
        previous = ""  # the card's last property line, upper-cased
        # Lines outside a card since the last one (blank lines aside): the first's number,
        # how many, and whether one is a person's property (a card whose BEGIN:VCARD is lost).
        outside = outside_lines = 0
        personal = False
        shared = 0  # 1 when the open card's BEGIN:VCARD shares a line with the card before
        for number, line, again in _glued_cards_apart(self._lines()):
            word = line.strip().upper() if line is not None else ""
            if word in _FRAME:
                # The card's frame as vobject wants it: `END:VCARD  `, ` BEGIN:VCARD` (spaces
                # a writer or an editor left) begin and end a card here, and vobject refused
                # them: the card, whole, was `vcard.unreadable`.
                line = word + "\r\n"
            if depth and word == "BEGIN:VCARD" and not _opens_agent(previous):
                # No END:VCARD before the next card: this one alone is rejected.
                yield first, [], "vcard.unclosed", number - first + again - shared
                depth = 0
            if depth == 0:
                if word == "BEGIN:VCARD" and line is not None:
                    self.skipped["outside a card"] += outside_lines
                    outside = outside_lines = 0
                    personal = False
                    block, first, depth, size, error = [line], number, 1, len(line), None
                    previous, shared = word, again
                elif not word:
                    self.skipped["blank"] += 1
                elif word == "END:VCARD" and personal:
                    # A card cut before its BEGIN:VCARD (a file's first card cut short):
                    # its person's lines are one reject, not lines skipped unseen.
                    yield outside, [], "vcard.unopened", outside_lines + 1 - again
                    outside = outside_lines = 0
                    personal = False
                else:
                    outside = outside or number
                    outside_lines += 1 - again  # a line shared with a card counts there
                    personal = personal or _PERSONAL.match(word) is not None
                continue
            if line is None:
                error = error or "vcard.undecodable"
                continue
            size += len(line)
            if size <= RECORD_LIMIT:
                block.append(line)
            elif error is None:
                error = "row.too_large"
            if word and not line[:1].isspace():  # a folded line continues the property
                previous = word
            depth += (word == "BEGIN:VCARD") - (word == "END:VCARD")
            if depth == 0:
                yield first, block, error, number - first + 1 - shared
        self.skipped["outside a card"] += outside_lines
        if depth:
            yield first, [], "vcard.unclosed", number - first + 1 - shared


_FRAME = {"BEGIN:VCARD", "END:VCARD"}
_GLUED = re.compile(r"(?<=END:VCARD)[ \t]*(?=BEGIN:VCARD)", re.IGNORECASE)


def _glued_cards_apart(lines: Iterator[str | None]) -> Iterator[tuple[int, str | None, int]]:
    """(line number, line, 1 when that line was counted already) for each line, a line
    `END:VCARDBEGIN:VCARD` (exporters that end a card without a line break, or files
    joined after a last line without one) as its two lines: two cards, where before the
    two were one `vcard.unreadable` reject."""
    for number, line in enumerate(lines, 1):
        if line is None or line.lstrip()[:9].upper() != "END:VCARD":
            yield number, line, 0
            continue
        pieces = _GLUED.split(line)
        end = line[len(line.rstrip("\r\n")) :] or "\r\n"
        for i, piece in enumerate(pieces):
            yield number, piece if i == len(pieces) - 1 else piece + end, min(i, 1)


# The card's frame, and what says whose card it is (a group's: GROUP_CARD; a firm's).
_STRUCTURE = {"BEGIN", "END", "VERSION", "X-ABSHOWAS"} | {key.upper() for key, _ in GROUP_CARD}


def _parsed(block: list[str]):
    """The card as vobject reads it; when it cannot, the card again with only the
    properties a person is read from (and the card's structure, then its addresses for
    the phone's country): a NOTE or LABEL vobject cannot decode (a 2.1 phone's
    quoted-printable note in ISO-8859-1 without its CHARSET) spoils no person."""
    try:
        return vobject.readOne("".join(map(_crlf, block)), allowQP=True)
    except Exception:  # vobject raises many kinds on broken input
        for keep in (_READ | _STRUCTURE | {"ADR"}, _READ | _STRUCTURE):
            try:
                return vobject.readOne("".join(map(_crlf, _only(block, keep))), allowQP=True)
            except Exception:  # noqa: S112 - the next, narrower try, else the first error
                continue
        raise


def _only(block: list[str], keep: set[str]) -> list[str]:
    """The card's lines of the properties in `keep`, each with its folded lines (a line
    starting with a space or tab) and its quoted-printable soft line breaks (a line after
    one whose value ends with `=`). A property is judged unfolded: a fold may fall inside
    its name or parameters (`PHOTO;ENCODING=b;TYP` + ` E=JPEG:...`). A line that is no
    property (no colon) is kept: the card stays as broken as it was."""
    kept: list[str] = []
    for lines in _properties(block):
        unfolded = "".join(line.rstrip("\r\n")[1 if i else 0 :] for i, line in enumerate(lines))
        name, colon, _ = unfolded.partition(":")
        if not colon or name.split(";")[0].split(".")[-1].strip().upper() in keep:
            kept += lines
    return kept


def _properties(block: list[str]) -> Iterator[list[str]]:
    """The card's lines grouped by property: its first line, then its folded lines and its
    quoted-printable soft line breaks' continuation lines."""
    lines: list[str] = []
    quoted = soft = False
    for line in block:
        if not (lines and (soft or line[:1] in (" ", "\t"))):
            if lines:
                yield lines
            lines = []
            quoted = bool(_QUOTED_PRINTABLE.search(";" + line.partition(":")[0] + ":"))
        lines.append(line)
        soft = quoted and line.rstrip("\r\n").endswith("=")
    if lines:
        yield lines


def _crlf(line: str) -> str:
    """A line read (ended by CRLF, LF or a bare CR) ended by CRLF, as vobject wants it.

    vobject splits on CRLF and LF only: a card whose lines end in a bare CR (Mac files, or
    a file whose line ends are mixed) was one line to it, an unreadable card; a bare CR
    inside a card joined two properties, `FN:Ann<CR>EMAIL:...` stored as the name
    "AnnEMAIL:...". A chunk of a line longer than LINE_LIMIT has no end and stays as is.
    """
    stripped = line.rstrip("\r\n")
    return stripped + "\r\n" if stripped != line else line


def _check_text(card) -> None:
    """A name or email that vobject decoded to bytes (ENCODING=BASE64) is not text."""
    for key in ("fn", "email"):
        for line in card.contents.get(key, []):
            if isinstance(line.value, bytes):
                raise ValueError(f"{key.upper()} is binary")


_QUOTED_PRINTABLE = re.compile(r"[;:]\s*(ENCODING\s*=\s*)?QUOTED-PRINTABLE\s*[;:]", re.IGNORECASE)
_CHARSET = re.compile(r";\s*CHARSET\s*=\s*\"?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_READ = {"FN", "N", "EMAIL", "TEL", "ORG", "TITLE"}  # the properties a person is read from
# A property line (upper-cased) that names or reaches a person: FN, N or EMAIL, grouped or not.
_PERSONAL = re.compile(r"(?:[A-Z0-9-]+\.)?(?:FN|N|EMAIL)[;:]")
_NOT_AN_ESCAPE = re.compile(r"=(?![0-9A-Fa-f]{2})")


def _check_quoted_printable(block: list[str]) -> None:
    """A quoted-printable value whose `=` starts no escape (`=XY`, `=4`) is damaged: RFC 2045
    6.7 allows only `=` and two hex digits, or `=` ending the line (a soft line break, the
    next line continuing the value). vobject decodes such a value leniently, keeping the
    `=XY` in the text (`Mäk=XYelä` as a name): the card is unreadable instead. Only the
    properties read here are checked: a damaged NOTE or LABEL spoils no person."""
    value = None  # the value being read across soft line breaks
    for line in block:
        text = line.rstrip("\r\n")
        if value is None:
            name, colon, rest = text.partition(":")
            prop = name.split(";")[0].split(".")[-1].strip().upper()
            if prop not in _READ or not colon or not _QUOTED_PRINTABLE.search(f";{name}:"):
                continue
            value = rest
        else:
            value += text
        if value.endswith("="):  # a soft line break
            value = value[:-1]
            continue
        if _NOT_AN_ESCAPE.search(value):
            raise ValueError("not quoted-printable")
        value = None


# Property names of vCard 2.1, 3.0 (RFC 2425/2426) and 4.0 (RFC 6350), and extensions (X-)
_NAMES = (
    "BEGIN|END|VERSION|FN|N|NICKNAME|PHOTO|BDAY|ANNIVERSARY|GENDER|ADR|LABEL|TEL|EMAIL|MAILER"
    "|TZ|GEO|TITLE|ROLE|LOGO|AGENT|ORG|CATEGORIES|NOTE|PRODID|REV|SORT-STRING|SOUND|UID|URL"
    "|CLASS|KEY|IMPP|LANG|MEMBER|RELATED|FBURL|CALADRURI|CALURI|XML|KIND|CLIENTPIDMAP|SOURCE"
    "|NAME|PROFILE|X-[A-Z0-9-]+"
)
_PROPERTY_LINE = re.compile(rf"(?:[A-Z0-9-]+\.)?(?:{_NAMES})(?:;[^:]*)?:", re.IGNORECASE)


def _stray_soft_breaks_dropped(block: list[str]) -> list[str]:
    """The card with each quoted-printable soft line break (a value's last `=`) taken off
    where no continuation follows: the next line is a property's (`EMAIL;INTERNET:...`,
    `END:VCARD`) or there is none. Writers that encode a value's every line end leave
    `FN;ENCODING=QUOTED-PRINTABLE:Ann Lee=` before the next property; read as a soft line
    break, it pulled that line into the value: `EMAIL:` lost, or `END:VCARD` swallowed,
    and the card was unreadable. A continuation is a value's text, never a property line."""
    out: list[str] = []
    quoted = False  # the property being read is quoted-printable
    for line in block:
        soft = quoted and bool(out) and out[-1].rstrip("\r\n").endswith("=")
        if soft and _PROPERTY_LINE.match(line):
            out[-1] = _unbroken(out[-1])
            soft = False
        if not soft and line[:1] not in (" ", "\t"):
            quoted = bool(_QUOTED_PRINTABLE.search(";" + line.partition(":")[0] + ":"))
        out.append(line)
    if quoted and out and out[-1].rstrip("\r\n").endswith("="):
        out[-1] = _unbroken(out[-1])  # a soft break with the card's end after it
    return out


def _unbroken(line: str) -> str:
    """The line with its soft line break `=` taken off."""
    text = line.rstrip("\r\n")
    return text[:-1] + line[len(text) :]


def _blank_folds_joined(block: list[str]) -> list[str]:
    """The card with each folded line that holds only spaces (a fold whose continuation is
    the value's one space: `FN:Björk` + CRLF + two spaces, RFC 6350 3.2) joined to the line
    before it. vobject, reading quoted-printable, takes a line of spaces for a blank line
    that ends the property, and the rest of the value for a line of its own: the card was
    unreadable. After a quoted-printable soft line break (`=`) the line is left as it is."""
    out: list[str] = []
    for line in block:
        before = out[-1].rstrip("\r\n") if out else ""
        if before and line[:1] in (" ", "\t") and not line.strip() and not before.endswith("="):
            out[-1] = before + line.rstrip("\r\n")[1:] + "\r\n"
        else:
            out.append(line)
    return out


_BASE64 = re.compile(r";\s*(?:ENCODING\s*=\s*(?:B|BASE64)|BASE64)\s*(?=[;:])", re.IGNORECASE)


_BASE64_LINE = re.compile(r"[A-Za-z0-9+/]+=*")


def _base64_lines_folded(block: list[str]) -> list[str]:
    """The card with the lines of a base64 value (a PHOTO, a LOGO, a KEY) that a writer
    wrote flush left, without the fold's space, made folds: vCard 2.1 ends such a value at
    a blank line, and phones and old address books write its lines unindented. vobject
    read each for a property without a colon: the whole card, with its person, was
    `vcard.unreadable`. Only lines of base64 letters alone, right after the value and up
    to a blank line, continue it (`N` then ` :Lee;Ann` is a fold inside a name)."""
    out: list[str] = []
    base64_value = False
    until = -1  # the run's last line, when a blank line ends it
    for at, line in enumerate(block):
        if line[:1] in (" ", "\t"):
            out.append(line)
            continue
        text = line.rstrip("\r\n")
        if base64_value and _BASE64_LINE.fullmatch(text):
            until = until if until >= at else _run_before_a_blank(block, at)
            if until >= at:
                out.append(" " + line)
                continue
        base64_value = bool(_BASE64.search(text.partition(":")[0] + ":"))
        out.append(line)
    return out


def _run_before_a_blank(block: list[str], at: int) -> int:
    """The last of the flush-left base64 lines from `at` on when a blank line ends them,
    else -1."""
    for end in range(at, len(block)):
        text = block[end].rstrip("\r\n")
        if not text.strip():
            return end - 1
        if block[end][:1] in (" ", "\t") or not _BASE64_LINE.fullmatch(text):
            return -1
    return -1


def _base64_as_text(block: list[str]) -> list[str]:
    """The card with the base64 values (`ENCODING=b`, 2.1's `ENCODING=BASE64`) of the
    properties a person is read from written as the text they hold, in their CHARSET, else
    UTF-8. vobject decodes only some of them, to bytes: a TEL or TITLE so written was
    stored as `b'+4930123456'`, an N or ORG as its base64 letters (`TGVlO0Fubg==` as the
    name). Base64 that is not (RFC 4648, whitespace aside), or text not in its charset,
    makes the card unreadable, as broken quoted-printable does."""
    out: list[str] = []
    for lines in _properties(block):
        unfolded = "".join(line.rstrip("\r\n")[1 if i else 0 :] for i, line in enumerate(lines))
        name, colon, value = unfolded.partition(":")
        prop = name.split(";")[0].split(".")[-1].strip().upper()
        if not colon or prop not in _READ or not _BASE64.search(name + ":"):
            out += lines
            continue
        data = base64.b64decode("".join(value.split()), validate=True)  # else binascii.Error
        charset = _CHARSET.search(name)
        text = data.decode(charset.group(1) if charset else "utf-8")  # else a UnicodeError
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
        out.append(f"{_BASE64.sub('', name + ':')}{text}\r\n")
    return out


# Properties of one text each (ORG: components split by `;`), never a list: a comma in
# them is text (in TEL, a pause before an extension: `+1 555 123 4567,,42`). vobject
# splits such a value at a comma not escaped (`\,`) and keeps the first part, and vCard
# 2.1 escapes no comma (3.0 and 4.0 writers often do not either): `FN:Lee, Ann` was
# stored as the name `Lee`, `TITLE:CEO, Founder` as `CEO`, `ORG:Acme, Inc.` as the
# company `['Acme', ' Inc.']`, a TEL without its extension.
_ONE_TEXT = {"FN", "TITLE", "ORG", "TEL"}
_COMMA = re.compile(r"(\\.)|,")  # an escape as it is, or a comma not escaped
# In quoted-printable, the same with `\` and `,` written literally or encoded (=5C, =2C)
_QP_COMMA = re.compile(r"((?:\\|=5C)(?:=[0-9A-F]{2}|.))|,|=2C", re.IGNORECASE)


def _commas_kept(block: list[str]) -> list[str]:
    """The card with each comma of FN, TITLE, ORG and TEL escaped: it stays text. Such a
    property is written as one line, unfolded (vobject reads any length), a
    quoted-printable one without its soft line breaks."""
    out: list[str] = []
    for lines in _properties(block):
        unfolded = "".join(line.rstrip("\r\n")[1 if i else 0 :] for i, line in enumerate(lines))
        name, colon, value = unfolded.partition(":")
        if not colon or name.split(";")[0].split(".")[-1].strip().upper() not in _ONE_TEXT:
            out += lines
        elif not _QUOTED_PRINTABLE.search(f";{name}:"):
            out.append(f"{name}:{_COMMA.sub(_escaped, value)}\r\n")
        else:  # its soft line breaks taken out too: an escape and its comma may straddle one
            text = lines[0].rstrip("\r\n")
            for line in lines[1:]:
                line = line.rstrip("\r\n")
                text = text[:-1] + line if text.endswith("=") else text + line[1:]
            name, _, value = text.partition(":")
            out.append(f"{name}:{_QP_COMMA.sub(_escaped, value)}\r\n")
    return out


def _escaped(found: re.Match) -> str:
    return found.group(1) or "\\,"


def _opens_agent(line: str) -> bool:
    """`AGENT:` (or `AGENT;params:`) with an empty value: a 2.1 card follows, nested."""
    name, colon, value = line.partition(":")
    return bool(colon) and not value.strip() and name.split(";")[0].split(".")[-1] == "AGENT"
