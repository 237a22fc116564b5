"""An HTML table saved as a spreadsheet: the rows of its <table>s, as a sheet's records.

Web applications' "Export to Excel" often writes an HTML page with a .xls name (Excel
opens it, after a warning that the format and the extension differ), and Excel's own
"Save as Web Page" writes one too. Read as CSV, such a file gave "no email column" and a
header of markup. Its rows are read with the standard library's HTMLParser (the HTML
Standard's character references, any markup around the cells): each <tr> a row, each <td>
or <th> a cell, its text with spaces collapsed and <br> a line break; a cell's colspan
repeats an empty cell after it, so the columns stay under their header, and a cell's
rowspan puts its text in the rows below at its columns (a header of two rows: `E-mail`
spanning both beside `Navn` over `Fornavn` and `Efternavn`: the second row is then a whole
header; before, its names were moved under the wrong columns). A row is numbered as a
sheet's (row 1, 2, ...), what Excel shows when it opens the file.

The text is decoded as the page says (a BOM, a <meta> charset), else as encoding.py
decides for a CSV. Read in chunks: one row's cells are held at a time, and a row over
ROW_LIMIT characters is a reject, as a sheet's.
"""

import codecs
import re
from collections.abc import Iterator
from html.parser import HTMLParser

from csv_import.errors import InputError
from csv_import.reading.cell_text import ROW_LIMIT, mailto_address, records
from csv_import.reading.encoding import bom_encoding, detect_encoding

CHUNK = 1 << 16
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_CELLS = frozenset({"td", "th"})
# Inside a cell, what a browser does not show as its text: a ruby's reading (`<rt>`, and
# the `<rp>` brackets around it for browsers without ruby), a template, the fallback of a
# page with scripts on. Read as text, 山田 with its reading was stored as `山田やまだ`.
_NOT_SHOWN = frozenset({"script", "style", "template", "noscript", "rt", "rp"})
_RUBY = frozenset({"rt", "rp"})  # their end tags may be left out: the next one ends them
# Elements without content or end tag: hidden, they hide nothing after them.
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
     "track", "wbr"}
)  # fmt: skip


def html_encoding(sample: bytes, path: str, whole: bool) -> str:
    """The page's encoding: its BOM, else the charset its <meta> names (when Python knows
    it), else what the bytes say (encoding.py)."""
    bom = bom_encoding(sample)
    if bom:
        return bom
    found = _CHARSET.search(sample[:4096])
    if found:
        try:
            return codecs.lookup(found.group(1).decode("ascii")).name
        except LookupError:
            pass
    return detect_encoding(sample, path, whole=whole).encoding


