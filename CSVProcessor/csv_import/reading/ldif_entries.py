"""People from LDIF address books (RFC 2849): Thunderbird's "Export: LDIF", LDAP directories.

Each entry (lines up to a blank line) is parsed alone by the `ldif` library (a pure
Python fork of python-ldap's parser: folded lines, `::` base64 values; `:<` URLs are
never fetched), so a broken entry is one reject on its `dn:` line and the entries
after it are read. Attribute names are compared without case, as LDAP does, and without
their options (`cn;lang-ja` is a cn).

- the name: cn, else displayName, else eDirectory's fullName (one that is an address is
  no name, nor one word that is neither the givenName nor the sn beside both: a login,
  `cn: jsmith`), else givenName and sn (the family name first when it is written in Han
  or Hangul, as the CSV reader joins parts);
- the emails, tried in order: mail (Univention's and Kolab's mailPrimaryAddress where
  there is no mail), then Thunderbird's mozillaSecondEmail, then otherMailbox (RFC 1274),
  then mailAlternativeAddress (Univention's, Kolab's aliases), then Active Directory's
  proxyAddresses of type SMTP (the primary `SMTP:` first, then the `smtp:` aliases, prefix
  left off; `X500:`, `SIP:` are not mail);
- the known fields: the first of telephoneNumber, mobile and homePhone; o (the
  organization) and title.
Each with the other names exporters write for it (OpenLDAP's FAQ on the attributes the
Windows Address Book reads, and Active Directory's): commonName, display-name,
surname, rfc822Mailbox, organizationName, company, otherTelephone, otherMobile.
An entry whose objectClass is groupOfNames or groupOfUniqueNames (a mailing list), or any
other group (a class named `group` or ending in it: posixGroup, Active Directory's group,
univentionGroup: members, and maybe an address of its own), a list (a class ending in
`list`: Zimbra's zimbraDistributionList) or a resource (a class ending in `resource`:
Zimbra's zimbraCalendarResource, a meeting room with an address and a cn, beside
inetOrgPerson) is skipped, counted; so is a
block holding only `version: 1`, a change record that is not
an entry (RFC 2849's `changetype: modify`, `delete`, `modrdn`, `moddn`: a change to an entry
kept elsewhere, holding no whole person; `changetype: add` is an entry), and a search's
result lines (`search: 2`, `result: 0 Success`, as ldapsearch prints them after the entries).
"""

import base64
import codecs
import io
import itertools
import re
from collections.abc import Iterator

from ldif import LDIFParser

from csv_import.errors import InputError
from csv_import.reading.code_pages import EVIDENCE_LIMIT
from csv_import.reading.columns import given_first, writes_family_first
from csv_import.reading.countries import region_of
from csv_import.reading.encoding import legacy_decision
from csv_import.reading.evidence import is_address, unwrap
from csv_import.reading.text_records import RECORD_LIMIT, TextRecords
from csv_import.rows import Row

NAMES = ("cn", "commonName", "displayName", "display-name", "fullName")
EMAILS = (
    "mail", "rfc822Mailbox", "mailPrimaryAddress", "mozillaSecondEmail", "otherMailbox",
    "mailAlternativeAddress",
)  # fmt: skip
PHONES = ("telephoneNumber", "mobile", "homePhone", "otherTelephone", "otherMobile")
COMPANIES = ("o", "organizationName", "company")
# What a person is read from, lower-cased (entry_of's keys): text, never a photo's bytes.
TEXT = frozenset(
    a.lower()
    for a in (*NAMES, "givenName", "gn", "sn", "surname", *EMAILS, "proxyAddresses",
              *PHONES, *COMPANIES, "title", "co", "c", "countryName")
)  # fmt: skip
LISTS = {"groupofnames", "groupofuniquenames"}
CHANGES = {"modify", "delete", "modrdn", "moddn"}  # change records that are no entry
RESULT_LINES = {"search", "result"}  # what a search prints after its entries
# RFC 2849 AttributeDescription: a name (a letter, then letters, digits and hyphens) or an
# OID, then ;options. A line whose text before its colon is none (`Exported 2026-12-07
# 10:30`, a title) is no attribute line.
ATTRIBUTE = re.compile(r"\s*(?:[A-Za-z][A-Za-z0-9-]*|[0-9]+(?:\.[0-9]+)*)(?:;[A-Za-z0-9-]+)*\s*")


