"""The import page's JSON API and its rules, against the real services and a real worker."""

import json
import os
import stat
import threading
import time

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from csv_import.job_record import JobRecord, job_records_for
from csv_import.options import DELIMITER_SPELLINGS
from csv_import.settings import Settings
from csv_import.web import imports as web_imports
from people_import_contract.job_record import LEASE_SECONDS, job_key
from people_import_contract.limits import new_import_id
from tests.helpers import SUMMARY_SCHEMA, people, run_cli, run_json, write_csv
from tests.web import EXPORT, LEGACY, SCRIPT, TWO_TABLES, client, csrf

pytestmark = pytest.mark.e2e
TRACEBACK = "Traceback"


def upload(api, content: bytes, headers=None, **form):
    files = {"file": ("export.csv", content, "text/csv")}
    return api.post("/api/imports", files=files, data=form, headers=headers)


def wait_for(api, import_id: str, states, timeout: float = 120) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        view = api.get(f"/api/imports/{import_id}").json()
        if view.get("state") in states:
            return view
        time.sleep(0.3)
    raise AssertionError(f"still {view} after {timeout}s")


@pytest.mark.timeout(300)
def test_upload_review_preview_start_status_rejects_undo(db, env, start_worker, tmp_path):
    start_worker()
    api = client(env, tmp_path)
    headers = csrf(api)
    response = upload(api, EXPORT.encode(), headers)
    assert response.status_code == 201, response.text
    result = response.json()
    import_id = result["id"]
    roles = {c["header"]: c["role"] for c in result["mapping"]["columns"]}
    assert roles == {"Full Name": "name", "Company": "ignored", "E-mail 1 - Value": "email",
                     "E-mail 2 - Value": "email"}  # fmt: skip
    assert result["mapping"]["header_line"] == 2  # the preamble line skipped
    preview = result["preview"]
    jsonschema.validate(preview, SUMMARY_SCHEMA)
    assert (preview["state"], preview["would_insert"], preview["rejected"]) == ("previewed", 4, 0)
    assert people(db) == []  # a preview stores nothing
    # The second email column ignored: Ben's first address is invalid, so he is rejected.
    mapping = {"name_columns": ["Full Name"], "email_columns": ["E-mail 1 - Value"]}
    remapped = api.post(f"/api/imports/{import_id}/mapping", json=mapping, headers=headers)
    assert remapped.status_code == 200, remapped.text
    assert remapped.json()["preview"]["rejected"] == 1
    assert (
        list(remapped.json()["reject_examples"]) == ["email.invalid"]
        or remapped.json()["reject_examples"]
    )
    started = api.post(f"/api/imports/{import_id}/start", headers=headers)
    assert started.status_code == 200, started.text
    again = api.post(f"/api/imports/{import_id}/start", headers=headers)
    assert again.status_code == 409 and "started already" in again.json()["error"]
    view = wait_for(api, import_id, ("done", "done_with_failures"))
    jsonschema.validate(view, SUMMARY_SCHEMA)
    assert (view["state"], view["stored"], view["rejected"]) == ("done", 3, 1)
    assert sorted(email for _, email in people(db)) == ["ann@example.com", "cy@x.org",
                                                        "xss@example.com"]  # fmt: skip
    status = json.loads(run_cli(env, "status", import_id, "--json").stdout)
    assert {k: v for k, v in status.items() if k != "pending"} == {
        k: v for k, v in view.items() if k != "pending"
    }  # the same object as `status --json`
    assert not os.path.exists(tmp_path / "uploads" / f"{import_id}.upload")  # read, then deleted
    rejects = api.get(f"/api/imports/{import_id}/rejects")
    assert rejects.status_code == 200 and "not-an-email" in rejects.text
    assert rejects.text.splitlines()[0].startswith("\ufeffline,reason,message")
    undone = api.post(f"/api/imports/{import_id}/undo", headers=headers)
    assert undone.status_code == 200, undone.text
    assert (undone.json()["state"], undone.json()["removed"]) == ("undone", 3)
    assert people(db) == []
    assert api.get(f"/api/imports/{import_id}").json()["state"] == "undone"


