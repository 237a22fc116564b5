"""Outlook's "Comma Separated Values" export of contacts, in 30 of its locales.

Source of every header spelling and code page: Exchange's Outlook CSV importer,
Microsoft.Exchange.Transport.Sync.Common.ImportContacts.OutlookCsvLanguageSelect
(the table of Outlook's column titles per culture, each with the ANSI code page
Outlook writes the file in; read in the public code corpus, file id 32363504724).
Outlook writes about 90 columns, every field quoted, CRLF line ends, in the
locale's ANSI code page; these shapes keep the columns that touch a person's name
and address, in the order Outlook writes them (the en-US order), and leave the
others out. A title that the table does not list for a language is left out too.

The trap in every language: the display name of each address ("E-mail Display
Name", "E-mail-vist navn", ...) says "name" and holds "Name (address)"; the
company column is never the person's name.
"""

from CSVProcessor.tests.exports.builders import Shape, expect

SOURCE = "Exchange OutlookCsvLanguageSelect (Outlook CSV column titles per culture, code page)"
# Roles, in Outlook's column order: title, given, middle, family, suffix, company,
# department, job title, email, email type, email display name, and the same three for
# the second address, then notes.
ROLES = (
    "title", "given", "middle", "family", "suffix", "company", "department", "job",
    "email", "type", "display", "email2", "type2", "display2", "notes",
)  # fmt: skip

