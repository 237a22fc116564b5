"""Helpers of the import page's tests: the app on the test's services, an export to upload."""

from pathlib import Path

from fastapi.testclient import TestClient

from csv_import.settings import Settings
from csv_import.web.app import create_app
from csv_import.web.config import WebSettings

# An export as people get them: a preamble line, a qualified email header, a fallback column.
EXPORT = (
    "Exported from Contacts on 2026-12-01,,,\n"
    "Full Name,Company,E-mail 1 - Value,E-mail 2 - Value\n"
    "Ann Lee,Acme,ann@example.com,\n"
    "Ben Ode,Acme,not-an-email,ben@example.com\n"
    "<script>alert(1)</script>,Evil,xss@example.com,\n"
    "Cy Park,,cy@x.org,\n"
)
SCRIPT = "<script>alert(1)</script>"
# Two tables: the staff list on top fits its header better (more rows), so the reader picks
# it; the user wants the attendees below and names their header line (8).
TWO_TABLES = (
    "Name,Email,Role\n" + "".join(f"Staff {i},staff{i}@example.com,crew\n" for i in range(5)) + "\n"
    "Name,Email\n"
    "Ann Lee,ann@example.com\n"
    "Cy Park,cy@x.org\n"
)
# One word whose one letter is š in ISO-8859-2 and ą in cp1250: no reader can tell.
LEGACY = "Name,Email\r\nUrška Turk,urska@example.com\r\nAnn Lee,ann@example.com\r\n"


def write_export(folder: Path) -> Path:
    path = folder / "contacts export.csv"
    path.write_text(EXPORT, encoding="utf-8")
    return path


def client(env: dict, tmp_path: Path, **web) -> TestClient:
    settings = Settings.from_env(env)
    web_settings = WebSettings(upload_dir=str(tmp_path / "uploads"), **web)
    return TestClient(create_app(settings, web_settings), raise_server_exceptions=False)


def csrf(test_client: TestClient) -> dict:
    """The X-CSRF-Token header for the client's next POSTs (its cookie is kept by the client)."""
    return {"X-CSRF-Token": test_client.get("/api/csrf").json()["csrf_token"]}
