"""The import page in a real headless Chromium (Debian's, driven by Selenium), end to end.

`python csvprocessor.py web` serves the page against the real services and a real
worker; the browser uploads an export with a preamble and a qualified email
header, changes a column's role, previews, imports, follows the progress to done,
downloads the rejects and undoes the import. Each step leaves a screenshot in the
test's own folder (tmp_path/screenshots). A failure prints what explains it (`explain`):
the page's HTML, the browser's console, the import's status from the API and its record in
Redis, the server's threads and log, the workers' logs.
"""

import json
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import (
    NoAlertPresentException,
    StaleElementReferenceException,
    WebDriverException,
)
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.ui import WebDriverWait

from csv_import.job_record import job_records_for
from csv_import.settings import Settings
from tests.conftest import REPORTS
from tests.helpers import ROOT, people, run_json, write_csv
from tests.web import LEGACY, SCRIPT, TWO_TABLES, write_export

pytestmark = pytest.mark.e2e


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# `csvprocessor.py web` with its threads' stacks written to its log on SIGUSR1 (explain).
SERVE = (
    "import faulthandler, runpy, signal, sys; "
    "faulthandler.register(signal.SIGUSR1, all_threads=True); "
    "sys.argv = ['csvprocessor.py', *sys.argv[1:]]; "
    "runpy.run_path('csvprocessor.py', run_name='__main__')"
)


class PageServer(str):
    """The page's address, with the server's process and log (for `explain`)."""

    process: subprocess.Popen
    log_path: Path


@pytest.fixture
def page_server(env, tmp_path):
    """`python csvprocessor.py web` on a free loopback port; its output in web.log."""
    port = free_port()
    log = (tmp_path / "web.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-c", SERVE, "web", "--port", str(port)],
        cwd=ROOT / "CSVProcessor",
        env={**env, "WEB_UPLOAD_DIR": str(tmp_path / "uploads")},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            assert process.poll() is None, (tmp_path / "web.log").read_text()
            time.sleep(0.2)
    server = PageServer(f"http://127.0.0.1:{port}")
    server.process, server.log_path = process, tmp_path / "web.log"
    yield server
    process.terminate()
    process.wait(30)
    log.close()


@pytest.fixture
def browser(tmp_path):
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not (chromium and driver):
        pytest.fail("chromium and chromedriver are missing: bash scripts/need.sh installs them")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--window-size=1280,1000", "--disable-gpu"):  # fmt: skip
        options.add_argument(argument)
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})  # fmt: skip
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})  # the console, for explain
    chrome = webdriver.Chrome(options=options, service=Service(executable_path=driver))
    chrome.downloads = downloads
    yield chrome
    chrome.quit()


@pytest.fixture(autouse=True)
def explain(request, env, tmp_path, page_server, browser):
    """On failure, print what the page, the server, Redis and the workers were doing."""
    yield
    reports = request.node.stash.get(REPORTS, {})
    if not any(report.failed for report in reports.values()):
        return
    for title, text in diagnostics(env, tmp_path, page_server, browser):
        print(f"\n===== {title} =====\n{text}")


def diagnostics(env, tmp_path, server, chrome):
    """(title, text) pairs, each read on its own: one that fails says why and the rest follow."""
    url = chrome.current_url
    found = re.search(r"/imports/([^/?#]+)", url)
    import_id = found.group(1) if found else None

    def api_status():
        with urllib.request.urlopen(f"{server}/api/imports/{import_id}", timeout=10) as answer:
            return json.dumps(json.load(answer), indent=1)

    def record():
        settings = Settings.from_env(env)
        jobs = job_records_for(settings.backend_url, settings.job_ttl_seconds)
        return json.dumps(jobs.read(import_id), indent=1)

    def threads():
        server.process.send_signal(signal.SIGUSR1)  # faulthandler: every thread's stack
        time.sleep(1)
        return "(in the server's log below)"

    def tail(path: Path, size: int = 20000) -> str:
        return path.read_text(errors="replace")[-size:]

    def console():
        return "\n".join(str(entry) for entry in chrome.get_log("browser")) or "(empty)"

    parts = [
        ("at", lambda: f"{time.strftime('%H:%M:%S')} {url}"),
        ("page", lambda: chrome.page_source),
        ("browser console", console),
        (f"GET /api/imports/{import_id}", api_status),
        (f"job record {import_id} in Redis", record),
        ("server threads", threads),
        ("server log (web.log)", lambda: tail(server.log_path)),
    ]
    logs = [*sorted(tmp_path.glob("worker*.log")), *sorted((tmp_path / "logs").glob("*.log"))]
    parts += [(path.name, lambda path=path: tail(path)) for path in logs]
    for title, read in parts:
        try:
            yield title, read()
        except Exception as error:  # noqa: BLE001 - a diagnostic never hides the others
            yield title, f"(not read: {error!r})"


