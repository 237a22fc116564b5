"""The page's imports, from upload to undo: one object the pages and the API both call.

An import's id is given when its file is uploaded (the same shape as the CLI's),
so the upload, its review, the import and its undo share one address. Starting
runs the CLI's `run_import` on a thread of its own; progress is read from the
job record, as `status` reads it (the same object). The upload is deleted as
soon as the import has read it (or failed to).
"""

import collections
import dataclasses
import json
import logging
import os
import re
import threading
import time
from types import SimpleNamespace
from typing import Any

from csv_import import listing, undo
from csv_import.errors import CliError, InputError, UsageError
from csv_import.importer import run_import
from csv_import.job_state import read_job, state_of
from csv_import.options import DELIMITER_SPELLINGS, ImportOptions, delimiter_of
from csv_import.report import as_dict
from csv_import.status import CLI_COUNTS, describe
from csv_import.web import review
from csv_import.web.uploads import UploadError, UploadStore
from people_import_contract.limits import is_import_id, new_import_id
from people_import_contract.messages import MERGE_POLICIES

log = logging.getLogger(__name__)
SWEEP_EVERY = 60  # seconds
# The runs whose end (counts or error) this server remembers, the latest: a view says them
# while the import's record can't be read (Redis down, its worker's first write to come).
# Each was kept for the server's lifetime, one dict per import; an older run is told as
# after a restart of the server: by its record, else interrupted.
KEEP_RUNS = 1000


class Latest:
    """A dict of its `size` latest entries, written from the runs' threads."""

    def __init__(self, size: int):
        self.size, self.entries = size, collections.OrderedDict[str, dict]()
        self.lock = threading.Lock()

    def __setitem__(self, key: str, value: dict) -> None:
        with self.lock:
            self.entries[key] = value
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)

    def get(self, key: str) -> dict | None:
        with self.lock:  # not relying on the GIL to keep a read apart from a reordering write
            return self.entries.get(key)

    def __len__(self) -> int:
        return len(self.entries)