def test_errors_are_one_sentence(db, env, tmp_path):
    api = client(env, tmp_path)
    headers = csrf(api)
    no_email = upload(api, b"name,phone\nAnn,123\n", headers)
    assert no_email.status_code == 400
    body = no_email.json()
    assert body["exit"] == 2 and "no email column" in body["error"] and "'phone'" in body["error"]
    assert os.listdir(tmp_path / "uploads") == []  # an unreadable upload is not kept
    pdf = upload(api, b"%PDF-1.7 not people", headers)
    assert pdf.status_code == 400
    assert pdf.json()["error"].startswith("export.csv: this is a PDF document")
    never = new_import_id()  # well formed, never seen (a fixed id may be another test's)
    for path in (f"/api/imports/{never}", "/api/imports/../../etc/passwd"):
        missing = api.get(path)
        assert missing.status_code == 404 and TRACEBACK not in missing.text
    page = api.get(f"/imports/{never}")
    assert page.status_code == 404 and "no import" in page.text and TRACEBACK not in page.text
    no_email = {"file": ("people.csv", b"name,phone\nAnn,123\n", "text/csv")}
    form = api.post("/upload", data={"csrf_token": headers["X-CSRF-Token"]}, files=no_email)
    assert form.status_code == 400 and TRACEBACK not in form.text
    assert (
        "people.csv: no email column (columns found: &#39;name&#39;, &#39;phone&#39;)" in form.text
    )
    empty = upload(api, b"", headers)
    assert empty.status_code == 400 and "empty file" in empty.json()["error"]


def test_csrf_is_required_on_every_post(db, env, tmp_path):
    api = client(env, tmp_path)
    refused = upload(api, EXPORT.encode())
    assert refused.status_code == 403 and "CSRF" in refused.json()["error"]
    assert os.listdir(tmp_path / "uploads") == []  # refused before the file was written
    forged = upload(api, EXPORT.encode(), {"X-CSRF-Token": "forged.0000"})
    assert forged.status_code == 403
    import_id = upload(api, EXPORT.encode(), csrf(api)).json()["id"]
    for path in ("start", "undo", "mapping"):
        response = api.post(f"/api/imports/{import_id}/{path}", json={})
        assert response.status_code == 403, path
    form = api.post(f"/imports/{import_id}/start", data={"csrf_token": "nope"})
    assert form.status_code == 403 and "CSRF" in form.text
    # A token of another server (another secret) is refused too.
    other = client(env, tmp_path / "other")
    assert api.post(f"/api/imports/{import_id}/start", headers=csrf(other)).status_code == 403
    assert api.get(f"/api/imports/{import_id}").json()["state"] == "previewed"


def test_uploads_are_private_bounded_and_not_named_by_the_user(db, env, tmp_path):
    api = client(env, tmp_path, max_upload_bytes=2000)
    headers = csrf(api)
    big = EXPORT.encode() + b"".join(b"P %d,,p%d@example.com,\n" % (n, n) for n in range(200))
    assert upload(api, big, headers).status_code == 413
    # Without a Content-Length (chunked): stopped while streaming.
    boundary = "b0undary"
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
             f'filename="../../evil.csv"\r\n\r\n'.encode(), big,
             f"\r\n--{boundary}--\r\n".encode()]  # fmt: skip
    streamed = api.post("/api/imports", content=iter(parts), headers={
        **headers, "Content-Type": f"multipart/form-data; boundary={boundary}"})  # fmt: skip
    assert streamed.status_code == 413 and "WEB_MAX_UPLOAD_BYTES" in streamed.json()["error"]
    assert os.listdir(tmp_path / "uploads") == []
    many = [f'--{boundary}\r\nContent-Disposition: form-data; name="f{n}"\r\n\r\n'.encode()
            + b"x" * 1000 + b"\r\n" for n in range(100)]  # fmt: skip
    multipart = {**headers, "Content-Type": f"multipart/form-data; boundary={boundary}"}
    end = f"--{boundary}--\r\n".encode()
    fields = api.post("/api/imports", content=iter([*many, end]), headers=multipart)
    assert fields.status_code == 400 and "fields beside the file" in fields.json()["error"]
    small = [parts[0], EXPORT.encode(), parts[2]]
    ok = api.post("/api/imports", content=iter(small), headers={
        **headers, "Content-Type": f"multipart/form-data; boundary={boundary}"})  # fmt: skip
    assert ok.status_code == 201, ok.text
    assert ok.json()["file"] == "evil.csv"  # its last path component, as text only
    assert not (tmp_path / "evil.csv").exists()
    folder = tmp_path / "uploads"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    names = os.listdir(folder)
    assert sorted(names) == [f"{ok.json()['id']}.json", f"{ok.json()['id']}.upload"]
    assert all(stat.S_IMODE((folder / n).stat().st_mode) == 0o600 for n in names)


