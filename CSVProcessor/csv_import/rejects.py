"""The rejects report: one CSV row per rejected record, ready to fix and re-import.

Columns: line, reason, message, then the input file's own columns. The reader
ignores the first three, so a fixed report can be imported as it is.
Written as UTF-8 with a BOM (utf-8-sig) so Excel shows accents right; our
reader strips the BOM. Cells that Excel would run as formulas are neutralized
with a leading quote, as OWASP's CSV-injection guidance advises, also when
spaces, a no-break space or a fullwidth sign (＝＋－＠) come first. Reading a
rejects file back (its header starts line,reason,message) takes those quotes
off again, so a fixed report stores exactly what the person typed.
"""

import csv
import unicodedata

from csv_import.private_files import create_private

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
REPORT_COLUMNS = ["line", "reason", "message"]


class RejectsWriter:
    """Context manager writing Reject objects to `path`."""

    def __init__(self, path, header: list[str], input_path: str | None = None):
        self.path = path
        self.count = 0
        self._file = create_private(path, "rejects file", input_path, encoding="utf-8-sig")
        self._csv = csv.writer(self._file)
        self._csv.writerow(["line", "reason", "message", *map(neutralize, header)])

    def write(self, reject) -> None:
        fields = [neutralize(f) for f in reject.fields]
        self._csv.writerow([reject.line, reject.code, neutralize(reject.message), *fields])
        self.count += 1

    def close(self) -> None:
        self._file.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def is_formula(cell: str) -> bool:
    if cell.startswith(_FORMULA_STARTS):
        return True
    rest = cell.lstrip()  # spaces and NBSP: spreadsheets skip them
    return bool(rest) and unicodedata.normalize("NFKC", rest[0]) in "=+-@"


def neutralize(cell: str) -> str:
    """Prefix a cell that a spreadsheet would read as a formula with a single quote."""
    return "'" + cell if is_formula(cell) else cell


def restore(cell: str) -> str:
    """What neutralize() was given: the quote it added comes off, nothing else."""
    return cell[1:] if cell.startswith("'") and is_formula(cell[1:]) else cell
