"""The JSON API beside the pages (OpenAPI at /docs); the pages call the same Imports.

    POST /api/imports              multipart `file` (+ `mapping` JSON) -> id, mapping, preview
    POST /api/imports/{id}/mapping JSON {name_columns, email_columns, sheet, header_line,
                                   merge, keep_columns, region, encoding, delimiter}
                                   -> mapping, preview again
    POST /api/imports/{id}/start   -> the summary, as `status --json` (state reading/running)
    GET  /api/imports/{id}         -> the summary, as `status --json` (summary.schema.json)
    POST /api/imports/{id}/undo    -> the undo's result, as `undo --wait --json`
    GET  /api/imports/{id}/rejects -> the rejects CSV (Excel-safe, as the CLI writes it)
    GET  /api/csrf                 -> a CSRF token (and its cookie) for POSTs without Bearer auth

Failures are one JSON object: {"error": one sentence, "exit": the CLI's code}; an upload
whose encoding must be chosen is kept, and its failure says so: {..., "id", "choose":
["encoding"]}, to POST the mapping with it.
"""

from fastapi import APIRouter, Depends, Request
from fastapi.responses import FileResponse, JSONResponse

from csv_import.options import DELIMITER_SPELLINGS
from csv_import.web.imports import DEFAULTS, mapping_of
from csv_import.web.security import (
    CSRF_FIELD,
    CSRF_HEADER,
    csrf_ok,
    csrf_token,
    require_csrf,
    set_csrf,
)
from csv_import.web.uploads import FIELD_LIMIT, UploadError
from people_import_contract.messages import MERGE_POLICIES

router = APIRouter(prefix="/api", tags=["imports"])
# The choices the mapping says beside the review; its header line, encoding and delimiter are
# the review's: what was read (the user's choice when there is one).
CHOICE_DEFAULTS = {name: default for name, default in DEFAULTS.items()
                   if name not in ("header_line", "encoding", "delimiter")}  # fmt: skip

UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {"type": "string", "format": "binary"},
                        "mapping": {
                            "type": "string",
                            "description": 'JSON: {"name_columns": [...], "email_columns": '
                            '[...], "sheet", "header_line", "merge", "keep_columns", "region", '
                            '"encoding", "delimiter"}',
                        },
                        CSRF_FIELD: {"type": "string", "description": "or the X-CSRF-Token header"},
                    },
                }
            }
        },
    }
}


def imports(request: Request):
    return request.app.state.imports


def user_of(request: Request) -> str | None:
    """Who started an import: the basic-auth user, if any (never the token)."""
    return request.app.state.web.user or None


def upload_result(meta: dict, import_id: str) -> dict:
    return {
        "id": import_id,
        "file": meta["name"],
        "mapping": {
            "name_columns": meta["name_columns"],
            "email_columns": meta["email_columns"],
            **meta["review"],
            **{name: meta.get(name, default) for name, default in CHOICE_DEFAULTS.items()},
        },
        "preview": meta["preview"],
        "reject_examples": meta["reject_examples"],
    }


async def receive_upload(request: Request) -> tuple[str, dict]:
    """Stream the body into the store (uploads.py); the CSRF check runs before the file part."""
    store = imports(request)
    header = request.headers.get(CSRF_HEADER)
    web = request.app.state.web
    import_id = store.new_id()
    name, fields = await store.store.receive(
        import_id,
        request.headers.get("content-type", ""),
        request.headers.get("content-length"),
        request.stream(),
        lambda field: csrf_ok(request, web, header or field),
    )
    return import_id, {"name": name, **fields}


@router.post("/imports", openapi_extra=UPLOAD_BODY, summary="Upload a file: its mapping, preview")
async def upload(request: Request):
    import_id, fields = await receive_upload(request)
    mapping = mapping_of(fields.get("mapping"))
    meta = await run_sync(imports(request).reviewed, import_id, fields["name"], mapping)
    return JSONResponse(upload_result(meta, import_id), 201)


MAPPING_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "name_columns": {"type": "array", "items": {"type": "string"}},
                        "email_columns": {"type": "array", "items": {"type": "string"}},
                        "sheet": {"type": "string"},
                        "header_line": {"type": "integer", "minimum": 1},
                        "merge": {
                            "type": "string",
                            "enum": list(MERGE_POLICIES),
                            "default": "overwrite",
                        },
                        "keep_columns": {"type": "boolean", "default": False},
                        "region": {"type": "string", "description": "ISO 3166: DE, US, FR"},
                        "encoding": {"type": "string", "description": "utf-8, cp1250, ..."},
                        "delimiter": {"type": "string", "description": DELIMITER_SPELLINGS},
                        "remember": {"type": "boolean"},
                    },
                }
            }
        },
    }
}


@router.post("/imports/{import_id}/mapping", dependencies=[Depends(require_csrf)],
             openapi_extra=MAPPING_BODY,
             summary="Change the columns' roles: the mapping and the preview again")  # fmt: skip
async def remap(import_id: str, request: Request):
    mapping = mapping_of(await bounded_body(request))
    meta = await run_sync(imports(request).review, import_id, mapping)
    return upload_result(meta, import_id)


@router.post("/imports/{import_id}/start", dependencies=[Depends(require_csrf)],
             summary="Start the import")  # fmt: skip
async def start(import_id: str, request: Request):
    return await run_sync(imports(request).start, import_id, user_of(request))


@router.get("/imports/{import_id}", summary="The import's summary, as `status --json`")
async def status(import_id: str, request: Request):
    view = await run_sync(imports(request).view, import_id)
    if view is None:
        raise UploadError(f"no import {import_id}", 404)
    return view


@router.post("/imports/{import_id}/undo", dependencies=[Depends(require_csrf)],
             summary="Undo the import (waits for the worker's answer)")  # fmt: skip
async def undo(import_id: str, request: Request):
    if await run_sync(imports(request).view, import_id) is None:
        raise UploadError(f"no import {import_id}", 404)
    result = await run_sync(imports(request).undo, import_id)
    code = {"undone": 200, "enqueued": 202, "refused": 409, "unknown": 404}.get(
        result["state"], 502
    )
    return JSONResponse(result, code)


@router.get("/imports/{import_id}/rejects", summary="The rejects CSV")
async def rejects(import_id: str, request: Request):
    path = imports(request).rejects_path(import_id)
    if path is None:
        raise UploadError(f"no rejects file for {import_id} (none rejected, or not imported)", 404)
    return FileResponse(path, media_type="text/csv; charset=utf-8",
                        filename=f"{import_id}.rejects.csv")  # fmt: skip


@router.get("/csrf", summary="A CSRF token for POSTs (also set as a cookie)")
async def csrf(request: Request):
    token = csrf_token(request, request.app.state.web)
    return set_csrf(JSONResponse({"csrf_token": token}), token)


async def bounded_body(request: Request) -> str:
    """A JSON body of at most FIELD_LIMIT bytes, as the upload's `mapping` field: a larger
    one is refused as it arrives (it was read whole into memory, however large)."""
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > FIELD_LIMIT:
            raise UploadError(f"the request is larger than {FIELD_LIMIT:,} bytes", 413)
    return body.decode(errors="replace")


async def run_sync(function, *args):
    """Blocking work (files, PostgreSQL, Redis, the broker) off the event loop."""
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(function, *args)