# language (code page, column titles in ROLES order; None: not listed for that language)
LOCALES = {
    "ar": ("cp1256", ("اللقب", "الاسم الأول", "الاسم الأوسط", "اسم العائلة", "لاحقة", "الشركة", "القسم", "اللقب المهني", "عنوان البريد الإلكتروني", "نوع البريد الإلكتروني", "اسم العرض للبريد الإلكتروني", "عنوان البريد الإلكتروني 2", "نوع البريد الإلكتروني 2", "اسم العرض للبريد الإلكتروني 2", "ملاحظات")),
    "bg": ("cp1251", ("Обръщение", "Собствено име", "Бащино име", "Фамилно име", "Суфикс", "Фирма", "Отдел", "Длъжност", "Имейл адрес", "Тип имейл", "Показвано име в имейл", "Имейл адрес 2", "Тип имейл 2", "Показвано име в имейл 2", "Бележки")),
    "cs": ("cp1250", ("Titul", "Jméno", "2. křestní jméno", "Příjmení", "Za příjmením", "Společnost", "Oddělení", "Funkce", "E-mailová adresa", "Typ e-mailu", "Zobrazované jméno e-mailu", "E-mailová adresa 2", "Typ e-mailu 2", "Zobrazované jméno e-mailu 2", "Poznámky")),
    "da": ("cp1252", ("Titel", "Fornavn", "Mellemnavn", "Efternavn", "Suffiks", "Firma", "Afdeling", "Stilling", "E-mail-adresse", "E-mail-type", "E-mail-vist navn", "E-mail 2-adresse", "E-mail 2-type", "E-mail 2-vist navn", "Notater")),
    "de": ("cp1252", ("Anrede", "Vorname", "Weitere Vornamen", "Nachname", "Suffix", "Firma", "Abteilung", "Position", "E-Mail-Adresse", "E-Mail-Typ", "E-Mail: Angezeigter Name", "E-Mail 2: Adresse", "E-Mail 2: Typ", "E-Mail 2: Angezeigter Name", "Notizen")),
    # Greek Outlook keeps most titles in English; the names are Greek, in windows-1253.
    "el": ("cp1253", ("Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title", "E-mail Address", "E-mail Type", "E-mail Display Name", "E-mail 2 Address", "E-mail 2 Type", "E-mail 2 Display Name", "Notes")),
    "en": ("cp1252", ("Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title", "E-mail Address", "E-mail Type", "E-mail Display Name", "E-mail 2 Address", "E-mail 2 Type", "E-mail 2 Display Name", "Notes")),
    # Spanish Outlook mixes English and Spanish titles.
    "es": ("cp1252", ("Title", "Nombre", "Segundo nombre", "Apellidos", "Suffix", "Organización", "Department", "Puesto", "E-mail Address", "E-mail Type", "Nombre de pantalla de correo electrónico", "Dirección de correo electrónico 2", "Tipo de correo electrónico 2", "Nombre de pantalla de correo electrónico 2", "Notes")),
    "et": ("cp1257", ("Tiitel", "Eesnimi", "Teine nimi", "Perekonnanimi", "Nime järelliide", "Ettevõte", "Osakond", "Ametinimetus", "Meiliaadress", "Meilitüüp", "E-posti kuvatav nimi", "Meiliaadress 2", "Meilitüüp 2", "E-posti 2 kuvatav nimi", "Märkmed")),
    "fi": ("cp1252", (None, "Etunimi", "Toinen nimi", "Sukunimi", "Jälkiliite", "Yritys", "Osasto", "Tehtävänimike", "Sähköpostiosoite", "Sähköpostin laji", "Näytettävä sähköpostinimi", "Sähköpostiosoite 2", "Sähköposti 2:n laji", "Näytettävä sähköpostinimi 2", "Muistilaput")),
    # French: "Nom" is the family name, "Titre" the job title.
    "fr": ("cp1252", (None, "Prénom", "Deuxième prénom", "Nom", "Suffixe", "Société", "Service", "Titre", "Adresse de messagerie", "Type de messagerie", "Nom complet de l'adresse de messagerie", "Adresse de messagerie 2", "Type de messagerie 2", "Nom complet de l'adresse de messagerie 2", "Notes")),
    "he": ("cp1255", ("תואר", "שם פרטי", "שם פרטי שני", "שם משפחה", "סיומת", "חברה", "מחלקה", "תפקיד", "כתובת דואר אלקטרוני", "סוג דואר אלקטרוני", "שם התצוגה של הדואר האלקטרוני", "כתובת דואר אלקטרוני 2", "סוג דואר אלקטרוני 2", "שם תצוגה של דואר אלקטרוני 2", "הערות")),
    "hr": ("cp1250", ("Titula", "Ime", "Srednje ime", "Prezime", "Sufiks", "Tvrtka", "Odjel", "Poslovna titula", "Adresa e-pošte", "Vrsta e-pošte", "Prikazano ime e-pošte", "Adresa e-pošte 2", "Vrsta e-pošte 2", "Prikazano ime e-pošte 2", "Bilješke")),
    # Hungarian: "Cím" is the title (it also means "address"); names are written family first.
    "hu": ("cp1250", ("Cím", "Utónév", "Középső", "Vezetéknév", "Utótag", "Cég", "Osztály", "Beosztás", "E-mail cím", "E-mail típusa", "E-mailhez megjelenítendő név", "2. e-mail cím", "2. e-mail típusa", "2. e-mailhez megjelenítendő név", "Feljegyzések")),
    "it": ("cp1252", ("Titolo", "Nome", "Secondo nome", "Cognome", "Titolo straniero", "Società", "Reparto", "Posizione", "Indirizzo posta elettronica", "Tipo posta elettronica", "Nome visualizzato posta elettronica", "Indirizzo posta elettronica 2", "Tipo posta elettronica 2", "Nome visualizzato posta elettronica 2", "Notes")),
    "ja": ("cp932", ("肩書き", "名", "ミドル ネーム", "姓", "敬称", "会社名", "部署", "役職", "電子メール アドレス", "電子メールの種類", "電子メール表示名", "電子メール 2 アドレス", "電子メール 2 の種類", "電子メール 2 表示名", "メモ")),
    "ko": ("cp949", ("호칭(영문)", "이름", "중간 이름", "성", "호칭(한글)", "회사", "부서", "직함", "전자 메일 주소", "전자 메일 유형", "전자 메일 표시 이름", "전자 메일 2 주소", "전자 메일 2 유형", "전자 메일 2 표시 이름", "메모")),
    "lt": ("cp1257", ("Titulas", "Vardas", "Antras vardas", "Pavardė", "Priedas", "Įmonė", "Skyrius", "Pareigos", "El. pašto adresas", "El. pašto tipas", "Rodomas el. pašto vardas", "2-as el. pašto adresas", "2-o el. pašto tipas", "Rodomas 2-o el. pašto vardas", "Pastabos")),
    "lv": ("cp1257", (None, "Vārds", "Otrais vārds", "Uzvārds", "Sufikss", "Uzņēmums", "Nodaļa", "Amats", "E-pasta adrese", "E-pasta tips", "E-pasta parādāmais vārds", "2. e-pasta adrese", "2. e-pasta tips", "2. e-pasta parādāmais vārds", "Piezīmes")),
    "pt": ("cp1252", ("Tratamento", "Primeiro nome", "Segundo nome", "Sobrenome", "Sufixo", "Empresa", "Departamento", "Cargo", "E-mail Address", "Tipo de email", "Nome para exibição do email", "Endereço de email 2", "Tipo de email 2", "Nome para exibição do email 2", "Anotações")),
    # Portugal: "Apelido" is the family name, "Outros nomes/apelidos" the middle names.
    "pt-PT": ("cp1252", ("Título", "Primeiro nome", "Outros nomes/apelidos", "Apelido", "Sufixo", "Empresa", "Departamento", "Cargo", "Endereço de correio electrónico", "Tipo de correio electrónico", "Nome a apresentar para o correio electrónico", "Endereço do correio electrónico 2", "Tipo de correio electrónico 2", "Nome a apresentar para o correio electrónico 2", "Notas")),
    "ro": ("cp1250", ("Titlu", "Prenume", "Al doilea nume", "Nume de familie", "Sufix", "Firmă", "Serviciu", "Ocupaţie", "Adresă de poştă electronică", "Tip de poştă electronică", "Nume afişare poştă electronică", "Adresă poştă electronică 2", "Tip poştă electronică 2", "Nume afişare poştă electronică 2", "Notes")),
    # Russian: "Отчество" (patronymic) is Outlook's middle name.
    "ru": ("cp1251", ("Обращение", "Имя", "Отчество", "Фамилия", "Суффикс", "Организация", "Отдел", "Должность", "Адрес эл. почты", "Тип эл. почты", "Краткое имя эл. почты", "Адрес 2 эл. почты", "Тип 2 эл. почты", "Краткое 2 имя эл. почты", "Заметки")),
    "sk": ("cp1250", ("Titul", "Krstné meno", "Ďalšie meno", "Priezvisko", "Prípona", "Spoločnosť", "Oddelenie", "Funkcia", "E-mailová adresa", "Typ e-mailu", "Zobrazované meno príjemcu e-mailu", "E-mailová adresa 2", "Typ e-mailu 2", "Zobrazované meno príjemcu e-mailu 2", "Poznámky")),
    "sl": ("cp1250", ("Naziv", "Ime", "Drugo ime", "Priimek", "Pripona", "Podjetje", "Oddelek", "Naziv1", "E-poštni naslov", "Vrsta e-pošte", "E-poštno ime za prikaz", "E-poštni naslov 2", "Vrsta e-pošte 2", "E-poštno ime za prikaz 2", "Opombe")),
    "sr": ("cp1250", ("Zvanje", "Ime", "Srednje ime", "Prezime", "Sufiks", "Kompanija", "Odeljenje", "Radno mesto", "E-adresa", "Tip e-poruke", "Ime za prikaz za e-poštu", "E-adresa 2", "Tip e-pošte 2", "Ime za prikaz za e-poštu 2", "Beleške")),
    "sv": ("cp1252", ("Titel", "Förnamn", "Mellannamn", "Efternamn", "Namnsuffix", "Företag", "Avdelning", "Befattning", "E-postadress", "E-posttyp", "E-postnamn", "E-postadress 2", "E-posttyp 2", "E-postnamn 2", "Anteckningar")),
    "th": ("cp874", ("คำนำหน้า", "ชื่อ", "ชื่อกลาง", "นามสกุล", "คำต่อท้าย", "บริษัท", "แผนก", "ตำแหน่งงาน", "ที่อยู่อีเมล", "ชนิดอีเมล", "ชื่อที่ใช้แสดงของอีเมล", "ที่อยู่อีเมล 2", "ชนิดของอีเมล 2", "ชื่อที่ใช้แสดงของอีเมล 2", "บันทึกย่อ")),
    "tr": ("cp1254", ("Unvan", "İlk Adı", "İkinci Adı", "Soyadı", "Sonek", "Şirket", "Bölüm", "İş Unvanı", "Elektronik Posta Adresi", "Elektronik Posta Türü", "Elektronik Posta Görünen Adı", "Elektronik Posta 2 Adres", "Elektronik Posta 2 Türü", "Elektronik Posta 2 Görünen Adı", "Notlar")),
    "uk": ("cp1251", ("Звернення", "Ім'я", "По батькові", "Прізвище", "Суфікс", "Організація", "Відділ", "Посада", "Адреса ел. пошти", "Тип ел. пошти", "Коротке ім'я ел. пошти", "Адреса 2 ел. пошти", "Тип 2 ел. пошти", "Коротке ім'я ел. пошти 2", "Нотатки")),
    "zh": ("cp936", ("英文称谓", "名", "中间名", "姓", "中文称谓", "单位", "部门", "职务", "电子邮件地址", "电子邮件类型", "电子邮件显示名称", "电子邮件 2 地址", "电子邮件 2 类型", "电子邮件 2 显示名", "附注")),
}  # fmt: skip

