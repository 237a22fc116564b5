"""The command line: `python csvprocessor.py -csv FILE` (or the `csvprocessor` console script).

    python csvprocessor.py -csv FILE [--wait] [--json] [--batch-size N] ...
    python csvprocessor.py status IMPORT_ID [--json]
    python csvprocessor.py undo IMPORT_ID [--wait] [--json]

Exit codes: 0 processed (rejected rows are reported, not fatal); 1 a service
failed (broker, result backend); 2 usage error or a file that can't be read
as a CSV of people (then nothing is enqueued).
"""

import argparse
import dataclasses
import json
import signal
import sys

from csv_import import report, status, undo
from csv_import.deliverability import DeliverabilityChecker
from csv_import.errors import CliError, InputError, Stop
from csv_import.importer import run_import
from csv_import.settings import Settings
from people_import_contract.limits import MAX_ROWS_PER_MESSAGE


def positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def stop(signum, frame):
    raise Stop


def fail(options, message: str, code: int, summary) -> int:
    """One line on stderr; with --json, also one JSON object on stdout (the counts so far)."""
    print(f"csvprocessor: {message}", file=sys.stderr)
    if options.json:
        counts = json.loads(report.to_json(summary)) if summary is not None else {}
        print(json.dumps({**counts, "error": message, "exit": code}, sort_keys=True))
    return code


def column_list(several: str | None, one: str | None) -> list[str] | None:
    """--name-columns "A,B" (or --name-column A) as a list of header names."""
    if several:
        return [name.strip() for name in several.split(",") if name.strip()] or None
    return [one] if one else None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="csvprocessor.py",
        description="Import people (full name, email) from a CSV file into StorePeople.",
        epilog="Also: csvprocessor.py status IMPORT_ID [--json]; "
        "csvprocessor.py undo IMPORT_ID [--wait] [--json]",
    )
    parser.add_argument(
        "-csv",
        "--csv",
        required=True,
        metavar="FILE",
        help="the file to import: CSV/TSV, .xlsx/.xls/.ods workbook or .vcf vCards",
    )
    parser.add_argument(
        "--wait", action="store_true", help="wait until every row is stored or failed"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    parser.add_argument(
        "--batch-size",
        type=positive_int,
        default=1,
        metavar="N",
        help="rows per task (default 1: one task per row; bulk mode above 1, max 10000)",
    )
    parser.add_argument("--encoding", help="file encoding (default: detected)")
    parser.add_argument("--delimiter", help="field delimiter (default: detected among , ; TAB |)")
    parser.add_argument(
        "--name-columns",
        metavar="H1,H2",
        help='the name\'s columns, joined in this order (e.g. "First Name,Last Name")',
    )
    parser.add_argument(
        "--email-columns", metavar="H1,H2", help="the email columns, the first valid one wins"
    )
    parser.add_argument("--name-column", metavar="H", help="one name column (--name-columns H)")
    parser.add_argument("--email-column", metavar="H", help="one email column")
    parser.add_argument("--sheet", metavar="NAME", help="a workbook's sheet (default: the first)")
    parser.add_argument(
        "--rejects",
        metavar="PATH",
        help="CSV of rejected rows (default: logs/<import>.rejects.csv)",
    )
    parser.add_argument("--dry-run", action="store_true", help="read and validate, enqueue nothing")
    parser.add_argument(
        "--check-deliverability",
        action="store_true",
        help="check each email domain in DNS (MX, then A/AAAA)",
    )
    parser.add_argument(
        "--stall-timeout",
        type=float,
        metavar="SECONDS",
        help="with --wait: give up after this long without progress (default 60)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log INFO to stderr too")
    return parser


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        settings = Settings.from_env()
    except ValueError as error:  # a malformed number or an unknown queue type
        print(f"csvprocessor: configuration: {error}", file=sys.stderr)
        return 2
    if argv[:1] == ["status"]:
        return status.main(argv[1:], settings)
    if argv[:1] == ["undo"]:
        return undo.main(argv[1:], settings)
    parser = build_parser()
    options = parser.parse_args(argv)
    if options.batch_size > MAX_ROWS_PER_MESSAGE:
        parser.error(f"--batch-size: at most {MAX_ROWS_PER_MESSAGE}")
    if options.delimiter and options.delimiter.replace("\\t", "\t") not in (",", ";", "\t", "|"):
        parser.error("--delimiter: one of , ; TAB (\\t) |")
    if options.delimiter:
        options.delimiter = options.delimiter.replace("\\t", "\t")
    options.name_columns = column_list(options.name_columns, options.name_column)
    options.email_columns = column_list(options.email_columns, options.email_column)
    if options.stall_timeout:
        settings = dataclasses.replace(settings, stall_seconds=options.stall_timeout)
    # SIGTERM (docker stop, kill) ends an import as Ctrl-C does: recorded, no traceback.
    previous = signal.signal(signal.SIGTERM, stop)
    try:
        checker = DeliverabilityChecker() if options.check_deliverability else None
        summary = run_import(options, settings, checker)
    except CliError as error:
        # Input errors name the file (and line) themselves; service errors get it here.
        where = "" if isinstance(error, InputError) else f"{options.csv}: "
        return fail(options, f"{where}{error}", error.exit_code, getattr(error, "summary", None))
    except OSError as error:
        # Our own files (run log, rejects report): e.g. a logs/ folder we may not write.
        return fail(options, f"{options.csv}: {error.strerror}: {error.filename}", 1, None)
    except (KeyboardInterrupt, Stop):  # before the first row: nothing was enqueued
        return fail(options, f"{options.csv}: interrupted; nothing was enqueued", 130, None)
    finally:
        signal.signal(signal.SIGTERM, previous)
    print(report.to_json(summary) if options.json else report.to_text(summary))
    return 0
