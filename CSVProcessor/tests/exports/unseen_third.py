"""A third round of exports from products no earlier module named, written (2026-12-04) to
find where the reader still stores the wrong people: address books and phones (Nokia Series
40 quoted-printable vCards with soft line breaks, BlackBerry, Evolution's contact lists,
KAddressBook, Fastmail's company card), directories (Windows Address Book LDIF in the ANSI
code page, an OpenLDAP ldapsearch dump with base64 values, Active Directory's ldifde and
csvde exports), sheets people type in their language (Greek, Ukrainian, Persian, Hindi,
Malay, Indonesian, Romanian with cedilla letters, Latvian, Vietnamese in cp1258, Turkish,
Serbian in both scripts, Bulgarian, Slovenian, Croatian, Estonian, Icelandic, Danish) with
title rows, numbering columns and totals rows, and school, club, church, HR and nonprofit
tools whose rows hold a guardian or a manager beside the person (Wilma, SchoolSoft, Spond,
TeamSnap, IdrottOnline, Nmbrs, Lucca, Visma, ChurchSuite, CiviCRM).

Each keeps the columns that touch a person's name, address, company, phone or owner, in
the product's order. `source` names a file of the public code corpus when one was found,
else "recalled" (a layout known but not checked against a copy).
"""

import base64
import unicodedata

from CSVProcessor.tests.exports.builders import Shape, expect, text_lines

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258_text(text: str) -> str:
    """Vietnamese as Windows writes it in cp1258: base letters precomposed, tones combining."""
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in parts if c in _TONES)
        out.append(
            unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES)) + tones
        )
    return "".join(out)


