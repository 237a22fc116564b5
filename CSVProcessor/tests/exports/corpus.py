"""Files shaped like real contact exports, each built from its product's documented format.

Each Export names the format it follows, holds the file's bytes and the people a
correct import stores (name, email), and the lines that are no row (skipped). The
headers, encodings and quirks follow each product's published export format:
Google Contacts (current "Google CSV" and the legacy UTF-16 export, values joined
with " ::: "), Outlook (CSV export of contacts: E-mail, E-mail 2, E-mail 3 and
Exchange X.500 paths), LinkedIn (Connections.csv with its "Notes:" preamble),
Salesforce (report export with its footer), HubSpot, Mailchimp (audience export),
Xero (contacts export, *ContactName is the company), Excel in several locales
(";" delimiter, cp1252), and Excel for Mac (MacRoman, CR line ends).
"""

import codecs
from dataclasses import dataclass, field

from CSVProcessor.tests.exports.builders import expect


@dataclass
class Export:
    name: str
    format: str  # which product's export this follows
    data: bytes
    people: list[tuple[str, str]]
    skipped: dict = field(default_factory=dict)
    rejected: int = 0
    suffix: str = ".csv"
    known: tuple | None = None  # as Shape.known (builders.expect): the people's known fields


def lines(*rows: str, end: str = "\r\n") -> str:
    return end.join(rows) + end


GOOGLE_HEADER = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,"
    "Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,"
    "Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,"
    "E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value"
)
GOOGLE_LEGACY_HEADER = (
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,"
    "Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,"
    "Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,"
    "Priority,Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,"
    "E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value"
)
OUTLOOK_HEADER = (
    '"Title","First Name","Middle Name","Last Name","Suffix","Company","Department","Job Title",'
    '"Business Street","Business City","E-mail Address","E-mail Type","E-mail Display Name",'
    '"E-mail 2 Address","E-mail 2 Type","E-mail 2 Display Name","E-mail 3 Address",'
    '"E-mail 3 Type","E-mail 3 Display Name","Mobile Phone","Notes"'
)

