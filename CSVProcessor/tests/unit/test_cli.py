"""The CLI surface through main(): exit codes, one-line errors, JSON output (no services)."""

import json
import os

import pytest

from csv_import import cli
from csv_import.status import state_of


def write(tmp_path, text, name="people.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_dry_run_prints_one_json_object_with_the_counts(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    csv = write(tmp_path, "name,email\nAda,ada@example.com\n,x@example.com\nBob,bob@\n")
    assert cli.main(["-csv", csv, "--dry-run", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["rows"], summary["accepted"], summary["rejected"], summary["enqueued"]) == (
        3,
        1,
        2,
        0,
    )
    assert summary["rejected_by_reason"] == {"name.empty": 1, "email.invalid": 1}
    for key in ("import_id", "stored", "failed"):
        assert key in summary


@pytest.mark.parametrize(
    "content, message",
    [(None, "nope.csv"), ("", "empty"), ("name,phone\nAda,123\n", "email")],
)
def test_unreadable_files_exit_2_with_one_line(tmp_path, capsys, monkeypatch, content, message):
    monkeypatch.chdir(tmp_path)
    csv = str(tmp_path / "nope.csv") if content is None else write(tmp_path, content)
    assert cli.main(["--csv", csv, "--dry-run"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1
    assert message in captured.err.lower()


@pytest.mark.parametrize(
    "args", [[], ["-csv", "x.csv", "--batch-size", "0"], ["-csv", "x", "--delimiter", "x"]]
)
def test_usage_errors_exit_2(args, capsys):
    with pytest.raises(SystemExit) as caught:
        cli.main(args)
    assert caught.value.code == 2


def test_status_states():
    assert state_of(None, 60) == "unknown"
    assert state_of({"state": "running", "enqueued": "0"}, 60) == "running"
    done = {"state": "enqueued", "enqueued": "3", "stored": "2", "failed": "1"}
    assert state_of(done, 60) == "done"
    waiting = {"state": "enqueued", "enqueued": "3", "stored": "1", "last_progress_at": "1000"}
    assert state_of(waiting, 60, now=1030) == "running"
    assert state_of(waiting, 60, now=1100) == "stalled"
    assert state_of({**done, "undone_at": "1700000000.5"}, 60) == "undone"


def test_undo_refuses_a_malformed_id_before_any_service(capsys):
    assert cli.main(["undo", "20261301T000000000000Z-abcdef", "--json"]) == 2  # month 13
    out, err = capsys.readouterr()
    assert json.loads(out)["state"] == "unknown" and "not an import id" in err


def test_an_unwritable_logs_folder_is_one_line_not_a_traceback(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LOGS_DIR", str(tmp_path / "logs"))
    (tmp_path / "logs").write_text("a file where the folder should be")
    csv = write(tmp_path, "name,email\nAda,ada@example.com\n")
    assert cli.main(["-csv", csv, "--dry-run"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "logs" in err


def test_status_view_shows_pending_and_finish_time():
    from csv_import.status import describe

    job = {"enqueued": "5", "stored": "3", "failed": "1", "last_progress_at": "0"}
    assert describe("x", job, "running")["pending"] == 1
    done = describe("x", {**job, "stored": "4"}, "done")
    assert done["pending"] == 0 and done["finished_at"] == "1970-01-01T00:00:00+00:00"


def test_rejects_never_overwrite_the_input_or_an_existing_file(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = "name,email\nAda,ada@example.com\nBob,bob@\n"
    csv = write(tmp_path, text)
    for target, problem in ((csv, "is the input file itself"), (csv + ".old", "exists already")):
        (tmp_path / "people.csv.old").write_text("keep me")
        assert cli.main(["-csv", csv, "--dry-run", "--rejects", target]) == 2
        assert problem in capsys.readouterr().err
    assert (tmp_path / "people.csv").read_text() == text  # the input is untouched
    assert (tmp_path / "people.csv.old").read_text() == "keep me"


def test_files_with_people_in_them_are_private(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LOGS_DIR", str(tmp_path / "logs"))
    csv = write(tmp_path, "name,email\nBob,bob@\n")
    assert cli.main(["-csv", csv, "--dry-run", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (tmp_path / "logs").stat().st_mode & 0o777 == 0o700
    for path in (summary["log_file"], summary["rejects_file"]):
        assert (tmp_path / path).stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("codec", ["base64", "rot13", "zlib"])
def test_an_encoding_that_is_not_text_is_one_line_and_exit_2(tmp_path, capsys, codec, monkeypatch):
    monkeypatch.chdir(tmp_path)
    csv = write(tmp_path, "name,email\nAda,ada@example.com\n")
    assert cli.main(["-csv", csv, "--dry-run", "--encoding", codec]) == 2
    err = capsys.readouterr().err
    assert f"{codec!r} is not a text encoding" in err and err.count("\n") == 1


def test_with_json_an_error_is_one_json_object_too(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    missing = str(tmp_path / "nope.csv")
    assert cli.main(["-csv", missing, "--json"]) == 2
    out, err = capsys.readouterr()
    failure = json.loads(out)
    assert (failure["exit"], failure["rows"], failure["enqueued"]) == (2, 0, 0)
    assert failure["error"] in err and "No such file" in failure["error"]


def test_a_running_import_whose_cli_stopped_renewing_its_lease_is_interrupted():
    running = {"state": "running", "cli_seen_at": "1000"}
    assert state_of(running, 60, now=1030) == "running"
    assert state_of(running, 60, now=1000 + 61) == "interrupted"
    assert state_of({"state": "interrupted", "enqueued": "5"}, 60) == "interrupted"


def test_standard_input_is_read_with_csv_dash(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    result = subprocess.run(
        [sys.executable, "csvprocessor.py", "-csv", "-", "--dry-run", "--json"],
        cwd=Path(cli.__file__).parents[1],
        env={**os.environ, "LOGS_DIR": str(tmp_path / "logs")},
        input="name,email\nAda,ada@example.com\nZoë,zoe@example.com\n".encode(),
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["file"], summary["rows"], summary["accepted"]) == ("-", 2, 2)
