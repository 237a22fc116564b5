"""The import page's settings and its upload folder's rules (no services needed)."""

import os
import stat
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from csv_import.web.config import WebSettings, exposure_problem, is_loopback
from csv_import.web.uploads import UploadError, UploadStore
from people_import_contract.limits import new_import_id


@pytest.mark.parametrize("host", ["127.0.0.1", "127.5.6.7", "::1", "[::1]", "localhost"])
def test_loopback_needs_no_credentials(host):
    assert is_loopback(host)
    assert exposure_problem(host, WebSettings(upload_dir="u")) is None


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.4", "example.org", ""])
def test_anything_else_needs_credentials(host):
    problem = exposure_problem(host, WebSettings(upload_dir="u"))
    assert problem and "WEB_TOKEN" in problem
    assert exposure_problem(host, WebSettings(upload_dir="u", token="t")) is None
    assert exposure_problem(host, WebSettings(upload_dir="u", user="a", password="b")) is None


def test_settings_from_the_environment():
    web = WebSettings.from_env("logs", {})
    assert (web.upload_dir, web.max_upload_bytes, web.needs_auth) == (
        os.path.join("logs", "uploads"), 1 << 30, False,
    )  # fmt: skip
    web = WebSettings.from_env("logs", {"WEB_MAX_UPLOAD_BYTES": "10", "WEB_TOKEN": "x"})
    assert (web.max_upload_bytes, web.needs_auth) == (10, True)
    assert "pw-9q7" not in repr(WebSettings(upload_dir="u", password="pw-9q7", token="pw-9q7"))
    for bad in ({"WEB_MAX_UPLOAD_BYTES": "1e9"}, {"WEB_MAX_UPLOAD_BYTES": "0"},
                {"WEB_USER": "a"}, {"WEB_BATCH_SIZE": "-1"}):  # fmt: skip
        with pytest.raises(ValueError):
            WebSettings.from_env("logs", bad)


@given(st.text(min_size=1, max_size=60))
def test_only_our_ids_become_paths(name):
    store = UploadStore.__new__(UploadStore)
    store.folder = "/uploads"
    with pytest.raises(UploadError):
        store.path(name + "/../x")
    with pytest.raises(UploadError):
        store.path("../" + name)


def test_sweep_deletes_uploads_after_an_hour(tmp_path):
    store = UploadStore(str(tmp_path / "a" / "uploads"), 100)
    assert stat.S_IMODE(os.stat(store.folder).st_mode) == 0o700
    old, fresh = new_import_id(), new_import_id()
    for upload_id in (old, fresh):
        open(store.path(upload_id), "w").close()
        store.save_meta(upload_id, {"name": "x.csv"})
    hour_ago = time.time() - 3700
    os.utime(store.path(old), (hour_ago, hour_ago))
    store.sweep()
    assert not store.exists(old) and store.exists(fresh)
    assert store.meta(old) == {"name": "x.csv"}  # the name stays for the imports' list
    assert stat.S_IMODE(os.stat(store.path(fresh)[:-7] + ".json").st_mode) == 0o600