def test_authentication_token_and_basic(db, env, tmp_path):
    token = "s3cret-token-value"
    api = client(env, tmp_path, token=token)
    for path in ("/", f"/api/imports/{new_import_id()}", "/docs", "/static/app.js"):
        assert api.get(path).status_code == 401, path
    bearer = {"Authorization": f"Bearer {token}"}
    assert api.get("/", headers=bearer).status_code == 200
    # Bearer-authenticated requests need no CSRF token: no browser sends that header by itself.
    response = upload(api, EXPORT.encode(), bearer)
    assert response.status_code == 201
    assert token not in response.text
    # A browser: ?token= once sets an HttpOnly cookie and leaves the address.
    first = api.get(f"/?token={token}", follow_redirects=False)
    assert first.status_code == 303 and first.headers["location"] == "/"
    assert "httponly" in first.headers["set-cookie"].lower()
    page = api.get("/")
    assert page.status_code == 200 and token not in page.text
    api.cookies.clear()
    assert api.get(f"/?token=wrong{token}").status_code == 401
    basic = client(env, tmp_path / "b", user="admin", password="pw-1234")
    assert basic.get("/").status_code == 401
    assert "Basic" in basic.get("/").headers["www-authenticate"]
    assert basic.get("/", auth=("admin", "pw-1234")).status_code == 200
    assert basic.get("/", auth=("admin", "wrong")).status_code == 401


def test_refuses_a_public_address_without_credentials(env):
    result = run_cli({**env, "WEB_TOKEN": ""}, "web", "--host", "0.0.0.0", "--port", "1")
    assert result.returncode == 2
    assert "refusing to listen on 0.0.0.0 without authentication" in result.stderr
    assert TRACEBACK not in result.stderr


def test_values_are_shown_as_text(db, env, tmp_path):
    api = client(env, tmp_path)
    import_id = upload(api, EXPORT.encode(), csrf(api)).json()["id"]
    page = api.get(f"/imports/{import_id}")
    assert page.status_code == 200
    assert SCRIPT not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    assert 'name="csrf_token"' in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-frame-options"] == "DENY"
    paths = api.get("/openapi.json").json()["paths"]  # FastAPI's OpenAPI, shown at /docs
    one = "/api/imports/{import_id}"
    assert {"/api/imports", one, f"{one}/start", f"{one}/undo", f"{one}/rejects"} <= set(paths)


def test_a_broker_down_is_one_sentence_on_the_page(db, env, tmp_path):
    api = client({**env, "BROKER_CONN": "amqp://guest:guest@127.0.0.1:1//"}, tmp_path)
    headers = csrf(api)
    import_id = upload(api, EXPORT.encode(), headers).json()["id"]  # a preview needs no broker
    assert api.post(f"/api/imports/{import_id}/start", headers=headers).status_code == 200
    view = wait_for(api, import_id, ("failed",), timeout=60)
    jsonschema.validate(view, SUMMARY_SCHEMA)
    assert "broker" in view["error"] and "\n" not in view["error"]
    assert ":guest@" not in view["error"]  # the password never shown
    page = api.get(f"/imports/{import_id}")
    assert page.status_code == 200 and view["error"] in page.text and TRACEBACK not in page.text
    assert people(db) == []


def test_a_workbook_by_content_its_sheet_chosen_and_a_mapping_remembered(
    db, env, start_worker, tmp_path
):
    import xlsxwriter

    path = tmp_path / "book.bin"  # no extension: the kind comes from the content
    with xlsxwriter.Workbook(str(path)) as book:
        book.add_worksheet("Notes").write_row(0, 0, ["nothing here"])
        people_sheet = book.add_worksheet("People")
        people_sheet.write_row(0, 0, ["Name", "Mail", "Backup email"])
        people_sheet.write_row(1, 0, ["Ann Lee", "ann@example.com", "ann2@example.com"])
    api = client(env, tmp_path)
    headers = csrf(api)
    # The first sheet holds no table of people: the next visible one that does is read.
    first = upload(api, path.read_bytes(), headers)
    assert first.status_code == 201 and first.json()["mapping"]["sheet"] == "People"
    uploaded = upload(api, path.read_bytes(), headers, mapping=json.dumps({"sheet": "People"}))
    assert uploaded.status_code == 201, uploaded.text
    review = uploaded.json()["mapping"]
    assert (review["kind"], review["sheet"]) == ("xlsx", "People")
    assert review["sheets"] == ["Notes", "People"]
    roles = {c["header"]: c["role"] for c in review["columns"]}
    assert roles == {"Name": "name", "Mail": "email", "Backup email": "email"}  # a fallback address
    # Only the backup column as the email, remembered for files with this header.
    chosen = {"name_columns": ["Name"], "email_columns": ["Backup email"], "sheet": "People",
              "remember": True}  # fmt: skip
    remapped = api.post(f"/api/imports/{uploaded.json()['id']}/mapping", json=chosen,
                        headers=headers)  # fmt: skip
    assert remapped.status_code == 200, remapped.text
    again = upload(api, path.read_bytes(), headers, mapping=json.dumps({"sheet": "People"}))
    roles = {c["header"]: c["role"] for c in again.json()["mapping"]["columns"]}
    assert roles["Mail"] == "email"  # an explicit mapping wins over the saved one
    csv_same_header = b"Name,Mail,Backup email\nBen,ben@example.com,ben2@example.com\n"
    saved = upload(api, csv_same_header, headers).json()
    roles = {c["header"]: c["role"] for c in saved["mapping"]["columns"]}
    assert roles == {"Name": "name", "Mail": "ignored", "Backup email": "email"}
    bad = api.post(f"/api/imports/{saved['id']}/mapping", content=b"[1]", headers=headers)
    assert bad.status_code == 400 and bad.json()["error"].startswith("mapping: expected")
    # The CSV has no sheets: the remembered mapping's sheet is not named when it starts
    # (an import given --sheet for a CSV is refused).
    start_worker()
    assert api.post(f"/api/imports/{saved['id']}/start", headers=headers).status_code == 200
    view = wait_for(api, saved["id"], ("done", "done_with_failures", "failed"))
    assert (view["state"], view["stored"]) == ("done", 1), view
    assert people(db) == [("Ben", "ben2@example.com")]


def test_the_header_line_chosen_by_the_user(db, env, start_worker, tmp_path):
    start_worker()
    api = client(env, tmp_path)
    headers = csrf(api)
    result = upload(api, TWO_TABLES.encode(), headers).json()
    assert result["mapping"]["header_line"] == 1 and result["preview"]["accepted"] == 5
    remapped = api.post(f"/api/imports/{result['id']}/mapping", json={"header_line": 8},
                        headers=headers)  # fmt: skip
    assert remapped.status_code == 200, remapped.text
    assert remapped.json()["mapping"]["header_line"] == 8
    preview = remapped.json()["preview"]
    assert (preview["accepted"], preview["rejected"], preview["skipped_lines"]) == (2, 0, 7)
    for bad, problem in (({"header_line": 0}, "header_line"), ({"header_line": "8"}, "header_line"),
                         ({"header_line": 99}, "ends before")):  # fmt: skip
        refused = api.post(f"/api/imports/{result['id']}/mapping", json=bad, headers=headers)
        assert refused.status_code == 400 and problem in refused.json()["error"], refused.text
        assert TRACEBACK not in refused.text
    api.post(f"/api/imports/{result['id']}/mapping", json={"header_line": 8}, headers=headers)
    assert api.post(f"/api/imports/{result['id']}/start", headers=headers).status_code == 200
    view = wait_for(api, result["id"], ("done", "done_with_failures"))
    assert (view["state"], view["stored"]) == ("done", 2)
    assert people(db) == [("Ann Lee", "ann@example.com"), ("Cy Park", "cy@x.org")]


KNOWN = "SELECT email, full_name, phone, company, attributes FROM people ORDER BY email"


def stored(db) -> dict:
    with db.connect() as connection:
        return {row[0]: tuple(row[1:]) for row in connection.execute(text(KNOWN))}


def imported(api, headers, content: str, mapping: dict | None = None, remap: dict | None = None):
    """Upload (with `mapping`), remap (`remap`), start and wait: the preview's counts must be
    the import's, under the policy the API says it used."""
    form = {"mapping": json.dumps(mapping)} if mapping else {}
    response = upload(api, content.encode(), headers, **form)
    assert response.status_code == 201, response.text
    result = response.json()
    if remap is not None:
        response = api.post(f"/api/imports/{result['id']}/mapping", json=remap, headers=headers)
        assert response.status_code == 200, response.text
        result = response.json()
    assert api.post(f"/api/imports/{result['id']}/start", headers=headers).status_code == 200
    view = wait_for(api, result["id"], ("done", "done_with_failures"))
    preview = result["preview"]
    assert (preview["would_insert"], preview["would_update"], preview["unchanged"]) == (
        view["inserted"], view["updated"], view["unchanged"])  # fmt: skip
    assert preview["merge"] == view["merge"] == result["mapping"]["merge"]
    return result, view


@pytest.mark.timeout(300)
def test_merge_keep_columns_and_region_chosen_through_the_api(db, env, start_worker, tmp_path):
    start_worker()
    api = client(env, tmp_path)
    headers = csrf(api)
    run_json(env, "-csv", write_csv(tmp_path / "before.csv", [("Ann Old", "ann@example.com")]),
             "--wait")  # fmt: skip
    # fill-blanks, the other columns kept, phone numbers of Germany: Ann keeps her name and
    # gets the fields she had none of; Cy is new.
    fill = ("Full Name,Email,Phone,Company,Notes\n"
            "Ann New,ann@example.com,030 1234567,Acme,vip\n"
            "Cy Ngo,cy@example.com,,Umbrella,new\n")  # fmt: skip
    chosen = {"merge": "fill-blanks", "keep_columns": True, "region": "de"}
    result, view = imported(api, headers, fill, chosen)
    assert {k: result["mapping"][k] for k in chosen} == {**chosen, "region": "DE"}
    assert (view["state"], view["inserted"], view["updated"]) == ("done", 1, 1)
    assert view["merge"] == "fill-blanks"
    assert stored(db) == {
        "ann@example.com": ("Ann Old", "+49301234567", "Acme", {"Notes": "vip"}),
        "cy@example.com": ("Cy Ngo", None, "Umbrella", {"Notes": "new"}),
    }
    status = json.loads(run_cli(env, "status", result["id"], "--json").stdout)
    assert status["merge"] == "fill-blanks"
    page = api.get(f"/imports/{result['id']}")
    assert '<strong id="merge-policy">fill-blanks</strong>' in page.text
    # insert-only, chosen when remapping: the people already stored are left untouched.
    insert = "Full Name,Email\nAnn Third,ann@example.com\nDee Fox,dee@example.com\n"
    result, view = imported(api, headers, insert, remap={"merge": "insert-only"})
    assert (view["merge"], view["inserted"], view["updated"]) == ("insert-only", 1, 0)
    assert result["mapping"]["keep_columns"] is False and result["mapping"]["region"] is None
    assert stored(db)["ann@example.com"] == ("Ann Old", "+49301234567", "Acme", {"Notes": "vip"})
    assert stored(db)["dee@example.com"] == ("Dee Fox", None, None, None)
    # overwrite, the default: the row's values replace the stored ones, no attributes kept.
    overwrite = "Full Name,Email,Notes\nAnn Last,ann@example.com,gone\n"
    result, view = imported(api, headers, overwrite)
    assert result["mapping"]["merge"] == view["merge"] == "overwrite"
    assert view["updated"] == 1
    assert stored(db)["ann@example.com"][0] == "Ann Last"


def test_bad_choices_are_a_400_naming_the_field(db, env, tmp_path):
    api = client(env, tmp_path)
    headers = csrf(api)
    for bad, field in (({"merge": "newest"}, "merge: one of overwrite, fill-blanks, insert-only"),
                       ({"merge": 1}, "merge"), ({"region": "XX"}, "region: 'XX'"),
                       ({"region": 49}, "region"), ({"keep_columns": "yes"}, "keep_columns"),
                       ({"header_line": 0}, "header_line")):  # fmt: skip
        refused = upload(api, EXPORT.encode(), headers, mapping=json.dumps(bad))
        assert refused.status_code == 400, (bad, refused.text)
        body = refused.json()
        assert body["exit"] == 2 and body["error"].startswith(f"mapping: {field}"), body
        assert TRACEBACK not in refused.text
    assert os.listdir(tmp_path / "uploads") == []  # refused uploads are not kept
    result = upload(api, EXPORT.encode(), headers, mapping=json.dumps({"merge": "insert-only"}))
    import_id = result.json()["id"]
    refused = api.post(f"/api/imports/{import_id}/mapping", json={"region": "Mars"},
                       headers=headers)  # fmt: skip
    assert refused.status_code == 400 and "region: 'MARS'" in refused.json()["error"]
    view = api.get(f"/api/imports/{import_id}").json()
    assert view["merge"] == "insert-only"  # a refused change changes nothing
    # The page's form: the same check, the same sentence.
    form = {"csrf_token": headers["X-CSRF-Token"], "merge": "insert-only", "region": "zz"}
    page = api.post(f"/imports/{import_id}/mapping", data=form)
    assert page.status_code == 400 and "region: &#39;ZZ&#39; is not a region code" in page.text
    form = {"csrf_token": headers["X-CSRF-Token"], "merge": "fill-blanks", "region": " fr "}
    assert api.post(f"/imports/{import_id}/mapping", data=form).status_code == 200
    chosen = api.get(f"/imports/{import_id}").text
    assert '<option value="fill-blanks" selected>' in chosen and 'value="FR"' in chosen


def test_an_ldif_book_is_reviewed_by_its_format(db, env, tmp_path):
    """No columns to choose for LDIF (as for vCards): the page says which attributes it reads."""
    api = client(env, tmp_path)
    book = b"dn: cn=Ann Lee\ncn: Ann Lee\nmail: ann@example.com\n\ndn: cn=Bo\ncn: Bo\nmail: bo@x\n"
    result = upload(api, book, csrf(api)).json()
    mapping, import_id = result["mapping"], result["id"]
    assert (mapping["kind"], mapping["editable"], mapping["columns"]) == ("ldif", False, [])
    assert result["preview"]["accepted"] == 1 and result["preview"]["rejected"] == 1
    page = api.get(f"/imports/{import_id}").text
    assert "name ← cn, else displayName" in page


def test_an_import_this_server_runs_is_never_shown_interrupted(db, env, tmp_path):
    """A record whose lease looks lapsed (a publish held up for a minute on a loaded host)
    is the page's final "interrupted" only once this server's own run of it has ended."""
    api = client(env, tmp_path)
    imports = api.app.state.imports
    settings = Settings.from_env(env)
    import_id = new_import_id()
    records = job_records_for(settings.backend_url, settings.job_ttl_seconds, settings.redis_ssl())
    lapsed = time.time() - 10 * LEASE_SECONDS
    records.update(import_id, {"file": "x.csv", "state": "running", "cli_seen_at": lapsed})
    release = threading.Event()
    run = threading.Thread(target=release.wait, daemon=True)  # stands for the import's thread
    imports.threads[import_id] = run
    run.start()
    try:
        assert api.get(f"/api/imports/{import_id}").json()["state"] == "running"
    finally:
        release.set()
        run.join()
    assert api.get(f"/api/imports/{import_id}").json()["state"] == "interrupted"


RUN_ENDS = ("before the page asks", "while the page reads its record")


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(enqueued=st.integers(1, 30), data=st.data(), began=st.booleans(),
       ends=st.sampled_from(RUN_ENDS))  # fmt: skip
def test_a_run_that_ends_while_its_record_is_read_is_not_interrupted(
    env, tmp_path, monkeypatch, enqueued, data, began, ends
):
    """A small file's whole run (record written, run over) can fit between the page's read
    of the record and its look at the run on a loaded host: seen as "no record, no run", it
    was "interrupted", the page's final word, and the page stopped asking (a browser test
    waited for done until its timeout). The run is looked at first, so the page says it is
    reading or running, then what the record says."""
    stored = data.draw(st.integers(0, enqueued), label="stored")
    failed = data.draw(st.integers(0, enqueued - stored), label="failed")
    if stored + failed < enqueued:
        expected = "running"
    else:
        expected = "done_with_failures" if failed else "done"
    api = client(env, tmp_path)
    imports = api.app.state.imports
    config = Settings.from_env(env)
    records = job_records_for(config.backend_url, config.job_ttl_seconds, config.redis_ssl())
    import_id, release = new_import_id(), threading.Event()
    imports.store.save_meta(import_id, {"name": "export.csv", "preview": {"file": "export.csv"},
                                        "started_at": time.time()})  # fmt: skip
    record = JobRecord(records, import_id)
    if began:  # the run's first write, once the file is open and the broker answered
        record.update({"file": "export.csv", "started_at": "now", "state": "running"})
    run = threading.Thread(target=release.wait, daemon=True)  # stands for the import's thread
    imports.threads[import_id] = run
    run.start()

    def end() -> None:  # the run's last write, the workers' counts, and the run is over
        record.update({"state": "enqueued", "rows": enqueued, "accepted": enqueued,
                       "rejected": 0, "enqueued": enqueued})  # fmt: skip
        records.update(import_id, {"stored": stored, "failed": failed,
                                   "last_progress_at": f"{time.time():.3f}"})  # fmt: skip
        release.set()
        run.join()

    read = web_imports.read_job

    def read_then_end(*args):
        job = read(*args)
        if not release.is_set():
            end()
        return job

    try:
        if ends == RUN_ENDS[0]:
            end()
        monkeypatch.setattr(web_imports, "read_job", read_then_end)
        first = api.get(f"/api/imports/{import_id}").json()["state"]
        monkeypatch.undo()
        assert first == (expected if ends == RUN_ENDS[0] else "running" if began else "reading")
        assert api.get(f"/api/imports/{import_id}").json()["state"] == expected
    finally:
        release.set()
        records.client.delete(job_key(import_id))


