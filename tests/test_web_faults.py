"""The import page's server path under faults and hostile uploads, against the real services.

The uploads' own rules (a body in any chunks, hostile names, parts and workbooks) run on the
app in-process (Starlette's TestClient); the faults run a real `csvprocessor web` server and
real worker processes, with a Redis or RabbitMQ of their own where one is stopped.
"""

import asyncio
import io
import os
import signal
import socket
import subprocess
import sys
import time
import unicodedata
import zipfile

import openpyxl
import pytest
import urllib3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from csv_import.web.uploads import UploadStore, shown_name
from people_import_contract.limits import new_import_id
from tests import services
from tests.helpers import ROOT, people
from tests.web import EXPORT, client, csrf

TRACEBACK = "Traceback"
BOUNDARY = "b0undary"
MULTIPART = {"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}


def multipart(*parts: tuple[str, str | None, bytes]) -> bytes:
    """A multipart body of (field, file name or None, content) parts."""
    body = b""
    for field, filename, content in parts:
        named = f'; filename="{filename}"' if filename is not None else ""
        body += (f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{field}"{named}\r\n'
                 f"Content-Type: text/csv\r\n\r\n").encode() + content + b"\r\n"  # fmt: skip
    return body + f"--{BOUNDARY}--\r\n".encode()


@pytest.mark.e2e
@given(cuts=st.lists(st.integers(min_value=1, max_value=400), min_size=1, max_size=40),
       mapping=st.text(max_size=300))  # fmt: skip
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_a_multipart_body_reads_the_same_in_any_chunks(tmp_path_factory, cuts, mapping):
    """A server hands the body on in whatever chunks the network cut: a part's headers split
    between two read the same. Before, only a header's last piece was kept: "no file"."""
    body = multipart(("csrf_token", None, b"t"), ("mapping", None, mapping.encode()),
                     ("file", "people.csv", EXPORT.encode()))  # fmt: skip
    chunks, at = [], 0
    for size in cuts * (len(body) // sum(cuts) + 1):
        chunks.append(body[at : at + size])
        at += size
    assert b"".join(chunks) == body

    async def stream():
        for chunk in chunks:
            yield chunk

    store = UploadStore(str(tmp_path_factory.mktemp("uploads")), 10**6)
    upload_id = new_import_id()
    name, fields = asyncio.run(store.receive(upload_id, MULTIPART["Content-Type"], None,
                                             stream(), lambda token: token == "t"))  # fmt: skip
    assert (name, fields) == ("people.csv", {"csrf_token": "t", "mapping": mapping})
    with open(store.path(upload_id), "rb") as f:
        assert f.read() == EXPORT.encode()


@pytest.mark.e2e
@given(st.text(max_size=300))
def test_a_file_name_is_shown_as_its_last_component_without_controls(raw):
    name = shown_name(raw.encode(errors="surrogatepass"))
    assert name and len(name) <= 255 and "/" not in name and "\\" not in name
    categories = {unicodedata.category(c) for c in name.replace("\u200c", "").replace("\u200d", "")}
    assert not categories & {"Cc", "Cf"}  # joiners inside words stay, as in names


def zip_bomb(megabytes: int) -> bytes:
    """A workbook whose sheet inflates to `megabytes` MiB of blanks: 1,000 to 1 compressed."""
    book = openpyxl.Workbook()
    book.active.append(["name", "email"])
    book.active.append(["Ann", "ann@example.com"])
    plain, bomb = io.BytesIO(), io.BytesIO()
    book.save(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<sheetData>", b"<sheetData>" + b" " * (megabytes << 20))
            out.writestr(info.filename, data)
    return bomb.getvalue()


@pytest.mark.e2e
def test_hostile_uploads_are_one_sentence_each_and_the_server_keeps_serving(db, env, tmp_path):
    api = client(env, tmp_path)
    headers = csrf(api)
    token = headers["X-CSRF-Token"].encode()

    def refused(body: bytes, says: str, status: int = 400) -> None:
        answer = api.post("/api/imports", content=body, headers={**headers, **MULTIPART})
        assert answer.status_code == status, answer.text
        error = answer.json()["error"]
        assert says in error and "\n" not in error and TRACEBACK not in answer.text
        assert not list((tmp_path / "uploads").glob("*.upload"))  # nothing kept

    wide = b"a," * 10_000_000 + b"\nAnn,ann@example.com\n"  # a 20 MB header line
    refused(multipart(("file", "wide.csv", wide)), "wide.csv: line 1: header too large")
    refused(
        multipart(("file", "bomb.xlsx", zip_bomb(100))), "bomb.xlsx: sheet 'Sheet' is not readable"
    )
    two = multipart(("csrf_token", None, token), ("file", "a.csv", EXPORT.encode()),
                    ("file", "b.csv", EXPORT.encode()))  # fmt: skip
    refused(two, "one file at a time")
    long_name = multipart(("file", "x" * 5000 + ".csv", EXPORT.encode()))
    refused(long_name, "not a well-formed multipart body")  # python-multipart's 500 before
    for cut in (10, 40, 200):  # cut in the closing boundary, the file, its headers
        body = multipart(("csrf_token", None, token), ("file", "a.csv", EXPORT.encode()))
        refused(body[:-cut], "the upload was cut short")
    for raw, shown in (("../../etc/passwd", "passwd"), ("C:\\\\Users\\\\me\\\\x.csv", "x.csv"),
                       ("\x1b[31mred.csv", "[31mred.csv"), ("a\u202eVSC.exe", "aVSC.exe"),
                       ("..", ".."), ("/", "(no name)")):  # fmt: skip
        files = {"file": (raw, EXPORT.encode(), "text/csv")}
        answer = api.post("/api/imports", files=files, headers=headers)
        assert answer.status_code == 201, answer.text
        assert answer.json()["file"] == shown
    kept = sorted(p.name for p in (tmp_path / "uploads").iterdir() if p.suffix == ".upload")
    assert len(kept) == 6 and all(name.endswith(".upload") for name in kept)
    assert api.get("/").status_code == 200
    ok = api.post("/api/imports", files={"file": ("ok.csv", EXPORT.encode())}, headers=headers)
    assert ok.status_code == 201 and ok.json()["preview"]["accepted"] == 4


# -- Faults: a real `csvprocessor web` server, real workers, services of the test's own ----


class Page:
    """A client of a real server: JSON requests with the CSRF token and its cookie."""

    process: subprocess.Popen

    def __init__(self, base: str):
        self.base, self.http = base, urllib3.PoolManager(timeout=120, retries=False)
        answer = self.http.request("GET", f"{base}/api/csrf")
        self.headers = {"X-CSRF-Token": answer.json()["csrf_token"],
                        "Cookie": answer.headers["set-cookie"].split(";")[0]}  # fmt: skip

    def get(self, path: str) -> urllib3.BaseHTTPResponse:
        return self.http.request("GET", self.base + path, headers=self.headers)

    def post(self, path: str, **kwargs) -> urllib3.BaseHTTPResponse:
        return self.http.request("POST", self.base + path, headers=self.headers, **kwargs)


@pytest.fixture
def serve(env, tmp_path):
    """Start `python csvprocessor.py web` with `extra` environment: a Page on it."""
    started = []

    def start(**extra) -> Page:
        port = services.free_port()
        log = (tmp_path / f"web{len(started)}.log").open("wb")
        process = subprocess.Popen(
            [sys.executable, "csvprocessor.py", "web", "--port", str(port)],
            cwd=ROOT / "CSVProcessor",
            env={**env, "WEB_UPLOAD_DIR": str(tmp_path / "uploads"), **extra},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        started.append((process, log))
        base = f"http://127.0.0.1:{port}"
        services.wait_until(lambda: urllib3.request("GET", f"{base}/api/csrf", retries=False),
                            60, "the page")  # fmt: skip
        page = Page(base)
        page.process = process
        return page

    yield start
    for process, log in started:
        if process.poll() is None:
            process.terminate()
            process.wait(30)
        log.close()


def people_csv(count: int, start: int = 0) -> bytes:
    lines = "".join(f"Person {n},p{n}@example.com\n" for n in range(start, start + count))
    return ("name,email\n" + lines).encode()


def upload_and_start(api: Page, content: bytes, name: str = "people.csv") -> str:
    answer = api.post("/api/imports", fields={"file": (name, content, "text/csv")})
    assert answer.status == 201, answer.data
    import_id = answer.json()["id"]
    started = api.post(f"/api/imports/{import_id}/start")
    assert started.status == 200, started.data
    return import_id


def follow(api: Page, import_id: str, until, timeout: float = 150) -> list[dict]:
    """Every view the page was given until `until(view)` (or a final state)."""
    views: list[dict] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        answer = api.get(f"/api/imports/{import_id}")
        view = {"http": answer.status, **answer.json()}
        views.append(view)
        if until(view) or view.get("state") in FINAL:
            return views
        time.sleep(0.3)
    raise AssertionError(f"still {views[-1]} after {timeout}s")


FINAL = ("done", "done_with_failures", "failed", "interrupted", "undone")


def stored_count(db, import_id: str) -> int:
    with db.connect() as connection:
        return connection.execute(
            text("SELECT count(DISTINCT lower(email)) FROM people_writes WHERE import_id = :i"),
            {"i": import_id},
        ).scalar_one()


@pytest.mark.faults
@pytest.mark.timeout(240)
def test_worker_killed_mid_import_from_the_page(db, env, start_worker, serve):
    worker = start_worker()
    api = serve(WEB_BATCH_SIZE="1")
    rows = 1500
    import_id = upload_and_start(api, people_csv(rows))
    follow(api, import_id, lambda v: (v.get("stored") or 0) >= rows // 4)
    os.killpg(worker.process.pid, signal.SIGKILL)  # the main process and its pool
    worker.process.wait()
    follow(api, import_id, lambda v: (v.get("enqueued") or 0) >= rows, timeout=60)
    start_worker()
    views = follow(api, import_id, lambda v: False)
    view = views[-1]
    assert (view["state"], view["stored"], view["failed"]) == ("done", rows, 0), view
    assert len(people(db)) == rows == stored_count(db, import_id)
    assert all((v.get("stored") or 0) <= rows for v in views)  # never more than the file


@pytest.fixture
def backend():
    """A Redis of the test's own (no persistence): restarted, it comes back empty."""
    node = services.Redis()
    yield node
    node.close()


@pytest.mark.faults
@pytest.mark.timeout(240)
@pytest.mark.parametrize("moment", ["mid-import", "from the start"])
def test_redis_down_during_an_import_from_the_page(db, env, start_worker, serve, backend, moment):
    """Redis (the job records) down mid-import, or from before the start to after the last
    row, then back empty: the page's counts are PostgreSQL's, never above what is stored,
    never failed nor interrupted; the import ends done with each row once."""
    start_worker(extra_env={"BACKEND_CONN": backend.url})
    api = serve(BACKEND_CONN=backend.url)
    rows = 5000
    if moment == "from the start":
        backend.kill()
        import_id = upload_and_start(api, people_csv(rows))
    else:
        import_id = upload_and_start(api, people_csv(rows))
        follow(api, import_id, lambda v: (v.get("stored") or 0) >= 200)
        backend.kill()
    down = [follow(api, import_id, lambda v: True)[0] for _ in range(10)]
    for view in down:  # the page while Redis is down: PostgreSQL's counts, or unavailable
        stored = stored_count(db, import_id)
        print(
            "DOWN",
            view
            if view.get("state") == "interrupted"
            else {k: view.get(k) for k in ("http", "state", "stored", "enqueued", "error", "rows")},
        )
        assert view.get("state") not in ("failed", "interrupted"), view
        assert (view.get("stored") or 0) <= stored or view["http"] == 503, (view, stored)
        time.sleep(0.5)
    backend.start()  # empty
    view = follow(api, import_id, lambda v: False)[-1]
    assert (view["state"], view["stored"], view["failed"]) == ("done", rows, 0), view
    assert len(people(db)) == rows == stored_count(db, import_id)


@pytest.fixture
def broker(scratch):
    node = services.RabbitMQ(scratch, name="webfaults")
    yield node
    node.close()


@pytest.mark.faults
@pytest.mark.timeout(300)
def test_broker_restarted_mid_import_from_the_page(db, env, start_worker, serve, broker):
    start_worker(extra_env={"BROKER_CONN": broker.url})
    api = serve(BROKER_CONN=broker.url, WEB_BATCH_SIZE="500")
    rows = 150000  # read for seconds: the node is lost mid-publish
    content = people_csv(rows)
    import_id = upload_and_start(api, content)
    follow(api, import_id, lambda v: v.get("state") == "running")  # publishing
    broker.kill()
    broker.start()
    views = follow(api, import_id, lambda v: False, timeout=200)
    view = views[-1]
    # The page says why, and the same file imported again finishes it.
    assert view["state"] == "failed" and "lost the broker" in view["error"], view
    assert "\n" not in view["error"] and ":guest@" not in view["error"]
    assert "import it again from the page" in view["error"]  # not "rerun the same command"
    again = upload_and_start(api, content)
    final = follow(api, again, lambda v: False, timeout=200)[-1]
    assert (final["state"], final["stored"], final["failed"]) == ("done", rows, 0), final
    assert len(people(db)) == rows  # each person once
    # The first run's rows published before the loss are stored (those confirmed, and some
    # sent but never confirmed: `enqueued` counts confirms), and its page says how many.
    first = api.get(f"/api/imports/{import_id}").json()
    assert first["stored"] == stored_count(db, import_id) >= (first["enqueued"] or 0), first


def vcards(count: int, broken_at: int) -> bytes:
    cards = []
    for n in range(count):
        if n == broken_at:  # no END:VCARD and a line that is no property: one reject
            cards.append("BEGIN:VCARD\r\nVERSION:3.0\r\n\x00garbage without a colon\r\n")
            continue
        cards.append(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Card {n}\r\n"
                     f"EMAIL:card{n}@example.com\r\nEND:VCARD\r\n")  # fmt: skip
    return "".join(cards).encode()


def workbook(count: int) -> bytes:
    book = openpyxl.Workbook()
    book.active.append(["Name", "Email"])
    for n in range(count):
        book.active.append([f"Sheet Person {n}", f"s{n}@example.com"])
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


@pytest.mark.e2e
@pytest.mark.timeout(240)
def test_overlapping_imports_at_once_undone_in_the_other_order(db, env, start_worker, serve):
    start_worker()
    api = serve(WEB_BATCH_SIZE="50")
    first, second = people_csv(1500, 0), people_csv(1500, 700)  # 800 people in both
    ids = [upload_and_start(api, content) for content in (first, second)]
    for import_id in ids:
        view = follow(api, import_id, lambda v: False)[-1]
        assert (view["state"], view["stored"], view["failed"]) == ("done", 1500, 0), view
    assert len(people(db)) == 2200
    for import_id in reversed(ids):  # the later one first, then the earlier
        undone = api.post(f"/api/imports/{import_id}/undo")
        assert undone.status == 200 and undone.json()["state"] == "undone", undone.data
        assert api.get(f"/api/imports/{import_id}").json()["state"] == "undone"
    assert people(db) == []
    # A vCard file with one broken card, and a workbook: each stored, the card one reject.
    cards = upload_and_start(api, vcards(300, broken_at=120), "contacts.vcf")
    view = follow(api, cards, lambda v: False)[-1]
    assert (view["state"], view["stored"], view["rejected"]) == ("done", 299, 1), view
    assert api.get(f"/api/imports/{cards}/rejects").status == 200
    sheet = upload_and_start(api, workbook(400), "people.xlsx")
    view = follow(api, sheet, lambda v: False)[-1]
    assert (view["state"], view["stored"], view["rejected"]) == ("done", 400, 0), view
    assert len(people(db)) == 699


@pytest.mark.e2e
@pytest.mark.timeout(120)
def test_a_client_gone_mid_upload_leaves_nothing(db, env, serve, tmp_path):
    api = serve()
    port = int(api.base.rsplit(":", 1)[1])
    body = multipart(("file", "people.csv", people_csv(20000)))
    for sent in (100, len(body) // 2, len(body) - 5):  # in the headers, the file, the end
        with socket.create_connection(("127.0.0.1", port)) as connection:
            head = (f"POST /api/imports HTTP/1.1\r\nHost: x\r\nContent-Length: {len(body)}\r\n"
                    f"Content-Type: {MULTIPART['Content-Type']}\r\n"
                    f"X-CSRF-Token: {api.headers['X-CSRF-Token']}\r\n"
                    f"Cookie: {api.headers['Cookie']}\r\n\r\n")  # fmt: skip
            connection.sendall(head.encode() + body[:sent])
            time.sleep(0.5)
        # The server notices the client gone and keeps nothing (nor starts anything).
        services.wait_until(lambda: not list((tmp_path / "uploads").glob("*.upload")), 20,
                            "the partial upload deleted")  # fmt: skip
    assert not list((tmp_path / "uploads").glob("*.json"))
    assert api.get("/").status == 200
    assert upload_and_start(api, people_csv(10))  # the server keeps serving


@pytest.mark.faults
@pytest.mark.timeout(240)
def test_the_server_killed_mid_import_then_the_file_again(db, env, start_worker, serve):
    """The page's server killed -9 while it publishes: the next server shows the import
    `running` with PostgreSQL's counts until its lease lapses (LEASE_SECONDS, as `status`
    says of a CLI killed), then `interrupted`; the same file again finishes it."""
    start_worker()
    api = serve()
    rows = 20000
    content = people_csv(rows)
    import_id = upload_and_start(api, content)
    follow(api, import_id, lambda v: v.get("state") == "running")  # publishing
    os.killpg(api.process.pid, signal.SIGKILL)
    api.process.wait()
    api = serve()
    view = api.get(f"/api/imports/{import_id}").json()
    assert view["state"] in ("running", "interrupted"), view
    assert (view["stored"] or 0) <= stored_count(db, import_id), view
    again = upload_and_start(api, content)
    final = follow(api, again, lambda v: False, timeout=200)[-1]
    assert (final["state"], final["stored"], final["failed"]) == ("done", rows, 0), final
    assert len(people(db)) == rows  # each person once
    first = api.get(f"/api/imports/{import_id}").json()
    assert first["stored"] == stored_count(db, import_id) < rows, first


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
FIELDS = ("name_columns", "email_columns", "sheet", "header_line", "merge", "keep_columns",
          "region", "remember")  # fmt: skip


@pytest.mark.e2e
def test_any_json_mapping_is_read_or_refused_in_one_sentence(db, env, tmp_path):
    """Generated values of every field (any JSON type), and JSON nested past Python's stack:
    a preview or a 400 naming what is wrong, never a 500. Before, a column that was no text
    was a 500, a sheet or `remember` of another type was taken as given, and nested JSON
    in the upload's `mapping` a 500 (RecursionError)."""
    api = client(env, tmp_path)
    headers = csrf(api)
    upload = api.post("/api/imports", files={"file": ("a.csv", EXPORT.encode())}, headers=headers)
    import_id = upload.json()["id"]

    @given(st.dictionaries(st.sampled_from(FIELDS), JSON, max_size=4))
    @settings(max_examples=80, deadline=None)
    def remapped(mapping):
        answer = api.post(f"/api/imports/{import_id}/mapping", json=mapping, headers=headers)
        assert answer.status_code in (200, 400), (mapping, answer.text)
        assert TRACEBACK not in answer.text and "\n" not in answer.json().get("error", "")

    remapped()
    for nested in ("[" * 30000, '{"sheet": ' + "[" * 30000):
        files = {"file": ("a.csv", EXPORT.encode())}
        answer = api.post("/api/imports", files=files, data={"mapping": nested}, headers=headers)
        assert answer.status_code == 400 and "mapping: not JSON" in answer.json()["error"]
    huge = b'{"sheet": "' + b"x" * 200_000 + b'"}'
    answer = api.post(f"/api/imports/{import_id}/mapping", content=huge, headers=headers)
    assert answer.status_code == 413 and "larger than" in answer.json()["error"]
