"""People from vCard files (2.1, 3.0, 4.0), read one card at a time with vobject.

vobject unfolds lines, decodes quoted-printable and CHARSET parameters. The name
is FN, else N's given, additional and family names; the emails are tried in order
of preference (4.0's PREF=1 first, then TYPE=pref or 2.1's bare PREF, then the
file's order). A card's line is the line of its BEGIN:VCARD.
"""

import io
from collections.abc import Iterator

import vobject

from csv_import.errors import InputError
from csv_import.rows import Row

HEADER = ["full_name", "email"]


def preference(line) -> tuple[int, int]:
    params = {k.upper(): [str(v).lower() for v in vs] for k, vs in line.params.items()}
    singles = [str(s).lower() for s in line.singletonparams]
    if "PREF" in params:
        try:
            return (0, int(params["PREF"][0]))
        except ValueError:
            return (0, 1)
    if "pref" in params.get("TYPE", []) or "pref" in singles:
        return (0, 1)
    return (1, 0)


def name_of(card) -> str:
    full = card.contents.get("fn")
    if full and str(full[0].value).strip():
        return str(full[0].value).strip()
    parts = card.contents.get("n")
    if not parts:
        return ""
    n = parts[0].value
    pieces = [getattr(n, key, "") for key in ("given", "additional", "family")]
    flat = [" ".join(p) if isinstance(p, list) else str(p) for p in pieces]
    return " ".join(p.strip() for p in flat if p and p.strip())


class VCards:
    kind = "vcard"

    def __init__(self, path: str, raw, encoding: str):
        self.path, self.encoding = path, encoding
        self.header = HEADER
        self.header_line = None
        self._text = io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline="")
        self.skipped: dict = {}

    def describe(self) -> dict:
        return {"kind": self.kind, "encoding": self.encoding}

    def rows(self) -> Iterator[Row]:
        try:
            cards = vobject.readComponents(self._text, allowQP=True, ignoreUnreadable=True)
            for card in cards:
                if card.name.upper() != "VCARD":
                    continue
                children = list(card.getChildren())
                line = min((c.lineNumber for c in children if c.lineNumber), default=2) - 1
                emails = sorted(
                    enumerate(card.contents.get("email", [])),
                    key=lambda item: (preference(item[1]), item[0]),
                )
                addresses = [str(e.value).strip() for _, e in emails if str(e.value).strip()]
                name = name_of(card)
                email = addresses[0] if addresses else ""
                yield Row(line, name, email, [name, email], None, tuple(addresses[1:]))
        except UnicodeDecodeError as error:
            raise InputError(f"{self.path}: cannot decode as {self.encoding} ({error})") from None
        except vobject.base.ParseError as error:
            raise InputError(f"{self.path}: not a readable vCard file ({error})") from None

    def close(self) -> None:
        self._text.close()
