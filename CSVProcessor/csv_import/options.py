"""What one import is asked to do: a typed, frozen options object any front end can build.

`run_import(ImportOptions(file="people.csv", wait=True), settings)` is what the CLI
calls after parsing its arguments; a web page or a test calls the same. The options
check themselves (UsageError, exit 2), so every front end gets the same rules.
A new reading option is a field here and one line in `reading()`: the importer calls
`open_people(options.file, **options.reading(), ...)` in one place.
"""

import codecs
from dataclasses import dataclass

import phonenumbers

from csv_import.errors import UsageError
from people_import_contract.limits import MAX_ROWS_PER_MESSAGE, is_import_id
from people_import_contract.messages import MERGE_POLICIES

DELIMITERS = (",", ";", "\t", "|")
# What --delimiter (and the page's `delimiter`) takes beside the character itself: the names
# a user types for it, in any case. `\t` is what a shell passes for `--delimiter '\t'`, `bar`
# the page's word for |. No space: the reader never detects one, and it splits names.
DELIMITER_NAMES = {"\\t": "\t", "tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|",
                   "bar": "|"}  # fmt: skip
DELIMITER_SPELLINGS = (
    "one of , ; | or a TAB character, or " + ", ".join(list(DELIMITER_NAMES)[:-1])
    + f" or {list(DELIMITER_NAMES)[-1]} (in any case)"
)  # fmt: skip
STDOUT = "-"  # --rejects -: the rejects CSV on standard output
# What a file of people holds: a decoder that gives this back, fed one byte at a time,
# reads files as a stream of text. punycode, idna and undefined don't; base64, rot13 and
# zlib are no text encodings at all.
PROBE = 'full_name,email;\t|"\r\n Ann Lee <ann@example.com> 0123456789\n' + "x" * 80 + "\n"


@dataclass(frozen=True)
class ImportOptions:
    file: str  # a path, or "-" for standard input
    batch_size: int = 1  # rows per message; above 1, bulk mode
    encoding: str | None = None  # None: decided on the file's evidence
    delimiter: str | None = None
    name_columns: tuple[str, ...] | None = None
    email_columns: tuple[str, ...] | None = None
    sheet: str | None = None
    no_header: bool = False  # the first row is data: columns by position ("1", "2") or content
    header_line: int | None = None  # the header's physical line (a workbook's row number)
    mapping: str | None = None  # a saved mapping to reuse (--mapping FILE)
    save_mapping: str | None = None  # where to write what was decided (--save-mapping FILE)
    rejects: str | None = None  # None: <LOGS_DIR>/<import_id>.rejects.csv; "-": stdout
    dry_run: bool = False
    wait: bool = False
    check_deliverability: bool = False
    region: str | None = None  # phone numbers without +CC are from here (ISO 3166, "DE")
    merge: str = "overwrite"  # how a write meets an existing person: MERGE_POLICIES
    keep_columns: bool = False  # the row's other columns, stored as `attributes`
    stall_seconds: float | None = None  # None: the settings' STALL_SECONDS
    verbose: bool = False
    # None: a new id at the start. The import page names the import when the file is uploaded.
    import_id: str | None = None

    @property
    def file_name(self) -> str:
        """The file's name as text for the summary, the job record and the import's record:
        a name that is not UTF-8 (Linux allows any bytes) arrives with lone surrogates, which
        redis-py, PostgreSQL and strict JSON readers refuse (the CLI stopped with a traceback,
        exit 1, after it had opened the file). Its undecodable bytes are shown as U+FFFD."""
        return self.file.encode("utf-8", "surrogateescape").decode("utf-8", "replace")

    def __post_init__(self):
        if not self.file:
            raise UsageError("no file to import: csvprocessor FILE (or -csv FILE)")
        if not 1 <= self.batch_size <= MAX_ROWS_PER_MESSAGE:
            raise UsageError(f"--batch-size: from 1 to {MAX_ROWS_PER_MESSAGE}")
        if self.delimiter is not None and self.delimiter not in DELIMITERS:
            raise UsageError(f"--delimiter: {DELIMITER_SPELLINGS}")
        if self.encoding is not None:
            check_encoding(self.encoding)
        if self.merge not in MERGE_POLICIES:
            raise UsageError(f"--merge: one of {', '.join(MERGE_POLICIES)}")
        if self.region is not None and self.region not in phonenumbers.SUPPORTED_REGIONS:
            raise UsageError(f"--region: {self.region!r} is not a region code (e.g. DE, US, FR)")
        if self.import_id is not None and not is_import_id(self.import_id):
            raise UsageError(f"{self.import_id!r} is not an import id")
        if self.mapping and (
            self.name_columns or self.email_columns or self.no_header or self.header_line
        ):
            raise UsageError(
                "--mapping chooses the columns: "
                "leave out --*-columns, --no-header and --header-line"
            )
        if self.header_line is not None and (self.header_line < 1 or self.no_header):
            raise UsageError("--header-line: a line number from 1, without --no-header")

    def reading(self) -> dict:
        """The keywords of `open_people` these options set."""
        return {
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "name_columns": list(self.name_columns) if self.name_columns else None,
            "email_columns": list(self.email_columns) if self.email_columns else None,
            "sheet": self.sheet,
            "no_header": self.no_header,
            "header_line": self.header_line,
            "keep_columns": self.keep_columns,
        }


def delimiter_of(text: str | None) -> str | None:
    """The delimiter `text` names (DELIMITER_SPELLINGS): the CLI's --delimiter and the page's
    `delimiter` alike. None or "": none, the file's evidence decides. Around a name or a
    character, spaces are ignored. UsageError (exit 2) naming every spelling otherwise."""
    if not text:
        return None
    if text in DELIMITERS:  # a TAB typed as one: kept before spaces are trimmed
        return text
    word = text.strip(" ").lower()
    if word in DELIMITERS:
        return word
    if word in DELIMITER_NAMES:
        return DELIMITER_NAMES[word]
    raise UsageError(f"--delimiter: {DELIMITER_SPELLINGS}")


def check_encoding(name: str) -> None:
    """UsageError unless `name` is a codec that reads text from a stream of bytes (PROBE)."""
    try:
        codecs.lookup(name)
    except (LookupError, ValueError):  # ValueError: a NUL in the name (the page's field can)
        raise UsageError(f"--encoding: unknown encoding {name!r} (try utf-8 or cp1252)") from None
    try:
        data = codecs.getincrementalencoder(name)().encode(PROBE, final=True)
        decoder = codecs.getincrementaldecoder(name)()
        text = "".join(decoder.decode(data[i : i + 1]) for i in range(len(data)))
        if text + decoder.decode(b"", final=True) == PROBE:
            return
    except (LookupError, UnicodeError, TypeError, ValueError):
        pass  # codecs.lookup finds bytes-to-bytes codecs too: str.encode refuses them
    raise UsageError(f"--encoding: {name!r} is not a text encoding (try utf-8 or cp1252)")
