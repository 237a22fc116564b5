"""Logging for one run: stderr for the user, plus a file under logs/ per import."""

import logging
import os
import sys

from csv_import.private_files import create_private, private_folder

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def start_run_log(logs_dir: str, import_id: str, verbose: bool = False) -> str:
    private_folder(logs_dir)
    path = os.path.join(logs_dir, f"{import_id}.log")
    create_private(path, "log file").close()  # 0600, new: the handler appends to it
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        if isinstance(handler, logging.FileHandler):
            handler.close()  # a previous run's log, in the same process
    to_file = logging.FileHandler(path, encoding="utf-8")
    to_file.setFormatter(logging.Formatter(FORMAT))
    to_stderr = logging.StreamHandler(sys.stderr)
    to_stderr.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    to_stderr.setLevel(logging.INFO if verbose else logging.WARNING)
    root.addHandler(to_file)
    root.addHandler(to_stderr)
    # kombu and redis are chatty at INFO; their failures reach us as exceptions.
    logging.getLogger("kombu").setLevel(logging.WARNING)
    return path
