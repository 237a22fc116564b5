"""Fuzz: any bytes as the CSV file. The CLI exits 0 or 2, prints no traceback, and is quick.

Random bytes mostly hit the file-level checks (encoding, header), so half the
examples are CSV-shaped: a known header, then random fields, delimiters,
quotes and line ends, in a random encoding.
"""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csv_import import cli

FIELD = st.text(st.characters(codec="utf-8"), max_size=40) | st.sampled_from(
    ['"', '""', "=cmd|' /C calc'!A0", "ada@example.com", "a@b", "\x00", "\r", "é@é.fr", " "]
)


@st.composite
def csv_shaped(draw) -> bytes:
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    header = draw(st.sampled_from(["full_name,email", "name;e-mail", "First,Last,Email", "email"]))
    rows = draw(st.lists(st.lists(FIELD, max_size=4), max_size=15))
    text = newline.join([header.replace(",", delimiter)] + [delimiter.join(r) for r in rows])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]))
    return text.encode(encoding, errors="replace")


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.binary(max_size=4096) | csv_shaped())
def test_any_bytes_exit_0_or_2_without_a_traceback(tmp_path, capfd, monkeypatch, data):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LOGS_DIR", str(tmp_path / "logs"))
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    code = cli.main(["-csv", str(path), "--dry-run", "--json"])  # a hang: pytest-timeout
    out, err = capfd.readouterr()
    assert code in (0, 2), err
    assert "Traceback" not in err
    if code == 0:
        assert json.loads(out)["dry_run"] is True
    else:  # --json: the error is one JSON object too, with the counts so far
        assert json.loads(out)["exit"] == 2 and out.count("\n") == 1
        assert len(err.strip().splitlines()) == 1, err
