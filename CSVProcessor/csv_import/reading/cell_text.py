"""A workbook cell as text, the same whichever reader read it.

python-calamine (workbooks.py) hands over Python values: floats, bools,
dates, times, datetimes, timedeltas. The streaming .xlsx reader
(xlsx_stream.py) sees the raw XML: a number and its cell style. `serial_value`
turns a number under a date or duration format into the value python-calamine
gives (calamine's rules: ExcelDateTime.as_datetime, python-calamine's
CellValue), and `as_text` turns either into the one text both readers give:
whole numbers without ".0", dates `2024-01-15`, times `13:30:00`, datetimes
`2024-01-15T13:30:00`, durations `30:00:00` (hours past 24 kept, as Excel's
[h]:mm:ss shows them), booleans TRUE/FALSE.
"""

import datetime
import math
import re
from collections.abc import Iterator
from urllib.parse import unquote

from csv_import.rows import Record

DATE, DURATION = "date", "duration"  # the kinds of number format that are not plain numbers
_EPOCH = datetime.datetime(1899, 12, 30)
_DAY_MS = 86_400_000
_1904_OFFSET = 1462.0  # days between the 1900 and the 1904 date systems
# Beyond this many days (137,000 years) a date format is meaningless: the number stays.
# Past it calamine's milliseconds lose precision (2**52 ms) and then overflow chrono's
# TimeDelta, a panic: workbooks.py never lets calamine read such a cell.
SERIAL_LIMIT = 5e7


def as_text(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.timedelta):
        return _duration(value)
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return "" if value is None else str(value)


def _duration(value: datetime.timedelta) -> str:
    sign = "-" if value < datetime.timedelta(0) else ""
    micros = abs(value) // datetime.timedelta(microseconds=1)
    seconds, micros = divmod(micros, 1_000_000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    fraction = f".{micros:06d}" if micros else ""
    return f"{sign}{hours}:{minutes:02d}:{seconds:02d}{fraction}"


def _round(number: float) -> int:
    """Rust's f64::round: halves away from zero (Python's round() goes to even)."""
    return int(math.copysign(math.floor(abs(number) + 0.5), number))


def serial_value(number: float, kind: str | None, date1904: bool):
    """The value python-calamine gives for `number` under a `kind` format (None: a number)."""
    if kind is None or not abs(number) <= SERIAL_LIMIT:  # NaN and infinities too
        return number
    if kind == DURATION:
        return datetime.timedelta(milliseconds=_round(number * _DAY_MS))
    days = number + _1904_OFFSET if date1904 else number
    days = days if days >= 60 else days + 1  # Excel's 1900-02-29, which never was
    ms = _round(days * _DAY_MS)
    if number < 1.0:  # a time of day
        return (datetime.datetime.min + datetime.timedelta(milliseconds=ms % _DAY_MS)).time()
    try:
        moment = _EPOCH + datetime.timedelta(milliseconds=ms)
    except OverflowError:  # outside years 1-9999: python-calamine keeps the number
        return number
    return moment.date() if number.is_integer() else moment


_ISO_DATETIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?")
_ISO_TIME = re.compile(r"\d\d:\d\d:\d\d(\.\d{1,9})?")
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")


def iso_value(text: str):
    """A `t="d"` cell (an ISO 8601 text) as python-calamine reads it; the text if not one."""
    try:
        if "T" in text and _ISO_DATETIME.fullmatch(text):
            return datetime.datetime.fromisoformat(text[:26])
        if ":" in text and _ISO_TIME.fullmatch(text):
            return datetime.time.fromisoformat(text[:15])
        if _ISO_DATE.fullmatch(text):
            return datetime.date.fromisoformat(text)
    except ValueError:
        pass
    return text


ROW_LIMIT = 1 << 20  # characters of one row; more is a reject (row.too_large), as in a CSV
LAST_ROW, LAST_COLUMN = 1_048_576, 16_384  # Excel's last cell, XFD1048576


TOO_LARGE = ["(a row over ROW_LIMIT characters)"]  # what a reader yields for one, unread


TOTALS = "a table's total row"  # the skipped lines' reason (xlsx_parts.totals_rows)


def records(rows, totals=frozenset(), skipped=None) -> Iterator[Record]:
    """Records from (row number, fields) in order: the rows a sheet leaves out are blank,
    trailing blank rows are not rows, and a row over ROW_LIMIT characters is a reject.
    A row of `totals` (a table's Total Row) is a skipped line, counted in `skipped`."""
    last = 0
    for number, fields in rows:
        while fields and not fields[-1]:  # a sheet's width is not the row's
            fields.pop()
        if not fields:
            continue
        if number in totals:
            for gap in range(last + 1, number):
                yield Record(gap, gap, [])
            last = number
            skipped[TOTALS] = skipped.get(TOTALS, 0) + 1
            continue
        for gap in range(last + 1, number):
            yield Record(gap, gap, [])
        last = number
        if fields is TOO_LARGE or sum(map(len, fields)) > ROW_LIMIT:
            yield Record(number, number, [], "row.too_large")
        else:
            yield Record(number, number, fields)


def merged_down(rows, ranges) -> Iterator[tuple[int, list[str]]]:
    """(row number, fields) with the text of each cell merged down (a company, a name over
    the rows of its people; `ranges`: (first row, column, last row) in order of first row,
    read as the rows come) in the rows below it that it covers and that have a filled cell
    of their own, at its column, where that cell is empty: as an HTML rowspan and an XML
    Spreadsheet's ss:MergeDown are read. A workbook keeps the text in the first cell only;
    the rows below were `name.empty` rejects."""
    starts = iter(ranges)
    ahead = next(starts, None)
    down: dict[int, tuple[int, str]] = {}  # column -> (the last row covered, the text)
    for number, fields in rows:
        for column, (last, _) in list(down.items()):
            if last < number:
                del down[column]
        if down and any(fields):
            for column, (_, text) in down.items():
                if column >= len(fields):
                    fields = fields + [""] * (column + 1 - len(fields))
                if not fields[column]:
                    fields[column] = text
        while ahead is not None and ahead[0] <= number:
            first, column, last = ahead
            if first == number and column < len(fields) and fields[column]:
                down[column] = (last, fields[column])
            ahead = next(starts, None)
        yield number, fields


def mailto_address(href: str) -> str:
    """The address of a `mailto:` link (RFC 6068: the scheme in any case, `%`-escapes, a
    query after `?`), else "" (also for a link to several addresses or none)."""
    href = href.strip()
    if href[:7].casefold() != "mailto:":
        return ""
    address = unquote(href[7:].split("?", 1)[0]).strip()
    return address if address.count("@") == 1 and not any(c in address for c in " ,<>") else ""


def linked(rows, links) -> Iterator[tuple[int, list[str]]]:
    """(row number, fields) with each cell's `mailto:` hyperlink (`links`: first row, first
    column, last row, last column, address; in order of first row, read as the rows come)
    after its text when the text shows no address, `Ann Lee <ann@x.com>`, as an HTML
    table's `<a href="mailto:...">` is read: a name linked to mail it under an Email
    header was an `email.missing_at` reject, its address lost."""
    starts = iter(links)
    ahead = next(starts, None)
    active: list[tuple[int, int, int, int, str]] = []
    for number, fields in rows:
        while ahead is not None and ahead[0] <= number:
            active.append(ahead)
            ahead = next(starts, None)
        if active:
            active = [link for link in active if link[2] >= number]
        for _, first, _, last, address in active:
            for column in range(first, min(last + 1, len(fields))):
                text = fields[column]
                if text and "@" not in text:
                    fields[column] = f"{text} <{address}>"
        yield number, fields
