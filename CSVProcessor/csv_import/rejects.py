"""The rejects report: one CSV row per rejected record, ready to fix and re-import.

Columns: line, reason, message, then the input file's own columns. The reader
ignores the first three, so a fixed report can be imported as it is.
Written as UTF-8 with a BOM (utf-8-sig) so Excel shows accents right; our
reader strips the BOM. Cells that Excel would run as formulas are neutralized
with a leading quote, as OWASP's CSV-injection guidance advises.
"""

import csv

from csv_import.private_files import create_private

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class RejectsWriter:
    """Context manager writing Reject objects to `path`."""

    def __init__(self, path, header: list[str], input_path: str | None = None):
        self.path = path
        self.count = 0
        self._file = create_private(path, "rejects file", input_path)
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


def neutralize(cell: str) -> str:
    """Prefix a cell that a spreadsheet would read as a formula with a single quote."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell
