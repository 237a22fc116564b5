"""A nineteenth round of exports, written (2026-12-07) from products and lists no round had:
password managers and directories' member lists (Bitwarden's member access report,
1Password's people, JumpCloud's users with their manager, Google Groups' members under
the group's own address), e-signature and booking tools (DocuSign's envelope recipients
beside their sender, YouCanBookMe's `FNAME`/`LNAME` shorthands and team member),
conference and association tools (Swapcard's inviter, MemberPress' logins, Glue Up's
corporate members with their primary contact), shops, payments and point of sale in Latin
America, Africa and Asia (Bling's firm and contact person (pt-BR), Alegra's salesperson
(es-CO), Flutterwave's customers (a country column), Razorpay's `Contact` phone and notes,
Loyverse's Thai customers, Moka POS' workbook (id, phones as numbers, a title)), practice
software (Doctolib's birth name and doctors (fr), samedi's practitioner (de, cp1252),
Practo's referrer), real-estate portals (idealista's messages naming people (es),
99acres' assigned agent), mail clients (Claws Mail's LDIF (no), Sylpheed's CSV (ja,
cp932), Pegasus Mail's `Address` holding the email, Mutt's alias file, Alpine's address
book (no header, `Family, Given`, a list)), phones' vCards (an HMD Nokia (fi), a realme
(te, quoted-printable Telugu), a Fairphone's /e/OS 3.0 cards (nl)), LDIF of mail servers
(Zimbra's accounts beside a distribution list and a calendar resource (sl, base64),
Kopano's users beside an external contact (de)), lists typed in languages no round had
(Punjabi, Gujarati, Kannada, Malayalam, Pashto, Kurdish, Tigrinya, Somali) or thin
(Estonian .xlsx, Slovak .ods, Slovenian .xls), and legacy code pages no round used
(DOS Baltic cp775, ISO-8859-4, ISO-8859-16, DOS Arabic cp720, MacCyrillic, TIS-620, HZ,
ISO-2022-JP, Big5-HKSCS).

Each keeps the columns that touch a person: a second person on the row (the sender, the
manager, the inviter, the salesperson, the doctor, the agent, the team member), a group's
or a firm's address beside the person's, a birth name, free text naming people, a title
line, phones as numbers.

`source` says where each layout's spelling comes from; "recalled" marks a layout known from
the product's export as its users see it, not found in the code corpus searched; "code
corpus" a layout whose field names were found there.
"""

import base64
import datetime
import quopri

from CSVProcessor.tests.exports.builders import Number, Shape, Spanned, expect, text_lines


def _qp(text: str) -> str:
    """A value as a vCard 2.1 writer puts it: UTF-8, quoted-printable, no soft breaks."""
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").replace("=\n", "")


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


_HMD_NOKIA = f"""\
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("Järvinen;Päivi;;;")}
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("Päivi Järvinen")}
TEL;CELL:+358 40 123 4567
EMAIL;HOME:paivi.jarvinen@elisa.example.fi
END:VCARD
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("Mäkelä;Jussi;;;")}
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("Jussi Mäkelä")}
ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("Rakennus Mäkelä Oy")}
TITLE:Toimitusjohtaja
TEL;WORK:09 555 1234
EMAIL;WORK:jussi@rakennusmakela.example.fi
END:VCARD
"""

_REALME = f"""\
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("రెడ్డి;వెంకట;;;")}
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("వెంకట రెడ్డి")}
TEL;CELL:+91 98480 12345
EMAIL;HOME:venkata.reddy@gmail.example.com
END:VCARD
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("లక్ష్మి;శ్రీ;;;")}
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("శ్రీ లక్ష్మి")}
TEL;CELL:+91 94400 67890
EMAIL;HOME:sri.lakshmi@yahoo.example.co.in
X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Lucky;1;;;;;;;;;;;;;
END:VCARD
"""

_FAIRPHONE = """\
BEGIN:VCARD
VERSION:3.0
PRODID:-//dmfs.org//mimedir.vcard//EN
N:Jansen;Pieter;;;
FN:Pieter Jansen
NICKNAME:Piet
ORG:Gemeente Utrecht;Burgerzaken
TITLE:Adviseur
TEL;TYPE=CELL:+31 6 12345678
EMAIL;TYPE=WORK:p.jansen@utrecht.example.nl
END:VCARD
BEGIN:VCARD
VERSION:3.0
PRODID:-//dmfs.org//mimedir.vcard//EN
N:de Vries;Sanne;;;
FN:Sanne de Vries
EMAIL;TYPE=HOME,PREF:sanne.devries@ziggo.example.nl
EMAIL;TYPE=WORK:s.devries@rabo.example.nl
NOTE:Zus van Marloes de Vries
END:VCARD
"""

_CLAWS_LDIF = """\
dn: cn=Sigrid Halvorsen,dc=claws-mail
objectClass: inetOrgPerson
cn: Sigrid Halvorsen
sn: Halvorsen
givenName: Sigrid
mail: sigrid.halvorsen@uio.example.no
mail: sigrid@halvorsen.example.no

dn: cn=Bjørn Ødegård,dc=claws-mail
objectClass: inetOrgPerson
cn:: {cn}
sn:: {sn}
givenName:: {given}
mail: bjorn.odegard@telenor.example.no
""".format(cn=_b64("Bjørn Ødegård"), sn=_b64("Ødegård"), given=_b64("Bjørn"))

_ZIMBRA_LDIF = f"""\
dn: uid=tnovak,ou=people,dc=firma,dc=example,dc=si
objectClass: inetOrgPerson
objectClass: zimbraAccount
objectClass: amavisAccount
uid: tnovak
cn:: {_b64("Tomaž Novak")}
sn: Novak
givenName:: {_b64("Tomaž")}
displayName:: {_b64("Tomaž Novak")}
mail: tomaz.novak@firma.example.si
mail: tnovak@firma.example.si
zimbraMailDeliveryAddress: tomaz.novak@firma.example.si
zimbraMailAlias: tnovak@firma.example.si
zimbraPrefMailForwardingAddress: tomaz.novak.doma@siol.example.net
zimbraAccountStatus: active
telephoneNumber: +386 1 234 5678
title: Vodja nabave

dn: uid=mkrajnc,ou=people,dc=firma,dc=example,dc=si
objectClass: inetOrgPerson
objectClass: zimbraAccount
uid: mkrajnc
cn:: {_b64("Maja Krajnc Žagar")}
sn:: {_b64("Krajnc Žagar")}
givenName: Maja
mail: maja.krajnc@firma.example.si
zimbraMailDeliveryAddress: maja.krajnc@firma.example.si
zimbraAccountStatus: active

dn: uid=prodaja,ou=people,dc=firma,dc=example,dc=si
objectClass: zimbraDistributionList
uid: prodaja
cn: Prodaja
displayName: Prodaja
mail: prodaja@firma.example.si
zimbraMailForwardingAddress: tomaz.novak@firma.example.si
zimbraMailForwardingAddress: maja.krajnc@firma.example.si

dn: uid=sejna-soba,ou=people,dc=firma,dc=example,dc=si
objectClass: inetOrgPerson
objectClass: zimbraCalendarResource
uid: sejna-soba
cn: Sejna soba 1
sn: Sejna soba 1
displayName: Sejna soba 1
mail: sejna-soba@firma.example.si
zimbraCalResType: Location
zimbraCalResCapacity: 12
"""

_KOPANO_LDIF = """\
dn: uid=mbecker,ou=users,dc=kanzlei,dc=example,dc=de
objectClass: top
objectClass: posixAccount
objectClass: inetOrgPerson
objectClass: kopano-user
uid: mbecker
cn: Matthias Becker
sn: Becker
givenName: Matthias
mail: m.becker@kanzlei.example.de
kopanoAliases: info@kanzlei.example.de
kopanoAccount: 1
kopanoAdmin: 1
uidNumber: 1001
gidNumber: 1000
homeDirectory: /home/mbecker

dn: uid=sjung,ou=users,dc=kanzlei,dc=example,dc=de
objectClass: top
objectClass: posixAccount
objectClass: inetOrgPerson
objectClass: kopano-user
uid: sjung
cn:: {cn}
sn: Jung
givenName:: {given}
mail: s.jung@kanzlei.example.de
title: Rechtsanwaltsfachangestellte
kopanoAccount: 1
kopanoAdmin: 0
uidNumber: 1002
gidNumber: 1000
homeDirectory: /home/sjung

dn: cn=Kanzlei,ou=groups,dc=kanzlei,dc=example,dc=de
objectClass: top
objectClass: posixGroup
objectClass: kopano-group
cn: Kanzlei
memberUid: mbecker
memberUid: sjung
""".format(cn=_b64("Jörg-Sören Jung"), given=_b64("Jörg-Sören"))

_OPPO = f"""\
BEGIN:VCARD
VERSION:2.1
N:Santoso;Budi;;;
FN:Budi Santoso
TEL;CELL:0812-3456-7890
EMAIL;HOME:budi.santoso@gmail.example.com
END:VCARD
BEGIN:VCARD
VERSION:2.1
N:Wulandari;Sri;;;
FN:Sri Wulandari
ORG:PT Maju Bersama
TITLE:Staf Keuangan
TEL;WORK:021 5550 1234
EMAIL;WORK:sri.wulandari@majubersama.example.co.id
NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("Istri Pak Agus Wibowo")}
END:VCARD
"""

_MUTT = """\
# mutt aliases
alias ana Ana Lima <ana.lima@sapo.example.pt>
alias joao "João Ribeiro" <joao.ribeiro@fe.example.pt>
alias tiago tiago.santos@ist.example.pt (Tiago Santos)
alias familia ana, joao
"""

