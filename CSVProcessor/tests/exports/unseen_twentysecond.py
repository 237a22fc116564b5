"""A twenty-second round of exports, written (2026-12-07) on WRITERS and LAYOUTS more than
on new vocabularies: the same kinds of people lists as Excel writes them in several locales
(`;` and cp1250, cp1251, cp1253, cp1254, cp1257; "Unicode Text", UTF-16LE with a BOM and
tabs), Excel for Mac (Mac Roman, CR line ends), Numbers, Google Sheets (.xlsx and CSV),
LibreOffice (.ods, CSV quoted every text cell, cp1250 with tabs), vCards of Outlook (2.1
quoted-printable), Thunderbird, Apple Contacts, Google Contacts, Android and iOS (item
groups, `PREF`, several `TEL` types, 4.0's `PREF=1`), LDIF of Thunderbird, OpenLDAP and
Active Directory (`proxyAddresses`); and layouts: title blocks, notes rows above the header
(one with the exporting admin's address), blank columns, totals, merged header cells, a
header of two rows (a group header over the field header), columns in an unusual order,
names in one column `Last, First` or `NOM Prénom`, addresses with display names
(`Ann Lee <ann@x.org>`), `mailto:`, and several a cell separated by `;`, `/` or a newline.

Each keeps the columns that touch a person, as the earlier rounds' modules say. `source`
says where each layout's spelling comes from: "recalled" marks a layout known from the
writer's output as its users see it, not found in the code corpus searched.
"""

import base64
import quopri

from CSVProcessor.tests.exports.builders import Link, Shape, Spanned, expect, text_lines


def _qp(text: str, encoding: str = "utf-8") -> str:
    """A value as a vCard 2.1 writer puts it: quoted-printable, no soft breaks."""
    return quopri.encodestring(text.encode(encoding)).decode("ascii").replace("=\n", "")


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


_OUTLOOK_21 = f"""\
BEGIN:VCARD
VERSION:2.1
N;LANGUAGE=de;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:{_qp("Müller;Jürgen", "cp1252")}
FN;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:{_qp("Jürgen Müller", "cp1252")}
ORG;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:{_qp("Bäckerei Müller GmbH", "cp1252")}
TITLE:Inhaber
TEL;WORK;VOICE:+49 711 555 3344
TEL;CELL;VOICE:+49 171 5551234
TEL;WORK;FAX:+49 711 555 3345
EMAIL;PREF;INTERNET:j.mueller@baeckerei-mueller.example.de
EMAIL;INTERNET:juergen.mueller@web.example.de
REV:20261201T101500Z
END:VCARD
BEGIN:VCARD
VERSION:2.1
N;LANGUAGE=de:Schmidt;Petra
FN:Petra Schmidt
TEL;HOME;VOICE:0711 555 8899
EMAIL;PREF;INTERNET:petra.schmidt@gmx.example.de
END:VCARD
"""

_APPLE_30 = """\
BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//macOS 15.1//EN
N:Dubois;Camille;;;
FN:Camille Dubois
ORG:Atelier Dubois;
TITLE:Architecte
item1.EMAIL;type=INTERNET;type=pref:camille@atelier-dubois.example.fr
item1.X-ABLabel:_$!<Work>!$_
item2.EMAIL;type=INTERNET:camille.dubois@orange.example.fr
item2.X-ABLabel:_$!<Home>!$_
TEL;type=CELL;type=VOICE;type=pref:+33 6 12 34 56 78
TEL;type=WORK;type=VOICE:01 55 55 12 34
item3.ADR;type=WORK:;;12 rue des Lilas;Paris;;75011;France
item3.X-ABADR:fr
END:VCARD
BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//macOS 15.1//EN
N:;;;;
FN:Atelier Dubois
ORG:Atelier Dubois;
X-ABShowAs:COMPANY
item1.EMAIL;type=INTERNET:contact@atelier-dubois.example.fr
item1.X-ABLabel:_$!<Work>!$_
END:VCARD
"""

_GOOGLE_30 = """\
BEGIN:VCARD
VERSION:3.0
FN:Kwame Mensah
N:Mensah;Kwame;;;
EMAIL;TYPE=INTERNET;TYPE=HOME:kwame.mensah@gmail.example.com
EMAIL;TYPE=INTERNET;TYPE=WORK:k.mensah@accrabank.example.com.gh
TEL;TYPE=CELL:+233 24 555 1234
item1.ORG:Accra Bank
item1.TITLE:Branch Manager
CATEGORIES:myContacts
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Ana Pereira
N:Pereira;Ana;;;
item1.EMAIL;TYPE=INTERNET:ana.pereira@sapo.example.pt
item1.X-ABLabel:Escola
CATEGORIES:myContacts,Pais
END:VCARD
"""

_ANDROID_21_PL = f"""\
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("Wiśniewska;Małgorzata;;;")}
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("Małgorzata Wiśniewska")}
TEL;CELL;PREF:+48 601 234 567
TEL;HOME:22 555 12 34
EMAIL;HOME:m.wisniewska@onet.example.pl
END:VCARD
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("Żółkiewski;Łukasz;;;")}
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("Łukasz Żółkiewski")}
TEL;WORK:+48 22 555 98 76
EMAIL;WORK:lukasz.zolkiewski@firma.example.pl
ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("Firma Budowlana Żółkiewski")}
END:VCARD
"""

_IOS_30_TELS = """\
BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
N:Nakamura;Emi;;;
FN:Emi Nakamura
TEL;type=CELL;type=VOICE;type=pref:+81 90-1234-5678
TEL;type=HOME;type=VOICE:03-5555-0101
TEL;type=IPHONE;type=CELL;type=VOICE:+81 80-9876-5432
item1.EMAIL;type=INTERNET;type=pref:emi.nakamura@icloud.example.com
item1.X-ABLabel:_$!<Other>!$_
END:VCARD
"""

_VCARD40_PREF = """\
BEGIN:VCARD
VERSION:4.0
FN:Lars Eriksen
N:Eriksen;Lars;;;
EMAIL;TYPE=home:lars.eriksen@privat.example.no
EMAIL;TYPE=work;PREF=1:lars.eriksen@fjordkraft.example.no
TEL;VALUE=uri;TYPE="voice,cell";PREF=1:tel:+47-912-34-567
ORG:Fjordkraft AS
UID:urn:uuid:3f1c2d9e-1111-4c1b-9a55-0a0b0c0d0e0f
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Ingrid Holm
N:Holm;Ingrid;;;
EMAIL;PREF=2:ingrid.holm@online.example.no
EMAIL;PREF=1:ingrid@holm-regnskap.example.no
END:VCARD
"""

_THUNDERBIRD_40 = """\
BEGIN:VCARD
VERSION:4.0
EMAIL;PREF=1:tomas.horak@seznam.example.cz
EMAIL:tomas.horak@firma.example.cz
FN:Tomáš Horák
N:Horák;Tomáš;;;
TEL;TYPE=cell;VALUE=TEXT:+420 601 234 567
NOTE:Kolega Věry Novákové (vera.novakova@firma.example.cz)
UID:8d3f0b2a-7c61-4a1f-b4e1-6d2f9e0c1a11
END:VCARD
"""