class Imports:
    def __init__(self, settings, web):
        self.settings, self.web = settings, web
        self.store = UploadStore(web.upload_dir, web.max_upload_bytes)
        self.store.sweep()
        # Uploads never started go after an hour even if nobody comes back to the page.
        threading.Thread(target=self._sweeping, daemon=True, name="sweep-uploads").start()
        self.errors = Latest(KEEP_RUNS)  # a run that failed before its job record said so
        self.ended = Latest(KEEP_RUNS)  # a run that ended well: its counts (CLI_COUNTS)
        self.threads: dict[str, threading.Thread] = {}
        self.lock = threading.Lock()

    def _sweeping(self) -> None:
        while True:
            time.sleep(SWEEP_EVERY)
            try:
                self.store.sweep()
            except OSError as error:  # the folder removed under us: said, and tried again later
                log.warning("uploads: %s", error)

    # Upload and review -------------------------------------------------------------------
    def new_id(self) -> str:
        self.store.sweep()
        return new_import_id()

    def reviewed(self, import_id: str, name: str, mapping: dict | None = None) -> dict:
        """Inspect and preview a fresh upload; an unreadable file is deleted, and said."""
        try:
            meta = self.review(import_id, mapping or {}, name=name)
        except CliError as error:
            if not error.choose:
                self.store.delete(import_id)
                raise
            # The file can be read with a choice the page offers (its encoding): kept, so
            # the same upload is read again with it (and deleted within the hour if not).
            error.import_id = import_id
            kept = {"name": name, "uploaded_at": time.time(), "error": str(error)}
            self.store.save_meta(import_id, {**kept, "choose": error.choose})
            raise
        except UploadError:
            self.store.delete(import_id)
            raise
        saved = None if mapping else self.store.saved_mapping(header_of(meta))
        if saved:  # the roles chosen before for this same header
            try:
                meta = self.review(import_id, saved)
                meta["mapping_source"] = "saved for files with this header"
                self.store.save_meta(import_id, meta)
            except CliError:
                pass  # no longer fits (another sheet?): the reader's own choice stands
        return meta

    def review(self, import_id: str, mapping: dict, name: str | None = None) -> dict:
        """(Re)read the upload with `mapping` ({name_columns, email_columns}) and preview it."""
        meta = self.meta(import_id)
        if name is None and meta.get("started_at"):
            raise UploadError("this import has started: its mapping can't change now", 409)
        if not self.store.exists(import_id):
            raise UploadError(
                "the uploaded file is gone (deleted after an hour): upload it again", 404
            )
        names, emails, sheet = columns_of(mapping)
        choices = choices_of(mapping, meta)
        path = self.store.path(import_id)
        line = choices["header_line"]
        try:
            inspection = review.inspect_file(path, names, emails, self.settings, sheet, line,
                                             choices["encoding"], choices["delimiter"])  # fmt: skip
            if inspection["sheet"] is None:  # a file without sheets (a mapping remembered
                sheet = None  # from a workbook's header): none to name (the CLI refuses it)
            preview_rejects = path[: -len(".upload")] + ".preview.csv"
            # The preview under the chosen merge, columns kept and region: the import's counts.
            summary, examples = review.preview(path, preview_rejects, self.settings,
                                               names, emails, sheet, **choices)  # fmt: skip
        except CliError as error:
            said = named(error, path, meta.get("name", name))
            if said.choose and meta.get("choose"):  # still unread: the page's latest words
                self.store.save_meta(import_id, {**meta, "error": str(said)})
            raise said from None
        summary.update(import_id=import_id, file=meta.get("name", name))
        meta.update(name=meta.get("name", name), uploaded_at=meta.get("uploaded_at", time.time()),
                    name_columns=names, email_columns=emails, sheet=sheet, **choices,
                    review=inspection,
                    preview=summary, reject_examples=examples, mapping_source=None,
                    error=None, choose=())  # fmt: skip
        self.store.save_meta(import_id, meta)
        if mapping.get("remember") and inspection["editable"]:
            columns = inspection["columns"]
            chosen: dict[str, list[str] | str | None] = {
                f"{role}_columns": [c["header"] for c in columns if c["role"] == role]
                for role in ("name", "email")
            }
            chosen["sheet"] = sheet
            self.store.save_mapping(header_of(meta), chosen)
        return meta

    def meta(self, import_id: str) -> dict:
        return self.store.meta(import_id) or {}

    # Start and progress ------------------------------------------------------------------
    def start(self, import_id: str, started_by: str | None = None) -> dict | None:
        with self.lock:
            meta = self.meta(import_id)
            if meta.get("started_at") or import_id in self.threads:
                raise UploadError("this import has started already", 409)
            if not meta or not self.store.exists(import_id):
                raise UploadError("no such upload (uploads are kept an hour): upload it again", 404)
            options = ImportOptions(
                file=self.store.path(import_id),
                import_id=import_id,
                name_columns=tuple(meta["name_columns"] or ()) or None,
                email_columns=tuple(meta["email_columns"] or ()) or None,
                batch_size=self.web.batch_size,
                sheet=meta.get("sheet"),
                **{name: meta.get(name, DEFAULTS[name]) for name in CHOICES},
            )
            thread = threading.Thread(target=self._run, args=(import_id, options), daemon=True,
                                      name=f"import-{import_id}")  # fmt: skip
            # Known as running before its start is saved: a view in between is never
            # "started, and no run of it here" (interrupted).
            self._forget_ended_runs()
            self.threads[import_id] = thread
            meta.update(started_at=time.time(), started_by=started_by)
            self.store.save_meta(import_id, meta)
            try:
                thread.start()
            except BaseException:
                del self.threads[import_id]  # never run: the view says interrupted
                raise
        return self.view(import_id)

    def _run(self, import_id: str, options: ImportOptions) -> None:
        try:
            counts = as_dict(run_import(options, self.settings))
            self.ended[import_id] = {name: str(counts[name]) for name in CLI_COUNTS
                                     if counts.get(name) is not None}  # fmt: skip
        except CliError as error:
            summary = error.summary
            name = self.meta(import_id).get("name")
            error = named(error, options.file, name)
            fields = as_dict(summary) if summary is not None else {"import_id": import_id}
            fields["file"] = name  # the user's name for it, not the upload's path
            state = "interrupted" if fields.get("state") == "interrupted" else "failed"
            self.errors[import_id] = {**fields, "state": state, "error": str(error),
                                      "exit": error.exit_code}  # fmt: skip
        except Exception:  # never a traceback (nor a library's words) on the page: the log's
            log.exception("import %s", import_id)
            self.errors[import_id] = {
                "import_id": import_id, "exit": 1, "state": "failed",
                "error": "the import failed unexpectedly; the server's log says why",
            }  # fmt: skip
        finally:
            self.store.delete(import_id)

    def view(self, import_id: str) -> dict | None:
        """The import's summary as `status --json` gives it; before the start, the preview's."""
        if not is_import_id(import_id):
            return None
        # Asked before the record is read: a run writes its record before it ends, so a
        # record read once the run is known to have ended is its last word. Asked after, a
        # run that wrote its record and ended while it was being read (a small file, a loaded
        # host) was "no record, no run": interrupted, which the page takes as final.
        running = self.running(import_id)
        job = read_job(self.settings, import_id)
        state = state_of(job, self.settings.stall_seconds)
        if state == "interrupted" and running:
            # The record alone can look interrupted for a moment (a lease not yet renewed on
            # a loaded host, a worker's counters before the CLI's fields); this server's own
            # import is still running, and the page stops asking once it says interrupted.
            state = "running"
        error = self.errors.get(import_id)
        meta = self.meta(import_id)
        merge = meta.get("merge", DEFAULTS["merge"])  # the page's choice (an upload's meta)
        if state != "unknown":
            if job and meta and not (job.get("summary") or job.get("merge")):
                job = {**job, "merge": merge}  # the record says it once the file is read
            view = describe(import_id, job, state)
            return {**view, "error": error["error"], "exit": error["exit"]} if error else view
        if error:
            return {"merge": merge, **error}
        if not meta or "preview" not in meta:
            return None
        if meta.get("started_at"):
            # No record readable: still opening the file; or the run here ended well with its
            # record unwritten and unread (Redis down, the workers' first write in PostgreSQL
            # still to come): running, with the run's own counts (this was `interrupted`,
            # final, while its rows were stored); or this server stopped since.
            ended = self.ended.get(import_id)
            said = "reading" if running else "running" if ended else "interrupted"
            job = {"file": meta["preview"]["file"], "merge": merge, **(ended or {})}
            return describe(import_id, job, said)
        return meta["preview"]

    def _forget_ended_runs(self) -> None:
        """A server kept one Thread per import it ever ran; an ended run is told by its job
        record and `ended`/`errors` (running() is False without its thread, as after it)."""
        self.threads = {key: thread for key, thread in self.threads.items()
                        if thread.ident is None or thread.is_alive()}  # fmt: skip

    def running(self, import_id: str) -> bool:
        """This server's run of the import has not ended (or is about to begin)."""
        thread = self.threads.get(import_id)
        return thread is not None and (thread.ident is None or thread.is_alive())

    # After -------------------------------------------------------------------------------
    def undo(self, import_id: str) -> dict:
        options = SimpleNamespace(wait=True, timeout=self.settings.stall_seconds)
        return undo.undo(self.settings, import_id, options)

    def rejects_path(self, import_id: str) -> str | None:
        if not is_import_id(import_id):
            return None
        path = os.path.join(self.settings.logs_dir, f"{import_id}.rejects.csv")
        return path if os.path.isfile(path) else None

    def recent(self, limit: int = 20) -> tuple[list[dict], list[str]]:
        """The latest imports (status's views), each with the uploaded file's own name if known."""
        views, failures = listing.recent(self.settings, limit)
        for view in views:
            meta = self.meta(view["import_id"])
            view["name"] = meta.get("name") or shown_name(view.get("file"))
            view["started_by"] = meta.get("started_by")
        return views, failures


