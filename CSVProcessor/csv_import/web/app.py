"""The ASGI app: `create_app(settings, web)`, the pages and the API, errors as one sentence.

Every failure a user can meet is one sentence: on a page, in the page; from the
API, {"error": ..., "exit": ...} (exit as the CLI's). The server's log keeps
the traceback of anything unexpected; no page or response shows it.
"""

import logging
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from csv_import.errors import USAGE, CliError
from csv_import.web import api, pages
from csv_import.web.imports import Imports
from csv_import.web.security import auth_middleware, security_headers
from csv_import.web.uploads import UploadError

HERE = Path(__file__).parent
log = logging.getLogger(__name__)


def create_app(settings, web) -> FastAPI:
    app = FastAPI(
        title="people-import",
        summary="Upload a file of people, review its columns, preview, import, undo.",
        version="1.0.0",
    )
    app.state.settings, app.state.web = settings, web
    app.state.imports = Imports(settings, web)
    # Jinja2Templates autoescapes .html: every value shown is text, never markup.
    app.state.templates = Jinja2Templates(directory=HERE / "templates")
    app.middleware("http")(auth_middleware(web))
    app.middleware("http")(security_headers)  # added last: runs first, so a 401 has them too
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_exception_handler(UploadError, lambda r, e: failure(r, str(e), e.status))
    app.add_exception_handler(CliError, lambda r, e: failure(r, str(e), status_of(e), e.exit_code,
                                                             kept_for_choice(e)))  # fmt: skip
    app.add_exception_handler(HTTPException, lambda r, e: failure(r, str(e.detail), e.status_code))
    app.add_exception_handler(RequestValidationError, lambda r, e: failure(r, invalid(e), 422))
    app.add_exception_handler(Exception, unexpected)
    return app


def status_of(error: CliError) -> int:
    """A usage or input error is the request's fault (400); a service's is 503."""
    return 400 if error.exit_code == USAGE else 503


def kept_for_choice(error: CliError) -> dict:
    """An upload kept to be read again with a choice (its encoding): its id and the choices."""
    if error.import_id is None:
        return {}
    return {"id": error.import_id, "choose": list(error.choose)}


def invalid(error: RequestValidationError) -> str:
    first = error.errors()[0] if error.errors() else {}
    where = ".".join(str(p) for p in first.get("loc", ()))
    return f"invalid request: {where}: {first.get('msg', 'not understood')}"


def failure(request: Request, message: str, status: int, exit_code: int | None = None,
            extra: dict | None = None):  # fmt: skip
    if request.url.path.startswith("/api/"):
        code = exit_code if exit_code is not None else (1 if status >= 500 else 2)
        return JSONResponse({"error": message, "exit": code, **(extra or {})}, status)
    return pages.error_page(request, message, status)


async def unexpected(request: Request, error: Exception):
    log.exception("%s %s", request.method, request.url.path)
    return failure(request, "something went wrong on the server; its log says what", 500)
