"""A twentieth round of exports, written (2026-12-07) from products and lists no round had:
CRMs (Highrise's people beside its companies, SugarCRM's `Reports To` and assigned user,
Zendesk Sell's owner, Salesflare's `Account` and owner, NetHunt's `Created by`, Bullhorn's
recruiter and referrer), service desks (ServiceNow's `sys_user` with its manager's name,
ManageEngine ServiceDesk Plus' `Reporting To`, LiveAgent's `Job position`), shift and HR
tools (Deputy's emergency contact, When I Work's supervisor, Homebase's manager, CharlieHR's
work and personal addresses and line manager, Officient (nl), Agendrix (fr)), schools
(Arbor's contacts, one row per pupil and contact; Skyward's two guardians beside the
student's own address; Sdui (de), Skola24 (sv)), churches (ChMeetings' family role,
ChurchDesk (da)), shops (Gambio (de, cp1252), Jumpseller (es), nopCommerce), webmail address
books (WP Poczta (pl, cp1250), Virgilio (it, cp1252), SAPO (pt-PT, `Apelido` the family
name), UOL (pt-BR, `Apelido` a nickname), Inbox.lv (lv, cp1257), SFR (fr)), phones' vCards
(an LG phone's quoted-printable Korean, a ZTE phone's GB2312 `CHARSET`, a Tecno phone's
cards with one broken), LDIF of directories (Domino's folded lines, Synology Directory
Server's base64 values), lists typed in languages no round had (Belarusian, Kyrgyz,
Luxembourgish) and lists in code pages no round used (DOS Greek cp737, DOS Hebrew cp862,
DOS Turkish cp857, DOS Nordic cp865, EUC-JP, ISO-8859-8).

Each keeps the columns that touch a person: a second person on the row (the manager, the
owner, the recruiter, the referrer, the guardian, the emergency contact, the spouse), a
firm's row among people's, work and personal addresses, a title line and a total, a
family-name-first column, a legacy code page, a broken vCard, folded and base64 LDIF lines.

`source` says where each layout's spelling comes from; "recalled" marks a layout known from
the product's export as its users see it, not found in the code corpus searched; "code
corpus" a layout whose field names were found there.
"""

import base64
import quopri

from CSVProcessor.tests.exports.builders import Number, Shape, Spanned, expect, text_lines


def _qp(text: str, encoding: str = "utf-8") -> str:
    """A value as a vCard 2.1 writer puts it: quoted-printable, no soft breaks."""
    return quopri.encodestring(text.encode(encoding)).decode("ascii").replace("=\n", "")


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


_LG_PHONE = f"""\
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("김;민준;;;")}
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("김민준")}
TEL;CELL:010-1234-5678
EMAIL;HOME:minjun.kim@naver.example.com
END:VCARD
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("박;서연;;;")}
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("박서연")}
ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("한빛건설")}
TITLE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("과장")}
TEL;WORK:02-555-1234
EMAIL;WORK:seoyeon.park@hanbit.example.co.kr
END:VCARD
"""

_ZTE_PHONE = f"""\
BEGIN:VCARD
VERSION:2.1
N;CHARSET=GB2312;ENCODING=QUOTED-PRINTABLE:{_qp("王;建国;;;", "gb2312")}
FN;CHARSET=GB2312;ENCODING=QUOTED-PRINTABLE:{_qp("王建国", "gb2312")}
TEL;CELL:13812345678
EMAIL;INTERNET:wangjianguo@163.example.com
END:VCARD
BEGIN:VCARD
VERSION:2.1
N;CHARSET=GB2312;ENCODING=QUOTED-PRINTABLE:{_qp("刘;芳;;;", "gb2312")}
FN;CHARSET=GB2312;ENCODING=QUOTED-PRINTABLE:{_qp("刘芳", "gb2312")}
ORG;CHARSET=GB2312;ENCODING=QUOTED-PRINTABLE:{_qp("深圳市华信科技有限公司", "gb2312")}
TEL;WORK:0755-8888-1234
EMAIL;INTERNET:liufang@huaxin.example.cn
END:VCARD
"""

_TECNO_PHONE = """\
BEGIN:VCARD
VERSION:2.1
N:Diallo;Aminata;;;
FN:Aminata Diallo
TEL;CELL:+221 77 123 45 67
EMAIL;HOME:aminata.diallo@orange.example.sn
END:VCARD
BEGIN:VCARD
VERSION:2.1
N:Ndiaye;Moussa;;;
FN:Moussa Ndiaye
TEL;CELL:+221 76 987 65 43
EMAIL;HOME:moussa.ndiaye@yahoo.example.fr
BEGIN:VCARD
VERSION:2.1
N:Sow;Fatou;;;
FN:Fatou Sow
EMAIL;WORK:fatou.sow@sonatel.example.sn
END:VCARD
"""

_DOMINO_LDIF = """\
dn: CN=Hans Weber,OU=Vertrieb,O=Brenner
objectclass: top
objectclass: person
objectclass: organizationalPerson
objectclass: inetOrgPerson
objectclass: dominoPerson
cn: Hans Weber
givenname: Hans
sn: Weber
uid: HWeber
mail: Hans.Weber@brenner-maschinenbau.e
 xample.de
telephonenumber: +49 711 555 2001
title: Vertriebsleiter

dn: CN=Gudrun Hoffmann-Schulze,OU=Einkauf,O=Brenner
objectclass: top
objectclass: person
objectclass: organizationalPerson
objectclass: inetOrgPerson
objectclass: dominoPerson
cn: Gudrun Hoffmann-Schulze
givenname: Gudrun
sn: Hoffmann-Schulze
uid: GHoffmann
mail: Gudrun.Hoffmann-Schulze@brenner-maschinenbau.example.de
manager: CN=Hans Weber,OU=Vertrieb,O=Brenner

dn: CN=Einkauf,O=Brenner
objectclass: top
objectclass: groupOfNames
objectclass: dominoGroup
cn: Einkauf
mail: einkauf@brenner-maschinenbau.example.de
member: CN=Gudrun Hoffmann-Schulze,OU=Einkauf,O=Brenner
"""

_SYNOLOGY_LDIF = f"""\
dn: uid=jnemeth,cn=users,dc=iroda,dc=example,dc=hu
objectClass: top
objectClass: posixAccount
objectClass: inetOrgPerson
objectClass: apple-user
uid: jnemeth
cn:: {_b64("Németh János")}
sn:: {_b64("Németh")}
givenName:: {_b64("János")}
displayName:: {_b64("Németh János")}
mail: janos.nemeth@iroda.example.hu
uidNumber: 1000001
gidNumber: 1000001

dn: uid=ekovacs,cn=users,dc=iroda,dc=example,dc=hu
objectClass: top
objectClass: posixAccount
objectClass: inetOrgPerson
uid: ekovacs
cn:: {_b64("Kovács Éva")}
sn:: {_b64("Kovács")}
givenName:: {_b64("Éva")}
mail: eva.kovacs@iroda.example.hu
uidNumber: 1000002
gidNumber: 1000001

dn: cn=administrators,cn=groups,dc=iroda,dc=example,dc=hu
objectClass: top
objectClass: posixGroup
cn: administrators
memberUid: jnemeth
"""

_LONG_CN = _b64("Maria Leonor Gonçalves Simões")
_IREDMAIL_LDIF = f"""\
dn: mail=joao.conceicao@escola.example.pt,ou=Users,domainName=escola.example.pt,o=domains,dc=escola,dc=example,dc=pt
objectClass: inetOrgPerson
objectClass: mailUser
objectClass: shadowAccount
objectClass: amavisAccount
mail: joao.conceicao@escola.example.pt
cn:: {_b64("João Conceição")}
sn:: {_b64("Conceição")}
givenName:: {_b64("João")}
uid: joao.conceicao
shadowAddress: jconceicao@escola.example.pt
mailForwardingAddress: joao.conceicao.pessoal@sapo.example.pt
accountStatus: active

dn: mail=leonor.simoes@escola.example.pt,ou=Users,domainName=escola.example.pt,o=domains,dc=escola,dc=example,dc=pt
objectClass: inetOrgPerson
objectClass: mailUser
mail: leonor.simoes@escola.example.pt
cn:: {_LONG_CN[:20]}
 {_LONG_CN[20:]}
sn:: {_b64("Gonçalves Simões")}
givenName:: {_b64("Maria Leonor")}
accountStatus: active

dn: mail=professores@escola.example.pt,ou=Groups,domainName=escola.example.pt,o=domains,dc=escola,dc=example,dc=pt
objectClass: mailList
mail: professores@escola.example.pt
cn: Professores
accountStatus: active
"""


