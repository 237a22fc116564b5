"""Logging for one run: stderr for the user, plus a file under logs/ per import.

The file (0600, in a 0700 folder) is created by the first line logged, so a run
that fails before it logs anything (a missing file, a usage error) leaves no
empty log behind.
"""

import logging
import os
import sys
from typing import IO

from csv_import.private_files import create_private, private_folder
from people_import_contract.log_format import Fields, json_formatter

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class PrivateFileOnFirstWrite:
    """A stream for logging.StreamHandler: the private file exists once something is written."""

    def __init__(self, path: str):
        self.path = path
        self.file: IO[str] | None = None

    def write(self, text: str) -> None:
        if self.file is None:
            self.file = create_private(self.path, "log file")
        self.file.write(text)

    def flush(self) -> None:
        if self.file is not None:
            self.file.flush()

    def close(self) -> None:
        if self.file is not None:
            self.file.close()


class RunLog:
    """The run's handlers on the root logger, from creation until close()."""

    def __init__(self, logs_dir: str, import_id: str, verbose: bool = False, log_format="text"):
        private_folder(logs_dir)
        self.path = os.path.join(logs_dir, f"{import_id}.log")
        self.stream = PrivateFileOnFirstWrite(self.path)
        root = logging.getLogger()
        root.setLevel(logging.INFO)
        for handler in list(root.handlers):  # a previous run's, in the same process
            root.removeHandler(handler)
            handler.close()
        to_file = logging.StreamHandler(self.stream)
        to_file.setFormatter(logging.Formatter(FORMAT))
        to_stderr = logging.StreamHandler(sys.stderr)
        to_stderr.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        to_stderr.setLevel(logging.INFO if verbose else logging.WARNING)
        self.handlers = (to_file, to_stderr)
        if log_format == "json":  # LOG_FORMAT=json: one object per line, with the import's id
            for handler in self.handlers:
                handler.setFormatter(json_formatter())
                handler.addFilter(Fields(import_id=import_id))
        for handler in self.handlers:
            root.addHandler(handler)
        # kombu and redis are chatty at INFO; their failures reach us as exceptions.
        logging.getLogger("kombu").setLevel(logging.WARNING)

    def failure(self, message: str) -> None:
        """How the run failed, in the file only: stderr gets it once, from the CLI."""
        fields = {"name": "csv_import", "levelno": logging.ERROR, "levelname": "ERROR"}
        self.handlers[0].handle(logging.makeLogRecord({**fields, "msg": message}))

    @property
    def written(self) -> bool:
        return self.stream.file is not None

    def close(self) -> str | None:
        """The log file's path, or None if nothing was logged (then there is no file)."""
        root = logging.getLogger()
        for handler in self.handlers:
            handler.flush()
            root.removeHandler(handler)
        self.stream.close()
        return self.path if self.written else None
