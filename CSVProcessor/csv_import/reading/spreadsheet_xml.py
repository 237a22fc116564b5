"""Excel's XML Spreadsheet 2003 (SpreadsheetML): a workbook written as one XML file.

Excel 2002-2003 saved it, and applications still write it for "Export to Excel" (one
file of text, no zip; often named .xls, which Excel opens after a warning). Read as CSV
it was a header of markup, then refused as "an XML document". Its layout (Microsoft's
"XML Spreadsheet Reference", urn:schemas-microsoft-com:office:spreadsheet): a Workbook
of Worksheets, each a Table of Rows of Cells, each Cell's Data its text (a number as
written). A Row or Cell may say its position (ss:Index, from 1) and skip the ones
before it; a Cell's ss:MergeAcross covers that many cells after it, left empty as a
merged cell's are in the other workbooks; its ss:MergeDown covers that many rows below,
and its text is theirs too, at its column (as an HTML cell's rowspan: a name merged over
the two rows of its two addresses was the second row's `name.empty` reject).

Streamed with the standard library's expat, one row held at a time; the first worksheet,
or --sheet's. A document type declaration (the way to entity expansion) is refused.
"""

from collections.abc import Iterator
from xml.parsers import expat

from csv_import.errors import InputError
from csv_import.reading.cell_text import LAST_COLUMN, LAST_ROW, ROW_LIMIT, records

SS = "urn:schemas-microsoft-com:office:spreadsheet"
CHUNK = 1 << 16
_WORKSHEET, _ROW, _CELL, _DATA, _COMMENT = (
    f"{SS} {n}" for n in ("Worksheet", "Row", "Cell", "Data", "Comment")
)


def _index(attrs: dict, after: int, last: int) -> int:
    """The 1-based position an element says (ss:Index), else the one after `after`."""
    value = attrs.get(f"{SS} Index", "")
    return min(int(value), last) if value.isdecimal() and int(value) > after else after + 1


class SpreadsheetXml:
    """The rows of one worksheet of an XML Spreadsheet 2003 file, as a sheet's records."""

    kind = "xml-spreadsheet"

    def __init__(self, path: str, raw, sheet: str | None = None):
        self.path, self._raw, self._wanted = path, raw, sheet
        self.sheet: str | None = None  # the worksheet read, once its first row is found
        self.skipped: dict = {}

    def describe(self) -> dict:
        return {"kind": self.kind, "sheet": self.sheet}

    def __iter__(self) -> Iterator:
        return records(self._rows(), skipped=self.skipped)

    def _rows(self) -> Iterator[tuple[int, list[str]]]:
        done: list[tuple[int, list[str]]] = []
        # data: inside the cell's Data; comment: inside its Comment (a note's own Data)
        state = {"sheet": 0, "in": False, "row": 0, "column": 0, "size": 0, "data": 0,
                 "comment": 0}  # fmt: skip
        cells: dict[int, list[str]] = {}
        text: list[str] | None = None
        # Cells merged down (ss:MergeDown): column -> (the last row covered, the cell's text)
        down: dict[int, tuple[int, list[str]]] = {}

        def start(name, attrs):
            nonlocal text
            if name == _WORKSHEET:
                state["sheet"] += 1
                title = attrs.get(f"{SS} Name", "")
                chosen = title == self._wanted if self._wanted is not None else state["sheet"] == 1
                state.update({"in": chosen, "row": 0})
                if chosen:
                    self.sheet = title
            elif not state["in"]:
                return
            elif name == _ROW:
                state["row"] = _index(attrs, state["row"], LAST_ROW)
                state.update(column=0, size=0)
                cells.clear()
            elif name == _CELL:
                state["column"] = _index(attrs, state["column"], LAST_COLUMN)
                cells[state["column"]] = text = []
                across = attrs.get(f"{SS} MergeAcross", "0")
                state["across"] = int(across) if across.isdecimal() else 0
                below = attrs.get(f"{SS} MergeDown", "0")
                if below.isdecimal() and int(below) > 0:
                    down[state["column"]] = (min(state["row"] + int(below), LAST_ROW), text)
                state.update(data=0, comment=0)
            elif name == _COMMENT:
                state["comment"] += 1
            elif name == _DATA and not state["comment"]:
                state["data"] += 1
            # Text anywhere inside a cell's Data: rich text wraps it in html:Font, html:B...
            # Only there: a cell's Comment (a note, its own ss:Data inside) and Japanese
            # Excel's x:PhoneticText (the reading, ヤマダ beside 山田) are not its value; a
            # note was read into the name (`Ann Leenote`).

        def end(name):
            nonlocal text
            if not state["in"]:
                return
            if name == _COMMENT:
                state["comment"] -= 1
            elif name == _DATA and not state["comment"]:
                state["data"] -= 1
            elif name == _CELL:
                text = None
                state["column"] = min(state["column"] + state.pop("across", 0), LAST_COLUMN)
            elif name == _ROW:
                for column, (last, parts) in list(down.items()):
                    if last < state["row"]:
                        del down[column]
                    elif column not in cells or not "".join(cells[column]).strip():
                        cells[column] = parts  # a cell merged down over this row
                width = max(cells, default=0)
                fields = [""] * width
                for column, parts in cells.items():
                    fields[column - 1] = "".join(parts).strip()
                done.append((state["row"], fields))
                cells.clear()
            elif name == _WORKSHEET:
                state["in"] = False
                down.clear()

        def data(chunk):
            if text is None or not state["data"] or state["comment"]:
                return
            if state["size"] <= ROW_LIMIT:  # past it: a reject
                text.append(chunk)
                state["size"] += len(chunk)

        def no_doctype(*_):
            raise InputError(f"{self.path}: an XML spreadsheet with a document type declaration")

        parser = expat.ParserCreate(namespace_separator=" ")
        parser.buffer_text = True
        parser.StartElementHandler, parser.EndElementHandler = start, end
        parser.CharacterDataHandler = data
        parser.StartDoctypeDeclHandler = no_doctype
        self._raw.seek(0)
        try:
            while chunk := self._raw.read(CHUNK):
                parser.Parse(chunk, False)
                yield from done
                done.clear()
            parser.Parse(b"", True)
        except (expat.ExpatError, LookupError) as error:  # LookupError: an unknown encoding
            raise InputError(f"{self.path}: a damaged XML spreadsheet ({error})") from None
        yield from done
        if self.sheet is None:
            wanted = f"no worksheet {self._wanted!r}" if self._wanted else "no worksheet"
            raise InputError(f"{self.path}: an XML spreadsheet with {wanted}")

    def close(self) -> None:
        self._raw.close()