def shown_name(path: str | None) -> str | None:
    """A file as the list shows it: its own name; another server's upload says so."""
    if not path:
        return None
    name = os.path.basename(path)
    return "(an uploaded file)" if name.endswith(".upload") and is_import_id(name[:-7]) else name


def header_of(meta: dict) -> str:
    return review.header_key_of([c["header"] for c in meta["review"]["columns"]])


# The CLI's advice in the page's words, longest first: on the page there is no command to
# rerun (the same file uploaded and imported again finishes an import as rerunning the
# command does), and an option the page offers is a field to fill in there.
PAGE_WORDS = {
    "rerunning the same command": "importing the file again from the page",
    "rerun the same command": "import it again from the page",
    "give the page's encoding with --encoding": "choose the file's encoding below",
    "pass --encoding with the right one": "choose the file's encoding below",
    "pass --encoding": "choose the file's encoding below",
    "--header-line": "header line",
}


def named(error: CliError, path: str, name: str | None) -> CliError:
    """The error with the upload's path replaced by the file's own name, and the CLI's
    advice in the page's words (PAGE_WORDS): the user's words. `choose`: the page's
    choices (CHOICES) whose CLI option the advice names, for the page to offer."""
    message = str(error).replace(path, name or "the file")
    choose = advised(message)
    for cli, page in PAGE_WORDS.items():
        message = message.replace(cli, page)
    renamed = type(error)(message)
    renamed.summary = error.summary
    renamed.choose = choose
    return renamed


def advised(message: str) -> tuple[str, ...]:
    """The choices the page offers before a file is read whose CLI option `message` advises."""
    return tuple(f for f in BEFORE_READING if re.search(rf"{CHOICES[f][0]}\b", message))