# Languages whose names are written family name first (the expected full name follows them).
FAMILY_FIRST = {"hu", "ja", "ko", "zh"}

# language: people as (given, family, company, first address, second address);
# the second person's first address is empty: the second column holds it.
PEOPLE = {
    "ar": [("سارة", "الحربي", "شركة أكمي", "sara@example.sa", ""), ("محمد", "العلي", "", "", "mohammed@example.sa")],
    "bg": [("Иван", "Петров", "Акме ООД", "ivan.petrov@example.bg", ""), ("Мария", "Георгиева", "", "", "maria@example.bg")],
    "cs": [("Jiří", "Dvořák", "Acme s.r.o.", "jiri.dvorak@example.cz", ""), ("Šárka", "Nováková", "", "", "sarka@example.cz")],
    "da": [("Søren", "Kierkegaard", "Acme A/S", "soren@example.dk", ""), ("Åse", "Ærø", "", "", "aase@example.dk")],
    "de": [("Jürgen", "Weiß", "Acme GmbH", "juergen.weiss@example.de", ""), ("Zoë", "Müller", "", "", "zoe@example.de")],
    "el": [("Γιώργος", "Παπαδόπουλος", "Acme ΑΕ", "giorgos@example.gr", ""), ("Ελένη", "Οικονόμου", "", "", "eleni@example.gr")],
    "en": [("Mary", "Smith", "Acme Inc.", "mary.smith@example.com", ""), ("John", "O'Neil", "", "", "john@example.com")],
    "es": [("José Luis", "García Pérez", "Acme Ibérica", "jl.garcia@example.es", ""), ("Begoña", "Núñez", "", "", "begona@example.es")],
    "et": [("Jüri", "Õunapuu", "Acme OÜ", "jyri@example.ee", ""), ("Mari", "Tamm", "", "", "mari@example.ee")],
    "fi": [("Väinö", "Mäkelä", "Acme Oy", "vaino@example.fi", ""), ("Aino", "Virtanen", "", "", "aino@example.fi")],
    "fr": [("Émilie", "Dupont", "Acme SA", "emilie@example.fr", ""), ("François", "Lefèvre", "", "", "francois@example.fr")],
    "he": [("דוד", "כהן", "אקמי בע״מ", "david@example.co.il", ""), ("שרה", "לוי", "", "", "sara@example.co.il")],
    "hr": [("Željko", "Horvat", "Acme d.o.o.", "zeljko@example.hr", ""), ("Ivana", "Kovačić", "", "", "ivana@example.hr")],
    "hu": [("Éva", "Nagy", "Acme Kft.", "eva.nagy@example.hu", ""), ("Gábor", "Kovács", "", "", "gabor@example.hu")],
    "it": [("Niccolò", "Rossi", "Acme S.p.A.", "niccolo@example.it", ""), ("Lucia", "Bianchi", "", "", "lucia@example.it")],
    "ja": [("太郎", "山田", "アクメ株式会社", "taro.yamada@example.jp", ""), ("花子", "佐藤", "", "", "hanako@example.jp")],
    "ko": [("민준", "김", "애크미", "minjun@example.kr", ""), ("서연", "이", "", "", "seoyeon@example.kr")],
    "lt": [("Jonas", "Kazlauskas", "Acme UAB", "jonas@example.lt", ""), ("Rūta", "Žemaitytė", "", "", "ruta@example.lt")],
    "lv": [("Jānis", "Bērziņš", "Acme SIA", "janis@example.lv", ""), ("Līga", "Ozoliņa", "", "", "liga@example.lv")],
    "pt": [("João", "Conceição", "Acme Ltda", "joao@example.com.br", ""), ("Ana", "Lima", "", "", "ana.lima@example.com.br")],
    "pt-PT": [("Inês", "Gonçalves", "Acme Lda", "ines@example.pt", ""), ("Rui", "Sousa", "", "", "rui@example.pt")],
    "ro": [("Ştefan", "Popescu", "Acme SRL", "stefan@example.ro", ""), ("Ioana", "Ţurcanu", "", "", "ioana@example.ro")],
    "ru": [("Иван", "Смирнов", "ООО Акме", "ivan@example.ru", ""), ("Наталья", "Кузнецова", "", "", "natalia@example.ru")],
    "sk": [("Ľubomír", "Kováč", "Acme s.r.o.", "lubomir@example.sk", ""), ("Zuzana", "Horváthová", "", "", "zuzana@example.sk")],
    "sl": [("Matej", "Novak", "Acme d.o.o.", "matej@example.si", ""), ("Špela", "Zupančič", "", "", "spela@example.si")],
    "sr": [("Dragan", "Petrović", "Acme d.o.o.", "dragan@example.rs", ""), ("Milica", "Jovanović", "", "", "milica@example.rs")],
    "sv": [("Björn", "Åkesson", "Acme AB", "bjorn@example.se", ""), ("Märta", "Öberg", "", "", "marta@example.se")],
    "th": [("สมชาย", "ใจดี", "บริษัท แอคมี", "somchai@example.co.th", ""), ("สมศรี", "ทองดี", "", "", "somsri@example.co.th")],
    "tr": [("Ayşe", "Yılmaz", "Acme A.Ş.", "ayse@example.com.tr", ""), ("Çağrı", "Öztürk", "", "", "cagri@example.com.tr")],
    "uk": [("Олена", "Шевченко", "Акме ТОВ", "olena@example.ua", ""), ("Богдан", "Ковальчук", "", "", "bohdan@example.ua")],
    "zh": [("伟", "王", "艾克美有限公司", "wang.wei@example.cn", ""), ("芳", "李", "", "", "li.fang@example.cn")],
}  # fmt: skip


