"""Files we write hold people's names and emails: private, new, never the input.

Folders we create are 0700 and files 0600 (whatever the umask); a file is
created with O_EXCL, so an existing file, the input included, is never
overwritten or truncated.
"""

import os

from csv_import.errors import InputError


def private_folder(path: str) -> None:
    """Create `path` (and its parents) as 0700; an existing folder is left as it is."""
    os.makedirs(path, mode=0o700, exist_ok=True)


def create_private(path: str, what: str, input_path: str | None = None, encoding="utf-8"):
    """A new file opened for writing text, 0600; InputError if the path already exists."""
    if input_path is not None and os.path.exists(path) and os.path.samefile(path, input_path):
        raise InputError(f"{input_path}: {what} {path} is the input file itself; choose another")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise InputError(
            f"{path}: {what} exists already; name a new file (nothing is overwritten)"
        ) from None
    return os.fdopen(fd, "w", encoding=encoding, newline="")
