"""What can go wrong, each with its exit code: one table for every command.

Library code raises these; `cli.main` (and each command's `main`) prints
`str(error)` as one line on stderr, with `--json` also one JSON object on
stdout, and exits with `error.exit_code`. Nothing else reaches the user.
The line is shown with its control and format characters escaped (`\\x1b`, `\\n`):
it may quote a file name or an argument, which can hold any of them.
"""

import json
import sys
from typing import TYPE_CHECKING

from csv_import.invisible import shown

if TYPE_CHECKING:
    from csv_import.report import Summary

# The exit codes of every command (docs/cli.md "Exit codes"; `--help` prints this table).
SUCCESS, SERVICE_FAILED, USAGE, ROWS_FAILED, INTERRUPTED = 0, 1, 2, 3, 130
READER_GONE = 141  # 128 + SIGPIPE, as a shell reports a command a closed pipe killed
EXIT_CODES = {
    SUCCESS: "done: every row read was enqueued or rejected with a reason (with --wait: and "
    "every enqueued row stored); status, list, dead-letters: answered; undo: undone or "
    "enqueued; replay: replayed (or nothing left to replay)",
    SERVICE_FAILED: "a service failed: the broker, the result backend or the database is "
    "unreachable, no worker is consuming, the import stalled, or it failed mid-file "
    "(rerun the same command once fixed)",
    USAGE: "nothing was done: a usage error, a malformed setting or URL, a file that can't be "
    "read as a table of people, an unknown import id, an undo refused",
    ROWS_FAILED: "the import finished, but some rows could not be stored (state "
    "done_with_failures): each reason is printed with what to do",
    INTERRUPTED: "interrupted (Ctrl-C, SIGTERM): what RabbitMQ confirmed is recorded; "
    "rerunning the same command finishes the import",
    READER_GONE: "the reader of standard output went away (a `head -1` reading it) before all was "
    "printed: the command itself ran to its end (an import's job record and status say "
    "how); nothing more is printed",
}


def exit_codes_text() -> str:
    return "exit codes:\n" + "\n".join(f"  {code:<4} {text}" for code, text in EXIT_CODES.items())


class CliError(Exception):
    """Base class: a failure the user can act on, with a one-line message."""

    exit_code = SERVICE_FAILED
    summary: "Summary | None" = None  # an import's summary as it stood when it failed
    # The import page's: the choices its advice asks for (("encoding",)), and the upload
    # kept to be read again with them.
    choose: tuple[str, ...] = ()
    import_id: str | None = None


class InputError(CliError):
    """The file can't be read as a table of people (missing, not text, no email column...)."""

    exit_code = USAGE


class UsageError(CliError):
    """A bad option or argument, or a malformed setting: nothing was done."""

    exit_code = USAGE


class ServiceError(CliError):
    """A service the import needs (broker, result backend) failed or is unreachable."""

    exit_code = SERVICE_FAILED


class Interrupted(CliError):
    """Ctrl-C (SIGINT) or SIGTERM: the import stopped where it was; rerunning finishes it."""

    exit_code = INTERRUPTED


class Stop(BaseException):
    """Raised where a SIGTERM or a SIGINT stops the import (stopping.py)."""


def report_failure(message: str, code: int, as_json: bool, fields: dict | None = None) -> int:
    """One line on stderr; with --json, also one JSON object on stdout: `fields`, error, exit."""
    message = shown(message)  # one line, whatever it quotes: no escape reaches a terminal
    print(f"csvprocessor: {message}", file=sys.stderr)
    if as_json:
        print(json.dumps({**(fields or {}), "error": message, "exit": code}, sort_keys=True))
    return code
