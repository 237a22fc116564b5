"""Address books, phones and CRMs: exports of contacts, one spec each.

`source` names where the header's spelling was read: a file in the public code
corpus (search tool, with its id or repository), or "recalled" when it is the
product's export as we know it and no copy was found to check it against.
"""

from CSVProcessor.tests.exports.builders import Shape, expect

# fmt: off
GOOGLE = (
    "First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name",
    "Phonetic Last Name", "Name Prefix", "Name Suffix", "Nickname", "File As",
    "Organization Name", "Organization Title", "Organization Department", "Birthday", "Notes",
    "Photo", "Labels", "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - Label",
    "E-mail 2 - Value", "Phone 1 - Label", "Phone 1 - Value",
)
GOOGLE_SOURCE = "Google Contacts 'Google CSV' export (tests/exports/corpus.py; Exchange's table)"
GOOGLE_LEGACY = (
    "Name", "Given Name", "Additional Name", "Family Name", "Yomi Name", "Given Name Yomi",
    "Additional Name Yomi", "Family Name Yomi", "Name Prefix", "Name Suffix", "Initials",
    "Nickname", "Short Name", "Maiden Name", "Birthday", "Gender", "Location", "Notes",
    "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value", "E-mail 2 - Type",
    "E-mail 2 - Value",
)


def google_row(given, family, company, emails, labels="* myContacts", phonetic=("", ""),
               phone=""):
    first, second = (emails + ["", ""])[:2]
    return (given, "", family, phonetic[0], "", phonetic[1], "", "", "", "", company, "", "",
            "", "", "", labels, "* Work" if first else "", first, "Home" if second else "",
            second, "Mobile" if phone else "", phone)


def vcard(*lines: str) -> tuple[tuple[str], ...]:
    return tuple((line,) for line in lines)