def entry_of(lines: list[str]) -> dict[str, list]:
    """{attribute, lower-cased: [values]} of one entry; ValueError (or another) if broken."""
    # Each line ended by LF: the library splits on LF only, so a file whose lines end in a
    # bare CR (old Mac exports) would be one line to it.
    lines = _base64_checked(list(_without_dn(lines)))
    text = "".join(line.rstrip("\r\n") + "\n" for line in lines)
    data = text.encode("utf-8", "surrogateescape")
    parsed = list(LDIFParser(io.BytesIO(data), strict=True).parse())
    if len(parsed) != 1:
        raise ValueError("not one entry")
    if parsed[0][0] is not None and not parsed[0][1]:
        raise ValueError("an entry without attributes")
    entry: dict[str, list] = {}
    for attribute, values in parsed[0][1].items():
        # An attribute's options (`cn;lang-ja`, RFC 4512 2.5 and RFC 3866) leave its type:
        # a name given only in tagged forms is still the entry's cn, in the file's order.
        entry.setdefault(attribute.lower().split(";")[0].strip(), []).extend(values)
    return entry


def _without_dn(lines: list[str]) -> Iterator[str]:
    """The entry's lines, its `dn:` line (with the lines folded into it) an empty `dn:`.

    The dn names the entry's place in a directory; no person is read from it. The library
    checks it against the DN grammar (RFC 4514) and refuses the whole entry when it does
    not fit: `dn: cn=Lee, Ann,mail=ann@example.com` (a "Last, First" display name, its
    comma not escaped), a dn of no `attribute=value` (`dn: Ann Lee`), a `dn::` of broken
    base64, and `DN:` in capitals (the library knows `dn` only) were `ldif.unreadable`
    rejects, whose cn and mail were whole."""
    folded = False
    for line in lines:
        if folded and line[:1] == " ":
            continue
        folded = line[:3].lower() == "dn:"
        yield "dn:" if folded else line


def _base64_checked(lines: list[str]) -> list[str]:
    """The entry's lines once every `attribute:: value` is base64 (RFC 4648, the folds'
    spaces aside), else binascii.Error. The library decodes leniently, leaving out what is
    no base64: `cn:: @@@` was an empty name (a `name.empty` reject, and `mail:: @@@` an
    `email.empty` one), and a value with a stray character was read as other text than
    written. A value no person is read from (a `jpegPhoto` or a certificate cut short, its
    padding lost) is left out instead, with its folded lines: the library refused it, and
    the entry, its cn and mail whole, was an `ldif.unreadable` reject (as a vCard's broken
    PHOTO spoils no person). The objectClass says what the entry is: it is checked too."""
    properties: list[list[str]] = []  # each logical line's physical lines
    for line in lines:
        if line[:1] == " " and properties:
            properties[-1].append(line)
        else:
            properties.append([line])
    kept: list[str] = []
    for physical in properties:
        text = "".join(line.rstrip("\r\n")[1 if i else 0 :] for i, line in enumerate(physical))
        name, colon, rest = text.partition(":")
        if colon and rest.startswith(":"):
            try:
                base64.b64decode("".join(rest[1:].split()), validate=True)
            except ValueError:
                attribute = name.strip().lower().split(";")[0]
                if attribute in TEXT or attribute == "objectclass":
                    raise
                continue
        kept += physical
    return kept


def texts(entry: dict[str, list], *attributes: str) -> list[str]:
    """The text values of these attributes, in this order, stripped, empty ones left out.

    A value that is not UTF-8 text (base64 of other bytes: a photo, a certificate) is none.
    """
    found = []
    for attribute in attributes:
        values = entry.get(attribute.lower(), [])
        found += [v.strip() for v in values if isinstance(v, str) and v.strip()]
    return found


def name_of(entry: dict[str, list]) -> str:
    """The first of cn, displayName, fullName that is no address (a whole name that is an
    address is no name, as in a CSV: columns.py) nor a login, given name first when its
    givenName and sn spell it `sn, givenName` (columns.given_first), else givenName and sn."""
    given = " ".join(texts(entry, "givenName", "gn"))
    family = " ".join(texts(entry, "sn", "surname"))
    full = next(
        (
            v
            for v in texts(entry, *NAMES)
            if not ("@" in v and is_address(v)) and not _a_login(v, given, family)
        ),
        "",
    )
    if full:
        return given_first(full, given, family)
    parts = [family, given] if writes_family_first(family) else [given, family]
    return " ".join(p for p in parts if p)


def _a_login(value: str, given: str, family: str) -> bool:
    """A name of one word that is neither the entry's given nor its family name, beside
    both (eDirectory's and many directories' `cn: jsmith` beside `givenName: Jane`, `sn:
    Smith`): the account's login, not how the person is called."""
    if not (given and family) or len(value.split()) != 1:
        return False
    # In a script without capitals (Hangul, Han, kana) the two names written together are
    # the name: Korean, Chinese and Japanese put no space between them (`cn: 김민준` beside
    # `sn: 김`, `givenName: 민준`); `JaneSmith` may be a login.
    if value.upper() == value.lower() and value in {family + given, given + family}:
        return False
    return value.casefold() not in {given.casefold(), family.casefold()}


