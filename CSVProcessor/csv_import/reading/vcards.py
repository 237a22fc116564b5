"""People from vCard files (2.1, 3.0, 4.0), read one card at a time with vobject.

vobject unfolds lines, decodes quoted-printable and CHARSET parameters. The name
is FN, else N's given, additional and family names; the emails are tried in order
of preference (4.0's PREF=1 first, then TYPE=pref or 2.1's bare PREF, then the
file's order). A card's line is the line of its BEGIN:VCARD.
"""

import io
from collections import Counter
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


CARD_LIMIT = 8 * 1024 * 1024  # characters of one card, photos included
LINE_LIMIT = 1024 * 1024


class VCards:
    """The cards of a vCard file: split by BEGIN/END lines here, each parsed alone by vobject.

    Splitting first keeps a broken card from ending the file: it becomes a
    reject on its own line, and the cards after it are read.
    """

    kind = "vcard"

    def __init__(self, path: str, raw, encoding: str):
        self.path, self.encoding = path, encoding
        self.header = HEADER
        self.header_line = None
        self._text = io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline="")
        self.skipped: Counter = Counter()
        self.row_lines = 0  # physical lines that are part of a card

    def describe(self) -> dict:
        return {"kind": self.kind, "encoding": self.encoding}

    def rows(self) -> Iterator[Row]:
        for first, block, error in self._blocks():
            if error is None:
                try:
                    card = vobject.readOne("".join(block), allowQP=True)
                except Exception:  # vobject raises many kinds on broken input
                    error = "vcard.unreadable"
            if error is not None:
                yield Row(first, "", "", [], error)
                continue
            emails = sorted(
                enumerate(card.contents.get("email", [])),
                key=lambda item: (preference(item[1]), item[0]),
            )
            addresses = [str(e.value).strip() for _, e in emails if str(e.value).strip()]
            name = name_of(card)
            email = addresses[0] if addresses else ""
            yield Row(first, name, email, [name, email], None, tuple(addresses[1:]))

    def _blocks(self) -> Iterator[tuple[int, list[str], str | None]]:
        """(first line, the card's lines, error) for each BEGIN:VCARD ... END:VCARD."""
        block: list[str] = []
        first, depth, size = 0, 0, 0
        try:
            for number, line in enumerate(iter(lambda: self._text.readline(LINE_LIMIT), ""), 1):
                word = line.strip().upper()
                if depth == 0:
                    if word == "BEGIN:VCARD":
                        block, first, depth, size = [line], number, 1, len(line)
                    else:
                        self.skipped["blank" if not word else "outside a card"] += 1
                    continue
                size += len(line)
                if size <= CARD_LIMIT:
                    block.append(line)
                depth += (word == "BEGIN:VCARD") - (word == "END:VCARD")  # AGENT nests cards
                if depth == 0:
                    self.row_lines += number - first + 1
                    yield first, block, "row.too_large" if size > CARD_LIMIT else None
        except UnicodeDecodeError as error:
            raise InputError(f"{self.path}: cannot decode as {self.encoding} ({error})") from None
        if depth:
            self.row_lines += number - first + 1
            yield first, [], "vcard.unclosed"

    def close(self) -> None:
        self._text.close()