class _Rows(HTMLParser):
    """Collects finished rows (their cells' text) as the page is fed."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.done: list[list[str]] = []
        self.rows_seen = 0
        self._row: list[list[str]] | None = None  # the open row's cells, as text parts
        self._size = 0  # characters held for the open row
        self._in_cell = False
        self._span = 0  # the open cell's colspan, less itself
        self._rowspan = 1  # the open cell's rowspan
        # Cells spanning down (rowspan): column -> (rows still covered, the cell's text)
        self._down: dict[int, tuple[int, str]] = {}
        self._skip = 0  # inside <script> or <style>: no cell text
        # Inside a cell, an element not shown (_hidden): its tag and how deep it nests
        self._hidden: tuple[str, int] | None = None
        self._tables = 0  # <table>s open
        # Inside a cell, a table nested in it, and how deep: a browser shows it in the cell;
        # and what of the innermost one is open, its row and its cell
        self._nested = 0
        self._inner_row = self._inner_cell = False
        # Inside a cell, an open `mailto:` link: its address and where its text starts
        self._link: tuple[str, int] | None = None

    def handle_starttag(self, tag, attrs):
        if self._hidden is not None:
            name, depth = self._hidden
            if tag in _RUBY and name in _RUBY:
                self._hidden = (tag, 1)  # `<rt>` after `<rp>`: HTML lets `</rp>` out
            elif tag == name:
                self._hidden = (name, depth + 1)
            if tag not in ("tr", "table") and tag not in _CELLS:
                return
        elif self._in_cell and tag not in ("tr", "table", *_CELLS) and _hidden(tag, attrs):
            # (a cell styled `display:none` is a hidden column's, read: its `</td>` left
            # out, it was taken for hidden text in the cell before it, the columns after
            # it moved from under their header)
            self._hidden = (tag, 1)
            return
        if self._nested and (tag in ("tr", "table") or tag in _CELLS):
            self._nested += tag == "table"
            self._inner_row = tag != "table"
            self._inner_cell = tag in _CELLS
            self.handle_data("\n" if tag == "tr" else " ")
            return
        if tag == "table" and self._in_cell:
            # A table in a cell (a web application's list of phones or addresses in one
            # cell) is that cell's text, each of its rows a line, as a browser shows it
            # there; its rows ended the row around it, which went on in pieces, a person's
            # name and address in different rows, each a reject.
            self._nested = 1
            self._inner_row = self._inner_cell = False
            return
        if tag == "tr":
            self._end_row()
            self._row, self._size = [], 0
            self._covered()
        elif tag in _CELLS and (self._row is not None or self._tables):
            if self._row is None:  # a cell in a table but in no <tr>: a row of its own, as
                self.handle_starttag("tr", [])  # the HTML Standard's parser makes one
            self._end_cell()  # HTML lets a cell's </td> out: the next cell ends it
            assert self._row is not None
            self._row.append([])
            self._in_cell = True
            span = (dict(attrs).get("colspan") or "1").strip()
            self._span = max(min(int(span), 1000) - 1, 0) if span.isdecimal() else 0
            down = (dict(attrs).get("rowspan") or "1").strip()
            self._rowspan = max(min(int(down), 1000), 1) if down.isdecimal() else 1
        elif tag == "br":
            self.handle_data("\n")
        elif tag == "a" and self._in_cell and self._row is not None:
            address = mailto_address(dict(attrs).get("href") or "")
            self._link = (address, len(self._row[-1])) if address else None
        elif tag == "table":
            self._tables += 1
        elif tag in ("script", "style"):
            self._skip += 1

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self.handle_data("\n")

    def handle_endtag(self, tag):
        if self._hidden is not None:
            name, depth = self._hidden
            if tag == name or (tag == "ruby" and name in _RUBY):
                self._hidden = (name, depth - 1) if tag == name and depth > 1 else None
                return
            if tag not in ("tr", "table") and tag not in _CELLS:
                return
        if self._nested and (tag in ("tr", "table") or tag in _CELLS):
            if tag == "table":
                self._nested -= 1
                self._inner_row = self._inner_cell = True  # the cell of the table around it
                return
            if self._inner_cell if tag in _CELLS else self._inner_row:
                self._inner_cell = False
                self._inner_row = self._inner_row and tag in _CELLS
                return
            # A `</td>` or `</tr>` with none of the nested table's open: its `</table>` was
            # left out, and this ends the cell or row around it. A browser keeps what
            # follows in the nested table: every person after it in one cell, lost.
            self._nested = 0
        if tag in _CELLS and self._row is not None:
            self._end_cell()
        elif tag == "a":
            self._end_link()
        elif tag in ("tr", "table"):
            self._end_row()
            if tag == "table":
                self._down.clear()  # a cell spans down within its table only
                self._tables = max(self._tables - 1, 0)
        elif tag in ("script", "style") and self._skip:
            self._skip -= 1

    def _end_cell(self):
        """The open cell ends: its colspan and rowspan take their places. At its `</td>`, or
        where HTML lets that tag out (the next `<td>`, `<tr>`, `</tr>`, `</table>`: the
        HTML Standard's optional end tags); before, such a cell's spans were lost and the
        columns after it moved from under their header."""
        self._hidden = None  # what a cell hides ends with it, its end tag left out or not
        self._nested = 0
        self._end_link()
        if not self._in_cell or self._row is None:
            return
        self._in_cell = False
        at = len(self._row) - 1
        if self._rowspan > 1:  # the rows below hold this cell too, at its columns
            text = _text(self._row[-1])
            for column in range(at, at + self._span + 1):
                self._down[column] = (self._rowspan - 1, text if column == at else "")
        self._row.extend([] for _ in range(self._span))
        self._span, self._rowspan = 0, 1
        self._covered()

    def _end_link(self):
        """A `mailto:` link ends: when its text shows no address (`<a
        href="mailto:ann@x.com">Ann Lee</a>`, a web directory's name linked to mail it),
        its address follows it as a mail client writes a named one, `Ann Lee <ann@x.com>`
        (read as the address in an email column, as name and address in a name column);
        before, the address was lost (`no email column`, or `email.missing_at`)."""
        link, self._link = self._link, None
        if link is None or not self._in_cell or self._row is None:
            return
        address, start = link
        shown = "".join(self._row[-1][start:])
        if "@" not in shown:
            self.handle_data(f" <{address}>" if shown.strip() else address)

    def handle_data(self, data):
        # Past ROW_LIMIT the row is a reject (cell_text.records): no more is held.
        if self._hidden is not None or self._skip:
            return
        if self._in_cell and self._row is not None and self._size <= ROW_LIMIT:
            self._row[-1].append(data)
            self._size += len(data)

    def _covered(self):
        """The cells of the rows above that span down to the open row's next columns."""
        while self._row is not None and len(self._row) in self._down:
            left, text = self._down.pop(len(self._row))
            self._row.append([text])
            if left > 1:
                self._down[len(self._row) - 1] = (left - 1, text)

    def close(self):
        super().close()
        self._end_row()  # a page that ends inside a row (no </tr>, </table>): that row too

    def _end_row(self):
        self._end_cell()
        if self._row is not None:
            for column in sorted(c for c in self._down if c >= len(self._row)):
                self._row.extend([] for _ in range(column - len(self._row)))
                self._covered()  # a row ending before a cell that spans down to it
            self.rows_seen += 1
            self.done.append([_text(parts) for parts in self._row])
            self._row, self._in_cell = None, False


def _hidden(tag: str, attrs: list) -> bool:
    """An element inside a cell whose text a browser does not show: one of _NOT_SHOWN, one
    marked `hidden` or styled `display:none` (a web table's sort key before the text it
    sorts: `<span style="display:none">Lee, Ann</span>Ann Lee`), and the anchor Excel's
    "Save as Web Page" writes after a cell with a note (`<a class=msocomanch>[A1]</a>`:
    `Ann Lee[A1]` was stored as the name, an address with a note an `email.invalid`)."""
    if tag in _NOT_SHOWN:
        return True
    if tag in _VOID:
        return False
    found = dict(attrs)
    if "hidden" in found:
        return True
    style = "".join((found.get("style") or "").split()).lower()
    return "display:none" in style or (
        tag == "a" and "msocomanch" in (found.get("class") or "").lower().split()
    )


def _text(parts: list[str]) -> str:
    """A cell's text as a browser shows it: runs of spaces one space, <br> a line break."""
    lines = "".join(parts).split("\n")
    return "\n".join(" ".join(line.split()) for line in lines).strip()


class HtmlTable:
    """The rows of an HTML page's tables, in order, as a sheet's records."""

    kind = "html"

    def __init__(self, path: str, raw, sample: bytes, whole: bool, encoding: str | None = None):
        self.path, self._raw = path, raw
        self.encoding = encoding or html_encoding(sample, path, whole)
        self.skipped: dict = {}
        self._decodes()

    def describe(self) -> dict:
        return {"kind": self.kind, "encoding": self.encoding}

    def __iter__(self) -> Iterator:
        return records(enumerate(self._rows(), 1), skipped=self.skipped)

    def _decodes(self) -> None:
        """InputError unless the whole page decodes: checked before its first row is sent, as
        every text file is (line_decoding.py); before, a byte the page's charset can't read
        past the rows read ahead ended the import after the rows before it were enqueued."""
        self._raw.seek(0)
        decoder = codecs.getincrementaldecoder(self.encoding)("strict")
        try:
            while chunk := self._raw.read(CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError as error:
            raise InputError(
                f"{self.path}: not readable as {self.encoding} ({error.reason});"
                " give the page's encoding with --encoding"
            ) from None

    def _rows(self) -> Iterator[list[str]]:
        self._raw.seek(0)
        decoder = codecs.getincrementaldecoder(self.encoding)("strict")
        parser = _Rows()
        try:
            while chunk := self._raw.read(CHUNK):
                parser.feed(decoder.decode(chunk))
                yield from parser.done
                parser.done.clear()
            parser.feed(decoder.decode(b"", final=True))
            parser.close()
        except UnicodeDecodeError as error:
            raise InputError(
                f"{self.path}: not readable as {self.encoding} ({error.reason});"
                " give the page's encoding with --encoding"
            ) from None
        yield from parser.done
        if not parser.rows_seen:
            raise InputError(f"{self.path}: an HTML page without a table (no <tr> rows)")

    def close(self) -> None:
        self._raw.close()