# fmt: off
SHAPES = [
    # --- CRMs ------------------------------------------------------------------------------
    Shape(
        name="highrise-people",
        product="Highrise (contacts export)",
        language="en",
        source="recalled: Highrise's contacts export (Name, First name, Last name, Title, Company, then 'Email address - Work' and '- Home', 'Phone number - Work' and '- Mobile'); a company's row has only Name",
        header=("Name", "First name", "Last name", "Title", "Company", "Background", "Email address - Work", "Email address - Home", "Phone number - Work", "Phone number - Mobile", "Tags"),
        rows=(
            ("Megan Doyle", "Megan", "Doyle", "Operations Lead", "Brightwater Outfitters", "Met at the Portland trade show", "megan@brightwater.example.com", "", "+1 503 555 0142", "", "customer"),
            ("Brightwater Outfitters", "", "", "", "", "Outdoor gear wholesaler", "", "", "+1 503 555 0100", "", "company"),
            ("Tom Okafor", "Tom", "Okafor", "", "", "Referred by Megan Doyle", "", "tom.okafor@gmail.example.com", "", "(971) 555-0188", "lead"),
        ),
        people=(("Megan Doyle", "megan@brightwater.example.com"), ("Tom Okafor", "tom.okafor@gmail.example.com")),
        known=(
            expect("megan@brightwater.example.com", phone="+15035550142", company="Brightwater Outfitters", job_title="Operations Lead"),
            expect("tom.okafor@gmail.example.com", phone="(971) 555-0188"),
        ),
        notes="a company's row among the people (no address, no person); a home address as the fallback; a background naming another person",
    ),
    Shape(
        name="sugarcrm-contacts-reports-to",
        product="SugarCRM (contacts export)",
        language="en",
        source="recalled: SugarCRM 7+ contacts export ('Salutation', 'Title' the job title, 'Email Address', 'Non Primary E-mails', 'Reports To' a person's name, 'Assigned User Name' a login)",
        header=("Salutation", "First Name", "Last Name", "Title", "Department", "Account Name", "Email Address", "Non Primary E-mails", "Office Phone", "Mobile", "Reports To", "Assigned User Name", "Lead Source"),
        rows=(
            ("Ms.", "Laura", "Bennett", "VP Finance", "Finance", "Harbor Logistics Inc.", "laura.bennett@harborlog.example.com", "lbennett@gmail.example.com", "+1 617 555 0110", "", "Michael Grant", "sally", "Trade Show"),
            ("Mr.", "Dev", "Patel", "Controller", "Finance", "Harbor Logistics Inc.", "", "dev.patel@outlook.example.com", "", "617-555-0177", "Laura Bennett", "sally", "Web Site"),
        ),
        people=(("Laura Bennett", "laura.bennett@harborlog.example.com"), ("Dev Patel", "dev.patel@outlook.example.com")),
        known=(
            expect("laura.bennett@harborlog.example.com", phone="+16175550110", company="Harbor Logistics Inc.", job_title="VP Finance", other_emails=("lbennett@gmail.example.com",)),
            expect("dev.patel@outlook.example.com", phone="617-555-0177", company="Harbor Logistics Inc.", job_title="Controller"),
        ),
        notes="'Reports To' holds another contact's name; the only address of the second row is the non-primary one",
    ),
    Shape(
        name="zendesk-sell-leads",
        product="Zendesk Sell (leads export)",
        language="en",
        source="code corpus: Zendesk Sell's (Base CRM) lead fields as its API and CSV export name them (first_name, last_name, organization_name, title, email, mobile, phone, owner)",
        header=("id", "first_name", "last_name", "organization_name", "title", "email", "mobile", "phone", "owner", "status", "source"),
        rows=(
            ("3011", "Ingrid", "Solberg", "Fjord Analytics AS", "CTO", "ingrid@fjordanalytics.example.no", "+47 912 34 567", "", "Daniel Reyes", "New", "Webinar"),
            ("3012", "Kwame", "Asante", "", "", "kwame.asante@gmail.example.com", "", "", "Daniel Reyes", "Working", "Referral"),
            ("3013", "Lucía", "Ferrer", "Ferrer & Hijas SL", "Gerente", "lucia@ferrerhijas.example.es", "", "+34 93 555 1200", "Amira Haddad", "Unqualified", "Cold call"),
        ),
        people=(("Ingrid Solberg", "ingrid@fjordanalytics.example.no"), ("Kwame Asante", "kwame.asante@gmail.example.com"), ("Lucía Ferrer", "lucia@ferrerhijas.example.es")),
        known=(
            expect("ingrid@fjordanalytics.example.no", phone="+4791234567", company="Fjord Analytics AS", job_title="CTO"),
            expect("lucia@ferrerhijas.example.es", phone="+34935551200", company="Ferrer & Hijas SL", job_title="Gerente"),
        ),
        notes="'owner' is the salesperson's name (a teammate on many rows)",
    ),
    Shape(
        name="salesflare-contacts",
        product="Salesflare (contacts export)",
        language="en",
        source="recalled: Salesflare's contacts export (Firstname, Lastname, Email, Account, Role, Phone number, Mobile phone number, Owner, Tags)",
        header=("Prefix", "Firstname", "Middle", "Lastname", "Suffix", "Email", "Account", "Role", "Phone number", "Mobile phone number", "Owner", "Tags"),
        rows=(
            ("", "Pieter", "", "Claes", "", "pieter.claes@vlaanderbouw.example.be", "Vlaanderbouw NV", "Project Manager", "+32 9 555 12 34", "", "Sofie Maes", "prospect"),
            ("Dr.", "Hannah", "R.", "Whitfield", "PhD", "h.whitfield@kingsclinic.example.co.uk", "King's Clinic", "Medical Director", "", "+44 7700 900123", "Sofie Maes", ""),
        ),
        people=(("Pieter Claes", "pieter.claes@vlaanderbouw.example.be"), ("Hannah R. Whitfield", "h.whitfield@kingsclinic.example.co.uk")),
        known=(
            expect("pieter.claes@vlaanderbouw.example.be", phone="+3295551234", company="Vlaanderbouw NV", job_title="Project Manager"),
            expect("h.whitfield@kingsclinic.example.co.uk", phone="+447700900123", company="King's Clinic", job_title="Medical Director"),
        ),
        notes="'Account' is the company; 'Role' the job title; 'Owner' a teammate's name; a prefix and a suffix apart",
    ),
    Shape(
        name="nethunt-contacts",
        product="NetHunt CRM (Contacts folder export)",
        language="en",
        source="recalled: NetHunt CRM's folder export to CSV (Name, Email, Phone, Company, Position, Created by, Responsible)",
        header=("Name", "Email", "Phone", "Company", "Position", "Responsible", "Created by", "Created at"),
        rows=(
            ("Oksana Melnyk", "oksana.melnyk@kyivsoft.example.ua", "+380 44 555 1234", "KyivSoft", "Head of HR", "olha@nethunt-demo.example.com", "olha@nethunt-demo.example.com", "2026-10-02"),
            ("Marek Novotný", "marek.novotny@seznam.example.cz", "", "", "", "olha@nethunt-demo.example.com", "ivan@nethunt-demo.example.com", "2026-10-05"),
            ("Zeynep Aydın", "", "+90 532 555 1234", "Aydın Tekstil", "Owner", "ivan@nethunt-demo.example.com", "ivan@nethunt-demo.example.com", "2026-10-09"),
        ),
        people=(("Oksana Melnyk", "oksana.melnyk@kyivsoft.example.ua"), ("Marek Novotný", "marek.novotny@seznam.example.cz")),
        known=(expect("oksana.melnyk@kyivsoft.example.ua", phone="+380445551234", company="KyivSoft", job_title="Head of HR"),),
        notes="the teammates' addresses ('Responsible', 'Created by') on every row: a contact without an address stores nothing, not a teammate",
    ),
    Shape(
        name="bullhorn-candidates",
        product="Bullhorn (candidates list export)",
        language="en",
        source="recalled: Bullhorn ATS candidate list exported to CSV (Name, Email, Email 2, Mobile, Current Company, Title, Owner, Referred By)",
        header=("ID", "Name", "First Name", "Last Name", "Email", "Email 2", "Mobile", "Current Company", "Title", "Status", "Owner", "Referred By"),
        rows=(
            ("88101", "Aisha Rahman", "Aisha", "Rahman", "aisha.rahman@gmail.example.com", "a.rahman@northwind.example.com", "+1 212 555 0199", "Northwind Traders", "Senior Accountant", "Available", "Chris Holloway", "Ben Carter"),
            ("88102", "Mateo Alvarez", "Mateo", "Alvarez", "", "mateo.alvarez@proton.example.me", "", "", "Welder", "Placed", "Chris Holloway", ""),
        ),
        people=(("Aisha Rahman", "aisha.rahman@gmail.example.com"), ("Mateo Alvarez", "mateo.alvarez@proton.example.me")),
        known=(
            expect("aisha.rahman@gmail.example.com", phone="+12125550199", company="Northwind Traders", job_title="Senior Accountant", other_emails=("a.rahman@northwind.example.com",)),
            expect("mateo.alvarez@proton.example.me", job_title="Welder"),
        ),
        notes="'Owner' the recruiter, 'Referred By' another candidate's name; 'Email 2' the fallback",
    ),
    # --- service desks -----------------------------------------------------------------------
    Shape(
        name="servicenow-sys-user",
        product="ServiceNow (sys_user list, Export > CSV)",
        language="en",
        source="code corpus: ServiceNow's sys_user fields (user_name, first_name, last_name, email, title, department, company, manager, mobile_phone) as a list export writes them, reference fields as display values",
        header=("user_name", "first_name", "last_name", "email", "title", "department", "company", "manager", "mobile_phone", "active"),
        rows=(
            ("beth.anglin", "Beth", "Anglin", "beth.anglin@acmecorp.example.com", "Service Desk Analyst", "IT", "ACME North America", "Fred Luddy", "+1 858 555 0111", "true"),
            ("fred.luddy", "Fred", "Luddy", "fred.luddy@acmecorp.example.com", "IT Manager", "IT", "ACME North America", "", "", "true"),
            ("svc_backup", "", "", "backup-alerts@acmecorp.example.com", "", "IT", "ACME North America", "Fred Luddy", "", "true"),
            ("abel.tuter", "Abel", "Tuter", "abel.tuter@acmecorp.example.com", "", "Sales", "ACME North America", "Fred Luddy", "", "false"),
        ),
        people=(("Beth Anglin", "beth.anglin@acmecorp.example.com"), ("Fred Luddy", "fred.luddy@acmecorp.example.com"), ("Abel Tuter", "abel.tuter@acmecorp.example.com")),
        known=(
            expect("beth.anglin@acmecorp.example.com", phone="+18585550111", company="ACME North America", job_title="Service Desk Analyst"),
            expect("fred.luddy@acmecorp.example.com", company="ACME North America", job_title="IT Manager"),
            expect("abel.tuter@acmecorp.example.com", company="ACME North America"),
        ),
        notes="'manager' holds the manager's display name; a service account without a name is no person",
    ),
    Shape(
        name="sdp-requesters",
        product="ManageEngine ServiceDesk Plus (requesters export)",
        language="en",
        source="recalled: ServiceDesk Plus' requester list exported as CSV (Name, Login Name, Email, Phone, Mobile, Department, Job title, Reporting To, Site)",
        header=("Name", "Login Name", "Email", "Phone", "Mobile", "Department", "Job title", "Reporting To", "Site"),
        rows=(
            ("Ramesh Iyer", "ramesh", "ramesh.iyer@zylker.example.in", "044 2555 1234", "", "Finance", "Accounts Officer", "Shalini Menon", "Chennai"),
            ("Shalini Menon", "shalini", "shalini.menon@zylker.example.in", "", "+91 98400 12345", "Finance", "Finance Manager", "", "Chennai"),
            ("Guest Kiosk", "kiosk1", "", "", "", "Facilities", "", "Shalini Menon", "Chennai"),
        ),
        people=(("Ramesh Iyer", "ramesh.iyer@zylker.example.in"), ("Shalini Menon", "shalini.menon@zylker.example.in")),
        known=(
            expect("ramesh.iyer@zylker.example.in", phone="044 2555 1234", job_title="Accounts Officer"),
            expect("shalini.menon@zylker.example.in", phone="+919840012345", job_title="Finance Manager"),
        ),
        notes="'Reporting To' is the manager's name; a kiosk account without an address",
    ),
    Shape(
        name="liveagent-contacts",
        product="LiveAgent (contacts export)",
        language="en",
        source="recalled: LiveAgent's contacts export (First name, Last name, Emails, Phones, Company, Job position, Note)",
        header=("First name", "Last name", "Emails", "Phones", "Company", "Job position", "City", "Note"),
        rows=(
            ("Noor", "Haddad", "noor.haddad@gmail.example.com, noor@haddad-design.example.ae", "+971 50 555 1234", "Haddad Design", "Founder", "Dubai", ""),
            ("Jakub", "Wiśniewski", "jakub.w@wp.example.pl", "", "", "", "Kraków", "Asked for Noor Haddad's invoice"),
        ),
        people=(("Noor Haddad", "noor.haddad@gmail.example.com"), ("Jakub Wiśniewski", "jakub.w@wp.example.pl")),
        known=(
            expect("noor.haddad@gmail.example.com", phone="+971505551234", company="Haddad Design", job_title="Founder", other_emails=("noor@haddad-design.example.ae",)),
        ),
        notes="two addresses in one cell (', '); a note naming another person",
    ),
    # --- shift, HR ---------------------------------------------------------------------------
    Shape(
        name="deputy-employees",
        product="Deputy (people export)",
        language="en",
        source="code corpus: Deputy's employee columns ('First Name', 'Last Name', 'Time Card Number', 'Email', ...) as a conversion script writes them for Deputy; the emergency contact columns recalled",
        header=("First Name", "Last Name", "Time Card Number", "Email", "Mobile", "Main Location", "Employment Type", "Emergency Contact Name", "Emergency Contact Phone", "Emergency Contact Email"),
        rows=(
            ("Chloe", "Nguyen", "1001", "chloe.nguyen@gmail.example.com", "0412 555 123", "Bondi Cafe", "Casual", "Linh Nguyen", "0412 555 999", "linh.nguyen@gmail.example.com"),
            ("Jack", "Thompson", "1002", "", "0422 555 456", "Bondi Cafe", "Part time", "Sarah Thompson", "0422 555 777", "sarah.t@bigpond.example.com"),
            ("Ella", "Roberts", "1003", "ella.roberts@outlook.example.com", "", "Manly Cafe", "Full time", "", "", ""),
        ),
        people=(("Chloe Nguyen", "chloe.nguyen@gmail.example.com"), ("Ella Roberts", "ella.roberts@outlook.example.com")),
        known=(expect("chloe.nguyen@gmail.example.com", phone="0412 555 123"),),
        notes="the emergency contact's name, phone and address beside the employee's; an employee without an address stores nothing, not the contact",
    ),
    Shape(
        name="wheniwork-users",
        product="When I Work (users export)",
        language="en",
        source="recalled: When I Work's team export (First Name, Last Name, Email, Phone, Employee ID, Role, Positions, Locations, Supervisor)",
        header=("First Name", "Last Name", "Email", "Phone", "Employee ID", "Role", "Positions", "Locations", "Supervisor"),
        rows=(
            ("Marcus", "Lee", "marcus.lee@gmail.example.com", "(312) 555-0101", "E-201", "Employee", "Barista; Cashier", "Wicker Park", "Dana Price"),
            ("Dana", "Price", "dana.price@beanhouse.example.com", "(312) 555-0102", "E-101", "Manager", "Shift Lead", "Wicker Park", ""),
            ("Sofía", "Márquez", "sofia.marquez@yahoo.example.com", "", "E-202", "Supervisor", "Barista", "Logan Square", "Dana Price"),
        ),
        people=(("Marcus Lee", "marcus.lee@gmail.example.com"), ("Dana Price", "dana.price@beanhouse.example.com"), ("Sofía Márquez", "sofia.marquez@yahoo.example.com")),
        known=(
            expect("marcus.lee@gmail.example.com", phone="(312) 555-0101", job_title="Barista; Cashier"),
            expect("dana.price@beanhouse.example.com", phone="(312) 555-0102", job_title="Shift Lead"),
            expect("sofia.marquez@yahoo.example.com", job_title="Barista"),
        ),
        notes="'Role' is the account's role (Manager, Supervisor: no job title, no exclusion); 'Positions' the jobs the person works (the job title); 'Supervisor' another person's name",
    ),
    Shape(
        name="homebase-team",
        product="Homebase (team export)",
        language="en",
        source="recalled: Homebase's team roster download (Name, Email, Phone, Role, Wage, Manager, Location)",
        header=("Name", "Email", "Phone", "Role", "Wage", "Manager", "Location", "Hire Date"),
        rows=(
            ("Priya Shah", "priya.shah@gmail.example.com", "415-555-0133", "Server", "$18.00", "Kevin O'Neill", "Mission St", "2025-03-14"),
            ("Kevin O'Neill", "kevin@tacoloco.example.com", "415-555-0100", "General Manager", "$32.00", "", "Mission St", "2022-08-01"),
            ("Luis Ortega", "", "415-555-0144", "Line Cook", "$21.50", "Kevin O'Neill", "Mission St", "2026-01-09"),
        ),
        people=(("Priya Shah", "priya.shah@gmail.example.com"), ("Kevin O'Neill", "kevin@tacoloco.example.com")),
        known=(
            expect("priya.shah@gmail.example.com", phone="415-555-0133", job_title="Server"),
            expect("kevin@tacoloco.example.com", phone="415-555-0100", job_title="General Manager"),
        ),
        notes="'Role' is the job here (Server, Line Cook); 'Manager' another person's name; a wage",
    ),
    Shape(
        name="charliehr-team",
        product="CharlieHR (team members export)",
        language="en",
        source="recalled: CharlieHR's team export (First name, Last name, Work email, Personal email, Job title, Line manager, Team, Mobile)",
        header=("First name", "Last name", "Work email", "Personal email", "Job title", "Line manager", "Team", "Mobile", "Start date"),
        rows=(
            ("Olivia", "Hughes", "olivia@loomstudio.example.co.uk", "liv.hughes@gmail.example.com", "Designer", "Tom Baxter", "Design", "07700 900456", "2024-02-05"),
            ("Tom", "Baxter", "tom@loomstudio.example.co.uk", "", "Head of Design", "", "Design", "", "2021-06-01"),
            ("Aditya", "Kumar", "", "aditya.kumar@hotmail.example.com", "Intern", "Tom Baxter", "Design", "", "2026-11-01"),
        ),
        people=(("Olivia Hughes", "olivia@loomstudio.example.co.uk"), ("Tom Baxter", "tom@loomstudio.example.co.uk"), ("Aditya Kumar", "aditya.kumar@hotmail.example.com")),
        known=(
            expect("olivia@loomstudio.example.co.uk", phone="07700 900456", job_title="Designer", other_emails=("liv.hughes@gmail.example.com",)),
            expect("tom@loomstudio.example.co.uk", job_title="Head of Design"),
            expect("aditya.kumar@hotmail.example.com", job_title="Intern"),
        ),
        notes="the work address first, the personal one its fallback; the line manager's name",
    ),
    Shape(
        name="officient-medewerkers-nl",
        product="Officient (medewerkers export)",
        language="nl",
        source="recalled: Officient's (Belgian HR) people export in Dutch (Voornaam, Achternaam, E-mail werk, E-mail privé, GSM, Functie, Manager)",
        header=("Voornaam", "Achternaam", "E-mail werk", "E-mail privé", "GSM", "Functie", "Manager", "Afdeling", "Startdatum"),
        rows=(
            ("Lotte", "Vermeulen", "lotte.vermeulen@brugsbier.example.be", "lotte.v@telenet.example.be", "+32 475 12 34 56", "Brouwmeester", "Koen Peeters", "Productie", "01/03/2023"),
            ("Koen", "Peeters", "koen.peeters@brugsbier.example.be", "", "", "Zaakvoerder", "", "Directie", "01/01/2015"),
            ("Sarah", "De Smet", "", "sarah.desmet@skynet.example.be", "0486 55 44 33", "Verkoopster", "Koen Peeters", "Winkel", "15/09/2025"),
        ),
        people=(("Lotte Vermeulen", "lotte.vermeulen@brugsbier.example.be"), ("Koen Peeters", "koen.peeters@brugsbier.example.be"), ("Sarah De Smet", "sarah.desmet@skynet.example.be")),
        known=(
            expect("lotte.vermeulen@brugsbier.example.be", phone="+32475123456", job_title="Brouwmeester", other_emails=("lotte.v@telenet.example.be",)),
            expect("koen.peeters@brugsbier.example.be", job_title="Zaakvoerder"),
            expect("sarah.desmet@skynet.example.be", phone="0486 55 44 33", job_title="Verkoopster"),
        ),
        delimiter=";",
        encoding="utf-8-sig",
        notes="work and private addresses; 'Manager' another person's name",
    ),
    Shape(
        name="agendrix-employes-fr",
        product="Agendrix (employés)",
        language="fr",
        source="recalled: Agendrix's (Québec) employee export (Prénom, Nom, Courriel, Téléphone cellulaire, Poste, Gestionnaire, Personne à contacter en cas d'urgence)",
        header=("Prénom", "Nom", "Courriel", "Téléphone cellulaire", "Poste", "Gestionnaire", "Personne à contacter en cas d'urgence", "Téléphone en cas d'urgence"),
        rows=(
            ("Émilie", "Tremblay", "emilie.tremblay@videotron.example.ca", "514 555-0123", "Caissière", "Marc Gagnon", "Louise Tremblay", "514 555-0999"),
            ("Marc", "Gagnon", "marc.gagnon@epiceriegagnon.example.ca", "", "Gérant", "", "", ""),
        ),
        people=(("Émilie Tremblay", "emilie.tremblay@videotron.example.ca"), ("Marc Gagnon", "marc.gagnon@epiceriegagnon.example.ca")),
        known=(
            expect("emilie.tremblay@videotron.example.ca", phone="514 555-0123", job_title="Caissière"),
            expect("marc.gagnon@epiceriegagnon.example.ca", job_title="Gérant"),
        ),
        notes="'Courriel' (Québec's word for email); the manager ('Gestionnaire') and the emergency contact's name and phone",
    ),
    # --- schools -----------------------------------------------------------------------------
    Shape(
        name="arbor-student-contacts",
        product="Arbor MIS (student contacts report)",
        language="en",
        source="recalled: Arbor's student contact details report exported as CSV: one row per pupil and contact (Student, Year, Contact Name, Relationship, Priority, Contact Email, Contact Mobile)",
        header=("Student", "Year", "Registration Form", "Contact Name", "Relationship", "Priority", "Contact Email", "Contact Mobile"),
        rows=(
            ("Amelia Clarke", "Year 7", "7C", "Rachel Clarke", "Mother", "1", "rachel.clarke@btinternet.example.com", "07700 900111"),
            ("Amelia Clarke", "Year 7", "7C", "David Clarke", "Father", "2", "d.clarke@gmail.example.com", "07700 900112"),
            ("Noah Bailey", "Year 8", "8B", "Karen Bailey", "Mother", "1", "karen.bailey@sky.example.com", ""),
        ),
        people=(("Rachel Clarke", "rachel.clarke@btinternet.example.com"), ("David Clarke", "d.clarke@gmail.example.com"), ("Karen Bailey", "karen.bailey@sky.example.com")),
        known=(
            expect("rachel.clarke@btinternet.example.com", phone="07700 900111"),
            expect("d.clarke@gmail.example.com", phone="07700 900112"),
        ),
        notes="the pupil's name and the contact's on each row; the only addresses are the contacts': the people are the contacts",
    ),
    Shape(
        name="skyward-family-access",
        product="Skyward (student and guardian export)",
        language="en",
        source="recalled: Skyward's student export with guardian columns (Student Last Name, Student First Name, Grade, Student Email, Guardian 1 Name, Guardian 1 Email, Guardian 2 Name, Guardian 2 Email)",
        header=("Other ID", "Student Last Name", "Student First Name", "Grade", "Student Email", "Guardian 1 Name", "Guardian 1 Email", "Guardian 1 Phone", "Guardian 2 Name", "Guardian 2 Email"),
        rows=(
            ("40021", "Garcia", "Isabella", "10", "igarcia26@students.example.k12.tx.us", "Maria Garcia", "maria.garcia@yahoo.example.com", "(512) 555-0111", "Jose Garcia", "jgarcia@att.example.net"),
            ("40022", "Johnson", "Ethan", "10", "", "Tamika Johnson", "tamika.j@gmail.example.com", "(512) 555-0122", "", ""),
            ("40023", "Wilson", "Ava", "11", "awilson25@students.example.k12.tx.us", "", "", "", "", ""),
        ),
        people=(("Isabella Garcia", "igarcia26@students.example.k12.tx.us"), ("Ava Wilson", "awilson25@students.example.k12.tx.us")),
        known=(),
        notes="the student's own address beside two guardians' names and addresses: a student without one stores nothing, not a guardian",
    ),
    Shape(
        name="sdui-schueler-de",
        product="Sdui (Schülerliste)",
        language="de",
        source="recalled: Sdui's user list exported as CSV (';'): pupils with a guardian's name and address",
        header=("Nachname", "Vorname", "Klasse", "E-Mail", "Name Erziehungsberechtigte/r", "E-Mail Erziehungsberechtigte/r", "Telefon Erziehungsberechtigte/r"),
        rows=(
            ("Yılmaz", "Elif", "6b", "elif.yilmaz@schule-am-see.example.de", "Ayşe Yılmaz", "ayse.yilmaz@web.example.de", "0170 5551234"),
            ("Becker", "Paul", "6b", "", "Stefanie Becker", "s.becker@gmx.example.de", "0151 5559876"),
            ("Schmitt", "Lina", "6b", "lina.schmitt@schule-am-see.example.de", "", "", ""),
        ),
        people=(("Elif Yılmaz", "elif.yilmaz@schule-am-see.example.de"), ("Lina Schmitt", "lina.schmitt@schule-am-see.example.de")),
        known=(),
        delimiter=";",
        encoding="utf-8-sig",
        notes="the guardian's columns beside the pupil's; a pupil without an address stores nothing",
    ),
    Shape(
        name="skola24-elever-sv",
        product="Skola24 (elevlista)",
        language="sv",
        source="recalled: Skola24's pupil list with guardians exported to CSV (Efternamn, Förnamn, Klass, E-post, Vårdnadshavare 1, Vårdnadshavare 1 e-post)",
        header=("Efternamn", "Förnamn", "Klass", "E-post", "Vårdnadshavare 1", "Vårdnadshavare 1 e-post", "Vårdnadshavare 2", "Vårdnadshavare 2 e-post"),
        rows=(
            ("Lindgren", "Astrid", "7A", "astrid.lindgren@elev.example.se", "Karin Lindgren", "karin.lindgren@telia.example.se", "Per Lindgren", "per.lindgren@bredband.example.se"),
            ("Öberg", "Nils", "7A", "", "Maria Öberg", "maria.oberg@gmail.example.com", "", ""),
        ),
        people=(("Astrid Lindgren", "astrid.lindgren@elev.example.se"),),
        known=None,
        delimiter=";",
        encoding="utf-8-sig",
        notes="'Vårdnadshavare' (guardian) columns beside the pupil's own address",
    ),
    # --- churches ----------------------------------------------------------------------------
    Shape(
        name="chmeetings-people",
        product="ChMeetings (people export)",
        language="en",
        source="recalled: ChMeetings' people export (First Name, Last Name, Email, Mobile, Family Name, Family Role, Gender, Birth Date)",
        header=("First Name", "Last Name", "Email", "Mobile", "Family Name", "Family Role", "Gender", "Birth Date"),
        rows=(
            ("Samuel", "Mensah", "samuel.mensah@gmail.example.com", "+233 24 555 1234", "Mensah Family", "Head of Household", "Male", "1978-04-12"),
            ("Grace", "Mensah", "", "+233 24 555 5678", "Mensah Family", "Spouse", "Female", "1981-09-30"),
            ("Kofi", "Mensah", "", "", "Mensah Family", "Child", "Male", "2012-01-05"),
            ("Esther", "Boateng", "esther.boateng@yahoo.example.com", "", "Boateng Family", "Head of Household", "Female", "1990-06-21"),
        ),
        people=(("Samuel Mensah", "samuel.mensah@gmail.example.com"), ("Esther Boateng", "esther.boateng@yahoo.example.com")),
        known=(expect("samuel.mensah@gmail.example.com", phone="+233245551234"),),
        notes="a household's members on their own rows, without addresses; 'Family Name' the household's label",
    ),
    Shape(
        name="churchdesk-medlemmer-da",
        product="ChurchDesk (personer, eksport)",
        language="da",
        source="recalled: ChurchDesk's people export in Danish (Fornavn, Efternavn, E-mail, Mobil, Ægtefælle, Adresse)",
        header=("Fornavn", "Efternavn", "E-mail", "Mobil", "Ægtefælle", "Adresse", "Postnr.", "By"),
        rows=(
            ("Mette", "Frederiksen", "mette.f@mail.example.dk", "+45 20 12 34 56", "Bo Frederiksen", "Kirkevej 4", "8000", "Aarhus C"),
            ("Søren", "Kierkegaard", "soren.k@stofanet.example.dk", "", "", "Nytorv 2", "1450", "København K"),
        ),
        people=(("Mette Frederiksen", "mette.f@mail.example.dk"), ("Søren Kierkegaard", "soren.k@stofanet.example.dk")),
        known=(expect("mette.f@mail.example.dk", phone="+4520123456"),),
        delimiter=";",
        encoding="utf-8-sig",
        notes="'Ægtefælle' (spouse) is another person's name",
    ),
    # --- shops ---------------------------------------------------------------------------------
    Shape(
        name="gambio-kunden-de",
        product="Gambio (Kundenexport)",
        language="de",
        source="recalled: Gambio GX's customer export (';', Windows-1252): Anrede, Vorname, Nachname, Firma, E-Mail, Telefon, Kundengruppe, Geworben von",
        header=("Kundennummer", "Anrede", "Vorname", "Nachname", "Firma", "E-Mail", "Telefon", "Kundengruppe", "Geworben von"),
        rows=(
            ("10042", "Frau", "Jürgen-Ännchen", "Größmann", "", "j.groessmann@t-online.example.de", "0711 555123", "Kunde", ""),
            ("10043", "Herr", "Björn", "Weiß", "Weiß & Söhne GmbH", "bjoern.weiss@weiss-soehne.example.de", "089 5551234", "Händler", "Jürgen-Ännchen Größmann"),
            ("10044", "", "", "", "", "gast-10044@example.de", "", "Gast", ""),
        ),
        people=(("Jürgen-Ännchen Größmann", "j.groessmann@t-online.example.de"), ("Björn Weiß", "bjoern.weiss@weiss-soehne.example.de")),
        known=(
            expect("j.groessmann@t-online.example.de", phone="0711 555123"),
            expect("bjoern.weiss@weiss-soehne.example.de", phone="089 5551234", company="Weiß & Söhne GmbH"),
        ),
        encoding="cp1252",
        delimiter=";",
        notes="a referrer's name ('Geworben von'); a guest account without a name is no person",
    ),
    Shape(
        name="jumpseller-clientes-es",
        product="Jumpseller (clientes)",
        language="es",
        source="recalled: Jumpseller's customer export in Spanish (Nombre, Apellido, Email, Teléfono, Empresa, RUT, Región)",
        header=("Nombre", "Apellido", "Email", "Teléfono", "Empresa", "RUT", "Región", "Aceptó marketing"),
        rows=(
            ("Catalina", "Fuentes Araya", "catalina.fuentes@gmail.example.com", "+56 9 8765 1234", "", "12.345.678-5", "Valparaíso", "sí"),
            ("Ignacio", "Muñoz", "imunoz@ferreteriasur.example.cl", "", "Ferretería del Sur Ltda.", "76.543.210-K", "Biobío", "no"),
        ),
        people=(("Catalina Fuentes Araya", "catalina.fuentes@gmail.example.com"), ("Ignacio Muñoz", "imunoz@ferreteriasur.example.cl")),
        known=(
            expect("catalina.fuentes@gmail.example.com", phone="+56987651234"),
            expect("imunoz@ferreteriasur.example.cl", company="Ferretería del Sur Ltda."),
        ),
        notes="two surnames in one 'Apellido' cell; a tax id",
    ),
    Shape(
        name="nopcommerce-customers",
        product="nopCommerce (customers export)",
        language="en",
        source="code corpus: nopCommerce's customer export properties (CustomerGuid, Email, Username, FirstName, LastName, Company, Phone, VendorId, AffiliateId)",
        header=("CustomerId", "CustomerGuid", "Email", "Username", "FirstName", "LastName", "Gender", "Company", "Phone", "AffiliateId", "VendorId", "Active"),
        rows=(
            ("12", "5a1c2d3e-0000-4000-8000-000000000012", "victoria.hale@outlook.example.com", "victoria.hale@outlook.example.com", "Victoria", "Hale", "F", "", "+44 20 7946 0018", "0", "0", "True"),
            ("13", "5a1c2d3e-0000-4000-8000-000000000013", "", "", "", "", "", "", "", "0", "0", "True"),
            ("14", "5a1c2d3e-0000-4000-8000-000000000014", "sales@gadgetparts.example.com", "gadgetparts", "Omar", "Farouk", "M", "Gadget Parts Ltd", "", "0", "3", "True"),
        ),
        people=(("Victoria Hale", "victoria.hale@outlook.example.com"), ("Omar Farouk", "sales@gadgetparts.example.com")),
        known=(
            expect("victoria.hale@outlook.example.com", phone="+442079460018"),
            expect("sales@gadgetparts.example.com", company="Gadget Parts Ltd"),
        ),
        notes="the username repeats the address; a guest customer's empty row; a vendor's account",
    ),
    # --- webmail address books --------------------------------------------------------------
    Shape(
        name="wp-poczta-kontakty-pl",
        product="WP Poczta (eksport kontaktów)",
        language="pl",
        source="recalled: WP Poczta's contacts export as CSV in Windows-1250 (Imię, Nazwisko, Pseudonim, E-mail, E-mail 2, Telefon komórkowy, Firma)",
        header=("Imię", "Nazwisko", "Pseudonim", "E-mail", "E-mail 2", "Telefon komórkowy", "Firma", "Uwagi"),
        rows=(
            ("Małgorzata", "Żółkiewska", "Gosia", "gosia.zolkiewska@wp.example.pl", "m.zolkiewska@firma.example.pl", "601 234 567", "Świętokrzyskie Młyny Sp. z o.o.", ""),
            ("Łukasz", "Grzegorczyk", "", "", "lukasz.g@o2.example.pl", "", "", "brat Małgosi"),
        ),
        people=(("Małgorzata Żółkiewska", "gosia.zolkiewska@wp.example.pl"), ("Łukasz Grzegorczyk", "lukasz.g@o2.example.pl")),
        known=(
            expect("gosia.zolkiewska@wp.example.pl", phone="601 234 567", company="Świętokrzyskie Młyny Sp. z o.o.", other_emails=("m.zolkiewska@firma.example.pl",)),
        ),
        encoding="cp1250",
        delimiter=";",
        notes="a nickname ('Pseudonim') beside the name; 'E-mail 2' the fallback",
    ),
    Shape(
        name="virgilio-rubrica-it",
        product="Virgilio Mail (rubrica, esporta)",
        language="it",
        source="recalled: Virgilio Mail's address book exported as CSV in Windows-1252 (Nome, Cognome, Soprannome, Email, Email alternativa, Cellulare, Azienda)",
        header=("Nome", "Cognome", "Soprannome", "Email", "Email alternativa", "Cellulare", "Azienda", "Note"),
        rows=(
            ("Niccolò", "D'Alessandro", "Nico", "niccolo.dalessandro@virgilio.example.it", "", "333 1234567", "Caffè Sant'Eustachio", ""),
            ("Ilaria", "Mastrangelo", "", "", "ilaria.m@libero.example.it", "", "", "cugina di Niccolò"),
        ),
        people=(("Niccolò D'Alessandro", "niccolo.dalessandro@virgilio.example.it"), ("Ilaria Mastrangelo", "ilaria.m@libero.example.it")),
        known=(expect("niccolo.dalessandro@virgilio.example.it", phone="333 1234567", company="Caffè Sant'Eustachio"),),
        encoding="cp1252",
        delimiter=";",
        notes="a nickname ('Soprannome'); 'Email alternativa' the fallback",
    ),
    Shape(
        name="sapo-contactos-pt",
        product="SAPO Mail (contactos)",
        language="pt",
        source="recalled: SAPO Mail's (Portugal) contacts export (Nome, Apelido, E-mail, Telemóvel, Empresa): 'Apelido' is the family name in Portugal",
        header=("Nome", "Apelido", "E-mail", "Telemóvel", "Empresa"),
        rows=(
            ("Inês", "Carvalho", "ines.carvalho@sapo.example.pt", "+351 912 345 678", "Câmara Municipal do Porto"),
            ("João", "Gonçalves", "joao.goncalves@gmail.example.com", "", ""),
        ),
        people=(("Inês Carvalho", "ines.carvalho@sapo.example.pt"), ("João Gonçalves", "joao.goncalves@gmail.example.com")),
        known=(expect("ines.carvalho@sapo.example.pt", phone="+351912345678", company="Câmara Municipal do Porto"),),
        notes="'Apelido' is the family name (Portugal)",
    ),
    Shape(
        name="uol-contatos-br",
        product="UOL Mail (contatos)",
        language="pt",
        source="recalled: UOL Mail's (Brazil) contacts export (Nome, Sobrenome, Apelido, E-mail, Celular): 'Apelido' is a nickname in Brazil",
        header=("Nome", "Sobrenome", "Apelido", "E-mail", "E-mail 2", "Celular", "Empresa"),
        rows=(
            ("Ana Paula", "Ribeiro", "Paulinha", "anapaula.ribeiro@uol.example.com.br", "", "(11) 98765-4321", "Itaú Unibanco"),
            ("Thiago", "Nascimento", "Thi", "", "thiago.n@bol.example.com.br", "", ""),
        ),
        people=(("Ana Paula Ribeiro", "anapaula.ribeiro@uol.example.com.br"), ("Thiago Nascimento", "thiago.n@bol.example.com.br")),
        known=(expect("anapaula.ribeiro@uol.example.com.br", phone="(11) 98765-4321", company="Itaú Unibanco"),),
        delimiter=";",
        encoding="utf-8-sig",
        notes="'Apelido' (a nickname in Brazil) beside 'Sobrenome' (the family name)",
    ),
    Shape(
        name="inbox-lv-kontakti",
        product="Inbox.lv (kontakti)",
        language="lv",
        source="recalled: Inbox.lv's address book exported as CSV in Windows-1257 (Vārds, Uzvārds, E-pasts, Tālrunis, Uzņēmums, Amats)",
        header=("Vārds", "Uzvārds", "E-pasts", "Tālrunis", "Uzņēmums", "Amats"),
        rows=(
            ("Līga", "Ozoliņa", "liga.ozolina@inbox.example.lv", "+371 29 123 456", "Rīgas Ūdens", "Grāmatvede"),
            ("Kārlis", "Bērziņš", "karlis.berzins@apollo.example.lv", "", "", ""),
        ),
        people=(("Līga Ozoliņa", "liga.ozolina@inbox.example.lv"), ("Kārlis Bērziņš", "karlis.berzins@apollo.example.lv")),
        known=(expect("liga.ozolina@inbox.example.lv", phone="+37129123456", company="Rīgas Ūdens", job_title="Grāmatvede"),),
        encoding="cp1257",
        delimiter=";",
    ),
    Shape(
        name="sfr-mail-contacts-fr",
        product="SFR Mail (carnet d'adresses)",
        language="fr",
        source="recalled: SFR Mail's contacts export (Prénom, Nom, Adresse e-mail, Adresse e-mail 2, Téléphone mobile, Société, Fonction)",
        header=("Prénom", "Nom", "Adresse e-mail", "Adresse e-mail 2", "Téléphone mobile", "Téléphone domicile", "Société", "Fonction"),
        rows=(
            ("Gaëlle", "Le Guen", "gaelle.leguen@sfr.example.fr", "", "06 12 34 56 78", "", "Crêperie Ty Breizh", "Gérante"),
            ("Benoît", "Lefèvre", "", "benoit.lefevre@neuf.example.fr", "", "02 98 55 12 34", "", ""),
        ),
        people=(("Gaëlle Le Guen", "gaelle.leguen@sfr.example.fr"), ("Benoît Lefèvre", "benoit.lefevre@neuf.example.fr")),
        known=(
            expect("gaelle.leguen@sfr.example.fr", phone="06 12 34 56 78", company="Crêperie Ty Breizh", job_title="Gérante"),
            expect("benoit.lefevre@neuf.example.fr", phone="02 98 55 12 34"),
        ),
        delimiter=";",
        encoding="utf-8-sig",
    ),
    Shape(
        name="rss-accounts-contacts",
        product="Really Simple Systems (accounts and contacts export)",
        language="en",
        source="recalled: Really Simple Systems CRM's account-and-contact export (Account Name, Account Email, Account Phone, Contact Name, Contact Email, Contact Phone, Contact Job Title)",
        header=("Account Name", "Account Email", "Account Phone", "Contact Name", "Contact Email", "Contact Phone", "Contact Job Title", "Account Manager"),
        rows=(
            ("Cotswold Joinery Ltd", "info@cotswoldjoinery.example.co.uk", "01451 555100", "Harriet Ames", "harriet@cotswoldjoinery.example.co.uk", "07700 900321", "Director", "Will Foster"),
            ("Cotswold Joinery Ltd", "info@cotswoldjoinery.example.co.uk", "01451 555100", "Owen Price", "", "", "Workshop Manager", "Will Foster"),
            ("Severn Print & Design", "hello@severnprint.example.co.uk", "01452 555200", "Nadia Karim", "nadia.karim@severnprint.example.co.uk", "", "Account Executive", "Will Foster"),
        ),
        people=(("Harriet Ames", "harriet@cotswoldjoinery.example.co.uk"), ("Nadia Karim", "nadia.karim@severnprint.example.co.uk")),
        known=(
            expect("harriet@cotswoldjoinery.example.co.uk", phone="07700 900321", company="Cotswold Joinery Ltd", job_title="Director"),
            expect("nadia.karim@severnprint.example.co.uk", company="Severn Print & Design", job_title="Account Executive"),
        ),
        notes="the firm's address and phone beside the contact's: a contact without an address stores nothing, not the firm's info@",
    ),
    # --- phones' vCards ----------------------------------------------------------------------
    Shape(
        name="lg-phone-vcards-ko",
        product="LG phone (LG Bridge contacts backup)",
        language="ko",
        source="recalled: an LG Android phone's contacts exported as vCard 2.1 (Korean quoted-printable UTF-8, family name in N's first field, FN as the name is written)",
        header=(),
        rows=text_lines(_LG_PHONE),
        people=(("김민준", "minjun.kim@naver.example.com"), ("박서연", "seoyeon.park@hanbit.example.co.kr")),
        known=(
            expect("minjun.kim@naver.example.com", phone="010-1234-5678"),
            expect("seoyeon.park@hanbit.example.co.kr", phone="02-555-1234", company="한빛건설", job_title="과장"),
        ),
        kind="vcard",
        suffix=".vcf",
    ),
    Shape(
        name="zte-phone-vcards-gb2312",
        product="ZTE feature phone (contacts .vcf)",
        language="zh",
        source="recalled: a ZTE feature phone's vCard 2.1 backup, names quoted-printable in GB2312 ('CHARSET=GB2312')",
        header=(),
        rows=text_lines(_ZTE_PHONE),
        people=(("王建国", "wangjianguo@163.example.com"), ("刘芳", "liufang@huaxin.example.cn")),
        known=(
            expect("wangjianguo@163.example.com", phone="13812345678"),
            expect("liufang@huaxin.example.cn", phone="0755-8888-1234", company="深圳市华信科技有限公司"),
        ),
        kind="vcard",
        suffix=".vcf",
        notes="quoted-printable bytes of GB2312, named by the card's CHARSET",
    ),
    Shape(
        name="tecno-phone-vcards-broken",
        product="Tecno phone (HiOS contacts export)",
        language="fr",
        source="recalled: a Tecno (HiOS) phone's vCard 2.1 export; one card cut before its END:VCARD, the next card begun",
        header=(),
        rows=text_lines(_TECNO_PHONE),
        people=(("Aminata Diallo", "aminata.diallo@orange.example.sn"), ("Fatou Sow", "fatou.sow@sonatel.example.sn")),
        known=(expect("aminata.diallo@orange.example.sn", phone="+221771234567"),),
        kind="vcard",
        suffix=".vcf",
        notes="a card without END:VCARD before the next BEGIN is one reject; the card after it is read",
    ),
    # --- directories' LDIF -------------------------------------------------------------------
    Shape(
        name="domino-ldif-folded",
        product="HCL Domino (LDIF export of the Directory)",
        language="de",
        source="recalled: a Domino Directory exported with ldapsearch as LDIF (dominoPerson entries, lower-case attribute names, a mail value folded onto a continuation line, a group)",
        header=(),
        rows=text_lines(_DOMINO_LDIF),
        people=(("Hans Weber", "Hans.Weber@brenner-maschinenbau.example.de"), ("Gudrun Hoffmann-Schulze", "Gudrun.Hoffmann-Schulze@brenner-maschinenbau.example.de")),
        known=(expect("Hans.Weber@brenner-maschinenbau.example.de", phone="+497115552001", job_title="Vertriebsleiter"),),
        kind="text",
        suffix=".ldif",
        notes="a mail value folded at 76 characters (the next line begins with a space); the manager's DN; a group with its own address is no person",
    ),
    Shape(
        name="synology-directory-ldif-hu",
        product="Synology Directory Server (LDIF export)",
        language="hu",
        source="recalled: Synology Directory Server's users exported as LDIF: Hungarian names base64-encoded (cn, sn, givenName, displayName), a posix group",
        header=(),
        rows=text_lines(_SYNOLOGY_LDIF),
        people=(("Németh János", "janos.nemeth@iroda.example.hu"), ("Kovács Éva", "eva.kovacs@iroda.example.hu")),
        kind="text",
        suffix=".ldif",
        notes="base64 values; Hungarian names written family name first in cn",
    ),
    # --- lists typed in languages no round had ----------------------------------------------
    Shape(
        name="excel-be-spis-cp1251",
        product="Excel (Belarusian list, Windows-1251)",
        language="be",
        source="recalled: a Belarusian staff list typed in Excel and saved as CSV (Windows-1251, ';')",
        header=("Прозвішча", "Імя", "Імя па бацьку", "Электронная пошта", "Тэлефон", "Месца працы", "Пасада"),
        rows=(
            ("Шчарбакоў", "Алесь", "Уладзіміравіч", "ales.shcharbakou@tut.example.by", "+375 29 555 12 34", "ААТ «Мінскі гадзіннікавы завод»", "Інжынер"),
            ("Ўсцінава", "Ганна", "", "hanna.ustsinava@mail.example.by", "", "", ""),
            ("Дзям'янчык", "Аўгіння", "Пятроўна", "auhinnia.dziamianchyk@gmail.example.com", "", "", "Настаўніца"),
        ),
        people=(("Алесь Уладзіміравіч Шчарбакоў", "ales.shcharbakou@tut.example.by"), ("Ганна Ўсцінава", "hanna.ustsinava@mail.example.by"), ("Аўгіння Пятроўна Дзям'янчык", "auhinnia.dziamianchyk@gmail.example.com")),
        known=(
            expect("ales.shcharbakou@tut.example.by", phone="+375295551234", company="ААТ «Мінскі гадзіннікавы завод»", job_title="Інжынер"),
            expect("auhinnia.dziamianchyk@gmail.example.com", job_title="Настаўніца"),
        ),
        encoding="cp1251",
        delimiter=";",
        notes="Belarusian 'ў' and 'і'; the patronymic ('Імя па бацьку') is the middle name",
    ),
    Shape(
        name="excel-ky-tizme",
        product="Excel (Kyrgyz list)",
        language="ky",
        source="recalled: a Kyrgyz participant list typed in Excel and saved as CSV UTF-8",
        header=("Фамилиясы", "Аты", "Атасынын аты", "Электрондук почта", "Телефон", "Иш орду", "Кызматы"),
        rows=(
            ("Асанов", "Нурлан", "Бакытович", "nurlan.asanov@mail.example.kg", "+996 555 123 456", "Кыргыз Телеком", "Менеджер"),
            ("Өмүрбекова", "Айгүл", "", "aigul.omurbekova@gmail.example.com", "0700 123 456", "", ""),
        ),
        people=(("Нурлан Бакытович Асанов", "nurlan.asanov@mail.example.kg"), ("Айгүл Өмүрбекова", "aigul.omurbekova@gmail.example.com")),
        known=(
            expect("nurlan.asanov@mail.example.kg", phone="+996555123456", company="Кыргыз Телеком", job_title="Менеджер"),
            expect("aigul.omurbekova@gmail.example.com", phone="0700 123 456"),
        ),
        encoding="utf-8-sig",
        notes="Kyrgyz 'ө', 'ү', 'ң'; the patronymic ('Атасынын аты') is the middle name",
    ),
    Shape(
        name="excel-lb-lescht",
        product="Excel (Luxembourgish club list)",
        language="lb",
        source="recalled: a Luxembourgish club's member list typed in Excel and saved as CSV (';', UTF-8)",
        header=("Familljennumm", "Virnumm", "E-Mail", "Telefon", "Betrib", "Beruff"),
        rows=(
            ("Weber", "Jhemp", "jhemp.weber@pt.example.lu", "+352 621 123 456", "Cactus", "Verkeefer"),
            ("Schmit", "Marie-Josée", "mj.schmit@internet.example.lu", "", "", ""),
        ),
        people=(("Jhemp Weber", "jhemp.weber@pt.example.lu"), ("Marie-Josée Schmit", "mj.schmit@internet.example.lu")),
        known=(expect("jhemp.weber@pt.example.lu", phone="+352621123456", company="Cactus", job_title="Verkeefer"),),
        encoding="utf-8-sig",
        delimiter=";",
        notes="'Familljennumm' (family name), 'Virnumm' (given name), 'Betrib' (firm), 'Beruff' (job)",
    ),
    # --- code pages no round used ----------------------------------------------------------
    Shape(
        name="dos-greek-ledger-cp737",
        product="a DOS accounting program (Greek, cp737)",
        language="el",
        source="recalled: a DOS-era Greek ledger's customer file exported as CSV in DOS Greek (cp737), under a title line",
        header=("Επώνυμο", "Όνομα", "Email", "Τηλέφωνο", "Επάγγελμα"),
        preamble=(("ΚΑΤΑΣΤΑΣΗ ΠΕΛΑΤΩΝ",), ()),
        rows=(
            ("Παπαδόπουλος", "Γιώργος", "g.papadopoulos@otenet.example.gr", "210 5551234", "Λογιστής"),
            ("Κωνσταντίνου", "Ελένη", "eleni.konst@hol.example.gr", "", "Φαρμακοποιός"),
            ("Αθανασίου", "Δημήτρης", "dimitris.ath@forthnet.example.gr", "2310 555678", ""),
        ),
        people=(("Γιώργος Παπαδόπουλος", "g.papadopoulos@otenet.example.gr"), ("Ελένη Κωνσταντίνου", "eleni.konst@hol.example.gr"), ("Δημήτρης Αθανασίου", "dimitris.ath@forthnet.example.gr")),
        known=(
            expect("g.papadopoulos@otenet.example.gr", phone="210 5551234"),
            expect("dimitris.ath@forthnet.example.gr", phone="2310 555678"),
        ),
        encoding="cp737",
        delimiter=";",
        notes="DOS Greek: the same letters as cp1253 at other bytes; a title line; 'Επάγγελμα' the customer's line of business (a tax field of Greek invoices, as in pylon-pelates-el), no job title",
    ),
    Shape(
        name="dos-hebrew-list-cp862",
        product="a DOS membership program (Hebrew, cp862)",
        language="he",
        source="recalled: a DOS-era Hebrew membership program's list exported as CSV in DOS Hebrew (cp862), logical order",
        header=("שם משפחה", "שם פרטי", "דואר אלקטרוני", "טלפון"),
        rows=(
            ("כהן", "יעל", "yael.cohen@walla.example.co.il", "03-5551234"),
            ("לוי", "אברהם", "avraham.levi@netvision.example.net.il", "052-5556789"),
            ("מזרחי", "שרה", "sarah.mizrahi@gmail.example.com", ""),
        ),
        people=(("יעל כהן", "yael.cohen@walla.example.co.il"), ("אברהם לוי", "avraham.levi@netvision.example.net.il"), ("שרה מזרחי", "sarah.mizrahi@gmail.example.com")),
        known=(
            expect("yael.cohen@walla.example.co.il", phone="03-5551234"),
            expect("avraham.levi@netvision.example.net.il", phone="052-5556789"),
        ),
        encoding="cp862",
        notes="DOS Hebrew: the letters at 0x80-0x9A, where cp1255 has punctuation",
    ),
    Shape(
        name="dos-turkish-cari-cp857",
        product="a DOS accounting program (Turkish, cp857)",
        language="tr",
        source="recalled: a DOS-era Turkish ledger's customer accounts exported in DOS Turkish (cp857), a title line and a total",
        header=("SOYADI", "ADI", "E-POSTA", "TELEFON", "FİRMA"),
        preamble=(("CARİ HESAP LİSTESİ",), ()),
        rows=(
            ("Şahin", "Gökhan", "gokhan.sahin@ttnet.example.com.tr", "0212 555 12 34", "Şahin Tekstil Ltd. Şti."),
            ("Öztürk", "Ayşegül", "aysegul.ozturk@superonline.example.com", "", ""),
            ("Yıldırım", "İsmail", "ismail.yildirim@gmail.example.com", "0532 555 67 89", ""),
        ),
        footer=((), ("TOPLAM: 3 KAYIT",)),
        people=(("Gökhan Şahin", "gokhan.sahin@ttnet.example.com.tr"), ("Ayşegül Öztürk", "aysegul.ozturk@superonline.example.com"), ("İsmail Yıldırım", "ismail.yildirim@gmail.example.com")),
        known=(
            expect("gokhan.sahin@ttnet.example.com.tr", phone="0212 555 12 34", company="Şahin Tekstil Ltd. Şti."),
            expect("ismail.yildirim@gmail.example.com", phone="0532 555 67 89"),
        ),
        encoding="cp857",
        delimiter=";",
        notes="DOS Turkish: 'ş', 'ğ', 'ı', 'İ' at cp857's bytes; a title line and a total",
    ),
    Shape(
        name="dos-nordic-medlemmer-cp865",
        product="a DOS membership program (Norwegian, cp865)",
        language="no",
        source="recalled: a DOS-era Norwegian club program's member file exported in DOS Nordic (cp865)",
        header=("Etternavn", "Fornavn", "E-post", "Telefon"),
        rows=(
            ("Sørensen", "Åse", "ase.sorensen@online.example.no", "22 55 51 23"),
            ("Bråthen", "Øyvind", "oyvind.brathen@start.example.no", ""),
            ("Hægeland", "Tore", "tore.haegeland@broadpark.example.no", "55 55 12 34"),
        ),
        people=(("Åse Sørensen", "ase.sorensen@online.example.no"), ("Øyvind Bråthen", "oyvind.brathen@start.example.no"), ("Tore Hægeland", "tore.haegeland@broadpark.example.no")),
        known=(
            expect("ase.sorensen@online.example.no", phone="22 55 51 23"),
            expect("tore.haegeland@broadpark.example.no", phone="55 55 12 34"),
        ),
        encoding="cp865",
        delimiter=";",
        notes="DOS Nordic: 'ø' at 0x9B and 'Ø' at 0x9D, where cp850 has the same letters",
    ),
    Shape(
        name="eucjp-member-list-ja",
        product="a Japanese Linux web app's member CSV (EUC-JP)",
        language="ja",
        source="recalled: a member list downloaded from an older Japanese PHP application running in EUC-JP (氏名, フリガナ, メールアドレス, 電話番号, 会社名)",
        header=("会員番号", "氏名", "フリガナ", "メールアドレス", "電話番号", "会社名"),
        rows=(
            ("1001", "佐藤 花子", "サトウ ハナコ", "hanako.sato@nifty.example.jp", "03-5555-1234", "株式会社さくら商事"),
            ("1002", "高橋 一郎", "タカハシ イチロウ", "ichiro.takahashi@biglobe.example.ne.jp", "", ""),
            ("1003", "渡邊 美咲", "ワタナベ ミサキ", "misaki.watanabe@so-net.example.ne.jp", "090-5555-6789", ""),
        ),
        people=(("佐藤 花子", "hanako.sato@nifty.example.jp"), ("高橋 一郎", "ichiro.takahashi@biglobe.example.ne.jp"), ("渡邊 美咲", "misaki.watanabe@so-net.example.ne.jp")),
        known=(
            expect("hanako.sato@nifty.example.jp", phone="03-5555-1234", company="株式会社さくら商事"),
            expect("misaki.watanabe@so-net.example.ne.jp", phone="090-5555-6789"),
        ),
        encoding="euc_jp",
        notes="EUC-JP, not Shift_JIS: kanji as two bytes both at 0xA1-0xFE",
    ),
    Shape(
        name="iso8859-8-contacts-he",
        product="an older Hebrew web mail's contacts (ISO-8859-8)",
        language="he",
        source="recalled: a contacts list from an older Israeli web mail, served and exported in ISO-8859-8 (logical order)",
        header=("שם", "דואר אלקטרוני", "טלפון נייד", "חברה"),
        rows=(
            ("דוד אברהמי", "david.avrahami@bezeqint.example.net", "054-5551234", "אלביט מערכות"),
            ("מיכל שפירא", "michal.shapira@013.example.net", "", ""),
            ("רונית פרידמן", "ronit.friedman@zahav.example.net.il", "050-5559876", ""),
        ),
        people=(("דוד אברהמי", "david.avrahami@bezeqint.example.net"), ("מיכל שפירא", "michal.shapira@013.example.net"), ("רונית פרידמן", "ronit.friedman@zahav.example.net.il")),
        known=(
            expect("david.avrahami@bezeqint.example.net", phone="054-5551234", company="אלביט מערכות"),
            expect("ronit.friedman@zahav.example.net.il", phone="050-5559876"),
        ),
        encoding="iso8859_8",
        notes="ISO-8859-8: the Hebrew letters at 0xE0-0xFA as in cp1255, no niqqud",
    ),
    # --- added after the first fixes: harder traps ----------------------------------------------
    Shape(
        name="kindful-donors",
        product="Kindful (contacts export)",
        language="en",
        source="recalled: Kindful's (Bloomerang) contact export: the donor's columns, a household addressee and salutation, the spouse's name and address",
        header=("Id", "First Name", "Last Name", "Email", "Addressee", "Salutation", "Spouse First Name", "Spouse Last Name", "Spouse Email", "Company Name", "Primary Phone"),
        rows=(
            ("501", "Robert", "Castillo", "rcastillo@comcast.example.net", "Mr. and Mrs. Robert Castillo", "Bob and Linda", "Linda", "Castillo", "linda.castillo@gmail.example.com", "", "(303) 555-0190"),
            ("502", "Helen", "Park", "", "Dr. Helen Park and Mr. James Park", "Helen and James", "James", "Park", "jpark@parklaw.example.com", "", ""),
            ("503", "Grace", "Whitman", "grace@whitmanfoundation.example.org", "Ms. Grace Whitman", "Grace", "", "", "", "Whitman Family Foundation", "720-555-0111"),
        ),
        people=(("Robert Castillo", "rcastillo@comcast.example.net"), ("Grace Whitman", "grace@whitmanfoundation.example.org")),
        known=(
            expect("rcastillo@comcast.example.net", phone="(303) 555-0190"),
            expect("grace@whitmanfoundation.example.org", phone="720-555-0111", company="Whitman Family Foundation"),
        ),
        notes="the household's addressee and salutation (two people's names); the spouse's name and address: a donor without an address stores nothing, not the spouse",
    ),
    Shape(
        name="zoho-recruit-candidates",
        product="Zoho Recruit (candidates export)",
        language="en",
        source="code corpus: Zoho Recruit's candidate fields (First Name, Last Name, Email, Secondary Email, Mobile, Current Employer, Current Job Title, Candidate Owner, Source)",
        header=("Candidate Id", "First Name", "Last Name", "Email", "Secondary Email", "Mobile", "Current Employer", "Current Job Title", "Candidate Owner", "Source", "Candidate Status"),
        rows=(
            ("ZR_1001", "Ananya", "Krishnan", "ananya.k@gmail.example.com", "", "+91 98450 12345", "Infosys", "Senior Analyst", "Rahul Verma", "Naukri", "Interview-Scheduled"),
            ("ZR_1002", "Tobias", "Lindqvist", "", "tobias.lindqvist@outlook.example.com", "", "", "", "Rahul Verma", "Referral", "New"),
        ),
        people=(("Ananya Krishnan", "ananya.k@gmail.example.com"), ("Tobias Lindqvist", "tobias.lindqvist@outlook.example.com")),
        known=(expect("ananya.k@gmail.example.com", phone="+919845012345", company="Infosys", job_title="Senior Analyst"),),
        notes="'Current Employer' the company, 'Current Job Title' the job; the recruiter ('Candidate Owner')",
    ),
    Shape(
        name="teamtailor-candidates",
        product="Teamtailor (candidates export)",
        language="en",
        source="recalled: Teamtailor's candidate list exported as CSV (Name, Email, Phone, Job, Stage, Referred by, Recruiter, Tags)",
        header=("Name", "Email", "Phone", "Job", "Stage", "Referred by", "Referrer email", "Recruiter", "Tags"),
        rows=(
            ("Elin Nyström", "elin.nystrom@gmail.example.com", "+46 70 555 12 34", "Backend Developer", "Interview", "Johan Berg", "johan.berg@nordcode.example.se", "Sara Ek", "referral"),
            ("Marco Bianchi", "", "", "Backend Developer", "Applied", "Johan Berg", "johan.berg@nordcode.example.se", "Sara Ek", ""),
            ("Hiroshi Sato", "hiroshi.sato@yahoo.example.co.jp", "", "Designer", "Offer", "", "", "Sara Ek", ""),
        ),
        people=(("Elin Nyström", "elin.nystrom@gmail.example.com"), ("Hiroshi Sato", "hiroshi.sato@yahoo.example.co.jp")),
        known=(expect("elin.nystrom@gmail.example.com", phone="+46705551234"),),
        notes="the referrer's name and address beside the candidate's; 'Job' the opening applied for (no job title of the candidate's, as greenhouse-candidates' is listed)",
    ),
    Shape(
        name="livechat-chats",
        product="LiveChat (chats archive export)",
        language="en",
        source="recalled: LiveChat's archive exported as CSV: one row per chat, the visitor's and the agent's name and address",
        header=("Chat ID", "Started", "Visitor name", "Visitor email", "Agent name", "Agent email", "Rating", "Tags"),
        rows=(
            ("QX1A2B", "2026-11-30 10:02", "Fatima Zahra", "fatima.zahra@gmail.example.com", "Kate Morgan", "kate@shopify-store.example.com", "good", "billing"),
            ("QX1A2C", "2026-11-30 10:15", "Client", "", "Kate Morgan", "kate@shopify-store.example.com", "", ""),
            ("QX1A2D", "2026-11-30 11:40", "Liam O'Connor", "liam.oconnor@eircom.example.net", "Dev Mehta", "dev@shopify-store.example.com", "bad", "returns"),
        ),
        people=(("Fatima Zahra", "fatima.zahra@gmail.example.com"), ("Liam O'Connor", "liam.oconnor@eircom.example.net")),
        notes="the agent's name and address on every row: a visitor without an address stores nothing, not the agent",
    ),
    Shape(
        name="tidio-contacts",
        product="Tidio (contacts export)",
        language="en",
        source="recalled: Tidio's contacts exported as CSV (Name, Email, Phone, Country, Assigned operator, Last seen)",
        header=("Name", "Email", "Phone", "Country", "Assigned operator", "Last seen", "Tags"),
        rows=(
            ("Mariana Costa", "mariana.costa@gmail.example.com", "912 345 678", "Portugal", "Tom (tom@brightcandles.example.com)", "2026-11-28", "vip"),
            ("Visitor #4821", "", "", "Germany", "", "2026-11-29", ""),
            ("Jan Novák", "jan.novak@seznam.example.cz", "", "Czechia", "Tom (tom@brightcandles.example.com)", "2026-11-30", ""),
        ),
        people=(("Mariana Costa", "mariana.costa@gmail.example.com"), ("Jan Novák", "jan.novak@seznam.example.cz")),
        known=(expect("mariana.costa@gmail.example.com", phone="+351912345678"),),
        notes="an anonymous visitor's placeholder name; the operator's name with an address in parentheses; a phone beside its country",
    ),
    Shape(
        name="square-appointments-clients",
        product="Square Appointments (client list export)",
        language="en",
        source="recalled: Square's customer directory exported from Appointments (First Name, Last Name, Email Address, Phone Number, Company Name, Reference ID, Creation Source, Preferred Staff)",
        header=("Reference ID", "First Name", "Last Name", "Email Address", "Phone Number", "Company Name", "Creation Source", "Preferred Staff", "Memo"),
        rows=(
            ("", "Keisha", "Brown", "keisha.brown@gmail.example.com", "+1 404-555-0136", "", "Appointments", "Tasha (Stylist)", "Booked by her sister Nia Brown"),
            ("", "Nia", "Brown", "", "+1 404-555-0137", "", "Appointments", "Tasha (Stylist)", ""),
            ("C-77", "", "", "frontdesk@peachtreespa.example.com", "", "Peachtree Day Spa", "Directory", "", "corporate account"),
        ),
        people=(("Keisha Brown", "keisha.brown@gmail.example.com"),),
        known=(expect("keisha.brown@gmail.example.com", phone="+14045550136"),),
        notes="a firm's row with only its company name and address (no person's name: no person); the preferred staff member; a memo naming a relative",
    ),
    Shape(
        name="flowlu-contacts",
        product="Flowlu (CRM contacts export)",
        language="en",
        source="recalled: Flowlu's CRM contacts exported as CSV: several addresses and phones in one cell on separate lines",
        header=("Name", "First Name", "Last Name", "Email", "Phone", "Organization", "Position", "Responsible"),
        rows=(
            ("Olena Bondarenko", "Olena", "Bondarenko", "olena@softgrid.example.ua\nolena.bondarenko@gmail.example.com", "+380 67 555 1234\n+380 44 555 9876", "SoftGrid LLC", "CFO", "Andriy Shevchenko"),
            ("Pavel Horák", "Pavel", "Horák", "pavel.horak@email.example.cz", "", "", "", "Andriy Shevchenko"),
        ),
        people=(("Olena Bondarenko", "olena@softgrid.example.ua"), ("Pavel Horák", "pavel.horak@email.example.cz")),
        known=(
            expect("olena@softgrid.example.ua", phone="+380675551234", company="SoftGrid LLC", job_title="CFO", other_emails=("olena.bondarenko@gmail.example.com",)),
        ),
        notes="two addresses and two phones in one cell, one a line; the responsible teammate's name",
    ),
    Shape(
        name="quinyx-employees-xlsx",
        product="Quinyx (employees export, .xlsx)",
        language="sv",
        source="recalled: Quinyx's employee list exported to Excel: a merged title row, the manager's name, a total row",
        header=("Anställningsnummer", "Förnamn", "Efternamn", "E-post", "Mobil", "Enhet", "Chef"),
        preamble=((Spanned("Personallista – Café Sjöbris AB", 7),), ()),
        rows=(
            ("1001", "Märta", "Sjögren", "marta.sjogren@gmail.example.com", Number(46701234567, "0"), "Göteborg", "Örjan Åberg"),
            ("1002", "Örjan", "Åberg", "orjan.aberg@sjobris.example.se", "+46 70 555 99 88", "Göteborg", ""),
        ),
        footer=((), ("Totalt: 2 anställda",)),
        people=(("Märta Sjögren", "marta.sjogren@gmail.example.com"), ("Örjan Åberg", "orjan.aberg@sjobris.example.se")),
        known=(
            expect("marta.sjogren@gmail.example.com", phone="46701234567"),
            expect("orjan.aberg@sjobris.example.se", phone="+46705559988"),
        ),
        kind="workbook",
        suffix=".xlsx",
        notes="a merged title; a phone stored as a number; 'Chef' (the manager) another person's name; a total line",
    ),
    Shape(
        name="excel-is-felagatal-cp1252",
        product="Excel (Icelandic club members list, Windows-1252)",
        language="is",
        source="recalled: an Icelandic club's member list typed in Excel and saved as CSV (';', Windows-1252): kennitala, patronymics, a title line and a total",
        header=("Kennitala", "Nafn", "Netfang", "Sími", "Vinnustaður"),
        preamble=(("Félagatal Ungmennafélagsins Þórs 2026",), ()),
        rows=(
            ("120385-2349", "Sigríður Þórsdóttir", "sigga.thors@simnet.example.is", "862 1234", "Landspítali"),
            ("030791-3119", "Guðmundur Ólafsson", "gummi.olafs@visir.example.is", "", ""),
            ("251199-2029", "Þórunn Ásgeirsdóttir", "thorunn@hi.example.is", "898 7654", "Háskóli Íslands"),
        ),
        footer=((), ("Samtals: 3 félagar",)),
        people=(("Sigríður Þórsdóttir", "sigga.thors@simnet.example.is"), ("Guðmundur Ólafsson", "gummi.olafs@visir.example.is"), ("Þórunn Ásgeirsdóttir", "thorunn@hi.example.is")),
        known=(
            expect("sigga.thors@simnet.example.is", phone="862 1234", company="Landspítali"),
            expect("thorunn@hi.example.is", phone="898 7654", company="Háskóli Íslands"),
        ),
        encoding="cp1252",
        delimiter=";",
        notes="Icelandic þ, ð; a national id; a title line and a total",
    ),
    Shape(
        name="excel-mk-roditeli-cp1251",
        product="Excel (Macedonian class parents list, Windows-1251)",
        language="mk",
        source="recalled: a Macedonian school's class list typed in Excel and saved as CSV (Windows-1251): the pupil's name and the parent's columns",
        header=("Ред. бр.", "Име и презиме на ученикот", "Име и презиме на родител", "Е-пошта на родител", "Телефон на родител"),
        rows=(
            ("1", "Ѓорѓи Трајковски", "Снежана Трајковска", "snezana.trajkovska@t-home.example.mk", "070 123 456"),
            ("2", "Ивана Ќосева", "Драган Ќосев", "dragan.kosev@yahoo.example.com", "071 654 321"),
            ("3", "Марија Стојанова", "", "", ""),
        ),
        people=(("Снежана Трајковска", "snezana.trajkovska@t-home.example.mk"), ("Драган Ќосев", "dragan.kosev@yahoo.example.com")),
        known=(
            expect("snezana.trajkovska@t-home.example.mk", phone="070 123 456"),
            expect("dragan.kosev@yahoo.example.com", phone="071 654 321"),
        ),
        encoding="cp1251",
        delimiter=";",
        notes="the only addresses are the parents': the people are the parents, with their names and phones; Macedonian ѓ, ќ",
    ),
    Shape(
        name="excel-gl-socios-ods",
        product="LibreOffice Calc (Galician association members, .ods)",
        language="gl",
        source="recalled: a Galician cultural association's members list kept in LibreOffice Calc (.ods): Nome, Apelidos, Correo electrónico, Teléfono, Profesión",
        header=("Nº socio", "Nome", "Apelidos", "Correo electrónico", "Teléfono", "Profesión"),
        rows=(
            ("12", "Uxía", "Rodríguez Castro", "uxia.rodriguez@mundo-r.example.com", "+34 981 555 123", "Mestra"),
            ("13", "Xoán", "Fernández Otero", "xoan.fernandez@gmail.example.com", "", ""),
        ),
        people=(("Uxía Rodríguez Castro", "uxia.rodriguez@mundo-r.example.com"), ("Xoán Fernández Otero", "xoan.fernandez@gmail.example.com")),
        known=(expect("uxia.rodriguez@mundo-r.example.com", phone="+34981555123", job_title="Mestra"),),
        kind="ods",
        suffix=".ods",
        notes="Galician 'Apelidos' (the family names, as Portugal's 'Apelido'), 'Correo electrónico'; 'Profesión' the occupation",
    ),
    Shape(
        name="iredmail-ldif",
        product="iRedMail (OpenLDAP backend, ldapsearch LDIF)",
        language="pt",
        source="recalled: iRedMail's LDAP backend dumped with ldapsearch -LLL: mailUser entries (cn base64, shadowAddress aliases, mailForwardingAddress) beside a mailList",
        header=(),
        rows=text_lines(_IREDMAIL_LDIF),
        people=(("João Conceição", "joao.conceicao@escola.example.pt"), ("Maria Leonor Gonçalves Simões", "leonor.simoes@escola.example.pt")),
        kind="text",
        suffix=".ldif",
        notes="a base64 cn folded onto a continuation line; aliases (shadowAddress) and a forwarding address; a mailing list with its own address is no person",
    ),
    # --- added last: Excel for Mac's CSV on Central European, Turkish and Greek systems ---------
    Shape(
        name="excel-mac-pl-maclatin2",
        product="Excel for Mac (Polish, CSV Macintosh)",
        language="pl",
        source="recalled: Excel for Mac's 'CSV (Macintosh)' on a Polish system: Mac Central European bytes, bare CR line ends, ';'",
        header=("Imię", "Nazwisko", "E-mail", "Telefon", "Firma"),
        rows=(
            ("Małgorzata", "Wiśniewska", "m.wisniewska@onet.example.pl", "601 234 567", "Piekarnia Źródło"),
            ("Łukasz", "Dąbrowski", "lukasz.dabrowski@wp.example.pl", "", ""),
            ("Żaneta", "Kościuszko", "zaneta.k@interia.example.pl", "512 345 678", ""),
        ),
        people=(("Małgorzata Wiśniewska", "m.wisniewska@onet.example.pl"), ("Łukasz Dąbrowski", "lukasz.dabrowski@wp.example.pl"), ("Żaneta Kościuszko", "zaneta.k@interia.example.pl")),
        known=(
            expect("m.wisniewska@onet.example.pl", phone="601 234 567", company="Piekarnia Źródło"),
            expect("zaneta.k@interia.example.pl", phone="512 345 678"),
        ),
        encoding="mac_latin2",
        delimiter=";",
        line_end="\r",
        notes="Mac Central European, not cp1250 or ISO-8859-2: the same letters at other bytes; bare CR line ends (which name MacRoman elsewhere)",
    ),
    Shape(
        name="excel-mac-cs-maclatin2",
        product="Excel for Mac (Czech, CSV Macintosh)",
        language="cs",
        source="recalled: Excel for Mac's 'CSV (Macintosh)' on a Czech system: Mac Central European bytes, bare CR line ends, ';'",
        header=("Jméno", "Příjmení", "E-mail", "Telefon"),
        rows=(
            ("Jiří", "Dvořák", "jiri.dvorak@seznam.example.cz", "603 123 456"),
            ("Věra", "Černá", "vera.cerna@centrum.example.cz", ""),
            ("Tomáš", "Růžička", "tomas.ruzicka@email.example.cz", "777 654 321"),
        ),
        people=(("Jiří Dvořák", "jiri.dvorak@seznam.example.cz"), ("Věra Černá", "vera.cerna@centrum.example.cz"), ("Tomáš Růžička", "tomas.ruzicka@email.example.cz")),
        known=(
            expect("jiri.dvorak@seznam.example.cz", phone="603 123 456"),
            expect("tomas.ruzicka@email.example.cz", phone="777 654 321"),
        ),
        encoding="mac_latin2",
        delimiter=";",
        line_end="\r",
    ),
    Shape(
        name="excel-mac-tr-macturkish",
        product="Excel for Mac (Turkish, CSV Macintosh)",
        language="tr",
        source="recalled: Excel for Mac's 'CSV (Macintosh)' on a Turkish system: Mac Turkish bytes, bare CR line ends, ';'",
        header=("Adı", "Soyadı", "E-posta", "Telefon"),
        rows=(
            ("Ayşe", "Yılmaz", "ayse.yilmaz@gmail.example.com", "0532 555 12 34"),
            ("Ömer", "Çelik", "omer.celik@hotmail.example.com", ""),
            ("Gülşen", "Doğan", "gulsen.dogan@yandex.example.com.tr", "0544 555 67 89"),
        ),
        people=(("Ayşe Yılmaz", "ayse.yilmaz@gmail.example.com"), ("Ömer Çelik", "omer.celik@hotmail.example.com"), ("Gülşen Doğan", "gulsen.dogan@yandex.example.com.tr")),
        known=(
            expect("ayse.yilmaz@gmail.example.com", phone="0532 555 12 34"),
            expect("gulsen.dogan@yandex.example.com.tr", phone="0544 555 67 89"),
        ),
        encoding="mac_turkish",
        delimiter=";",
        line_end="\r",
        notes="Mac Turkish: MacRoman with ğ, Ğ, ı, İ, ş, Ş where MacRoman has other signs",
    ),
    Shape(
        name="excel-mac-el-macgreek",
        product="Excel for Mac (Greek, CSV Macintosh)",
        language="el",
        source="recalled: Excel for Mac's 'CSV (Macintosh)' on a Greek system: Mac Greek bytes, bare CR line ends, ';'",
        header=("Όνομα", "Επώνυμο", "Email", "Τηλέφωνο"),
        rows=(
            ("Νίκος", "Παπαδάκης", "nikos.papadakis@otenet.example.gr", "6971234567"),
            ("Σοφία", "Ιωάννου", "sofia.ioannou@gmail.example.com", ""),
            ("Κώστας", "Βασιλείου", "kostas.vasileiou@hol.example.gr", "6945551234"),
        ),
        people=(("Νίκος Παπαδάκης", "nikos.papadakis@otenet.example.gr"), ("Σοφία Ιωάννου", "sofia.ioannou@gmail.example.com"), ("Κώστας Βασιλείου", "kostas.vasileiou@hol.example.gr")),
        known=(
            expect("nikos.papadakis@otenet.example.gr", phone="6971234567"),
            expect("kostas.vasileiou@hol.example.gr", phone="6945551234"),
        ),
        encoding="mac_greek",
        delimiter=";",
        line_end="\r",
    ),
    Shape(
        name="java-export-utf16be",
        product="a Java web app's member export (UTF-16BE)",
        language="de",
        source="recalled: a member list written by a Java program's OutputStreamWriter in UTF-16BE (no byte order mark), ';'",
        header=("Vorname", "Nachname", "E-Mail", "Verein"),
        rows=(
            ("Jürgen", "Weiß", "juergen.weiss@gmx.example.de", "TSV Grünwald"),
            ("Anneliese", "Köhler", "anneliese.koehler@web.example.de", ""),
        ),
        people=(("Jürgen Weiß", "juergen.weiss@gmx.example.de"), ("Anneliese Köhler", "anneliese.koehler@web.example.de")),
        encoding="utf-16-be",
        delimiter=";",
        notes="UTF-16 big-endian without a byte order mark",
    ),
]
# fmt: on