def full_name(language: str, given: str, family: str) -> str:
    return f"{family} {given}" if language in FAMILY_FIRST else f"{given} {family}"


# Who works at a company is its CTO, and a doctor: the title column (the name's prefix,
# "Title", "Anrede", "Cím") holds "Dr.", the job title column "CTO".
PREFIX, JOB = "Dr.", "CTO"


def row(titles, language, given, family, company, email, email2) -> tuple[str, ...]:
    name = full_name(language, given, family)
    values = {
        "title": PREFIX if company else "", "job": JOB if company else "",
        "given": given, "family": family, "company": company,
        "email": email, "type": "SMTP" if email else "",
        "display": f"{name} ({email})" if email else "",
        "email2": email2, "type2": "SMTP" if email2 else "",
        "display2": f"{name} ({email2})" if email2 else "",
    }  # fmt: skip
    return tuple(values.get(role, "") for role, title in zip(ROLES, titles, strict=True) if title)


def outlook_shape(locale: str) -> Shape:
    encoding, titles = LOCALES[locale]
    people = PEOPLE[locale]
    language = locale.split("-")[0]
    return Shape(
        name=f"outlook-{locale}",
        product="Microsoft Outlook",
        language=language,
        source=SOURCE,
        header=tuple(title for title in titles if title),
        rows=tuple(row(titles, language, *person) for person in people),
        people=tuple((full_name(language, g, f), e or e2) for g, f, _, e, e2 in people),
        encoding=encoding,
        quote_all=True,
        notes="the second person's address is in the second e-mail column only; the name's "
        "prefix (Dr.) beside the job title",
        known=tuple(
            expect(e or e2, company=company, job_title=JOB) if company else expect(e or e2)
            for _, _, company, e, e2 in people
        ),
    )


SHAPES = [outlook_shape(language) for language in LOCALES]
