"""No password is ever printed: generated passwords in every URL variable, every command.

Hypothesis writes passwords of any characters (`%`, `@`, `/`, `#`, `;`, letters of
any script), typed raw or percent-encoded, into BROKER_CONN, BACKEND_CONN or
DATABASE_URL in several shapes (well formed, `://` mistyped, a port that isn't
one); the service behind it refuses the login or isn't there. Every command then
prints no traceback, and neither the password nor any 3-character piece of it.
A marker every two characters makes each piece of a password a piece of nothing
else the CLI could print (a password "ror" would otherwise be found in "error").
"""

import json
import os
from unittest import mock
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csv_import import cli

pytestmark = pytest.mark.integration
BROKER = "amqp://guest:guest@127.0.0.1:5672//"
MARKER = "\u2042"  # ⁂: printed by nothing but a password
IMPORT_ID = "20261128T160134123456Z-1a2b3c"
CHARACTERS = st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]) | st.sampled_from(
    "%@/#?:;[]"
)


@st.composite
def passwords(draw) -> str:
    text = draw(st.text(CHARACTERS, min_size=2, max_size=16).filter(lambda t: MARKER not in t))
    return "".join(text[i : i + 2] + MARKER for i in range(0, len(text), 2))


def pieces(password: str) -> set[str]:
    return {password[i : i + 3] for i in range(len(password) - 2)} | {password}


def url(variable: str, shape: str, password: str) -> str:
    """A URL for `variable` holding `password`, whose service refuses it or isn't there."""
    typed = quote(password, safe="") if shape == "encoded" else password
    scheme, where = {
        "BROKER_CONN": ("amqp", "127.0.0.1:5672//"),  # our RabbitMQ: ACCESS_REFUSED
        "BACKEND_CONN": ("redis", "127.0.0.1:1/0"),  # nothing listens
        "DATABASE_URL": ("postgresql", "127.0.0.1:1/people"),
    }[variable]
    return {
        "encoded": f"{scheme}://people:{typed}@{where}",
        "raw": f"{scheme}://people:{typed}@{where}",
        "no colon": f"{scheme}//people:{typed}@{where}",
        "bad port": f"{scheme}://people:{typed}@127.0.0.1:port/x",
    }[shape]


def commands(csv: str) -> list[list[str]]:
    return [
        [csv, "--json"],
        ["-csv", csv, "--dry-run", "--json"],  # with DATABASE_URL: the preview
        [csv],
        ["status", IMPORT_ID, "--json"],
        ["status", IMPORT_ID],
        ["list"],
        ["undo", IMPORT_ID, "--json"],
    ]


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    password=passwords(),
    variable=st.sampled_from(["BROKER_CONN", "BACKEND_CONN", "DATABASE_URL"]),
    shape=st.sampled_from(["encoded", "raw", "no colon", "bad port"]),
    command=st.integers(0, 6),
)
def test_no_password_is_printed(tmp_path, capfd, queue, password, variable, shape, command):
    csv = tmp_path / "people.csv"
    csv.write_text("name,email\nAda,ada@example.com\n")
    environment = {
        "BROKER_CONN": BROKER,
        "BACKEND_CONN": "redis://127.0.0.1:6379/0",
        "IMPORT_QUEUE": queue,
        "LOGS_DIR": str(tmp_path / "logs"),
        variable: url(variable, shape, password),
    }
    capfd.readouterr()
    with mock.patch.dict(os.environ, environment):
        code = cli.main(commands(str(csv))[command])
    out, err = capfd.readouterr()
    assert code in (0, 1, 2), err
    assert "Traceback" not in err
    printed = out + err
    if "--json" in commands("")[command]:  # JSON escapes ⁂ as \u2042: read it back too
        printed += json.dumps(json.loads(out), ensure_ascii=False)
    for piece in pieces(password):
        assert piece not in printed, (piece, printed)


@pytest.mark.parametrize("command", [0, 6], ids=["import", "undo"])
def test_no_password_is_printed_when_the_broker_is_down(tmp_path, capfd, queue, command):
    password = f"pa{MARKER}ss/w{MARKER}rd"
    csv = tmp_path / "people.csv"
    csv.write_text("name,email\nAda,ada@example.com\n")
    environment = {
        "BROKER_CONN": f"amqp://people:{quote(password, safe='')}@127.0.0.1:1//",  # no one there
        "IMPORT_QUEUE": queue,
        "LOGS_DIR": str(tmp_path / "logs"),
    }
    with mock.patch.dict(os.environ, environment):
        assert cli.main(commands(str(csv))[command]) == 1
    out, err = capfd.readouterr()
    assert "broker unreachable at amqp://people:***@127.0.0.1:1//" in err
    for piece in pieces(password) | pieces(quote(password, safe="")):
        assert piece not in out + json.dumps(json.loads(out), ensure_ascii=False) + err