SHAPES = [
    # --- password managers and directories ---------------------------------------------
    Shape(
        name="bitwarden-member-access",
        product="Bitwarden (member access report)",
        language="en",
        source="recalled: Bitwarden's Admin Console > Reports > Member access, exported as CSV: one row per member and collection, an invited member without a name",
        header=(
            "Email Address",
            "Name",
            "Two-step Login",
            "Account Recovery",
            "Group",
            "Collection",
            "Collection Permission",
            "Total Items",
        ),
        rows=(
            (
                "priya.raman@fernhill.example.com",
                "Priya Raman",
                "On",
                "On",
                "Engineering",
                "Deploy keys",
                "Can manage",
                "14",
            ),
            (
                "priya.raman@fernhill.example.com",
                "Priya Raman",
                "On",
                "On",
                "Engineering",
                "Shared AWS",
                "Can edit",
                "31",
            ),
            (
                "olu.adeyemi@fernhill.example.com",
                "Olúwaseun Adéyẹmí",
                "Off",
                "On",
                "Finance",
                "Bank portals",
                "Can view",
                "7",
            ),
            (
                "m.kowalczyk@fernhill.example.com",
                "",
                "On",
                "Off",
                "(No group)",
                "Shared AWS",
                "Can view",
                "31",
            ),
        ),
        people=(
            ("Priya Raman", "priya.raman@fernhill.example.com"),
            ("Olúwaseun Adéyẹmí", "olu.adeyemi@fernhill.example.com"),
        ),
        notes="one row per member and collection (the same person twice); an invited member without a name is no person",
    ),
    Shape(
        name="1password-people",
        product="1Password Business (people)",
        language="en",
        source="recalled: 1Password's People list exported as CSV: name, email, role, state, groups, vaults",
        header=("Name", "Email", "Role", "State", "Groups", "Vaults", "Last Authenticated"),
        rows=(
            (
                "Lena Fischer",
                "lena.fischer@brightloop.example.com",
                "Owner",
                "Active",
                "Owners; Administrators",
                "Private; Shared",
                "2026-11-30",
            ),
            (
                "Rui Tanaka",
                "rui.tanaka@brightloop.example.com",
                "Member",
                "Active",
                "Team Members",
                "Private; Design",
                "2026-12-02",
            ),
            (
                "Chloé Marchand",
                "chloe@marchand-conseil.example.fr",
                "Guest",
                "Invited",
                "",
                "Client Handover",
                "",
            ),
        ),
        people=(
            ("Lena Fischer", "lena.fischer@brightloop.example.com"),
            ("Rui Tanaka", "rui.tanaka@brightloop.example.com"),
            ("Chloé Marchand", "chloe@marchand-conseil.example.fr"),
        ),
        notes="'Role' holds Owner and Guest (the account's role, no job title and no exclusion)",
    ),
    Shape(
        name="jumpcloud-users",
        product="JumpCloud (users export)",
        language="en",
        source="code corpus: JumpCloud's System Users API fields (firstname, lastname, username, email, displayname, jobTitle, department, company, manager) as its user export writes them",
        header=(
            "firstname",
            "lastname",
            "username",
            "email",
            "displayname",
            "jobTitle",
            "department",
            "company",
            "manager",
            "phoneNumbers",
        ),
        rows=(
            (
                "Camila",
                "Rojas",
                "crojas",
                "camila.rojas@andes.example.cl",
                "Cami Rojas",
                "Data Engineer",
                "Analytics",
                "Andes Analytics SpA",
                "jorge.munoz@andes.example.cl",
                "+56 9 8765 4321",
            ),
            (
                "Jorge",
                "Muñoz",
                "jmunoz",
                "jorge.munoz@andes.example.cl",
                "Jorge Muñoz",
                "Head of Data",
                "Analytics",
                "Andes Analytics SpA",
                "",
                "",
            ),
            (
                "Valentina",
                "Pérez Soto",
                "vperez",
                "valentina.perez@andes.example.cl",
                "",
                "Recruiter",
                "People",
                "Andes Analytics SpA",
                "jorge.munoz@andes.example.cl",
                "+56 2 2345 6789",
            ),
        ),
        people=(
            ("Cami Rojas", "camila.rojas@andes.example.cl"),
            ("Jorge Muñoz", "jorge.munoz@andes.example.cl"),
            ("Valentina Pérez Soto", "valentina.perez@andes.example.cl"),
        ),
        known=(
            expect(
                "camila.rojas@andes.example.cl",
                phone="+56987654321",
                company="Andes Analytics SpA",
                job_title="Data Engineer",
            ),
            expect(
                "jorge.munoz@andes.example.cl",
                company="Andes Analytics SpA",
                job_title="Head of Data",
            ),
            expect(
                "valentina.perez@andes.example.cl",
                phone="+56223456789",
                company="Andes Analytics SpA",
                job_title="Recruiter",
            ),
        ),
        notes="the manager's address on two rows (a teammate, no fallback); a display name holding the family name is the chosen name",
    ),
    Shape(
        name="google-groups-members",
        product="Google Groups (export members)",
        language="en",
        source="recalled: Google Groups' Members > Export to CSV: the group's name and address on every row, the member's address and nickname, the group role",
        header=(
            "Group name",
            "Group email",
            "Email address",
            "Nickname",
            "Group role",
            "Join date",
        ),
        rows=(
            (
                "Kiwi Tramping Club",
                "trampers@kiwiclub.example.nz",
                "aroha.ngata@xtra.example.nz",
                "Aroha Ngata",
                "OWNER",
                "2019-04-02",
            ),
            (
                "Kiwi Tramping Club",
                "trampers@kiwiclub.example.nz",
                "tane.whaanga@gmail.example.com",
                "Tāne Whaanga",
                "MANAGER",
                "2021-08-15",
            ),
            (
                "Kiwi Tramping Club",
                "trampers@kiwiclub.example.nz",
                "liam.obrien@vodafone.example.nz",
                "Liam O'Brien",
                "MEMBER",
                "2024-01-09",
            ),
            (
                "Kiwi Tramping Club",
                "trampers@kiwiclub.example.nz",
                "sione.tupou@outlook.example.com",
                "",
                "MEMBER",
                "2025-10-30",
            ),
        ),
        people=(
            ("Aroha Ngata", "aroha.ngata@xtra.example.nz"),
            ("Tāne Whaanga", "tane.whaanga@gmail.example.com"),
            ("Liam O'Brien", "liam.obrien@vodafone.example.nz"),
        ),
        notes="the group's own address on every row, before the member's; the only name column a nickname; a member without one is no person",
    ),
    # --- e-signature and booking ---------------------------------------------------------
    Shape(
        name="docusign-envelope-recipients",
        product="DocuSign (envelope recipient report)",
        language="en",
        source="recalled: DocuSign's Reports > Envelope Recipient Report downloaded as CSV: the sender's name and address beside each recipient's",
        header=(
            "Envelope ID",
            "Subject",
            "Status",
            "Sender Name",
            "Sender Email",
            "Recipient Name",
            "Recipient Email",
            "Recipient Type",
            "Recipient Status",
            "Routing Order",
            "Sent On",
            "Completed On",
        ),
        rows=(
            (
                "3f1c9a2e-77b0-4d1e-9a51-0c2b7e1d4a10",
                "Please DocuSign: Mietvertrag Weiß",
                "Completed",
                "Hannah Schmidt",
                "hannah.schmidt@immo-nord.example.de",
                "Jürgen Weiß",
                "j.weiss@web.example.de",
                "Signer",
                "Completed",
                "1",
                "2026-10-02 09:14",
                "2026-10-03 18:40",
            ),
            (
                "3f1c9a2e-77b0-4d1e-9a51-0c2b7e1d4a10",
                "Please DocuSign: Mietvertrag Weiß",
                "Completed",
                "Hannah Schmidt",
                "hannah.schmidt@immo-nord.example.de",
                "Aylin Demir",
                "aylin.demir@gmx.example.de",
                "Signer",
                "Completed",
                "2",
                "2026-10-02 09:14",
                "2026-10-03 18:40",
            ),
            (
                "8b2d7f64-1e3a-4c59-b8e0-5a9f6d2c3b71",
                "Please DocuSign: Übergabeprotokoll",
                "Sent",
                "Hannah Schmidt",
                "hannah.schmidt@immo-nord.example.de",
                "Sofia Klein",
                "sofia.klein@hausverwaltung.example.de",
                "Carbon Copy",
                "Sent",
                "1",
                "2026-11-20 15:02",
                "",
            ),
        ),
        people=(
            ("Jürgen Weiß", "j.weiss@web.example.de"),
            ("Aylin Demir", "aylin.demir@gmx.example.de"),
            ("Sofia Klein", "sofia.klein@hausverwaltung.example.de"),
        ),
        notes="the sender (the account's user) on every row before the recipients: the recipients are the people",
    ),
    Shape(
        name="youcanbookme-bookings",
        product="YouCanBookMe (bookings export)",
        language="en",
        source="recalled: YouCanBookMe's bookings downloaded as CSV: its form's shorthand codes (FNAME, LNAME, EMAIL, MOBILE) as titles, the team member booked",
        header=(
            "Booking ID",
            "Start date",
            "Start time",
            "Duration",
            "FNAME",
            "LNAME",
            "EMAIL",
            "MOBILE",
            "Team member",
            "Status",
            "Notes",
        ),
        rows=(
            (
                "YCBM-48213",
                "2026-11-04",
                "10:00",
                "30",
                "Niamh",
                "Gallagher",
                "niamh.gallagher@eircom.example.ie",
                "+353 87 123 4567",
                "Dr Amelia Ward",
                "Confirmed",
                "Referred by Tom Hughes",
            ),
            (
                "YCBM-48214",
                "2026-11-04",
                "11:00",
                "60",
                "Ravi",
                "Shankar",
                "ravi.shankar@btinternet.example.com",
                "07700 900123",
                "Dr Amelia Ward",
                "Cancelled",
                "",
            ),
        ),
        people=(
            ("Niamh Gallagher", "niamh.gallagher@eircom.example.ie"),
            ("Ravi Shankar", "ravi.shankar@btinternet.example.com"),
        ),
        known=(
            expect("niamh.gallagher@eircom.example.ie", phone="+353871234567"),
            expect("ravi.shankar@btinternet.example.com", phone="07700 900123"),
        ),
        notes="upper-case shorthand titles; the team member is the practitioner; a note naming the referrer",
    ),
    # --- conferences and associations --------------------------------------------------
    Shape(
        name="swapcard-attendees",
        product="Swapcard (attendees export)",
        language="en",
        source="recalled: Swapcard's Studio > People exported as CSV: first and last name, organization, job title, mobile, groups, who invited them",
        header=(
            "First name",
            "Last name",
            "Email",
            "Job title",
            "Organization",
            "Mobile phone",
            "Groups",
            "Invited by",
            "Registration date",
        ),
        rows=(
            (
                "Mariana",
                "Costa",
                "mariana.costa@agrotech.example.br",
                "Head of Partnerships",
                "AgroTech Brasil",
                "+55 11 91234 5678",
                "Speakers",
                "events@summit.example.com",
                "2026-09-01",
            ),
            (
                "Kwame",
                "Mensah",
                "kwame.mensah@accra-fin.example.gh",
                "CFO",
                "Accra Finance Ltd",
                "",
                "Attendees",
                "events@summit.example.com",
                "2026-09-03",
            ),
            (
                "Yuki",
                "Sato",
                "yuki.sato@hikari.example.jp",
                "",
                "",
                "",
                "Attendees",
                "mariana.costa@agrotech.example.br",
                "2026-09-05",
            ),
        ),
        people=(
            ("Mariana Costa", "mariana.costa@agrotech.example.br"),
            ("Kwame Mensah", "kwame.mensah@accra-fin.example.gh"),
            ("Yuki Sato", "yuki.sato@hikari.example.jp"),
        ),
        known=(
            expect(
                "mariana.costa@agrotech.example.br",
                phone="+5511912345678",
                company="AgroTech Brasil",
                job_title="Head of Partnerships",
            ),
            expect(
                "kwame.mensah@accra-fin.example.gh", company="Accra Finance Ltd", job_title="CFO"
            ),
        ),
        notes="the inviter's address on every row, one of them an attendee's own",
    ),
    Shape(
        name="memberpress-members",
        product="MemberPress (members export)",
        language="fr",
        source="recalled: MemberPress' Members > Export as CSV: WordPress login, email, status, first_name, last_name, memberships",
        header=(
            "id",
            "username",
            "email",
            "status",
            "first_name",
            "last_name",
            "memberships",
            "txn_count",
            "registered",
        ),
        rows=(
            (
                "112",
                "dlafleur",
                "danielle.lafleur@videotron.example.ca",
                "active",
                "Danielle",
                "Lafleur",
                "Cercle Or",
                "4",
                "2024-02-11 14:02:33",
            ),
            (
                "113",
                "eric.gagnonroy",
                "eric.gagnon-roy@bell.example.ca",
                "active",
                "Éric",
                "Gagnon-Roy",
                "Cercle Argent",
                "1",
                "2025-06-30 08:12:09",
            ),
            (
                "118",
                "mthibodeau",
                "marie-eve.t@sympatico.example.ca",
                "inactive",
                "Marie-Ève",
                "Thibodeau",
                "",
                "0",
                "2026-01-15 19:45:00",
            ),
        ),
        people=(
            ("Danielle Lafleur", "danielle.lafleur@videotron.example.ca"),
            ("Éric Gagnon-Roy", "eric.gagnon-roy@bell.example.ca"),
            ("Marie-Ève Thibodeau", "marie-eve.t@sympatico.example.ca"),
        ),
        notes="the WordPress login beside the names",
    ),
    Shape(
        name="glueup-members",
        product="Glue Up (members export)",
        language="en",
        source="recalled: Glue Up's Membership > Members exported as CSV: the member (a company or a person), its primary contact and that contact's email, the member's general email",
        header=(
            "Membership ID",
            "Member Name",
            "Member Type",
            "Primary Contact",
            "Primary Contact Email",
            "Email",
            "Phone",
            "Membership Plan",
            "Expiry Date",
        ),
        rows=(
            (
                "GU-20411",
                "Lighthouse Trading Co., Ltd.",
                "Corporate",
                "Chen Jiahui",
                "chen.jiahui@lighthouse.example.cn",
                "info@lighthouse.example.cn",
                "+86 755 8888 1234",
                "Corporate Gold",
                "2027-03-31",
            ),
            (
                "GU-20418",
                "Kevin Ho",
                "Individual",
                "",
                "",
                "kevin.ho@netvigator.example.hk",
                "+852 9123 4567",
                "Individual",
                "2027-01-31",
            ),
        ),
        people=(
            ("Chen Jiahui", "chen.jiahui@lighthouse.example.cn"),
            ("Kevin Ho", "kevin.ho@netvigator.example.hk"),
        ),
        known=(
            expect(
                "chen.jiahui@lighthouse.example.cn",
                company="Lighthouse Trading Co., Ltd.",
                other_emails=("info@lighthouse.example.cn",),
            ),
            expect("kevin.ho@netvigator.example.hk", phone="+85291234567"),
        ),
        notes="a corporate member's row: the firm as Member Name, the person its primary contact; an individual member's row: the person as Member Name",
    ),
    # --- shops, payments and point of sale ---------------------------------------------
    Shape(
        name="bling-contatos-pt",
        product="Bling ERP (contatos)",
        language="pt",
        source="recalled: Bling's Cadastros > Contatos exported as CSV (';'): Nome, Fantasia, Tipo pessoa, E-mail, E-mail para envio NFe, Contatos, Vendedor",
        header=(
            "Código",
            "Nome",
            "Fantasia",
            "Tipo pessoa",
            "CPF/CNPJ",
            "Cidade",
            "UF",
            "Fone",
            "Celular",
            "E-mail",
            "E-mail para envio NFe",
            "Contatos",
            "Vendedor",
            "Situação",
        ),
        rows=(
            (
                "1021",
                "Distribuidora Boa Vista Ltda",
                "Boa Vista",
                "J",
                "12.345.678/0001-90",
                "Campinas",
                "SP",
                "(19) 3232-4545",
                "",
                "marcos@boavista.example.com.br",
                "nfe@boavista.example.com.br",
                "Marcos Antônio Pereira",
                "Carla Souza",
                "Ativo",
            ),
            (
                "1022",
                "Luíza Gonçalves",
                "",
                "F",
                "123.456.789-09",
                "Recife",
                "PE",
                "",
                "(81) 99876-5432",
                "luiza.goncalves@uol.example.com.br",
                "",
                "",
                "Carla Souza",
                "Ativo",
            ),
        ),
        people=(
            ("Marcos Antônio Pereira", "marcos@boavista.example.com.br"),
            ("Luíza Gonçalves", "luiza.goncalves@uol.example.com.br"),
        ),
        known=(
            expect(
                "marcos@boavista.example.com.br",
                phone="(19) 3232-4545",
                company="Distribuidora Boa Vista Ltda",
                other_emails=("nfe@boavista.example.com.br",),
            ),
            expect("luiza.goncalves@uol.example.com.br", phone="(81) 99876-5432"),
        ),
        delimiter=";",
        notes="a firm's row names its contact person under 'Contatos' (plural); a private client's row has only Nome; the salesperson on every row",
    ),
    Shape(
        name="alegra-contactos-es-co",
        product="Alegra (contactos)",
        language="es",
        source="recalled: Alegra's Contactos exported to CSV: Nombre, identificación, Correo, Teléfono 1, Celular, Vendedor asociado, Observaciones",
        header=(
            "Nombre",
            "Tipo de identificación",
            "Número de identificación",
            "Correo",
            "Teléfono 1",
            "Celular",
            "Ciudad",
            "Tipo de contacto",
            "Vendedor asociado",
            "Observaciones",
        ),
        rows=(
            (
                "Andrés Felipe Gómez Restrepo",
                "CC",
                "1020304050",
                "andres.gomez@une.example.co",
                "604 444 5566",
                "310 555 1234",
                "Medellín",
                "Cliente",
                "Juliana Ospina",
                "Cliente referido por Natalia Ruiz",
            ),
            (
                "María Camila Núñez",
                "CC",
                "52987654",
                "mcamila.nunez@gmail.example.com",
                "",
                "315 222 3344",
                "Bogotá",
                "Cliente",
                "Juliana Ospina",
                "",
            ),
        ),
        people=(
            ("Andrés Felipe Gómez Restrepo", "andres.gomez@une.example.co"),
            ("María Camila Núñez", "mcamila.nunez@gmail.example.com"),
        ),
        known=(
            expect("andres.gomez@une.example.co", phone="604 444 5566"),
            expect("mcamila.nunez@gmail.example.com", phone="315 222 3344"),
        ),
        notes="the salesperson (Vendedor asociado) on every row; a remark naming the referrer",
    ),
    Shape(
        name="flutterwave-customers",
        product="Flutterwave (customers export)",
        language="en",
        source="recalled: Flutterwave's dashboard Customers exported as CSV: name, email, phone, country",
        header=(
            "Customer Name",
            "Customer Email",
            "Phone Number",
            "Country",
            "Date Created",
            "Total Transactions",
        ),
        rows=(
            (
                "Chidinma Okonkwo",
                "chidinma.okonkwo@gmail.example.com",
                "0803 555 1234",
                "Nigeria",
                "2026-03-14",
                "12",
            ),
            (
                "Adébáyọ̀ Ọlátúnjí",
                "bayo.olatunji@yahoo.example.com",
                "",
                "Nigeria",
                "2026-05-02",
                "3",
            ),
            (
                "Wanjiru Kamau",
                "wanjiru.kamau@safaricom.example.co.ke",
                "0712 345678",
                "Kenya",
                "2026-07-21",
                "1",
            ),
        ),
        people=(
            ("Chidinma Okonkwo", "chidinma.okonkwo@gmail.example.com"),
            ("Adébáyọ̀ Ọlátúnjí", "bayo.olatunji@yahoo.example.com"),
            ("Wanjiru Kamau", "wanjiru.kamau@safaricom.example.co.ke"),
        ),
        known=(
            expect("chidinma.okonkwo@gmail.example.com", phone="+2348035551234"),
            expect("wanjiru.kamau@safaricom.example.co.ke", phone="+254712345678"),
        ),
        notes="Yoruba tone marks (combining); national phone numbers beside the country",
    ),
    Shape(
        name="razorpay-customers",
        product="Razorpay (customers)",
        language="en",
        source="recalled: Razorpay's Dashboard > Customers exported as CSV: Customer Id, Name, Email, Contact (the phone), GSTIN, Notes",
        header=("Customer Id", "Name", "Email", "Contact", "GSTIN", "Created At", "Notes"),
        rows=(
            (
                "cust_Nf3kQ8aZ1bXy2c",
                "Ananya Iyer",
                "ananya.iyer@gmail.example.com",
                "+919812345678",
                "",
                "07/11/2026 10:22:05",
                '{"referred_by": "Karthik Menon"}',
            ),
            (
                "cust_Nf3kR1bY7cQw9d",
                "Harpreet Singh Bedi",
                "harpreet@bedi-traders.example.in",
                "+919876012345",
                "07AABCB1234F1Z5",
                "08/11/2026 16:40:51",
                "",
            ),
        ),
        people=(
            ("Ananya Iyer", "ananya.iyer@gmail.example.com"),
            ("Harpreet Singh Bedi", "harpreet@bedi-traders.example.in"),
        ),
        known=(
            expect("ananya.iyer@gmail.example.com", phone="+919812345678"),
            expect("harpreet@bedi-traders.example.in", phone="+919876012345"),
        ),
        notes="'Contact' holds the phone number, not a contact person; notes as JSON naming the referrer",
    ),
    Shape(
        name="loyverse-customers-th",
        product="Loyverse POS (customers)",
        language="th",
        source="recalled: Loyverse Back Office > Customers > Export: English titles (Customer name, Email, Phone, Address, ..., Customer code, Note, Points balance)",
        header=(
            "Customer name",
            "Email",
            "Phone",
            "Address",
            "City",
            "Province/state",
            "Postal code",
            "Country",
            "Customer code",
            "Note",
            "Points balance",
            "Total visits",
            "Total spent",
        ),
        rows=(
            (
                "สมชาย ใจดี",
                "somchai.j@hotmail.example.com",
                "081 234 5678",
                "99/1 ถนนนิมมานเหมินท์",
                "เชียงใหม่",
                "เชียงใหม่",
                "50200",
                "Thailand",
                "C0012",
                "ลูกค้าแนะนำโดย คุณวิภา",
                "120",
                "14",
                "4,250.00",
            ),
            (
                "กมลชนก ศรีสุข",
                "kamonchanok.s@gmail.example.com",
                "",
                "",
                "",
                "",
                "",
                "Thailand",
                "C0013",
                "",
                "0",
                "1",
                "180.00",
            ),
        ),
        people=(
            ("สมชาย ใจดี", "somchai.j@hotmail.example.com"),
            ("กมลชนก ศรีสุข", "kamonchanok.s@gmail.example.com"),
        ),
        known=(expect("somchai.j@hotmail.example.com", phone="+66812345678"),),
        notes="Thai names under English titles; a note naming the referrer",
    ),
    Shape(
        name="moka-pos-pelanggan-id",
        product="Moka POS (daftar pelanggan)",
        language="id",
        source="recalled: Moka's Back Office > Pelanggan exported to .xlsx: a title row, phone numbers stored as numbers (the leading 0 lost), birth dates as dates",
        header=(
            "Nama Pelanggan",
            "Email",
            "No. Telepon",
            "Jenis Kelamin",
            "Tanggal Lahir",
            "Alamat",
            "Catatan",
        ),
        preamble=((Spanned("Daftar Pelanggan - Toko Berkah Jaya", 7),), ()),
        rows=(
            (
                "Dewi Lestari",
                "dewi.lestari@gmail.example.com",
                Number(81234567890, "0"),
                "Perempuan",
                datetime.date(1990, 5, 17),
                "Jl. Kaliurang Km 5, Yogyakarta",
                "Member sejak 2022",
            ),
            (
                "Bambang Sutrisno",
                "bambang.s@yahoo.example.co.id",
                Number(85612345678, "0"),
                "Laki-laki",
                datetime.date(1978, 11, 2),
                "",
                "Suami Ibu Ratna",
            ),
        ),
        people=(
            ("Dewi Lestari", "dewi.lestari@gmail.example.com"),
            ("Bambang Sutrisno", "bambang.s@yahoo.example.co.id"),
        ),
        known=(
            expect("dewi.lestari@gmail.example.com", phone="81234567890"),
            expect("bambang.s@yahoo.example.co.id", phone="85612345678"),
        ),
        kind="workbook",
        suffix=".xlsx",
        sheet_title="Pelanggan",
        notes="a merged title row; phones as numbers without their leading zero; a note naming the wife",
    ),
    # --- practice software -------------------------------------------------------------
    Shape(
        name="doctolib-patients-fr",
        product="Doctolib (export patients)",
        language="fr",
        source="recalled: Doctolib Pro's patient base exported as CSV (';'): Civilité, Nom, Nom de naissance, Prénom, Email, Téléphone portable, Médecin traitant",
        header=(
            "Civilité",
            "Nom",
            "Nom de naissance",
            "Prénom",
            "Date de naissance",
            "Email",
            "Téléphone portable",
            "Téléphone fixe",
            "Médecin traitant",
            "Praticien",
            "Dernier rendez-vous",
        ),
        rows=(
            (
                "Mme",
                "Lefèvre",
                "Martin",
                "Élodie",
                "12/03/1984",
                "elodie.lefevre@orange.example.fr",
                "06 12 34 56 78",
                "",
                "Dr Bernard Roux",
                "Dr Claire Moreau",
                "20/11/2026",
            ),
            (
                "M.",
                "N'Diaye",
                "",
                "Mamadou",
                "02/09/1971",
                "mamadou.ndiaye@free.example.fr",
                "07 98 76 54 32",
                "01 45 67 89 10",
                "",
                "Dr Claire Moreau",
                "28/11/2026",
            ),
        ),
        people=(
            ("Élodie Lefèvre", "elodie.lefevre@orange.example.fr"),
            ("Mamadou N'Diaye", "mamadou.ndiaye@free.example.fr"),
        ),
        known=(
            expect("elodie.lefevre@orange.example.fr", phone="06 12 34 56 78"),
            expect("mamadou.ndiaye@free.example.fr", phone="07 98 76 54 32"),
        ),
        delimiter=";",
        encoding="utf-8-sig",
        notes="the birth name beside the name in use; the family doctor and the practitioner are other people",
    ),
    Shape(
        name="samedi-termine-de",
        product="samedi (Terminliste)",
        language="de",
        source="recalled: samedi's appointment list exported as CSV (';', cp1252): Patient Nachname, Patient Vorname, E-Mail, Telefon, Behandler, Kommentar",
        header=(
            "Datum",
            "Uhrzeit",
            "Patient Nachname",
            "Patient Vorname",
            "Geburtsdatum",
            "E-Mail",
            "Telefon",
            "Behandler",
            "Terminart",
            "Kommentar",
        ),
        rows=(
            (
                "04.12.2026",
                "08:30",
                "Brandt",
                "Günther",
                "14.06.1949",
                "g.brandt@t-online.example.de",
                "0221 555 8812",
                "Dr. med. Katrin Vogel",
                "Kontrolle",
                "Begleitung durch Tochter Anna Brandt",
            ),
            (
                "04.12.2026",
                "09:00",
                "Öztürk",
                "Zeynep",
                "01.02.1992",
                "zeynep.oeztuerk@web.example.de",
                "0176 44455566",
                "Dr. med. Katrin Vogel",
                "Erstgespräch",
                "",
            ),
        ),
        people=(
            ("Günther Brandt", "g.brandt@t-online.example.de"),
            ("Zeynep Öztürk", "zeynep.oeztuerk@web.example.de"),
        ),
        known=(
            expect("g.brandt@t-online.example.de", phone="0221 555 8812"),
            expect("zeynep.oeztuerk@web.example.de", phone="0176 44455566"),
        ),
        encoding="cp1252",
        delimiter=";",
        notes="the practitioner (Behandler) on every row; a comment naming the daughter",
    ),
    Shape(
        name="practo-patients",
        product="Practo Ray (patients)",
        language="en",
        source="recalled: Practo Ray's Patients exported as CSV: Patient ID, Patient Name, Mobile Number, Email Address, Doctor, Referred By",
        header=(
            "Patient ID",
            "Patient Name",
            "Mobile Number",
            "Email Address",
            "Gender",
            "Age",
            "Doctor",
            "Referred By",
            "Last Visit",
        ),
        rows=(
            (
                "P-1042",
                "Meenakshi Sundaram",
                "9840012345",
                "meenakshi.s@gmail.example.com",
                "F",
                "46",
                "Dr. Arvind Rao",
                "Dr. Lakshmi Narayan",
                "2026-11-18",
            ),
            (
                "P-1043",
                "Rohit Deshpande",
                "9922334455",
                "rohit.deshpande@rediff.example.com",
                "M",
                "33",
                "Dr. Arvind Rao",
                "",
                "2026-11-19",
            ),
        ),
        people=(
            ("Meenakshi Sundaram", "meenakshi.s@gmail.example.com"),
            ("Rohit Deshpande", "rohit.deshpande@rediff.example.com"),
        ),
        known=(
            expect("meenakshi.s@gmail.example.com", phone="9840012345"),
            expect("rohit.deshpande@rediff.example.com", phone="9922334455"),
        ),
        notes="the doctor and the referring doctor are other people",
    ),
    # --- real estate -------------------------------------------------------------------
    Shape(
        name="idealista-contactos-es",
        product="idealista (contactos de anuncios)",
        language="es",
        source="recalled: idealista's professional panel, contacts received for listings exported as CSV: Fecha, Referencia, Nombre, Email, Teléfono, Mensaje, Agente asignado",
        header=(
            "Fecha",
            "Referencia del anuncio",
            "Dirección del inmueble",
            "Nombre",
            "Email",
            "Teléfono",
            "Mensaje",
            "Agente asignado",
        ),
        rows=(
            (
                "02/12/2026",
                "INM-3381",
                "Calle de Alcalá 120, Madrid",
                "Begoña Etxeberria",
                "begona.etxe@telefonica.example.es",
                "+34 612 345 678",
                "Hola, llamo de parte de Marta Ruiz, ¿se puede visitar el sábado?",
                "Sergio Llorente",
            ),
            (
                "03/12/2026",
                "INM-3390",
                "Carrer de Mallorca 401, Barcelona",
                "Jordi Puig i Serra",
                "jordi.puig@gmail.example.com",
                "",
                "M'interessa el pis.",
                "Sergio Llorente",
            ),
        ),
        people=(
            ("Begoña Etxeberria", "begona.etxe@telefonica.example.es"),
            ("Jordi Puig i Serra", "jordi.puig@gmail.example.com"),
        ),
        known=(expect("begona.etxe@telefonica.example.es", phone="+34612345678"),),
        notes="a message naming another person; the agent assigned on every row",
    ),
    Shape(
        name="99acres-responses",
        product="99acres (responses)",
        language="en",
        source="recalled: 99acres' Manage Responses downloaded as CSV: the seeker's name, email and mobile, the property, the sub-user the response is assigned to",
        header=(
            "Response Date",
            "Name",
            "Email",
            "Mobile",
            "Property ID",
            "Project/Locality",
            "Query",
            "Assigned To",
            "Lead Source",
        ),
        rows=(
            (
                "05-Dec-2026",
                "Sandeep Malhotra",
                "sandeep.malhotra@gmail.example.com",
                "+91-9811122233",
                "A71234567",
                "DLF Phase 3, Gurgaon",
                "Is the rent negotiable?",
                "Neha Arora",
                "99acres",
            ),
            (
                "06-Dec-2026",
                "Farah Qureshi",
                "farah.q@yahoo.example.co.in",
                "+91-9988776655",
                "A71234890",
                "Bandra West, Mumbai",
                "Call after 6 pm",
                "Neha Arora",
                "99acres",
            ),
        ),
        people=(
            ("Sandeep Malhotra", "sandeep.malhotra@gmail.example.com"),
            ("Farah Qureshi", "farah.q@yahoo.example.co.in"),
        ),
        known=(
            expect("sandeep.malhotra@gmail.example.com", phone="+919811122233"),
            expect("farah.q@yahoo.example.co.in", phone="+919988776655"),
        ),
        notes="the agent (Assigned To) is a teammate",
    ),
    # --- mail clients ------------------------------------------------------------------
    Shape(
        name="claws-mail-ldif-no",
        product="Claws Mail (address book exported to LDIF)",
        language="no",
        source="recalled: Claws Mail's Tools > Export LDIF: dn from cn under a suffix, inetOrgPerson, every address a mail line, non-ASCII values base64",
        header=(),
        rows=text_lines(_CLAWS_LDIF),
        people=(
            ("Sigrid Halvorsen", "sigrid.halvorsen@uio.example.no"),
            ("Bjørn Ødegård", "bjorn.odegard@telenor.example.no"),
        ),
        kind="text",
        suffix=".ldif",
        notes="two mail lines for one person; base64 Norwegian letters",
    ),
    Shape(
        name="sylpheed-addressbook-ja",
        product="Sylpheed (address book CSV export)",
        language="ja",
        source="recalled: Sylpheed's address book exported as CSV on Japanese Windows (cp932): Name, E-mail Address, Remarks, Nick Name, First Name, Last Name",
        header=("Name", "E-mail Address", "Remarks", "Nick Name", "First Name", "Last Name"),
        rows=(
            (
                "佐藤 美咲",
                "misaki.sato@nifty.example.jp",
                "山本さんの同僚",
                "みさき",
                "美咲",
                "佐藤",
            ),
            ("鈴木 一郎", "ichiro.suzuki@biglobe.example.ne.jp", "", "", "一郎", "鈴木"),
        ),
        people=(
            ("佐藤 美咲", "misaki.sato@nifty.example.jp"),
            ("鈴木 一郎", "ichiro.suzuki@biglobe.example.ne.jp"),
        ),
        encoding="cp932",
        notes="a remark naming a colleague; a nickname in kana",
    ),
    Shape(
        name="pegasus-mail-addressbook",
        product="Pegasus Mail (address book export)",
        language="en",
        source="recalled: Pegasus Mail's address book exported as comma-delimited text (cp1252): Name, Key, Address (the email), Postal address, Phone, Fax, Notes",
        header=("Name", "Key", "Address", "Postal address", "Phone", "Fax", "Notes"),
        rows=(
            (
                "Siân Prys-Jones",
                "sian",
                "sian.prysjones@bangor.example.ac.uk",
                "Coleg Normal, Bangor LL57 2PZ",
                "01248 555123",
                "",
                "Chairs the Eisteddfod committee",
            ),
            (
                "Declan Murphy",
                "dmurphy",
                "declan.murphy@ucc.example.ie",
                "College Road, Cork",
                "",
                "021 490 3000",
                "Brother of Aoife Murphy",
            ),
        ),
        people=(
            ("Siân Prys-Jones", "sian.prysjones@bangor.example.ac.uk"),
            ("Declan Murphy", "declan.murphy@ucc.example.ie"),
        ),
        known=(expect("sian.prysjones@bangor.example.ac.uk", phone="01248 555123"),),
        encoding="cp1252",
        notes="'Address' holds the email address, 'Postal address' the street; a fax; notes naming people",
    ),
    Shape(
        name="mutt-aliases",
        product="Mutt (alias file)",
        language="pt",
        source="code corpus: mutt alias lines as alias-file readers parse them ('alias nick Name <addr>', 'alias nick addr (Name)', a group of nicknames)",
        header=(),
        rows=text_lines(_MUTT),
        people=(
            ("Ana Lima", "ana.lima@sapo.example.pt"),
            ("João Ribeiro", "joao.ribeiro@fe.example.pt"),
            ("Tiago Santos", "tiago.santos@ist.example.pt"),
        ),
        kind="text",
        suffix=".txt",
        notes="one alias a line: a nickname, then the name and address in two forms; a comment line; a group of nicknames is no person",
    ),
    Shape(
        name="alpine-addressbook",
        product="Alpine (.addressbook)",
        language="es",
        source="recalled: Alpine's .addressbook: no header, tab-separated nickname, full name (filed 'Last, First'), address, fcc, comment; a list's addresses in parentheses",
        header=(),
        rows=(
            ("mvega", "Vega, María José", "mjvega@uam.example.es", "", "met at IETF"),
            ("pdiaz", "Díaz, Pablo", "pablo.diaz@csic.example.es", "", ""),
            ("rgarcia", "García Pérez, Rocío", "rocio.garcia@ugr.example.es", "", ""),
            ("lab", "Lab list", "(mjvega@uam.example.es,pablo.diaz@csic.example.es)", "", ""),
        ),
        people=(
            ("María José Vega", "mjvega@uam.example.es"),
            ("Pablo Díaz", "pablo.diaz@csic.example.es"),
            ("Rocío García Pérez", "rocio.garcia@ugr.example.es"),
        ),
        delimiter="\t",
        line_end="\n",
        suffix=".txt",
        notes="no header; names filed 'Family, Given'; a list's entry holding its members' addresses is no person",
    ),
    # --- phones' vCards ----------------------------------------------------------------
    Shape(
        name="hmd-nokia-vcards-fi",
        product="HMD Nokia phone (Contacts export)",
        language="fi",
        source="recalled: an HMD Nokia (Android One) phone's Contacts > Export to .vcf: vCard 2.1, quoted-printable UTF-8",
        header=(),
        rows=text_lines(_HMD_NOKIA),
        people=(
            ("Päivi Järvinen", "paivi.jarvinen@elisa.example.fi"),
            ("Jussi Mäkelä", "jussi@rakennusmakela.example.fi"),
        ),
        known=(
            expect("paivi.jarvinen@elisa.example.fi", phone="+358401234567"),
            expect(
                "jussi@rakennusmakela.example.fi",
                phone="09 555 1234",
                company="Rakennus Mäkelä Oy",
                job_title="Toimitusjohtaja",
            ),
        ),
        kind="vcard",
        suffix=".vcf",
        notes="Finnish letters quoted-printable",
    ),
    Shape(
        name="realme-vcards-te",
        product="realme phone (Contacts export)",
        language="te",
        source="recalled: a realme (realme UI) phone's contacts exported as vCard 2.1: Telugu names quoted-printable, an X-ANDROID-CUSTOM nickname",
        header=(),
        rows=text_lines(_REALME),
        people=(
            ("వెంకట రెడ్డి", "venkata.reddy@gmail.example.com"),
            ("శ్రీ లక్ష్మి", "sri.lakshmi@yahoo.example.co.in"),
        ),
        known=(
            expect("venkata.reddy@gmail.example.com", phone="+919848012345"),
            expect("sri.lakshmi@yahoo.example.co.in", phone="+919440067890"),
        ),
        kind="vcard",
        suffix=".vcf",
        notes="Telugu vowel signs and a virama quoted-printable; a nickname in an X- line",
    ),
    Shape(
        name="fairphone-eos-vcards-nl",
        product="Fairphone with /e/OS (Contacts export)",
        language="nl",
        source="recalled: /e/OS Contacts' export (a Fairphone): vCard 3.0 with a PRODID, ORG with its unit, two EMAIL of which one PREF, a NOTE naming a relative",
        header=(),
        rows=text_lines(_FAIRPHONE),
        people=(
            ("Pieter Jansen", "p.jansen@utrecht.example.nl"),
            ("Sanne de Vries", "sanne.devries@ziggo.example.nl"),
        ),
        known=(
            expect(
                "p.jansen@utrecht.example.nl",
                phone="+31612345678",
                company="Gemeente Utrecht",
                job_title="Adviseur",
            ),
            expect("sanne.devries@ziggo.example.nl", other_emails=("s.devries@rabo.example.nl",)),
        ),
        kind="vcard",
        suffix=".vcf",
        notes="a nickname; the particle 'de' in N's family name; a note naming a sister",
    ),
    # --- LDIF of mail servers ----------------------------------------------------------
    Shape(
        name="zimbra-ldif-sl",
        product="Zimbra Collaboration (LDAP dump)",
        language="sl",
        source="recalled: Zimbra's LDAP (ldapsearch of ou=people): zimbraAccount entries with zimbraMailAlias and a forwarding address, a zimbraDistributionList and a zimbraCalendarResource among them; non-ASCII base64",
        header=(),
        rows=text_lines(_ZIMBRA_LDIF),
        people=(
            ("Tomaž Novak", "tomaz.novak@firma.example.si"),
            ("Maja Krajnc Žagar", "maja.krajnc@firma.example.si"),
        ),
        known=(
            expect(
                "tomaz.novak@firma.example.si",
                phone="+38612345678",
                job_title="Vodja nabave",
                other_emails=("tnovak@firma.example.si",),
            ),
        ),
        kind="text",
        suffix=".ldif",
        notes="a distribution list and a meeting room have addresses and names but are no persons; the alias a second mail line",
    ),
    Shape(
        name="kopano-ldif-de",
        product="Kopano (LDAP users)",
        language="de",
        source="recalled: an OpenLDAP backend of Kopano dumped with slapcat: kopano-user entries (kopanoAliases, kopanoAdmin), a kopano-group",
        header=(),
        rows=text_lines(_KOPANO_LDIF),
        people=(
            ("Matthias Becker", "m.becker@kanzlei.example.de"),
            ("Jörg-Sören Jung", "s.jung@kanzlei.example.de"),
        ),
        known=(
            expect("m.becker@kanzlei.example.de"),
            expect("s.jung@kanzlei.example.de", job_title="Rechtsanwaltsfachangestellte"),
        ),
        kind="text",
        suffix=".ldif",
        notes="the office's shared address as an alias of one user; a posix group of uids",
    ),
    # --- workbooks typed in languages still thin ------------------------------------------
    Shape(
        name="excel-et-tootajad-xlsx",
        product="Excel (Estonian staff list)",
        language="et",
        source="recalled: a staff list typed in Excel in Estonian: a merged title, Eesnimi, Perekonnanimi, E-post, Telefon (a number), Asutus, Ametikoht",
        header=("Eesnimi", "Perekonnanimi", "E-post", "Telefon", "Asutus", "Ametikoht"),
        preamble=((Spanned("Töötajate nimekiri 2026", 6),),),
        rows=(
            (
                "Kärt",
                "Tamm",
                "kart.tamm@tartu.example.ee",
                Number(5123456, "0"),
                "Tartu Linnavalitsus",
                "Spetsialist",
            ),
            (
                "Jüri",
                "Õunapuu",
                "jyri.ounapuu@tartu.example.ee",
                Number(53987654, "0"),
                "Tartu Linnavalitsus",
                "Osakonnajuhataja",
            ),
        ),
        people=(
            ("Kärt Tamm", "kart.tamm@tartu.example.ee"),
            ("Jüri Õunapuu", "jyri.ounapuu@tartu.example.ee"),
        ),
        known=(
            expect(
                "kart.tamm@tartu.example.ee",
                phone="5123456",
                company="Tartu Linnavalitsus",
                job_title="Spetsialist",
            ),
            expect(
                "jyri.ounapuu@tartu.example.ee",
                phone="53987654",
                company="Tartu Linnavalitsus",
                job_title="Osakonnajuhataja",
            ),
        ),
        kind="workbook",
        suffix=".xlsx",
        sheet_title="Töötajad",
        notes="a merged title row; phones as numbers",
    ),
    Shape(
        name="calc-sk-zoznam-ods",
        product="LibreOffice Calc (Slovak contact list)",
        language="sk",
        source="recalled: a contact list typed in LibreOffice Calc in Slovak, saved as .ods: Titul, Meno, Priezvisko, E-mail, Telefón, Firma, Funkcia, Poznámka",
        header=("Titul", "Meno", "Priezvisko", "E-mail", "Telefón", "Firma", "Funkcia", "Poznámka"),
        rows=(
            (
                "Ing.",
                "Ľubica",
                "Štefánková",
                "lubica.stefankova@azet.example.sk",
                "+421 905 123 456",
                "Stavby Žilina s.r.o.",
                "konateľka",
                "zastupuje ju Peter Hudák",
            ),
            ("", "Ján", "Ďurčo", "jan.durco@post.example.sk", "", "", "", ""),
        ),
        people=(
            ("Ľubica Štefánková", "lubica.stefankova@azet.example.sk"),
            ("Ján Ďurčo", "jan.durco@post.example.sk"),
        ),
        known=(
            expect(
                "lubica.stefankova@azet.example.sk",
                phone="+421905123456",
                company="Stavby Žilina s.r.o.",
                job_title="konateľka",
            ),
        ),
        kind="ods",
        suffix=".ods",
        notes="a degree (Ing.) in its own column; a note naming the deputy",
    ),
    Shape(
        name="excel-sl-seznam-xls",
        product="Excel 97-2003 (Slovenian list)",
        language="sl",
        source="recalled: a list typed in Excel in Slovenian, saved as .xls: Ime in priimek, Elektronska pošta, Telefon, Podjetje, Delovno mesto",
        header=("Ime in priimek", "Elektronska pošta", "Telefon", "Podjetje", "Delovno mesto"),
        rows=(
            (
                "Špela Kovačič",
                "spela.kovacic@siol.example.net",
                "041 123 456",
                "Mercator d.d.",
                "Vodja prodaje",
            ),
            ("Žiga Horvat", "ziga.horvat@gmail.example.com", "", "", ""),
        ),
        people=(
            ("Špela Kovačič", "spela.kovacic@siol.example.net"),
            ("Žiga Horvat", "ziga.horvat@gmail.example.com"),
        ),
        known=(
            expect(
                "spela.kovacic@siol.example.net",
                phone="041 123 456",
                company="Mercator d.d.",
                job_title="Vodja prodaje",
            ),
        ),
        kind="xls",
        suffix=".xls",
        notes="one whole-name column in Slovenian",
    ),
    Shape(
        name="excel-pa-suchi-xlsx",
        product="Excel (Punjabi list)",
        language="pa",
        source="recalled: a gurdwara committee's list typed in Excel in Punjabi (Gurmukhi): ਨਾਮ, ਈਮੇਲ, ਫ਼ੋਨ ਨੰਬਰ, ਪਿੰਡ",
        header=("ਨਾਮ", "ਈਮੇਲ", "ਫ਼ੋਨ ਨੰਬਰ", "ਪਿੰਡ"),
        rows=(
            ("ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ", "gurpreet.singh@gmail.example.com", "98140 12345", "ਮੋਗਾ"),
            ("ਹਰਜੀਤ ਕੌਰ", "harjeet.kaur@yahoo.example.co.in", "98765 43210", "ਬਠਿੰਡਾ"),
        ),
        people=(
            ("ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ", "gurpreet.singh@gmail.example.com"),
            ("ਹਰਜੀਤ ਕੌਰ", "harjeet.kaur@yahoo.example.co.in"),
        ),
        known=(
            expect("gurpreet.singh@gmail.example.com", phone="98140 12345"),
            expect("harjeet.kaur@yahoo.example.co.in", phone="98765 43210"),
        ),
        kind="xlsx",
        suffix=".xlsx",
        notes="Gurmukhi with vowel signs and a virama; the village column holds place names",
    ),
    Shape(
        name="excel-gu-yadi",
        product="Excel (Gujarati list, CSV UTF-8)",
        language="gu",
        source="recalled: a list typed in Excel in Gujarati and saved as CSV UTF-8: નામ, અટક, ઈમેલ, મોબાઈલ, કંપની",
        header=("નામ", "અટક", "ઈમેલ", "મોબાઈલ", "કંપની"),
        rows=(
            ("હેતલ", "પટેલ", "hetal.patel@gmail.example.com", "98250 11223", "પટેલ ટ્રેડર્સ"),
            ("જીગ્નેશ", "શાહ", "jignesh.shah@rediff.example.com", "", ""),
        ),
        people=(
            ("હેતલ પટેલ", "hetal.patel@gmail.example.com"),
            ("જીગ્નેશ શાહ", "jignesh.shah@rediff.example.com"),
        ),
        known=(expect("hetal.patel@gmail.example.com", phone="98250 11223", company="પટેલ ટ્રેડર્સ"),),
        encoding="utf-8-sig",
        notes="the given name (નામ) and the surname (અટક) apart",
    ),
    Shape(
        name="excel-ml-pattika",
        product="Excel (Malayalam list, CSV UTF-8)",
        language="ml",
        source="recalled: a list typed in Excel in Malayalam and saved as CSV UTF-8: പേര്, ഇമെയിൽ, ഫോൺ, സ്ഥാപനം",
        header=("പേര്", "ഇമെയിൽ", "ഫോൺ", "സ്ഥാപനം"),
        rows=(
            ("അനിൽ കുമാർ", "anil.kumar@gmail.example.com", "94470 12345", "കേരള ബാങ്ക്"),
            ("ശ്രീദേവി നായർ", "sreedevi.nair@yahoo.example.co.in", "", ""),
        ),
        people=(
            ("അനിൽ കുമാർ", "anil.kumar@gmail.example.com"),
            ("ശ്രീദേവി നായർ", "sreedevi.nair@yahoo.example.co.in"),
        ),
        known=(expect("anil.kumar@gmail.example.com", phone="94470 12345", company="കേരള ബാങ്ക്"),),
        encoding="utf-8-sig",
        notes="Malayalam chillu letters and a virama at a word's end",
    ),
    Shape(
        name="excel-ps-lest",
        product="Excel (Pashto list, CSV UTF-8)",
        language="ps",
        source="recalled: a list typed in Excel in Pashto and saved as CSV UTF-8: نوم, تخلص, برېښنالیک, ټیلیفون",
        header=("نوم", "تخلص", "برېښنالیک", "ټیلیفون"),
        rows=(
            ("احمد", "وردګ", "ahmad.wardak@gmail.example.com", "+93 70 123 4567"),
            ("ملالۍ", "یوسفزۍ", "malalai.y@yahoo.example.com", ""),
        ),
        people=(
            ("احمد وردګ", "ahmad.wardak@gmail.example.com"),
            ("ملالۍ یوسفزۍ", "malalai.y@yahoo.example.com"),
        ),
        known=(expect("ahmad.wardak@gmail.example.com", phone="+93701234567"),),
        encoding="utf-8-sig",
        notes="the given name (نوم) and the surname (تخلص) apart, right to left",
    ),
    Shape(
        name="excel-ku-liste-cp1254",
        product="Excel (Kurdish Kurmanji list, CSV)",
        language="ku",
        source="recalled: a list typed in Excel in Kurmanji on Turkish Windows and saved as CSV (';', cp1254): Nav, Paşnav, E-name, Telefon, Bajar",
        header=("Nav", "Paşnav", "E-name", "Telefon", "Bajar"),
        rows=(
            ("Şêrko", "Zêbarî", "sherko.zebari@gmail.example.com", "0532 123 45 67", "Amed"),
            ("Rojda", "Aydın", "rojda.aydin@hotmail.example.com", "", "Wan"),
        ),
        people=(
            ("Şêrko Zêbarî", "sherko.zebari@gmail.example.com"),
            ("Rojda Aydın", "rojda.aydin@hotmail.example.com"),
        ),
        known=(expect("sherko.zebari@gmail.example.com", phone="0532 123 45 67"),),
        encoding="cp1254",
        delimiter=";",
        notes="Kurmanji ê, î, ş in Turkish Windows' code page; the given name (Nav) and the surname (Paşnav) apart",
    ),
    Shape(
        name="excel-so-liiska",
        product="Excel (Somali list, CSV UTF-8)",
        language="so",
        source="recalled: a list typed in Excel in Somali and saved as CSV UTF-8: Magaca, Magaca Aabbaha, Magaca Awoowaha, Iimayl, Taleefan",
        header=("Magaca", "Magaca Aabbaha", "Magaca Awoowaha", "Iimayl", "Taleefan"),
        rows=(
            ("Faadumo", "Cabdi", "Xasan", "faadumo.cabdi@gmail.example.com", "+252 61 5123456"),
            ("Maxamed", "Cali", "Warsame", "maxamed.cali@hotmail.example.com", ""),
        ),
        people=(
            ("Faadumo Cabdi Xasan", "faadumo.cabdi@gmail.example.com"),
            ("Maxamed Cali Warsame", "maxamed.cali@hotmail.example.com"),
        ),
        known=(expect("faadumo.cabdi@gmail.example.com", phone="+252615123456"),),
        encoding="utf-8-sig",
        notes="a Somali name: one's own, the father's and the grandfather's in three columns",
    ),
    # --- legacy code pages no round used -----------------------------------------------
    Shape(
        name="dos-lt-sarasas-cp775",
        product="a DOS accounting program (Lithuanian, cp775)",
        language="lt",
        source="recalled: a client list written by a DOS-era accounting program in the Baltic DOS code page 775 (';')",
        header=("Vardas", "Pavardė", "El. paštas", "Telefonas", "Įmonė"),
        rows=(
            (
                "Žygimantas",
                "Šimkus",
                "zygimantas.simkus@takas.example.lt",
                "8 612 34567",
                "UAB „Šviesa“",
            ),
            ("Rūta", "Jankauskienė", "ruta.jankauskiene@gmail.example.com", "", ""),
        ),
        people=(
            ("Žygimantas Šimkus", "zygimantas.simkus@takas.example.lt"),
            ("Rūta Jankauskienė", "ruta.jankauskiene@gmail.example.com"),
        ),
        known=(
            expect(
                "zygimantas.simkus@takas.example.lt", phone="8 612 34567", company="UAB „Šviesa“"
            ),
        ),
        encoding="cp775",
        delimiter=";",
        notes="Lithuanian letters where DOS Baltic puts them (not cp1257)",
    ),
    Shape(
        name="excel-ro-lista-iso8859-16",
        product="a Romanian list (ISO-8859-16)",
        language="ro",
        source="recalled: a list exported by a Linux tool set to ISO-8859-16 (Latin-10): ș and ț with a comma below",
        header=("Nume", "Prenume", "Email", "Telefon", "Firmă"),
        rows=(
            (
                "Țurcanu",
                "Ștefan",
                "stefan.turcanu@rdslink.example.ro",
                "0722 123 456",
                "Construcții Bistrița SRL",
            ),
            ("Mărgărit", "Ioana", "ioana.margarit@yahoo.example.com", "", ""),
        ),
        people=(
            ("Ștefan Țurcanu", "stefan.turcanu@rdslink.example.ro"),
            ("Ioana Mărgărit", "ioana.margarit@yahoo.example.com"),
        ),
        known=(
            expect(
                "stefan.turcanu@rdslink.example.ro",
                phone="0722 123 456",
                company="Construcții Bistrița SRL",
            ),
        ),
        encoding="iso8859_16",
        notes="comma-below letters, family name first in the columns",
    ),
    Shape(
        name="dos-ar-qaima-cp720",
        product="a DOS program (Arabic, cp720)",
        language="ar",
        source="recalled: a customer list written by a DOS-era Arabic accounting program in code page 720",
        header=("الاسم", "البريد الإلكتروني", "الهاتف", "الشركة"),
        rows=(
            ("محمد العلي", "m.alali@batelco.example.bh", "+973 3612 3456", "شركة النور للتجارة"),
            ("فاطمة الزهراء", "fatima.zahra@gmail.example.com", "", ""),
        ),
        people=(
            ("محمد العلي", "m.alali@batelco.example.bh"),
            ("فاطمة الزهراء", "fatima.zahra@gmail.example.com"),
        ),
        known=(
            expect(
                "m.alali@batelco.example.bh", phone="+97336123456", company="شركة النور للتجارة"
            ),
        ),
        encoding="cp720",
        notes="Arabic in the DOS code page 720, not cp1256",
    ),
    Shape(
        name="excel-mac-ru-spisok-maccyrillic",
        product="Excel for Mac (Russian, CSV Macintosh)",
        language="ru",
        source="recalled: Excel 2008 for Mac's 'CSV (Macintosh)' on a Russian system: MacCyrillic, CR line ends, ';'",
        header=("Фамилия", "Имя", "Отчество", "E-mail", "Телефон", "Организация"),
        rows=(
            (
                "Ёлкина",
                "Ольга",
                "Сергеевна",
                "o.yolkina@mail.example.ru",
                "+7 495 123-45-67",
                "ООО Вектор",
            ),
            ("Шевчук", "Юрий", "Андреевич", "yu.shevchuk@yandex.example.ru", "", ""),
        ),
        people=(
            ("Ольга Сергеевна Ёлкина", "o.yolkina@mail.example.ru"),
            ("Юрий Андреевич Шевчук", "yu.shevchuk@yandex.example.ru"),
        ),
        known=(expect("o.yolkina@mail.example.ru", phone="+74951234567", company="ООО Вектор"),),
        encoding="mac_cyrillic",
        delimiter=";",
        line_end="\r",
        notes="capitals where MacCyrillic has them (0x80-0x9F), CR line ends as MacRoman files have",
    ),
    Shape(
        name="hz-tongxunlu-zh",
        product="a Chinese mail client's address book (HZ)",
        language="zh",
        source="recalled: an address book saved by a 1990s Chinese mail/Usenet tool in HZ (RFC 1843): 7-bit, GB2312 between ~{ and ~}",
        header=("姓名", "电子邮件", "单位", "电话"),
        rows=(
            ("王晓明", "wangxm@pku.example.edu.cn", "北京大学", "010-6275 1234"),
            ("陈丽华", "chenlh@fudan.example.edu.cn", "", ""),
        ),
        people=(
            ("王晓明", "wangxm@pku.example.edu.cn"),
            ("陈丽华", "chenlh@fudan.example.edu.cn"),
        ),
        known=(expect("wangxm@pku.example.edu.cn", phone="010-6275 1234", company="北京大学"),),
        encoding="hz",
        notes="every byte ASCII (valid UTF-8): the Chinese is GB2312 between ~{ and ~}",
    ),
    Shape(
        name="iso2022jp-addressbook-ja",
        product="a Japanese Unix mail tool's address book (ISO-2022-JP)",
        language="ja",
        source="recalled: an address book CSV written by a Japanese Unix mail tool in JIS (ISO-2022-JP), the code of Japanese e-mail: 7-bit with ESC sequences",
        header=("氏名", "メールアドレス", "会社名", "電話番号"),
        rows=(
            ("山田 太郎", "taro.yamada@ocn.example.ne.jp", "株式会社さくら商事", "03-1234-5678"),
            ("小林 直子", "naoko.kobayashi@so-net.example.ne.jp", "", ""),
        ),
        people=(
            ("山田 太郎", "taro.yamada@ocn.example.ne.jp"),
            ("小林 直子", "naoko.kobayashi@so-net.example.ne.jp"),
        ),
        known=(
            expect(
                "taro.yamada@ocn.example.ne.jp", phone="03-1234-5678", company="株式会社さくら商事"
            ),
        ),
        encoding="iso2022_jp",
        notes="every byte ASCII but ESC: the kanji are JIS X 0208 between ESC $ B and ESC ( B",
    ),
    Shape(
        name="hk-crm-kehu-big5hkscs",
        product="a Hong Kong CRM (Big5-HKSCS)",
        language="zh",
        source="recalled: a customer list exported by a Hong Kong CRM in Big5-HKSCS: names and housing estates (邨) with characters Big5 lacks",
        header=("客戶名稱", "電郵", "電話", "地址"),
        rows=(
            ("李卓峯", "cheukfung.lee@netvigator.example.hk", "9123 4567", "石硤尾邨美映樓"),
            ("陳嘉欣", "kayan.chan@yahoo.example.com.hk", "", "麗港城"),
        ),
        people=(
            ("李卓峯", "cheukfung.lee@netvigator.example.hk"),
            ("陳嘉欣", "kayan.chan@yahoo.example.com.hk"),
        ),
        known=(expect("cheukfung.lee@netvigator.example.hk", phone="9123 4567"),),
        encoding="big5hkscs",
        notes="峯 and 邨 are HKSCS characters: bytes Big5 and cp950 can't decode",
    ),
    # --- added after the first fixes ------------------------------------------------------
    Shape(
        name="excel-kn-pattiy-xlsx",
        product="Excel (Kannada list)",
        language="kn",
        source="recalled: a list typed in Excel in Kannada: ಹೆಸರು, ಇಮೇಲ್, ದೂರವಾಣಿ, ಊರು",
        header=("ಹೆಸರು", "ಇಮೇಲ್", "ದೂರವಾಣಿ", "ಊರು"),
        rows=(
            ("ರಮೇಶ್ ಗೌಡ", "ramesh.gowda@gmail.example.com", "98450 12345", "ಮೈಸೂರು"),
            ("ಸುಮಾ ಹೆಗ್ಡೆ", "suma.hegde@yahoo.example.co.in", "", "ಉಡುಪಿ"),
        ),
        people=(
            ("ರಮೇಶ್ ಗೌಡ", "ramesh.gowda@gmail.example.com"),
            ("ಸುಮಾ ಹೆಗ್ಡೆ", "suma.hegde@yahoo.example.co.in"),
        ),
        known=(expect("ramesh.gowda@gmail.example.com", phone="98450 12345"),),
        kind="xlsx",
        suffix=".xlsx",
        notes="Kannada vowel signs and viramas; the town column holds place names",
    ),
    Shape(
        name="excel-ti-zirzir",
        product="Excel (Tigrinya list, CSV UTF-8)",
        language="ti",
        source="recalled: a community association's list typed in Excel in Tigrinya (Ge'ez script): ስም, ስም ኣቦ, ኢመይል, ቴሌፎን",
        header=("ስም", "ስም ኣቦ", "ኢመይል", "ቴሌፎን"),
        rows=(
            ("ሳባ", "ተስፋይ", "saba.tesfay@gmail.example.com", "+291 7 123456"),
            ("ዳዊት", "ገብረሚካኤል", "dawit.gm@yahoo.example.com", ""),
        ),
        people=(
            ("ሳባ ተስፋይ", "saba.tesfay@gmail.example.com"),
            ("ዳዊት ገብረሚካኤል", "dawit.gm@yahoo.example.com"),
        ),
        known=(expect("saba.tesfay@gmail.example.com", phone="+2917123456"),),
        encoding="utf-8-sig",
        notes="an Eritrean name: one's own and the father's (ስም ኣቦ), in two columns",
    ),
    Shape(
        name="lv-saraksts-iso8859-4",
        product="a Latvian list (ISO-8859-4)",
        language="lv",
        source="recalled: a member list written by an old Unix tool set to ISO-8859-4 (Latin-4)",
        header=("Vārds", "Uzvārds", "E-pasts", "Tālrunis"),
        rows=(
            ("Ģirts", "Ozoliņš", "girts.ozolins@inbox.example.lv", "+371 2912 3456"),
            ("Līga", "Bērziņa", "liga.berzina@apollo.example.lv", ""),
        ),
        people=(
            ("Ģirts Ozoliņš", "girts.ozolins@inbox.example.lv"),
            ("Līga Bērziņa", "liga.berzina@apollo.example.lv"),
        ),
        known=(expect("girts.ozolins@inbox.example.lv", phone="+37129123456"),),
        encoding="iso8859_4",
        delimiter=";",
        notes="Latvian letters where Latin-4 puts them",
    ),
    Shape(
        name="th-raichue-tis620",
        product="a Thai list (TIS-620)",
        language="th",
        source="recalled: a customer list written by a Thai accounting program in TIS-620",
        header=("ชื่อ", "นามสกุล", "อีเมล", "โทรศัพท์", "บริษัท"),
        rows=(
            (
                "วิภาวดี",
                "รุ่งเรือง",
                "wipawadee.r@hotmail.example.com",
                "02 123 4567",
                "บริษัท รุ่งเรืองพาณิชย์ จำกัด",
            ),
            ("ธนากร", "ศรีวงศ์", "thanakorn.s@gmail.example.com", "", ""),
        ),
        people=(
            ("วิภาวดี รุ่งเรือง", "wipawadee.r@hotmail.example.com"),
            ("ธนากร ศรีวงศ์", "thanakorn.s@gmail.example.com"),
        ),
        known=(
            expect(
                "wipawadee.r@hotmail.example.com",
                phone="02 123 4567",
                company="บริษัท รุ่งเรืองพาณิชย์ จำกัด",
            ),
        ),
        encoding="tis_620",
        notes="TIS-620: cp874 without Microsoft's additions",
    ),
    Shape(
        name="eventee-attendees",
        product="Eventee (attendees export)",
        language="en",
        source="recalled: Eventee's admin, Attendees exported as CSV: name, email, company, position, ticket, the partner who invited",
        header=(
            "Name",
            "Email",
            "Company",
            "Position",
            "Ticket",
            "Invited by partner",
            "Checked in",
        ),
        rows=(
            (
                "Tereza Dvořáková",
                "tereza.dvorakova@seznam.example.cz",
                "Kiwi.com",
                "Product Designer",
                "Speaker",
                "",
                "yes",
            ),
            (
                "Marek Horváth",
                "marek.horvath@eset.example.sk",
                "ESET",
                "Security Researcher",
                "Partner",
                "Lucie Benešová",
                "no",
            ),
        ),
        people=(
            ("Tereza Dvořáková", "tereza.dvorakova@seznam.example.cz"),
            ("Marek Horváth", "marek.horvath@eset.example.sk"),
        ),
        known=(
            expect(
                "tereza.dvorakova@seznam.example.cz",
                company="Kiwi.com",
                job_title="Product Designer",
            ),
            expect(
                "marek.horvath@eset.example.sk", company="ESET", job_title="Security Researcher"
            ),
        ),
        notes="the inviting partner's contact named on one row",
    ),
    Shape(
        name="pandadoc-contacts",
        product="PandaDoc (contacts)",
        language="en",
        source="recalled: PandaDoc's Contacts exported as CSV: First Name, Last Name, Email, Company, Job Title, Phone, State, Owner",
        header=(
            "First Name",
            "Last Name",
            "Email",
            "Company",
            "Job Title",
            "Phone",
            "State",
            "Owner",
        ),
        rows=(
            (
                "Imogen",
                "Clarke",
                "imogen.clarke@harbourlaw.example.co.uk",
                "Harbour Law LLP",
                "Partner",
                "+44 20 7946 0123",
                "London",
                "sam.patel@ourfirm.example.com",
            ),
            (
                "Deepak",
                "Nair",
                "deepak.nair@tatva.example.in",
                "Tatva Consulting",
                "",
                "",
                "",
                "sam.patel@ourfirm.example.com",
            ),
            (
                "Lucía",
                "Fernández",
                "lucia.fernandez@sol.example.es",
                "",
                "",
                "",
                "",
                "ana.ruiz@ourfirm.example.com",
            ),
        ),
        people=(
            ("Imogen Clarke", "imogen.clarke@harbourlaw.example.co.uk"),
            ("Deepak Nair", "deepak.nair@tatva.example.in"),
            ("Lucía Fernández", "lucia.fernandez@sol.example.es"),
        ),
        known=(
            expect(
                "imogen.clarke@harbourlaw.example.co.uk",
                phone="+442079460123",
                company="Harbour Law LLP",
                job_title="Partner",
            ),
            expect("deepak.nair@tatva.example.in", company="Tatva Consulting"),
        ),
        notes="the owner, a teammate's address, on every row; 'Partner' a job title; 'State' a region",
    ),
    Shape(
        name="lastpass-users",
        product="LastPass Business (users export)",
        language="en",
        source="recalled: LastPass' Admin Console > Users exported as CSV: the username is the email, full name, groups, admin, last login",
        header=(
            "Username",
            "Full Name",
            "Groups",
            "Admin",
            "Last Login",
            "Sites",
            "Security Score",
        ),
        rows=(
            (
                "noor.haddad@cedarbank.example.com",
                "Noor Haddad",
                "IT;Admins",
                "Yes",
                "2026-12-01",
                "84",
                "92",
            ),
            (
                "tom.becker@cedarbank.example.com",
                "Tom Becker",
                "Finance",
                "No",
                "2026-11-28",
                "31",
                "67",
            ),
            ("shared-reception@cedarbank.example.com", "", "Front desk", "No", "", "4", "40"),
        ),
        people=(
            ("Noor Haddad", "noor.haddad@cedarbank.example.com"),
            ("Tom Becker", "tom.becker@cedarbank.example.com"),
        ),
        notes="the address under 'Username'; a shared account without a name is no person",
    ),
    Shape(
        name="oppo-vcards-id",
        product="OPPO phone (Contacts export)",
        language="id",
        source="recalled: an OPPO (ColorOS) phone's contacts exported as vCard 2.1: ASCII names plain, a note quoted-printable",
        header=(),
        rows=text_lines(_OPPO),
        people=(
            ("Budi Santoso", "budi.santoso@gmail.example.com"),
            ("Sri Wulandari", "sri.wulandari@majubersama.example.co.id"),
        ),
        known=(
            expect("budi.santoso@gmail.example.com", phone="0812-3456-7890"),
            expect(
                "sri.wulandari@majubersama.example.co.id",
                phone="021 5550 1234",
                company="PT Maju Bersama",
                job_title="Staf Keuangan",
            ),
        ),
        kind="vcard",
        suffix=".vcf",
        notes="a note naming the husband",
    ),
    Shape(
        name="zap-imoveis-leads-pt",
        product="ZAP Imóveis / Canal Pro (leads)",
        language="pt",
        source="recalled: Canal Pro's leads (ZAP Imóveis, Viva Real) exported as CSV: Nome, E-mail, Telefone, Mensagem, Código do imóvel, Corretor responsável",
        header=(
            "Data",
            "Nome",
            "E-mail",
            "Telefone",
            "Mensagem",
            "Código do imóvel",
            "Corretor responsável",
        ),
        rows=(
            (
                "03/12/2026",
                "Thiago Albuquerque",
                "thiago.albuquerque@bol.example.com.br",
                "(11) 98765-4321",
                "Olá, vi o apartamento e gostaria de agendar com a Fernanda.",
                "AP1234",
                "Fernanda Lima",
            ),
            (
                "04/12/2026",
                "Júlia Magalhães",
                "julia.magalhaes@gmail.example.com",
                "(21) 99888-7766",
                "",
                "CA0567",
                "Fernanda Lima",
            ),
        ),
        people=(
            ("Thiago Albuquerque", "thiago.albuquerque@bol.example.com.br"),
            ("Júlia Magalhães", "julia.magalhaes@gmail.example.com"),
        ),
        known=(
            expect("thiago.albuquerque@bol.example.com.br", phone="(11) 98765-4321"),
            expect("julia.magalhaes@gmail.example.com", phone="(21) 99888-7766"),
        ),
        notes="the broker responsible on every row; a message naming her",
    ),
    Shape(
        name="doctolib-patienten-de",
        product="Doctolib (Patientenliste, de)",
        language="de",
        source="recalled: Doctolib's patient base exported in German (';'): Anrede, Nachname, Geburtsname, Vorname, E-Mail, Mobiltelefon, Hausarzt",
        header=(
            "Anrede",
            "Nachname",
            "Geburtsname",
            "Vorname",
            "Geburtsdatum",
            "E-Mail",
            "Mobiltelefon",
            "Festnetz",
            "Hausarzt",
            "Behandelnder Arzt",
        ),
        rows=(
            (
                "Frau",
                "Schäfer",
                "Krüger",
                "Friederike",
                "03.04.1966",
                "f.schaefer@gmx.example.de",
                "0151 23456789",
                "",
                "Dr. Wolfgang Maier",
                "Dr. Jana Roth",
            ),
            (
                "Herr",
                "Yıldırım",
                "",
                "Cem",
                "21.08.1988",
                "cem.yildirim@web.example.de",
                "",
                "030 1234567",
                "",
                "Dr. Jana Roth",
            ),
        ),
        people=(
            ("Friederike Schäfer", "f.schaefer@gmx.example.de"),
            ("Cem Yıldırım", "cem.yildirim@web.example.de"),
        ),
        known=(
            expect("f.schaefer@gmx.example.de", phone="0151 23456789"),
            expect("cem.yildirim@web.example.de", phone="030 1234567"),
        ),
        delimiter=";",
        encoding="utf-8-sig",
        notes="the birth name beside the name; the family doctor and the treating doctor are other people",
    ),
]
