"""Who may use the page, and that a form was posted by the page: authentication and CSRF.

Authentication (when WEB_TOKEN or WEB_USER/WEB_PASSWORD are set): the token as
`Authorization: Bearer TOKEN` (scripts), or once as `?token=TOKEN` in the address,
which sets an HttpOnly cookie and drops it from the address (browsers); or HTTP
basic auth. Every request is checked, pages, API, static files and /docs alike.

CSRF: every POST carries a token that matches the `csrf` cookie (double submit)
and is signed by the server (HMAC), as a form field `csrf_token` or the header
`X-CSRF-Token`. A request with an `Authorization: Bearer` header needs none: no
browser sends that header by itself. Secrets are compared in constant time and
never shown: the token is not in any page.
"""

import base64
import hashlib
import hmac
import secrets
from urllib.parse import urlencode

from fastapi import HTTPException, Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response

from csv_import.web.config import WebSettings

TOKEN_COOKIE = "csvprocessor_token"
CSRF_COOKIE = "csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


def same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(), expected.encode())


def authenticated(request: Request, web: WebSettings) -> bool:
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    if web.token:
        if scheme.lower() == "bearer" and same(value.strip(), web.token):
            return True
        if same(request.cookies.get(TOKEN_COOKIE, ""), web.token):
            return True
    if web.user and scheme.lower() == "basic":
        try:
            user, _, password = base64.b64decode(value.strip()).decode().partition(":")
        except (ValueError, UnicodeDecodeError):
            return False
        return same(user, web.user) & same(password, web.password)
    return False


def bearer(request: Request) -> bool:
    return request.headers.get("authorization", "").lower().startswith("bearer ")


def auth_middleware(web: WebSettings):
    """An HTTP middleware: 401 unless the request is authenticated (when credentials are set)."""

    async def check(request: Request, call_next) -> Response:
        if not web.needs_auth:
            return await call_next(request)
        given = request.query_params.get("token")
        if given is not None and web.token and same(given, web.token):
            # The token leaves the address at once: not in history, logs or a Referer.
            rest = {k: v for k, v in request.query_params.items() if k != "token"}
            target = request.url.path + (f"?{urlencode(rest)}" if rest else "")
            response = RedirectResponse(target, status_code=303)
            response.set_cookie(TOKEN_COOKIE, web.token, httponly=True, samesite="strict")
            return response
        if authenticated(request, web):
            return await call_next(request)
        message = "authentication required: WEB_TOKEN (Bearer or ?token=) or basic auth"
        headers = {"WWW-Authenticate": 'Basic realm="csvprocessor"'} if web.user else {}
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message, "exit": 2}, 401, headers=headers)
        return PlainTextResponse(message, 401, headers=headers)

    return check


# Our pages load only their own script and stylesheet; FastAPI's /docs loads Swagger UI's.
HEADERS = {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
CSP = "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"


async def security_headers(request: Request, call_next) -> Response:
    """No framing, no sniffing, no referrer; and a content policy on every page but /docs."""
    response = await call_next(request)
    response.headers.update(HEADERS)
    if not request.url.path.startswith("/docs"):
        response.headers["Content-Security-Policy"] = CSP
    return response


def sign(web: WebSettings, nonce: str) -> str:
    mac = hmac.new(web.secret, nonce.encode(), hashlib.sha256).hexdigest()
    return f"{nonce}.{mac}"


def csrf_token(request: Request, web: WebSettings) -> str:
    """The request's CSRF token: its cookie's if valid, else a new one (set by `set_csrf`)."""
    token = request.cookies.get(CSRF_COOKIE, "")
    if valid(token, web):
        return token
    return sign(web, secrets.token_urlsafe(16))


def set_csrf(response: Response, token: str) -> Response:
    response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict")
    return response


def valid(token: str, web: WebSettings) -> bool:
    nonce, _, _ = token.partition(".")
    return bool(nonce) and same(token, sign(web, nonce))


def csrf_ok(request: Request, web: WebSettings, submitted: str | None) -> bool:
    """Whether a POST may proceed: Bearer-authenticated, or its token matches the cookie."""
    if bearer(request) and authenticated(request, web):
        return True
    cookie = request.cookies.get(CSRF_COOKIE, "")
    if not submitted:
        return False
    return valid(cookie, web) and same(submitted, cookie)


CSRF_REFUSED = "this form has expired or was not sent by this page (CSRF): reload it and retry"


async def require_csrf(request: Request) -> None:
    """A dependency of every POST but the upload (which checks as it streams, uploads.py)."""
    web = request.app.state.web
    submitted = request.headers.get(CSRF_HEADER)
    if submitted is None and request.headers.get("content-type", "").startswith(
        "application/x-www-form-urlencoded"
    ):
        value = (await request.form()).get(CSRF_FIELD)
        submitted = value if isinstance(value, str) else None  # a file in its place: no token
    if not csrf_ok(request, web, submitted):
        raise HTTPException(403, CSRF_REFUSED)