def test_an_import_is_running_from_the_moment_its_start_is_saved(db, env, tmp_path):
    """A look at the import between its start being saved and its run beginning (another
    tab, the API) sees it reading, never "started, and no run of it here": interrupted."""
    api = client(env, tmp_path)
    imports, headers = api.app.state.imports, csrf(api)
    import_id = upload(api, EXPORT.encode(), headers).json()["id"]
    seen, save = [], imports.store.save_meta

    def save_then_look(upload_id: str, meta: dict) -> None:
        save(upload_id, meta)
        if meta.get("started_at") and not seen:
            seen.append(imports.view(upload_id)["state"])

    imports.store.save_meta = save_then_look
    started = api.post(f"/api/imports/{import_id}/start", headers=headers)
    assert started.status_code == 200, started.text
    imports.threads[import_id].join(120)
    assert seen == ["reading"]


@pytest.mark.timeout(300)
def test_a_server_keeps_no_thread_of_an_ended_run(db, env, tmp_path):
    """One finished Thread a run was kept for the server's lifetime; a run's end is told by
    its job record. Ended runs are let go when the next one starts; the page still says
    how each ended."""
    api = client(env, tmp_path)
    imports, headers = api.app.state.imports, csrf(api)
    ids = []
    for n in range(3):
        import_id = upload(api, EXPORT.encode(), headers).json()["id"]
        assert api.post(f"/api/imports/{import_id}/start", headers=headers).status_code == 200
        imports.threads[import_id].join(120)
        ids.append(import_id)
        assert list(imports.threads) == [import_id], n
    for import_id in ids:
        state = api.get(f"/api/imports/{import_id}", headers=headers).json()["state"]
        assert state not in ("interrupted", "reading"), (import_id, state)


def test_an_encoding_the_reader_cannot_decide_is_chosen_through_the_api(
    db, env, start_worker, tmp_path
):
    start_worker()
    api = client(env, tmp_path)
    headers = csrf(api)
    refused = upload(api, LEGACY.encode("iso8859-2"), headers)
    assert refused.status_code == 400, refused.text
    body = refused.json()
    assert body["exit"] == 2 and body["choose"] == ["encoding"], body
    assert "read it equally well" in body["error"] and "--encoding" not in body["error"]
    assert body["error"].endswith("choose the file's encoding below")
    # The same upload, kept, read again with the encoding given; then imported.
    chosen = {"encoding": "iso-8859-2"}
    response = api.post(f"/api/imports/{body['id']}/mapping", json=chosen, headers=headers)
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["mapping"]["encoding"] == "iso8859-2" and result["preview"]["accepted"] == 2
    assert api.post(f"/api/imports/{body['id']}/start", headers=headers).status_code == 200
    assert wait_for(api, body["id"], ("done",))["inserted"] == 2
    assert stored(db) == {"ann@example.com": ("Ann Lee", None, None, None),
                          "urska@example.com": ("Urška Turk", None, None, None)}  # fmt: skip
    # Given with the upload, a delimiter too: read so from the start.
    semicolons = LEGACY.replace(",", ";").replace("Urška", "Uršula").encode("iso8859-2")
    mapping = {"encoding": "iso-8859-2", "delimiter": ";", "merge": "insert-only"}
    response = upload(api, semicolons, headers, mapping=json.dumps(mapping))
    assert response.status_code == 201, response.text
    assert response.json()["mapping"]["delimiter"] == ";"
    assert response.json()["preview"]["would_update"] == 0  # insert-only: Ann stays