_OUTLOOK_21_CP1251 = f"""\
BEGIN:VCARD
VERSION:2.1
N;LANGUAGE=ru;CHARSET=Windows-1251;ENCODING=QUOTED-PRINTABLE:{_qp("Кузнецова;Ольга", "cp1251")}
FN;CHARSET=Windows-1251;ENCODING=QUOTED-PRINTABLE:{_qp("Ольга Кузнецова", "cp1251")}
ORG;CHARSET=Windows-1251;ENCODING=QUOTED-PRINTABLE:{_qp("ООО «Вектор»", "cp1251")}
TEL;WORK;VOICE:+7 495 555-12-34
EMAIL;PREF;INTERNET:o.kuznetsova@vektor.example.ru
END:VCARD
"""

_THUNDERBIRD_LDIF = f"""\
dn: cn=Sören Lindqvist,mail=soren.lindqvist@bredband.example.se
objectclass: top
objectclass: person
objectclass: organizationalPerson
objectclass: inetOrgPerson
objectclass: mozillaAbPersonAlpha
givenName:: {_b64("Sören")}
sn: Lindqvist
cn:: {_b64("Sören Lindqvist")}
mail: soren.lindqvist@bredband.example.se
mozillaSecondEmail: soren@lindqvist-bygg.example.se
telephoneNumber: 08-555 123 45
o:: {_b64("Lindqvist Bygg AB")}
modifytimestamp: 0Z

dn: cn=Familjen Lindqvist
objectclass: top
objectclass: groupOfNames
cn: Familjen Lindqvist
member: cn=Sören Lindqvist,mail=soren.lindqvist@bredband.example.se
"""

_OPENLDAP_LDIF = f"""\
# extended LDIF
#
# LDAPv3
# base <ou=people,dc=uni,dc=example,dc=at> with scope subtree
# filter: (objectClass=inetOrgPerson)
# requesting: ALL
#

# hoffmann, people, uni.example.at
dn: uid=hoffmann,ou=people,dc=uni,dc=example,dc=at
objectClass: inetOrgPerson
uid: hoffmann
cn:: {_b64("Maximilian Höffmann")}
displayName:: {_b64("Prof. Dr. Maximilian Höffmann")}
givenName: Maximilian
sn:: {_b64("Höffmann")}
mail: maximilian.hoeffmann@uni.example.
 at
telephoneNumber: +43 1 4277 12345
title: Professor
ou: Institut für Informatik

# search result
search: 2
result: 0 Success

# numResponses: 2
# numEntries: 1
"""

_AD_LDIF = """\
dn: CN=Nguyen\\, Thi Lan,OU=Staff,DC=corp,DC=example,DC=com
changetype: add
objectClass: top
objectClass: person
objectClass: organizationalPerson
objectClass: user
cn: Nguyen, Thi Lan
sn: Nguyen
givenName: Thi Lan
displayName: Nguyen, Thi Lan
mail: thilan.nguyen@corp.example.com
proxyAddresses: SMTP:thilan.nguyen@corp.example.com
proxyAddresses: smtp:lan.nguyen@corp-old.example.com
userPrincipalName: tnguyen@corp.example.local
sAMAccountName: tnguyen
telephoneNumber: +1 206 555 0147
title: Payroll Specialist
company: Example Corp
manager: CN=Okafor\\, Chidi,OU=Staff,DC=corp,DC=example,DC=com

dn: CN=svc-backup,OU=Service Accounts,DC=corp,DC=example,DC=com
changetype: add
objectClass: user
cn: svc-backup
sAMAccountName: svc-backup
userPrincipalName: svc-backup@corp.example.local
"""


