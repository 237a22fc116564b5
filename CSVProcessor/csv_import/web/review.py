"""What the page shows before anything is sent: the mapping review and the preview.

`inspect_file` opens the upload with the CLI's reader (open_people) and
describes each column: a few sample values, the role the reader decided (name
part, email, ignored) and why. `preview` is the CLI's `--dry-run` on the same
options (compared with the table when DATABASE_URL is set, under the import's merge
policy), with the first rejected lines of each reason read back from its rejects file.
"""

import csv
import hashlib
import os
from collections import defaultdict
from itertools import islice

from python_calamine import CalamineWorkbook

from csv_import.importer import run_import
from csv_import.options import ImportOptions
from csv_import.reading import open_people
from csv_import.reading.vocabulary import read_header
from csv_import.report import as_dict

SAMPLES = 5
REJECT_EXAMPLES = 3
ROLES = ("name", "email", "ignored")
WORKBOOKS = ("xlsx", "xls", "ods")


def inspect_file(path: str, name_columns=None, email_columns=None, settings=None,
                 sheet=None, header_line=None, encoding=None, delimiter=None) -> dict:  # fmt: skip
    """The file's kind, encoding, header line and columns with samples and roles
    (`encoding`, `delimiter`: the user's, as --encoding and --delimiter; None: the evidence's)."""
    fast = settings.fast_paths if settings else True
    with open_people(path, name_columns=name_columns, email_columns=email_columns,
                     sheet=sheet, fast_paths=fast, header_line=header_line,
                     encoding=encoding, delimiter=delimiter) as people:  # fmt: skip
        rows = list(islice(people.rows(), SAMPLES))
        read = {"kind": people.kind, "encoding": people.encoding, "delimiter": people.delimiter,
                "header_line": people.header_line, "mapping": people.mapping_line(),
                "sheet": getattr(people.source, "sheet", None),
                "sheets": sheet_names(path) if people.kind in WORKBOOKS else []}  # fmt: skip
        if people.table is None:  # vCards, LDIF: the fields are the format's own
            return {**read, "columns": [], "editable": False}
        mapping = people.table.mapping
        chosen = {"name": bool(name_columns), "email": bool(email_columns)}
        columns = []
        for i, header in enumerate(people.header):
            role = "name" if i in mapping.name else "email" if i in mapping.email else "ignored"
            samples = [row.fields[i] for row in rows if i < len(row.fields)]
            columns.append({"index": i, "header": header, "role": role, "samples": samples,
                            "evidence": evidence(header, role, chosen.get(role, False),
                                                 samples)})  # fmt: skip
        return {**read, "columns": columns, "editable": True}


def sheet_names(path: str) -> list[str]:
    """A workbook's sheets, to choose from (calamine reads the names without the cells)."""
    with CalamineWorkbook.from_path(path) as workbook:
        return list(workbook.sheet_names)


def header_key_of(header: list[str]) -> str:
    """Files with the same header share a saved mapping: the header's digest names it."""
    return hashlib.sha256("\x1f".join(header).encode()).hexdigest()


def evidence(header: str, role: str, chosen: bool, samples: list[str]) -> str:
    """Why a column has its role, in a few words."""
    with_at = sum("@" in s for s in samples)
    seen = f"; {with_at} of {len(samples)} samples hold an @" if samples else ""
    if chosen and role != "ignored":
        return "your choice" + seen
    words = read_header(header)  # the reader's own vocabulary (reading/words/)
    if role == "email":
        return "the header names an email column" + seen
    if role == "name":
        return "the header names a person's name (or a part of it)"
    if words.has("exclude"):
        return "a company, title or account column: never a person's name"
    if words.has("email"):
        return "an email column, not chosen"
    return "not a name or an email header" + seen


def columns_from_roles(header: list[str], roles: dict[int, str]) -> tuple[tuple, tuple]:
    """(name columns, email columns) as --name-columns/--email-columns, in the file's order."""
    pick = lambda role: tuple(h for i, h in enumerate(header) if roles.get(i) == role)  # noqa: E731
    return pick("name"), pick("email")


def preview(path: str, rejects_path: str, settings, name_columns=None, email_columns=None,
            sheet=None, header_line=None, merge="overwrite", keep_columns=False,
            region=None, encoding=None, delimiter=None):  # fmt: skip
    """The dry run's summary (a dict), and the first rejected lines of each reason.

    With the import's own merge policy, kept columns, region, encoding and delimiter: would
    insert / update / unchanged are what the import will do.
    """
    if os.path.exists(rejects_path):
        os.unlink(rejects_path)  # the previous preview's
    options = ImportOptions(file=path, dry_run=True, rejects=rejects_path,
                            name_columns=name_columns or None,
                            email_columns=email_columns or None, sheet=sheet,
                            header_line=header_line, merge=merge, keep_columns=keep_columns,
                            region=region, encoding=encoding,
                            delimiter=delimiter)  # fmt: skip
    try:
        summary = as_dict(run_import(options, settings))
        return summary, first_rejects(rejects_path)
    finally:
        if os.path.exists(rejects_path):  # it holds people's data: read, then gone
            os.unlink(rejects_path)


def first_rejects(path: str) -> dict[str, list[dict]]:
    """{reason: [{line, message, fields}]}, REJECT_EXAMPLES of each."""
    examples: defaultdict[str, list[dict]] = defaultdict(list)
    with open(path, encoding="utf-8-sig", newline="") as f:
        for record in islice(csv.reader(f), 1, None):
            line, reason, message, *fields = record
            if len(examples[reason]) < REJECT_EXAMPLES:
                examples[reason].append({"line": line, "message": message, "fields": fields})
    return dict(examples)
