"""The command line: `python csvprocessor.py FILE` (or `-csv FILE`; the `csvprocessor` script).

    csvprocessor.py FILE [--wait] [--json] [--batch-size N] ...
    csvprocessor.py status IMPORT_ID [--json]
    csvprocessor.py list [--limit N] [--json]
    csvprocessor.py undo IMPORT_ID [--wait] [--json]
    csvprocessor.py dead-letters [--json]
    csvprocessor.py replay IMPORT_ID|--all [--json]
    csvprocessor.py web [--host 127.0.0.1] [--port 8080]   (the import page)

This module parses arguments into ImportOptions, calls run_import and maps what
happened to an exit code (errors.EXIT_CODES: the same table for every command).
"""

import os
import sys
from importlib.metadata import version

from csv_import import dead_letters, listing, report, status, undo
from csv_import.errors import (
    INTERRUPTED,
    READER_GONE,
    ROWS_FAILED,
    SERVICE_FAILED,
    USAGE,
    CliError,
    UsageError,
    report_failure,
)
from csv_import.importer import run_import
from csv_import.options import DELIMITER_SPELLINGS, STDOUT, ImportOptions, delimiter_of
from csv_import.settings import Settings
from csv_import.stopping import StopSignals
from csv_import.usage import CommandParser, positive_int, seconds, wants_json


def web(argv: list[str], settings) -> int:
    """`web`: the import page (csv_import/web/), loaded only when asked for."""
    from csv_import.web.command import main as web_main

    return web_main(argv, settings)


COMMANDS = {
    "status": status.main,
    "list": listing.main,
    "undo": undo.main,
    "dead-letters": dead_letters.list_main,
    "replay": dead_letters.replay_main,
    "web": web,
}


def column_list(several: str | None, one: str | None) -> tuple[str, ...] | None:
    """--name-columns "A,B" (or --name-column A) as header names."""
    if several:
        return tuple(name.strip() for name in several.split(",") if name.strip()) or None
    return (one,) if one else None


def build_parser() -> CommandParser:
    parser = CommandParser(
        prog="csvprocessor.py",
        usage="%(prog)s FILE [options]  (or -csv FILE; or a command: "
        + ", ".join(COMMANDS) + " — see %(prog)s COMMAND --help)",
        description="Import people (full name, email) from a file into StorePeople.",
    )  # fmt: skip
    add = parser.add_argument
    add("file", nargs="?", metavar="FILE", help="the file to import; - reads standard input")
    add("-csv", "--csv", metavar="FILE", help="the same, as the original spelled it")
    add("--version", action="version", version=f"%(prog)s {version('people-import-csvprocessor')}")
    add("--wait", action="store_true", help="wait until every row is stored or failed")
    add("--json", action="store_true", help="print one JSON object on stdout")
    add(
        "--batch-size",
        type=positive_int,
        default=1,
        metavar="N",
        help="rows per task (default 1: one task per row; bulk mode above 1, max 10000)",
    )
    add("--encoding", help="file encoding (default: detected)")
    add(
        "--delimiter",
        help=f"field delimiter, {DELIMITER_SPELLINGS} (default: detected among them)",
    )
    add(
        "--name-columns",
        metavar="H1,H2",
        help='the name\'s columns, joined in this order (e.g. "First Name,Last Name")',
    )
    add("--email-columns", metavar="H1,H2", help="the email columns, the first valid one wins")
    add("--name-column", metavar="H", help="one name column (--name-columns H)")
    add("--email-column", metavar="H", help="one email column")
    add(
        "--sheet",
        metavar="NAME",
        help="a workbook's sheet, hidden or not (default: the active one, else the first visible)",
    )
    add(
        "--no-header",
        action="store_true",
        help="the first row is data: columns found by content, or named by position "
        '(--email-columns 2 --name-columns "1")',
    )
    add(
        "--header-line",
        type=int,
        metavar="N",
        help="the header is on line N (a workbook's row N): the lines before it are skipped "
        "(default: found by scoring the first 50 records)",
    )
    add("--save-mapping", metavar="FILE", help="write what was decided (columns, encoding...)")
    add("--mapping", metavar="FILE", help="reuse a mapping written by --save-mapping")
    add(
        "--rejects",
        metavar="PATH",
        help="CSV of rejected rows (default: logs/<import>.rejects.csv; - for stdout, "
        "then the summary goes to stderr)",
    )
    add("--dry-run", action="store_true", help="read and validate, enqueue nothing")
    add(
        "--check-deliverability",
        action="store_true",
        help="check each email domain in DNS (MX, then A/AAAA)",
    )
    add(
        "--keep-columns",
        action="store_true",
        help="also store the row's other columns, by header, as the person's attributes "
        "(at most 8 KB a row)",
    )
    add(
        "--merge",
        choices=("overwrite", "fill-blanks", "insert-only"),
        default="overwrite",
        help="how a row meets a person already stored: overwrite every field (default), "
        "fill-blanks (only the person's empty fields), insert-only (existing people untouched)",
    )
    add(
        "--region",
        metavar="XX",
        help="the country of phone numbers written without +CC (e.g. DE, US): they are "
        "stored in E.164 (+4930...); without it, only numbers with + are",
    )
    add(
        "--stall-timeout",
        type=seconds,
        metavar="SECONDS",
        help="with --wait: give up after this long without progress (default STALL_SECONDS)",
    )
    add("-v", "--verbose", action="store_true", help="log INFO to stderr too")  # fmt: skip
    return parser