class Steps:
    """Screenshots numbered in the order taken: 01-imports.png, 02-review.png, ..."""

    def __init__(self, chrome, folder: Path):
        self.chrome, self.folder, self.count = chrome, folder, 0
        folder.mkdir()

    def shot(self, name: str) -> None:
        self.count += 1
        self.chrome.save_screenshot(str(self.folder / f"{self.count:02d}-{name}.png"))

    def text(self, element_id: str) -> str:
        # The page redraws parts of itself as the import runs: an element found may be
        # replaced before its text is read (StaleElementReferenceException, once in CI).
        for _ in range(50):
            try:
                return self.chrome.find_element(By.ID, element_id).text
            except StaleElementReferenceException:
                time.sleep(0.1)
        return self.chrome.find_element(By.ID, element_id).text

    def wait(self, condition, timeout: float = 120):
        return WebDriverWait(self.chrome, timeout, 0.3, (WebDriverException,)).until(condition)

    def upload(self, path) -> None:
        """Choose `path` on the imports page, upload it and wait for its review."""
        self.chrome.find_element(By.ID, "file").send_keys(str(path))
        self.chrome.find_element(By.ID, "upload-button").click()
        self.wait(lambda b: b.find_elements(By.ID, "columns"))


@pytest.mark.timeout(300)
def test_upload_review_import_rejects_undo_in_a_browser(
    db, env, start_worker, tmp_path, page_server, browser
):
    start_worker()
    # One person is there already, under an older name: the import updates her, undo restores.
    run_json(env, "-csv", write_csv(tmp_path / "before.csv", [("Ann Old", "ann@example.com")]),
             "--wait")  # fmt: skip
    before = people(db)
    steps = Steps(browser, tmp_path / "screenshots")

    browser.get(page_server + "/")
    steps.shot("imports")
    steps.upload(write_export(tmp_path))
    steps.shot("review")
    assert "header on line 2" in steps.text("reading")  # the preamble line skipped
    assert SCRIPT in browser.find_element(By.ID, "columns").text  # shown as text, not run
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert  # noqa: B018 - reading it is the check
    assert steps.text("p-update") == "1" and steps.text("p-rejected") == "0"
    # The second email column ignored: Ben's first address is invalid, so he is rejected.
    roles = {row.find_element(By.CLASS_NAME, "header").text: row
             for row in browser.find_elements(By.CSS_SELECTOR, "#columns tbody tr")}  # fmt: skip
    Select(roles["E-mail 2 - Value"].find_element(By.TAG_NAME, "select")).select_by_value("ignored")
    steps.shot("role-changed")
    browser.find_element(By.ID, "apply-mapping").click()
    steps.wait(lambda b: b.find_element(By.ID, "p-rejected").text == "1")
    steps.shot("preview")
    assert (steps.text("p-insert"), steps.text("p-update")) == ("2", "1")
    assert "missing_at" in steps.text("reject-examples") and people(db) == before

    browser.find_element(By.ID, "start-button").click()
    steps.wait(lambda b: b.find_elements(By.ID, "progress"))
    steps.shot("progress")
    steps.wait(lambda b: b.find_element(By.ID, "state").text == "done")
    steps.shot("done")
    assert steps.text("c-stored") == "3" and steps.text("c-rejected") == "1"
    assert people(db) == [("Ann Lee", "ann@example.com"), ("Cy Park", "cy@x.org"),
                          (SCRIPT, "xss@example.com")]  # fmt: skip

    browser.find_element(By.ID, "rejects").click()
    steps.wait(lambda b: [p for p in b.downloads.iterdir() if p.suffix == ".csv"], 30)
    rejects = next(p for p in browser.downloads.iterdir() if p.suffix == ".csv")
    assert "Ben Ode" in rejects.read_text(encoding="utf-8-sig")
    steps.shot("rejects-downloaded")

    browser.find_element(By.ID, "undo").click()
    steps.wait(lambda b: b.find_elements(By.ID, "undo-form"))
    steps.shot("undo-confirm")
    browser.find_element(By.ID, "confirm").click()
    browser.find_element(By.ID, "undo-button").click()
    steps.wait(lambda b: b.find_elements(By.ID, "notice"))
    steps.shot("undone")
    assert "undone" in steps.text("notice") and steps.text("state") == "undone"
    assert people(db) == before
    assert len(list((tmp_path / "screenshots").glob("*.png"))) == steps.count == 9


