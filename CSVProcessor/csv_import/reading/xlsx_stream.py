"""The CLI's fast path for .xlsx: one sheet read row by row, in flat memory.

python-calamine (workbooks.py) loads a whole sheet before the first row: about
300 MB for a million rows of three columns, and more for wide sheets. This
reads the sheet's XML (ECMA-376 Part 1, SpreadsheetML: sheetData/row/c) as it
decompresses, with the standard library's expat parser; only the shared-string
table is held. tests/unit/test_workbooks.py checks it against python-calamine on
the same workbooks. FAST_PATHS=0 (people_import_contract.fast_paths) reads .xlsx
with python-calamine instead.
"""

import posixpath
import re
import zipfile
from collections.abc import Iterator
from xml.parsers import expat

from csv_import.errors import InputError
from csv_import.rows import Record

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CELL_REF = re.compile(r"([A-Z]+)(\d+)")
CHUNK = 1 << 20


def _parser(start, end, text) -> expat.XMLParserType:
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.StartElementHandler, parser.EndElementHandler = start, end
    parser.CharacterDataHandler = text
    return parser


def _parse(stream, parser) -> Iterator[None]:
    """Feed `stream` to `parser` a chunk at a time; yields after each chunk."""
    while chunk := stream.read(CHUNK):
        parser.Parse(chunk, False)
        yield
    parser.Parse(b"", True)
    yield


def column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


class XlsxSheet:
    """Records of one sheet of an .xlsx workbook (the first, or the one named)."""

    kind = "xlsx"

    def __init__(self, path: str, sheet: str | None = None):
        self.path = path
        try:
            self.zip = zipfile.ZipFile(path)  # noqa: SIM115 - closed by close()
            self.sheet, self.member = self._find_sheet(sheet)
            self.strings = self._shared_strings()
        except (zipfile.BadZipFile, KeyError, expat.ExpatError) as error:
            raise InputError(f"{path}: not a readable .xlsx workbook ({error})") from None
        self.skipped: dict = {}

    def describe(self) -> dict:
        return {"kind": self.kind, "sheet": self.sheet}

    def _xml(self, member: str, start, end=None, text=None) -> None:
        with self.zip.open(member) as stream:
            for _ in _parse(stream, _parser(start, end, text)):
                pass

    def _find_sheet(self, wanted: str | None) -> tuple[str, str]:
        sheets, targets = [], {}
        self._xml(
            "xl/workbook.xml",
            lambda name, attrs: (
                name == f"{_MAIN} sheet"
                and sheets.append((attrs.get("name", ""), attrs.get(f"{_RELS} id")))
            ),
        )
        self._xml(
            "xl/_rels/workbook.xml.rels",
            lambda name, attrs: (
                name.endswith(" Relationship")
                and targets.__setitem__(attrs.get("Id"), attrs.get("Target", ""))
            ),
        )
        if not sheets:
            raise KeyError("no sheets")
        names = [name for name, _ in sheets]
        if wanted is not None and wanted not in names:
            raise InputError(
                f"{self.path}: no sheet {wanted!r} (sheets: {', '.join(map(repr, names))})"
            )
        name, rel = sheets[names.index(wanted) if wanted is not None else 0]
        target = targets[rel]
        member = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        return name, posixpath.normpath(member)

    def _shared_strings(self) -> list[str]:
        if "xl/sharedStrings.xml" not in self.zip.namelist():
            return []
        strings: list[str] = []
        parts: list[str] = []
        state = {"text": False, "phonetic": 0}

        def start(name, attrs):
            if name == f"{_MAIN} t" and not state["phonetic"]:
                state["text"] = True
            elif name == f"{_MAIN} rPh":  # phonetic guide text is not part of the value
                state["phonetic"] += 1

        def end(name):
            if name == f"{_MAIN} t":
                state["text"] = False
            elif name == f"{_MAIN} rPh":
                state["phonetic"] -= 1
            elif name == f"{_MAIN} si":
                strings.append("".join(parts))
                parts.clear()

        def text(data):
            if state["text"]:
                parts.append(data)

        self._xml("xl/sharedStrings.xml", start, end, text)
        return strings

    def __iter__(self) -> Iterator[Record]:
        strings, done = self.strings, []
        row: dict[int, str] = {}
        cell = {"column": 0, "type": "n", "parts": [], "capture": False, "row": 0, "last": 0}
        cell_tag, row_tag, value_tags = f"{_MAIN} c", f"{_MAIN} row", (f"{_MAIN} v", f"{_MAIN} t")

        def start(name, attrs):
            if name == cell_tag:
                ref = _CELL_REF.match(attrs.get("r", ""))
                cell["column"] = column_index(ref.group(1)) if ref else len(row)
                cell["type"], cell["parts"] = attrs.get("t", "n"), []
            elif name in value_tags:
                cell["capture"] = True
            elif name == row_tag:
                row.clear()
                cell["row"] = int(attrs.get("r", cell["row"] + 1))

        def end(name):
            if name == cell_tag:
                value = "".join(cell["parts"])
                if cell["type"] == "s" and value:
                    value = strings[int(value)]
                elif cell["type"] == "b":
                    value = "TRUE" if value == "1" else "FALSE"
                row[cell["column"]] = value
            elif name in value_tags:
                cell["capture"] = False
            elif name == row_tag:
                number = cell["row"]
                for gap in range(cell["last"] + 1, number):  # rows the XML leaves out are blank
                    done.append(Record(gap, gap, []))
                cell["last"] = number
                filled = [column for column, value in row.items() if value]
                fields = [""] * (max(filled) + 1) if filled else []
                for column in filled:
                    fields[column] = row[column]
                done.append(Record(number, number, fields))

        def text(data):
            if cell["capture"]:
                cell["parts"].append(data)

        try:
            with self.zip.open(self.member) as stream:
                for _ in _parse(stream, _parser(start, end, text)):
                    yield from done
                    done.clear()
        except (expat.ExpatError, zipfile.BadZipFile, IndexError, ValueError) as error:
            raise InputError(
                f"{self.path}: sheet {self.sheet!r} is not readable ({error})"
            ) from None

    def close(self) -> None:
        self.zip.close()
