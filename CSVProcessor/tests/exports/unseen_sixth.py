"""A sixth round of exports from products no earlier module named, written (2026-12-04) where
the corpus was thin: webmail and mail-client address books in German, Italian, French,
Russian, Czech and Indian English (WEB.DE, Libero, Orange, La Poste, Rediffmail, mailbox.org,
Posteo's vCards, eM Client, The Bat!, Mailbird), a company directory of Yandex 360 and LINE
WORKS, phone and messaging tools' customer lists (WhatsApp Business, Kakao Business), event
and form tools (Eventzilla, Humanitix, Formstack, Zoho Forms in Spanish and German), and
lists typed by hand in languages with their own naming conventions: Hungarian and Japanese
family name first, Spanish two surnames, Icelandic patronymics, Arabic names with `bin`,
Indonesian single names.

Their traps: a name field split into sub-columns whose header repeats the field's label
(`Nombre (Nombre)`, `Nombre (Apellidos)`, `Name (Vorname)`), a buyer beside each attendee
(`Buyer Email`, `Order email`), the patronymic column of Icelandic (`Föðurnafn`) and
Russian (`Отчество`), a second surname (`Segundo apellido`), workplaces and positions under
words no earlier shape used (`Munkahely`, `Beosztás`, `Qualifica`, `Vinnustaður`,
`Starfsheiti`, `جهة العمل`, `Instansi`), a phone number that is the customer's only key
(WhatsApp), and a nickname column beside the name.

Its first run (25 shapes) stored the wrong people for 3 of them and a wrong phone, company
or job title for 5 (2 of those among the 3); two more differences were this module's own
mistakes, corrected in the shapes (WEB.DE's mobile ranks before `Telefon privat` by the
documented phone rule; Mailbird's nameless contact is rejected, `name.empty`).
known_failures.py lists those not fixed, and docs/corpus.md the rule that fixed each.
Three added after those fixes (Zoho Forms in French and Japanese, a Spanish class list of
`Apellidos, Nombre`) stored the wrong people for 1: the Spanish list was refused, the
comma in its header and in every name tying `,` with `;`.

Each keeps the columns that touch a person's name, address, company, phone or owner, in
the product's order. `source` says "recalled" for every shape: the public code corpus
searched (eM Client, Humanitix, Formstack headers) held no copy of these layouts.
"""

from CSVProcessor.tests.exports.builders import Shape, expect