@pytest.mark.timeout(300)
def test_the_header_line_is_chosen_on_the_page(db, tmp_path, page_server, browser):
    steps = Steps(browser, tmp_path / "screenshots")
    path = tmp_path / "two tables.csv"
    path.write_text(TWO_TABLES, encoding="utf-8")
    browser.get(page_server + "/")
    steps.upload(path)
    assert steps.text("p-accepted") == "5"  # the staff table, the reader's own choice
    line = browser.find_element(By.ID, "header_line")
    line.clear()
    line.send_keys("8")
    steps.shot("header-line")
    browser.find_element(By.ID, "apply-mapping").click()
    steps.wait(lambda b: b.find_element(By.ID, "p-accepted").text == "2")
    steps.shot("header-line-preview")
    assert "header on line 8" in steps.text("reading")
    assert browser.find_element(By.ID, "header_line").get_attribute("value") == "8"
    assert "Ann Lee" in browser.find_element(By.ID, "columns").text
    assert people(db) == []  # a preview stores nothing


@pytest.mark.timeout(300)
def test_a_merge_policy_is_chosen_on_the_page(
    db, env, start_worker, tmp_path, page_server, browser
):
    start_worker()
    # Ann is there already: fill-blanks keeps her name, overwrite would replace it.
    run_json(env, "-csv", write_csv(tmp_path / "before.csv", [("Ann Old", "ann@example.com")]),
             "--wait")  # fmt: skip
    steps = Steps(browser, tmp_path / "screenshots")
    browser.get(page_server + "/")
    steps.upload(write_export(tmp_path))
    assert "merge overwrite" in steps.text("preview-merge")  # the default
    assert "the name and address stay" in steps.text("merge-hint")  # each policy explained
    Select(browser.find_element(By.ID, "merge")).select_by_value("fill-blanks")
    browser.find_element(By.ID, "keep_columns").click()
    browser.find_element(By.ID, "region").send_keys("de")
    steps.shot("merge-chosen")
    browser.find_element(By.ID, "apply-mapping").click()
    steps.wait(lambda b: "fill-blanks" in b.find_element(By.ID, "preview-merge").text)
    steps.shot("merge-preview")
    chosen = Select(browser.find_element(By.ID, "merge")).first_selected_option
    assert chosen.get_attribute("value") == "fill-blanks"
    assert browser.find_element(By.ID, "keep_columns").is_selected()
    assert browser.find_element(By.ID, "region").get_attribute("value") == "DE"
    predicted = [steps.text(f"p-{name}") for name in ("insert", "update", "unchanged")]
    browser.find_element(By.ID, "start-button").click()
    steps.wait(lambda b: b.find_elements(By.ID, "progress"))
    assert steps.text("merge-policy") == "fill-blanks"
    steps.wait(lambda b: b.find_element(By.ID, "state").text == "done")
    browser.refresh()  # the page as the server renders it once done, not the poll's update
    steps.wait(lambda b: b.find_elements(By.ID, "merge-policy"))
    steps.shot("merge-done")
    assert steps.text("merge-policy") == "fill-blanks"
    assert [steps.text(f"c-{name}") for name in ("inserted", "updated", "unchanged")] == predicted
    assert ("Ann Old", "ann@example.com") in people(db)  # the name stays


@pytest.mark.timeout(300)
def test_the_encoding_is_chosen_on_the_page(db, env, start_worker, tmp_path, page_server, browser):
    """A legacy file the reader cannot decide: the error offers the field, the review keeps
    the choice and changes it, and the import stores the names as the user read them."""
    start_worker()
    steps = Steps(browser, tmp_path / "screenshots")
    path = tmp_path / "legacy.csv"
    path.write_bytes(LEGACY.encode("iso8859-2"))
    browser.get(page_server + "/")
    browser.find_element(By.ID, "file").send_keys(str(path))
    browser.find_element(By.ID, "upload-button").click()
    steps.wait(lambda b: b.find_elements(By.ID, "choose-encoding"))
    steps.shot("encoding-asked")
    assert steps.text("error").endswith("choose the file's encoding below")
    assert "--encoding" not in browser.page_source
    browser.find_element(By.ID, "encoding").send_keys("cp1250")  # the wrong one, first
    browser.find_element(By.ID, "choose-encoding-button").click()
    steps.wait(lambda b: b.find_elements(By.ID, "columns"))
    assert "Urąka Turk" in browser.find_element(By.ID, "columns").text
    field = browser.find_element(By.ID, "encoding")
    assert field.get_attribute("value") == "cp1250"  # kept on the review
    field.clear()
    field.send_keys("iso-8859-2")
    browser.find_element(By.ID, "apply-mapping").click()
    steps.wait(lambda b: "Urška Turk" in b.find_element(By.ID, "columns").text)
    steps.shot("encoding-chosen")
    browser.find_element(By.ID, "start-button").click()
    steps.wait(lambda b: b.find_elements(By.ID, "progress"))
    steps.wait(lambda b: b.find_element(By.ID, "state").text == "done")
    assert people(db) == [("Ann Lee", "ann@example.com"), ("Urška Turk", "urska@example.com")]
