"""Phone, company, job title and other addresses from real export shapes, end to end:
CLI -> RabbitMQ -> worker -> PostgreSQL, per-row and bulk; the preview agrees; undo restores."""

import pytest
from sqlalchemy import text

from tests.helpers import run_cli, run_json

pytestmark = pytest.mark.e2e
KNOWN = "SELECT email, full_name, phone, company, job_title, other_emails FROM people"

GOOGLE = (
    "First Name,Last Name,Organization 1 - Name,Organization 1 - Title,Organization 1 - Type,"
    "E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,"
    "Phone 1 - Value\n"
    "Ann,Lee,Acme,CTO,,* Work,ann@example.com,Home,ann@home.example.org,Mobile,"
    "+49 171 1234567 ::: +49 30 999999\n"
    "Bob,Ray,,,,* Home,bob@example.com ::: bob.ray@example.org,,,Work,030 1234567\n"
)
OUTLOOK = (
    "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,"
    "Business Phone,Company Main Phone,Mobile Phone,Business Fax,E-mail Address,"
    "E-mail Display Name\n"
    "Dr.,Cy,,Ngo,,Initech,R&D,Engineer,,+1 212 555 0100,(212) 555-0199,+1 212 555 0101,"
    "cy@example.com,Cy Ngo (cy@example.com)\n"
)
HUBSPOT = (  # a CRM's export: HubSpot contacts
    "Record ID,First Name,Last Name,Email,Phone Number,Company Name,Job Title,Contact owner,"
    "Lifecycle Stage\n"
    "101,Dee,Park,dee@example.com,+44 20 7946 0958,Globex,Head of Sales,Sam Owner,lead\n"
)
VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eve Moss\r\nN:Moss;Eve;;;\r\nORG:Umbrella Corp;Labs\r\n"
    "TITLE:Researcher\r\nTEL;TYPE=HOME:+33 1 23 45 67 89\r\nTEL;TYPE=CELL,PREF:+33 6 12 34 56 78"
    "\r\nEMAIL;TYPE=INTERNET:eve@home.example.org\r\nEMAIL;TYPE=INTERNET,PREF:eve@example.com\r\n"
    "END:VCARD\r\n"
)


def people(db) -> dict:
    with db.connect() as connection:
        return {row[0]: tuple(row[1:]) for row in connection.execute(text(KNOWN))}


def write(path, content: str):
    path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.timeout(600)
def test_known_fields_from_google_outlook_a_crm_and_a_vcard(db, env, start_worker, tmp_path):
    start_worker()
    run_json(env, "-csv", write(tmp_path / "google.csv", GOOGLE), "--wait", "--region", "DE")
    run_json(env, "-csv", write(tmp_path / "outlook.csv", OUTLOOK), "--wait", "--region", "us",
             "--batch-size", "50")  # fmt: skip
    run_json(env, "-csv", write(tmp_path / "hubspot.csv", HUBSPOT), "--wait")
    run_json(env, "-csv", write(tmp_path / "eve.vcf", VCARD), "--wait", "--batch-size", "10")
    assert people(db) == {
        "ann@example.com": ("Ann Lee", "+491711234567", "Acme", "CTO", ["ann@home.example.org"]),
        "bob@example.com": ("Bob Ray", "+49301234567", None, None, ["bob.ray@example.org"]),
        # Business Phone is empty; Company Main Phone and the fax are not Cy's.
        "cy@example.com": ("Cy Ngo", "+12125550199", "Initech", "Engineer", None),
        "dee@example.com": ("Dee Park", "+442079460958", "Globex", "Head of Sales", None),
        "eve@example.com": ("Eve Moss", "+33612345678", "Umbrella Corp", "Researcher",
                            ["eve@home.example.org"]),
    }  # fmt: skip