# fmt: off
SHAPES = [
    # --- webmail and mail-client address books ----------------------------------------------
    Shape(
        name="webde-adressbuch-de",
        product="WEB.DE Adressbuch",
        language="de",
        source="recalled: WEB.DE's address book exported as CSV (Outlook-like German columns, ';' and cp1252)",
        header=("Anrede", "Vorname", "Nachname", "Spitzname", "E-Mail-Adresse", "E-Mail-Adresse 2", "Telefon privat", "Mobiltelefon", "Firma", "Position", "Geburtstag"),
        rows=(
            ("Frau", "Jürgen", "Weiß", "Jü", "juergen.weiss@web.de", "j.weiss@weiss-bau.de", "030 5557 1234", "0171 5551234", "Weiß Bau GmbH", "Bauleiter", "12.03.1971"),
            ("Herr", "Günther", "Schäfer", "", "", "guenther.schaefer@gmx.de", "", "0160 5559876", "", "", ""),
            ("", "Käthe", "Müller", "Oma", "kaethe.mueller@t-online.de", "", "089 5554321", "", "", "", "01.01.1948"),
        ),
        people=(("Jürgen Weiß", "juergen.weiss@web.de"), ("Günther Schäfer", "guenther.schaefer@gmx.de"), ("Käthe Müller", "kaethe.mueller@t-online.de")),
        known=(
            expect("juergen.weiss@web.de", phone="0171 5551234", company="Weiß Bau GmbH", job_title="Bauleiter", other_emails=("j.weiss@weiss-bau.de",)),
            expect("guenther.schaefer@gmx.de", phone="0160 5559876"),
            expect("kaethe.mueller@t-online.de", phone="089 5554321"),
        ),
        encoding="cp1252",
        delimiter=";",
        notes="a nickname (Spitzname) beside the name parts is no name; the second address is the fallback; the mobile before the private phone",
    ),
    Shape(
        name="libero-rubrica-it",
        product="Libero Mail (Rubrica)",
        language="it",
        source="recalled: Libero Mail's address book (Rubrica) exported as CSV, Italian columns",
        header=("Nome", "Cognome", "Soprannome", "Email", "Email alternativa", "Cellulare", "Telefono casa", "Azienda", "Qualifica"),
        rows=(
            ("Giuseppe", "Esposito", "Peppe", "giuseppe.esposito@libero.it", "g.esposito@studioesposito.it", "+39 333 555 1234", "081 555 6677", "Studio Esposito", "Commercialista"),
            ("Francesca", "Ricci", "", "francesca.ricci@virgilio.it", "", "348 555 9090", "", "", ""),
            ("Niccolò", "Bianchi", "Nicco", "", "niccolo.bianchi@tiscali.it", "", "", "Bianchi & Figli S.r.l.", "Titolare"),
        ),
        people=(("Giuseppe Esposito", "giuseppe.esposito@libero.it"), ("Francesca Ricci", "francesca.ricci@virgilio.it"), ("Niccolò Bianchi", "niccolo.bianchi@tiscali.it")),
        known=(
            expect("giuseppe.esposito@libero.it", phone="+393335551234", company="Studio Esposito", job_title="Commercialista", other_emails=("g.esposito@studioesposito.it",)),
            expect("francesca.ricci@virgilio.it", phone="348 555 9090"),
            expect("niccolo.bianchi@tiscali.it", company="Bianchi & Figli S.r.l.", job_title="Titolare"),
        ),
        notes="'Qualifica' is the job title; 'Soprannome' (nickname) no name part",
    ),
    Shape(
        name="orange-carnet-fr",
        product="Orange Mail (carnet d'adresses)",
        language="fr",
        source="recalled: Orange webmail's address book exported as CSV by the French UI, ';' and cp1252",
        header=("Prénom", "Nom", "Adresse e-mail principale", "Adresse e-mail secondaire", "Téléphone mobile", "Téléphone fixe", "Société", "Fonction"),
        rows=(
            ("Hélène", "Dubois", "helene.dubois@orange.fr", "h.dubois@cabinet-dubois.fr", "06 55 12 34 56", "01 55 98 76 54", "Cabinet Dubois", "Avocate"),
            ("François", "Lefèvre", "", "francois.lefevre@wanadoo.fr", "07 55 44 33 22", "", "", ""),
            ("Zoé", "Garçon", "zoe.garcon@sfr.fr", "", "", "02 55 11 22 33", "Mairie de Nantes", "Secrétaire générale"),
        ),
        people=(("Hélène Dubois", "helene.dubois@orange.fr"), ("François Lefèvre", "francois.lefevre@wanadoo.fr"), ("Zoé Garçon", "zoe.garcon@sfr.fr")),
        known=(
            expect("helene.dubois@orange.fr", phone="06 55 12 34 56", company="Cabinet Dubois", job_title="Avocate", other_emails=("h.dubois@cabinet-dubois.fr",)),
            expect("francois.lefevre@wanadoo.fr", phone="07 55 44 33 22"),
            expect("zoe.garcon@sfr.fr", phone="02 55 11 22 33", company="Mairie de Nantes", job_title="Secrétaire générale"),
        ),
        encoding="cp1252",
        delimiter=";",
        notes="'principale'/'secondaire' rank the addresses",
    ),
    Shape(
        name="laposte-contacts-fr",
        product="La Poste Mail (laposte.net)",
        language="fr",
        source="recalled: laposte.net webmail's contacts exported as CSV: civility first, family name before given name, 'Courriel'",
        header=("Civilité", "Nom", "Prénom", "Courriel", "Courriel 2", "Portable", "Téléphone domicile", "Entreprise", "Poste occupé"),
        rows=(
            ("Mme", "Lemaire", "Anaïs", "anais.lemaire@laposte.net", "", "06 55 21 43 65", "", "La Boulangerie du Coin", "Gérante"),
            ("M.", "Rousseau", "Jérôme", "jerome.rousseau@free.fr", "j.rousseau@lycee-hugo.fr", "", "04 55 67 89 01", "", ""),
        ),
        people=(("Anaïs Lemaire", "anais.lemaire@laposte.net"), ("Jérôme Rousseau", "jerome.rousseau@free.fr")),
        known=(
            expect("anais.lemaire@laposte.net", phone="06 55 21 43 65", company="La Boulangerie du Coin", job_title="Gérante"),
            expect("jerome.rousseau@free.fr", phone="04 55 67 89 01", other_emails=("j.rousseau@lycee-hugo.fr",)),
        ),
        encoding="utf-8-sig",
        delimiter=";",
        notes="'Poste occupé' (the position held) is the job title; 'Civilité' no name part",
    ),
    Shape(
        name="rediffmail-addressbook",
        product="Rediffmail",
        language="en",
        source="recalled: Rediffmail's address book export: nickname first, 'Alternate Email', 'Mobile No'",
        header=("Nick Name", "First Name", "Last Name", "Email", "Alternate Email", "Mobile No", "Company Name", "Designation", "City"),
        rows=(
            ("Raju", "Rajesh", "Venkataraman", "rajesh.v@rediffmail.com", "rajesh.venkataraman@infosys.example.in", "+91 98455 51234", "Infosys", "Senior Consultant", "Bengaluru"),
            ("", "Priya", "Nair", "priya.nair@gmail.com", "", "9847555678", "", "", "Kochi"),
            ("Bablu", "Amit", "", "amit1985@rediffmail.com", "", "", "", "", "Patna"),
        ),
        people=(("Rajesh Venkataraman", "rajesh.v@rediffmail.com"), ("Priya Nair", "priya.nair@gmail.com"), ("Amit", "amit1985@rediffmail.com")),
        known=(
            expect("rajesh.v@rediffmail.com", phone="+919845551234", company="Infosys", job_title="Senior Consultant", other_emails=("rajesh.venkataraman@infosys.example.in",)),
            expect("priya.nair@gmail.com", phone="9847555678"),
        ),
        notes="a nickname column first; a given name alone (many Indians write one name)",
    ),
    Shape(
        name="mailboxorg-kontakte-de",
        product="mailbox.org (OX App Suite)",
        language="de",
        source="recalled: OX App Suite's German contacts CSV export as mailbox.org writes it",
        header=("Anzeigename", "Vorname", "Nachname", "E-Mail 1", "E-Mail 2", "E-Mail 3", "Telefon (geschäftlich)", "Telefon (Mobil)", "Firma", "Abteilung", "Position"),
        rows=(
            ("Dr. Sabine Krüger", "Sabine", "Krüger", "s.krueger@klinikum-nord.de", "sabine.krueger@mailbox.org", "", "+49 40 5556 7000", "+49 170 5551122", "Klinikum Nord", "Radiologie", "Oberärztin"),
            ("Timo", "Timo", "Becker", "timo.becker@posteo.de", "", "", "", "0176 5553344", "", "", ""),
        ),
        people=(("Dr. Sabine Krüger", "s.krueger@klinikum-nord.de"), ("Timo Becker", "timo.becker@posteo.de")),
        known=(
            expect("s.krueger@klinikum-nord.de", phone="+494055567000", company="Klinikum Nord", job_title="Oberärztin", other_emails=("sabine.krueger@mailbox.org",)),
            expect("timo.becker@posteo.de", phone="0176 5553344"),
        ),
        encoding="utf-8",
        notes="'Anzeigename' holds the title; a display name holding only the given name is a label",
    ),
    Shape(
        name="posteo-vcard",
        product="Posteo (address book vCard export)",
        language="de",
        source="recalled: Posteo's address book exported as vCard 3.0 (its CardDAV server writes N, FN, EMAIL;TYPE, TEL;TYPE, ORG, TITLE)",
        header=(),
        rows=(
            ("BEGIN:VCARD",), ("VERSION:3.0",), ("N:Öztürk;Elif;;;",), ("FN:Elif Öztürk",),
            ("EMAIL;TYPE=HOME:elif.oeztuerk@posteo.de",), ("EMAIL;TYPE=WORK:e.oeztuerk@stadtwerke-leipzig.de",),
            ("TEL;TYPE=CELL:+49 151 5558899",), ("ORG:Stadtwerke Leipzig;IT",), ("TITLE:Systemadministratorin",), ("END:VCARD",),
            ("BEGIN:VCARD",), ("VERSION:3.0",), ("N:Hoffmann;Lars;;;",), ("FN:Lars Hoffmann",),
            ("EMAIL;TYPE=INTERNET:lars.hoffmann@posteo.net",), ("END:VCARD",),
        ),
        people=(("Elif Öztürk", "elif.oeztuerk@posteo.de"), ("Lars Hoffmann", "lars.hoffmann@posteo.net")),
        known=(
            expect("elif.oeztuerk@posteo.de", phone="+491515558899", company="Stadtwerke Leipzig", job_title="Systemadministratorin", other_emails=("e.oeztuerk@stadtwerke-leipzig.de",)),
        ),
        kind="vcard",
        suffix=".vcf",
        notes="ORG with a department after ';' (the company is its first part)",
    ),
    Shape(
        name="emclient-kontakty-cs",
        product="eM Client",
        language="cs",
        source="recalled: eM Client's contacts exported as CSV from its Czech UI (cp1250 by Excel)",
        header=("Titul", "Jméno", "Prostřední jméno", "Příjmení", "Zobrazované jméno", "E-mailová adresa", "E-mailová adresa 2", "Mobilní telefon", "Telefon do zaměstnání", "Společnost", "Funkce"),
        rows=(
            ("Ing.", "Zdeněk", "", "Říha", "Zdeněk Říha", "zdenek.riha@ceskaposta.example.cz", "zdenek.riha@seznam.cz", "+420 602 555 111", "+420 225 555 200", "Česká pošta, s.p.", "Vedoucí oddělení"),
            ("", "Věra", "Marie", "Šťastná", "Věra Šťastná", "vera.stastna@centrum.cz", "", "731 555 222", "", "", ""),
        ),
        people=(("Zdeněk Říha", "zdenek.riha@ceskaposta.example.cz"), ("Věra Marie Šťastná", "vera.stastna@centrum.cz")),
        known=(
            expect("zdenek.riha@ceskaposta.example.cz", phone="+420225555200", company="Česká pošta, s.p.", job_title="Vedoucí oddělení", other_emails=("zdenek.riha@seznam.cz",)),
            expect("vera.stastna@centrum.cz", phone="731 555 222"),
        ),
        encoding="cp1250",
        delimiter=";",
        notes="'Funkce' (the function) is the job title; a middle name the display name leaves out",
    ),
    Shape(
        name="thebat-adresnaya-kniga-ru",
        product="The Bat! (address book)",
        language="ru",
        source="recalled: The Bat!'s address book exported to CSV in cp1251 from its Russian UI",
        header=("Полное имя", "Имя", "Отчество", "Фамилия", "Псевдоним", "E-mail", "Доп. E-mail", "Мобильный телефон", "Домашний телефон", "Организация", "Должность"),
        rows=(
            ("Сергей Николаевич Воробьёв", "Сергей", "Николаевич", "Воробьёв", "Серж", "s.vorobyev@mail.ru", "vorobyev@zavod-iskra.example.ru", "+7 916 555-12-34", "", "АО «Искра»", "Главный инженер"),
            ("Анна Белова", "Анна", "", "Белова", "", "anna.belova@yandex.ru", "", "", "8 (812) 555-66-77", "", ""),
        ),
        people=(("Сергей Николаевич Воробьёв", "s.vorobyev@mail.ru"), ("Анна Белова", "anna.belova@yandex.ru")),
        known=(
            expect("s.vorobyev@mail.ru", phone="+79165551234", company="АО «Искра»", job_title="Главный инженер", other_emails=("vorobyev@zavod-iskra.example.ru",)),
            expect("anna.belova@yandex.ru", phone="8 (812) 555-66-77"),
        ),
        encoding="cp1251",
        delimiter=";",
        notes="the patronymic (Отчество) between given and family name; 'Доп. E-mail' (additional) the second address",
    ),
    Shape(
        name="mailbird-contacts",
        product="Mailbird",
        language="en",
        source="recalled: Mailbird's contacts exported as CSV: one display name, the addresses and phones numbered",
        header=("Name", "Email 1", "Email 2", "Phone 1", "Phone 2", "Company", "Notes"),
        rows=(
            ("Olusegun Adeyemi", "olusegun.adeyemi@gmail.com", "o.adeyemi@lagosfreight.example.ng", "+234 803 555 1234", "", "Lagos Freight Ltd", "met at GITEX"),
            ("", "newsletter@shop.example.com", "", "", "", "", ""),
            ("Mei Ling Tan", "meiling.tan@outlook.sg", "", "+65 9555 1234", "+65 6555 9876", "", ""),
        ),
        people=(("Olusegun Adeyemi", "olusegun.adeyemi@gmail.com"), ("Mei Ling Tan", "meiling.tan@outlook.sg")),
        known=(
            expect("olusegun.adeyemi@gmail.com", phone="+2348035551234", company="Lagos Freight Ltd", other_emails=("o.adeyemi@lagosfreight.example.ng",)),
            expect("meiling.tan@outlook.sg", phone="+6595551234"),
        ),
        notes="an address-only contact (no name) is rejected with its reason (name.empty); numbered addresses and phones",
    ),
    # --- company directories ---------------------------------------------------------------
    Shape(
        name="yandex360-sotrudniki-ru",
        product="Yandex 360 for Business (users)",
        language="ru",
        source="recalled: Yandex 360's organisation user list downloaded as CSV (login, name parts with patronymic, position, department)",
        header=("Логин", "Фамилия", "Имя", "Отчество", "Должность", "Подразделение", "Контактный email", "Телефон", "Администратор"),
        rows=(
            ("i.kuznetsova", "Кузнецова", "Ирина", "Павловна", "Бухгалтер", "Финансы", "i.kuznetsova@romashka.example.ru", "+7 495 555-10-20", "Нет"),
            ("d.smirnov", "Смирнов", "Денис", "", "Системный администратор", "ИТ", "d.smirnov@romashka.example.ru", "", "Да"),
        ),
        people=(("Ирина Павловна Кузнецова", "i.kuznetsova@romashka.example.ru"), ("Денис Смирнов", "d.smirnov@romashka.example.ru")),
        known=(
            expect("i.kuznetsova@romashka.example.ru", phone="+74955551020", job_title="Бухгалтер"),
            expect("d.smirnov@romashka.example.ru", job_title="Системный администратор"),
        ),
        encoding="utf-8-sig",
        notes="a login column of no addresses; 'Контактный email' (contact address)",
    ),
    Shape(
        name="lineworks-members-ja",
        product="LINE WORKS (メンバー一覧)",
        language="ja",
        source="recalled: LINE WORKS' admin member list downloaded as CSV in Shift_JIS: family and given name, kana readings, the ID and a private address",
        header=("姓", "名", "姓(フリガナ)", "名(フリガナ)", "ID", "個人メールアドレス", "携帯電話", "組織", "役職"),
        rows=(
            ("高橋", "健一", "タカハシ", "ケンイチ", "k.takahashi@sakura-shoji.example.jp", "kenichi.t@docomo.ne.jp", "090-5555-1234", "営業部", "課長"),
            ("中村", "由美", "ナカムラ", "ユミ", "y.nakamura@sakura-shoji.example.jp", "", "080-5555-9876", "総務部", ""),
        ),
        people=(("高橋 健一", "k.takahashi@sakura-shoji.example.jp"), ("中村 由美", "y.nakamura@sakura-shoji.example.jp")),
        known=(
            expect("k.takahashi@sakura-shoji.example.jp", phone="090-5555-1234", job_title="課長", other_emails=("kenichi.t@docomo.ne.jp",)),
            expect("y.nakamura@sakura-shoji.example.jp", phone="080-5555-9876"),
        ),
        encoding="cp932",
        notes="the sign-in ID is the work address, under no address word; kana readings beside the parts",
    ),
    # --- phone and messaging tools --------------------------------------------------------
    Shape(
        name="whatsapp-business-customers-pt",
        product="WhatsApp Business (customer list via a catalogue tool)",
        language="pt",
        source="recalled: a WhatsApp Business customer list exported from the labels screen by a Brazilian shop (name, phone first, address when asked)",
        header=("Nome", "Telefone (WhatsApp)", "E-mail", "Etiquetas", "Último pedido"),
        rows=(
            ("Ana Paula Souza", "+55 11 95555-1234", "anapaula.souza@gmail.com", "Cliente VIP", "2026-11-20"),
            ("João Pedro", "+55 21 98555-4321", "", "Novo cliente", ""),
            ("Mariana Lima", "+55 31 99555-6789", "mari.lima@hotmail.com", "", "2026-11-28"),
        ),
        people=(("Ana Paula Souza", "anapaula.souza@gmail.com"), ("Mariana Lima", "mari.lima@hotmail.com")),
        known=(
            expect("anapaula.souza@gmail.com", phone="+5511955551234"),
            expect("mari.lima@hotmail.com", phone="+5531995556789"),
        ),
        notes="the phone is the key; a customer without an address is skipped",
    ),
    Shape(
        name="kakao-channel-customers-ko",
        product="Kakao Business (채널 고객 파일)",
        language="ko",
        source="recalled: a KakaoTalk channel's customer file (고객파일) saved from Excel as CSV in EUC-KR",
        header=("이름", "휴대폰 번호", "이메일 주소", "생년월일", "수신동의"),
        rows=(
            ("김민준", "010-5555-1234", "minjun.kim@naver.com", "1990-04-12", "Y"),
            ("이서연", "010-5555-5678", "seoyeon.lee@daum.net", "", "Y"),
        ),
        people=(("김민준", "minjun.kim@naver.com"), ("이서연", "seoyeon.lee@daum.net")),
        known=(
            expect("minjun.kim@naver.com", phone="010-5555-1234"),
            expect("seoyeon.lee@daum.net", phone="010-5555-5678"),
        ),
        encoding="euc_kr",
        notes="'휴대폰 번호' with a space, '이메일 주소' (email address)",
    ),
    # --- events and forms ---------------------------------------------------------------
    Shape(
        name="eventzilla-attendees",
        product="Eventzilla",
        language="en",
        source="recalled: Eventzilla's attendee report: the order's buyer first, then each attendee",
        header=("Order ID", "Order Date", "Buyer First Name", "Buyer Last Name", "Buyer Email", "Ticket Type", "Attendee First Name", "Attendee Last Name", "Attendee Email", "Attendee Phone", "Company", "Job Title"),
        rows=(
            ("EZ-50012", "2026-10-02", "Karen", "Mitchell", "karen.mitchell@brightpath.example.com", "Early Bird", "Karen", "Mitchell", "karen.mitchell@brightpath.example.com", "(555) 201-3344", "BrightPath", "HR Director"),
            ("EZ-50012", "2026-10-02", "Karen", "Mitchell", "karen.mitchell@brightpath.example.com", "Early Bird", "Devon", "Clarke", "devon.clarke@brightpath.example.com", "", "BrightPath", "Recruiter"),
            ("EZ-50013", "2026-10-03", "Luis", "Ortega", "luis.ortega@gmail.com", "General", "Sofia", "Ortega", "", "", "", ""),
        ),
        people=(("Karen Mitchell", "karen.mitchell@brightpath.example.com"), ("Devon Clarke", "devon.clarke@brightpath.example.com")),
        known=(
            expect("karen.mitchell@brightpath.example.com", phone="(555) 201-3344", company="BrightPath", job_title="HR Director"),
            expect("devon.clarke@brightpath.example.com", company="BrightPath", job_title="Recruiter"),
        ),
        notes="the buyer's address is no fallback for an attendee without one (Sofia)",
    ),
    Shape(
        name="humanitix-attendees",
        product="Humanitix",
        language="en",
        source="recalled: Humanitix's attendee export (Australia): the ticket holder's details, then the order's",
        header=("Order ID", "Ticket type", "First name", "Last name", "Email", "Mobile", "Organisation", "Order name", "Order email", "Order mobile"),
        rows=(
            ("HTX-8812", "General Admission", "Chloe", "Nguyen", "chloe.nguyen@unimelb.example.edu.au", "0412 555 678", "University of Melbourne", "Chloe Nguyen", "chloe.nguyen@unimelb.example.edu.au", "0412 555 678"),
            ("HTX-8812", "General Admission", "Liam", "O'Brien", "", "", "", "Chloe Nguyen", "chloe.nguyen@unimelb.example.edu.au", "0412 555 678"),
            ("HTX-8813", "Concession", "Aroha", "Ngata", "aroha.ngata@xtra.co.nz", "+64 21 555 0199", "", "Aroha Ngata", "aroha.ngata@xtra.co.nz", "+64 21 555 0199"),
        ),
        people=(("Chloe Nguyen", "chloe.nguyen@unimelb.example.edu.au"), ("Aroha Ngata", "aroha.ngata@xtra.co.nz")),
        known=(
            expect("chloe.nguyen@unimelb.example.edu.au", phone="0412 555 678", company="University of Melbourne"),
            expect("aroha.ngata@xtra.co.nz", phone="+64215550199"),
        ),
        notes="the order's name and address (the buyer) beside each ticket holder's; Liam has none of his own",
    ),
    Shape(
        name="formstack-submissions",
        product="Formstack",
        language="en",
        source="recalled: Formstack's submissions CSV: a name field's sub-fields as 'Name (First)' and 'Name (Last)'",
        header=("Unique ID", "Time", "Name (First)", "Name (Last)", "Email", "Phone", "Organization", "How did you hear about us?", "Referrer Email"),
        rows=(
            ("1180001", "2026-11-02 09:14:22", "Tamika", "Brooks", "tamika.brooks@greenleaf.example.org", "555-201-7788", "Greenleaf Nonprofit", "Friend", "rhonda.ellis@gmail.com"),
            ("1180002", "2026-11-02 11:40:05", "Aaron", "Feldman", "", "555-330-1122", "", "Search", "rhonda.ellis@gmail.com"),
            ("1180003", "2026-11-03 16:02:51", "Yuki", "Sato", "yuki.sato@outlook.com", "", "", "Podcast", ""),
        ),
        people=(("Tamika Brooks", "tamika.brooks@greenleaf.example.org"), ("Yuki Sato", "yuki.sato@outlook.com")),
        known=(
            expect("tamika.brooks@greenleaf.example.org", phone="555-201-7788", company="Greenleaf Nonprofit"),
        ),
        notes="a referrer's address is no fallback for Aaron, who gave none",
    ),
    Shape(
        name="zoho-forms-es",
        product="Zoho Forms (es)",
        language="es",
        source="recalled: Zoho Forms' entries exported from its Spanish UI: the name field's parts as 'Nombre (Nombre)' and 'Nombre (Apellidos)'",
        header=("ID de la entrada", "Nombre (Nombre)", "Nombre (Apellidos)", "Correo electrónico", "Teléfono", "Empresa", "Fecha de envío"),
        rows=(
            ("301", "Lucía", "Fernández Ruiz", "lucia.fernandez@telefonica.example.es", "+34 612 555 443", "Telefónica", "12-nov-2026"),
            ("302", "Andrés", "Gómez", "andres.gomez@gmail.com", "", "", "12-nov-2026"),
        ),
        people=(("Lucía Fernández Ruiz", "lucia.fernandez@telefonica.example.es"), ("Andrés Gómez", "andres.gomez@gmail.com")),
        known=(
            expect("lucia.fernandez@telefonica.example.es", phone="+34612555443", company="Telefónica"),
        ),
        encoding="utf-8-sig",
        notes="the field's label repeats before each part: 'Nombre (Apellidos)' is the family name",
    ),
    Shape(
        name="zoho-forms-de",
        product="Zoho Forms (de)",
        language="de",
        source="recalled: Zoho Forms' entries exported from its German UI: 'Name (Vorname)', 'Name (Nachname)'",
        header=("Eintrags-ID", "Name (Vorname)", "Name (Nachname)", "E-Mail", "Telefonnummer", "Unternehmen", "Gesendet am"),
        rows=(
            ("88", "Ömer", "Yılmaz", "oemer.yilmaz@gmx.at", "+43 664 5551234", "Yılmaz Transporte", "2026-11-20"),
            ("89", "Lena", "Fischer", "lena.fischer@web.de", "", "", "2026-11-21"),
        ),
        people=(("Ömer Yılmaz", "oemer.yilmaz@gmx.at"), ("Lena Fischer", "lena.fischer@web.de")),
        known=(
            expect("oemer.yilmaz@gmx.at", phone="+436645551234", company="Yılmaz Transporte"),
        ),
        encoding="utf-8-sig",
        notes="'Name (Nachname)': the field's label before the part",
    ),
    # --- lists typed by hand --------------------------------------------------------------
    Shape(
        name="excel-hu-munkatarsak",
        product="Microsoft Excel (Hungarian staff list)",
        language="hu",
        source="recalled: a staff list typed in Hungarian Excel and saved as CSV (';', cp1250): family name first",
        header=("Vezetéknév", "Utónév", "E-mail", "Telefonszám", "Munkahely", "Beosztás"),
        rows=(
            ("Nagy", "Erzsébet", "nagy.erzsebet@budapest-bank.example.hu", "+36 30 555 1234", "Budapest Bank Zrt.", "Pénzügyi elemző"),
            ("Szűcs", "Gergő", "szucs.gergo@freemail.hu", "06 20 555 9876", "", ""),
        ),
        people=(("Nagy Erzsébet", "nagy.erzsebet@budapest-bank.example.hu"), ("Szűcs Gergő", "szucs.gergo@freemail.hu")),
        known=(
            expect("nagy.erzsebet@budapest-bank.example.hu", phone="+36305551234", company="Budapest Bank Zrt.", job_title="Pénzügyi elemző"),
            expect("szucs.gergo@freemail.hu", phone="06 20 555 9876"),
        ),
        encoding="cp1250",
        delimiter=";",
        notes="'Utónév' (given name); 'Munkahely' (workplace) the company, 'Beosztás' (position) the job title",
    ),
    Shape(
        name="excel-ja-meibo",
        product="Microsoft Excel (Japanese seminar roster)",
        language="ja",
        source="recalled: a seminar roster typed in Japanese Excel and saved as CSV (Shift_JIS): 氏名 whole, family name first",
        header=("No.", "氏名", "ふりがな", "メール", "電話", "勤務先", "所属・役職"),
        rows=(
            ("1", "佐々木 真理子", "ささき まりこ", "mariko.sasaki@tokyo-kaihatsu.example.jp", "03-5555-1234", "東京開発株式会社", "部長"),
            ("2", "渡辺 翔", "わたなべ しょう", "sho.watanabe@gmail.com", "090-5555-4321", "", ""),
        ),
        people=(("佐々木 真理子", "mariko.sasaki@tokyo-kaihatsu.example.jp"), ("渡辺 翔", "sho.watanabe@gmail.com")),
        known=(
            expect("mariko.sasaki@tokyo-kaihatsu.example.jp", phone="03-5555-1234", company="東京開発株式会社", job_title="部長"),
            expect("sho.watanabe@gmail.com", phone="090-5555-4321"),
        ),
        encoding="cp932",
        notes="'勤務先' (workplace) the company; '所属・役職' (section/position) the job title; the kana reading no name",
    ),
    Shape(
        name="excel-es-dos-apellidos",
        product="Microsoft Excel (Spanish club list)",
        language="es",
        source="recalled: a club list typed in Spanish Excel, two surnames in their own columns, ';' and cp1252",
        header=("Nombre", "Primer apellido", "Segundo apellido", "DNI", "Correo", "Móvil", "Centro de trabajo", "Puesto"),
        rows=(
            ("María José", "García", "Núñez", "12345678Z", "mjgarcia@telefonica.net", "655 123 456", "Hospital La Paz", "Enfermera"),
            ("Íñigo", "Etxeberria", "", "87654321X", "inigo.etxeberria@euskaltel.net", "", "", ""),
        ),
        people=(("María José García Núñez", "mjgarcia@telefonica.net"), ("Íñigo Etxeberria", "inigo.etxeberria@euskaltel.net")),
        known=(
            expect("mjgarcia@telefonica.net", phone="655 123 456", company="Hospital La Paz", job_title="Enfermera"),
        ),
        encoding="cp1252",
        delimiter=";",
        notes="'Centro de trabajo' (workplace) the company, 'Puesto' the job title",
    ),
    Shape(
        name="excel-is-eiginnafn-fodurnafn",
        product="Microsoft Excel (Icelandic members list)",
        language="is",
        source="recalled: a members list typed in Icelandic Excel: given name and patronymic (Föðurnafn), no family name",
        header=("Eiginnafn", "Föðurnafn", "Kennitala", "Netfang", "Farsími", "Vinnustaður", "Starfsheiti"),
        rows=(
            ("Guðrún", "Sigurðardóttir", "120385-2399", "gudrun.s@simnet.is", "+354 855 1234", "Landspítali", "Hjúkrunarfræðingur"),
            ("Þórður", "Ólafsson", "020790-3319", "thordur@internet.is", "", "", ""),
        ),
        people=(("Guðrún Sigurðardóttir", "gudrun.s@simnet.is"), ("Þórður Ólafsson", "thordur@internet.is")),
        known=(
            expect("gudrun.s@simnet.is", phone="+3548551234", company="Landspítali", job_title="Hjúkrunarfræðingur"),
        ),
        encoding="utf-8-sig",
        delimiter=";",
        notes="'Föðurnafn' (the father's name, a patronymic) is where the family name goes",
    ),
    Shape(
        name="excel-ar-bin-ibn",
        product="Microsoft Excel (Arabic conference list)",
        language="ar",
        source="recalled: a conference list typed in Arabic Excel: one full-name column with bin/ibn chains, employer and position",
        header=("م", "الاسم الكامل", "البريد الإلكتروني", "رقم الجوال", "جهة العمل", "المنصب"),
        rows=(
            ("1", "عبدالله بن سعد بن محمد الدوسري", "a.aldosari@ksu.example.edu.sa", "+966 50 555 1234", "جامعة الملك سعود", "أستاذ مشارك"),
            ("2", "نورة بنت فهد الحربي", "noura.alharbi@gmail.com", "055 555 6789", "", ""),
        ),
        people=(("عبدالله بن سعد بن محمد الدوسري", "a.aldosari@ksu.example.edu.sa"), ("نورة بنت فهد الحربي", "noura.alharbi@gmail.com")),
        known=(
            expect("a.aldosari@ksu.example.edu.sa", phone="+966505551234", company="جامعة الملك سعود", job_title="أستاذ مشارك"),
            expect("noura.alharbi@gmail.com", phone="055 555 6789"),
        ),
        encoding="utf-8-sig",
        notes="'جهة العمل' (employer) the company, 'المنصب' (position) the job title; the name whole, never split",
    ),
    Shape(
        name="excel-id-nama-tunggal",
        product="Microsoft Excel (Indonesian training list)",
        language="id",
        source="recalled: a training list typed in Indonesian Excel: single names (one word), the agency (Instansi)",
        header=("No", "Nama", "Email", "No. HP", "Instansi", "Jabatan"),
        rows=(
            ("1", "Suharti", "suharti@kemenkes.example.go.id", "0812-5555-1234", "Kementerian Kesehatan", "Analis Kebijakan"),
            ("2", "Bambang Wijaya", "bambang.wijaya@yahoo.co.id", "0857-5555-9876", "", ""),
            ("3", "Sukarni", "sukarni.guru@gmail.com", "", "SDN 3 Bantul", "Guru"),
        ),
        people=(("Suharti", "suharti@kemenkes.example.go.id"), ("Bambang Wijaya", "bambang.wijaya@yahoo.co.id"), ("Sukarni", "sukarni.guru@gmail.com")),
        known=(
            expect("suharti@kemenkes.example.go.id", phone="0812-5555-1234", company="Kementerian Kesehatan", job_title="Analis Kebijakan"),
            expect("bambang.wijaya@yahoo.co.id", phone="0857-5555-9876"),
            expect("sukarni.guru@gmail.com", company="SDN 3 Bantul", job_title="Guru"),
        ),
        notes="one-word names are whole names; 'Instansi' (the agency) is the company",
    ),
    Shape(
        name="zoho-forms-fr",
        product="Zoho Forms (fr)",
        language="fr",
        source="recalled: Zoho Forms' entries exported from its French UI: the name field 'Nom' and its parts in parentheses",
        header=("ID de l'entrée", "Nom (Prénom)", "Nom (Nom de famille)", "E-mail", "Téléphone", "Date d'envoi"),
        rows=(
            ("51", "Amélie", "Leroy", "amelie.leroy@orange.fr", "06 55 44 77 88", "2026-11-20"),
            ("52", "Benoît", "Marchand", "benoit.marchand@free.fr", "", "2026-11-21"),
        ),
        people=(("Amélie Leroy", "amelie.leroy@orange.fr"), ("Benoît Marchand", "benoit.marchand@free.fr")),
        known=(expect("amelie.leroy@orange.fr", phone="06 55 44 77 88"),),
        encoding="utf-8-sig",
        notes="French 'Nom' is the family name alone, but 'Nom (Prénom)' is the given name: the part in parentheses decides",
    ),
    Shape(
        name="zoho-forms-ja",
        product="Zoho Forms (ja)",
        language="ja",
        source="recalled: Zoho Forms' entries exported from its Japanese UI: '名前 (姓)', '名前 (名)'",
        header=("エントリーID", "名前 (姓)", "名前 (名)", "メール", "電話番号", "送信日時"),
        rows=(
            ("7", "小林", "直樹", "naoki.kobayashi@example.co.jp", "03-5555-7788", "2026-11-20"),
            ("8", "加藤", "さくら", "sakura.kato@gmail.com", "", "2026-11-21"),
        ),
        people=(("小林 直樹", "naoki.kobayashi@example.co.jp"), ("加藤 さくら", "sakura.kato@gmail.com")),
        known=(expect("naoki.kobayashi@example.co.jp", phone="03-5555-7788"),),
        encoding="utf-8-sig",
        notes="名前 (the name) before each part; family name first",
    ),
    Shape(
        name="excel-es-apellidos-nombre",
        product="Microsoft Excel (Spanish class list)",
        language="es",
        source="recalled: a school's class list typed in Spanish Excel: one column 'Apellidos, Nombre' as Spanish registers write it",
        header=("Nº", "Apellidos, Nombre", "Correo electrónico", "Teléfono"),
        rows=(
            ("1", "Martínez Sánchez, Carmen", "carmen.martinez@educa.example.es", "611 555 234"),
            ("2", "Pérez Gil, Álvaro", "alvaro.perez@gmail.com", ""),
        ),
        people=(("Carmen Martínez Sánchez", "carmen.martinez@educa.example.es"), ("Álvaro Pérez Gil", "alvaro.perez@gmail.com")),
        known=(expect("carmen.martinez@educa.example.es", phone="611 555 234"),),
        encoding="cp1252",
        delimiter=";",
        notes="one column of 'family names, given name': the comma turns it back",
    ),
]
# fmt: on
