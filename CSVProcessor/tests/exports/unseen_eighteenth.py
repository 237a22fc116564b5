"""An eighteenth round of exports, written (2026-12-07) from products no round had: help
desks and chat tools (Kayako, TOPdesk (nl, cp1252), Znuny (de), Usedesk (ru, KOI8-R),
Crisp, Jira Service Management), shops and marketplaces (bol.com (nl, the ship-to beside
the buyer), Lazada (.xlsx), Horoshop (uk, cp1251, the recipient), imweb (ko, EUC-KR, the
referrer)), ticketing (Ticketea (es, the buyer beside each attendee)), HR and payroll
(Silae (fr, cp1252, the maiden name), Employment Hero (the emergency contact), Money
Forward クラウド給与 (ja, Shift_JIS, the spouse), Symfonia Kadry i Płace (pl, cp1250, the
birth name and the parents' given names), Paychex (a report's title lines and total)),
school, church and club software (Magister (nl, the parent's columns), Pronote (fr, the
guardians with their pupils' names), Infinite Campus (the guardian's phone), Mobidziennik
(pl, ISO-8859-2, `Nazwisko i imię`), Rock RMS (the spouse, a nick name), ClubRunner (the
Rotary classification)), surveys (Netigate (sv, UTF-16 tabs, free text), Enalyzer (da,
who recommended us), 腾讯问卷 (zh, GB18030, the submitter and a referrer)), CRMs (SuperOffice
(no, `Vår kontakt`), Ploomes (pt-BR, the owner), CRM in Cloud (it, the salesperson),
Rav Messer (he, cp1255)), mail clients (Becky! (ja, Shift_JIS), Lotus Notes (the spouse
and children)), phones' vCards (a Sharp AQUOS (ja, Shift_JIS, readings), a OnePlus
(vi, quoted-printable)) and LDIF from directory tools (Apache Directory Studio (ko,
base64 values, a group), OpenDJ's ldapsearch (a folded line, the manager's DN)); and ten
added after the first fixes: marketplaces' recipients (Coupang (ko, cp949), noon (ar,
cp1256), Trendyol (tr, cp1254)), iSAMS' numbered contacts, Zenefits' legal and preferred
names, SmartSurvey's title line, PowerChurch's household label (cp1252), Edookit's `ZZ1`
guardian (cs, cp1250), a Meizu phone's Chinese vCards, Oracle Internet Directory's LDIF.

Each keeps the columns that touch a person: a second person on the row (the ship-to, the
buyer, the guardian, the spouse, the emergency contact, the owner or salesperson), a
second family name (maiden, birth), titles and degrees, several addresses and phones,
free text naming people, preamble lines and a total.

`source` says where each layout's spelling comes from; "recalled" marks a layout known from
the product's export as its users see it, not found in the code corpus searched; "code
corpus" a layout whose field names were found there.
"""

import base64
import quopri

from CSVProcessor.tests.exports.builders import Shape, expect, text_lines


def _qp(text: str) -> str:
    """A value as a vCard 2.1 writer puts it: UTF-8, quoted-printable, no soft breaks."""
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").replace("=\n", "")


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


_SHARP_AQUOS = """\
BEGIN:VCARD
VERSION:2.1
N;CHARSET=SHIFT_JIS:田中;花子;;;
SOUND;X-IRMC-N;CHARSET=SHIFT_JIS:ﾀﾅｶ;ﾊﾅｺ;;;
TEL;CELL:090-1111-2222
EMAIL;INTERNET:hanako.tanaka@au.example.jp
X-GNO:1
X-GN:家族
END:VCARD
BEGIN:VCARD
VERSION:2.1
N;CHARSET=SHIFT_JIS:高橋;健一;;;
SOUND;X-IRMC-N;CHARSET=SHIFT_JIS:ﾀｶﾊｼ;ｹﾝｲﾁ;;;
ORG;CHARSET=SHIFT_JIS:株式会社みどり建設
TEL;WORK:03-5555-7788
EMAIL;INTERNET:k.takahashi@midori-kensetsu.example.jp
EMAIL;INTERNET:kenichi.t@docomo.example.ne.jp
END:VCARD
"""

_ONEPLUS = f"""\
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("Nguyễn;Thị Mai;;;")}
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("Nguyễn Thị Mai")}
TEL;CELL:+84 912 345 678
EMAIL;HOME:mai.nguyen88@gmail.com
END:VCARD
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("Trần;Quốc Bảo;;;")}
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("Trần Quốc Bảo")}
ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("Công ty TNHH Sao Việt")}
TITLE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("Kế toán trưởng")}
TEL;WORK:028 3822 1234
EMAIL;WORK:bao.tran@saoviet.example.vn
END:VCARD
"""

_APACHE_DS = f"""\
version: 1

dn: uid=mjkim,ou=people,dc=hanbit,dc=example,dc=kr
objectClass: top
objectClass: person
objectClass: organizationalPerson
objectClass: inetOrgPerson
cn:: {_b64("김민준")}
sn:: {_b64("김")}
givenName:: {_b64("민준")}
uid: mjkim
mail: minjun.kim@hanbit.example.kr
telephoneNumber: +82 2 555 0142
o:: {_b64("한빛소프트")}
title:: {_b64("선임연구원")}

dn: uid=syoon,ou=people,dc=hanbit,dc=example,dc=kr
objectClass: top
objectClass: person
objectClass: organizationalPerson
objectClass: inetOrgPerson
cn:: {_b64("윤서연")}
sn:: {_b64("윤")}
givenName:: {_b64("서연")}
uid: syoon
mail: seoyeon.yoon@hanbit.example.kr

dn: cn=developers,ou=groups,dc=hanbit,dc=example,dc=kr
objectClass: top
objectClass: groupOfNames
cn: developers
member: uid=mjkim,ou=people,dc=hanbit,dc=example,dc=kr
member: uid=syoon,ou=people,dc=hanbit,dc=example,dc=kr
"""

_OPENDJ = """\
dn: uid=rmaxwell,ou=People,dc=northwind,dc=example,dc=com
objectClass: top
objectClass: person
objectClass: organizationalPerson
objectClass: inetOrgPerson
uid: rmaxwell
cn: Rebecca Maxwell
sn: Maxwell
givenName: Rebecca
displayName: Becky Maxwell
mail: rebecca.maxwell@northwind.example.com
telephoneNumber: +1 206 555 0187
title: Director of Operations
description: Runs the Seattle warehouse; backup approver for purchase orders when
 Daniel Okafor is away
manager: uid=dokafor,ou=People,dc=northwind,dc=example,dc=com

dn: uid=dokafor,ou=People,dc=northwind,dc=example,dc=com
objectClass: top
objectClass: person
objectClass: organizationalPerson
objectClass: inetOrgPerson
uid: dokafor
cn: Daniel Okafor
sn: Okafor
givenName: Daniel
mail: daniel.okafor@northwind.example.com
title: VP Supply Chain

"""

_MEIZU = f"""\
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("欧阳;娜娜;;;")}
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("欧阳娜娜")}
TEL;CELL:138 0013 8000
EMAIL;HOME:nana.ouyang@qq.example.com
END:VCARD
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("张;伟;;;")}
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("张伟")}
ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("深圳市腾达科技有限公司")}
TITLE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("销售经理")}
TEL;WORK:0755-8888-1234
EMAIL;WORK:wei.zhang@tengda.example.cn
NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp("李总介绍的客户")}
END:VCARD
"""

_OID = """\
dn: cn=Robert Smith,cn=Users,dc=acme,dc=example,dc=com
objectclass: top
objectclass: person
objectclass: organizationalPerson
objectclass: inetOrgPerson
objectclass: orclUserV2
cn: Robert Smith
cn: Bob Smith
sn: Smith
givenname: Robert
uid: RSMITH
mail: robert.smith@acme.example.com
telephonenumber: +1 650 555 0123
title: Database Administrator
orclguid: 8F2D4C1A9B7E4F3D8C2B1A0F9E8D7C6B
orclisenabled: ENABLED

dn: cn=Chiara Esposito,cn=Users,dc=acme,dc=example,dc=com
objectclass: top
objectclass: person
objectclass: organizationalPerson
objectclass: inetOrgPerson
objectclass: orclUserV2
cn: Chiara Esposito
sn: Esposito
givenname: Chiara
uid: CESPOSITO
mail: chiara.esposito@acme.example.com
orclguid: 1A2B3C4D5E6F708192A3B4C5D6E7F809
orclisenabled: DISABLED

dn: cn=dba_group,cn=Groups,dc=acme,dc=example,dc=com
objectclass: top
objectclass: groupOfUniqueNames
objectclass: orclGroup
cn: dba_group
uniquemember: cn=Robert Smith,cn=Users,dc=acme,dc=example,dc=com
"""

