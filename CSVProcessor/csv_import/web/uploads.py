"""Uploaded files: streamed to a private folder under a name of ours, bounded, short-lived.

The request body is parsed as it arrives (python-multipart's streaming parser):
the part `file` goes straight to `<id>.upload` (0600, in a 0700 folder), the
small fields (`csrf_token`, `mapping`) are kept in memory. Beyond
WEB_MAX_UPLOAD_BYTES the request ends with 413 and the partial file is deleted.
The file's own name is kept as text, for display only, in `<id>.json`: it is
never part of a path. Uploads are deleted once their import has read them, or an
hour after they arrived (`sweep`); the metadata stays for the imports' list.
"""

import json
import os
import time
import unicodedata
from collections.abc import AsyncIterator, Callable
from io import BufferedWriter
from typing import TYPE_CHECKING

from python_multipart import MultipartParser
from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import parse_options_header

from csv_import.invisible import strip_invisible
from csv_import.private_files import private_folder
from csv_import.web.config import UPLOAD_TTL_SECONDS
from csv_import.web.security import CSRF_REFUSED
from people_import_contract.limits import is_import_id

if TYPE_CHECKING:  # python_multipart declares it for type checkers only
    from python_multipart.multipart import MultipartCallbacks

FIELD_LIMIT = 64 * 1024  # all form fields beside the file together (a CSRF token, a mapping)
META_TTL_SECONDS = 7 * 24 * 3600  # as long as the job records


