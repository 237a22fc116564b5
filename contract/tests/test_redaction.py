"""Redaction (redaction.py): passwords of any characters, raw or percent-encoded, never shown."""

from urllib.parse import quote

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from people_import_contract.redaction import MASK, malformed, redact, scrub, well_formed

# Any characters, the URL's own delimiters and percent signs above all.
PASSWORDS = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs"]) | st.sampled_from("%@/#?:;[] "),
    min_size=1,
    max_size=24,
)
SCHEMES = st.sampled_from(["amqp", "amqps", "redis", "rediss", "postgresql+psycopg2"])
TAILS = st.sampled_from(["mq:5672//", "127.0.0.1:6379/0", "db.example/people?sslmode=require"])


@given(scheme=SCHEMES, password=PASSWORDS, tail=TAILS, encoded=st.booleans())
@example(scheme="amqp", password="12/x", tail="mq:5672//", encoded=False)  # parses as host:port
@example(scheme="redis", password="ab%De", tail="h:1/0", encoded=False)  # %DE: not UTF-8
@example(scheme="amqp", password="p@ss", tail="mq//", encoded=False)  # SQLAlchemy: host ss@mq
def test_redacting_shows_everything_but_the_password(scheme, password, tail, encoded):
    typed = quote(password, safe="") if encoded else password
    url = f"{scheme}://people:{typed}@{tail}"
    shown = redact(url)
    # Only two shapes: the user kept (a URL the parsers agree on), or the whole userinfo hidden.
    assert shown in (f"{scheme}://people:{MASK}@{tail}", f"{scheme}://{MASK}@{tail}")
    assert (shown == f"{scheme}://people:{MASK}@{tail}") == well_formed(url)
    if encoded:
        assert well_formed(url)  # percent-encoded, any password is fine
    assert malformed(url, "BROKER_CONN").startswith(f"BROKER_CONN is malformed: {shown} (")


@pytest.mark.parametrize(
    "url, shown",
    [
        ("amqp//user:pw@host", "amqp//***@host"),  # "://" mistyped
        ("amqp:/user:pw@host", "amqp:/***@host"),
        ("user:pw@host", "***@host"),  # no scheme at all
        ("amqp://u:12;x@host//", "amqp://***@host//"),  # `;` splits nodes: the whole value
        ("amqp://a:b@h1//;amqp://c:d@h2//", "amqp://a:***@h1//;amqp://c:***@h2//"),
        ("amqp://guest@h//", "amqp://guest@h//"),  # a user, no password
        ("filesystem:///tmp/broker", "filesystem:///tmp/broker"),
        ("amqp://u:pw@h:99999//", "amqp://***@h:99999//"),  # kombu refuses the port
    ],
)
def test_values_in_doubt_hide_everything_before_the_last_at(url, shown):
    assert redact(url) == shown


@given(password=PASSWORDS.filter(lambda p: len(p) >= 4), before=st.text(), after=st.text())
def test_scrubbing_hides_every_form_of_the_password(password, before, after):
    url = f"amqp://people:{quote(password, safe='')}@mq//"
    for form in (password, quote(password, safe=""), quote(password)):
        message = f"{before}{form}{after}"
        assert form not in scrub(message, url).replace(before, "").replace(after, "")


def test_scrubbing_never_mangles_words_for_a_short_password():
    url = "redis://:et@h/0"
    assert scrub("For details, see et and 'et'.", url) == "For details, see *** and '***'."


@given(
    password=PASSWORDS.filter(lambda p: len(p) >= 3),
    key=st.sampled_from(["password", "Password", "sslpassword", "pass%77ord", "passwd"]),
    base=st.sampled_from(
        [
            "redis://h:6379/0?",
            "redis://u:pw@h/0?db=1&",
            "postgresql://u@h/p?",
            "amqp://u:pw@h1//;amqp://h2//?",
        ]
    ),  # fmt: skip
    encoded=st.booleans(),
)
def test_a_password_in_the_query_puts_the_url_in_doubt_and_is_hidden(password, key, base, encoded):
    # redis-py and libpq read `?password=`; kombu's parse and Celery's banner don't hide it.
    typed = quote(password, safe="") if encoded else password
    url = f"{base}{key}={typed}"
    assert not well_formed(url)
    for shown in (redact(url), malformed(url, "BACKEND_CONN")):
        assert typed not in shown and password not in shown


def test_a_query_without_a_password_is_shown():
    url = "postgresql://u:pw@h/p?sslmode=require&passfile=/etc/pgpass"  # passfile: a path
    assert (
        well_formed(url)
        and redact(url) == "postgresql://u:***@h/p?sslmode=require&passfile=/etc/pgpass"
    )