@pytest.mark.timeout(600)
def test_without_a_region_a_number_without_plus_is_kept_as_written(db, env, start_worker, tmp_path):
    start_worker()
    run_json(env, "-csv", write(tmp_path / "google.csv", GOOGLE), "--wait")
    assert people(db)["bob@example.com"][1] == "030 1234567"
    assert people(db)["ann@example.com"][1] == "+491711234567"
    refused = run_cli(env, "-csv", tmp_path / "google.csv", "--region", "XX", "--dry-run")
    assert refused.returncode == 2 and "--region" in refused.stderr


# Google Contacts with the address's country: each row's numbers in its own country.
GOOGLE_COUNTRIES = (
    "First Name,Last Name,E-mail 1 - Value,Phone 1 - Value,Address 1 - Country\n"
    "Jana,Novak,jana@example.cz,030 1234567,Deutschland\n"
    "Luc,Martin,luc@example.fr,01 23 45 67 89,France\n"
    "Mia,Ross,mia@example.com,(212) 555-0199,\n"
)


@pytest.mark.timeout(600)
@pytest.mark.parametrize("bulk", [False, True])
def test_each_rows_country_column_gives_its_phone_a_region(db, env, start_worker, tmp_path, bulk):
    start_worker()
    csv = write(tmp_path / "google.csv", GOOGLE_COUNTRIES)
    flags = ["--batch-size", "50"] if bulk else []
    preview = run_json(env, "-csv", csv, "--dry-run", "--region", "US")
    summary = run_json(env, "-csv", csv, "--wait", "--region", "US", *flags)
    assert (preview["would_insert"], summary["inserted"]) == (3, 3)
    phones = {email: person[1] for email, person in people(db).items()}
    # The row without a country falls back on --region.
    assert phones == {"jana@example.cz": "+49301234567", "luc@example.fr": "+33123456789",
                      "mia@example.com": "+12125550199"}  # fmt: skip


@pytest.mark.timeout(600)
@pytest.mark.parametrize("bulk", [False, True])
def test_preview_agrees_a_reimport_is_a_no_op_and_undo_restores(
    db, env, start_worker, tmp_path, bulk
):
    start_worker()
    flags = ("--batch-size", "5") if bulk else ()
    first = run_json(env, "-csv", write(tmp_path / "a.csv", HUBSPOT), "--wait", *flags)
    with db.connect() as connection:
        before = connection.execute(text("SELECT * FROM people")).all()
    # The same file again: unchanged, predicted so, and nothing written.
    preview = run_json(env, "-csv", tmp_path / "a.csv", "--dry-run")
    again = run_json(env, "-csv", tmp_path / "a.csv", "--wait", *flags)
    assert (preview["would_insert"], preview["would_update"], preview["unchanged"]) == (0, 0, 1)
    assert (again["inserted"], again["updated"], again["unchanged"]) == (0, 0, 1)
    with db.connect() as connection:
        assert connection.execute(text("SELECT * FROM people")).all() == before
        entries = "SELECT count(*) FROM people_history WHERE new_import = :i"
        assert connection.execute(text(entries), {"i": again["import_id"]}).scalar() == 0
    # Only the phone differs: an update, predicted so.
    moved = write(tmp_path / "b.csv", HUBSPOT.replace("+44 20 7946 0958", "+44 20 7946 0000"))
    preview = run_json(env, "-csv", moved, "--dry-run")
    changed = run_json(env, "-csv", moved, "--wait", *flags)
    assert (preview["would_insert"], preview["would_update"], preview["unchanged"]) == (0, 1, 0)
    assert (changed["inserted"], changed["updated"], changed["unchanged"]) == (0, 1, 0)
    assert people(db)["dee@example.com"][1] == "+442079460000"
    undone = run_json(env, "undo", changed["import_id"], "--wait")
    assert (undone["state"], undone["restored"]) == ("undone", 1)
    assert people(db)["dee@example.com"] == (
        "Dee Park", "+442079460958", "Globex", "Head of Sales", None
    )  # fmt: skip
    assert first["inserted"] == 1