SHAPES = [
    # --- help desks and chat tools --------------------------------------------------------
    Shape(
        name="kayako-users",
        product="Kayako (users export)",
        language="en",
        source="recalled: Kayako's Users view exported as CSV: full name, email, organization, role, phone",
        header=("Full Name", "Email", "Organization", "Role", "Phone", "Twitter", "Created At"),
        rows=(
            (
                "Aisha Bello",
                "aisha.bello@lagosdigital.example.ng",
                "Lagos Digital Ltd",
                "customer",
                "+234 803 123 4567",
                "@aishab",
                "2026-02-11 09:30",
            ),
            (
                "Tomás Ó Briain",
                "tomas.obriain@eir.example.ie",
                "",
                "customer",
                "",
                "",
                "2026-06-30 17:05",
            ),
        ),
        people=(
            ("Aisha Bello", "aisha.bello@lagosdigital.example.ng"),
            ("Tomás Ó Briain", "tomas.obriain@eir.example.ie"),
        ),
        known=(
            expect(
                "aisha.bello@lagosdigital.example.ng",
                phone="+2348031234567",
                company="Lagos Digital Ltd",
            ),
        ),
        notes="'Role' is the help desk's (customer, agent), no job title; a Twitter handle beside the name",
    ),
    Shape(
        name="topdesk-personen-nl",
        product="TOPdesk (personen)",
        language="nl",
        source="recalled: TOPdesk's person cards exported as CSV (';', cp1252): Achternaam, Tussenvoegsel, Voornaam, Voorletters, Aanhef, Vestiging, Afdeling, Functie",
        header=(
            "Achternaam",
            "Tussenvoegsel",
            "Voornaam",
            "Voorletters",
            "Aanhef",
            "E-mail",
            "Telefoon",
            "Mobiel nummer",
            "Vestiging",
            "Afdeling",
            "Functie",
        ),
        rows=(
            (
                "Berg",
                "van den",
                "Anneke",
                "A.M.",
                "Mevrouw",
                "a.vandenberg@gemeente-zeist.example.nl",
                "030 698 7700",
                "06 1234 5678",
                "Stadhuis",
                "Burgerzaken",
                "Teamleider",
            ),
            (
                "Öztürk",
                "",
                "Emre",
                "E.",
                "De heer",
                "e.ozturk@gemeente-zeist.example.nl",
                "030 698 7711",
                "",
                "Servicecentrum",
                "ICT",
                "Systeembeheerder",
            ),
        ),
        people=(
            ("Anneke van den Berg", "a.vandenberg@gemeente-zeist.example.nl"),
            ("Emre Öztürk", "e.ozturk@gemeente-zeist.example.nl"),
        ),
        known=(
            expect(
                "a.vandenberg@gemeente-zeist.example.nl",
                phone="030 698 7700",
                job_title="Teamleider",
            ),
            expect(
                "e.ozturk@gemeente-zeist.example.nl",
                phone="030 698 7711",
                job_title="Systeembeheerder",
            ),
        ),
        encoding="cp1252",
        delimiter=";",
        notes="family name first in the columns, the particle apart ('van den'), initials and a salutation beside the given name; the branch (Vestiging) is no company",
    ),
    Shape(
        name="znuny-customer-users-de",
        product="Znuny / OTRS (customer users)",
        language="de",
        source="code corpus: the OTRS/Znuny ImportCSV package's Admin::CustomerUser::ImportCSV (customer_user table: UserLogin, UserTitle, UserFirstname, UserLastname, UserEmail, UserCustomerID, UserPhone, UserMobile, UserComment)",
        header=(
            "UserLogin",
            "UserTitle",
            "UserFirstname",
            "UserLastname",
            "UserEmail",
            "UserCustomerID",
            "UserPhone",
            "UserMobile",
            "UserComment",
            "ValidID",
        ),
        rows=(
            (
                "mkrause",
                "Frau Dr.",
                "Monika",
                "Krause",
                "monika.krause@stadtwerke-saale.example.de",
                "STADTWERKE-SAALE",
                "+49 345 581 4410",
                "",
                "Ansprechpartnerin Netzbetrieb, Vertretung Herr Lange",
                "1",
            ),
            (
                "jwagner",
                "Herr",
                "Jonas",
                "Wagner",
                "j.wagner@mueller-gmbh.example.de",
                "MUELLER-GMBH",
                "0341 555 2210",
                "0171 2345678",
                "",
                "1",
            ),
        ),
        people=(
            ("Monika Krause", "monika.krause@stadtwerke-saale.example.de"),
            ("Jonas Wagner", "j.wagner@mueller-gmbh.example.de"),
        ),
        known=(
            expect("monika.krause@stadtwerke-saale.example.de", phone="+493455814410"),
            expect("j.wagner@mueller-gmbh.example.de", phone="0341 555 2210"),
        ),
        notes="camelCase headers with a 'User' prefix; 'UserTitle' is the salutation and degree (Frau Dr.), no job title; the customer id is no company name",
    ),
    Shape(
        name="usedesk-clients-ru",
        product="Usedesk (clients)",
        language="ru",
        source="recalled: Usedesk's client list exported as CSV, here saved in KOI8-R by an old desktop tool",
        header=(
            "ID",
            "Имя",
            "Email",
            "Телефон",
            "Компания",
            "Должность",
            "Заметка",
            "Дата создания",
        ),
        rows=(
            (
                "5521",
                "Светлана Кузнецова",
                "s.kuznetsova@yandex.example.ru",
                "+7 916 123-45-67",
                'ООО "Ромашка"',
                "Главный бухгалтер",
                "Звонила по поводу счёта Петра Сидорова",
                "2026-11-02",
            ),
            ("5522", "Пётр Иванов", "p.ivanov@mail.example.ru", "", "", "", "", "2026-11-03"),
        ),
        people=(
            ("Светлана Кузнецова", "s.kuznetsova@yandex.example.ru"),
            ("Пётр Иванов", "p.ivanov@mail.example.ru"),
        ),
        known=(
            expect(
                "s.kuznetsova@yandex.example.ru",
                phone="+79161234567",
                company='ООО "Ромашка"',
                job_title="Главный бухгалтер",
            ),
        ),
        encoding="koi8_r",
        notes="a note naming another person (Петра Сидорова) on one row",
    ),
    Shape(
        name="crisp-contacts",
        product="Crisp (contacts export)",
        language="en",
        source="recalled: Crisp's people profiles exported as CSV: email, nickname (Crisp's name of the person), phone, company, segments, notes",
        header=("email", "nickname", "phone", "company", "segments", "notes"),
        rows=(
            (
                "valentina.rossi@fastweb.example.it",
                "Valentina Rossi",
                "+39 347 555 0199",
                "Rossi Arredamenti",
                "lead,italy",
                "Asked about the annual plan",
            ),
            ("kenji.mori@example.jp", "Kenji Mori", "", "", "customer", ""),
            (
                "ahmed.hassan@example.eg",
                "Ahmed Hassan",
                "",
                "Nile Tours",
                "",
                "Wants a demo with Sara from sales",
            ),
        ),
        people=(
            ("Valentina Rossi", "valentina.rossi@fastweb.example.it"),
            ("Kenji Mori", "kenji.mori@example.jp"),
            ("Ahmed Hassan", "ahmed.hassan@example.eg"),
        ),
        known=(
            expect(
                "valentina.rossi@fastweb.example.it",
                phone="+393475550199",
                company="Rossi Arredamenti",
            ),
            expect("ahmed.hassan@example.eg", company="Nile Tours"),
        ),
        notes="the person's only name column is 'nickname' (Crisp's name field), filled on every row with whole names",
    ),
    Shape(
        name="jira-service-management-customers",
        product="Jira Service Management (customers)",
        language="en",
        source="recalled: Jira Service Management's customers list exported as CSV: name, email, organizations, account id",
        header=("Name", "Email", "Organizations", "Account ID", "Last login"),
        rows=(
            (
                "Priya Raghunathan",
                "priya.r@infosys.example.com",
                "Infosys; Infosys BPM",
                "5f8e2a0c1b2d3e0069a1b2c3",
                "2026-12-01",
            ),
            (
                "Lars Eriksson",
                "lars.eriksson@volvo.example.se",
                "",
                "712020:aa11bb22-cc33-44dd-ee55-ff6677889900",
                "",
            ),
        ),
        people=(
            ("Priya Raghunathan", "priya.r@infosys.example.com"),
            ("Lars Eriksson", "lars.eriksson@volvo.example.se"),
        ),
        known=(expect("priya.r@infosys.example.com", company="Infosys; Infosys BPM"),),
        notes="the plural 'Organizations' (two in one cell) is the company as written",
    ),
    # --- shops, marketplaces, ticketing ----------------------------------------------------
    Shape(
        name="bolcom-bestellingen-nl",
        product="bol.com (Verkopen via bol: bestellingen)",
        language="nl",
        source="recalled: bol.com's seller order overview exported as CSV (';'): the ship-to's and the invoice's names apart, the customer's address",
        header=(
            "Bestelnummer",
            "Besteldatum",
            "E-mailadres",
            "Voornaam verzending",
            "Achternaam verzending",
            "Voornaam facturatie",
            "Achternaam facturatie",
            "Bedrijfsnaam facturatie",
            "Product",
        ),
        rows=(
            (
                "A000B1C2D3",
                "2026-11-28",
                "pieter.bakker@ziggo.example.nl",
                "Fenna",
                "de Jong",
                "Pieter",
                "Bakker",
                "",
                "Kinderfiets 16 inch",
            ),
            (
                "A000B1C2D4",
                "2026-11-29",
                "marloes.visser@kpn.example.nl",
                "Marloes",
                "Visser",
                "Marloes",
                "Visser",
                "",
                "Theepot",
            ),
        ),
        people=(
            ("Pieter Bakker", "pieter.bakker@ziggo.example.nl"),
            ("Marloes Visser", "marloes.visser@kpn.example.nl"),
        ),
        known=(),
        delimiter=";",
        notes="the address is the customer's, who is invoiced; a gift shipped to another person (Fenna de Jong) on the first row",
    ),
    Shape(
        name="lazada-orders-xlsx",
        product="Lazada Seller Center (orders)",
        language="en",
        source="recalled: Lazada's order export (.xlsx): the customer's name and email, the shipping and billing names",
        header=(
            "Order Item Id",
            "Order Number",
            "Customer Name",
            "Customer Email",
            "Shipping Name",
            "Billing Name",
            "Item Name",
            "Paid Price",
        ),
        rows=(
            (
                "302145678901",
                "512345678901",
                "Nurul Aisyah binti Ahmad",
                "nurul.aisyah@gmail.example.com",
                "Nurul Aisyah binti Ahmad",
                "Nurul Aisyah binti Ahmad",
                "Tudung bawal",
                "29.90",
            ),
            (
                "302145678902",
                "512345678902",
                "Tan Wei Ming",
                "weiming.tan@yahoo.example.com",
                "Lim Mei Ling",
                "Tan Wei Ming",
                "Rice cooker 1.8L",
                "159.00",
            ),
        ),
        people=(
            ("Nurul Aisyah binti Ahmad", "nurul.aisyah@gmail.example.com"),
            ("Tan Wei Ming", "weiming.tan@yahoo.example.com"),
        ),
        known=(),
        kind="xlsx",
        suffix=".xlsx",
        notes="the customer beside the ship-to (a gift to Lim Mei Ling); 'Order Number' is no phone",
    ),
    Shape(
        name="horoshop-zamovlennia-uk",
        product="Хорошоп / Horoshop (замовлення)",
        language="uk",
        source="recalled: Horoshop's orders exported as CSV (';', saved in cp1251): the buyer and the recipient apart",
        header=(
            "Номер замовлення",
            "Дата",
            "Покупець",
            "Email покупця",
            "Телефон покупця",
            "Отримувач",
            "Телефон отримувача",
            "Коментар",
        ),
        rows=(
            (
                "10482",
                "01.12.2026",
                "Оксана Ковальчук",
                "oksana.kovalchuk@ukr.example.net",
                "+380 67 123 4567",
                "Ігор Ковальчук",
                "+380 50 765 4321",
                "Подарунок для чоловіка",
            ),
            (
                "10483",
                "02.12.2026",
                "Богдан Шевчук",
                "b.shevchuk@gmail.example.com",
                "+380 93 555 1122",
                "Богдан Шевчук",
                "+380 93 555 1122",
                "",
            ),
        ),
        people=(
            ("Оксана Ковальчук", "oksana.kovalchuk@ukr.example.net"),
            ("Богдан Шевчук", "b.shevchuk@gmail.example.com"),
        ),
        known=(
            expect("oksana.kovalchuk@ukr.example.net", phone="+380671234567"),
            expect("b.shevchuk@gmail.example.com", phone="+380935551122"),
        ),
        encoding="cp1251",
        delimiter=";",
        notes="the buyer ('Покупець') and the recipient ('Отримувач', with a phone) apart; the address is the buyer's",
    ),
    Shape(
        name="imweb-members-ko",
        product="아임웹 imweb (회원 목록)",
        language="ko",
        source="recalled: imweb's member list exported as CSV, saved in EUC-KR by Excel: the referrer's id beside the member",
        header=("번호", "이름", "아이디", "이메일", "휴대폰", "가입일", "추천인", "관리자 메모"),
        rows=(
            (
                "1024",
                "김서연",
                "seoyeon92",
                "seoyeon.kim@naver.example.com",
                "010-2345-6789",
                "2026-03-02",
                "minho77",
                "VIP 고객",
            ),
            (
                "1025",
                "박민호",
                "minho77",
                "minho.park@daum.example.net",
                "010-9876-5432",
                "2026-01-15",
                "",
                "",
            ),
        ),
        people=(
            ("김서연", "seoyeon.kim@naver.example.com"),
            ("박민호", "minho.park@daum.example.net"),
        ),
        known=(
            expect("seoyeon.kim@naver.example.com", phone="010-2345-6789"),
            expect("minho.park@daum.example.net", phone="010-9876-5432"),
        ),
        encoding="euc_kr",
        notes="the login (아이디) and the referrer's login (추천인) beside the name",
    ),
    Shape(
        name="ticketea-asistentes-es",
        product="Ticketea (asistentes)",
        language="es",
        source="recalled: Ticketea's attendee list exported as CSV: each ticket's holder and the order's buyer",
        header=(
            "Localizador",
            "Nombre",
            "Apellidos",
            "Email",
            "Teléfono",
            "Tipo de entrada",
            "Nombre del comprador",
            "Email del comprador",
        ),
        rows=(
            (
                "TKT-88412",
                "Javier",
                "Ruiz Ortega",
                "javier.ruiz@telefonica.example.es",
                "+34 612 345 678",
                "General",
                "Javier Ruiz Ortega",
                "javier.ruiz@telefonica.example.es",
            ),
            (
                "TKT-88413",
                "Lucía",
                "Fernández Ruiz",
                "lucia.fernandez@gmail.example.com",
                "",
                "Reducida",
                "Javier Ruiz Ortega",
                "javier.ruiz@telefonica.example.es",
            ),
        ),
        people=(
            ("Javier Ruiz Ortega", "javier.ruiz@telefonica.example.es"),
            ("Lucía Fernández Ruiz", "lucia.fernandez@gmail.example.com"),
        ),
        known=(expect("javier.ruiz@telefonica.example.es", phone="+34612345678"),),
        notes="the buyer's name and address repeated beside a ticket holder who is another person",
    ),
    # --- HR and payroll --------------------------------------------------------------------
    Shape(
        name="silae-salaries-fr",
        product="Silae (salariés)",
        language="fr",
        source="recalled: Silae's employee list exported as CSV (';', cp1252): civilité, nom, nom de jeune fille, prénom, the two addresses, emploi",
        header=(
            "Matricule",
            "Civilité",
            "Nom",
            "Nom de jeune fille",
            "Prénom",
            "Email professionnel",
            "Email personnel",
            "Téléphone portable",
            "Emploi",
            "Date d'entrée",
        ),
        rows=(
            (
                "00042",
                "Mme",
                "Lefèvre",
                "Moreau",
                "Hélène",
                "h.lefevre@boulangerie-example.fr",
                "helene.lefevre@orange.example.fr",
                "06 12 34 56 78",
                "Vendeuse",
                "01/03/2019",
            ),
            (
                "00043",
                "M.",
                "N'Diaye",
                "",
                "Moussa",
                "m.ndiaye@boulangerie-example.fr",
                "",
                "07 98 76 54 32",
                "Boulanger",
                "15/09/2021",
            ),
        ),
        people=(
            ("Hélène Lefèvre", "h.lefevre@boulangerie-example.fr"),
            ("Moussa N'Diaye", "m.ndiaye@boulangerie-example.fr"),
        ),
        known=(
            expect(
                "h.lefevre@boulangerie-example.fr",
                phone="06 12 34 56 78",
                job_title="Vendeuse",
                other_emails=("helene.lefevre@orange.example.fr",),
            ),
            expect(
                "m.ndiaye@boulangerie-example.fr", phone="07 98 76 54 32", job_title="Boulanger"
            ),
        ),
        encoding="cp1252",
        delimiter=";",
        notes="the maiden name ('Nom de jeune fille') beside the family name in use: no part of the name",
    ),
    Shape(
        name="employment-hero-employees",
        product="Employment Hero (employees)",
        language="en",
        source="recalled: Employment Hero's employee details report exported as CSV: title, legal and preferred names, both addresses, the manager and the emergency contact",
        header=(
            "Employee ID",
            "Title",
            "First Name",
            "Middle Name",
            "Surname",
            "Preferred Name",
            "Work Email",
            "Personal Email",
            "Mobile",
            "Job Title",
            "Manager",
            "Emergency Contact Name",
            "Emergency Contact Mobile",
        ),
        rows=(
            (
                "E1001",
                "Ms",
                "Charlotte",
                "Rose",
                "Nguyen",
                "Lottie",
                "charlotte.nguyen@koalatech.example.com.au",
                "lottie.nguyen@bigpond.example.com",
                "0412 345 678",
                "Payroll Officer",
                "Daniel Hughes",
                "Minh Nguyen",
                "0413 222 333",
            ),
            (
                "E1002",
                "Mr",
                "Daniel",
                "",
                "Hughes",
                "",
                "daniel.hughes@koalatech.example.com.au",
                "",
                "0400 111 222",
                "Finance Manager",
                "",
                "Sarah Hughes",
                "0400 333 444",
            ),
        ),
        people=(
            ("Charlotte Rose Nguyen", "charlotte.nguyen@koalatech.example.com.au"),
            ("Daniel Hughes", "daniel.hughes@koalatech.example.com.au"),
        ),
        known=(
            expect(
                "charlotte.nguyen@koalatech.example.com.au",
                phone="0412 345 678",
                job_title="Payroll Officer",
                other_emails=("lottie.nguyen@bigpond.example.com",),
            ),
            expect(
                "daniel.hughes@koalatech.example.com.au",
                phone="0400 111 222",
                job_title="Finance Manager",
            ),
        ),
        notes="the manager's and the emergency contact's names, the contact's mobile beside the employee's; a preferred name beside the legal ones",
    ),
    Shape(
        name="moneyforward-kyuyo-ja",
        product="マネーフォワード クラウド給与 (従業員一覧)",
        language="ja",
        source="recalled: Money Forward Cloud Payroll's employee list exported as CSV (Shift_JIS): 姓, 名, their readings, the spouse's name",
        header=(
            "従業員番号",
            "姓",
            "名",
            "姓（フリガナ）",
            "名（フリガナ）",
            "メールアドレス",
            "携帯電話番号",
            "部門",
            "役職",
            "配偶者の氏名",
        ),
        rows=(
            (
                "0007",
                "佐々木",
                "由美",
                "ササキ",
                "ユミ",
                "y.sasaki@hikari-shoji.example.jp",
                "090-1234-5678",
                "総務部",
                "課長",
                "佐々木 誠",
            ),
            (
                "0008",
                "中村",
                "大輔",
                "ナカムラ",
                "ダイスケ",
                "d.nakamura@hikari-shoji.example.jp",
                "080-2345-6789",
                "営業部",
                "",
                "",
            ),
        ),
        people=(
            ("佐々木 由美", "y.sasaki@hikari-shoji.example.jp"),
            ("中村 大輔", "d.nakamura@hikari-shoji.example.jp"),
        ),
        known=(
            expect("y.sasaki@hikari-shoji.example.jp", phone="090-1234-5678", job_title="課長"),
            expect("d.nakamura@hikari-shoji.example.jp", phone="080-2345-6789"),
        ),
        encoding="shift_jis",
        notes="family name first; kana readings; the spouse's whole name (配偶者の氏名) beside the employee's parts",
    ),
    Shape(
        name="symfonia-kadry-pl",
        product="Symfonia Kadry i Płace (pracownicy)",
        language="pl",
        source="recalled: Symfonia Kadry i Płace's employee list exported to CSV (';', cp1250): the birth name and the parents' given names as the personnel file keeps them",
        header=(
            "Nazwisko",
            "Imię",
            "Drugie imię",
            "Nazwisko rodowe",
            "Imię ojca",
            "Imię matki",
            "E-mail",
            "Telefon komórkowy",
            "Stanowisko",
        ),
        rows=(
            (
                "Wiśniewska",
                "Katarzyna",
                "Maria",
                "Nowak",
                "Tadeusz",
                "Halina",
                "k.wisniewska@wp.example.pl",
                "601 234 567",
                "Księgowa",
            ),
            (
                "Zieliński",
                "Paweł",
                "",
                "",
                "Andrzej",
                "Ewa",
                "pawel.zielinski@onet.example.pl",
                "",
                "Magazynier",
            ),
        ),
        people=(
            ("Katarzyna Maria Wiśniewska", "k.wisniewska@wp.example.pl"),
            ("Paweł Zieliński", "pawel.zielinski@onet.example.pl"),
        ),
        known=(
            expect("k.wisniewska@wp.example.pl", phone="601 234 567", job_title="Księgowa"),
            expect("pawel.zielinski@onet.example.pl", job_title="Magazynier"),
        ),
        encoding="cp1250",
        delimiter=";",
        notes="the birth name (Nazwisko rodowe) and the father's and mother's given names (Imię ojca, Imię matki) are no part of the name",
    ),
    Shape(
        name="paychex-employee-census",
        product="Paychex Flex (employee census report)",
        language="en",
        source="recalled: Paychex Flex's Employee Census report exported as CSV: title lines with the company and run date, a total line",
        preamble=(
            ("Paychex Flex",),
            ("Employee Census Report",),
            ("Company: 0042-1234 Riverbend Dental LLC",),
            ("Run Date: 12/05/2026",),
            (),
        ),
        header=(
            "Employee ID",
            "Last Name",
            "First Name",
            "MI",
            "Status",
            "Email Address",
            "Home Phone",
            "Job Title",
            "Supervisor",
        ),
        rows=(
            (
                "000112",
                "Delgado",
                "Rosa",
                "M",
                "Active",
                "rosa.delgado@riverbenddental.example.com",
                "(503) 555-0148",
                "Dental Hygienist",
                "Kim, Andrew",
            ),
            (
                "000113",
                "Kim",
                "Andrew",
                "",
                "Active",
                "andrew.kim@riverbenddental.example.com",
                "(503) 555-0190",
                "Office Manager",
                "",
            ),
        ),
        footer=((), ("Total Employees: 2",)),
        people=(
            ("Rosa M Delgado", "rosa.delgado@riverbenddental.example.com"),
            ("Andrew Kim", "andrew.kim@riverbenddental.example.com"),
        ),
        known=(
            expect(
                "rosa.delgado@riverbenddental.example.com",
                phone="(503) 555-0148",
                job_title="Dental Hygienist",
            ),
            expect(
                "andrew.kim@riverbenddental.example.com",
                phone="(503) 555-0190",
                job_title="Office Manager",
            ),
        ),
        notes="title lines (the employer in one) and a total line; the supervisor written 'Family, Given'",
    ),
    # --- school, church and club software ---------------------------------------------------
    Shape(
        name="magister-leerlingen-nl",
        product="Magister (leerlingen met ouders)",
        language="nl",
        source="recalled: Magister's pupil overview exported as CSV: Roepnaam, Tussenvoegsel, Achternaam, the first parent's name, address and phone",
        header=(
            "Stamnummer",
            "Roepnaam",
            "Tussenvoegsel",
            "Achternaam",
            "Klas",
            "E-mailadres",
            "Naam ouder/verzorger 1",
            "E-mail ouder/verzorger 1",
            "Telefoon ouder/verzorger 1",
        ),
        rows=(
            (
                "20231",
                "Sanne",
                "van",
                "Dijk",
                "2B",
                "sanne.vandijk@leerling.example.nl",
                "M. van Dijk-Jansen",
                "m.vandijk@ziggo.example.nl",
                "06 2345 6789",
            ),
            (
                "20232",
                "Daan",
                "",
                "Smit",
                "2B",
                "daan.smit@leerling.example.nl",
                "P. Smit",
                "p.smit@kpn.example.nl",
                "06 3456 7890",
            ),
        ),
        people=(
            ("Sanne van Dijk", "sanne.vandijk@leerling.example.nl"),
            ("Daan Smit", "daan.smit@leerling.example.nl"),
        ),
        known=(
            expect("sanne.vandijk@leerling.example.nl"),
            expect("daan.smit@leerling.example.nl"),
        ),
        notes="the parent's name, address and phone beside the pupil's: none of them the pupil's",
    ),
    Shape(
        name="pronote-responsables-fr",
        product="PRONOTE (responsables)",
        language="fr",
        source="recalled: PRONOTE's list of legal guardians exported as CSV (';'): the family name in capitals, the pupils they are responsible for",
        header=(
            "Civilité",
            "Nom",
            "Prénom",
            "Lien de parenté",
            "Élève(s)",
            "Classe(s)",
            "Adresse e-mail",
            "Tél. portable",
            "Profession",
        ),
        rows=(
            (
                "Mme",
                "DUPONT",
                "Isabelle",
                "Mère",
                "DUPONT Léa",
                "4E B",
                "isabelle.dupont@free.example.fr",
                "06 11 22 33 44",
                "Infirmière",
            ),
            (
                "M.",
                "BENALI",
                "Karim",
                "Père",
                "BENALI Yanis, BENALI Inès",
                "6E A, 3E C",
                "karim.benali@laposte.example.net",
                "07 55 66 77 88",
                "Chauffeur",
            ),
        ),
        people=(
            ("Isabelle DUPONT", "isabelle.dupont@free.example.fr"),
            ("Karim BENALI", "karim.benali@laposte.example.net"),
        ),
        known=(
            expect(
                "isabelle.dupont@free.example.fr", phone="06 11 22 33 44", job_title="Infirmière"
            ),
            expect(
                "karim.benali@laposte.example.net", phone="07 55 66 77 88", job_title="Chauffeur"
            ),
        ),
        delimiter=";",
        notes="the pupils' names written family first in capitals (Élève(s)), two in one cell: other people's",
    ),
    Shape(
        name="infinite-campus-guardians",
        product="Infinite Campus (student guardian report)",
        language="en",
        source="recalled: Infinite Campus' ad hoc report of students with their guardians: student and guardian name parts, the guardian's email and cell phone",
        header=(
            "Student Number",
            "Student Last Name",
            "Student First Name",
            "Grade",
            "Student Email",
            "Guardian Last Name",
            "Guardian First Name",
            "Relationship",
            "Guardian Email",
            "Guardian Cell Phone",
        ),
        rows=(
            (
                "100482",
                "Okonkwo",
                "Chidi",
                "07",
                "cokonkwo482@students.example.k12.us",
                "Okonkwo",
                "Ngozi",
                "Mother",
                "ngozi.okonkwo@gmail.example.com",
                "(614) 555-0123",
            ),
            (
                "100483",
                "Larsen",
                "Emma",
                "07",
                "elarsen483@students.example.k12.us",
                "Haugen",
                "Kristin",
                "Mother",
                "kristin.haugen@outlook.example.com",
                "(614) 555-0188",
            ),
        ),
        people=(
            ("Chidi Okonkwo", "cokonkwo482@students.example.k12.us"),
            ("Emma Larsen", "elarsen483@students.example.k12.us"),
        ),
        known=(),
        notes="the guardian's parts, address and cell phone beside the student's: the phone is no student's",
    ),
    Shape(
        name="mobidziennik-uczniowie-pl",
        product="Mobidziennik (uczniowie)",
        language="pl",
        source="recalled: Mobidziennik's pupil list exported as CSV (';', ISO-8859-2): 'Nazwisko i imię', family name first, the parent's the same way",
        header=(
            "Lp.",
            "Nazwisko i imię",
            "Klasa",
            "E-mail",
            "Nazwisko i imię rodzica",
            "E-mail rodzica",
            "Telefon rodzica",
        ),
        rows=(
            (
                "1",
                "Kowalczyk Zofia",
                "3a",
                "zofia.kowalczyk@uczen.example.pl",
                "Kowalczyk Agnieszka",
                "a.kowalczyk@gmail.example.com",
                "600 100 200",
            ),
            (
                "2",
                "Lewandowski Jakub",
                "3a",
                "jakub.lewandowski@uczen.example.pl",
                "Lewandowska Beata",
                "beata.lewandowska@wp.example.pl",
                "600 300 400",
            ),
            ("3", "Dąbrowska Maja", "3a", "maja.dabrowska@uczen.example.pl", "", "", ""),
        ),
        people=(
            ("Kowalczyk Zofia", "zofia.kowalczyk@uczen.example.pl"),
            ("Lewandowski Jakub", "jakub.lewandowski@uczen.example.pl"),
            ("Dąbrowska Maja", "maja.dabrowska@uczen.example.pl"),
        ),
        known=(),
        encoding="iso8859_2",
        delimiter=";",
        notes="one name column whose header says family name then given name ('Nazwisko i imię'), no comma in the values: kept as written, as every whole-name column (ФИО, ПІБ) is",
    ),
    Shape(
        name="rock-rms-people",
        product="Rock RMS (people data view)",
        language="en",
        source="recalled: Rock RMS' person fields (Title, First Name, Nick Name, Middle Name, Last Name, Suffix) in a data view exported to CSV, with the spouse and the connection status",
        header=(
            "Id",
            "Title",
            "First Name",
            "Nick Name",
            "Middle Name",
            "Last Name",
            "Suffix",
            "Email",
            "Mobile Phone",
            "Spouse",
            "Connection Status",
            "Campus",
        ),
        rows=(
            (
                "1042",
                "Mr.",
                "William",
                "Bill",
                "James",
                "Thornton",
                "Jr.",
                "bill.thornton@gmail.example.com",
                "(615) 555-0142",
                "Margaret Thornton",
                "Member",
                "Franklin",
            ),
            (
                "1043",
                "Mrs.",
                "Margaret",
                "Peggy",
                "",
                "Thornton",
                "",
                "peggy.thornton@gmail.example.com",
                "(615) 555-0143",
                "William Thornton",
                "Member",
                "Franklin",
            ),
            (
                "1050",
                "",
                "Joseph",
                "",
                "",
                "Kamau",
                "",
                "joseph.kamau@yahoo.example.com",
                "",
                "",
                "Visitor",
                "Brentwood",
            ),
        ),
        people=(
            ("William James Thornton", "bill.thornton@gmail.example.com"),
            ("Margaret Thornton", "peggy.thornton@gmail.example.com"),
            ("Joseph Kamau", "joseph.kamau@yahoo.example.com"),
        ),
        known=(
            expect("bill.thornton@gmail.example.com", phone="(615) 555-0142"),
            expect("peggy.thornton@gmail.example.com", phone="(615) 555-0143"),
        ),
        notes="the spouse's whole name on each row beside the person's parts; a nick name beside the legal given name; a suffix",
    ),
    Shape(
        name="clubrunner-members",
        product="ClubRunner (Rotary club members)",
        language="en",
        source="recalled: ClubRunner's member list exported as CSV: the Rotary classification (the member's trade) beside the company and position, the spouse or partner",
        header=(
            "Member Name",
            "First Name",
            "Last Name",
            "Spouse/Partner",
            "Email",
            "Cell Phone",
            "Classification",
            "Company",
            "Position",
            "Member Since",
        ),
        rows=(
            (
                "Robert Kiplagat",
                "Robert",
                "Kiplagat",
                "Grace Kiplagat",
                "r.kiplagat@kcb.example.co.ke",
                "+254 722 555 123",
                "Banking - Commercial",
                "KCB Group",
                "Branch Manager",
                "2015",
            ),
            (
                "Anjali Mehta",
                "Anjali",
                "Mehta",
                "",
                "anjali@mehtadental.example.com",
                "",
                "Dentistry",
                "Mehta Dental Clinic",
                "Owner",
                "2021",
            ),
        ),
        people=(
            ("Robert Kiplagat", "r.kiplagat@kcb.example.co.ke"),
            ("Anjali Mehta", "anjali@mehtadental.example.com"),
        ),
        known=(
            expect(
                "r.kiplagat@kcb.example.co.ke",
                phone="+254722555123",
                company="KCB Group",
                job_title="Branch Manager",
            ),
            expect(
                "anjali@mehtadental.example.com", company="Mehta Dental Clinic", job_title="Owner"
            ),
        ),
        notes="'Classification' (a Rotary member's trade) is neither company nor job title; the spouse's whole name beside the member's",
    ),
    # --- surveys ---------------------------------------------------------------------------------
    Shape(
        name="netigate-svar-sv",
        product="Netigate (svar)",
        language="sv",
        source="recalled: Netigate's response export as Excel's Unicode Text (UTF-16 with BOM, tabs): respondent columns and a free-text question",
        header=(
            "Respondent-ID",
            "Starttid",
            "Sluttid",
            "Namn",
            "E-postadress",
            "Organisation",
            "Vad kan vi göra bättre?",
        ),
        rows=(
            (
                "884201",
                "2026-11-20 10:02",
                "2026-11-20 10:09",
                "Ingrid Lindqvist",
                "ingrid.lindqvist@telia.example.se",
                "Region Västra Götaland",
                "Tack till Maria Lind på kundtjänst, hon var fantastisk!",
            ),
            (
                "884202",
                "2026-11-20 11:15",
                "2026-11-20 11:18",
                "Oskar Nilsson",
                "oskar.nilsson@gmail.example.com",
                "",
                "Snabbare svar på e-post.",
            ),
        ),
        people=(
            ("Ingrid Lindqvist", "ingrid.lindqvist@telia.example.se"),
            ("Oskar Nilsson", "oskar.nilsson@gmail.example.com"),
        ),
        known=(expect("ingrid.lindqvist@telia.example.se", company="Region Västra Götaland"),),
        encoding="utf-16",
        delimiter="\t",
        notes="a free-text answer naming another person; Swedish 'Organisation' is the company",
    ),
    Shape(
        name="enalyzer-besvarelser-da",
        product="Enalyzer (besvarelser)",
        language="da",
        source="recalled: Enalyzer's responses exported as CSV (';'): the respondent's name and address, a question asking who recommended us (answered with names on every row)",
        header=("RespondentID", "Navn", "E-mail", "Hvem anbefalede os?", "Kommentar"),
        rows=(
            (
                "1",
                "Mette Frederiksen Holm",
                "mette.holm@jubii.example.dk",
                "Lars Jensen",
                "Gode kurser",
            ),
            ("2", "Søren Kierkegaard Bach", "soren.bach@tdc.example.dk", "Anne Sørensen", ""),
            (
                "3",
                "Freja Madsen",
                "freja.madsen@gmail.example.com",
                "Lars Jensen",
                "Mere parkering",
            ),
        ),
        people=(
            ("Mette Frederiksen Holm", "mette.holm@jubii.example.dk"),
            ("Søren Kierkegaard Bach", "soren.bach@tdc.example.dk"),
            ("Freja Madsen", "freja.madsen@gmail.example.com"),
        ),
        delimiter=";",
        notes="a question answered with another person's whole name on every row (who recommended us)",
    ),
    Shape(
        name="tencent-wenjuan-zh",
        product="腾讯问卷 (Tencent Survey)",
        language="zh",
        source="recalled: 腾讯问卷's answers downloaded as CSV, saved in GB18030: the submitting WeChat account (填写人) beside the name question, a referrer",
        header=(
            "编号",
            "提交时间",
            "填写人",
            "您的姓名",
            "您的邮箱",
            "您的手机号",
            "您所在的单位",
            "推荐人姓名",
        ),
        rows=(
            (
                "1",
                "2026-11-18 09:12:30",
                "小王同学",
                "王芳",
                "wangfang@163.example.com",
                "13800138000",
                "北京市海淀区实验中学",
                "李强",
            ),
            (
                "2",
                "2026-11-18 10:40:02",
                "Jason",
                "陈志明",
                "zhiming.chen@qq.example.com",
                "13912345678",
                "",
                "李强",
            ),
            (
                "3",
                "2026-11-18 11:03:45",
                "赵老师",
                "赵丽",
                "zhaoli@126.example.com",
                "",
                "",
                "王芳",
            ),
        ),
        people=(
            ("王芳", "wangfang@163.example.com"),
            ("陈志明", "zhiming.chen@qq.example.com"),
            ("赵丽", "zhaoli@126.example.com"),
        ),
        known=(
            expect("wangfang@163.example.com", phone="13800138000", company="北京市海淀区实验中学"),
            expect("zhiming.chen@qq.example.com", phone="13912345678"),
        ),
        encoding="gb18030",
        notes="the submitter's WeChat nickname (填写人) and a referrer's name (推荐人姓名) beside the name question",
    ),
    # --- CRMs ---------------------------------------------------------------------------------
    Shape(
        name="superoffice-personer-no",
        product="SuperOffice CRM (personer)",
        language="no",
        source="code corpus: SuperOffice's docs (SuperOfficeDocs/superoffice-docs, the Persons section tab: Mr./Ms., first name, middle name, last name, position, mobile); the Norwegian export headers recalled",
        header=(
            "Firma",
            "Fornavn",
            "Mellomnavn",
            "Etternavn",
            "Stilling",
            "E-post",
            "Mobil",
            "Telefon",
            "Vår kontakt",
        ),
        rows=(
            (
                "Fjord Maskin AS",
                "Ingrid",
                "Marie",
                "Solberg",
                "Innkjøpssjef",
                "ingrid.solberg@fjordmaskin.example.no",
                "+47 912 34 567",
                "",
                "Henrik Aas",
            ),
            (
                "Bergen Bakeri",
                "Ole",
                "",
                "Haugland",
                "Daglig leder",
                "ole@bergenbakeri.example.no",
                "",
                "55 55 12 34",
                "Henrik Aas",
            ),
        ),
        people=(
            ("Ingrid Marie Solberg", "ingrid.solberg@fjordmaskin.example.no"),
            ("Ole Haugland", "ole@bergenbakeri.example.no"),
        ),
        known=(
            expect(
                "ingrid.solberg@fjordmaskin.example.no",
                phone="+4791234567",
                company="Fjord Maskin AS",
                job_title="Innkjøpssjef",
            ),
            expect(
                "ole@bergenbakeri.example.no",
                phone="55 55 12 34",
                company="Bergen Bakeri",
                job_title="Daglig leder",
            ),
        ),
        encoding="utf-8-sig",
        delimiter=";",
        notes="'Vår kontakt' (our contact: the salesperson who owns the company) is a whole name on every row, no one's name here",
    ),
    Shape(
        name="ploomes-clientes-pt",
        product="Ploomes (clientes)",
        language="pt",
        source="recalled: Ploomes' contacts exported as .xlsx saved as CSV (';'): the contact's company and role, the responsible salesperson",
        header=("Nome", "Empresa", "Cargo", "E-mail", "Telefone", "Responsável", "Origem"),
        rows=(
            (
                "Ana Beatriz Souza",
                "Construtora Horizonte Ltda",
                "Gerente de Compras",
                "ana.souza@horizonte.example.com.br",
                "+55 11 98765-4321",
                "Rafael Lima",
                "Indicação",
            ),
            (
                "Thiago Pereira",
                "",
                "",
                "thiago.pereira@gmail.example.com",
                "(21) 99876-5432",
                "Rafael Lima",
                "Site",
            ),
        ),
        people=(
            ("Ana Beatriz Souza", "ana.souza@horizonte.example.com.br"),
            ("Thiago Pereira", "thiago.pereira@gmail.example.com"),
        ),
        known=(
            expect(
                "ana.souza@horizonte.example.com.br",
                phone="+5511987654321",
                company="Construtora Horizonte Ltda",
                job_title="Gerente de Compras",
            ),
            expect("thiago.pereira@gmail.example.com", phone="(21) 99876-5432"),
        ),
        delimiter=";",
        notes="'Responsável' (the salesperson) is a whole name on every row beside the contact's",
    ),
    Shape(
        name="crm-in-cloud-contatti-it",
        product="CRM in Cloud (TeamSystem) (contatti)",
        language="it",
        source="recalled: CRM in Cloud's contacts exported as CSV (';'): the firm's ragione sociale, the contact's parts, the assigned salesperson",
        header=(
            "Ragione sociale",
            "Nome",
            "Cognome",
            "Email",
            "Telefono",
            "Cellulare",
            "Ruolo",
            "Commerciale assegnato",
        ),
        rows=(
            (
                "Ferramenta Bianchi S.r.l.",
                "Giulia",
                "Bianchi",
                "giulia.bianchi@ferramentabianchi.example.it",
                "02 5555 1234",
                "",
                "Amministratrice",
                "Marco Esposito",
            ),
            (
                "",
                "Luca",
                "De Luca",
                "luca.deluca@libero.example.it",
                "",
                "333 123 4567",
                "",
                "Marco Esposito",
            ),
        ),
        people=(
            ("Giulia Bianchi", "giulia.bianchi@ferramentabianchi.example.it"),
            ("Luca De Luca", "luca.deluca@libero.example.it"),
        ),
        known=(
            expect(
                "giulia.bianchi@ferramentabianchi.example.it",
                phone="02 5555 1234",
                company="Ferramenta Bianchi S.r.l.",
                job_title="Amministratrice",
            ),
            expect("luca.deluca@libero.example.it", phone="333 123 4567"),
        ),
        delimiter=";",
        notes="the assigned salesperson (Commerciale assegnato) beside the contact; 'Ruolo' is the job title",
    ),
    Shape(
        name="rav-messer-contacts-he",
        product="רב מסר Rav Messer (אנשי קשר)",
        language="he",
        source="recalled: Rav Messer's mailing-list contacts exported as CSV, saved in cp1255 by Excel",
        header=("שם פרטי", "שם משפחה", "דואר אלקטרוני", "טלפון נייד", "תאריך הצטרפות", "שם הממליץ"),
        rows=(
            (
                "נועה",
                "כהן",
                "noa.cohen@walla.example.co.il",
                "052-1234567",
                "01/11/2026",
                "דני לוי",
            ),
            ("יוסף", "אברהם", "yosef.avraham@gmail.example.com", "", "02/11/2026", "דני לוי"),
        ),
        people=(
            ("נועה כהן", "noa.cohen@walla.example.co.il"),
            ("יוסף אברהם", "yosef.avraham@gmail.example.com"),
        ),
        known=(expect("noa.cohen@walla.example.co.il", phone="052-1234567"),),
        encoding="cp1255",
        notes="the recommender's whole name (שם הממליץ) on every row beside the subscriber's parts",
    ),
    # --- mail clients ---------------------------------------------------------------------------
    Shape(
        name="becky-addressbook-ja",
        product="Becky! Internet Mail (アドレス帳)",
        language="ja",
        source="recalled: Becky!'s address book exported as CSV (Shift_JIS): 名前, フリガナ, E-Mail, 会社, 部署, 役職, 電話番号, 携帯電話, メモ",
        header=(
            "名前",
            "フリガナ",
            "E-Mail",
            "会社",
            "部署",
            "役職",
            "電話番号",
            "携帯電話",
            "メモ",
        ),
        rows=(
            (
                "鈴木 一郎",
                "スズキ イチロウ",
                "ichiro.suzuki@sakura-denki.example.jp",
                "さくら電機株式会社",
                "営業部",
                "部長",
                "03-1234-5678",
                "090-8765-4321",
                "山田さんの紹介",
            ),
            (
                "小林 さくら",
                "コバヤシ サクラ",
                "sakura.k@example.ne.jp",
                "",
                "",
                "",
                "",
                "080-1111-2222",
                "",
            ),
        ),
        people=(
            ("鈴木 一郎", "ichiro.suzuki@sakura-denki.example.jp"),
            ("小林 さくら", "sakura.k@example.ne.jp"),
        ),
        known=(
            expect(
                "ichiro.suzuki@sakura-denki.example.jp",
                phone="03-1234-5678",
                company="さくら電機株式会社",
                job_title="部長",
            ),
            expect("sakura.k@example.ne.jp", phone="080-1111-2222"),
        ),
        encoding="shift_jis",
        notes="whole names family first with their kana reading; a memo naming who introduced the person",
    ),
    Shape(
        name="lotus-notes-contacts",
        product="IBM Lotus Notes (contacts, File > Export)",
        language="en",
        source="recalled: Notes' personal address book (names.nsf) Contact form fields exported as CSV: FirstName, MiddleInitial, LastName, Suffix, MailAddress, CompanyName, JobTitle, OfficePhoneNumber, CellPhoneNumber, Spouse, Children",
        header=(
            "FirstName",
            "MiddleInitial",
            "LastName",
            "Suffix",
            "MailAddress",
            "CompanyName",
            "JobTitle",
            "OfficePhoneNumber",
            "CellPhoneNumber",
            "Spouse",
            "Children",
            "Comment",
        ),
        rows=(
            (
                "Margaret",
                "A",
                "O'Connell",
                "",
                "margaret.oconnell@acmeins.example.com",
                "Acme Insurance",
                "Claims Adjuster",
                "(617) 555-0101",
                "",
                "Patrick O'Connell",
                "Liam, Nora",
                "",
            ),
            (
                "Harold",
                "",
                "Fischer",
                "III",
                "hfischer@fischerlaw.example.com",
                "Fischer & Sons LLP",
                "Partner",
                "",
                "(617) 555-0199",
                "",
                "",
                "met at the 2009 bar dinner",
            ),
        ),
        people=(
            ("Margaret A O'Connell", "margaret.oconnell@acmeins.example.com"),
            ("Harold Fischer", "hfischer@fischerlaw.example.com"),
        ),
        known=(
            expect(
                "margaret.oconnell@acmeins.example.com",
                phone="(617) 555-0101",
                company="Acme Insurance",
                job_title="Claims Adjuster",
            ),
            expect(
                "hfischer@fischerlaw.example.com",
                phone="(617) 555-0199",
                company="Fischer & Sons LLP",
                job_title="Partner",
            ),
        ),
        notes="the spouse's whole name and the children's given names beside the person's parts; CamelCase field names",
    ),
    # --- phones' vCards, LDIF -------------------------------------------------------------------
    Shape(
        name="sharp-aquos-vcards-ja",
        product="Sharp AQUOS phone (vCard backup)",
        language="ja",
        source="recalled: a Sharp AQUOS phone's address book backup: vCard 2.1 in Shift_JIS, SOUND;X-IRMC-N readings, X-GN groups, no FN",
        header=(),
        rows=text_lines(_SHARP_AQUOS),
        people=(
            ("田中 花子", "hanako.tanaka@au.example.jp"),
            ("高橋 健一", "k.takahashi@midori-kensetsu.example.jp"),
        ),
        known=(
            expect("hanako.tanaka@au.example.jp", phone="090-1111-2222"),
            expect(
                "k.takahashi@midori-kensetsu.example.jp",
                phone="03-5555-7788",
                company="株式会社みどり建設",
                other_emails=("kenichi.t@docomo.example.ne.jp",),
            ),
        ),
        encoding="shift_jis",
        kind="vcard",
        suffix=".vcf",
        notes="no FN: the name is N's family and given, family first; the half-width kana reading is no name; a group (X-GN)",
    ),
    Shape(
        name="oneplus-vcards-vi",
        product="OnePlus phone (Contacts export)",
        language="vi",
        source="recalled: a OnePlus (OxygenOS) phone's contacts exported as vCard 2.1, Vietnamese names quoted-printable",
        header=(),
        rows=text_lines(_ONEPLUS),
        people=(
            ("Nguyễn Thị Mai", "mai.nguyen88@gmail.com"),
            ("Trần Quốc Bảo", "bao.tran@saoviet.example.vn"),
        ),
        known=(
            expect("mai.nguyen88@gmail.com", phone="+84912345678"),
            expect(
                "bao.tran@saoviet.example.vn",
                phone="028 3822 1234",
                company="Công ty TNHH Sao Việt",
                job_title="Kế toán trưởng",
            ),
        ),
        kind="vcard",
        suffix=".vcf",
        notes="quoted-printable UTF-8 with Vietnamese combining-free precomposed letters",
    ),
    Shape(
        name="apache-directory-studio-ldif-ko",
        product="Apache Directory Studio (LDIF export)",
        language="ko",
        source="recalled: Apache Directory Studio's Export > LDIF of a subtree: version: 1, base64 (::) values for Hangul, a groupOfNames",
        header=(),
        rows=text_lines(_APACHE_DS),
        people=(
            ("김민준", "minjun.kim@hanbit.example.kr"),
            ("윤서연", "seoyeon.yoon@hanbit.example.kr"),
        ),
        known=(
            expect(
                "minjun.kim@hanbit.example.kr",
                phone="+8225550142",
                company="한빛소프트",
                job_title="선임연구원",
            ),
            expect("seoyeon.yoon@hanbit.example.kr"),
        ),
        kind="text",
        suffix=".ldif",
        notes="every Hangul value base64 (::); a group with its members' DNs is no person",
    ),
    Shape(
        name="opendj-ldapsearch-ldif",
        product="OpenDJ (ldapsearch output)",
        language="en",
        source="recalled: OpenDJ's ldapsearch output saved to a file: folded long lines, displayName beside cn, the manager's DN",
        header=(),
        rows=text_lines(_OPENDJ),
        people=(
            ("Rebecca Maxwell", "rebecca.maxwell@northwind.example.com"),
            ("Daniel Okafor", "daniel.okafor@northwind.example.com"),
        ),
        known=(
            expect(
                "rebecca.maxwell@northwind.example.com",
                phone="+12065550187",
                job_title="Director of Operations",
            ),
            expect("daniel.okafor@northwind.example.com", job_title="VP Supply Chain"),
        ),
        kind="text",
        suffix=".ldif",
        notes="a description folded over two lines naming another person; the manager's DN",
    ),
    # --- added after the first fixes: recipients, contacts numbered, legal and preferred
    # names, a Chinese phone's vCards, Oracle's directory -------------------------------
    Shape(
        name="coupang-orders-ko",
        product="쿠팡 Wing (주문 목록)",
        language="ko",
        source="recalled: Coupang Wing's order list exported as CSV, saved in cp949 by Excel: the buyer and the recipient (수취인) apart",
        header=(
            "주문번호",
            "구매자",
            "구매자 이메일",
            "구매자 전화번호",
            "수취인이름",
            "수취인 전화번호",
            "수취인 주소",
            "상품명",
        ),
        rows=(
            (
                "2000123456789",
                "이지은",
                "jieun.lee@naver.example.com",
                "010-1111-2222",
                "이지은",
                "010-1111-2222",
                "서울특별시 마포구",
                "텀블러",
            ),
            (
                "2000123456790",
                "최우식",
                "woosik.choi@gmail.example.com",
                "010-3333-4444",
                "최민지",
                "010-5555-6666",
                "부산광역시 해운대구",
                "유아 내복",
            ),
        ),
        people=(
            ("이지은", "jieun.lee@naver.example.com"),
            ("최우식", "woosik.choi@gmail.example.com"),
        ),
        known=(
            expect("jieun.lee@naver.example.com", phone="010-1111-2222"),
            expect("woosik.choi@gmail.example.com", phone="010-3333-4444"),
        ),
        encoding="cp949",
        notes="the buyer (구매자) with the address beside the recipient (수취인), another person on the second row",
    ),
    Shape(
        name="noon-orders-ar",
        product="noon Seller Lab (الطلبات)",
        language="ar",
        source="recalled: noon's seller order report in Arabic, saved as CSV in cp1256: the customer and the recipient apart",
        header=(
            "رقم الطلب",
            "اسم العميل",
            "البريد الإلكتروني للعميل",
            "اسم المستلم",
            "هاتف المستلم",
            "المدينة",
        ),
        rows=(
            (
                "NAEH1234567",
                "خالد العتيبي",
                "khalid.otaibi@hotmail.example.com",
                "نورة العتيبي",
                "+966 55 123 4567",
                "الرياض",
            ),
            (
                "NAEH1234568",
                "مريم الحربي",
                "maryam.harbi@gmail.example.com",
                "مريم الحربي",
                "+966 50 765 4321",
                "جدة",
            ),
        ),
        people=(
            ("خالد العتيبي", "khalid.otaibi@hotmail.example.com"),
            ("مريم الحربي", "maryam.harbi@gmail.example.com"),
        ),
        known=(),
        encoding="cp1256",
        notes="the recipient's name and phone (المستلم) beside the customer's: the phone is no customer's",
    ),
    Shape(
        name="trendyol-siparisler-tr",
        product="Trendyol Satıcı Paneli (siparişler)",
        language="tr",
        source="recalled: Trendyol's seller order list exported to Excel and saved as CSV (';', cp1254): the recipient (Alıcı) and the invoice's name apart, the customer's address",
        header=(
            "Sipariş Numarası",
            "Alıcı",
            "Fatura Adı Soyadı",
            "Müşteri E-posta",
            "Teslimat Adresi",
            "Ürün Adı",
        ),
        rows=(
            (
                "10293847561",
                "Ayşe Yıldırım",
                "Ayşe Yıldırım",
                "ayse.yildirim@gmail.example.com",
                "Kadıköy / İstanbul",
                "Kahve makinesi",
            ),
            (
                "10293847562",
                "Emre Şahin",
                "Zeynep Şahin",
                "zeynep.sahin@hotmail.example.com",
                "Çankaya / Ankara",
                "Oyuncak",
            ),
        ),
        people=(
            ("Ayşe Yıldırım", "ayse.yildirim@gmail.example.com"),
            ("Zeynep Şahin", "zeynep.sahin@hotmail.example.com"),
        ),
        encoding="cp1254",
        delimiter=";",
        notes="the customer is invoiced ('Fatura Adı Soyadı') and owns the address; the recipient ('Alıcı') differs on a gift's row",
    ),
    Shape(
        name="isams-pupil-contacts",
        product="iSAMS (pupil contacts report)",
        language="en",
        source="recalled: iSAMS' pupil contacts report exported as CSV: the pupil's forename, preferred name and surname, their school email, the first contact's title, forename, surname, relationship and email",
        header=(
            "School ID",
            "Forename",
            "Preferred Name",
            "Surname",
            "Form",
            "Pupil Email",
            "Contact 1 Title",
            "Contact 1 Forename",
            "Contact 1 Surname",
            "Contact 1 Relationship",
            "Contact 1 Email",
            "Contact 1 Mobile",
        ),
        rows=(
            (
                "000123",
                "Alexander",
                "Alex",
                "Whitmore",
                "9W",
                "awhitmore@pupils.example.sch.uk",
                "Dr",
                "Helen",
                "Whitmore",
                "Mother",
                "helen.whitmore@nhs.example.uk",
                "07700 900123",
            ),
            (
                "000124",
                "Amara",
                "",
                "Osei",
                "9W",
                "aosei@pupils.example.sch.uk",
                "Mr",
                "Kofi",
                "Osei",
                "Father",
                "kofi.osei@btinternet.example.com",
                "07700 900456",
            ),
        ),
        people=(
            ("Alexander Whitmore", "awhitmore@pupils.example.sch.uk"),
            ("Amara Osei", "aosei@pupils.example.sch.uk"),
        ),
        known=(),
        notes="the numbered contact's title, forename, surname, address and mobile beside the pupil's own: none of them the pupil's",
    ),
    Shape(
        name="zenefits-employees",
        product="TriNet Zenefits (people directory)",
        language="en",
        source="recalled: Zenefits' people directory export: legal and preferred names, both addresses, the manager's name and email",
        header=(
            "Legal First Name",
            "Preferred First Name",
            "Legal Last Name",
            "Work Email",
            "Personal Email",
            "Work Phone",
            "Title",
            "Department",
            "Manager",
            "Manager Email",
        ),
        rows=(
            (
                "Guadalupe",
                "Lupe",
                "Hernández",
                "lupe.hernandez@sunbelt.example.com",
                "lupeh@yahoo.example.com",
                "(480) 555-0110",
                "HR Generalist",
                "People",
                "Mark Chen",
                "mark.chen@sunbelt.example.com",
            ),
            (
                "Mark",
                "",
                "Chen",
                "mark.chen@sunbelt.example.com",
                "",
                "(480) 555-0100",
                "VP People",
                "People",
                "",
                "",
            ),
        ),
        people=(
            ("Guadalupe Hernández", "lupe.hernandez@sunbelt.example.com"),
            ("Mark Chen", "mark.chen@sunbelt.example.com"),
        ),
        known=(
            expect(
                "lupe.hernandez@sunbelt.example.com",
                phone="(480) 555-0110",
                job_title="HR Generalist",
                other_emails=("lupeh@yahoo.example.com",),
            ),
            expect("mark.chen@sunbelt.example.com", phone="(480) 555-0100", job_title="VP People"),
        ),
        notes="'Legal First Name' beside 'Preferred First Name' (the legal parts are the name, as the corpus takes them); the manager's address repeats",
    ),
    Shape(
        name="smartsurvey-responses",
        product="SmartSurvey (responses export)",
        language="en",
        source="recalled: SmartSurvey's responses exported as CSV: a title line with the survey's name, the respondent's contact question's fields, an open question",
        preamble=(("Customer Satisfaction 2026 - Responses",), ()),
        header=(
            "Response ID",
            "Started",
            "Ended",
            "IP Address",
            "Title",
            "First Name",
            "Surname",
            "Email Address",
            "Organisation",
            "Who helped you today?",
        ),
        rows=(
            (
                "88120001",
                "02/12/2026 09:14",
                "02/12/2026 09:20",
                "81.2.69.160",
                "Mrs",
                "Gwen",
                "Pritchard",
                "gwen.pritchard@council.example.gov.uk",
                "Ceredigion Council",
                "Tom Reilly",
            ),
            (
                "88120002",
                "02/12/2026 10:01",
                "02/12/2026 10:05",
                "86.1.2.3",
                "Mr",
                "Declan",
                "Byrne",
                "declan.byrne@eircom.example.net",
                "",
                "Priya Shah",
            ),
            (
                "88120003",
                "02/12/2026 11:30",
                "02/12/2026 11:33",
                "92.40.1.1",
                "Ms",
                "Fiona",
                "MacLeod",
                "fiona.macleod@gmail.example.com",
                "",
                "Tom Reilly",
            ),
        ),
        people=(
            ("Gwen Pritchard", "gwen.pritchard@council.example.gov.uk"),
            ("Declan Byrne", "declan.byrne@eircom.example.net"),
            ("Fiona MacLeod", "fiona.macleod@gmail.example.com"),
        ),
        known=(expect("gwen.pritchard@council.example.gov.uk", company="Ceredigion Council"),),
        notes="a title line above the header; 'Title' holds honorifics; an open question answered with a staff member's name on every row",
    ),
    Shape(
        name="powerchurch-members",
        product="PowerChurch Plus (membership export)",
        language="en",
        source="recalled: PowerChurch Plus' membership export to CSV (cp1252): the household's 'Last, First & Spouse' label, then each member's own fields",
        header=(
            "Envelope #",
            "Household Label",
            "First Name",
            "Last Name",
            "Relationship",
            "E-Mail Address",
            "Cell Phone",
        ),
        rows=(
            (
                "0142",
                "Johansson, Erik & Märta",
                "Erik",
                "Johansson",
                "Head of Household",
                "erik.johansson@frontier.example.net",
                "(218) 555-0142",
            ),
            (
                "0142",
                "Johansson, Erik & Märta",
                "Märta",
                "Johansson",
                "Spouse",
                "marta.johansson@frontier.example.net",
                "",
            ),
            (
                "0157",
                "Nakamura, Kenji",
                "Kenji",
                "Nakamura",
                "Head of Household",
                "kenji.nakamura@charter.example.net",
                "(218) 555-0157",
            ),
        ),
        people=(
            ("Erik Johansson", "erik.johansson@frontier.example.net"),
            ("Märta Johansson", "marta.johansson@frontier.example.net"),
            ("Kenji Nakamura", "kenji.nakamura@charter.example.net"),
        ),
        known=(
            expect("erik.johansson@frontier.example.net", phone="(218) 555-0142"),
            expect("kenji.nakamura@charter.example.net", phone="(218) 555-0157"),
        ),
        encoding="cp1252",
        notes="the household's label ('Family, Given & Spouse') beside each member's own parts",
    ),
    Shape(
        name="edookit-zaci-cs",
        product="Edookit (žáci a zákonní zástupci)",
        language="cs",
        source="recalled: Edookit's pupil list exported as CSV (';', cp1250): the pupil's parts and school address, the first legal guardian abbreviated ZZ1",
        header=(
            "Příjmení",
            "Jméno",
            "Třída",
            "E-mail žáka",
            "Jméno ZZ1",
            "Příjmení ZZ1",
            "E-mail ZZ1",
            "Telefon ZZ1",
        ),
        rows=(
            (
                "Dvořáková",
                "Tereza",
                "6.A",
                "tereza.dvorakova@zs-example.cz",
                "Jana",
                "Dvořáková",
                "jana.dvorakova@seznam.example.cz",
                "603 123 456",
            ),
            (
                "Procházka",
                "Vojtěch",
                "6.A",
                "vojtech.prochazka@zs-example.cz",
                "Petr",
                "Procházka",
                "petr.prochazka@email.example.cz",
                "604 987 654",
            ),
        ),
        people=(
            ("Tereza Dvořáková", "tereza.dvorakova@zs-example.cz"),
            ("Vojtěch Procházka", "vojtech.prochazka@zs-example.cz"),
        ),
        known=(),
        encoding="cp1250",
        delimiter=";",
        notes="the legal guardian's columns under an abbreviation (ZZ1: zákonný zástupce 1) of no vocabulary: the guardian's name, address and phone are no pupil's",
    ),
    Shape(
        name="meizu-vcards-zh",
        product="Meizu phone (Flyme contacts export)",
        language="zh",
        source="recalled: a Meizu (Flyme) phone's contacts exported as vCard 2.1, Chinese names quoted-printable UTF-8, a note naming who introduced the contact",
        header=(),
        rows=text_lines(_MEIZU),
        people=(
            ("欧阳娜娜", "nana.ouyang@qq.example.com"),
            ("张伟", "wei.zhang@tengda.example.cn"),
        ),
        known=(
            expect("nana.ouyang@qq.example.com", phone="138 0013 8000"),
            expect(
                "wei.zhang@tengda.example.cn",
                phone="0755-8888-1234",
                company="深圳市腾达科技有限公司",
                job_title="销售经理",
            ),
        ),
        kind="vcard",
        suffix=".vcf",
        notes="a two-character family name (欧阳); a note naming another person",
    ),
    Shape(
        name="oracle-internet-directory-ldif",
        product="Oracle Internet Directory (ldifwrite)",
        language="en",
        source="recalled: Oracle Internet Directory's ldifwrite output: lower-case attribute names, two cn values, orclguid, a group of unique names",
        header=(),
        rows=text_lines(_OID),
        people=(
            ("Robert Smith", "robert.smith@acme.example.com"),
            ("Chiara Esposito", "chiara.esposito@acme.example.com"),
        ),
        known=(
            expect(
                "robert.smith@acme.example.com",
                phone="+16505550123",
                job_title="Database Administrator",
            ),
            expect("chiara.esposito@acme.example.com"),
        ),
        kind="text",
        suffix=".ldif",
        notes="two cn values (the first is the name); the uid in capitals; a group is no person",
    ),
]