def import_options(argv: list[str]) -> tuple[ImportOptions, bool]:
    """(the import's options, --json); UsageError for anything argparse or the options refuse."""
    args = build_parser().parse_args(argv)
    if args.file and args.csv and args.file != args.csv:
        raise UsageError("two files given (FILE and -csv): import one at a time")
    if args.rejects == STDOUT and args.json:
        raise UsageError("--rejects - and --json both want stdout: choose one")
    options = ImportOptions(
        file=args.csv or args.file or "",
        batch_size=args.batch_size,
        encoding=args.encoding,
        delimiter=delimiter_of(args.delimiter),
        name_columns=column_list(args.name_columns, args.name_column),
        email_columns=column_list(args.email_columns, args.email_column),
        sheet=args.sheet,
        no_header=args.no_header,
        header_line=args.header_line,
        mapping=args.mapping,
        save_mapping=args.save_mapping,
        rejects=args.rejects,
        dry_run=args.dry_run,
        wait=args.wait,
        check_deliverability=args.check_deliverability,
        region=args.region.upper() if args.region else None,
        merge=args.merge,
        keep_columns=args.keep_columns,
        stall_seconds=args.stall_timeout,
        verbose=args.verbose,
    )
    return options, args.json


def program() -> int:
    """The process's entry point (csvprocessor.py, the `csvprocessor` script): main, and
    once an import is over, a signal no longer cuts the process's exit (stopping.py).

    Two things no command can report in its own line, each with its exit code: Ctrl-C
    outside an import's reading (starting up, a command waiting on a service), and a
    reader of stdout gone (`| head -1`), which Python raises as BrokenPipeError at the next
    print. That one follows Python's recipe (docs of `signal`, "Note on SIGPIPE"): stdout
    pointed at /dev/null, so the interpreter's flush at exit doesn't raise it again."""
    try:
        return main(final=True)
    except KeyboardInterrupt:
        return report_failure("interrupted (Ctrl-C)", INTERRUPTED, wants_json(sys.argv[1:]))
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return READER_GONE


def main(argv=None, final: bool = False) -> int:
    argv = sys.argv[1:] if argv is None else argv
    as_json = wants_json(argv)
    try:
        settings = Settings.from_env()
    except ValueError as error:  # a malformed number or URL, an unknown queue type
        return report_failure(f"configuration: {error}", USAGE, as_json)
    if argv[:1] and argv[0] in COMMANDS:
        return COMMANDS[argv[0]](argv[1:], settings)
    try:
        options, as_json = import_options(argv)
    except CliError as error:
        return report_failure(str(error), USAGE, as_json)
    try:
        with StopSignals(final) as stop:
            summary = run_import(options, settings, stop)
            # Printed while a signal is still ignored (stop.finish()): a SIGTERM as the
            # import ends must not cut its summary off.
            return print_summary(summary, options, as_json)
    except CliError as error:
        # Input errors name the file (and line) themselves; service errors get it here.
        where = "" if error.exit_code == USAGE else f"{options.file}: "
        fields = report.as_dict(error.summary) if error.summary is not None else None
        return report_failure(f"{where}{error}", error.exit_code, as_json, fields)
    except BrokenPipeError:
        raise  # stdout's reader gone: not a file's problem (program)
    except OSError as error:
        # A file the user named (--rejects, --save-mapping) that can't be created (a missing
        # folder): theirs to fix, exit 2. Else our own run log: a LOGS_DIR we may not write.
        named = error.filename is not None and error.filename in (
            options.rejects, options.save_mapping
        )  # fmt: skip
        if named:
            return report_failure(f"{error.filename}: cannot create: {error.strerror}", USAGE,
                                  as_json)  # fmt: skip
        message = f"{error.filename or options.file}: {error.strerror or error}"
        return report_failure(message, SERVICE_FAILED, as_json)


def print_summary(summary, options, as_json: bool) -> int:
    # With --rejects - the rejects CSV is on stdout: the summary goes to stderr.
    out = sys.stderr if options.rejects == STDOUT else sys.stdout
    print(report.to_json(summary) if as_json else report.to_text(summary), file=out)
    return ROWS_FAILED if summary.state == "done_with_failures" else 0