class UploadError(Exception):
    """One sentence for the user, with the HTTP status to answer."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


class UploadStore:
    def __init__(self, folder: str, max_bytes: int):
        self.folder, self.max_bytes = folder, max_bytes
        private_folder(folder)
        os.chmod(folder, 0o700)

    def path(self, upload_id: str) -> str:
        if not is_import_id(upload_id):  # ids are ours: nothing else reaches a path
            raise UploadError("not an import id", 404)
        return os.path.join(self.folder, f"{upload_id}.upload")

    def exists(self, upload_id: str) -> bool:
        return os.path.exists(self.path(upload_id))

    def meta(self, upload_id: str) -> dict | None:
        try:
            with open(self.path(upload_id)[: -len(".upload")] + ".json", encoding="utf-8") as f:
                return json.load(f)
        except (OSError, ValueError):
            return None

    def save_meta(self, upload_id: str, meta: dict) -> None:
        target = self.path(upload_id)[: -len(".upload")] + ".json"
        temporary = f"{target}.{os.getpid()}.tmp"
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(meta, f)
        os.replace(temporary, target)  # a reader sees the old or the new, never half

    def saved_mapping(self, header_key: str) -> dict | None:
        """The roles saved for files with this header (review.header_key_of), if any."""
        try:
            with open(os.path.join(self.folder, "mappings", f"{header_key}.json")) as f:
                return json.load(f)
        except (OSError, ValueError):
            return None

    def save_mapping(self, header_key: str, mapping: dict) -> None:
        folder = os.path.join(self.folder, "mappings")
        private_folder(folder)
        fd = os.open(os.path.join(folder, f"{header_key}.json"),
                     os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # fmt: skip
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(mapping, f)

    def delete(self, upload_id: str) -> None:
        try:
            os.unlink(self.path(upload_id))
        except FileNotFoundError:
            pass

    def sweep(self, now: float | None = None) -> None:
        """Delete uploads older than an hour, and metadata older than the job records."""
        now = time.time() if now is None else now
        for name in os.listdir(self.folder):
            path = os.path.join(self.folder, name)
            if name == "mappings":
                continue  # saved mappings stay until replaced
            ttl = UPLOAD_TTL_SECONDS if name.endswith((".upload", ".csv")) else META_TTL_SECONDS
            try:
                if now - os.stat(path).st_mtime > ttl:
                    os.unlink(path)
            except FileNotFoundError:
                pass  # deleted meanwhile

    async def receive(
        self,
        upload_id: str,
        content_type: str,
        content_length: str | None,
        body: AsyncIterator[bytes],
        csrf_ok: Callable[[str | None], bool],
    ) -> tuple[str, dict]:
        """Stream a multipart body's `file` to `<id>.upload`: (the file's own name, the fields).

        `csrf_ok(token)` is asked before the file part is written: the token must come first
        (the page's form puts it first; a header token is passed in as the field's value).
        """
        kind, params = parse_options_header(content_type)
        if kind != b"multipart/form-data" or b"boundary" not in params:
            raise UploadError("send the file as multipart/form-data, in a field named `file`")
        limit = self.max_bytes + FIELD_LIMIT + 4096  # the fields and the parts' headers too
        if content_length and content_length.isdecimal() and int(content_length) > limit:
            raise UploadError(self.too_large(), 413)
        receiving = Receiving(self, self.path(upload_id), csrf_ok)
        parser = MultipartParser(params[b"boundary"], receiving.callbacks())
        try:
            async for chunk in body:
                parser.write(chunk)
                receiving.check()
            parser.finalize()
            receiving.check()
            if not receiving.ended:
                # A body cut short (a client or proxy gone, a chunked body ended early):
                # python-multipart's finalize() accepts it, and the file so far was kept, a
                # partial file imported as if whole.
                raise UploadError("the upload was cut short (its body has no closing boundary): "
                                  "send the file again")  # fmt: skip
        except MultipartParseError as error:  # a malformed body or a part's headers too long
            receiving.abandon()
            raise UploadError(f"the upload is not a well-formed multipart body ({error})") from None
        except BaseException:
            receiving.abandon()
            raise
        finally:
            receiving.close()
        if receiving.filename is None:
            receiving.abandon()
            raise UploadError("no file: send it in a multipart field named `file`")
        return receiving.filename, receiving.fields

    def too_large(self) -> str:
        return (
            f"the file is larger than the limit of {self.max_bytes:,} bytes (WEB_MAX_UPLOAD_BYTES)"
        )


NAME_LIMIT = 255  # characters of a file's name kept for display (a file system's own limit)


def shown_name(raw: bytes) -> str:
    """The name a user's file is shown under: its last path component, without control
    characters (a terminal escape, a line break) or format characters (a right-to-left
    override shows "a<U+202E>VSC.exe" as "aexe.CSV"; joiners inside words stay, as in
    names), at most NAME_LIMIT characters. It is never part of a path."""
    text = raw.decode(errors="replace").replace("\\", "/").rsplit("/", 1)[-1]
    text = "".join(c for c in strip_invisible(text) if unicodedata.category(c) != "Cc")
    return text.strip()[:NAME_LIMIT] or "(no name)"


class Receiving:
    """The state of one multipart body as its callbacks see it."""

    def __init__(self, store: UploadStore, path: str, csrf_ok):
        self.store, self.path, self.csrf_ok = store, path, csrf_ok
        self.fields: dict[str, str] = {}
        self.filename: str | None = None
        self.error: UploadError | None = None
        self.file: BufferedWriter | None = None
        self.written = 0
        self.field_bytes = 0
        self.ended = False  # the closing boundary read: the body is whole
        self._header_name = bytearray()
        self._header_value = bytearray()
        self._headers: dict[bytes, bytes] = {}
        self._name: str | None = None
        self._value = bytearray()

    def callbacks(self) -> "MultipartCallbacks":
        return {
            "on_part_begin": self._part_begin,
            "on_header_field": lambda d, s, e: self._header_piece(self._header_name, d[s:e]),
            "on_header_value": lambda d, s, e: self._header_piece(self._header_value, d[s:e]),
            "on_header_end": self._header_end,
            "on_headers_finished": self._headers_finished,
            "on_part_data": self._data,
            "on_part_end": self._part_end,
            "on_end": lambda: setattr(self, "ended", True),
        }

    def _part_begin(self) -> None:
        self._headers, self._name, self._value = {}, None, bytearray()

    @staticmethod
    def _header_piece(into: bytearray, piece: bytes) -> None:
        # A header arrives in as many pieces as the body's chunks cut it into: kept whole, so
        # a part's headers split by a chunk boundary read as sent (the last piece alone was
        # read: "no file" for an upload whose chunk ended in its Content-Disposition).
        # python-multipart bounds a part's headers (8 of 4 KiB).
        into += piece

    def _header_end(self) -> None:
        self._headers[bytes(self._header_name).lower()] = bytes(self._header_value)
        self._header_name.clear()
        self._header_value.clear()

    def _headers_finished(self) -> None:
        _, params = parse_options_header(self._headers.get(b"content-disposition", b""))
        self._name = params.get(b"name", b"").decode(errors="replace")
        if self._name != "file" or b"filename" not in params or self.error:
            return
        if self.filename is not None:
            self.error = UploadError("one file at a time")
        elif not self.csrf_ok(self.fields.get("csrf_token")):
            self.error = UploadError(CSRF_REFUSED, 403)
        else:
            self.filename = shown_name(params[b"filename"])
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            self.file = os.fdopen(fd, "wb")

    def _data(self, data: bytes, start: int, end: int) -> None:
        if self.error:
            return
        if self._name == "file" and self.file is not None:
            self.written += end - start
            if self.written > self.store.max_bytes:
                self.error = UploadError(self.store.too_large(), 413)
                return
            self.file.write(data[start:end])
        elif self._name != "file":
            self._value += data[start:end]
            self.field_bytes += end - start
            if self.field_bytes > FIELD_LIMIT:
                self.error = UploadError("the form fields beside the file are too long")

    def _part_end(self) -> None:
        if self._name != "file" and self._name and not self.error:
            self.fields[self._name] = self._value.decode(errors="replace")
        elif self._name == "file" and self.file is not None:
            self.file.close()

    def check(self) -> None:
        if self.error:
            raise self.error

    def close(self) -> None:
        if self.file is not None and not self.file.closed:
            self.file.close()

    def abandon(self) -> None:
        self.close()
        if self.file is not None:
            try:
                os.unlink(self.path)
            except FileNotFoundError:
                pass
