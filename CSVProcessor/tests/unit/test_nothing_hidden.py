"""Nothing hidden, nothing leaked (no services): one escaped line, a true exit code, no password.

Found by an adversarial pass over the CLI (docs/cli.md "Exit codes", docs/security.md):
a password in a URL's query (`redis://host/0?password=…`, which redis-py and libpq
read) was printed in every "unreachable at" line and the run's log; a query key kombu
sets itself (`?hostname=`) or an unknown broker scheme was a traceback; a file name or
argument holding ESC or a newline reached the terminal raw; `web` on a port in use
exited 3 (rows failed) after printing its address, and over 65535 was a traceback;
`… --json | head -c 0` was exit 1 and a traceback (BrokenPipeError), and Ctrl-C outside an
import's reading (a command waiting on a slow service) a KeyboardInterrupt traceback.
"""

import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csv_import import cli
from csv_import.errors import INTERRUPTED, READER_GONE
from csv_import.settings import Settings
from csv_import.web import command as web_command

MARKER = "\u2042"  # ⁂: printed by nothing but a password (as in the integration test_secrets)
IMPORT_ID = "20261128T160134123456Z-1a2b3c"
COMMANDS = (
    ["people.csv", "--json"],
    ["-csv", "people.csv", "--dry-run", "--json"],
    ["status", IMPORT_ID, "--json"],
    ["status", IMPORT_ID],
    ["list"],
    ["undo", IMPORT_ID, "--json"],
    ["dead-letters", "--json"],
    ["replay", "--all", "--json"],
)


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LOGS_DIR", str(tmp_path / "logs"))
    (tmp_path / "people.csv").write_text("name,email\nAda,ada@example.com\n", encoding="utf-8")


def one_line(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("csvprocessor: "), err
    assert "Traceback" not in err
    return err


@st.composite
def passwords(draw) -> str:
    text = draw(st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"])
                        | st.sampled_from("%@/#?:;[]&="), min_size=2, max_size=12))  # fmt: skip
    return "".join(text[i : i + 2] + MARKER for i in range(0, len(text), 2))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    password=passwords(),
    key=st.sampled_from(["password", "PASSWORD", "sslpassword", "pass%77ord", "passwd"]),
    where=st.sampled_from([
        ("BACKEND_CONN", "redis://127.0.0.1:1/0?socket_timeout=1&{q}"),
        ("BACKEND_CONN", "redis://u:p@127.0.0.1:1/0?{q}"),
        ("DATABASE_URL", "postgresql://people@127.0.0.1:1/people?{q}"),
        ("BROKER_CONN", "amqp://127.0.0.1:1//?{q}"),
        ("BROKER_CONN", "amqp://u:p@127.0.0.1:1//;amqp://127.0.0.1:2//?{q}"),
    ]),
    encoded=st.booleans(),
    command=st.sampled_from(COMMANDS),
)  # fmt: skip
def test_a_password_in_a_urls_query_is_refused_and_never_printed(
    monkeypatch, capsys, password, key, where, encoded, command
):
    variable, shape = where
    value = quote(password, safe="") if encoded else password
    with monkeypatch.context() as env:  # one example's variable only
        env.setenv(variable, shape.format(q=f"{key}={value}"))
        assert cli.main(list(command)) == 2  # a malformed setting: nothing was done
    out, err = capsys.readouterr()
    assert f"{variable} is malformed" in one_line(err)
    pieces = {password[i : i + 3] for i in range(len(password) - 2)} | {password, value}
    assert not [piece for piece in pieces if piece in out + err]
    if "--json" in command:
        assert json.loads(out)["exit"] == 2


@pytest.mark.parametrize(
    "variable, url",
    [
        ("BROKER_CONN", "amqp://127.0.0.1:5672//?hostname=x"),  # kombu: TypeError
        ("BROKER_CONN", "amqq://guest:guest@127.0.0.1:5672//"),  # kombu: KeyError
        ("BROKER_CONN", "amqp://127.0.0.1:99999//"),  # ValueError, when connecting
        ("BACKEND_CONN", "redis://127.0.0.1:99999/0"),  # was exit 1, a service "failed"
    ],
)
@pytest.mark.parametrize("command", [["people.csv", "--json"], ["dead-letters", "--json"]])
def test_a_url_kombu_cannot_use_is_a_malformed_setting(monkeypatch, capsys, variable, url,
                                                       command):  # fmt: skip
    monkeypatch.setenv(variable, url)
    assert cli.main(command) == 2
    out, err = capsys.readouterr()
    assert f"configuration: {variable} is malformed" in one_line(err)
    assert json.loads(out)["exit"] == 2


