"""Files we write hold people's names and emails: private, new, never the input.

Folders we create are 0700, every missing level of them (os.makedirs gives its
`mode` to the last one only), and files 0600, whatever the umask; a file is
created with O_EXCL, so an existing file, the input included, is never
overwritten or truncated. `-` is standard output (`--rejects -`), as `-csv -` is
standard input.
"""

import io
import os
import sys

from csv_import.errors import InputError

STDIO = "-"


def private_folder(path: str) -> None:
    """Create `path` and each missing parent as 0700; existing folders are left as they are."""
    missing = []
    folder = os.path.abspath(path)
    while not os.path.isdir(folder):
        missing.append(folder)
        folder = os.path.dirname(folder)
    for folder in reversed(missing):
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:
            if not os.path.isdir(folder):
                raise
            continue  # made meanwhile by another process: theirs, left as it is
        os.chmod(folder, 0o700)  # mkdir's mode goes through the umask


def refuse_existing(path: str, what: str, input_path: str | None = None) -> None:
    """InputError if writing `path` would overwrite a file (the input above all)."""
    if path == STDIO:
        return
    if input_path not in (None, STDIO) and os.path.exists(path):
        try:
            same = os.path.samefile(path, input_path)
        except OSError:
            same = False  # the input is gone: it can't be overwritten
        if same:
            raise InputError(
                f"{input_path}: {what} {path} is the input file itself; choose another"
            )
    if os.path.lexists(path):
        raise InputError(f"{path}: {what} exists already; name a new file (nothing is overwritten)")


def create_private(path: str, what: str, input_path: str | None = None, encoding="utf-8"):
    """A new file opened for writing text, 0600 (`-`: standard output); InputError if it exists."""
    if path == STDIO:
        return StdoutText(encoding)
    refuse_existing(path, what, input_path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # created since the check
        raise InputError(
            f"{path}: {what} exists already; name a new file (nothing is overwritten)"
        ) from None
    return os.fdopen(fd, "w", encoding=encoding, newline="")


class StdoutText(io.TextIOWrapper):
    """Standard output as a text file of its own (encoding, no newline translation).

    Closing it leaves standard output open: it detaches instead.
    """

    def __init__(self, encoding: str):
        sys.stdout.flush()
        super().__init__(sys.stdout.buffer, encoding=encoding, newline="", write_through=True)
        self.detached = False

    def close(self) -> None:
        if not self.detached:
            self.detached = True
            self.flush()
            self.detach()