def _vi(record: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(cp1258_text(cell) for cell in record)


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


_NOKIA = """
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Brz=C4=99czyszczykiewicz;Grze=
gorz;;;
TEL;CELL:+48 601 234 567
EMAIL;INTERNET:g.brzeczyszczykiewicz@wp.pl
X-CLASS:PRIVATE
END:VCARD
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:W=C3=B3jcik;Ma=C5=82gorzata;Anna;;
EMAIL;INTERNET:malgosia.wojcik@onet.pl
NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Dzwoni=C4=87 po 17:00, nie w weekendy, chyba =
=C5=BCe co=C5=9B pilnego
END:VCARD
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C5=81ukasz;;;;
TEL;CELL:+48 502 111 222
END:VCARD
"""

_BLACKBERRY = """
BEGIN:VCARD
VERSION:2.1
N:Okafor;Chidi
FN:Chidi Okafor
ORG:Lagos Freight Ltd
TITLE:Operations Lead
TEL;CELL:+234 803 555 0199
EMAIL;INTERNET:chidi.okafor@yahoo.com
EMAIL;INTERNET;PREF:chidi@lagosfreight.ng
END:VCARD
BEGIN:VCARD
VERSION:2.1
N:Mensah;Abena
FN:Abena Mensah
EMAIL;INTERNET:abena.mensah@gmail.com
END:VCARD
"""

_EVOLUTION = """
BEGIN:VCARD
VERSION:3.0
UID:pas-id-5F2A11C40000001
FN:Jana Dvořáková
N:Dvořáková;Jana;;;
X-EVOLUTION-FILE-AS:Dvořáková\\, Jana
EMAIL;TYPE=WORK;X-EVOLUTION-UI-SLOT=1:jana.dvorakova@firma.cz
EMAIL;TYPE=HOME;X-EVOLUTION-UI-SLOT=2:jana.dv@seznam.cz
TEL;TYPE=CELL;X-EVOLUTION-UI-SLOT=1:+420 603 555 111
REV:2026-02-10T08:15:00Z
END:VCARD
BEGIN:VCARD
VERSION:3.0
UID:pas-id-5F2A11C40000002
FN:Tomáš Černý
N:Černý;Tomáš;;;
X-EVOLUTION-FILE-AS:Černý\\, Tomáš
EMAIL;TYPE=HOME;X-EVOLUTION-UI-SLOT=1:tomas.cerny@email.cz
REV:2026-02-10T08:16:00Z
END:VCARD
BEGIN:VCARD
VERSION:3.0
UID:pas-id-5F2A11C40000003
FN:Výbor spolku
N:;;;;
X-EVOLUTION-FILE-AS:Výbor spolku
X-EVOLUTION-LIST:TRUE
X-EVOLUTION-LIST-SHOW-ADDRESSES:TRUE
EMAIL;X-EVOLUTION-DEST-CONTACT-UID=pas-id-5F2A11C40000002;X-EVOLUTION-DEST-EMAIL-NUM=0;X-EVOLUTION-DEST-HTML-MAIL=FALSE;X-EVOLUTION-DEST-NAME=Tomáš Černý;X-EVOLUTION-DEST-EMAIL=tomas.cerny@email.cz:Tomáš Černý <tomas.cerny@email.cz>
EMAIL;X-EVOLUTION-DEST-CONTACT-UID=pas-id-5F2A11C40000001;X-EVOLUTION-DEST-EMAIL-NUM=0;X-EVOLUTION-DEST-HTML-MAIL=FALSE;X-EVOLUTION-DEST-NAME=Jana Dvořáková;X-EVOLUTION-DEST-EMAIL=jana.dvorakova@firma.cz:Jana Dvořáková <jana.dvorakova@firma.cz>
REV:2026-02-11T09:00:00Z
END:VCARD
"""

_KADDRESSBOOK = """
BEGIN:VCARD
VERSION:3.0
CATEGORIES:Posao
EMAIL:ana.kovacevic@gmail.com
EMAIL;TYPE=PREF:ana.kovacevic@infozagreb.hr
FN:Ana Kovačević
N:Kovačević;Ana;;;
ORG:Info Zagreb d.o.o.
TEL;TYPE=CELL:+385 91 555 1234
TITLE:Voditeljica prodaje
UID:3fK9qPz1Lm
X-KADDRESSBOOK-X-IMAddress:ana.k
END:VCARD
BEGIN:VCARD
VERSION:3.0
EMAIL:ivan.babic@net.hr
FN:Ivan Babić
N:Babić;Ivan;;;
UID:8sD2wQx7Rt
END:VCARD
"""

_FASTMAIL = """
BEGIN:VCARD
VERSION:3.0
PRODID:-//Fastmail//Contacts//EN
UID:0b7e2c1a-5d6f-4e1b-9a3c-1f2e3d4c5b6a
N:Haddad;Layla;;;
FN:Layla Haddad
EMAIL;TYPE=work:layla@haddad-design.com.au
EMAIL;TYPE=home,pref:layla.haddad@fastmail.com
TEL;TYPE=cell:+61 412 555 019
END:VCARD
BEGIN:VCARD
VERSION:3.0
PRODID:-//Fastmail//Contacts//EN
UID:7c1d9e2f-3a4b-4c5d-8e6f-0a1b2c3d4e5f
N:;;;;
FN:
ORG:Northwind Plumbing Pty Ltd;
EMAIL;TYPE=work:bookings@northwindplumbing.com.au
END:VCARD
"""

_WAB = """
dn: cn=Jürgen Weiß,mail=j.weiss@t-online.de
objectclass: top
objectclass: person
objectclass: organizationalPerson
objectclass: inetOrgPerson
cn: Jürgen Weiß
sn: Weiß
givenname: Jürgen
mail: j.weiss@t-online.de
telephonenumber: 0711 555-3344
o: Schäfer & Söhne KG
modifytimestamp: 20260204T101500Z

dn: cn=Søren Åberg,mail=soren.aberg@gmx.de
objectclass: top
objectclass: person
objectclass: organizationalPerson
objectclass: inetOrgPerson
cn: Søren Åberg
sn: Åberg
givenname: Søren
mail: soren.aberg@gmx.de
modifytimestamp: 20260204T101600Z
"""

_LDAPSEARCH = f"""
# extended LDIF
#
# LDAPv3
# base <ou=people,dc=fjordnett,dc=no> with scope subtree
# filter: (objectClass=*)
# requesting: ALL
#

# people, fjordnett.no
dn: ou=people,dc=fjordnett,dc=no
objectClass: organizationalUnit
ou: people

# oodegard, people, fjordnett.no
dn: uid=oodegard,ou=people,dc=fjordnett,dc=no
objectClass: inetOrgPerson
objectClass: posixAccount
uid: oodegard
cn:: {_b64("Øyvind Ødegård")}
sn:: {_b64("Ødegård")}
givenName:: {_b64("Øyvind")}
mail: oyvind.odegard@fjordnett.no
mail: oyvind@odegard.name
title: Driftsleder
telephoneNumber: +47 22 55 01 23
uidNumber: 10001
gidNumber: 10001
homeDirectory: /home/oodegard

# kberg, people, fjordnett.no
dn: uid=kberg,ou=people,dc=fjordnett,dc=no
objectClass: inetOrgPerson
uid: kberg
cn: Kari Berg
sn: Berg
givenName: Kari
mail: kari.berg@fjordnett.no

# search result
search: 2
result: 0 Success

# numResponses: 4
# numEntries: 3
"""

_LDIFDE = """
dn: CN=Grace Oduya,OU=Finance,OU=Staff,DC=contoso,DC=com
changetype: add
objectClass: top
objectClass: person
objectClass: organizationalPerson
objectClass: user
cn: Grace Oduya
sn: Oduya
title: Senior Accountant
givenName: Grace
displayName: Grace Oduya
company: Contoso Ltd
proxyAddresses: SMTP:grace.oduya@contoso.com
proxyAddresses: smtp:g.oduya@contoso.mail.onmicrosoft.com
name: Grace Oduya
sAMAccountName: goduya
userPrincipalName: goduya@contoso.com
mail: grace.oduya@contoso.com
manager: CN=Tom Reyes,OU=Finance,OU=Staff,DC=contoso,DC=com

dn: CN=svc-backup,OU=Service Accounts,DC=contoso,DC=com
changetype: add
objectClass: top
objectClass: person
objectClass: organizationalPerson
objectClass: user
cn: svc-backup
name: svc-backup
sAMAccountName: svc-backup
userPrincipalName: svc-backup@contoso.com

dn: CN=Tom Reyes,OU=Finance,OU=Staff,DC=contoso,DC=com
changetype: add
objectClass: top
objectClass: person
objectClass: organizationalPerson
objectClass: user
cn: Tom Reyes
sn: Reyes
title: Finance Director
givenName: Tom
displayName: Tom Reyes
company: Contoso Ltd
name: Tom Reyes
sAMAccountName: treyes
userPrincipalName: treyes@contoso.com
mail: tom.reyes@contoso.com
"""

# fmt: off
SHAPES = [
    Shape(
        name="nokia-s40-vcard-qp",
        product="Nokia Series 40 phone (contacts backup .vcf)",
        language="pl",
        source="recalled: a Series 40 phone's vCard 2.1 backup, N only (no FN), CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE with soft line breaks",
        header=(),
        rows=text_lines(_NOKIA),
        people=(("Grzegorz Brzęczyszczykiewicz", "g.brzeczyszczykiewicz@wp.pl"), ("Małgorzata Anna Wójcik", "malgosia.wojcik@onet.pl")),
        known=(expect("g.brzeczyszczykiewicz@wp.pl", phone="+48601234567"),),
        kind="vcard",
        suffix=".vcf",
        notes="no FN: the name is N's given, additional and family; a quoted-printable soft line break splits the given name; a card without EMAIL is nobody",
    ),
    Shape(
        name="blackberry-vcard",
        product="BlackBerry Desktop Software (contacts .vcf)",
        language="en",
        source="recalled: vCard 2.1 with bare type parameters, PREF on the second EMAIL",
        header=(),
        rows=text_lines(_BLACKBERRY),
        people=(("Chidi Okafor", "chidi@lagosfreight.ng"), ("Abena Mensah", "abena.mensah@gmail.com")),
        known=(expect("chidi@lagosfreight.ng", phone="+2348035550199", company="Lagos Freight Ltd", job_title="Operations Lead", other_emails=("chidi.okafor@yahoo.com",)),),
        kind="vcard",
        suffix=".vcf",
        notes="the preferred address (2.1's bare PREF) is the second EMAIL",
    ),
    Shape(
        name="evolution-vcard-list",
        product="GNOME Evolution (address book .vcf)",
        language="cs",
        source="recalled: Evolution's vCard 3.0 with X-EVOLUTION-FILE-AS, and a contact list card (X-EVOLUTION-LIST:TRUE) whose EMAIL lines are its members as 'Name <addr>'",
        header=(),
        rows=text_lines(_EVOLUTION),
        people=(("Jana Dvořáková", "jana.dvorakova@firma.cz"), ("Tomáš Černý", "tomas.cerny@email.cz")),
        known=(expect("jana.dvorakova@firma.cz", phone="+420603555111", other_emails=("jana.dv@seznam.cz",)),),
        kind="vcard",
        suffix=".vcf",
        notes="the contact list 'Výbor spolku' is no person: its name must not replace its first member's, whose own card comes before it",
    ),
    Shape(
        name="kaddressbook-vcard",
        product="KDE KAddressBook",
        language="hr",
        source="recalled: KAddressBook's vCard 3.0 export, properties in alphabetical order, TYPE=PREF on the second EMAIL",
        header=(),
        rows=text_lines(_KADDRESSBOOK),
        people=(("Ana Kovačević", "ana.kovacevic@infozagreb.hr"), ("Ivan Babić", "ivan.babic@net.hr")),
        known=(expect("ana.kovacevic@infozagreb.hr", phone="+385915551234", company="Info Zagreb d.o.o.", job_title="Voditeljica prodaje", other_emails=("ana.kovacevic@gmail.com",)),),
        kind="vcard",
        suffix=".vcf",
        notes="EMAIL before FN and N (alphabetical order); the preferred address is the second",
    ),
    Shape(
        name="fastmail-vcard",
        product="Fastmail Contacts",
        language="en",
        source="recalled: Fastmail's vCard 3.0 export, TYPE values comma-joined (home,pref), a company card with an empty FN and N",
        header=(),
        rows=text_lines(_FASTMAIL),
        people=(("Layla Haddad", "layla.haddad@fastmail.com"),),
        known=(expect("layla.haddad@fastmail.com", phone="+61412555019", other_emails=("layla@haddad-design.com.au",)),),
        kind="vcard",
        suffix=".vcf",
        notes="TYPE=home,pref marks the second address preferred; a company card (only ORG and EMAIL, FN empty) has no person's name",
    ),
    Shape(
        name="wab-ldif-de",
        product="Windows Address Book / Outlook Express (LDIF export)",
        language="de",
        source="recalled: WAB's 'Export > Other Address Book > LDIF', lower-case attribute names, values in the ANSI code page, not base64",
        header=(),
        rows=text_lines(_WAB),
        people=(("Jürgen Weiß", "j.weiss@t-online.de"), ("Søren Åberg", "soren.aberg@gmx.de")),
        known=(expect("j.weiss@t-online.de", phone="0711 555-3344", company="Schäfer & Söhne KG"),),
        encoding="cp1252",
        kind="text",
        suffix=".ldif",
        notes="LDIF with raw windows-1252 bytes (ü, ß, ø, Å) where RFC 2849 wants base64 of UTF-8",
    ),
    Shape(
        name="openldap-ldapsearch",
        product="OpenLDAP ldapsearch (LDIF output)",
        language="no",
        source="recalled: ldapsearch -LLL-less output: the '# extended LDIF' comment block, an organizationalUnit entry, inetOrgPerson entries with base64 (::) values, the '# search result' trailer",
        header=(),
        rows=text_lines(_LDAPSEARCH),
        people=(("Øyvind Ødegård", "oyvind.odegard@fjordnett.no"), ("Kari Berg", "kari.berg@fjordnett.no")),
        known=(expect("oyvind.odegard@fjordnett.no", phone="+4722550123", job_title="Driftsleder", other_emails=("oyvind@odegard.name",)),),
        line_end="\n",
        kind="text",
        suffix=".ldif",
        notes="cn:: base64 of UTF-8; two mail values; the ou entry has no address; the result trailer is no entry",
    ),
    Shape(
        name="ad-ldifde-users",
        product="Active Directory (ldifde export)",
        language="en",
        source="recalled: ldifde -f users.ldf: every entry carries 'changetype: add'; proxyAddresses, userPrincipalName and manager as AD writes them",
        header=(),
        rows=text_lines(_LDIFDE),
        people=(("Grace Oduya", "grace.oduya@contoso.com"), ("Tom Reyes", "tom.reyes@contoso.com")),
        known=(
            expect("grace.oduya@contoso.com", company="Contoso Ltd", job_title="Senior Accountant", other_emails=("g.oduya@contoso.mail.onmicrosoft.com",)),
            expect("tom.reyes@contoso.com", company="Contoso Ltd", job_title="Finance Director"),
        ),
        kind="text",
        suffix=".ldf",
        notes="changetype: add on each entry; a service account without mail is nobody; the manager is a DN",
    ),
    Shape(
        name="ad-csvde-users-de",
        product="Active Directory (csvde export)",
        language="de",
        source="csvde's header as an Exchange contact import script lists it (DN, objectClass, distinguishedName, name, objectCategory, cn, sn, givenName, displayName, telephoneNumber, mobile, company, mail, ...; code corpus, 'import-csv clientcontacts.csv' script), the rest recalled",
        header=("DN", "objectClass", "distinguishedName", "name", "objectCategory", "cn", "sn", "givenName", "displayName", "title", "telephoneNumber", "mobile", "company", "mail", "manager", "sAMAccountName", "userPrincipalName"),
        rows=(
            ("CN=Weiß\\, Jürgen,OU=Vertrieb,DC=muster,DC=local", "user", "CN=Weiß\\, Jürgen,OU=Vertrieb,DC=muster,DC=local", "Weiß, Jürgen", "CN=Person,CN=Schema,CN=Configuration,DC=muster,DC=local", "Weiß, Jürgen", "Weiß", "Jürgen", "Jürgen Weiß", "Vertriebsleiter", "+49 711 555 3344", "", "Muster GmbH", "juergen.weiss@muster.de", "CN=Schäfer\\, Anna,OU=Vertrieb,DC=muster,DC=local", "jweiss", "jweiss@muster.local"),
            ("CN=Schäfer\\, Anna,OU=Vertrieb,DC=muster,DC=local", "user", "CN=Schäfer\\, Anna,OU=Vertrieb,DC=muster,DC=local", "Schäfer, Anna", "CN=Person,CN=Schema,CN=Configuration,DC=muster,DC=local", "Schäfer, Anna", "Schäfer", "Anna", "Anna Schäfer", "Geschäftsführerin", "", "+49 171 555 0101", "Muster GmbH", "anna.schaefer@muster.de", "", "aschaefer", "aschaefer@muster.local"),
            ("CN=Öztürk\\, Emre,OU=Lager,DC=muster,DC=local", "user", "CN=Öztürk\\, Emre,OU=Lager,DC=muster,DC=local", "Öztürk, Emre", "CN=Person,CN=Schema,CN=Configuration,DC=muster,DC=local", "Öztürk, Emre", "Öztürk", "Emre", "Emre Öztürk", "Lagerist", "", "", "Muster GmbH", "", "CN=Weiß\\, Jürgen,OU=Vertrieb,DC=muster,DC=local", "eoeztuerk", "eoeztuerk@muster.local"),
        ),
        people=(("Jürgen Weiß", "juergen.weiss@muster.de"), ("Anna Schäfer", "anna.schaefer@muster.de")),
        known=(
            expect("juergen.weiss@muster.de", phone="+497115553344", company="Muster GmbH", job_title="Vertriebsleiter"),
            expect("anna.schaefer@muster.de", phone="+491715550101", company="Muster GmbH", job_title="Geschäftsführerin"),
        ),
        encoding="cp1252",
        notes="cn and name hold 'Family, Given' (the RDN), displayName the name; a user without mail is nobody (userPrincipalName is a login, the mail column is there)",
    ),
    Shape(
        name="excel-el-katalogos",
        product="Microsoft Excel (Greek sheet)",
        language="el",
        source="recalled: a participants list typed in Greek, saved by Excel as CSV (windows-1253, ';'), with a title row and a totals row",
        preamble=(("ΚΑΤΑΛΟΓΟΣ ΣΥΜΜΕΤΕΧΟΝΤΩΝ ΣΕΜΙΝΑΡΙΟΥ", "", "", "", "", ""), ("", "", "", "", "", "")),
        header=("Α/Α", "ΕΠΩΝΥΜΟ", "ΟΝΟΜΑ", "EMAIL", "ΚΙΝΗΤΟ", "ΦΟΡΕΑΣ"),
        rows=(
            ("1", "ΠΑΠΑΔΟΠΟΥΛΟΣ", "ΓΙΩΡΓΟΣ", "g.papadopoulos@otenet.gr", "6944 123 456", "Δήμος Πατρέων"),
            ("2", "Νικολάου", "Ελένη", "eleni.nikolaou@gmail.com", "6977 555 010", ""),
            ("3", "Οικονόμου", "Δημήτρης", "", "6900 000 111", ""),
        ),
        footer=(("", "ΣΥΝΟΛΟ", "3", "", "", ""),),
        people=(("ΓΙΩΡΓΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ", "g.papadopoulos@otenet.gr"), ("Ελένη Νικολάου", "eleni.nikolaou@gmail.com")),
        known=(
            expect("g.papadopoulos@otenet.gr", phone="6944 123 456", company="Δήμος Πατρέων"),
            expect("eleni.nikolaou@gmail.com", phone="6977 555 010"),
        ),
        encoding="cp1253",
        delimiter=";",
        notes="headers in capitals (no accents, as Greek capitals are written); 'ΦΟΡΕΑΣ' (the body one works for) is the organisation; a totals row",
    ),
    Shape(
        name="excel-uk-uchasnyky",
        product="Microsoft Excel (Ukrainian sheet)",
        language="uk",
        source="recalled: a seminar's list typed in Ukrainian, saved by Excel as CSV (windows-1251, ';'), title rows, '№ з/п', 'Прізвище, ім'я, по батькові' in one cell, a totals row",
        preamble=(("Список учасників семінару", "", "", "", ""), ("Київ, 12 березня 2026 р.", "", "", "", ""), ("", "", "", "", "")),
        header=("№ з/п", "Прізвище, ім'я, по батькові", "Посада", "Електронна пошта", "Телефон"),
        rows=(
            ("1", "Шевченко Олена Петрівна", "бухгалтер", "olena.shevchenko@ukr.net", "+380 67 555 1234"),
            ("2", "Коваленко Андрій Іванович", "директор", "a.kovalenko@i.ua", ""),
            ("3", "Бондар Ірина Миколаївна", "економіст", "", "+380 50 555 7788"),
        ),
        footer=(("", "Разом: 3 особи", "", "", ""),),
        people=(("Шевченко Олена Петрівна", "olena.shevchenko@ukr.net"), ("Коваленко Андрій Іванович", "a.kovalenko@i.ua")),
        known=(
            expect("olena.shevchenko@ukr.net", phone="+380675551234", job_title="бухгалтер"),
            expect("a.kovalenko@i.ua", job_title="директор"),
        ),
        encoding="cp1251",
        delimiter=";",
        notes="the whole name in one cell, family name first, as written; 'Посада' is the job title; 'Разом' totals line",
    ),
    Shape(
        name="excel-fa-fehrest",
        product="Microsoft Excel (Persian sheet)",
        language="fa",
        source="recalled: a list typed in Persian, saved by Excel as 'CSV UTF-8'; 'پست الکترونیک' (the long word for email) and Persian digits in the row numbers",
        header=("ردیف", "نام", "نام خانوادگی", "پست الکترونیک", "تلفن همراه", "سمت"),
        rows=(
            ("۱", "مریم", "احمدی", "maryam.ahmadi@gmail.com", "0912 345 6789", "مدیر پروژه"),
            ("۲", "علی", "رضایی", "ali.rezaei@yahoo.com", "", "کارشناس"),
            ("۳", "زهرا", "کریمی", "", "0935 111 2233", ""),
        ),
        people=(("مریم احمدی", "maryam.ahmadi@gmail.com"), ("علی رضایی", "ali.rezaei@yahoo.com")),
        known=(
            expect("maryam.ahmadi@gmail.com", phone="0912 345 6789", job_title="مدیر پروژه"),
            expect("ali.rezaei@yahoo.com", job_title="کارشناس"),
        ),
        encoding="utf-8-sig",
        notes="'پست الکترونیک' (electronic mail) rather than 'ایمیل'; 'تلفن همراه' the mobile; 'سمت' the position",
    ),
    Shape(
        name="excel-hi-suchi",
        product="Microsoft Excel (Hindi sheet)",
        language="hi",
        source="recalled: a workshop list typed in Hindi, saved as 'CSV UTF-8'",
        preamble=(("कार्यशाला प्रतिभागी सूची", "", "", "", ""),),
        header=("क्रम सं.", "नाम", "ईमेल आईडी", "मोबाइल नंबर", "संस्था"),
        rows=(
            ("1", "राहुल शर्मा", "rahul.sharma@gmail.com", "98765 43210", "दिल्ली विश्वविद्यालय"),
            ("2", "प्रिया वर्मा", "priya.verma@rediffmail.com", "", ""),
            ("3", "अमित कुमार", "", "91234 56789", ""),
        ),
        people=(("राहुल शर्मा", "rahul.sharma@gmail.com"), ("प्रिया वर्मा", "priya.verma@rediffmail.com")),
        known=(expect("rahul.sharma@gmail.com", phone="98765 43210", company="दिल्ली विश्वविद्यालय"),),
        encoding="utf-8-sig",
        notes="'मोबाइल नंबर' is the mobile number; 'संस्था' the institution",
    ),
    Shape(
        name="excel-ms-senarai",
        product="Microsoft Excel (Malay sheet, .xlsx)",
        language="ms",
        source="recalled: a course attendance list typed in Malay: title rows, a merged group label above the header, 'Bil.' numbering",
        preamble=(("SENARAI KEHADIRAN KURSUS",), ("Tarikh: 5 Mac 2026",), (), ("", "MAKLUMAT PESERTA", "", "", "")),
        header=("Bil.", "Nama Penuh", "No. K/P", "Alamat E-mel", "No. Telefon"),
        rows=(
            ("1", "Nurul Aisyah binti Ahmad", "900101-14-5678", "nurul.aisyah@gmail.com", "012-345 6789"),
            ("2", "Muhammad Hafiz bin Ismail", "880505-10-1234", "hafiz.ismail@yahoo.com.my", ""),
            ("3", "Tan Mei Ling", "920202-07-4321", "", "016-555 1212"),
        ),
        people=(("Nurul Aisyah binti Ahmad", "nurul.aisyah@gmail.com"), ("Muhammad Hafiz bin Ismail", "hafiz.ismail@yahoo.com.my")),
        known=(expect("nurul.aisyah@gmail.com", phone="012-345 6789"),),
        kind="xlsx",
        suffix=".xlsx",
        notes="a group label row above the header; 'No. K/P' (identity card number) is no phone",
    ),
    Shape(
        name="excel-id-daftar-hadir",
        product="Microsoft Excel (Indonesian sheet, .xlsx)",
        language="id",
        source="recalled: a 'daftar hadir' typed in Indonesian: title rows, 'No', 'No. HP' for the mobile, 'Instansi', a totals row",
        preamble=(("DAFTAR HADIR PESERTA PELATIHAN",), ("Jakarta, 10 Maret 2026",), ()),
        header=("No", "Nama Lengkap", "Instansi", "Jabatan", "No. HP", "Email"),
        rows=(
            ("1", "Siti Rahmawati", "Dinas Pendidikan DKI", "Kepala Seksi", "0812-3456-7890", "siti.rahmawati@gmail.com"),
            ("2", "Budi Santoso", "PT Maju Jaya", "Staf IT", "0857-1111-2222", "budi.santoso@majujaya.co.id"),
            ("3", "Agus Salim", "", "", "0813-9999-0000", ""),
            ("", "Jumlah", "", "", "", ""),
        ),
        people=(("Siti Rahmawati", "siti.rahmawati@gmail.com"), ("Budi Santoso", "budi.santoso@majujaya.co.id")),
        known=(
            expect("siti.rahmawati@gmail.com", phone="0812-3456-7890", company="Dinas Pendidikan DKI", job_title="Kepala Seksi"),
            expect("budi.santoso@majujaya.co.id", phone="0857-1111-2222", company="PT Maju Jaya", job_title="Staf IT"),
        ),
        kind="xlsx",
        suffix=".xlsx",
        notes="'No. HP' (handphone) is the mobile; 'Instansi' the institution; 'Jumlah' a totals row",
    ),
    Shape(
        name="excel-ro-participanti-cedilla",
        product="Microsoft Excel (Romanian sheet)",
        language="ro",
        source="recalled: a list typed in Romanian, saved by Excel as CSV (windows-1250, ';'), written with the cedilla letters ş and ţ that windows-1250 has (not ș, ț)",
        preamble=(("Tabel nominal cu participanţii", "", "", "", "", ""),),
        header=("Nr. crt.", "Numele şi prenumele", "Funcţia", "Instituţia", "Adresa de e-mail", "Telefon"),
        rows=(
            ("1", "Popescu Ştefan", "inspector", "Primăria Braşov", "stefan.popescu@yahoo.ro", "0722 555 123"),
            ("2", "Ţurcanu Ioana", "director", "Şcoala Gimnazială nr. 3", "ioana.turcanu@gmail.com", ""),
            ("3", "Dumitrescu Mihai", "", "", "", "0744 555 987"),
        ),
        people=(("Popescu Ştefan", "stefan.popescu@yahoo.ro"), ("Ţurcanu Ioana", "ioana.turcanu@gmail.com")),
        known=(
            expect("stefan.popescu@yahoo.ro", phone="0722 555 123", company="Primăria Braşov", job_title="inspector"),
            expect("ioana.turcanu@gmail.com", company="Şcoala Gimnazială nr. 3", job_title="director"),
        ),
        encoding="cp1250",
        delimiter=";",
        notes="'Numele şi prenumele' (the definite forms, with cedilla ş); 'Funcţia' the job title with cedilla ţ; 'Instituţia' the employer",
    ),
    Shape(
        name="excel-lv-saraksts",
        product="Microsoft Excel (Latvian sheet)",
        language="lv",
        source="recalled: a list typed in Latvian, saved by Excel as CSV (windows-1257, ';'), 'Nr.p.k.' numbering, the whole name under 'Vārds, uzvārds'",
        header=("Nr.p.k.", "Vārds, uzvārds", "Amats", "E-pasts", "Tālrunis"),
        rows=(
            ("1", "Jānis Bērziņš", "valdes loceklis", "janis.berzins@inbox.lv", "+371 2955 5123"),
            ("2", "Līga Ozoliņa", "grāmatvede", "liga.ozolina@gmail.com", ""),
            ("3", "Pēteris Kalniņš", "", "", "+371 2655 5987"),
        ),
        people=(("Jānis Bērziņš", "janis.berzins@inbox.lv"), ("Līga Ozoliņa", "liga.ozolina@gmail.com")),
        known=(
            expect("janis.berzins@inbox.lv", phone="+37129555123", job_title="valdes loceklis"),
            expect("liga.ozolina@gmail.com", job_title="grāmatvede"),
        ),
        encoding="cp1257",
        delimiter=";",
        notes="'Vārds, uzvārds' (given and family words in one header) is the whole name; 'Amats' the position",
    ),
    Shape(
        name="excel-vi-danh-sach-cp1258",
        product="Microsoft Excel (Vietnamese sheet, CSV in cp1258)",
        language="vi",
        source="recalled: Excel's plain 'CSV (Comma delimited)' on Vietnamese Windows writes windows-1258: base letters precomposed, tone marks combining",
        preamble=(_vi(("DANH SÁCH HỌC VIÊN", "", "", "", "")),),
        header=_vi(("STT", "Họ và tên", "Email", "Số điện thoại", "Đơn vị")),
        rows=(
            _vi(("1", "Nguyễn Thị Hương", "huong.nguyen@gmail.com", "0912 345 678", "Công ty Cổ phần Ánh Dương")),
            _vi(("2", "Trần Quốc Việt", "viet.tran@fpt.com.vn", "", "")),
            _vi(("3", "Lê Văn Đức", "", "0987 654 321", "")),
        ),
        people=(("Nguyễn Thị Hương", "huong.nguyen@gmail.com"), ("Trần Quốc Việt", "viet.tran@fpt.com.vn")),
        known=(expect("huong.nguyen@gmail.com", phone="0912 345 678", company="Công ty Cổ phần Ánh Dương"),),
        encoding="cp1258",
        notes="windows-1258 with combining tones: the stored names are NFC; 'Đơn vị' (unit) is the employer",
    ),
    Shape(
        name="excel-tr-katilimci-caps",
        product="Microsoft Excel (Turkish sheet)",
        language="tr",
        source="recalled: a list typed in Turkish in capitals, saved by Excel as CSV (windows-1254, ';'), 'SIRA NO' numbering and 'CEP TEL'",
        header=("SIRA NO", "ADI", "SOYADI", "E-POSTA", "CEP TEL", "KURUM"),
        rows=(
            ("1", "AYŞE", "YILMAZ", "ayse.yilmaz@hotmail.com", "0532 555 12 34", "İSTANBUL ÜNİVERSİTESİ"),
            ("2", "İBRAHİM", "ÇELİK", "ibrahim.celik@gmail.com", "", ""),
            ("3", "ŞÜKRÜ", "GÜNEŞ", "", "0505 555 66 77", ""),
        ),
        people=(("AYŞE YILMAZ", "ayse.yilmaz@hotmail.com"), ("İBRAHİM ÇELİK", "ibrahim.celik@gmail.com")),
        known=(
            expect("ayse.yilmaz@hotmail.com", phone="0532 555 12 34", company="İSTANBUL ÜNİVERSİTESİ"),
        ),
        encoding="cp1254",
        delimiter=";",
        notes="Turkish capitals in the header (ADI, SOYADI with dotless I); 'CEP TEL' the mobile; 'KURUM' the institution",
    ),
    Shape(
        name="excel-sr-cyrillic-spisak",
        product="Microsoft Excel (Serbian Cyrillic sheet)",
        language="sr",
        source="recalled: a list typed in Serbian Cyrillic, saved as 'CSV UTF-8', family name first ('Презиме', then 'Име')",
        header=("Ред. бр.", "Презиме", "Име", "Е-пошта", "Телефон"),
        rows=(
            ("1", "Петровић", "Милош", "milos.petrovic@gmail.com", "064 555 1234"),
            ("2", "Јовановић", "Марија", "marija.jovanovic@eunet.rs", ""),
            ("3", "Николић", "Стефан", "", "063 555 9876"),
        ),
        people=(("Милош Петровић", "milos.petrovic@gmail.com"), ("Марија Јовановић", "marija.jovanovic@eunet.rs")),
        known=(expect("milos.petrovic@gmail.com", phone="064 555 1234"),),
        encoding="utf-8-sig",
        notes="Serbian 'Презиме' is the family name (in Bulgarian the same word is the patronymic)",
    ),
    Shape(
        name="excel-sr-latin-spisak",
        product="Microsoft Excel (Serbian Latin sheet)",
        language="sr",
        source="recalled: a list typed in Serbian Latin, saved by Excel as CSV (windows-1250, ';')",
        header=("R. br.", "Prezime", "Ime", "E-pošta", "Telefon", "Firma"),
        rows=(
            ("1", "Đorđević", "Nikola", "nikola.djordjevic@gmail.com", "065 555 4321", "Đorđević i sinovi d.o.o."),
            ("2", "Stanković", "Jelena", "jelena.stankovic@sbb.rs", "", ""),
        ),
        people=(("Nikola Đorđević", "nikola.djordjevic@gmail.com"), ("Jelena Stanković", "jelena.stankovic@sbb.rs")),
        known=(expect("nikola.djordjevic@gmail.com", phone="065 555 4321", company="Đorđević i sinovi d.o.o."),),
        encoding="cp1250",
        delimiter=";",
        notes="family name first in the columns; 'Firma' the company",
    ),
    Shape(
        name="excel-bg-spisak",
        product="Microsoft Excel (Bulgarian sheet)",
        language="bg",
        source="recalled: a list typed in Bulgarian, saved by Excel as CSV (windows-1251, ';'): 'Име', 'Презиме' (the father's name), 'Фамилия'",
        header=("№", "Име", "Презиме", "Фамилия", "Имейл", "Телефон"),
        rows=(
            ("1", "Иван", "Петров", "Георгиев", "ivan.georgiev@abv.bg", "0888 555 123"),
            ("2", "Мария", "", "Димитрова", "maria.dimitrova@gmail.com", ""),
            ("3", "Георги", "Иванов", "Стоянов", "", "0899 555 456"),
        ),
        people=(("Иван Петров Георгиев", "ivan.georgiev@abv.bg"), ("Мария Димитрова", "maria.dimitrova@gmail.com")),
        known=(expect("ivan.georgiev@abv.bg", phone="0888 555 123"),),
        encoding="cp1251",
        delimiter=";",
        notes="Bulgarian 'Презиме' is the middle name (the Serbian word is the family name)",
    ),
    Shape(
        name="excel-sl-seznam",
        product="Microsoft Excel (Slovenian sheet)",
        language="sl",
        source="recalled: a list typed in Slovenian, saved by Excel as CSV (windows-1250, ';'): 'Zap. št.', 'Ime in priimek', 'E-naslov'",
        header=("Zap. št.", "Ime in priimek", "E-naslov", "Telefon", "Podjetje"),
        rows=(
            ("1", "Žiga Kovačič", "ziga.kovacic@siol.net", "041 555 123", "Kovačič d.o.o."),
            ("2", "Špela Novak", "spela.novak@gmail.com", "", ""),
        ),
        people=(("Žiga Kovačič", "ziga.kovacic@siol.net"), ("Špela Novak", "spela.novak@gmail.com")),
        known=(expect("ziga.kovacic@siol.net", phone="041 555 123", company="Kovačič d.o.o."),),
        encoding="cp1250",
        delimiter=";",
        notes="'Ime in priimek' (given and family words) is the whole name; 'Podjetje' the company",
    ),
    Shape(
        name="excel-hr-popis-caps",
        product="Microsoft Excel (Croatian sheet)",
        language="hr",
        source="recalled: a list typed in Croatian, saved by Excel as CSV (windows-1250, ';'), the whole name as 'PREZIME I IME' in one cell, family name in capitals",
        preamble=(("POPIS SUDIONIKA", "", "", ""),),
        header=("R.br.", "PREZIME I IME", "E-mail adresa", "Tvrtka"),
        rows=(
            ("1.", "HORVAT Ivana", "ivana.horvat@gmail.com", "Horvat obrt"),
            ("2.", "KNEŽEVIĆ Dario", "dario.knezevic@t-com.hr", ""),
            ("3.", "BABIĆ Luka", "", ""),
        ),
        people=(("HORVAT Ivana", "ivana.horvat@gmail.com"), ("KNEŽEVIĆ Dario", "dario.knezevic@t-com.hr")),
        known=(expect("ivana.horvat@gmail.com", company="Horvat obrt"),),
        encoding="cp1250",
        delimiter=";",
        notes="a whole-name column is stored as written ('HORVAT Ivana')",
    ),
    Shape(
        name="excel-et-nimekiri",
        product="Microsoft Excel (Estonian sheet)",
        language="et",
        source="recalled: a list typed in Estonian, saved by Excel as CSV (windows-1257, ';'): 'Jrk', 'Eesnimi', 'Perekonnanimi', 'Asutus', 'Ametikoht'",
        header=("Jrk", "Eesnimi", "Perekonnanimi", "E-post", "Asutus", "Ametikoht"),
        rows=(
            ("1", "Mari", "Tamm", "mari.tamm@mail.ee", "Tartu Ülikool", "teadur"),
            ("2", "Jüri", "Õunapuu", "jyri.ounapuu@gmail.com", "", ""),
        ),
        people=(("Mari Tamm", "mari.tamm@mail.ee"), ("Jüri Õunapuu", "jyri.ounapuu@gmail.com")),
        known=(expect("mari.tamm@mail.ee", company="Tartu Ülikool", job_title="teadur"),),
        encoding="cp1257",
        delimiter=";",
        notes="'Asutus' (institution) is the employer, 'Ametikoht' the position",
    ),
    Shape(
        name="excel-is-felagatal",
        product="Microsoft Excel (Icelandic sheet)",
        language="is",
        source="recalled: a members' list typed in Icelandic, saved by Excel as CSV (windows-1252, ';'): 'Nafn', 'Kennitala', 'Netfang', 'Sími'",
        header=("Nafn", "Kennitala", "Netfang", "Sími", "Vinnustaður"),
        rows=(
            ("Guðrún Þórsdóttir", "120389-2459", "gudrun.thorsdottir@simnet.is", "+354 555 1234", "Landspítali"),
            ("Sigurður Ólafsson", "030475-3319", "siggi.olafs@gmail.com", "", ""),
        ),
        people=(("Guðrún Þórsdóttir", "gudrun.thorsdottir@simnet.is"), ("Sigurður Ólafsson", "siggi.olafs@gmail.com")),
        known=(expect("gudrun.thorsdottir@simnet.is", phone="+3545551234", company="Landspítali"),),
        encoding="cp1252",
        delimiter=";",
        notes="'Kennitala' (national id, digits and a dash) is no phone; 'Vinnustaður' (workplace) the employer",
    ),
    Shape(
        name="wilma-oppilaat-fi",
        product="Wilma (Visma InSchool, fi)",
        language="fi",
        source="recalled: a class list exported from Wilma to Excel and saved as CSV (';'): the student's names and address, then the guardian's",
        header=("Sukunimi", "Etunimet", "Luokka", "Oppilaan sähköposti", "Huoltajan nimi", "Huoltajan sähköposti", "Huoltajan puhelin"),
        rows=(
            ("Virtanen", "Aino Maria", "8B", "aino.virtanen@edu.espoo.fi", "Mikko Virtanen", "mikko.virtanen@gmail.com", "040 555 1234"),
            ("Korhonen", "Eetu", "8B", "", "Sanna Korhonen", "sanna.korhonen@kolumbus.fi", "050 555 9876"),
            ("Mäkinen", "Onni Juhani", "8B", "onni.makinen@edu.espoo.fi", "Laura Mäkinen", "laura.makinen@outlook.com", "044 555 1122"),
        ),
        people=(("Aino Maria Virtanen", "aino.virtanen@edu.espoo.fi"), ("Onni Juhani Mäkinen", "onni.makinen@edu.espoo.fi")),
        known=(),
        delimiter=";",
        encoding="utf-8-sig",
        notes="'Huoltajan' (the guardian's, genitive) columns are another person's: a student without an address does not get the guardian's; 'Etunimet' (given names, plural)",
    ),
    Shape(
        name="schoolsoft-elever-sv",
        product="SchoolSoft (sv)",
        language="sv",
        source="recalled: a student list with two guardians exported to Excel and saved as CSV (';')",
        header=("Efternamn", "Förnamn", "Klass", "E-post", "Vårdnadshavare 1", "E-post vårdnadshavare 1", "Vårdnadshavare 2", "E-post vårdnadshavare 2"),
        rows=(
            ("Lindqvist", "Elsa", "7A", "elsa.lindqvist@elev.skola.se", "Karin Lindqvist", "karin.lindqvist@telia.com", "Per Lindqvist", "per.lindqvist@gmail.com"),
            ("Andersson", "Hugo", "7A", "", "Maria Andersson", "maria.andersson@hotmail.se", "", ""),
            ("Öberg", "Wilma", "7A", "wilma.oberg@elev.skola.se", "Anna Öberg", "anna.oberg@bredband.net", "", ""),
        ),
        people=(("Elsa Lindqvist", "elsa.lindqvist@elev.skola.se"), ("Wilma Öberg", "wilma.oberg@elev.skola.se")),
        delimiter=";",
        encoding="utf-8-sig",
        notes="'Vårdnadshavare' (guardian) columns, numbered 1 and 2: the 1 is no primary rank of the student's own address",
    ),
    Shape(
        name="spond-medlemmer-no",
        product="Spond (members export, .xlsx)",
        language="no",
        source="recalled: Spond's group member export to Excel: the member, then up to two guardians ('Foresatt 1 …')",
        header=("Fornavn", "Etternavn", "Fødselsdato", "E-post", "Mobil", "Foresatt 1 navn", "Foresatt 1 e-post", "Foresatt 1 mobil", "Foresatt 2 navn", "Foresatt 2 e-post"),
        rows=(
            ("Ingrid", "Solberg", "2012-04-03", "", "", "Kari Solberg", "kari.solberg@online.no", "+47 912 55 123", "Ola Solberg", "ola.solberg@gmail.com"),
            ("Magnus", "Haugen", "2008-09-21", "magnus.haugen@gmail.com", "+47 934 55 876", "Hilde Haugen", "hilde.haugen@hotmail.com", "+47 917 55 111", "", ""),
            ("Sofie", "Dahl", "2011-01-15", "sofie.dahl@icloud.com", "", "Trond Dahl", "trond.dahl@altibox.no", "", "", ""),
        ),
        people=(("Magnus Haugen", "magnus.haugen@gmail.com"), ("Sofie Dahl", "sofie.dahl@icloud.com")),
        known=(expect("magnus.haugen@gmail.com", phone="+4793455876"),),
        kind="xlsx",
        suffix=".xlsx",
        notes="'Foresatt' (guardian) columns are another person's; a child without an address does not get a guardian's",
    ),
    Shape(
        name="idrottonline-medlemmar-sv",
        product="IdrottOnline (Swedish sports clubs, member export)",
        language="sv",
        source="IdrottOnline member export as a club's tool reads it (code corpus: callebokedal/sfk-medlemsstatus readme.md: Förnamn, Alt. förnamn, Efternamn, Telefon mobil, E-post kontakt, E-post privat, E-post arbete)",
        header=("Typ", "Förnamn", "Alt. förnamn", "Efternamn", "IdrottsID", "Födelsedat./Personnr.", "Kön", "Telefon mobil", "E-post kontakt", "Telefon bostad", "Telefon arbete", "E-post privat", "E-post arbete", "Familj", "Medlemsnr."),
        rows=(
            ("Person", "Karl-Johan", "Kalle", "Ek", "IID00123456", "1979-05-02", "Man", "070-555 12 34", "kalle.ek@gmail.com", "", "", "", "", "Ek [10233]", "1001"),
            ("Person", "Sara", "", "Nyström", "IID00123457", "1985-11-30", "Kvinna", "", "sara.nystrom@telia.com", "", "", "", "", "", "1002"),
            ("Person", "Elias", "", "Håkansson", "IID00123458", "2010-02-14", "Man", "", "", "", "", "", "", "", "1003"),
        ),
        people=(("Karl-Johan Ek", "kalle.ek@gmail.com"), ("Sara Nyström", "sara.nystrom@telia.com")),
        known=(expect("kalle.ek@gmail.com", phone="070-555 12 34"),),
        delimiter=";",
        encoding="utf-8-sig",
        notes="'Alt. förnamn' is a second (call) given name, not joined to the first; 'E-post kontakt' the contact address",
    ),
    Shape(
        name="teamsnap-roster",
        product="TeamSnap (roster export)",
        language="en",
        source="recalled: TeamSnap's roster export, the player's fields, then each contact's ('Contact 1 …')",
        header=("First Name", "Last Name", "Jersey Number", "Position", "Email Address 1", "Mobile Phone 1", "Contact 1 First Name", "Contact 1 Last Name", "Contact 1 Relationship", "Contact 1 Email Address 1", "Contact 1 Mobile Phone 1"),
        rows=(
            ("Mason", "Rivera", "7", "Forward", "", "", "Carla", "Rivera", "Mother", "carla.rivera@gmail.com", "(555) 201-3344"),
            ("Ava", "Thompson", "12", "Defense", "ava.thompson@gmail.com", "(555) 201-7788", "Greg", "Thompson", "Father", "greg.thompson@yahoo.com", "(555) 201-9911"),
            ("Noah", "Kim", "3", "Goalie", "noah.kim@outlook.com", "", "Jin", "Kim", "Father", "", ""),
        ),
        people=(("Ava Thompson", "ava.thompson@gmail.com"), ("Noah Kim", "noah.kim@outlook.com")),
        known=(expect("ava.thompson@gmail.com", phone="(555) 201-7788"),),
        notes="each 'Contact 1' column is a parent's: neither the player's name, nor a fallback address, nor the player's phone",
    ),
    Shape(
        name="nmbrs-medewerkers-nl",
        product="Nmbrs (employee export)",
        language="nl",
        source="recalled: Nmbrs' employee list exported to Excel and saved as CSV (';'), with the tussenvoegsel in its own column and a business and a private address",
        header=("Personeelsnummer", "Voornaam", "Tussenvoegsel", "Achternaam", "E-mail privé", "E-mail zakelijk", "Functie", "Leidinggevende", "E-mail leidinggevende"),
        rows=(
            ("101", "Jan", "van der", "Berg", "jan.vdberg@ziggo.nl", "j.vandenberg@bakkerij-zon.nl", "Bakker", "Sanne de Wit", "s.dewit@bakkerij-zon.nl"),
            ("102", "Fatima", "", "El Amrani", "fatima.elamrani@gmail.com", "", "Verkoopmedewerker", "Sanne de Wit", "s.dewit@bakkerij-zon.nl"),
            ("103", "Sanne", "de", "Wit", "", "s.dewit@bakkerij-zon.nl", "Filiaalmanager", "", ""),
        ),
        people=(("Jan van der Berg", "j.vandenberg@bakkerij-zon.nl"), ("Fatima El Amrani", "fatima.elamrani@gmail.com"), ("Sanne de Wit", "s.dewit@bakkerij-zon.nl")),
        known=(
            expect("j.vandenberg@bakkerij-zon.nl", job_title="Bakker", other_emails=("jan.vdberg@ziggo.nl",)),
            expect("fatima.elamrani@gmail.com", job_title="Verkoopmedewerker"),
            expect("s.dewit@bakkerij-zon.nl", job_title="Filiaalmanager"),
        ),
        delimiter=";",
        encoding="utf-8-sig",
        notes="the business address (zakelijk) before the private one though it comes second; the manager's address (Leidinggevende) is no fallback",
    ),
    Shape(
        name="lucca-collaborateurs-fr",
        product="Lucca (Poplee, employee export)",
        language="fr",
        source="recalled: Lucca's employee directory export (.csv, ';'): the professional and personal addresses, the employing entity ('Établissement'), the manager",
        header=("Matricule", "Nom", "Prénom", "Email professionnel", "Email personnel", "Poste", "Établissement", "Manager", "Email du manager"),
        rows=(
            ("A012", "Lefèvre", "Camille", "camille.lefevre@atelier-lumiere.fr", "camille.lef@gmail.com", "Cheffe de projet", "Atelier Lumière SAS", "Hugo Martin", "hugo.martin@atelier-lumiere.fr"),
            ("A027", "N'Diaye", "Awa", "", "awa.ndiaye@orange.fr", "Assistante RH", "Atelier Lumière SAS", "Hugo Martin", "hugo.martin@atelier-lumiere.fr"),
        ),
        people=(("Camille Lefèvre", "camille.lefevre@atelier-lumiere.fr"), ("Awa N'Diaye", "awa.ndiaye@orange.fr")),
        known=(
            expect("camille.lefevre@atelier-lumiere.fr", company="Atelier Lumière SAS", job_title="Cheffe de projet", other_emails=("camille.lef@gmail.com",)),
            expect("awa.ndiaye@orange.fr", company="Atelier Lumière SAS", job_title="Assistante RH"),
        ),
        delimiter=";",
        encoding="utf-8-sig",
        notes="'Nom' beside 'Prénom' is the family name; the manager's name and address are another person's",
    ),
    Shape(
        name="visma-ansatte-no",
        product="Visma.net HRM (employee list, no)",
        language="no",
        source="recalled: an employee list exported to Excel and saved as CSV (';'), with the nearest manager ('Nærmeste leder')",
        header=("Ansattnr.", "Fornavn", "Etternavn", "E-post arbeid", "E-post privat", "Mobil", "Stilling", "Avdeling", "Nærmeste leder", "Nærmeste leder e-post"),
        rows=(
            ("2001", "Lars", "Bakken", "lars.bakken@fjordbygg.no", "", "+47 915 55 321", "Prosjektleder", "Prosjekt", "Eva Lunde", "eva.lunde@fjordbygg.no"),
            ("2002", "Nora", "Strand", "", "nora.strand@gmail.com", "", "Lærling", "Snekker", "Lars Bakken", "lars.bakken@fjordbygg.no"),
            ("2003", "Emil", "Berg", "", "", "", "Tømrer", "Snekker", "Lars Bakken", "lars.bakken@fjordbygg.no"),
        ),
        people=(("Lars Bakken", "lars.bakken@fjordbygg.no"), ("Nora Strand", "nora.strand@gmail.com")),
        known=(
            expect("lars.bakken@fjordbygg.no", phone="+4791555321", job_title="Prosjektleder"),
            expect("nora.strand@gmail.com", job_title="Lærling"),
        ),
        delimiter=";",
        encoding="utf-8-sig",
        notes="'Nærmeste leder' (nearest manager) and its address are another person's: an employee without an address gets none",
    ),
    Shape(
        name="churchsuite-addressbook",
        product="ChurchSuite (address book export)",
        language="en",
        source="recalled: ChurchSuite's contacts export: 'Job' and 'Employer' for the occupation, a 'Formal name'-free layout",
        header=("Contact ID", "Title", "First name", "Middle name", "Last name", "Sex", "Date of birth", "Job", "Employer", "Email", "Mobile", "Telephone", "Address", "Postcode"),
        rows=(
            ("1044", "Mrs", "Grace", "Adaeze", "Okonkwo", "female", "1978-03-04", "Nurse", "Leeds Teaching Hospitals NHS Trust", "grace.okonkwo@gmail.com", "07700 900123", "0113 496 0000", "12 Mill Lane, Leeds", "LS6 2AB"),
            ("1045", "Mr", "Tomasz", "", "Wiśniewski", "male", "1990-07-19", "Electrician", "", "tomasz.w@outlook.com", "", "", "4 Park Row, Leeds", "LS1 5HN"),
        ),
        people=(("Grace Adaeze Okonkwo", "grace.okonkwo@gmail.com"), ("Tomasz Wiśniewski", "tomasz.w@outlook.com")),
        known=(
            expect("grace.okonkwo@gmail.com", phone="07700 900123", company="Leeds Teaching Hospitals NHS Trust", job_title="Nurse"),
            expect("tomasz.w@outlook.com", job_title="Electrician"),
        ),
        notes="'Job' is the occupation (a job title), 'Employer' the company; 'Title' holds the prefix (Mrs), no job title",
    ),
    Shape(
        name="civicrm-kontakte-de",
        product="CiviCRM (contact export, de)",
        language="de",
        source="recalled: CiviCRM's 'Export contacts' with German labels: Kontakt-ID, Kontakttyp, Sortiername, Anzeigename, Vorname, Nachname, E-Mail, Aktueller Arbeitgeber",
        header=("Kontakt-ID", "Kontakttyp", "Sortiername", "Anzeigename", "Vorname", "Nachname", "E-Mail", "Telefon", "Aktueller Arbeitgeber", "Berufsbezeichnung"),
        rows=(
            ("201", "Individual", "Brandt, Helga", "Helga Brandt", "Helga", "Brandt", "helga.brandt@posteo.de", "+49 30 555 0147", "Stadtbibliothek Pankow", "Bibliothekarin"),
            ("202", "Individual", "Yıldız, Mehmet", "Mehmet Yıldız", "Mehmet", "Yıldız", "m.yildiz@web.de", "", "", ""),
            ("203", "Individual", "Krause, Dieter", "Dr. Dieter Krause", "Dieter", "Krause", "d.krause@gmx.net", "", "", ""),
        ),
        people=(("Helga Brandt", "helga.brandt@posteo.de"), ("Mehmet Yıldız", "m.yildiz@web.de"), ("Dr. Dieter Krause", "d.krause@gmx.net")),
        known=(expect("helga.brandt@posteo.de", phone="+49305550147", company="Stadtbibliothek Pankow", job_title="Bibliothekarin"),),
        delimiter=";",
        encoding="utf-8-sig",
        notes="'Sortiername' ('Family, Given', a filing form) before 'Anzeigename' (the display name); 'Aktueller Arbeitgeber' the employer",
    ),
    Shape(
        name="excel-da-medlemsliste",
        product="Microsoft Excel (Danish club sheet)",
        language="da",
        source="recalled: a club's member list typed in Danish, saved by Excel as CSV (windows-1252, ';'): the child and a parent ('Forælder')",
        header=("Medlemsnr.", "Fornavn", "Efternavn", "E-mail", "Mobil", "Forælder navn", "Forælder e-mail"),
        rows=(
            ("501", "Freja", "Sørensen", "", "", "Mette Sørensen", "mette.sorensen@gmail.com"),
            ("502", "Oliver", "Jørgensen", "oliver.jorgensen@hotmail.dk", "+45 22 55 12 34", "Rasmus Jørgensen", "rasmus.j@mail.dk"),
            ("503", "Ida", "Læssøe", "ida.laessoe@gmail.com", "", "", ""),
        ),
        people=(("Oliver Jørgensen", "oliver.jorgensen@hotmail.dk"), ("Ida Læssøe", "ida.laessoe@gmail.com")),
        known=(expect("oliver.jorgensen@hotmail.dk", phone="+4522551234"),),
        encoding="cp1252",
        delimiter=";",
        notes="'Forælder' (parent) columns are another person's: a child without an address gets none",
    ),
    Shape(
        name="donorperfect-donors",
        product="DonorPerfect (donor export)",
        language="en",
        source="recalled: DonorPerfect's field names (DONOR_ID, FIRST_NAME, LAST_NAME, TITLE, SALUTATION, PROF_TITLE, EMPLOYER, ORG_REC, EMAIL, MOBILE_PHONE)",
        header=("DONOR_ID", "TITLE", "FIRST_NAME", "MIDDLE_NAME", "LAST_NAME", "SUFFIX", "SALUTATION", "PROF_TITLE", "EMPLOYER", "ORG_REC", "EMAIL", "HOME_PHONE", "MOBILE_PHONE"),
        rows=(
            ("30112", "Ms.", "Renee", "L", "Okafor", "", "Dear Renee", "Program Officer", "Hillside Foundation", "N", "renee.okafor@gmail.com", "", "(617) 555-0142"),
            ("30113", "Rev.", "Samuel", "", "Whitaker", "Jr.", "Dear Rev. Whitaker", "", "", "N", "swhitaker@stmarks.org", "(617) 555-0190", ""),
        ),
        people=(("Renee L Okafor", "renee.okafor@gmail.com"), ("Samuel Whitaker", "swhitaker@stmarks.org")),
        known=(
            expect("renee.okafor@gmail.com", phone="(617) 555-0142", company="Hillside Foundation", job_title="Program Officer"),
            expect("swhitaker@stmarks.org", phone="(617) 555-0190"),
        ),
        notes="TITLE is the prefix (Ms., Rev.), PROF_TITLE the job title; SALUTATION a letter's greeting; upper-case snake-case names",
    ),
    Shape(
        name="excel-sv-lista-blank-columns",
        product="Microsoft Excel (Swedish sheet, .xlsx)",
        language="sv",
        source="recalled: a sheet typed in Swedish with a '#' numbering column and empty spacer columns between the filled ones",
        preamble=(("Deltagarlista vårmöte 2026",), ()),
        header=("#", "Namn", "", "E-post", "", "Telefon"),
        rows=(
            ("1", "Åsa Lindgren", "", "asa.lindgren@telia.com", "", "070-555 11 22"),
            ("2", "Björn Ekström", "", "bjorn.ekstrom@gmail.com", "", ""),
            ("3", "Märta Holm", "", "", "", "073-555 33 44"),
            ("", "Summa: 3", "", "", "", ""),
        ),
        people=(("Åsa Lindgren", "asa.lindgren@telia.com"), ("Björn Ekström", "bjorn.ekstrom@gmail.com")),
        known=(expect("asa.lindgren@telia.com", phone="070-555 11 22"),),
        kind="xlsx",
        suffix=".xlsx",
        notes="empty spacer columns with empty header cells; a '#' column; a 'Summa' row below the data",
    ),
]
# fmt: on