def test_the_demos_urls_are_still_well_formed():
    Settings.from_env({"BROKER_CONN": "filesystem:///tmp/broker", "BACKEND_CONN": "file:///tmp/r",
                       "DATABASE_URL": "postgresql://h/p?passfile=/x&sslmode=require"})  # fmt: skip


@given(name=st.text(st.characters(categories=["Cc", "Cf", "Zl", "Zp"]), min_size=1, max_size=5))
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@pytest.mark.parametrize(
    "command",
    [
        lambda n: [f"missing{n}.csv", "--json"],
        lambda n: ["status", n],
        lambda n: ["people.csv", f"--no-such-flag{n}"],
        lambda n: ["list", "--limit", n],
    ],
    ids=["missing file", "status", "unknown flag", "list --limit"],
)
def test_control_characters_in_arguments_are_escaped_on_the_one_line(capsys, command, name):
    name = name.replace("\x00", "")  # argv can't hold NUL
    if not name:
        return
    assert cli.main(command(name)) == 2
    err = capsys.readouterr().err
    assert one_line(err)[:-1].isprintable(), err


def test_the_import_line_escapes_the_files_name(tmp_path, capsys):
    name = "a\x1b[31m\nb.csv"
    (tmp_path / name).write_text("name,email\nAda,ada@example.com\n", encoding="utf-8")
    assert cli.main([name, "--dry-run"]) == 0
    err = capsys.readouterr().err
    assert "\x1b" not in err and "a\\x1b[31m\\nb.csv" in err


def test_web_on_a_port_in_use_or_out_of_range_is_one_line_and_exit_2(capsys):
    settings = Settings.from_env({})
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert web_command.main(["--port", str(port)], settings) == 2
    out, err = capsys.readouterr()
    assert out == "" and f"web: cannot listen on 127.0.0.1:{port}: " in one_line(err)
    assert web_command.main(["--port", "65536"], settings) == 2
    assert "at most 65535" in one_line(capsys.readouterr().err)


def shim(*args: str, **kwargs) -> subprocess.Popen:
    """`python csvprocessor.py ARGS`, the documented command, in its own process."""
    command = [sys.executable, str(Path(cli.__file__).parents[1] / "csvprocessor.py"), *args]
    kwargs.setdefault("env", dict(os.environ))
    return subprocess.Popen(command, stderr=subprocess.PIPE, **kwargs)


def test_a_reader_of_stdout_gone_is_exit_141_without_a_traceback(tmp_path):
    # `csvprocessor … --json | head -c 0`: the summary's print raised BrokenPipeError, which
    # main took for a file it could not write (exit 1, "a service failed"), then its own
    # JSON line raised it again: a traceback.
    process = shim("people.csv", "--dry-run", "--json", stdout=subprocess.PIPE)
    process.stdout.close()  # the reader goes away before anything is printed
    with process.stderr:
        err = process.stderr.read().decode()
    assert process.wait(timeout=60) == READER_GONE
    assert "Traceback" not in err and "Broken pipe" not in err, err


def test_ctrl_c_while_a_service_is_slow_is_one_line_and_exit_130():
    # A Redis that accepts and never answers; Ctrl-C once the CLI is connected to it.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        backend = f"redis://:Sekr3tPw@127.0.0.1:{silent.getsockname()[1]}/0"
        process = shim("status", IMPORT_ID, "--json", stdout=subprocess.PIPE,
                       env={**os.environ, "BACKEND_CONN": backend})  # fmt: skip
        silent.settimeout(60)
        connection, _ = silent.accept()
        with connection:
            process.send_signal(signal.SIGINT)
            out, err = process.communicate(timeout=60)
    assert process.returncode == INTERRUPTED
    assert one_line(err.decode()) == "csvprocessor: interrupted (Ctrl-C)\n"
    assert json.loads(out)["exit"] == INTERRUPTED and b"Sekr3tPw" not in out + err


@pytest.mark.parametrize("variable", ["JOB_TTL_SECONDS", "STALL_SECONDS"])
@pytest.mark.parametrize("value", ["-5", "0", "nan", "inf", "a week"])
def test_a_number_setting_that_is_not_a_positive_number_is_named(monkeypatch, capsys, variable,
                                                                 value):  # fmt: skip
    # A negative JOB_TTL_SECONDS was taken (Redis deletes a key given a negative expiry: every
    # job record vanished as written); "a week" said "invalid literal for int()", no name.
    monkeypatch.setenv(variable, value)
    assert cli.main(["status", IMPORT_ID, "--json"]) == 2
    out, err = capsys.readouterr()
    assert (
        one_line(err)
        == f"csvprocessor: configuration: {variable}: {value!r} is not a positive number\n"
    )
    assert json.loads(out)["exit"] == 2