def proxy_addresses(entry: dict[str, list]) -> list[str]:
    """Active Directory's and Exchange's proxyAddresses of type SMTP, the primary (`SMTP:`)
    first, then the aliases (`smtp:`), their prefix left off; `X500:`, `SIP:` and other
    types are no mail addresses."""
    typed = [v.split(":", 1) for v in texts(entry, "proxyAddresses") if ":" in v]
    smtp = [(kind != "SMTP", address.strip()) for kind, address in typed if kind.lower() == "smtp"]
    return [address for _, address in sorted(smtp, key=lambda pair: pair[0]) if address]


def first(entry: dict[str, list], *attributes: str) -> str:
    return next(iter(texts(entry, *attributes)), "")


class LdifEntries(TextRecords):
    """The entries of an LDIF file, split at blank lines here, each parsed alone."""

    kind = "ldif"
    # The code page of the file's base64 values that are not UTF-8 (None: none reads them),
    # decided once, when the first entry needs it.
    _values_decided = False
    _values_codec: str | None = None
    columns = {"name": [*NAMES, "givenName", "sn"], "email": list(EMAILS)}
    mapping = (
        "name ← cn, else displayName, fullName, else givenName and sn; email ← mail,"
        " then mailPrimaryAddress, mozillaSecondEmail, otherMailbox, mailAlternativeAddress,"
        " proxyAddresses (smtp:); phone ←"
        " telephoneNumber, else mobile, homePhone; company ← o; job title ← title"
    )

    def rows(self) -> Iterator[Row]:
        for first_line, block, error, lines in self._blocks():
            skip = None if error is not None else _no_entry(block)
            if error is None and skip is None:
                try:
                    entry = entry_of(block)
                except Exception:  # the library raises ValueError, binascii.Error, ...
                    error = "ldif.unreadable"
                else:
                    skip = _skipped(entry)
                    if skip is None and not self._as_text(entry):
                        error = "ldif.undecodable"
            if skip is not None:
                self.skipped[skip] += lines
                continue
            self.row_lines += lines
            if error is not None:
                yield Row(first_line, "", "", [], error)
                continue
            # `Ann <ann@x.com>`, `mailto:ann@x.com`: the address, as in a CSV (evidence.unwrap)
            addresses = [unwrap(address) for address in texts(entry, *EMAILS)]
            addresses += [a for a in proxy_addresses(entry) if a.casefold() not in
                          {b.casefold() for b in addresses}]  # fmt: skip
            name, email = name_of(entry), (addresses[0] if addresses else "")
            phone, company = first(entry, *PHONES), first(entry, *COMPANIES)
            title = first(entry, "title")
            # The entry's country (co: its name; c, countryName: ISO code): the region of
            # its numbers written without a +code (countries.py).
            region = (
                (
                    region_of(first(entry, "co"), codes=False)
                    or region_of(first(entry, "c", "countryName"), codes=True)
                )
                if phone
                else ""
            )
            yield Row(first_line, name, email, [name, email, phone, company, title], None,
                      tuple(addresses[1:]), phone, company, title, None, region)  # fmt: skip

    def _as_text(self, entry: dict[str, list]) -> bool:
        """Whether the base64 values a person is read from are text, decoded here in place.

        RFC 2849 says UTF-8, but an old address book's export writes its code page's bytes
        (`cn:: Wm/rIExlZQ==`, cp1252's `Zoë Lee`). Such a value was taken for a photo's
        bytes and left out: the entry a `name.empty` reject, or stored under its `sn` alone
        (`Lee`). It is read in the file's code page when the file has one (its own lines,
        or --encoding), else in the one the whole file's such values read as (language
        evidence, as a file's lines: code_pages.py); when none does, `ldif.undecodable`.
        """
        undecoded = [v for a in TEXT for v in entry.get(a, ()) if isinstance(v, bytes)]
        if not undecoded:
            return True
        own = codecs.lookup(self._codec).name
        codec: str | None = own if not own.startswith("utf") else self.fallback
        if codec is None and not self._values_decided:  # on the whole file's values
            self._values_decided = True
            values = _undecoded_values(self.path)  # none: no evidence, no code page
            try:
                self._values_codec = legacy_decision(values, self.path).encoding if values else None
            except InputError:
                pass
        codec = codec or self._values_codec
        if codec is None:
            return False
        try:
            for attribute in TEXT & entry.keys():
                entry[attribute] = [
                    v.decode(codec) if isinstance(v, bytes) else v for v in entry[attribute]
                ]
        except UnicodeDecodeError:
            return False
        return True

    def _blocks(self) -> Iterator[tuple[int, list[str], str | None, int]]:
        """(the entry's dn: line, its lines, error, physical lines) for each entry.

        Blank lines and comments (a `#` line and the lines folded into it) are skipped lines.
        An entry ends at a blank line, or where the next `dn:` line starts another.
        """
        block: list[str] = []
        start = dn_line = size = lines = 0
        error: str | None = None
        comment = False
        for number, line in enumerate(self._lines(), 1):
            # A line of spaces inside an entry is a fold (RFC 2849: a line starting with a
            # space continues the line before it), not the blank line that ends the entry.
            if line is not None and not line.strip() and not (lines and line[:1] == " "):
                self.skipped["blank"] += 1
                if lines:
                    yield dn_line or start, block, error, lines
                    block, dn_line, size, lines, error = [], 0, 0, 0, None
                comment = False
                continue
            if line is not None and (line.startswith("#") or (comment and line[:1] == " ")):
                self.skipped["a comment"] += 1
                comment = True
                continue
            comment = False
            if dn_line and line is not None and line[:3].lower() == "dn:":
                # A second dn: line starts the next entry, a blank line or not: RFC 2849
                # allows one dn: a record, first; without this, entries written with no
                # blank line between them were one unreadable entry, all of them lost.
                yield dn_line, block, error, lines
                block, dn_line, size, lines, error = [], 0, 0, 0, None
            if not lines:
                start = number
            lines += 1
            if line is None:
                error = error or "ldif.undecodable"
                continue
            if not dn_line and line[:3].lower() == "dn:":
                # Lines before an entry's dn: but the file's `version:` (a title an exporter
                # wrote first, `Exported: 2024-05-01`, text before `version: 1`): outside
                # any entry (RFC 2849: a record starts with its dn), skipped; they made the
                # entry unreadable, its person lost.
                kept = _version_lines(block) if error is None else []
                if lines - 1 > len(kept):
                    self.skipped["outside an entry"] += lines - 1 - len(kept)
                    block, size, lines, error = kept, sum(map(len, kept)), len(kept) + 1, None
                    start = start if kept else number
                dn_line = number
            size += len(line)
            if size <= RECORD_LIMIT:
                block.append(line)
            else:
                error = error or "row.too_large"
        if lines:
            yield dn_line or start, block, error, lines