MAPPING_SHAPE = (
    'mapping: expected {"name_columns": [...], "email_columns": [...], "sheet": "...", '
    '"header_line": N, "merge": "overwrite", "keep_columns": false, "region": "DE", '
    '"encoding": "cp1250", "delimiter": ";", "remember": true}'
)
# The import's choices beyond the columns: the CLI option whose rules each follows (those of
# ImportOptions), and what a value of the wrong type is told.
CHOICES = {
    "header_line": ("--header-line", "a line number from 1"),
    "merge": ("--merge", f"one of {', '.join(MERGE_POLICIES)}"),
    "keep_columns": ("--keep-columns", "true or false"),
    "region": ("--region", "a region code such as DE, US, FR"),
    "encoding": ("--encoding", "an encoding's name such as utf-8, cp1252"),
    "delimiter": ("--delimiter", DELIMITER_SPELLINGS),
}
# The choices that decide how the file's bytes are read: an error advising one of them
# keeps the upload, to be read again with it.
BEFORE_READING = ("encoding", "delimiter")
# Their defaults: ImportOptions' own (the CLI's).
DEFAULTS = {f.name: f.default for f in dataclasses.fields(ImportOptions) if f.name in CHOICES}
# The JSON types each may have; type() is exact, so true is no line number (bool is an int).
KINDS = {"header_line": (int,), "merge": (str,), "keep_columns": (bool,), "region": (str,),
         "encoding": (str,), "delimiter": (str,)}  # fmt: skip


def columns_of(mapping: dict) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None, str | None]:
    """The name columns, email columns and sheet of a mapping, each of its JSON type, and
    `remember` true or false: InputError naming the field otherwise. Before, a column that
    was no text (`[1]`, `[null]`) was a 500 from the reader, and a sheet or `remember` of
    another type was taken for whatever it was (`{"sheet": {}}` read the default sheet)."""
    columns = []
    for field in ("name_columns", "email_columns"):
        value = mapping.get(field) or ()
        if not isinstance(value, (list, tuple)) or not all(isinstance(c, str) for c in value):
            raise InputError(f"mapping: {field}: a list of column names (text)")
        columns.append(tuple(value) or None)
    sheet = mapping.get("sheet")
    if sheet is not None and not isinstance(sheet, str):
        raise InputError("mapping: sheet: a sheet's name (text)")
    if mapping.get("remember") is not None and type(mapping["remember"]) is not bool:
        raise InputError("mapping: remember: true or false")
    return columns[0], columns[1], sheet or None


def choices_of(mapping: dict, current: dict | None = None) -> dict:
    """header_line, merge, keep_columns, region, encoding and delimiter, checked by
    ImportOptions' own rules.

    The one check of these, for the page's form and the API alike: a value of another JSON
    type is refused here, the rules are ImportOptions' (the CLI's), and the error names the
    field. An absent (or null) merge, keep_columns, region, encoding or delimiter keeps
    `current`'s (the import's choice so far), else the CLI's default; an absent header_line
    is the reader's choice. An empty region, encoding or delimiter is none: the evidence's.
    InputError (400, exit 2) when a value is refused.
    """
    current = current or {}
    chosen: dict[str, Any] = {}
    for field, (_, expected) in CHOICES.items():
        value = mapping.get(field)
        if value is None and field != "header_line":
            value = current.get(field, DEFAULTS[field])
        if field == "region" and isinstance(value, str):
            value = value.strip().upper() or None  # as the CLI reads --region de
        elif field == "encoding" and isinstance(value, str):
            value = value.strip() or None
        elif field == "delimiter" and isinstance(value, str):
            try:
                value = delimiter_of(value)  # the CLI's own reading of --delimiter
            except UsageError as error:
                raise InputError(f"mapping: {in_fields(str(error))}") from None
        if value is not None and type(value) not in KINDS[field]:
            raise InputError(f"mapping: {field}: {expected}")
        chosen[field] = value
    try:
        ImportOptions(file="-", **chosen)
    except UsageError as error:
        raise InputError(f"mapping: {in_fields(str(error))}") from None
    return chosen


def in_fields(message: str) -> str:
    """ImportOptions' message in the web's words: the field's name for the CLI's option."""
    for field, (option, _) in CHOICES.items():
        if message.startswith(option + ":"):
            message = field + message[len(option) :]
    return message.replace(", without --no-header", "")


def mapping_of(text: str | None) -> dict:
    """The API's `mapping`: a JSON object (MAPPING_SHAPE); Imports.review checks its choices."""
    if not text:
        return {}
    try:
        mapping = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: nested deeper than Python's stack
        raise InputError('mapping: not JSON (expected {"name_columns": [...], ...})') from None
    if not isinstance(mapping, dict) or not all(
        isinstance(mapping.get(k, []), list) for k in ("name_columns", "email_columns")
    ):
        raise InputError(MAPPING_SHAPE)
    return mapping
