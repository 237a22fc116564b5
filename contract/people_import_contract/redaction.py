"""Connection URLs in messages: the password hidden, by parsing, and never a piece of it shown.

A URL is *well formed* when its userinfo, read as RFC 3986 reads it (between
`scheme://` and the last `@`), holds only userinfo characters (a `/ ? # [ ] @`
or `;` in a password must be percent-encoded; `%` starts a `%XX` escape of UTF-8)
and the library that will use the URL parses the same user name and password
from it: kombu's `url_to_parts` (what kombu and Celery connect with), or a parser
the caller passes (the worker: SQLAlchemy's `make_url`). Then `redact` shows the
URL with its password as `***`. Any other value that holds an `@` is in doubt:
everything between the scheme and the last `@` is hidden, and no library's
message about it is ever shown (it may quote the password: "Port could not be
cast to integer value as 'p'"). `;` separates the nodes of a cluster
(BROKER_CONN); one node in doubt puts the whole value in doubt.

A password belongs in the userinfo only. A query parameter named like one
(`?password=`, libpq's `sslpassword`; redis-py and libpq read them, kombu's
parse and Celery's banner don't hide them, and kombu's parse_url raises a
TypeError on it) puts the URL in doubt too, and its query is hidden.

`scrub` takes a library's message about a well-formed URL and hides the
password in every form it may take there: as typed, percent-decoded, and
percent-encoded again. Never pieces of it: hiding each fragment showed the
one-character ones and mangled words ("For d***ails").
"""

import re
from urllib.parse import quote, quote_plus, unquote

from kombu.utils.url import url_to_parts

MASK = "***"
# RFC 3986 userinfo: unreserved, pct-encoded, sub-delims but `;` (our node separator), `:`;
# letters beyond ASCII are allowed raw (an IRI's), whitespace and controls are not.
_USERINFO = re.compile(r"(?:[A-Za-z0-9\-._~!$&'()*+,=:]|%[0-9A-Fa-f]{2}|[^\x00-\x7f\s])*")
_SCHEME_NAME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:?/+")  # how a URL begins, even mistyped: amqp//
# A query parameter that carries a password (redis-py and libpq read `password`, libpq
# `sslpassword` too), its name percent-decoded as both decode it.
_SECRET_QUERY = re.compile(r"[?&;][^=&;#]*pass(?:word|wd)[^=&;#]*=", re.IGNORECASE)
SHORT = 4  # a form shorter than this is hidden only where it stands alone, not inside a word


def kombu_credentials(url: str) -> tuple[str, str]:
    parts = url_to_parts(url)
    return parts.username or "", parts.password or ""


def well_formed(url: str, parse=kombu_credentials) -> bool:
    """True if every node of `url` can be shown with its password hidden (module doc)."""
    return all(_well_formed_node(node, parse) for node in url.split(";"))


def _secret_in_query(text: str) -> bool:
    return "?" in text and bool(_SECRET_QUERY.search(unquote(text)))


def _well_formed_node(url: str, parse) -> bool:
    if _secret_in_query(url):
        return False  # a password in the query: in doubt (module doc)
    if "@" not in url:
        return True  # no userinfo: nothing to hide
    scheme, separator, rest = url.partition("://")
    userinfo = rest.rpartition("@")[0]
    if not separator or not _SCHEME_NAME.fullmatch(scheme) or not _USERINFO.fullmatch(userinfo):
        return False
    user, _, password = userinfo.partition(":")
    try:
        expected = (unquote(user, errors="strict"), unquote(password, errors="strict"))
        return parse(url) == expected
    except (ValueError, TypeError):  # not UTF-8 once decoded, or the library refused it
        return False


def redact(url: str) -> str:
    """`url` for a message: `scheme://user:***@host…`, or `scheme://***@host…` if in doubt."""
    if well_formed(url):
        return ";".join(_redact_node(node) for node in url.split(";"))
    if _secret_in_query(url):  # the query cut first: an `@` in it isn't the userinfo's
        url = url.partition("?")[0] + "?" + MASK
    prefix = _SCHEME.match(url)
    start = prefix.end() if prefix else 0
    host = url.rpartition("@")[2] if "@" in url else ""
    return f"{url[:start]}{MASK}@{host}" if "@" in url else f"{url[:start]}{MASK}"


def _redact_node(url: str) -> str:
    if "@" not in url:
        return url
    scheme, _, rest = url.partition("://")
    userinfo, _, host = rest.rpartition("@")
    user, colon, _ = userinfo.partition(":")
    return f"{scheme}://{user}{':' + MASK if colon else ''}@{host}"


def malformed(url: str, what: str) -> str:
    """What to say when a URL is in doubt or a library refused to parse it (module doc)."""
    return (
        f"{what} is malformed: {redact(url)} "
        "(a password goes in user:password@, never in the query, and with / ? # [ ] @ ; "
        "or % percent-encoded: @ as %40)"
    )


def scrub(text: str, url: str) -> str:
    """A library's message with each node's password hidden, in every form (module doc)."""
    forms = set()
    for node in url.split(";"):
        scheme, _, rest = node.partition("://")
        userinfo = rest.rpartition("@")[0] if "@" in rest else ""
        forms |= _forms(userinfo.partition(":")[2])
    for form in sorted(forms, key=len, reverse=True):
        if len(form) >= SHORT:
            text = text.replace(form, MASK)
        else:  # a short password: hidden where it stands alone, never inside a word
            text = re.sub(rf"(?<![^\W_]){re.escape(form)}(?![^\W_])", MASK, text)
    return text


def _forms(password: str) -> set[str]:
    if not password:
        return set()
    plain = unquote(password)  # a stray byte becomes U+FFFD, so no form is missed
    return {password, plain, quote(plain, safe=""), quote(plain), quote_plus(plain)} - {""}
