"""The pages: imports and upload (/), review and preview, progress, undo with confirmation.

Server-rendered (Jinja2, autoescaped); static/app.js only polls the progress
and adds the drop zone: without it, every step still works by forms.
"""

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse

from csv_import.errors import CliError
from csv_import.listing import started
from csv_import.web import review
from csv_import.web.api import imports, receive_upload, run_sync, user_of
from csv_import.web.security import csrf_token, require_csrf, set_csrf
from csv_import.web.uploads import UploadError
from people_import_contract.messages import MERGE_POLICIES

router = APIRouter(include_in_schema=False)
FINAL = ("done", "done_with_failures", "failed", "interrupted", "undone")  # stalled may recover
# The merge policies (the CLI's --merge) as the page explains them, in one line each.
MERGES = {
    "overwrite": "the file's values replace those of a person already stored (the default)",
    "fill-blanks": "only a stored person's empty fields are filled; the name and address stay",
    "insert-only": "only new people are added; people already stored are left untouched",
}
assert tuple(MERGES) == MERGE_POLICIES
# Code pages offered for the file's encoding (a datalist: any other name can be typed).
ENCODINGS = ("utf-8", "utf-16", "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257",
             "iso-8859-1", "iso-8859-2", "iso-8859-15", "koi8-r", "mac-roman", "cp437", "cp850",
             "cp932", "shift_jis", "euc-jp", "gb18030", "big5", "cp949", "cp874")  # fmt: skip
# The delimiter as the form sends it: a TAB as the two characters \t (choices_of reads them).
DELIMITERS = {",": "comma", ";": "semicolon", "\\t": "TAB", "|": "bar"}


def render(request: Request, template: str, status: int = 200, **context):
    token = csrf_token(request, request.app.state.web)
    response = request.app.state.templates.TemplateResponse(
        request, template, {"csrf_token": token, **context}, status_code=status
    )
    return set_csrf(response, token)


def error_page(request: Request, message: str, status: int):
    return render(request, "error.html", status, message=message)


def see(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


@router.get("/")
async def index(request: Request, error: str | None = None, status: int = 200,
                kept: str | None = None):  # fmt: skip
    """The imports and the upload form; `kept`: an upload whose error offers a choice
    (its encoding), shown with the error to read it again with that choice."""
    try:
        views, failures = await run_sync(imports(request).recent, 20)
    except CliError as failure:  # the list is a help, not a condition of uploading
        views, failures = [], [str(failure)]
    for view in views:
        view["started"] = started(view).replace("T", " ").replace("+00:00", " UTC")
    meta = imports(request).meta(kept) if kept else {}
    return render(request, "index.html", status, imports=views, failures=failures, error=error,
                  kept=kept if meta.get("choose") else None, encodings=ENCODINGS)  # fmt: skip


@router.post("/upload")
async def upload(request: Request):
    try:
        import_id, fields = await receive_upload(request)
        await run_sync(imports(request).reviewed, import_id, fields["name"])
    except UploadError as error:
        return await index(request, error=str(error), status=error.status)
    except CliError as error:
        return await index(request, error=str(error), status=400,
                           kept=error.import_id)  # fmt: skip
    return see(f"/imports/{import_id}")


@router.get("/imports/{import_id}")
async def import_page(request: Request, import_id: str, notice: str | None = None,
                      error: str | None = None, status: int = 200):  # fmt: skip
    store = imports(request)
    view = await run_sync(store.view, import_id)
    meta = store.meta(import_id)
    if view is None and meta.get("choose") and store.store.exists(import_id):
        # Not read yet: the reader's error and the choice it asks for (its encoding).
        return await index(request, error=error or meta["error"],
                           status=400 if error else status, kept=import_id)  # fmt: skip
    if view is None:
        return error_page(request, f"no import {import_id} (uploads are kept an hour)", 404)
    if view["state"] == "previewed":
        return render(request, "review.html", status, id=import_id, meta=meta, view=view,
                      roles=review.ROLES, merges=MERGES, error=error, encodings=ENCODINGS,
                      delimiters=DELIMITERS)  # fmt: skip
    return render(request, "import.html", status, id=import_id, meta=meta, view=view,
                  merges=MERGES,
                  final=view["state"] in FINAL, notice=notice, error=error,
                  rejects=store.rejects_path(import_id) is not None)  # fmt: skip


@router.post("/imports/{import_id}/mapping", dependencies=[Depends(require_csrf)])
async def remap(request: Request, import_id: str):
    form = await request.form()
    meta = imports(request).meta(import_id)
    header = [column["header"] for column in meta.get("review", {}).get("columns", [])]
    sent = {i: form.get(f"role_{i}", "ignored") for i in range(len(header))}
    roles = {i: v if isinstance(v, str) else "ignored" for i, v in sent.items()}  # a file: none
    names, emails = review.columns_from_roles(header, roles)
    line = number_of(form.get("header_line"))
    encoding, delimiter = text_of(form.get("encoding")) or "", form.get("delimiter") or ""
    rereads = (encoding or None, delimiter or None) != (meta.get("encoding"), meta.get("delimiter"))
    if rereads or line is not None and line != meta.get("review", {}).get("header_line"):
        # Another header (another line, or its bytes read anew): its columns are decided on
        # their evidence.
        names, emails = (), ()
    # The values as the API's JSON would give them: Imports.review checks them (choices_of).
    try:
        await run_sync(imports(request).review, import_id,
                       {"name_columns": names, "email_columns": emails,
                        "sheet": form.get("sheet") or meta.get("sheet"), "header_line": line,
                        "merge": text_of(form.get("merge")),
                        "keep_columns": form.get("keep_columns") == "yes",
                        "region": text_of(form.get("region")) or "",
                        "encoding": encoding, "delimiter": delimiter,
                        "remember": form.get("remember") == "yes"})  # fmt: skip
    except (UploadError, CliError) as error:
        return await import_page(request, import_id, error=str(error), status=400)
    return see(f"/imports/{import_id}")


def text_of(value) -> str | None:
    """A form field's text (None if absent, or a file where text was expected)."""
    return value.strip() if isinstance(value, str) else None


def number_of(value) -> int | str | None:
    """A form's number field as JSON would have it: digits an int, empty None, else the text."""
    text = text_of(value)
    return int(text) if text and text.isdecimal() else text or None


@router.post("/imports/{import_id}/start", dependencies=[Depends(require_csrf)])
async def start(request: Request, import_id: str):
    try:
        await run_sync(imports(request).start, import_id, user_of(request))
    except (UploadError, CliError) as error:
        return await import_page(request, import_id, error=str(error), status=400)
    return see(f"/imports/{import_id}")


@router.get("/imports/{import_id}/undo")
async def confirm_undo(request: Request, import_id: str):
    view = await run_sync(imports(request).view, import_id)
    if view is None:
        return error_page(request, f"no import {import_id}", 404)
    return render(
        request, "undo.html", id=import_id, view=view, meta=imports(request).meta(import_id)
    )


@router.post("/imports/{import_id}/undo", dependencies=[Depends(require_csrf)])
async def undo(request: Request, import_id: str):
    form = await request.form()
    if form.get("confirm") != "yes":
        return see(f"/imports/{import_id}/undo")
    try:
        result = await run_sync(imports(request).undo, import_id)
    except CliError as error:
        return await import_page(request, import_id, error=str(error), status=503)
    from csv_import.undo import sentence

    if result["state"] in ("undone", "enqueued"):
        return await import_page(request, import_id, notice=sentence(result))
    return await import_page(request, import_id, error=sentence(result), status=409)