# fmt: off
SHAPES = [
    # --- Excel in its locales: `;`, legacy code pages, title blocks, totals --------------------
    Shape(
        name="excel-pl-szkolenie-cp1250",
        product="Excel (pl, CSV (rozdzielany przecinkami), cp1250)",
        language="pl",
        source="recalled: a training list typed in Polish Excel and saved as CSV: title row, blank row, 'Lp.' numbering, a total",
        preamble=(("Lista uczestników szkolenia BHP – 12.11.2026", "", "", "", "", ""), ("", "", "", "", "", "")),
        header=("Lp.", "Nazwisko", "Imię", "E-mail", "Telefon", "Firma"),
        rows=(
            ("1", "Wójcik", "Zofia", "zofia.wojcik@wp.example.pl", "601 234 567", "PHU Wójcik"),
            ("2", "Kamiński", "Paweł", "p.kaminski@budex.example.pl", "", "Budex Sp. z o.o."),
            ("3", "Lewandowska", "Jadwiga", "jadwiga.lewandowska@interia.example.pl", "+48 502 111 222", ""),
        ),
        footer=(("", "", "", "", "", ""), ("Razem:", "3", "", "", "", "")),
        people=(("Zofia Wójcik", "zofia.wojcik@wp.example.pl"), ("Paweł Kamiński", "p.kaminski@budex.example.pl"), ("Jadwiga Lewandowska", "jadwiga.lewandowska@interia.example.pl")),
        known=(
            expect("zofia.wojcik@wp.example.pl", phone="601 234 567", company="PHU Wójcik"),
            expect("p.kaminski@budex.example.pl", company="Budex Sp. z o.o."),
            expect("jadwiga.lewandowska@interia.example.pl", phone="+48502111222"),
        ),
        delimiter=";",
        encoding="cp1250",
        notes="Excel's every record as wide as the used range; a title, a blank row and a total",
    ),
    Shape(
        name="excel-ru-fio-cp1251",
        product="Excel (ru, CSV (разделители — точки с запятой), cp1251)",
        language="ru",
        source="recalled: a staff list typed in Russian Excel: 'ФИО' one column, family name first, then address, phone, department",
        preamble=(("Список сотрудников отдела продаж", "", "", ""), ("по состоянию на 01.12.2026", "", "", "")),
        header=("ФИО", "Электронная почта", "Мобильный телефон", "Отдел"),
        rows=(
            ("Иванов Иван Иванович", "i.ivanov@torgdom.example.ru", "+7 916 555-12-34", "Продажи"),
            ("Смирнова Анна Сергеевна", "a.smirnova@torgdom.example.ru", "8 (495) 555-66-77", "Продажи"),
        ),
        people=(("Иванов Иван Иванович", "i.ivanov@torgdom.example.ru"), ("Смирнова Анна Сергеевна", "a.smirnova@torgdom.example.ru")),
        known=(
            expect("i.ivanov@torgdom.example.ru", phone="+79165551234"),
            expect("a.smirnova@torgdom.example.ru", phone="8 (495) 555-66-77"),
        ),
        delimiter=";",
        encoding="cp1251",
        notes="a two-line title; the full name family first with the patronymic",
    ),
    Shape(
        name="excel-el-pelates-cp1253",
        product="Excel (el, CSV, cp1253)",
        language="el",
        source="recalled: a customer list typed in Greek Excel, saved as CSV (;), Windows-1253",
        header=("Επώνυμο", "Όνομα", "Email", "Κινητό", "Εταιρεία"),
        rows=(
            ("Παπαδόπουλος", "Γιώργος", "g.papadopoulos@otenet.example.gr", "694 123 4567", "Παπαδόπουλος Α.Ε."),
            ("Αλεξίου", "Ελένη", "eleni.alexiou@gmail.example.com", "", ""),
        ),
        people=(("Γιώργος Παπαδόπουλος", "g.papadopoulos@otenet.example.gr"), ("Ελένη Αλεξίου", "eleni.alexiou@gmail.example.com")),
        known=(expect("g.papadopoulos@otenet.example.gr", phone="694 123 4567", company="Παπαδόπουλος Α.Ε."),),
        delimiter=";",
        encoding="cp1253",
        notes="family name before given name in the column order",
    ),
    Shape(
        name="excel-tr-katilimci-cp1254",
        product="Excel (tr, CSV, cp1254)",
        language="tr",
        source="recalled: an attendee list typed in Turkish Excel with a note row above the header and an empty column between",
        preamble=(("Not: Bu liste 05.12.2026 tarihinde güncellenmiştir.", "", "", "", ""),),
        header=("Adı Soyadı", "", "E-posta", "Cep Telefonu", "Şirket"),
        rows=(
            ("Ayşe Yılmaz", "", "ayse.yilmaz@ttmail.example.com.tr", "0532 555 12 34", "Yılmaz Tekstil"),
            ("Mehmet Öztürk", "", "mehmet.ozturk@gmail.example.com", "", ""),
            ("Şule Çelik", "", "sule.celik@ozelsirket.example.com.tr", "+90 533 555 66 77", "Çelik İnşaat A.Ş."),
        ),
        people=(("Ayşe Yılmaz", "ayse.yilmaz@ttmail.example.com.tr"), ("Mehmet Öztürk", "mehmet.ozturk@gmail.example.com"), ("Şule Çelik", "sule.celik@ozelsirket.example.com.tr")),
        known=(
            expect("ayse.yilmaz@ttmail.example.com.tr", phone="0532 555 12 34", company="Yılmaz Tekstil"),
            expect("sule.celik@ozelsirket.example.com.tr", phone="+905335556677", company="Çelik İnşaat A.Ş."),
        ),
        delimiter=";",
        encoding="cp1254",
        notes="a note row above the header; an empty column with no title",
    ),
    Shape(
        name="excel-lt-dalyviai-cp1257",
        product="Excel (lt, CSV, cp1257)",
        language="lt",
        source="recalled: a participants list typed in Lithuanian Excel, saved as CSV (;), Windows-1257",
        header=("Vardas", "Pavardė", "El. paštas", "Telefonas", "Įmonė"),
        rows=(
            ("Gintarė", "Žukauskienė", "gintare.zukauskiene@takas.example.lt", "+370 612 34567", "UAB „Šviesa“"),
            ("Mindaugas", "Petrauskas", "mindaugas.p@gmail.example.com", "8 612 76543", ""),
        ),
        people=(("Gintarė Žukauskienė", "gintare.zukauskiene@takas.example.lt"), ("Mindaugas Petrauskas", "mindaugas.p@gmail.example.com")),
        known=(
            expect("gintare.zukauskiene@takas.example.lt", phone="+37061234567", company="UAB „Šviesa“"),
            expect("mindaugas.p@gmail.example.com", phone="8 612 76543"),
        ),
        delimiter=";",
        encoding="cp1257",
    ),
    Shape(
        name="excel-et-nimekiri-sep-cp1257",
        product="Excel (et, CSV with a sep= line, cp1257)",
        language="et",
        source="recalled: an Estonian list re-saved with Excel's 'sep=;' first line, Windows-1257",
        preamble=(("sep=;",),),
        header=("Eesnimi", "Perekonnanimi", "E-post", "Telefon"),
        rows=(
            ("Jüri", "Tamm", "jyri.tamm@neti.example.ee", "+372 5123 4567"),
            ("Õie", "Mägi", "oie.magi@hot.example.ee", "5555 1234"),
        ),
        people=(("Jüri Tamm", "jyri.tamm@neti.example.ee"), ("Õie Mägi", "oie.magi@hot.example.ee")),
        known=(
            expect("jyri.tamm@neti.example.ee", phone="+37251234567"),
            expect("oie.magi@hot.example.ee", phone="5555 1234"),
        ),
        delimiter=";",
        encoding="cp1257",
    ),
    Shape(
        name="excel-hu-nevsor-cp1250",
        product="Excel (hu, CSV, cp1250)",
        language="hu",
        source="recalled: a Hungarian member list typed in Excel: 'Név' family name first, 'E-mail cím', totals",
        header=("Sorszám", "Név", "E-mail cím", "Telefonszám"),
        rows=(
            ("1.", "Kovács Anna", "kovacs.anna@freemail.example.hu", "+36 30 123 4567"),
            ("2.", "Szőke Gábor", "szoke.gabor@citromail.example.hu", "06 1 555 1234"),
        ),
        footer=(("Összesen:", "2 fő", "", ""),),
        people=(("Kovács Anna", "kovacs.anna@freemail.example.hu"), ("Szőke Gábor", "szoke.gabor@citromail.example.hu")),
        known=(
            expect("kovacs.anna@freemail.example.hu", phone="+36301234567"),
            expect("szoke.gabor@citromail.example.hu", phone="06 1 555 1234"),
        ),
        delimiter=";",
        encoding="cp1250",
        notes="a total row whose second cell is a count of people",
    ),
    Shape(
        name="excel-uk-prizvyshche-imia-cp1251",
        product="Excel (uk, CSV, cp1251)",
        language="uk",
        source="recalled: a Ukrainian parents list: one column 'Прізвище, ім’я' family name first, semicolons",
        header=("№", "Прізвище, ім’я", "Ел. пошта", "Телефон"),
        rows=(
            ("1", "Шевченко Олена", "olena.shevchenko@ukr.example.net", "+380 67 123 4567"),
            ("2", "Бондаренко Ігор", "igor.bondarenko@i.example.ua", ""),
        ),
        people=(("Шевченко Олена", "olena.shevchenko@ukr.example.net"), ("Бондаренко Ігор", "igor.bondarenko@i.example.ua")),
        known=(expect("olena.shevchenko@ukr.example.net", phone="+380671234567"),),
        delimiter=";",
        encoding="cp1251",
        notes="the whole name in one column under a header naming both parts",
    ),
    # --- Excel's "Unicode Text": UTF-16LE with a BOM, tabs ------------------------------------
    Shape(
        name="excel-unicode-text-de-blank-columns",
        product="Excel (de, Unicode-Text)",
        language="de",
        source="recalled: Excel's 'Unicode-Text (*.txt)': UTF-16LE with a BOM, tabs, CRLF; a sheet with an empty first column and an empty column between",
        header=("", "Nachname", "Vorname", "", "E-Mail-Adresse", "Telefon geschäftlich", "Firma"),
        rows=(
            ("", "Weiß", "Renate", "", "renate.weiss@t-online.example.de", "+49 89 5555 1234", "Weiß & Söhne KG"),
            ("", "Groß", "Dieter", "", "dieter.gross@gmx.example.de", "", ""),
        ),
        people=(("Renate Weiß", "renate.weiss@t-online.example.de"), ("Dieter Groß", "dieter.gross@gmx.example.de")),
        known=(expect("renate.weiss@t-online.example.de", phone="+498955551234", company="Weiß & Söhne KG"),),
        delimiter="\t",
        encoding="utf-16",
        notes="an empty first column and an empty column between the name and the address",
    ),
    Shape(
        name="excel-unicode-text-el",
        product="Excel (el, Unicode Text)",
        language="el",
        source="recalled: Excel's Unicode Text save of a Greek list: UTF-16LE BOM, tabs, a title row",
        preamble=(("Κατάλογος μελών 2026",), ()),
        header=("Ονοματεπώνυμο", "Διεύθυνση email", "Τηλέφωνο"),
        rows=(
            ("Νίκος Κωνσταντίνου", "nikos.k@hol.example.gr", "210 555 1234"),
            ("Μαρία Γεωργίου", "maria.georgiou@yahoo.example.gr", "+30 697 123 4567"),
        ),
        people=(("Νίκος Κωνσταντίνου", "nikos.k@hol.example.gr"), ("Μαρία Γεωργίου", "maria.georgiou@yahoo.example.gr")),
        known=(
            expect("nikos.k@hol.example.gr", phone="210 555 1234"),
            expect("maria.georgiou@yahoo.example.gr", phone="+306971234567"),
        ),
        delimiter="\t",
        encoding="utf-16",
    ),
    # --- Excel for Mac, Numbers --------------------------------------------------------------
    Shape(
        name="excel-mac-csv-fr-macroman",
        product="Excel for Mac (fr, CSV (séparateur : point-virgule), Mac Roman)",
        language="fr",
        source="recalled: Excel for Mac's 'CSV (Macintosh)' on a French system: Mac Roman, bare CR, ';'",
        header=("Nom", "Prénom", "Adresse e-mail", "Téléphone", "Société"),
        rows=(
            ("Lefèvre", "Hélène", "helene.lefevre@laposte.example.net", "06 12 34 56 78", "Café des Écoles"),
            ("Giraud", "François", "f.giraud@wanadoo.example.fr", "", ""),
            ("Noël", "Anaïs", "anais.noel@free.example.fr", "+33 4 78 55 12 34", ""),
        ),
        people=(("Hélène Lefèvre", "helene.lefevre@laposte.example.net"), ("François Giraud", "f.giraud@wanadoo.example.fr"), ("Anaïs Noël", "anais.noel@free.example.fr")),
        known=(
            expect("helene.lefevre@laposte.example.net", phone="06 12 34 56 78", company="Café des Écoles"),
            expect("anais.noel@free.example.fr", phone="+33478551234"),
        ),
        delimiter=";",
        encoding="mac-roman",
        line_end="\r",
    ),
    Shape(
        name="numbers-csv-de-semicolon",
        product="Numbers (de, CSV export)",
        language="de",
        source="recalled: Apple Numbers' CSV export on a German Mac: UTF-8 without a BOM, ';' (the decimal comma), LF ends",
        header=("Name", "E-Mail", "Mobil", "Verein"),
        rows=(
            ("Lukas Bäumer", "lukas.baeumer@icloud.example.com", "0171 5551234", "TSV Grünwald"),
            ("Anja Köhler", "anja.koehler@me.example.com", "", "TSV Grünwald"),
        ),
        people=(("Lukas Bäumer", "lukas.baeumer@icloud.example.com"), ("Anja Köhler", "anja.koehler@me.example.com")),
        known=(expect("lukas.baeumer@icloud.example.com", phone="0171 5551234"),),
        delimiter=";",
        line_end="\n",
        notes="'Verein' (the club, the same on every row) is no company",
    ),
    Shape(
        name="numbers-xlsx-table-title",
        product="Numbers (export to Excel, a table title)",
        language="en",
        source="recalled: Numbers' Excel export: each table on a sheet named 'Sheet 1 - Table 1', its title in a merged first row",
        preamble=((Spanned("Volunteers", 4),),),
        header=("Name", "Email", "Phone", "Shift"),
        rows=(
            ("Grace Liu", "grace.liu@icloud.example.com", "(415) 555-0100", "Morning"),
            ("Owen Price", "owen.price@me.example.com", "", "Evening"),
        ),
        people=(("Grace Liu", "grace.liu@icloud.example.com"), ("Owen Price", "owen.price@me.example.com")),
        known=(expect("grace.liu@icloud.example.com", phone="(415) 555-0100"),),
        kind="workbook",
        suffix=".xlsx",
        sheet_title="Sheet 1 - Volunteers",
    ),
    # --- Google Sheets ------------------------------------------------------------------------
    Shape(
        name="google-sheets-csv-display-names",
        product="Google Sheets (Download as CSV)",
        language="en",
        source="recalled: a sign-up sheet downloaded as CSV: LF ends, the addresses pasted from Gmail with their display names",
        header=("Who", "Email", "Bringing"),
        rows=(
            ("Ann Lee", "Ann Lee <ann.lee@gmail.example.com>", "Salad"),
            ("Bob Stone", "\"Stone, Bob\" <bob.stone@yahoo.example.com>", "Drinks"),
            ("Chidi Okafor", "chidi.okafor@outlook.example.com (Chidi Okafor)", ""),
        ),
        people=(("Ann Lee", "ann.lee@gmail.example.com"), ("Bob Stone", "bob.stone@yahoo.example.com"), ("Chidi Okafor", "chidi.okafor@outlook.example.com")),
        line_end="\n",
        notes="'Who' as the name's header; addresses with display names, quoted 'Last, First' one among them",
    ),
    Shape(
        name="google-sheets-xlsx-group-header",
        product="Google Sheets (Download as .xlsx, two header rows)",
        language="en",
        source="recalled: a sheet with a group header row ('Parent', 'Student') merged over its field header",
        preamble=((Spanned("Parent / Guardian", 3), "", "", Spanned("Student", 2), ""),),
        header=("First Name", "Last Name", "Email", "First Name", "Grade"),
        rows=(
            ("Maria", "Gonzalez", "maria.gonzalez@gmail.example.com", "Sofia", "3"),
            ("David", "Kim", "david.kim@comcast.example.net", "Ethan", "5"),
        ),
        people=(("Maria Gonzalez", "maria.gonzalez@gmail.example.com"), ("David Kim", "david.kim@comcast.example.net")),
        kind="workbook",
        suffix=".xlsx",
        notes="a group row over the header; 'First Name' twice, the second the student's",
    ),
    Shape(
        name="google-sheets-csv-multi-address",
        product="Google Sheets (Download as CSV, several addresses a cell)",
        language="en",
        source="recalled: a team roster sheet where a cell holds two addresses, separated by ' / ' or a line break (Alt+Enter)",
        header=("Player", "Parent emails", "Phone"),
        rows=(
            ("Noah Fischer", "karin.fischer@gmail.example.com / tom.fischer@gmail.example.com", "555-0188"),
            ("Mia Rossi", "luca.rossi@yahoo.example.com\nanna.rossi@yahoo.example.com", ""),
            ("Leo Dubois", "claire.dubois@hotmail.example.com; marc.dubois@hotmail.example.com", ""),
        ),
        people=(("Noah Fischer", "karin.fischer@gmail.example.com"), ("Mia Rossi", "luca.rossi@yahoo.example.com"), ("Leo Dubois", "claire.dubois@hotmail.example.com")),
        known=(
            expect("karin.fischer@gmail.example.com", phone="555-0188", other_emails=("tom.fischer@gmail.example.com",)),
            expect("luca.rossi@yahoo.example.com", other_emails=("anna.rossi@yahoo.example.com",)),
            expect("claire.dubois@hotmail.example.com", other_emails=("marc.dubois@hotmail.example.com",)),
        ),
        line_end="\n",
        notes="the addresses are the parents' under the player's name: the row's person is named by the player column (a known limitation of one name a row)",
    ),
    # --- LibreOffice -------------------------------------------------------------------------
    Shape(
        name="libreoffice-csv-quoted-cs-cp1250-tabs",
        product="LibreOffice Calc (cs, Text CSV, tabs, every text cell quoted, Windows-1250)",
        language="cs",
        source="recalled: LibreOffice's Text CSV filter with 'Quote all text cells', tab separator, the system's Windows-1250",
        header=("Příjmení", "Jméno", "E-mail", "Telefon", "Organizace"),
        rows=(
            ("Dvořáková", "Věra", "vera.dvorakova@seznam.example.cz", "+420 777 123 456", "Základní škola Čechova"),
            ("Novák", "Jiří", "jiri.novak@centrum.example.cz", "", ""),
        ),
        people=(("Věra Dvořáková", "vera.dvorakova@seznam.example.cz"), ("Jiří Novák", "jiri.novak@centrum.example.cz")),
        known=(expect("vera.dvorakova@seznam.example.cz", phone="+420777123456", company="Základní škola Čechova"),),
        delimiter="\t",
        quote_all=True,
        encoding="cp1250",
        line_end="\n",
    ),
    Shape(
        name="libreoffice-csv-quoted-it",
        product="LibreOffice Calc (it, Text CSV, ';', every text cell quoted, UTF-8)",
        language="it",
        source="recalled: LibreOffice's Text CSV with ';' and 'Quote all text cells', UTF-8, LF",
        header=("Cognome", "Nome", "Indirizzo email", "Cellulare", "Ditta"),
        rows=(
            ("Bianchi", "Giulia", "giulia.bianchi@libero.example.it", "333 123 4567", "Bianchi & C. S.n.c."),
            ("Esposito", "Salvatore", "s.esposito@tiscali.example.it", "", ""),
        ),
        people=(("Giulia Bianchi", "giulia.bianchi@libero.example.it"), ("Salvatore Esposito", "s.esposito@tiscali.example.it")),
        known=(expect("giulia.bianchi@libero.example.it", phone="333 123 4567", company="Bianchi & C. S.n.c."),),
        delimiter=";",
        quote_all=True,
        line_end="\n",
    ),
    Shape(
        name="libreoffice-ods-title-block-mailto",
        product="LibreOffice Calc (.ods, a title block, addresses autocorrected to links)",
        language="es",
        source="recalled: a .ods with a merged title and a date line, addresses typed and turned into mailto: links by AutoCorrect",
        preamble=((Spanned("Coro Municipal – Lista de coristas", 4),), ("Actualizado: 2/12/2026",), ()),
        header=("Apellidos", "Nombre", "Correo", "Voz"),
        rows=(
            ("García López", "Lucía", Link("lucia.garcia@telefonica.example.es"), "Soprano"),
            ("Fernández", "Javier", Link("javier.fdez@gmail.example.com"), "Tenor"),
        ),
        people=(("Lucía García López", "lucia.garcia@telefonica.example.es"), ("Javier Fernández", "javier.fdez@gmail.example.com")),
        kind="ods",
        suffix=".ods",
        notes="a merged title, a date line, a blank row; the addresses are links",
    ),
    # --- Excel workbooks: merged header cells, totals, notes above, blank columns -------------
    Shape(
        name="excel-xlsx-merged-two-row-header",
        product="Excel (.xlsx, a header of two rows with merged group cells)",
        language="en",
        source="recalled: a hand-made sheet: 'Name' merged over 'First'/'Last', 'Contact' merged over 'Email'/'Phone'",
        preamble=((Spanned("Name", 2), "", Spanned("Contact", 2), "", "Company"),),
        header=("First", "Last", "Email", "Phone", ""),
        rows=(
            ("Isabel", "Moreno", "isabel.moreno@acme.example.com", "+1 312 555 0199", "Acme Inc."),
            ("Tom", "Wright", "tom.wright@globex.example.com", "312-555-0123", "Globex"),
        ),
        people=(("Isabel Moreno", "isabel.moreno@acme.example.com"), ("Tom Wright", "tom.wright@globex.example.com")),
        known=(
            expect("isabel.moreno@acme.example.com", phone="+13125550199", company="Acme Inc."),
            expect("tom.wright@globex.example.com", phone="312-555-0123", company="Globex"),
        ),
        kind="workbook",
        suffix=".xlsx",
        notes="the field header's words under merged group cells; 'Company' only in the group row (merged down)",
    ),
    Shape(
        name="excel-xlsx-notes-admin-address",
        product="Excel (.xlsx, export notes above the header)",
        language="en",
        source="recalled: a report saved to Excel with notes rows above the header naming the admin who ran it and her address",
        preamble=(("Exported by: Priya Shah (priya.shah@ourco.example.com)",), ("Export date: 2026-12-01",), ("Filter: Status = Active",), ()),
        header=("Email", "Phone", "Surname", "Given name", "Organisation"),
        rows=(
            ("h.baker@example.co.uk", "020 7946 0018", "Baker", "Harriet", "Baker Legal LLP"),
            ("james.okoro@example.ng", "", "Okoro", "James", ""),
        ),
        people=(("Harriet Baker", "h.baker@example.co.uk"), ("James Okoro", "james.okoro@example.ng")),
        known=(expect("h.baker@example.co.uk", phone="020 7946 0018", company="Baker Legal LLP"),),
        kind="workbook",
        suffix=".xlsx",
        notes="an admin's address in the notes above; the columns in an unusual order (address first, family before given)",
    ),
    Shape(
        name="excel-xlsx-totals-blank-columns",
        product="Excel (.xlsx, a table starting at B3, a total row)",
        language="en",
        source="recalled: a sheet whose table starts at B3 (an empty column A, two empty rows), with a total row",
        preamble=((), ()),
        header=("", "Full Name", "Email Address", "", "Amount"),
        rows=(
            ("", "Oliver Bennett", "oliver.bennett@btinternet.example.com", "", "25.00"),
            ("", "Chloe Adams", "chloe.adams@sky.example.com", "", "40.00"),
        ),
        footer=(("", "Total", "", "", "65.00"),),
        people=(("Oliver Bennett", "oliver.bennett@btinternet.example.com"), ("Chloe Adams", "chloe.adams@sky.example.com")),
        kind="workbook",
        suffix=".xlsx",
    ),
    # --- one-column names --------------------------------------------------------------------
    Shape(
        name="csv-name-last-comma-first",
        product="a class list (Name as 'Last, First')",
        language="en",
        source="recalled: a registrar's class list: 'Name' written 'Last, First Middle', quoted",
        header=("Name", "Email", "Phone"),
        rows=(
            ("Johnson, Emily Rose", "emily.johnson@students.example.edu", "555-0142"),
            ("O'Brien, Patrick", "patrick.obrien@students.example.edu", ""),
            ("Van der Berg, Anna", "anna.vanderberg@students.example.edu", ""),
        ),
        people=(("Emily Rose Johnson", "emily.johnson@students.example.edu"), ("Patrick O'Brien", "patrick.obrien@students.example.edu"), ("Anna Van der Berg", "anna.vanderberg@students.example.edu")),
        known=(expect("emily.johnson@students.example.edu", phone="555-0142"),),
    ),
    Shape(
        name="csv-nom-prenom-capitals-fr",
        product="a French list ('NOM Prénom' in one column)",
        language="fr",
        source="recalled: a French administration's list: 'NOM Prénom' with the family name in capitals first",
        header=("NOM Prénom", "Courriel", "Téléphone"),
        rows=(
            ("DUPONT Jean-Pierre", "jp.dupont@mairie.example.fr", "01 23 45 67 89"),
            ("LE GOFF Maëlle", "maelle.legoff@orange.example.fr", ""),
        ),
        people=(("DUPONT Jean-Pierre", "jp.dupont@mairie.example.fr"), ("LE GOFF Maëlle", "maelle.legoff@orange.example.fr")),
        known=(expect("jp.dupont@mairie.example.fr", phone="01 23 45 67 89"),),
        delimiter=";",
        encoding="utf-8-sig",
        notes="the full name as written: family name in capitals, then the given name",
    ),
    Shape(
        name="csv-mailto-addresses",
        product="a list pasted from a web page (mailto: links)",
        language="en",
        source="recalled: a staff directory copied from a web page into a sheet, the addresses keeping their mailto: hrefs",
        header=("Staff member", "E-mail", "Ext."),
        rows=(
            ("Dr. Helen Park", "mailto:helen.park@college.example.edu", "4412"),
            ("Marcus Reid", "MAILTO:marcus.reid@college.example.edu", "4420"),
        ),
        people=(("Dr. Helen Park", "helen.park@college.example.edu"), ("Marcus Reid", "marcus.reid@college.example.edu")),
        notes="'Staff member' as the name's header; mailto: in either case",
    ),
    Shape(
        name="csv-email-first-unusual-order",
        product="a mailing list export (address first, name last)",
        language="en",
        source="recalled: a list manager's export with the address first and the name parts at the end",
        header=("email_address", "status", "opt_in_time", "phone", "last", "first"),
        rows=(
            ("sam.taylor@fastmail.example.com", "subscribed", "2026-10-01 10:00:00", "+61 2 5550 1234", "Taylor", "Sam"),
            ("lee.wong@proton.example.me", "subscribed", "2026-10-02 11:00:00", "", "Wong", "Lee"),
        ),
        people=(("Sam Taylor", "sam.taylor@fastmail.example.com"), ("Lee Wong", "lee.wong@proton.example.me")),
        known=(expect("sam.taylor@fastmail.example.com", phone="+61255501234"),),
        notes="bare 'last' and 'first' headers at the end",
    ),
    Shape(
        name="csv-group-header-row",
        product="a CSV with a group header row above the field header",
        language="en",
        source="recalled: a sheet saved as CSV whose first row names column groups ('Contact', 'Company') over the field header",
        preamble=(("Contact", "", "", "Company", ""),),
        header=("First name", "Last name", "Email", "Name", "Phone"),
        rows=(
            ("Rachel", "Green", "rachel.green@example.com", "Central Perk", "212-555-0111"),
            ("Ross", "Geller", "ross.geller@example.org", "Museum of Natural History", ""),
        ),
        people=(("Rachel Green", "rachel.green@example.com"), ("Ross Geller", "ross.geller@example.org")),
        known=(
            expect("rachel.green@example.com", company="Central Perk"),
            expect("ross.geller@example.org", company="Museum of Natural History"),
        ),
        notes="'Name' and 'Phone' under the group 'Company': the company's name and phone, not the person's",
    ),
    # --- vCards -------------------------------------------------------------------------------
    Shape(
        name="outlook-vcards-21-de-tel-types",
        product="Outlook (de, vCard 2.1 saved from a contact)",
        language="de",
        source="recalled: Outlook's 'Save as vCard': 2.1, Windows-1252 quoted-printable, TEL;WORK;VOICE / CELL / WORK;FAX, EMAIL;PREF;INTERNET",
        rows=text_lines(_OUTLOOK_21),
        header=(),
        people=(("Jürgen Müller", "j.mueller@baeckerei-mueller.example.de"), ("Petra Schmidt", "petra.schmidt@gmx.example.de")),
        known=(
            expect("j.mueller@baeckerei-mueller.example.de", phone="+497115553344", company="Bäckerei Müller GmbH", job_title="Inhaber", other_emails=("juergen.mueller@web.example.de",)),
            expect("petra.schmidt@gmx.example.de", phone="0711 555 8899"),
        ),
        encoding="cp1252",
        kind="vcard",
        suffix=".vcf",
        notes="work, mobile and fax numbers: the first voice number, not the fax",
    ),
    Shape(
        name="apple-contacts-vcards-30-items",
        product="Apple Contacts (macOS, vCard 3.0 export)",
        language="fr",
        source="recalled: Contacts.app's 'Export vCard': item groups with X-ABLabel, type=pref, a company card (X-ABShowAs:COMPANY)",
        rows=text_lines(_APPLE_30),
        header=(),
        people=(("Camille Dubois", "camille@atelier-dubois.example.fr"), ("Atelier Dubois", "contact@atelier-dubois.example.fr")),
        known=(
            expect("camille@atelier-dubois.example.fr", phone="+33612345678", company="Atelier Dubois", job_title="Architecte", other_emails=("camille.dubois@orange.example.fr",)),
            expect("contact@atelier-dubois.example.fr", company="Atelier Dubois"),
        ),
        kind="vcard",
        suffix=".vcf",
        notes="a company card stores the company under its own address (FN is the firm's name, as written)",
    ),
    Shape(
        name="google-contacts-vcards-30",
        product="Google Contacts (export as vCard)",
        language="en",
        source="recalled: Google Contacts' vCard export: 3.0, TYPE=INTERNET;TYPE=HOME, ORG and TITLE in an item group, CATEGORIES:myContacts",
        rows=text_lines(_GOOGLE_30),
        header=(),
        people=(("Kwame Mensah", "kwame.mensah@gmail.example.com"), ("Ana Pereira", "ana.pereira@sapo.example.pt")),
        known=(
            expect("kwame.mensah@gmail.example.com", phone="+233245551234", company="Accra Bank", job_title="Branch Manager", other_emails=("k.mensah@accrabank.example.com.gh",)),
        ),
        kind="vcard",
        suffix=".vcf",
        notes="ORG and TITLE inside an item group",
    ),
    Shape(
        name="android-vcards-21-pl-qp",
        product="Android (Contacts export, vCard 2.1, pl)",
        language="pl",
        source="recalled: Android's Contacts 'Export to .vcf': 2.1 with CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE for non-ASCII, TEL;CELL;PREF",
        rows=text_lines(_ANDROID_21_PL),
        header=(),
        people=(("Małgorzata Wiśniewska", "m.wisniewska@onet.example.pl"), ("Łukasz Żółkiewski", "lukasz.zolkiewski@firma.example.pl")),
        known=(
            expect("m.wisniewska@onet.example.pl", phone="+48601234567"),
            expect("lukasz.zolkiewski@firma.example.pl", phone="+48225559876", company="Firma Budowlana Żółkiewski"),
        ),
        kind="vcard",
        suffix=".vcf",
    ),
    Shape(
        name="ios-vcards-30-several-tels",
        product="iOS Contacts (share as vCard, several numbers)",
        language="ja",
        source="recalled: an iPhone's shared contact card: 3.0, three TEL types, the pref'd mobile first, IPHONE type",
        rows=text_lines(_IOS_30_TELS),
        header=(),
        people=(("Emi Nakamura", "emi.nakamura@icloud.example.com"),),
        known=(expect("emi.nakamura@icloud.example.com", phone="+819012345678"),),
        kind="vcard",
        suffix=".vcf",
    ),
    Shape(
        name="vcards-40-pref-later",
        product="a vCard 4.0 file (PREF=1 on a later EMAIL)",
        language="no",
        source="recalled: vCard 4.0 (RFC 6350) cards whose preferred address (PREF=1) is not the first, a tel: URI",
        rows=text_lines(_VCARD40_PREF),
        header=(),
        people=(("Lars Eriksen", "lars.eriksen@fjordkraft.example.no"), ("Ingrid Holm", "ingrid@holm-regnskap.example.no")),
        known=(
            expect("lars.eriksen@fjordkraft.example.no", phone="+4791234567", company="Fjordkraft AS", other_emails=("lars.eriksen@privat.example.no",)),
            expect("ingrid@holm-regnskap.example.no", other_emails=("ingrid.holm@online.example.no",)),
        ),
        kind="vcard",
        suffix=".vcf",
        notes="the preferred address is the person's (file-rules.md), PREF=1 before PREF=2",
    ),
    Shape(
        name="thunderbird-vcards-40-cs",
        product="Thunderbird (cs, address book exported as vCard 4.0)",
        language="cs",
        source="recalled: Thunderbird 115's vCard export: 4.0, EMAIL;PREF=1, TEL;VALUE=TEXT, a NOTE with another person's address",
        rows=text_lines(_THUNDERBIRD_40),
        header=(),
        people=(("Tomáš Horák", "tomas.horak@seznam.example.cz"),),
        known=(expect("tomas.horak@seznam.example.cz", phone="+420601234567", other_emails=("tomas.horak@firma.example.cz",)),),
        kind="vcard",
        suffix=".vcf",
        notes="a NOTE naming a colleague and her address",
    ),
    Shape(
        name="outlook-vcards-21-ru-cp1251",
        product="Outlook (ru, vCard 2.1, Windows-1251 quoted-printable)",
        language="ru",
        source="recalled: Russian Outlook's 'Save as vCard': CHARSET=Windows-1251 quoted-printable",
        rows=text_lines(_OUTLOOK_21_CP1251),
        header=(),
        people=(("Ольга Кузнецова", "o.kuznetsova@vektor.example.ru"),),
        known=(expect("o.kuznetsova@vektor.example.ru", phone="+74955551234", company="ООО «Вектор»"),),
        kind="vcard",
        suffix=".vcf",
    ),
    # --- LDIF --------------------------------------------------------------------------------
    Shape(
        name="thunderbird-ldif-sv-base64",
        product="Thunderbird (sv, address book exported as LDIF)",
        language="sv",
        source="recalled: Thunderbird's LDIF export: base64 values for non-ASCII, mozillaSecondEmail, a mailing-list entry",
        rows=text_lines(_THUNDERBIRD_LDIF),
        header=(),
        people=(("Sören Lindqvist", "soren.lindqvist@bredband.example.se"),),
        known=(expect("soren.lindqvist@bredband.example.se", phone="08-555 123 45", company="Lindqvist Bygg AB", other_emails=("soren@lindqvist-bygg.example.se",)),),
        kind="text",
        suffix=".ldif",
    ),
    Shape(
        name="openldap-ldapsearch-folded-mail",
        product="OpenLDAP (ldapsearch -LLL-less output)",
        language="de",
        source="recalled: ldapsearch's extended LDIF with its comment header, a folded mail value, base64 displayName and sn, the search result trailer",
        rows=text_lines(_OPENLDAP_LDIF),
        header=(),
        people=(("Maximilian Höffmann", "maximilian.hoeffmann@uni.example.at"),),
        known=(expect("maximilian.hoeffmann@uni.example.at", phone="+431427712345", job_title="Professor"),),
        kind="text",
        suffix=".ldif",
        notes="cn (base64) is the name, not displayName with its titles; the mail value folded onto a second line",
    ),
    Shape(
        name="active-directory-ldifde-proxy",
        product="Active Directory (ldifde export)",
        language="en",
        source="recalled: ldifde -f: changetype add, cn 'Last, First' escaped in the dn, proxyAddresses SMTP:/smtp:, a service account",
        rows=text_lines(_AD_LDIF),
        header=(),
        people=(("Thi Lan Nguyen", "thilan.nguyen@corp.example.com"),),
        known=(expect("thilan.nguyen@corp.example.com", phone="+12065550147", company="Example Corp", job_title="Payroll Specialist", other_emails=("lan.nguyen@corp-old.example.com",)),),
        kind="text",
        suffix=".ldif",
        notes="displayName 'Nguyen, Thi Lan'; proxyAddresses with SMTP: prefixes; a service account with only a UPN",
    ),
    # --- added after the first run: more writers and layouts ----------------------------------
    Shape(
        name="excel-es-mx-notas-cp1252",
        product="Excel (es-MX, CSV, cp1252, notes above the header)",
        language="es",
        source="recalled: a Mexican sales list saved from Excel as CSV (comma), Windows-1252, with two notes rows above the header",
        preamble=(("Fuente: CRM interno", "", "", ""), ("Nota: los teléfonos sin lada son de CDMX", "", "", "")),
        header=("Nombre completo", "Correo electrónico", "Teléfono", "Empresa"),
        rows=(
            ("José Ángel Hernández", "jose.hernandez@prodigy.example.net.mx", "55 5555 1234", "Hernández y Asociados"),
            ("Ximena Ruíz", "ximena.ruiz@hotmail.example.com", "+52 33 5555 6789", ""),
        ),
        people=(("José Ángel Hernández", "jose.hernandez@prodigy.example.net.mx"), ("Ximena Ruíz", "ximena.ruiz@hotmail.example.com")),
        known=(
            expect("jose.hernandez@prodigy.example.net.mx", phone="55 5555 1234", company="Hernández y Asociados"),
            expect("ximena.ruiz@hotmail.example.com", phone="+523355556789"),
        ),
        encoding="cp1252",
    ),
    Shape(
        name="excel-bg-text-tab-cp1251",
        product="Excel (bg, Text (Tab delimited), cp1251)",
        language="bg",
        source="recalled: Excel's 'Text (Tab delimited) (*.txt)' on a Bulgarian system: the ANSI code page, tabs",
        header=("Име", "Фамилия", "Имейл", "Телефон"),
        rows=(
            ("Димитър", "Петров", "dimitar.petrov@abv.example.bg", "+359 88 123 4567"),
            ("Цветелина", "Николова", "cvetelina.n@mail.example.bg", "02 955 1234"),
        ),
        people=(("Димитър Петров", "dimitar.petrov@abv.example.bg"), ("Цветелина Николова", "cvetelina.n@mail.example.bg")),
        known=(
            expect("dimitar.petrov@abv.example.bg", phone="+359881234567"),
            expect("cvetelina.n@mail.example.bg", phone="02 955 1234"),
        ),
        delimiter="\t",
        encoding="cp1251",
    ),
    Shape(
        name="excel-sk-text-tab-cp1250",
        product="Excel (sk, Text (oddelený tabulátormi), cp1250)",
        language="sk",
        source="recalled: Excel's tab-delimited text on a Slovak system, Windows-1250, a title row",
        preamble=(("Zoznam členov – Klub turistov Ďumbier", "", ""),),
        header=("Meno a priezvisko", "E-mail", "Mobil"),
        rows=(
            ("Ľubomír Ďurčo", "lubomir.durco@zoznam.example.sk", "0905 123 456"),
            ("Žofia Šťastná", "zofia.stastna@azet.example.sk", ""),
        ),
        people=(("Ľubomír Ďurčo", "lubomir.durco@zoznam.example.sk"), ("Žofia Šťastná", "zofia.stastna@azet.example.sk")),
        known=(expect("lubomir.durco@zoznam.example.sk", phone="0905 123 456"),),
        delimiter="\t",
        encoding="cp1250",
    ),
    Shape(
        name="excel-de-footer-address-cp1252",
        product="Excel (de, CSV (Trennzeichen-getrennt), cp1252, a footer with the club's address)",
        language="de",
        source="recalled: a club's member list saved as CSV from German Excel with a note under the table naming the office's address",
        header=("Nachname", "Vorname", "E-Mail", "Telefon"),
        rows=(
            ("Schäfer", "Jürgen", "juergen.schaefer@t-online.example.de", "06221 555123"),
            ("Brückner", "Sabine", "sabine.brueckner@web.example.de", ""),
        ),
        footer=(("", "", "", ""), ("Fragen an die Geschäftsstelle: info@tsv-musterstadt.example.de", "", "", "")),
        people=(("Jürgen Schäfer", "juergen.schaefer@t-online.example.de"), ("Sabine Brückner", "sabine.brueckner@web.example.de")),
        known=(expect("juergen.schaefer@t-online.example.de", phone="06221 555123"),),
        delimiter=";",
        encoding="cp1252",
        notes="a note under the table holding the office's address: no person",
    ),
    Shape(
        name="excel-xlsx-header-line-breaks",
        product="Excel (.xlsx, header cells with line breaks)",
        language="de",
        source="recalled: a hand-made sheet whose header cells wrap with Alt+Enter ('E-Mail\\n(dienstlich)')",
        header=("Name,\nVorname", "E-Mail\n(dienstlich)", "E-Mail\n(privat)", "Telefon\n(mobil)"),
        rows=(
            ("Hartmann, Klaus", "k.hartmann@stadtwerke.example.de", "klaus.hartmann@gmx.example.de", "0151 5551234"),
            ("Vogel, Ute", "", "ute.vogel@posteo.example.de", ""),
        ),
        people=(("Klaus Hartmann", "k.hartmann@stadtwerke.example.de"), ("Ute Vogel", "ute.vogel@posteo.example.de")),
        known=(
            expect("k.hartmann@stadtwerke.example.de", phone="0151 5551234", other_emails=("klaus.hartmann@gmx.example.de",)),
        ),
        kind="workbook",
        suffix=".xlsx",
        notes="'Name, Vorname' broken over two lines; the work address first, the private one the fallback",
    ),
    Shape(
        name="excel-xlsx-cognome-nome-capitals-it",
        product="Excel (it, .xlsx, 'COGNOME Nome' in one column)",
        language="it",
        source="recalled: an Italian school's list: 'Cognome e nome' one column, the family name in capitals",
        header=("N.", "Cognome e nome", "E-mail", "Cellulare"),
        rows=(
            ("1", "ROSSI Mario", "mario.rossi@alice.example.it", "347 123 4567"),
            ("2", "DE LUCA Francesca", "francesca.deluca@tin.example.it", ""),
        ),
        people=(("ROSSI Mario", "mario.rossi@alice.example.it"), ("DE LUCA Francesca", "francesca.deluca@tin.example.it")),
        known=(expect("mario.rossi@alice.example.it", phone="347 123 4567"),),
        kind="workbook",
        suffix=".xlsx",
        notes="the whole name as written, family name first in capitals",
    ),
    Shape(
        name="ods-two-parents-group-row-it",
        product="LibreOffice Calc (it, .ods, a group row over two parents' columns)",
        language="it",
        source="recalled: a class's parents sheet with 'Alunno', 'Genitore 1', 'Genitore 2' merged over repeated 'Nome', 'Email'",
        preamble=(("Alunno", Spanned("Genitore 1", 2), "", Spanned("Genitore 2", 2), ""),),
        header=("Nome", "Nome", "Email", "Nome", "Email"),
        rows=(
            ("Tommaso Greco", "Laura Greco", "laura.greco@libero.example.it", "Paolo Greco", "paolo.greco@gmail.example.com"),
            ("Alice Marino", "", "", "Stefano Marino", "stefano.marino@virgilio.example.it"),
        ),
        people=(("Laura Greco", "laura.greco@libero.example.it"), ("Stefano Marino", "stefano.marino@virgilio.example.it")),
        kind="ods",
        suffix=".ods",
        notes="'Nome' three times under a group row; the row's person is the first parent with an address",
    ),
    Shape(
        name="google-sheets-csv-trailing-columns-total",
        product="Google Sheets (Download as CSV, empty trailing columns, a count row)",
        language="en",
        source="recalled: a Google Sheet downloaded as CSV: every row as wide as the grid's used columns (trailing commas), a COUNTA row under the table",
        header=("Attendee", "Email", "Company", "", "", ""),
        rows=(
            ("Fatima Zahra", "fatima.zahra@menara.example.ma", "Menara Tech", "", "", ""),
            ("Kofi Boateng", "kofi.boateng@gmail.example.com", "", "", "", ""),
        ),
        footer=(("", "", "", "", "", ""), ("Count", "2", "", "", "", "")),
        people=(("Fatima Zahra", "fatima.zahra@menara.example.ma"), ("Kofi Boateng", "kofi.boateng@gmail.example.com")),
        known=(expect("fatima.zahra@menara.example.ma", company="Menara Tech"),),
        line_end="\n",
    ),
]
# fmt: on
