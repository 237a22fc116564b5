"""The CLI surface through main(): exit codes, one-line errors, JSON output (no services)."""

import json

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
    assert describe("x", job, "running")["pending"] == "1"
    done = describe("x", {**job, "stored": "4"}, "done")
    assert done["pending"] == "0" and done["finished_at"] == "1970-01-01T00:00:00+00:00"
