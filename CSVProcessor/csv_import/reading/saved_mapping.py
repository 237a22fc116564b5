"""Saved mappings (--save-mapping FILE, --mapping FILE): what was decided, to decide it again.

The file is JSON: the file's kind, encoding, delimiter and sheet, the header line
(null: no header, columns by position) and the header itself, and the columns of
each role by header name: `email` (ranked), `full_name` (whole-name columns, the
first holding a name wins) and `name_parts` (joined in this order), with
`name_order`, and the known fields' columns (`phone`, `company`, `job_title`; a
mapping saved before they existed has none). Reusing it skips the guesses: the
encoding and delimiter are taken as given (unless --encoding/--delimiter say
otherwise), the header is the saved line when it holds the saved columns, else the
first record that does.
"""

import json

from csv_import.errors import InputError, UsageError
from csv_import.options import DELIMITER_SPELLINGS, delimiter_of
from csv_import.private_files import create_private

VERSION = 1
ROLES = ("email", "full_name", "name_parts", "phone", "company", "job_title")


def load(path: str) -> dict:
    """The saved mapping; UsageError (one line) if it can't be read or isn't one."""
    try:
        with open(path, encoding="utf-8") as handle:
            saved = json.load(handle)
    except OSError as error:
        raise UsageError(f"--mapping {path}: cannot read: {error.strerror}") from None
    except (ValueError, UnicodeDecodeError) as error:
        raise UsageError(f"--mapping {path}: not JSON ({error})") from None
    if not isinstance(saved, dict) or saved.get("version") != VERSION:
        raise UsageError(f"--mapping {path}: not a saved mapping (version {VERSION})")
    for role in ROLES:
        if not isinstance(saved.get(role, []), list):
            raise UsageError(f"--mapping {path}: {role!r} must be a list of column names")
    if not saved.get("email") or not (saved.get("full_name") or saved.get("name_parts")):
        raise UsageError(f"--mapping {path}: needs email and full_name or name_parts columns")
    # Read as --delimiter reads it: a hand-edited "TAB" (or 5) stopped csv's reader with a
    # TypeError, a traceback and exit 1.
    delimiter = saved.get("delimiter")
    try:
        if delimiter is not None and not isinstance(delimiter, str):
            raise UsageError(delimiter)
        saved["delimiter"] = delimiter_of(delimiter)
    except UsageError:
        raise UsageError(f"--mapping {path}: delimiter: {DELIMITER_SPELLINGS}") from None
    saved["path"] = path
    return saved


def as_saved(people) -> dict:
    """What `people` (an open PeopleFile) decided, as a saved mapping."""
    if people.table is None:
        raise InputError(f"{people.path}: vCards have no columns: no mapping to save")
    mapping = people.table.mapping
    header = mapping.header
    return {
        "version": VERSION,
        "kind": people.kind,
        "encoding": people.encoding,
        "delimiter": people.delimiter,
        "sheet": getattr(people.source, "sheet", None),
        "header_line": people.header_line,
        "header": header,
        "email": [header[i] for i in mapping.email],
        "full_name": [header[i] for i in mapping.full],
        "name_parts": [header[i] for i in mapping.parts],
        "family_name": None if mapping.family is None else header[mapping.family],
        "name_order": "family first" if mapping.family_first else "as listed",
        "phone": [header[i] for i in mapping.phone],
        "company": [header[i] for i in mapping.company],
        "job_title": [header[i] for i in mapping.job_title],
    }


def save(path: str, people, input_path: str) -> None:
    """Write the mapping of `people` to a new private file (nothing is overwritten)."""
    with create_private(path, "mapping file", input_path) as handle:
        json.dump(as_saved(people), handle, ensure_ascii=False, indent=1)
        handle.write("\n")