def _undecoded_values(path: str) -> list[bytes]:
    """The whole file's base64 values of the attributes in TEXT that are not UTF-8, as
    evidence of their code page (EVIDENCE_LIMIT bytes at most)."""
    found: list[bytes] = []
    size = 0
    with open(path, encoding="utf-8", errors="surrogateescape") as text:  # any line end
        logical = ""
        for line in itertools.chain(text, [""]):
            if line[:1] == " ":  # a fold: the line goes on
                logical += line[1:].rstrip("\n")
                continue
            name, _, value = logical.partition("::")
            logical = line.rstrip("\n")
            if not value or name.strip().lower().split(";")[0] not in TEXT:
                continue
            try:
                base64.b64decode("".join(value.split())).decode("utf-8")
                continue
            except ValueError:  # not UTF-8, or not base64 (its entry is refused)
                try:
                    data = base64.b64decode("".join(value.split()))
                except ValueError:
                    continue
            if data:
                found.append(data)
                size += len(data)
                if size >= EVIDENCE_LIMIT:
                    break
    return found


def _version_lines(block: list[str]) -> list[str]:
    """The block's lines if they are the file's `version:` line alone (with its folds),
    else none: what may stand before the first entry's dn: with no blank line between."""
    names = {line.partition(":")[0].strip().lower() for line in block if line[:1] != " "}
    return block if names == {"version"} else []


def _no_entry(block: list[str]) -> str | None:
    """Why a block is no entry to parse: lines of no attribute, a change record, or a
    search's result lines."""
    attributes = [line.partition(":")[0] for line in block if ":" in line and line[:1] != " "]
    if not any(ATTRIBUTE.fullmatch(name) for name in attributes):  # a title, stray text
        return "outside an entry"
    pairs = [line.partition(":") for line in block if not line[:1].isspace()]
    names = {name.strip().lower() for name, _, _ in pairs}
    if names and names <= RESULT_LINES:
        return "a search's result lines (search:, result:)"
    for name, _, value in pairs:
        change = value.strip().lower()
        if name.strip().lower() == "changetype" and change in CHANGES:
            return f"a change record (changetype: {change}), not an entry"
    return None


def _skipped(entry: dict[str, list]) -> str | None:
    """Why an entry is no person: a mailing list, or only the file's `version: 1`."""
    if not entry:
        return "no attributes (a version line)"
    classes = {c.lower() for c in texts(entry, "objectclass")}
    if classes & LISTS or any(c.endswith(("group", "list")) for c in classes):
        return "a mailing list"
    if any(c.endswith("resource") for c in classes):
        return "a resource (a room, equipment)"
    return None