SHAPES = [
    Shape(
        name="google-csv-en",
        product="Google Contacts",
        language="en",
        source=GOOGLE_SOURCE,
        header=GOOGLE,
        rows=(
            google_row(
                "Mary", "Jones", "Acme Inc.", ["mary@acme.example ::: mary.jones@example.org"],
                phone="+1 415 555 0100",
            ),
            google_row("Pat", "Kim", "", ["", "pat.kim@example.org"]),
            google_row("Li", "Wei", "", ["not an address", "li.wei@example.cn"]),
        ),
        people=(
            ("Mary Jones", "mary@acme.example"),
            ("Pat Kim", "pat.kim@example.org"),
            ("Li Wei", "li.wei@example.cn"),
        ),
        encoding="utf-8",
        notes="' ::: ' joins two addresses in one cell; an invalid first address",
        known=(
            expect("mary@acme.example", phone="+14155550100", company="Acme Inc.", other_emails=("mary.jones@example.org",)),
        ),
    ),
    Shape(
        name="google-csv-ja",
        product="Google Contacts",
        language="ja",
        source=GOOGLE_SOURCE,
        header=GOOGLE,
        rows=(
            google_row(
                "太郎", "山田", "アクメ株式会社", ["taro@example.jp"], phonetic=("たろう", "やまだ")
            ),
            google_row("花子", "佐藤", "", ["hanako@example.jp"], phonetic=("はなこ", "さとう")),
        ),
        people=(("山田 太郎", "taro@example.jp"), ("佐藤 花子", "hanako@example.jp")),
        notes="Japanese names in First/Last columns: family name first",
        known=(
            expect("taro@example.jp", company="アクメ株式会社"),
        ),
    ),
    Shape(
        name="google-csv-legacy-es",
        product="Google Contacts",
        language="es",
        source="Google Contacts legacy 'Google CSV' (UTF-16); Exchange's table (Given Name ...)",
        header=GOOGLE_LEGACY,
        rows=(
            (
                "José García",
                "José",
                "",
                "García",
                *[""] * 14,
                "* My Contacts",
                "* Home",
                "jose@example.es",
                "",
                "",
            ),
            (
                "Begoña Núñez",
                "Begoña",
                "",
                "Núñez",
                *[""] * 14,
                "* My Contacts",
                "Work",
                "begona@work.example ::: begona@home.example",
                "",
                "",
            ),
        ),
        people=(("José García", "jose@example.es"), ("Begoña Núñez", "begona@work.example")),
        encoding="utf-16",
    ),
    Shape(
        name="icloud-vcard-fr",
        product="Apple iCloud Contacts",
        language="fr",
        source="vCard 3.0 as macOS/iCloud Contacts write it: PRODID, item1. groups, X-ABLabel (recalled)",
        header=(),
        rows=vcard(
            "BEGIN:VCARD",
            "VERSION:3.0",
            "PRODID:-//Apple Inc.//macOS 14.4//EN",
            "N:Dupont;Émilie;;;",
            "FN:Émilie Dupont",
            "ORG:Acme SA;Ventes",
            "TITLE:Directrice commerciale",
            "TEL;type=WORK;type=VOICE:01 23 45 67 89",
            "TEL;type=CELL;type=VOICE;type=pref:+33 6 12 34 56 78",
            "item1.EMAIL;type=INTERNET;type=pref:emilie@example.fr",
            "item1.X-ABLabel:_$!<Other>!$_",
            "EMAIL;type=INTERNET;type=WORK:e.dupont@acme.example",
            "END:VCARD",
            "BEGIN:VCARD",
            "VERSION:3.0",
            "PRODID:-//Apple Inc.//macOS 14.4//EN",
            "N:Lefèvre;François;;;",
            "FN:François Lefèvre",
            "EMAIL;type=INTERNET;type=HOME;type=pref:francois@example.fr",
            "END:VCARD",
        ),
        people=(
            ("Émilie Dupont", "emilie@example.fr"),
            ("François Lefèvre", "francois@example.fr"),
        ),
        kind="vcard",
        suffix=".vcf",
        known=(
            expect(
                "emilie@example.fr", phone="+33612345678", company="Acme SA",
                job_title="Directrice commerciale", other_emails=("e.dupont@acme.example",),
            ),
        ),
    ),
    Shape(
        name="android-vcard-ru",
        product="Android Contacts",
        language="ru",
        source="vCard 2.1 as Android's contacts app exports it: CHARSET + QUOTED-PRINTABLE (recalled)",
        header=(),
        rows=vcard(
            "BEGIN:VCARD",
            "VERSION:2.1",
            "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=A1=D0=BC=D0=B8=D1=80=D0=BD=D0=BE=D0=B2;=D0=98=D0=B2=D0=B0=D0=BD;;;",
            "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=98=D0=B2=D0=B0=D0=BD =D0=A1=D0=BC=D0=B8=D1=80=D0=BD=D0=BE=D0=B2",
            "TEL;CELL:+7 900 000-00-00",
            "EMAIL;HOME:ivan@example.ru",
            "END:VCARD",
            "BEGIN:VCARD",
            "VERSION:2.1",
            "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9A=D1=83=D0=B7=D0=BD=D0=B5=D1=86=D0=BE=D0=B2=D0=B0;=D0=9D=D0=B0=D1=82=D0=B0=D0=BB=D1=8C=D1=8F;;;",
            "EMAIL;WORK:natalia@example.ru",
            "END:VCARD",
        ),
        people=(("Иван Смирнов", "ivan@example.ru"), ("Наталья Кузнецова", "natalia@example.ru")),
        kind="vcard",
        suffix=".vcf",
        notes="the second card has N only (no FN)",
        known=(
            expect("ivan@example.ru", phone="+79000000000"),
        ),
    ),
    Shape(
        name="samsung-vcard-ko",
        product="Samsung Contacts",
        language="ko",
        source="vCard 2.1 from a Samsung phone's contacts export (recalled)",
        header=(),
        rows=vcard(
            "BEGIN:VCARD",
            "VERSION:2.1",
            "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=EA=B9=80;=EB=AF=BC=EC=A4=80;;;",
            "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=EA=B9=80=EB=AF=BC=EC=A4=80",
            "TEL;WORK:02-123-4567",
            "TEL;CELL;PREF:010-1234-5678",
            "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=EC=82=BC=EC=84=B1=EC=A0=84=EC=9E=90",
            "TITLE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=EA=B3=BC=EC=9E=A5",
            "EMAIL;HOME:minjun@example.kr",
            "END:VCARD",
        ),
        people=(("김민준", "minjun@example.kr"),),
        kind="vcard",
        suffix=".vcf",
        known=(expect("minjun@example.kr", phone="010-1234-5678", company="삼성전자", job_title="과장"),),
    ),
    Shape(
        name="thunderbird-en",
        product="Mozilla Thunderbird",
        language="en",
        source="Thunderbird address book CSV (code corpus ids 56797920570, 11177353557)",
        header=("First Name", "Last Name", "Display Name", "Nickname", "Primary Email", "Secondary Email", "Screen Name", "Work Phone", "Home Phone", "Organization"),
        rows=(
            ("Ann", "Lee", "Ann Lee", "annie", "ann@example.com", "", "", "", "", "Acme"),
            ("Bob", "Stone", "", "", "", "bob.stone@example.com", "", "", "", ""),
        ),
        people=(("Ann Lee", "ann@example.com"), ("Bob Stone", "bob.stone@example.com")),
        notes="Display Name empty on a row: First + Last; Primary Email empty: Secondary",
        known=(
            expect("ann@example.com", company="Acme"),
        ),
    ),
    Shape(
        name="thunderbird-de",
        product="Mozilla Thunderbird",
        language="de",
        source="Thunderbird (German) address book CSV, system charset (recalled)",
        header=("Vorname", "Nachname", "Anzeigename", "Spitzname", "Primäre E-Mail-Adresse", "Sekundäre E-Mail-Adresse", "Tel. dienstlich", "Tel. privat"),
        rows=(
            ("Jürgen", "Weiß", "Jürgen Weiß", "", "juergen@example.de", "", "", ""),
            ("Zoë", "Müller", "", "", "", "zoe@example.de", "", ""),
        ),
        people=(("Jürgen Weiß", "juergen@example.de"), ("Zoë Müller", "zoe@example.de")),
        encoding="cp1252",
        known=(),  # the column is empty on every row
    ),
    Shape(
        name="yahoo-mail",
        product="Yahoo Mail",
        language="en",
        source="Yahoo contacts CSV (Exchange's en-US table: First, Middle, Last, Email, Alternate Email 1)",
        header=("First", "Middle", "Last", "Nickname", "Email", "Category", "Distribution Lists", "Messenger ID", "Home", "Work", "Mobile", "Alternate Email 1", "Alternate Email 2", "Company"),
        rows=(
            ("Dana", "", "White", "", "dana@example.com", "", "", "", "", "", "", "", "", "Acme"),
            ("Eli", "J", "Brown", "", "", "", "", "", "", "", "", "eli@example.com", "", ""),
        ),
        people=(("Dana White", "dana@example.com"), ("Eli J Brown", "eli@example.com")),
        known=(
            expect("dana@example.com", company="Acme"),
        ),
    ),
    Shape(
        name="linkedin-en",
        product="LinkedIn",
        language="en",
        source="LinkedIn Connections.csv (tests/exports/corpus.py)",
        preamble=(
            ("Notes:",),
            ("When exporting your connection data, you may notice that some of the email addresses are missing.",),
            (),
        ),
        header=("First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"),
        rows=(
            ("Björn", "Nowak", "https://www.linkedin.com/in/bnowak", "bjorn@example.se", "Acme", "CTO", "01 Dec 2026"),
            ("Miguel", "Conceição", "https://www.linkedin.com/in/mc", "", "Acme", "CEO", "30 Nov 2026"),
        ),
        people=(("Björn Nowak", "bjorn@example.se"),),
        line_end="\n",
        known=(
            expect("bjorn@example.se", company="Acme", job_title="CTO"),
        ),
    ),
    Shape(
        name="hubspot-en",
        product="HubSpot",
        language="en",
        source="HubSpot contacts export (tests/exports/corpus.py)",
        header=("Record ID", "First Name", "Last Name", "Email", "Phone Number", "Company Name", "Contact owner", "Lifecycle Stage"),
        rows=(
            ("101", "Li", "Na", "li.na@example.cn", "", "Acme China", "Sam Owner", "Lead"),
            ("102", "Paul", "Martin", "paul@example.fr", "", "Acme France", "Sam Owner", "Customer"),
        ),
        people=(("Li Na", "li.na@example.cn"), ("Paul Martin", "paul@example.fr")),
        known=(
            expect("li.na@example.cn", company="Acme China"),
            expect("paul@example.fr", company="Acme France"),
        ),
    ),
    Shape(
        name="hubspot-de",
        product="HubSpot",
        language="de",
        source="HubSpot contacts export with a German account's property labels (recalled)",
        header=("Datensatz-ID", "Vorname", "Nachname", "E-Mail", "Telefonnummer", "Name des Unternehmens", "Kontaktinhaber", "Lifecycle-Phase"),
        rows=(
            ("201", "Jürgen", "Weiß", "j.weiss@example.de", "", "Acme GmbH", "Sam Owner", "Lead"),
        ),
        people=(("Jürgen Weiß", "j.weiss@example.de"),),
        encoding="utf-8-sig",
        known=(
            expect("j.weiss@example.de", company="Acme GmbH"),
        ),
    ),
    Shape(
        name="salesforce-report",
        product="Salesforce",
        language="en",
        source="Salesforce report export with its footer (tests/exports/corpus.py)",
        header=("First Name", "Last Name", "Title", "Account Name", "Email", "Contact Owner"),
        rows=(
            ("Ana", "Lima", "VP Sales", "Acme Brasil Ltda", "ana.lima@example.br", "Admin User"),
            ("Jürgen", "Schmidt", "CFO", "Acme GmbH", "jurgen@example.de", "Admin User"),
        ),
        footer=(
            (),
            (),
            ("Contacts Report",),
            ("Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.",),
            ("Confidential Information - Do Not Distribute",),
            ("Generated By:  Admin User  12/1/2026 9:00 AM",),
            ("Acme Corporation",),
        ),
        people=(("Ana Lima", "ana.lima@example.br"), ("Jürgen Schmidt", "jurgen@example.de")),
        quote_all=True,
        known=(
            expect("ana.lima@example.br", company="Acme Brasil Ltda", job_title="VP Sales"),
            expect("jurgen@example.de", company="Acme GmbH", job_title="CFO"),
        ),
    ),
    Shape(
        name="zoho-crm",
        product="Zoho CRM",
        language="en",
        source="Zoho CRM contacts export (recalled)",
        header=("Record Id", "Contact Owner", "Lead Source", "First Name", "Last Name", "Account Name", "Email", "Secondary Email", "Title", "Phone"),
        rows=(
            ("zcrm_1", "Sam Owner", "Web", "Priya", "Sharma", "Acme India", "priya@example.in", "", "CTO", ""),
            ("zcrm_2", "Sam Owner", "Web", "Rahul", "Gupta", "", "", "rahul@example.in", "", ""),
        ),
        people=(("Priya Sharma", "priya@example.in"), ("Rahul Gupta", "rahul@example.in")),
        known=(
            expect("priya@example.in", company="Acme India", job_title="CTO"),
        ),
    ),
    Shape(
        name="pipedrive",
        product="Pipedrive",
        language="en",
        source="Pipedrive people export, 'Entity - Field - Label' headers (code corpus ids 58353044932, 58715047576)",
        header=("Person - Name", "Person - First name", "Person - Last name", "Person - Organization", "Person - Email - Work", "Person - Email - Home", "Person - Phone - Work", "Person - Owner"),
        rows=(
            ("Ingrid Berg", "Ingrid", "Berg", "Acme AS", "ingrid@acme.example", "", "", "Sam Owner"),
            ("Ola Nordmann", "Ola", "Nordmann", "", "", "ola@example.no", "", "Sam Owner"),
        ),
        people=(("Ingrid Berg", "ingrid@acme.example"), ("Ola Nordmann", "ola@example.no")),
        known=(
            expect("ingrid@acme.example", company="Acme AS"),
        ),
    ),
    Shape(
        name="mailchimp",
        product="Mailchimp",
        language="en",
        source="Mailchimp audience export (tests/exports/corpus.py)",
        header=("Email Address", "First Name", "Last Name", "Address", "Phone Number", "MEMBER_RATING", "OPTIN_TIME", "LEID", "EUID", "NOTES", "TAGS"),
        rows=(
            ("kim@example.kr", "Kim", "Min-jun", "", "", "2", "2026-11-01 10:00:00", "1", "a1", "", ""),
        ),
        people=(("Kim Min-jun", "kim@example.kr"),),
        known=(),  # the column is empty on every row
    ),
    Shape(
        name="brevo-fr",
        product="Brevo (Sendinblue)",
        language="fr",
        source="Brevo contacts export, French account attributes NOM / PRENOM (recalled)",
        header=("CONTACT ID", "EMAIL", "NOM", "PRENOM", "SMS", "DATE_CREATION"),
        rows=(
            ("1", "chloe@example.fr", "Martin", "Chloé", "+33612345678", "2026-11-30"),
            ("2", "noe@example.fr", "Bernard", "Noé", "", "2026-11-30"),
        ),
        people=(("Chloé Martin", "chloe@example.fr"), ("Noé Bernard", "noe@example.fr")),
        delimiter=";",
        known=(expect("chloe@example.fr", phone="+33612345678"),),
    ),
    Shape(
        name="xero",
        product="Xero",
        language="en",
        source="Xero contacts export (tests/exports/corpus.py)",
        header=("*ContactName", "AccountNumber", "EmailAddress", "FirstName", "LastName", "POCity"),
        rows=(("Acme Iberia S.L.", "A-1", "jose@example.es", "José", "García", "Madrid"),),
        people=(("José García", "jose@example.es"),),
        known=(expect("jose@example.es", company="Acme Iberia S.L."),),
    ),
]
# fmt: on