EXPORTS = [
    Export(
        "google-contacts",
        "Google Contacts export (Google CSV, UTF-8): numbered E-mail n - Value, ' ::: ' joins",
        lines(
            GOOGLE_HEADER,
            "Zoë,Anna,Müller,,,,Dr.,,Zo,,Acme GmbH,CTO,,,,,* myContacts,* Work,"
            "zoe@acme.example ::: zoe.mueller@acme.example,,,Mobile,+49 30 1234",
            "José,,García,,,,,Jr.,,,Acme Iberia,,,,,,* myContacts,,,* Home,jose@example.es,,",
            "Li,,Wei,,,,,,,,,,,,,,* myContacts,,not an address,Other,li.wei@example.cn,,",
        ).encode(),
        [
            ("José García", "jose@example.es"),
            ("Li Wei", "li.wei@example.cn"),
            ("Zoë Anna Müller", "zoe@acme.example"),
        ],  # fmt: skip
        known=(
            expect(
                "zoe@acme.example",
                phone="+49301234",
                company="Acme GmbH",
                job_title="CTO",
                other_emails=("zoe.mueller@acme.example",),
            ),
            expect("jose@example.es", company="Acme Iberia"),
        ),  # fmt: skip
    ),
    Export(
        "google-csv-legacy",
        "Google Contacts legacy 'Google CSV' export: UTF-16LE with BOM, Name + parts",
        codecs.BOM_UTF16_LE
        + lines(
            GOOGLE_LEGACY_HEADER,
            "Zoë Müller,Zoë,,Müller,,,,,,,,,,,,,,,,,,,,,,,,,* My Contacts,* Home,zoe@example.de,,,,",
            "Ann O'Brien,Ann,,O'Brien,,,,,,,,,,,,,,,,,,,,,,,,,* My Contacts,Work,"
            "ann@work.example ::: ann@home.example,,,,",
        ).encode("utf-16-le"),
        [("Ann O'Brien", "ann@work.example"), ("Zoë Müller", "zoe@example.de")],
    ),
    Export(
        "outlook",
        "Outlook CSV export of contacts: Title/Suffix apart, E-mail Address then E-mail 2, 3; "
        "an Exchange X.500 path is not an address",
        lines(
            OUTLOOK_HEADER,
            '"Dr.","Émilie","Claire","Dupont","","Acme SA","","","","","","","","emilie@acme.example",'
            '"SMTP","Émilie Dupont (emilie@acme.example)","","","","",""',
            '"","Søren","","Ødegaard","Jr.","","","","","","/o=ExchangeLabs/ou=Exchange '
            'Administrative Group/cn=Recipients/cn=soren","EX","Søren Ødegaard","","","",'
            '"soren@example.no","SMTP","","",""',
            '"","Mary","","Smith","","","","","","","mary@example.com","SMTP","Mary Smith","","","",'
            '"","","","",""',
        ).encode("utf-8-sig"),
        [
            ("Mary Smith", "mary@example.com"),
            ("Søren Ødegaard", "soren@example.no"),
            ("Émilie Claire Dupont", "emilie@acme.example"),
        ],  # fmt: skip
        known=(expect("emilie@acme.example", company="Acme SA"),),
    ),
    Export(
        "linkedin",
        "LinkedIn Connections.csv: 'Notes:' preamble, a blank line, then the table",
        lines(
            "Notes:",
            '"When exporting your connection data, you may notice that some of the email addresses'
            " are missing. You will only see email addresses for connections who have allowed"
            ' their connections to see or download their email address."',
            "",
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
            "Björn,Nowak,https://www.linkedin.com/in/bnowak,bjorn@example.se,Acme,CTO,01 Dec 2026",
            "Miguel,Conceição,https://www.linkedin.com/in/mc,,Acme,CEO,30 Nov 2026",
            end="\n",
        ).encode(),
        [("Björn Nowak", "bjorn@example.se")],
        {"preamble": 2, "blank": 1},
        rejected=1,  # LinkedIn leaves the address out when the connection hides it
        known=(expect("bjorn@example.se", company="Acme", job_title="CTO"),),
    ),
    Export(
        "salesforce-report",
        "Salesforce report export (CSV): quoted fields, then the report's footer block",
        lines(
            '"First Name","Last Name","Title","Account Name","Email","Contact Owner"',
            '"Ana","Lima","VP Sales","Acme Brasil Ltda","ana.lima@example.br","Admin User"',
            '"Jürgen","Schmidt","CFO","Acme GmbH","jurgen@example.de","Admin User"',
            "",
            "",
            '"Contacts Report"',
            '"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."',
            '"Confidential Information - Do Not Distribute"',
            '"Generated By:  Admin User  12/1/2026 9:00 AM"',
            '"Acme Corporation"',
        ).encode(),
        [("Ana Lima", "ana.lima@example.br"), ("Jürgen Schmidt", "jurgen@example.de")],
        {"blank": 2, "footer": 5},
        known=(
            expect("ana.lima@example.br", company="Acme Brasil Ltda", job_title="VP Sales"),
            expect("jurgen@example.de", company="Acme GmbH", job_title="CFO"),
        ),
    ),
    Export(
        "hubspot",
        "HubSpot contacts export: Record ID first, Company Name and Contact owner beside the name",
        lines(
            "Record ID,First Name,Last Name,Email,Phone Number,Company Name,Contact owner,Lifecycle Stage",
            "101,Li,Na,li.na@example.cn,,Acme China,Sam Owner,Lead",
            "102,Paul,Martin,paul.martin@example.fr,,Acme France,Sam Owner,Customer",
        ).encode(),
        [("Li Na", "li.na@example.cn"), ("Paul Martin", "paul.martin@example.fr")],
        known=(
            expect("li.na@example.cn", company="Acme China"),
            expect("paul.martin@example.fr", company="Acme France"),
        ),
    ),
    Export(
        "mailchimp",
        "Mailchimp audience export: Email Address first, then First Name, Last Name",
        lines(
            "Email Address,First Name,Last Name,Address,Phone Number,Birthday,MEMBER_RATING,"
            "OPTIN_TIME,OPTIN_IP,CONFIRM_TIME,CONFIRM_IP,LATITUDE,LONGITUDE,GMTOFF,DSTOFF,"
            "TIMEZONE,CC,REGION,LAST_CHANGED,LEID,EUID,NOTES,TAGS",
            "kim@example.kr,Kim,Min-jun,,,,2,2026-11-01 10:00:00,,,,,,,,,,,,,,,",
        ).encode(),
        [("Kim Min-jun", "kim@example.kr")],
        known=(),  # Phone Number is empty
    ),
    Export(
        "xero",
        "Xero contacts export: *ContactName is the company, FirstName/LastName the person",
        lines(
            "*ContactName,AccountNumber,EmailAddress,FirstName,LastName,POAttentionTo,"
            "POAddressLine1,POCity,PhoneNumber",
            "Acme Iberia S.L.,A-1,jose@example.es,José,García,,Calle 1,Madrid,",
            "Acme Nordic AB,A-2,anna@example.se,Anna,Lindqvist,,,Stockholm,",
        ).encode(),
        [("Anna Lindqvist", "anna@example.se"), ("José García", "jose@example.es")],
        known=(
            expect("jose@example.es", company="Acme Iberia S.L."),
            expect("anna@example.se", company="Acme Nordic AB"),
        ),
    ),
    Export(
        "excel-de",
        "German Excel 'CSV (Trennzeichen-getrennt)': ';', cp1252, Name is the surname",
        lines(
            "Name;Vorname;E-Mail", "Müller;Zoë;zoe@example.de", "Weiß;Jürgen;j.weiss@example.de"
        ).encode("cp1252"),
        [("Jürgen Weiß", "j.weiss@example.de"), ("Zoë Müller", "zoe@example.de")],
    ),
    Export(
        "excel-fr",
        "French Excel 'CSV (séparateur: point-virgule)': ';', cp1252, Nom is the surname",
        lines("Nom;Prénom;Adresse e-mail", "Dupont;Émilie;emilie@example.fr").encode("cp1252"),
        [("Émilie Dupont", "emilie@example.fr")],
    ),
    Export(
        "excel-es",
        "Spanish Excel CSV: ';', Nombre + Apellidos, Correo electrónico",
        lines("Nombre;Apellidos;Correo electrónico", "José Luis;García Pérez;jl@example.es").encode(
            "cp1252"
        ),
        [("José Luis García Pérez", "jl@example.es")],
    ),
    Export(
        "excel-it",
        "Italian Excel CSV: ';', Nome + Cognome, Indirizzo email",
        lines("Nome;Cognome;Indirizzo email", "Niccolò;Rossi;niccolo@example.it").encode("cp1252"),
        [("Niccolò Rossi", "niccolo@example.it")],
    ),
    Export(
        "excel-pt",
        "Portuguese (Brazil) Excel CSV: ';', Nome + Sobrenome, E-mail",
        lines("Nome;Sobrenome;E-mail", "João;Conceição;joao@example.br").encode("cp1252"),
        [("João Conceição", "joao@example.br")],
    ),
    Export(
        "excel-nl",
        "Dutch Excel CSV: ';', Voornaam + Tussenvoegsel + Achternaam, E-mailadres",
        lines(
            "Voornaam;Tussenvoegsel;Achternaam;E-mailadres", "Jan;van der;Berg;jan@example.nl"
        ).encode("cp1252"),
        [("Jan van der Berg", "jan@example.nl")],
    ),
    Export(
        "excel-mac",
        "Excel for Mac 'Comma Separated Values': MacRoman, CR line ends",
        lines(
            "First Name,Last Name,Email",
            "José,García,jose@example.es",
            "Zoë,Müller,zoe@example.de",
            end="\r",
        ).encode("mac_roman"),  # fmt: skip
        [("José García", "jose@example.es"), ("Zoë Müller", "zoe@example.de")],
    ),
    Export(
        "vcard",
        "vCards from phones: 2.1 (quoted-printable, CHARSET, bare PREF), 3.0 (folded, "
        "TYPE=pref, N parts), 4.0 (PREF=1)",
        lines(
            "BEGIN:VCARD",
            "VERSION:2.1",
            "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;Zo=C3=AB;;;",
            "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Zo=C3=AB M=C3=BCller",
            "EMAIL;INTERNET:zoe.work@example.com",
            "EMAIL;PREF;INTERNET:zoe@example.com",
            "END:VCARD",
            "BEGIN:VCARD",
            "VERSION:3.0",
            "N:García;José;Luis;Dr.;Jr.",
            "EMAIL;TYPE=INTERNET:jose@example.es",
            "EMAIL;TYPE=INTERNET,pref:",
            " jose.pref@example.es",
            "END:VCARD",
            "BEGIN:VCARD",
            "VERSION:4.0",
            "FN:Ana Lee",
            "EMAIL;PREF=2:ana2@example.com",
            "EMAIL;PREF=1:ana1@example.com",
            "END:VCARD",
        ).encode(),  # fmt: skip
        [
            ("Ana Lee", "ana1@example.com"),
            ("José Luis García", "jose.pref@example.es"),
            ("Zoë Müller", "zoe@example.com"),
        ],  # fmt: skip
        suffix=".vcf",
    ),
]
