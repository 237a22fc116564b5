"""The CLI surface through main(): exit codes, one-line errors, JSON output (no services)."""

import codecs
import encodings
import errno
import io
import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

from csv_import import cli
from csv_import.errors import EXIT_CODES
from csv_import.importer import run_import
from csv_import.options import ImportOptions
from csv_import.settings import Settings

CSV_PROCESSOR = Path(cli.__file__).parents[1]


def write(tmp_path, text, name="people.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LOGS_DIR", str(tmp_path / "logs"))


def test_dry_run_prints_one_json_object_with_the_counts(tmp_path, capsys, printed_json):
    csv = write(tmp_path, "name,email\nAda,ada@example.com\n,x@example.com\nBob,bob@\n")
    assert cli.main(["-csv", csv, "--dry-run", "--json"]) == 0
    summary = printed_json(capsys.readouterr().out)
    assert (summary["rows"], summary["accepted"], summary["rejected"], summary["enqueued"]) == (
        3, 1, 2, 0,
    )  # fmt: skip
    assert summary["rejected_by_reason"] == {"name.empty": 1, "email.invalid": 1}
    assert summary["state"] == "previewed" and summary["stored"] is None


def test_the_file_is_also_a_positional_argument(tmp_path, capsys, printed_json):
    csv = write(tmp_path, "name,email\nAda,ada@example.com\n")
    assert cli.main([csv, "--dry-run", "--json"]) == 0
    positional = printed_json(capsys.readouterr().out)
    assert cli.main(["-csv", csv, "--dry-run", "--json"]) == 0
    spelled = printed_json(capsys.readouterr().out)
    assert (positional["file"], positional["rows"]) == (spelled["file"], spelled["rows"])
    assert (positional["file"], positional["rows"]) == (csv, 1)