def test_a_delimiter_is_taken_in_the_spellings_the_cli_takes(db, env, tmp_path):
    """`TAB`, `tab`, `\\t` or a TAB: the CLI's --delimiter reading (options.delimiter_of);
    a remapping to `pipe` reads the file again with |; a space is refused naming them all."""
    api = client(env, tmp_path)
    headers = csrf(api)
    tsv = b"name\temail\nAda Lovelace\tada@example.com\nBo Li\tbo@example.com\n"
    for spelling in ("TAB", "tab", " Tab ", "\\t", "\t"):
        response = upload(api, tsv, headers, mapping=json.dumps({"delimiter": spelling}))
        assert response.status_code == 201, (spelling, response.text)
        result = response.json()
        assert result["mapping"]["delimiter"] == "\t" and result["preview"]["accepted"] == 2
    piped = upload(api, tsv.replace(b"\t", b"|"), headers).json()["id"]
    response = api.post(f"/api/imports/{piped}/mapping", json={"delimiter": "PIPE"},
                        headers=headers)  # fmt: skip
    assert response.status_code == 200, response.text
    assert response.json()["mapping"]["delimiter"] == "|"
    refused = upload(api, tsv, headers, mapping=json.dumps({"delimiter": "space"})).json()
    assert refused["error"] == f"mapping: delimiter: {DELIMITER_SPELLINGS}", refused


def test_an_encoding_is_chosen_on_the_page_after_the_readers_error(db, env, tmp_path):
    api = client(env, tmp_path)
    token = csrf(api)["X-CSRF-Token"]
    files = {"file": ("legacy.csv", LEGACY.encode("iso8859-2"), "text/csv")}
    page = api.post("/upload", files=files, data={"csrf_token": token})
    assert page.status_code == 400
    assert "choose the file&#39;s encoding below" in page.text and "--encoding" not in page.text
    assert 'id="choose-encoding"' in page.text and '<option value="cp1250">' in page.text
    kept = page.text.split('action="/imports/')[1].split("/mapping")[0]
    # A name that is no encoding: the same form again, the field named.
    wrong = api.post(f"/imports/{kept}/mapping", data={"csrf_token": token, "encoding": "latin9x"})
    assert wrong.status_code == 400 and "encoding: unknown encoding" in wrong.text
    assert 'id="choose-encoding"' in wrong.text
    done = api.post(f"/imports/{kept}/mapping", data={"csrf_token": token, "encoding": "cp1250"},
                    follow_redirects=False)  # fmt: skip
    assert done.status_code == 303, done.text
    review = api.get(f"/imports/{kept}").text
    assert 'value="cp1250"' in review and "Urąka Turk" in review  # what the user asked for
    # Changed on the review page: read again, the detected encoding shown when none is chosen.
    form = {"csrf_token": token, "encoding": "iso-8859-2", "merge": "overwrite"}
    assert api.post(f"/imports/{kept}/mapping", data=form).status_code == 200
    assert "Urška Turk" in api.get(f"/imports/{kept}").text
    plain = upload(api, EXPORT.encode(), csrf(api)).json()["id"]
    assert 'id="detected-encoding">utf-8' in api.get(f"/imports/{plain}").text


def test_a_bad_encoding_or_delimiter_is_a_400_naming_the_field(db, env, tmp_path):
    api = client(env, tmp_path)
    headers = csrf(api)
    for bad, field in (({"encoding": "klingon"}, "encoding: unknown encoding 'klingon'"),
                       ({"encoding": "base64"}, "encoding: 'base64' is not a text encoding"),
                       ({"encoding": 1252}, "encoding"), ({"delimiter": "x"}, "delimiter"),
                       ({"delimiter": [","]}, "delimiter")):  # fmt: skip
        refused = upload(api, EXPORT.encode(), headers, mapping=json.dumps(bad))
        assert refused.status_code == 400, (bad, refused.text)
        body = refused.json()
        assert body["exit"] == 2 and body["error"].startswith(f"mapping: {field}"), body
        assert "choose" not in body
    assert os.listdir(tmp_path / "uploads") == []  # refused uploads are not kept
