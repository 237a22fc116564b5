"""The two kinds of failure the CLI reports, each with its exit code.

Library code raises these; `csvprocessor.main` prints `str(error)` as one line
on stderr and exits with `error.exit_code`. Nothing else reaches the user.
"""


class CliError(Exception):
    """Base class: a failure the user can act on, with a one-line message."""

    exit_code = 1


class InputError(CliError):
    """The file can't be read as a CSV of people (missing, not text, no email column...)."""

    exit_code = 2


class ServiceError(CliError):
    """A service the import needs (broker, result backend) failed or is unreachable."""

    exit_code = 1


class Interrupted(CliError):
    """Ctrl-C (SIGINT) or SIGTERM: the import stopped where it was; rerunning finishes it."""

    exit_code = 130


class Stop(BaseException):
    """Raised by the SIGTERM handler, like KeyboardInterrupt for SIGINT."""