@pytest.mark.parametrize(
    "content, message",
    [(None, "nope.csv"), ("", "empty"), ("name,phone\nAda,123\n", "email")],
)
def test_unreadable_files_exit_2_with_one_line_and_leave_no_log(tmp_path, capsys, content, message):
    csv = str(tmp_path / "nope.csv") if content is None else write(tmp_path, content)
    assert cli.main(["--csv", csv, "--dry-run"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1
    assert message in captured.err.lower()
    assert list((tmp_path / "logs").iterdir()) == []  # no empty log file behind


USAGE_ERRORS = [
    [],
    ["-csv", "x.csv", "--batch-size", "0"],
    ["-csv", "x.csv", "--batch-size", "ten"],
    ["-csv", "x.csv", "--batch-size", "10001"],
    ["-csv", "x", "--delimiter", "x"],
    ["-csv", "x", "--no-such-flag"],
    ["-csv", "x", "--stall-timeout", "nan"],
    ["a.csv", "-csv", "b.csv"],
    ["-csv", "x", "--rejects", "-"],  # with --json: both want stdout
    ["status"],
    ["status", "20261128T160134123456Z-1a2b3c", "--bogus"],
    ["undo"],
    ["undo", "20261128T160134123456Z-1a2b3c", "--timeout", "-1"],
    ["list", "--limit", "0"],
]


@pytest.mark.parametrize("args", USAGE_ERRORS, ids=lambda a: " ".join(a) or "nothing")
def test_usage_errors_exit_2_with_one_line_and_one_json_object(args, capsys, printed_json):
    assert cli.main([*args, "--json"]) == 2
    out, err = capsys.readouterr()
    assert len(err.strip().splitlines()) == 1 and err.startswith("csvprocessor: ")
    failure = printed_json(out)
    assert failure["exit"] == 2 and failure["error"] in err
    assert cli.main(args) == 2
    assert capsys.readouterr().out == ""  # without --json: nothing on stdout


def test_help_prints_the_table_of_exit_codes(capsys):
    for command in ([], ["status"], ["undo"], ["list"]):
        with pytest.raises(SystemExit) as done:
            cli.main([*command, "--help"])
        assert done.value.code == 0
        out = capsys.readouterr().out
        for code in EXIT_CODES:
            assert f"\n  {code:<4} " in out


def test_the_docs_have_the_same_table_of_exit_codes():
    readme = (CSV_PROCESSOR.parent / "docs" / "cli.md").read_text()
    for code, meaning in EXIT_CODES.items():
        assert f"| `{code}` | {meaning} |" in readme, code


def test_status_of_something_that_is_not_an_import_id(capsys, printed_json):
    assert cli.main(["status", "xyz", "--json"]) == 2
    out, err = capsys.readouterr()
    assert printed_json(out)["state"] == "unknown" and "not an import id" in err


def test_undo_refuses_a_malformed_id_before_any_service(capsys, printed_json):
    assert cli.main(["undo", "20261301T000000000000Z-abcdef", "--json"]) == 2  # month 13
    out, err = capsys.readouterr()
    assert printed_json(out)["state"] == "unknown" and "not an import id" in err


def test_an_unwritable_logs_folder_is_one_line_not_a_traceback(tmp_path, capsys):
    (tmp_path / "logs").write_text("a file where the folder should be")
    csv = write(tmp_path, "name,email\nAda,ada@example.com\n")
    assert cli.main(["-csv", csv, "--dry-run"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "logs" in err


def test_a_rejects_path_in_a_missing_folder_is_exit_2_naming_that_path(tmp_path, capsys):
    """Once exit 1, a service failure, with the input file's name in front of the error."""
    csv = write(tmp_path, "name,email\nAda,ada@example.com\n")
    target = str(tmp_path / "missing" / "rejects.csv")
    assert cli.main(["-csv", csv, "--dry-run", "--rejects", target]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{target}: cannot create" in err and csv not in err


def test_an_input_that_fails_as_it_is_read_is_exit_2_naming_it(tmp_path, capsys, monkeypatch):
    from csv_import.reading import kinds

    def failing(path, sample):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(kinds, "kind_of", failing)
    csv = write(tmp_path, "name,email\nAda,ada@example.com\n")
    assert cli.main(["-csv", csv, "--dry-run"]) == 2
    assert capsys.readouterr().err == f"csvprocessor: {csv}: cannot read: Input/output error\n"


def test_rejects_never_overwrite_the_input_or_an_existing_file(tmp_path, capsys):
    text = "name,email\nAda,ada@example.com\nBob,bob@\n"
    csv = write(tmp_path, text)
    for target, problem in ((csv, "is the input file itself"), (csv + ".old", "exists already")):
        (tmp_path / "people.csv.old").write_text("keep me")
        assert cli.main(["-csv", csv, "--dry-run", "--rejects", target]) == 2
        assert problem in capsys.readouterr().err
    assert (tmp_path / "people.csv").read_text() == text  # the input is untouched
    assert (tmp_path / "people.csv.old").read_text() == "keep me"


def run_subprocess(tmp_path, *args, stdin: bytes = b""):
    return subprocess.run(
        [sys.executable, "csvprocessor.py", *args],
        cwd=CSV_PROCESSOR,
        env={**os.environ, "LOGS_DIR": str(tmp_path / "logs")},
        input=stdin,
        capture_output=True,
        timeout=60,
    )


def test_standard_input_with_an_existing_rejects_path_says_it_exists(tmp_path):
    (tmp_path / "taken.csv").write_text("keep me")
    taken, stdin = str(tmp_path / "taken.csv"), b"name,email\nBob,bob@\n"
    result = run_subprocess(tmp_path, "-csv", "-", "--dry-run", "--rejects", taken, stdin=stdin)
    assert result.returncode == 2
    assert b"exists already" in result.stderr and b"No such file" not in result.stderr


def test_rejects_to_stdout_put_the_summary_on_stderr(tmp_path):
    stdin = b"name,email\nAda,ada@example.com\nBob,bob@\n"
    result = run_subprocess(tmp_path, "-csv", "-", "--dry-run", "--rejects", "-", stdin=stdin)
    assert result.returncode == 0, result.stderr
    rejects = result.stdout.decode("utf-8-sig").splitlines()
    assert rejects[0].startswith("line,reason,message") and rejects[1].startswith("3,email.")
    assert len(rejects) == 2 and b"rows read   2" in result.stderr


def test_files_with_people_in_them_are_private_in_every_folder_created(tmp_path, capsys,
                                                                       monkeypatch):  # fmt: skip
    monkeypatch.setenv("LOGS_DIR", str(tmp_path / "a" / "b" / "logs"))
    csv = write(tmp_path, "name,email\nBob,bob@\n")
    assert cli.main(["-csv", csv, "--dry-run", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    for folder in ("a", "a/b", "a/b/logs"):
        assert (tmp_path / folder).stat().st_mode & 0o777 == 0o700, folder
    for path in (summary["log_file"], summary["rejects_file"]):
        assert (tmp_path / path).stat().st_mode & 0o777 == 0o600


def every_codec() -> list[str]:
    """Every codec module Python has, the text encodings and the others alike."""
    names = {module.name for module in pkgutil.iter_modules(encodings.__path__)}
    return sorted(name for name in names - {"aliases"} if codecs_found(name))


def codecs_found(name: str) -> bool:
    try:
        codecs.lookup(name)
        return True
    except LookupError:  # mbcs, oem: Windows only
        return False


@pytest.mark.parametrize("codec", every_codec())
def test_any_codec_as_encoding_is_read_or_refused_in_one_line(tmp_path, capsys, codec,
                                                               printed_json):  # fmt: skip
    csv = write(tmp_path, "name,email\nAda,ada@example.com\n" + "x" * 90 + "\n")
    code = cli.main(["-csv", csv, "--dry-run", "--encoding", codec, "--json"])
    out, err = capsys.readouterr()
    assert code in (0, 2) and "Traceback" not in err
    view = printed_json(out)
    if code == 2:
        assert err.count("\n") == 1 and view["error"] in err
    for refused in ("base64_codec", "rot_13", "zlib_codec", "punycode", "undefined", "idna"):
        if codec == refused:
            assert code == 2 and "is not a text encoding" in err


def test_the_entry_point_takes_typed_options(tmp_path):
    csv = write(tmp_path, "First Name,Last Name,Email\nAda,Lovelace,ada@example.com\n")
    options = ImportOptions(file=csv, dry_run=True, name_columns=("First Name", "Last Name"))
    summary = run_import(options, Settings.from_env({"LOGS_DIR": str(tmp_path / "logs")}))
    assert (summary.rows, summary.accepted, summary.state) == (1, 1, "previewed")
    assert summary.columns["name"] == ["First Name", "Last Name"]


def test_a_malformed_setting_is_one_line_and_with_json_one_object(monkeypatch, capsys,
                                                                   printed_json):  # fmt: skip
    monkeypatch.setenv("JOB_TTL_SECONDS", "a week")
    assert cli.main(["status", "20261128T160134123456Z-1a2b3c", "--json"]) == 2
    out, err = capsys.readouterr()
    assert err.startswith("csvprocessor: configuration: ") and err.count("\n") == 1
    assert printed_json(out)["exit"] == 2


def test_standard_input_is_read_with_csv_dash(tmp_path):
    stdin = "name,email\nAda,ada@example.com\nZoë,zoe@example.com\n".encode()
    result = run_subprocess(tmp_path, "-csv", "-", "--dry-run", "--json", stdin=stdin)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["file"], summary["rows"], summary["accepted"]) == ("-", 2, 2)


BAD_INPUTS = {
    "binary": (b"\x7fELF\x02\x01\x01\x00" * 400, []),
    "no email column": (b"a,b\n1,2\n", []),
    "header beyond the end": (b"name,email\nAnn,ann@x.org\n", ["--header-line", "9"]),
    "empty": (b"", []),
    "undecodable": (b"name,email\nZo\xeb,zoe@x.org\n" * 3, ["--encoding", "utf-8"]),
    "no sheets": (b"name,email\nAnn,ann@x.org\n", ["--sheet", "People"]),
}


@pytest.mark.parametrize("case", BAD_INPUTS)
def test_standard_input_is_named_as_such_in_errors_not_its_private_copy(
    tmp_path, capsys, monkeypatch, case
):
    """The same bytes from a file and from `-`: the same error, naming the file or `standard
    input` (before: the private copy, /tmp/csvprocessor-stdin-x1y2, a path the user never
    gave, which is gone once the command ends)."""
    data, options = BAD_INPUTS[case]
    (tmp_path / "people.csv").write_bytes(data)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LOGS_DIR", str(tmp_path / "logs"))
    from_file = cli.main(["people.csv", "--dry-run", *options])
    said_for_file = capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    from_stdin = cli.main(["-", "--dry-run", *options])
    said_for_stdin = capsys.readouterr().err
    assert from_file == from_stdin == 2
    assert "people.csv" in said_for_file
    assert said_for_stdin == said_for_file.replace("people.csv", "standard input")
    assert "csvprocessor-stdin" not in said_for_stdin


def test_a_sheet_named_for_a_file_without_sheets_is_refused(tmp_path, capsys):
    """--sheet on a CSV was ignored: the user who names a sheet thinks of another file."""
    csv = write(tmp_path, "name,email\nAnn,ann@x.org\n")
    assert cli.main([csv, "--dry-run", "--sheet", "People", "--json"]) == 2
    out, err = capsys.readouterr()
    assert err == (
        f"csvprocessor: {csv}: --sheet 'People': this is a csv file, it has no sheets "
        "(leave --sheet out)\n"
    )
    assert json.loads(out)["exit"] == 2
