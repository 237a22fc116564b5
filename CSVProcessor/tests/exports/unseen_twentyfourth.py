"""A twenty-fourth round of exports, written (2026-12-07): phones, mail clients and address
books in many languages, and writers' quirks no earlier round had. Phones' vCard 2.1
backups (Samsung, Xiaomi, Huawei, Oppo) with CHARSET and QUOTED-PRINTABLE in Chinese,
Russian, Arabic and Hindi, `X-` properties, an N holding only a family name and several
TEL and EMAIL; iCloud's Japanese cards with phonetic names (X-PHONETIC-*, SOUND); mail
clients' CSVs with localized headers (Outlook.com, Thunderbird, Yahoo, Zoho Mail,
Fastmail, Yandex, Mail.ru, Naver, QQ Mail); member lists (Teams, Slack, Discord, Telegram and WhatsApp tools),
LinkedIn's connections under its 'Notes:' preamble and Meta's lead ads; and writers'
quirks: `sep=;`, UTF-16 without a BOM, a cp1252 byte in a UTF-8 file with a BOM, Excel's
empty trailing columns and rows, CR-only line ends, a quoted header with a line break,
NUL bytes, a vCard file with a broken card inside and one concatenated from three
exports of different VERSIONs.

`source` says where each layout's spelling comes from: "searched" names what the code
corpus showed; "recalled" marks a layout known from the product's output as its users
see it, not found in the corpus searched.
"""

from CSVProcessor.tests.exports.builders import Shape, expect, text_lines

_SAMSUNG_ZH = """\
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=8E=8B;=E4=BC=9F;;;
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=8E=8B=E4=BC=9F
TEL;CELL:+86 138 0013 8000
TEL;WORK:010-6552-1234
EMAIL;HOME:wangwei@qq.example.com
EMAIL;WORK:wei.wang@huaxia.example.cn
X-SAMSUNGADR;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;=E5=8C=97=E4=BA=AC;;;;
END:VCARD
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E6=9D=8E;;;;
TEL;CELL:+86 139 1111 2222
EMAIL;HOME:li.laoshi@163.example.com
END:VCARD
"""

_XIAOMI_RU = """\
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=A1=D0=BC=D0=B8=D1=80=D0=BD=D0=BE=D0=B2=D0=B0;=D0=9E=D0=BB=D1=8C=D0=B3=D0=B0;;;
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9E=D0=BB=D1=8C=D0=B3=D0=B0 =D0=A1=D0=BC=D0=B8=D1=80=D0=BD=D0=BE=D0=B2=D0=B0
TEL;CELL;PREF:+7 916 123-45-67
TEL;HOME:+7 495 765-43-21
EMAIL;PREF;INTERNET:olga.smirnova@yandex.example.ru
EMAIL;INTERNET:o.smirnova@mail.example.ru
X-MIUI-SIM-INDEX:0
END:VCARD
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9F=D0=B5=D1=82=D1=80=D0=BE=D0=B2;;;;
EMAIL;INTERNET:petrov.stroy@rambler.example.ru
END:VCARD
"""

_HUAWEI_AR = """\
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D8=A7=D9=84=D8=B9=D9=84=D9=8A;=D9=85=D8=AD=D9=85=D8=AF;;;
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D9=85=D8=AD=D9=85=D8=AF =D8=A7=D9=84=D8=B9=D9=84=D9=8A
TEL;CELL:+966 50 123 4567
EMAIL;HOME:m.alali@gmail.example.com
ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D8=B4=D8=B1=D9=83=D8=A9 =D8=A7=D9=84=D9=86=D9=88=D8=B1
X-HUAWEI-GROUP:Work
END:VCARD
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D8=AD=D8=B3=D9=86;=D9=81=D8=A7=D8=B7=D9=85=D8=A9;;;
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D9=81=D8=A7=D8=B7=D9=85=D8=A9 =D8=AD=D8=B3=D9=86
EMAIL;HOME:fatima.hassan@hotmail.example.com
END:VCARD
"""

_OPPO_HI = """\
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E0=A4=B6=E0=A4=B0=E0=A5=8D=E0=A4=AE=E0=A4=BE;=E0=A4=B0=E0=A4=BE=E0=A4=B9=E0=A5=81=E0=A4=B2;;;
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E0=A4=B0=E0=A4=BE=E0=A4=B9=E0=A5=81=E0=A4=B2 =E0=A4=B6=E0=A4=B0=E0=A5=8D=E0=A4=AE=E0=A4=BE
TEL;CELL:+91 98100 12345
TEL;X-WhatsApp:+91 98100 12345
EMAIL;HOME:rahul.sharma@rediffmail.example.com
X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;=E0=A4=B0=E0=A4=BE=E0=A4=9C=E0=A5=82;1;;;;;;;;;;;;;
END:VCARD
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E0=A4=B5=E0=A4=B0=E0=A5=8D=E0=A4=AE=E0=A4=BE;=E0=A4=AA=E0=A5=8D=E0=A4=B0=E0=A4=BF=E0=A4=AF=E0=A4=BE;;;
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E0=A4=AA=E0=A5=8D=E0=A4=B0=E0=A4=BF=E0=A4=AF=E0=A4=BE =E0=A4=B5=E0=A4=B0=E0=A5=8D=E0=A4=AE=E0=A4=BE
EMAIL;WORK:priya.verma@tcs.example.com
END:VCARD
"""

# A long QP name folded with soft line breaks ('=' at a line's end), as Samsung's Kies writes
_SAMSUNG_SOFT_BREAKS = """\
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9A=D0=BE=D0=BD=D1=81=D1=82=D0=B0=D0=BD=D1=82=D0=B8=D0=BD=D0=BE=
=D0=BF=D0=BE=D0=BB=D1=8C=D1=81=D0=BA=D0=B8=D0=B9;=D0=90=D0=BB=D0=B5=D0=BA=D1=81=D0=B0=D0=BD=D0=B4=D1=80;;;
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=90=D0=BB=D0=B5=D0=BA=D1=81=D0=B0=D0=BD=D0=B4=D1=80 =D0=9A=
=D0=BE=D0=BD=D1=81=D1=82=D0=B0=D0=BD=D1=82=D0=B8=D0=BD=D0=BE=D0=BF=D0=BE=D0=BB=D1=8C=D1=81=D0=BA=D0=B8=D0=B9
EMAIL;PREF;INTERNET:a.konstantinopolsky@mail.example.ru
END:VCARD
"""

_ICLOUD_JA = """\
BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//iPhone OS 17.1//EN
N:山田;太郎;;;
FN:山田 太郎
X-PHONETIC-FIRST-NAME:タロウ
X-PHONETIC-LAST-NAME:ヤマダ
ORG:株式会社サクラ;営業部
TITLE:課長
EMAIL;type=INTERNET;type=WORK;type=pref:t.yamada@sakura.example.co.jp
EMAIL;type=INTERNET;type=HOME:taro.yamada@icloud.example.com
TEL;type=CELL;type=VOICE;type=pref:090-1234-5678
END:VCARD
BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//iPhone OS 17.1//EN
N:鈴木;花子;;;
FN:鈴木 花子
X-PHONETIC-FIRST-NAME:ハナコ
X-PHONETIC-LAST-NAME:スズキ
item1.EMAIL;type=INTERNET;type=pref:hanako.suzuki@docomo.example.ne.jp
item1.X-ABLabel:_$!<Other>!$_
END:VCARD
"""

_APPLE_SOUND_JA = """\
BEGIN:VCARD
VERSION:3.0
N:高橋;健;;;
FN:高橋 健
SOUND;X-IRMC-N:タカハシ;ケン;;;
EMAIL;TYPE=INTERNET:ken.takahashi@softbank.example.ne.jp
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:伊藤;;;;
FN:伊藤
SOUND;X-IRMC-N:イトウ;;;;
EMAIL;TYPE=INTERNET:ito@au.example.com
END:VCARD
"""

# Three exports pasted into one file: a phone's 2.1, Google's 3.0 and Thunderbird's 4.0
_CONCATENATED = """\
BEGIN:VCARD
VERSION:2.1
N:Nowak;Ewa;;;
FN:Ewa Nowak
TEL;CELL:+48 601 222 333
EMAIL;INTERNET:ewa.nowak@wp.example.pl
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Björn Lund
N:Lund;Björn;;;
EMAIL;TYPE=INTERNET;TYPE=HOME:bjorn.lund@telia.example.se
END:VCARD
BEGIN:VCARD
VERSION:4.0
PRODID:-//Thunderbird//vCard 4.0
UID:0d3a2c7e-1f4b-4a5b-9c6d-7e8f9a0b1c2d
FN:Chiara Bellini
N:Bellini;Chiara;;;
EMAIL;PREF=1:chiara.bellini@libero.example.it
END:VCARD
"""

# CRLF, and a card in the middle cut off by a sync crash: no END, then the next BEGIN
_BROKEN_MIDDLE = """\
BEGIN:VCARD
VERSION:3.0
FN:Hamid Rezaei
N:Rezaei;Hamid;;;
EMAIL;TYPE=INTERNET:hamid.rezaei@chmail.example.ir
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Laleh Karimi
N:Karimi;Laleh;;;
EMAIL;TYPE=INTERNET:laleh.karimi@gmail.example.com
PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U
BEGIN:VCARD
VERSION:3.0
FN:Omid Farahani
N:Farahani;Omid;;;
EMAIL;TYPE=INTERNET:omid.farahani@yahoo.example.com
END:VCARD
"""

_LINKEDIN_NOTES = (
    ("Notes:",),
    (
        "When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261",
    ),
    (),
)

# fmt: off
SHAPES = [
    # --- phones' vCard 2.1 backups ------------------------------------------------------------
    Shape(
        name="samsung-vcards21-qp-zh",
        product="Samsung phone (Contacts > Export to .vcf)",
        language="zh",
        source="recalled: Samsung's .vcf: vCard 2.1, CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE names, X-SAMSUNGADR",
        header=(),
        rows=text_lines(_SAMSUNG_ZH),
        people=(("王伟", "wangwei@qq.example.com"), ("李", "li.laoshi@163.example.com")),
        known=(
            expect("wangwei@qq.example.com", phone="+8613800138000", other_emails=("wei.wang@huaxia.example.cn",)),
            expect("li.laoshi@163.example.com", phone="+8613911112222"),
        ),
        kind="vcard",
        suffix=".vcf",
        notes="a card whose N holds only the family name '李' (no FN); two TEL and two EMAIL",
    ),
    Shape(
        name="xiaomi-vcards21-qp-ru",
        product="Xiaomi phone (MIUI Contacts, export to storage)",
        language="ru",
        source="recalled: MIUI's .vcf: vCard 2.1, QP names, TEL;CELL;PREF, EMAIL;PREF;INTERNET, X-MIUI-*",
        header=(),
        rows=text_lines(_XIAOMI_RU),
        people=(("Ольга Смирнова", "olga.smirnova@yandex.example.ru"), ("Петров", "petrov.stroy@rambler.example.ru")),
        known=(
            expect("olga.smirnova@yandex.example.ru", phone="+79161234567", other_emails=("o.smirnova@mail.example.ru",)),
            expect("petrov.stroy@rambler.example.ru"),
        ),
        kind="vcard",
        suffix=".vcf",
        notes="a card with only a family name in N and no FN",
    ),
    Shape(
        name="huawei-vcards21-qp-ar",
        product="Huawei phone (EMUI Contacts, export to storage)",
        language="ar",
        source="recalled: EMUI's .vcf: vCard 2.1, QP Arabic names and ORG, X-HUAWEI-* properties",
        header=(),
        rows=text_lines(_HUAWEI_AR),
        people=(("محمد العلي", "m.alali@gmail.example.com"), ("فاطمة حسن", "fatima.hassan@hotmail.example.com")),
        known=(
            expect("m.alali@gmail.example.com", phone="+966501234567", company="شركة النور"),
            expect("fatima.hassan@hotmail.example.com"),
        ),
        kind="vcard",
        suffix=".vcf",
    ),
    Shape(
        name="oppo-vcards21-qp-hi",
        product="Oppo phone (ColorOS Contacts, export .vcf)",
        language="hi",
        source="recalled: ColorOS's .vcf: vCard 2.1, QP Devanagari names, X-ANDROID-CUSTOM nickname",
        header=(),
        rows=text_lines(_OPPO_HI),
        people=(("राहुल शर्मा", "rahul.sharma@rediffmail.example.com"), ("प्रिया वर्मा", "priya.verma@tcs.example.com")),
        known=(
            expect("rahul.sharma@rediffmail.example.com", phone="+919810012345"),
            expect("priya.verma@tcs.example.com"),
        ),
        kind="vcard",
        suffix=".vcf",
        notes="the same number twice (CELL and X-WhatsApp); a QP nickname in X-ANDROID-CUSTOM",
    ),
    Shape(
        name="samsung-kies-vcard21-soft-breaks-ru",
        product="Samsung Kies (contacts backup, .vcf)",
        language="ru",
        source="recalled: Kies' vCard 2.1: QP lines longer than 76 characters folded by a soft line break '='",
        header=(),
        rows=text_lines(_SAMSUNG_SOFT_BREAKS),
        people=(("Александр Константинопольский", "a.konstantinopolsky@mail.example.ru"),),
        kind="vcard",
        suffix=".vcf",
        notes="QP soft line breaks inside N and FN",
    ),
    Shape(
        name="icloud-vcards30-ja-phonetic",
        product="iCloud Contacts (Export vCard), Japanese",
        language="ja",
        source="recalled: Apple's vCard 3.0: X-PHONETIC-FIRST-NAME and X-PHONETIC-LAST-NAME in katakana, item1. groups",
        header=(),
        rows=text_lines(_ICLOUD_JA),
        people=(("山田 太郎", "t.yamada@sakura.example.co.jp"), ("鈴木 花子", "hanako.suzuki@docomo.example.ne.jp")),
        known=(
            expect("t.yamada@sakura.example.co.jp", phone="090-1234-5678", company="株式会社サクラ", job_title="課長", other_emails=("taro.yamada@icloud.example.com",)),
            expect("hanako.suzuki@docomo.example.ne.jp"),
        ),
        kind="vcard",
        suffix=".vcf",
        notes="the katakana readings are not the names; ORG with a department after ';'",
    ),
    Shape(
        name="apple-contacts-sound-ja",
        product="Apple Contacts (macOS, Export vCard), Japanese",
        language="ja",
        source="recalled: macOS Contacts' vCard 3.0 for a Japanese locale: SOUND;X-IRMC-N with the reading",
        header=(),
        rows=text_lines(_APPLE_SOUND_JA),
        people=(("高橋 健", "ken.takahashi@softbank.example.ne.jp"), ("伊藤", "ito@au.example.com")),
        kind="vcard",
        suffix=".vcf",
    ),
    Shape(
        name="vcf-concatenated-three-versions",
        product="a .vcf concatenated from a phone's, Google's and Thunderbird's exports",
        language="en",
        source="recalled: `cat *.vcf > all.vcf`: vCard 2.1, 3.0 and 4.0 cards in one file",
        header=(),
        rows=text_lines(_CONCATENATED),
        people=(("Ewa Nowak", "ewa.nowak@wp.example.pl"), ("Björn Lund", "bjorn.lund@telia.example.se"), ("Chiara Bellini", "chiara.bellini@libero.example.it")),
        known=(
            expect("ewa.nowak@wp.example.pl", phone="+48601222333"),
            expect("bjorn.lund@telia.example.se"),
            expect("chiara.bellini@libero.example.it"),
        ),
        kind="vcard",
        suffix=".vcf",
    ),
    Shape(
        name="vcf-crlf-broken-card-middle",
        product="a phone's .vcf cut by a sync crash",
        language="fa",
        source="recalled: a card whose base64 PHOTO is cut off, no END:VCARD, the next card begins",
        header=(),
        rows=text_lines(_BROKEN_MIDDLE),
        people=(("Hamid Rezaei", "hamid.rezaei@chmail.example.ir"), ("Omid Farahani", "omid.farahani@yahoo.example.com")),
        rejects=((7, "vcard.unclosed"),),
        kind="vcard",
        suffix=".vcf",
        line_end="\r\n",
        notes="the cut card is one reject (file-rules.md: a card without END:VCARD), though its name and address came before the cut: a cut card may have lost its other addresses",
    ),
    # --- mail clients' CSVs, localized ---------------------------------------------------------
    Shape(
        name="outlookcom-contacts-es",
        product="Outlook.com (Personas > Exportar contactos), Spanish",
        language="es",
        source="recalled: Outlook.com's CSV in a Spanish account: Outlook's desktop titles in Spanish, with its mobile phone",
        header=("Nombre", "Segundo nombre", "Apellidos", "Organización", "Puesto", "Dirección de correo electrónico", "Dirección de correo electrónico 2", "Teléfono móvil", "Notas"),
        rows=(
            ("Lucía", "", "Fernández Ruiz", "Talleres Ruiz S.L.", "Gerente", "lucia.fernandez@telefonica.example.es", "lucia.fr@gmail.example.com", "+34 612 345 678", ""),
            ("Jorge", "Luis", "Martín", "", "", "", "jl.martin@hotmail.example.es", "", "Solo correo personal"),
        ),
        people=(("Lucía Fernández Ruiz", "lucia.fernandez@telefonica.example.es"), ("Jorge Luis Martín", "jl.martin@hotmail.example.es")),
        known=(
            expect("lucia.fernandez@telefonica.example.es", phone="+34612345678", company="Talleres Ruiz S.L.", job_title="Gerente", other_emails=("lucia.fr@gmail.example.com",)),
            expect("jl.martin@hotmail.example.es"),
        ),
        encoding="utf-8-sig",
        notes="the second person's address is in the second address column only",
    ),
    Shape(
        name="outlookcom-contacts-pt-br",
        product="Outlook.com (Pessoas > Exportar contatos), Brazilian Portuguese",
        language="pt",
        source="recalled: Outlook.com's CSV in a Brazilian account",
        header=("Nome", "Segundo Nome", "Sobrenome", "Empresa", "Cargo", "Endereço de Email", "Celular"),
        rows=(
            ("João", "", "da Silva", "Padaria Pão Quente", "Sócio", "joao.silva@uol.example.com.br", "+55 11 98765-4321"),
            ("Ana", "Clara", "Souza", "", "", "anaclara.souza@bol.example.com.br", ""),
        ),
        people=(("João da Silva", "joao.silva@uol.example.com.br"), ("Ana Clara Souza", "anaclara.souza@bol.example.com.br")),
        known=(
            expect("joao.silva@uol.example.com.br", phone="+5511987654321", company="Padaria Pão Quente", job_title="Sócio"),
            expect("anaclara.souza@bol.example.com.br"),
        ),
        encoding="utf-8-sig",
        notes="Brazilian 'Nome' is the given name beside 'Sobrenome'",
    ),
    Shape(
        name="outlook-kontakte-de-semicolon",
        product="Outlook (Exportieren, CSV), German, re-saved by German Excel",
        language="de",
        source="recalled: Outlook's German titles with 'Mobiltelefon', re-saved by Excel with ';' in cp1252",
        header=("Anrede", "Vorname", "Nachname", "Firma", "Position", "E-Mail-Adresse", "Mobiltelefon", "Telefon geschäftlich"),
        rows=(
            ("Frau", "Jürgen", "Weiß", "Bäckerei Weiß GmbH", "Inhaber", "j.weiss@t-online.example.de", "0171 2345678", "089 1234567"),
            ("Herr", "Ömer", "Yılmaz", "", "", "oemer.yilmaz@gmx.example.de", "", ""),
        ),
        people=(("Jürgen Weiß", "j.weiss@t-online.example.de"), ("Ömer Yılmaz", "oemer.yilmaz@gmx.example.de")),
        known=(
            expect("j.weiss@t-online.example.de", phone="089 1234567", company="Bäckerei Weiß GmbH", job_title="Inhaber"),
            expect("oemer.yilmaz@gmx.example.de"),
        ),
        delimiter=";",
        encoding="utf-8-sig",
        notes="'Yılmaz' (dotless i) would not fit cp1252: written in UTF-8 with a BOM; the business phone ranks before the mobile (columns.md)",
    ),
    Shape(
        name="thunderbird-rubrica-it",
        product="Thunderbird (Rubrica, esporta CSV), Italian",
        language="it",
        source="recalled: Thunderbird's CSV export titles translated in the Italian build",
        header=("Nome", "Cognome", "Nome visualizzato", "Soprannome", "Email principale", "Email secondaria", "Telefono ufficio", "Cellulare", "Organizzazione", "Qualifica"),
        rows=(
            ("Giulia", "Rossi", "Giulia Rossi", "Giuli", "giulia.rossi@libero.example.it", "g.rossi@pec.example.it", "", "+39 347 123 4567", "Studio Rossi", "Architetta"),
            ("Marco", "Bianchi", "Marco Bianchi", "", "marco.bianchi@tiscali.example.it", "", "", "", "", ""),
        ),
        people=(("Giulia Rossi", "giulia.rossi@libero.example.it"), ("Marco Bianchi", "marco.bianchi@tiscali.example.it")),
        known=(
            expect("giulia.rossi@libero.example.it", phone="+393471234567", company="Studio Rossi", job_title="Architetta", other_emails=("g.rossi@pec.example.it",)),
            expect("marco.bianchi@tiscali.example.it"),
        ),
    ),
    Shape(
        name="thunderbird-catalogo-pt-br",
        product="Thunderbird (Catálogo de endereços, exportar CSV), Brazilian Portuguese",
        language="pt",
        source="recalled: Thunderbird's CSV export titles in the pt-BR build",
        header=("Primeiro nome", "Sobrenome", "Nome de exibição", "Apelido", "E-mail principal", "E-mail secundário", "Celular", "Empresa", "Cargo"),
        rows=(
            ("Beatriz", "Oliveira", "Bia Oliveira", "Bia", "beatriz.oliveira@terra.example.com.br", "", "", "", ""),
            ("Rafael", "Costa", "Rafael Costa", "", "rafael.costa@globo.example.com", "rcosta@empresa.example.com.br", "", "Costa & Filhos", "Diretor"),
        ),
        people=(("Bia Oliveira", "beatriz.oliveira@terra.example.com.br"), ("Rafael Costa", "rafael.costa@globo.example.com")),
        known=(
            expect("beatriz.oliveira@terra.example.com.br"),
            expect("rafael.costa@globo.example.com", company="Costa & Filhos", job_title="Diretor", other_emails=("rcosta@empresa.example.com.br",)),
        ),
        notes="the display name, as Thunderbird shows it, beside given and family names",
    ),
    Shape(
        name="thunderbird-adresar-cs-cp1250",
        product="Thunderbird (Adresář, export CSV v systémovém kódování), Czech",
        language="cs",
        source="recalled: Thunderbird's 'CSV (system charset)' export in a Czech Windows: cp1250",
        header=("Křestní jméno", "Příjmení", "Zobrazované jméno", "Přezdívka", "Hlavní e-mail", "Další e-mail", "Mobil", "Organizace"),
        rows=(
            ("Tomáš", "Dvořák", "Tomáš Dvořák", "", "tomas.dvorak@seznam.example.cz", "", "", ""),
            ("Věra", "Čermáková", "Věra Čermáková", "Věrka", "vera.cermakova@centrum.example.cz", "", "", "Účetnictví Čermák s.r.o."),
        ),
        people=(("Tomáš Dvořák", "tomas.dvorak@seznam.example.cz"), ("Věra Čermáková", "vera.cermakova@centrum.example.cz")),
        known=(
            expect("tomas.dvorak@seznam.example.cz"),
            expect("vera.cermakova@centrum.example.cz", company="Účetnictví Čermák s.r.o."),
        ),
        encoding="cp1250",
    ),
    Shape(
        name="yahoo-mail-contacts-fr",
        product="Yahoo Mail (Contacts > Exporter, CSV), French account",
        language="en",
        source="recalled: Yahoo's CSV: 'First', 'Middle', 'Last', 'Nickname', 'Email', 'Category', 'Distribution Lists', 'Messenger ID', then phones",
        header=("First", "Middle", "Last", "Nickname", "Email", "Category", "Distribution Lists", "Messenger ID", "Home", "Work", "Pager", "Fax", "Mobile", "Other", "Yahoo! Phone", "Primary", "Alternate Email 1", "Alternate Email 2", "Personal Website", "Business Website", "Title", "Company"),
        rows=(
            ("Éloïse", "", "Lefèvre", "", "eloise.lefevre@orange.example.fr", "", "", "", "", "", "", "", "+33 6 12 34 56 78", "", "", "", "eloise.l@free.example.fr", "", "", "", "Pharmacienne", "Pharmacie du Port"),
            ("Yannick", "", "Le Gall", "Yann", "yannick.legall@sfr.example.fr", "", "Famille", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""),
        ),
        people=(("Éloïse Lefèvre", "eloise.lefevre@orange.example.fr"), ("Yannick Le Gall", "yannick.legall@sfr.example.fr")),
        known=(
            expect("eloise.lefevre@orange.example.fr", phone="+33612345678", company="Pharmacie du Port", job_title="Pharmacienne", other_emails=("eloise.l@free.example.fr",)),
            expect("yannick.legall@sfr.example.fr"),
        ),
        notes="bare 'Home', 'Work', 'Mobile' are phone columns; 'Title' a job title",
    ),
    Shape(
        name="zohomail-contacts-ja",
        product="Zoho Mail (連絡先のエクスポート, CSV), Japanese",
        language="ja",
        source="recalled: Zoho Mail's contacts CSV in a Japanese account",
        header=("名", "姓", "表示名", "メールアドレス", "携帯電話", "会社名", "役職"),
        rows=(
            ("陽子", "中村", "中村 陽子", "yoko.nakamura@zoho.example.jp", "080-9876-5432", "中村商事", "部長"),
            ("誠", "小林", "小林 誠", "makoto.k@ocn.example.ne.jp", "", "", ""),
        ),
        people=(("中村 陽子", "yoko.nakamura@zoho.example.jp"), ("小林 誠", "makoto.k@ocn.example.ne.jp")),
        known=(
            expect("yoko.nakamura@zoho.example.jp", phone="080-9876-5432", company="中村商事", job_title="部長"),
            expect("makoto.k@ocn.example.ne.jp"),
        ),
        encoding="utf-8-sig",
    ),
    Shape(
        name="fastmail-contacts-csv-nb",
        product="Fastmail (Contacts > Export, CSV), Norwegian names",
        language="no",
        source="recalled: Fastmail's CSV: 'Name', 'Given Name', 'Family Name', 'Nickname', 'Company', 'Job Title', then 'Email (home)'-style typed columns",
        header=("Name", "Given Name", "Family Name", "Nickname", "Company", "Job Title", "Email (work)", "Email (home)", "Phone (mobile)", "Notes"),
        rows=(
            ("Åse Bjørnstad", "Åse", "Bjørnstad", "", "Fjord Reiser AS", "Daglig leder", "ase@fjordreiser.example.no", "ase.bjornstad@online.example.no", "+47 912 34 567", ""),
            ("Øystein Haugen", "Øystein", "Haugen", "", "", "", "", "oystein.haugen@gmail.example.com", "", ""),
        ),
        people=(("Åse Bjørnstad", "ase@fjordreiser.example.no"), ("Øystein Haugen", "oystein.haugen@gmail.example.com")),
        known=(
            expect("ase@fjordreiser.example.no", phone="+4791234567", company="Fjord Reiser AS", job_title="Daglig leder", other_emails=("ase.bjornstad@online.example.no",)),
            expect("oystein.haugen@gmail.example.com"),
        ),
    ),
    Shape(
        name="yandex-mail-kontakty-ru-cp1251",
        product="Yandex Mail (Контакты > Сохранить в файл, Outlook CSV)",
        language="ru",
        source="recalled: Yandex Mail's 'for Outlook' CSV: Russian Outlook titles in cp1251",
        header=("Имя", "Отчество", "Фамилия", "Адрес эл. почты", "Мобильный телефон", "Организация", "Должность"),
        rows=(
            ("Наталья", "Игоревна", "Кузнецова", "n.kuznetsova@yandex.example.ru", "+7 903 555-12-34", "ООО «Вектор»", "бухгалтер"),
            ("Игорь", "", "Соколов", "igor.sokolov@ya.example.ru", "", "", ""),
        ),
        people=(("Наталья Игоревна Кузнецова", "n.kuznetsova@yandex.example.ru"), ("Игорь Соколов", "igor.sokolov@ya.example.ru")),
        known=(
            expect("n.kuznetsova@yandex.example.ru", phone="+79035551234", company="ООО «Вектор»", job_title="бухгалтер"),
            expect("igor.sokolov@ya.example.ru"),
        ),
        encoding="cp1251",
        notes="the patronymic ('Отчество') in the middle name's place",
    ),
    Shape(
        name="mailru-kontakty-ru",
        product="Mail.ru (Адресная книга > Экспорт, CSV)",
        language="ru",
        source="recalled: Mail.ru's address book CSV: 'Имя', 'Фамилия', 'Ник', 'E-mail', 'Телефон', ';'",
        header=("Имя", "Фамилия", "Ник", "E-mail", "Телефон", "День рождения"),
        rows=(
            ("Дарья", "Морозова", "dasha_m", "darya.morozova@mail.example.ru", "+7 926 111-22-33", "12.03.1990"),
            ("Артём", "Волков", "", "artem.volkov@bk.example.ru", "", ""),
        ),
        people=(("Дарья Морозова", "darya.morozova@mail.example.ru"), ("Артём Волков", "artem.volkov@bk.example.ru")),
        known=(expect("darya.morozova@mail.example.ru", phone="+79261112233"), expect("artem.volkov@bk.example.ru")),
        delimiter=";",
        encoding="cp1251",
    ),
    Shape(
        name="naver-mail-juso-ko",
        product="Naver Mail (주소록 내보내기, CSV)",
        language="ko",
        source="recalled: Naver's address book CSV in cp949: '이름', '이메일', '휴대폰', '회사', '직책', '그룹'",
        header=("이름", "이메일", "휴대폰", "회사", "부서", "직책", "그룹", "메모"),
        rows=(
            ("김민준", "minjun.kim@naver.example.com", "010-1234-5678", "한빛전자", "개발팀", "과장", "회사", ""),
            ("이서연", "seoyeon.lee@daum.example.net", "", "", "", "", "친구", "대학 동기"),
        ),
        people=(("김민준", "minjun.kim@naver.example.com"), ("이서연", "seoyeon.lee@daum.example.net")),
        known=(
            expect("minjun.kim@naver.example.com", phone="010-1234-5678", company="한빛전자", job_title="과장"),
            expect("seoyeon.lee@daum.example.net"),
        ),
        encoding="cp949",
    ),
    Shape(
        name="qqmail-lianxiren-zh-gbk",
        product="QQ Mail (通讯录 > 导出联系人, CSV)",
        language="zh",
        source="recalled: QQ Mail's contacts CSV in GBK: '姓名', '电子邮件', '手机', '公司', '职位'",
        header=("姓名", "昵称", "电子邮件", "手机", "公司", "部门", "职位", "备注"),
        rows=(
            ("张丽", "丽丽", "zhangli@qq.example.com", "13912345678", "上海华润贸易有限公司", "市场部", "经理", ""),
            ("陈建国", "", "chenjg@foxmail.example.com", "", "", "", "", "老同学"),
        ),
        people=(("张丽", "zhangli@qq.example.com"), ("陈建国", "chenjg@foxmail.example.com")),
        known=(
            expect("zhangli@qq.example.com", phone="13912345678", company="上海华润贸易有限公司", job_title="经理"),
            expect("chenjg@foxmail.example.com"),
        ),
        encoding="gbk",
    ),
    Shape(
        name="kisiler-tr-cp1254",
        product="a Turkish address book's CSV (Kişiler), Outlook-like titles",
        language="tr",
        source="recalled: Turkish titles as hand-made and CRM address books write them, cp1254 (Outlook's own are in outlook_locales.py: 'İkinci Adı', 'Şirket')",
        header=("Ad", "İkinci Ad", "Soyadı", "Şirket", "İş Unvanı", "E-posta Adresi", "Cep Telefonu"),
        rows=(
            ("Ayşe", "", "Çelik", "Çelik Tekstil A.Ş.", "Müdür", "ayse.celik@turk.example.net", "+90 532 123 45 67"),
            ("Mehmet", "Ali", "Öztürk", "", "", "m.ozturk@hotmail.example.com.tr", ""),
        ),
        people=(("Ayşe Çelik", "ayse.celik@turk.example.net"), ("Mehmet Ali Öztürk", "m.ozturk@hotmail.example.com.tr")),
        known=(
            expect("ayse.celik@turk.example.net", phone="+905321234567", company="Çelik Tekstil A.Ş.", job_title="Müdür"),
            expect("m.ozturk@hotmail.example.com.tr"),
        ),
        encoding="cp1254",
        quote_all=True,
    ),
    # --- member lists ---------------------------------------------------------------------------
    Shape(
        name="teams-team-members-csv",
        product="Microsoft Teams (Manage team > Members, exported by a third-party tool)",
        language="en",
        source="recalled: a team's members as the Teams admin centre lists them: 'Display name', 'Email', 'Role' (Owner, Member, Guest)",
        header=("Display name", "Email", "Role", "Title", "Location"),
        rows=(
            ("Sofia Lindqvist", "sofia.lindqvist@contoso.example.com", "Owner", "Head of Design", "Stockholm"),
            ("Kwame Mensah", "kwame.mensah@contoso.example.com", "Member", "Designer", "Accra"),
            ("Ravi Patel (Guest)", "ravi.patel@fabrikam.example.com", "Guest", "", ""),
        ),
        people=(("Sofia Lindqvist", "sofia.lindqvist@contoso.example.com"), ("Kwame Mensah", "kwame.mensah@contoso.example.com"), ("Ravi Patel (Guest)", "ravi.patel@fabrikam.example.com")),
        known=(
            expect("sofia.lindqvist@contoso.example.com", job_title="Head of Design"),
            expect("kwame.mensah@contoso.example.com", job_title="Designer"),
            expect("ravi.patel@fabrikam.example.com"),
        ),
        notes="'Role' is the team role, 'Title' the job title",
    ),
    Shape(
        name="slack-workspace-members-2024",
        product="Slack (Workspace settings > Manage members > Export member list)",
        language="en",
        source="recalled: Slack's member list CSV: 'username', 'email', 'status', 'billing-active', 'has-2fa', 'has-sso', 'userid', 'fullname', 'displayname', 'expiration-timestamp'",
        header=("username", "email", "status", "billing-active", "has-2fa", "has-sso", "userid", "fullname", "displayname", "expiration-timestamp"),
        rows=(
            ("mei.tanaka", "mei.tanaka@acme.example.com", "Member", "1", "1", "0", "U04ABCDEF12", "Mei Tanaka", "mei", ""),
            ("olu", "olumide.adeyemi@acme.example.com", "Admin", "1", "1", "0", "U04ABCDEF13", "Olumide Adeyemi", "Olu", ""),
            ("slackbot", "", "Bot", "0", "0", "0", "USLACKBOT", "Slackbot", "Slackbot", ""),
        ),
        people=(("Mei Tanaka", "mei.tanaka@acme.example.com"), ("Olumide Adeyemi", "olumide.adeyemi@acme.example.com")),
        notes="a bot without an address; 'displayname' a handle beside 'fullname'",
    ),
    Shape(
        name="discord-server-members-tool",
        product="a Discord member-export bot's CSV",
        language="en",
        source="recalled: a member-export bot's CSV: 'User ID', 'Username', 'Display Name', 'Joined At', 'Roles', and an email from the server's signup form",
        header=("User ID", "Username", "Display Name", "Joined At", "Roles", "Email (from form)"),
        rows=(
            ("112233445566778899", "nightowl_92", "Hanna Virtanen", "2025-02-11", "Member;Moderator", "hanna.virtanen@elisa.example.fi"),
            ("998877665544332211", "pixelpete", "Peter Novak", "2025-06-30", "Member", "peter.novak@siol.example.si"),
        ),
        people=(("Hanna Virtanen", "hanna.virtanen@elisa.example.fi"), ("Peter Novak", "peter.novak@siol.example.si")),
        notes="the handle ('Username') beside the display name",
    ),
    Shape(
        name="telegram-group-members-tool-ru",
        product="a Telegram group-member exporter (third-party), Russian",
        language="ru",
        source="recalled: a Telegram scraper's CSV: 'ID', 'Username', 'Имя', 'Фамилия', 'Телефон', with the email a bot collected",
        header=("ID", "Username", "Имя", "Фамилия", "Телефон", "Email"),
        rows=(
            ("501234567", "@katya_sun", "Екатерина", "Лебедева", "+79215554433", "katya.lebedeva@gmail.example.com"),
            ("509876543", "@dimon", "Дмитрий", "", "", "dmitry.k@yandex.example.ru"),
            ("507777777", "@nochat", "Без", "Почты", "", ""),
        ),
        people=(("Екатерина Лебедева", "katya.lebedeva@gmail.example.com"), ("Дмитрий", "dmitry.k@yandex.example.ru")),
        known=(expect("katya.lebedeva@gmail.example.com", phone="+79215554433"), expect("dmitry.k@yandex.example.ru")),
        notes="'Username' is a @handle, not the name; a member without an address",
    ),
    Shape(
        name="whatsapp-group-export-tool-pt",
        product="a WhatsApp group-member exporter (Chrome extension), Brazilian Portuguese",
        language="pt",
        source="recalled: a WhatsApp Web extension's CSV: 'Nome', 'Telefone', 'Nome salvo', with the address from a linked form",
        header=("Nome salvo", "Nome público", "Telefone", "E-mail", "Admin"),
        rows=(
            ("Tia Cida", "Aparecida Gomes", "+55 21 99876-5432", "cida.gomes@yahoo.example.com.br", "Não"),
            ("Rodrigo Alves", "Rodrigo", "+55 31 98888-7777", "rodrigo.alves@gmail.example.com", "Sim"),
        ),
        people=(("Tia Cida", "cida.gomes@yahoo.example.com.br"), ("Rodrigo Alves", "rodrigo.alves@gmail.example.com")),
        known=(
            expect("cida.gomes@yahoo.example.com.br", phone="+5521998765432"),
            expect("rodrigo.alves@gmail.example.com", phone="+5531988887777"),
        ),
        notes="'Nome salvo' (the name saved in the phone) beside 'Nome público' (the profile's name): the saved one is first",
    ),
    Shape(
        name="linkedin-connections-notes",
        product="LinkedIn (Get a copy of your data > Connections.csv)",
        language="en",
        source="searched: a Connection type in the code corpus with 'First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'; a dbt model there names the file's 'notes:' preamble",
        preamble=_LINKEDIN_NOTES,
        header=("First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"),
        rows=(
            ("Ngozi", "Eze", "https://www.linkedin.com/in/ngozi-eze", "ngozi.eze@gmail.example.com", "Flutterwave", "Product Manager", "03 Nov 2026"),
            ("Lars", "Møller", "https://www.linkedin.com/in/larsmoller", "", "Maersk", "Analyst", "28 Oct 2026"),
            ("Camille", "Roux", "https://www.linkedin.com/in/camilleroux", "camille.roux@free.example.fr", "", "", "15 Sep 2026"),
        ),
        people=(("Ngozi Eze", "ngozi.eze@gmail.example.com"), ("Camille Roux", "camille.roux@free.example.fr")),
        known=(
            expect("ngozi.eze@gmail.example.com", company="Flutterwave", job_title="Product Manager"),
            expect("camille.roux@free.example.fr"),
        ),
        notes="'Notes:' and a long quoted sentence with a URL above the header; most rows have no address",
    ),
    Shape(
        name="facebook-lead-ads-phone-prefix",
        product="Meta (Facebook/Instagram lead ads, Download leads CSV)",
        language="en",
        source="recalled: Meta's leads CSV: 'id', 'created_time', 'ad_id', 'ad_name', ..., 'platform' (fb, ig), the form's 'full_name', 'email', 'phone_number' written 'p:+…'",
        header=("id", "created_time", "ad_id", "ad_name", "adset_id", "adset_name", "campaign_id", "campaign_name", "form_id", "form_name", "is_organic", "platform", "full_name", "email", "phone_number"),
        rows=(
            ("l:1234567890123456", "2026-11-30T10:12:44+01:00", "ag:23851234567890123", "Winter promo", "as:23851234567890124", "FR 25-45", "c:23851234567890125", "Leads Q4", "f:987654321098765", "Devis gratuit", "false", "ig", "Inès Moreau", "ines.moreau@laposte.example.fr", "p:+33612345678"),
            ("l:1234567890123457", "2026-11-30T11:02:03+01:00", "ag:23851234567890123", "Winter promo", "as:23851234567890124", "FR 25-45", "c:23851234567890125", "Leads Q4", "f:987654321098765", "Devis gratuit", "false", "fb", "Karim Benali", "karim.benali@gmail.example.com", "p:+33798765432"),
        ),
        people=(("Inès Moreau", "ines.moreau@laposte.example.fr"), ("Karim Benali", "karim.benali@gmail.example.com")),
        known=(
            expect("ines.moreau@laposte.example.fr", phone="+33612345678"),
            expect("karim.benali@gmail.example.com", phone="+33798765432"),
        ),
        notes="ids prefixed 'l:', 'ag:', 'f:' and the phone 'p:': the prefix is no part of the number",
    ),
    # --- writers' quirks -----------------------------------------------------------------------
    Shape(
        name="excel-sep-hint-semicolon-nl",
        product="a Dutch list saved by a tool writing Excel's 'sep=;' hint",
        language="nl",
        source="recalled: Excel's 'sep=' first line, which makes Excel split on the named character",
        preamble=(("sep=", ""),),
        header=("Voornaam", "Tussenvoegsel", "Achternaam", "E-mailadres", "Mobiel"),
        rows=(
            ("Daan", "van der", "Berg", "daan.vanderberg@ziggo.example.nl", "06-12345678"),
            ("Sanne", "", "Jansen", "sanne.jansen@kpn.example.nl", ""),
        ),
        people=(("Daan van der Berg", "daan.vanderberg@ziggo.example.nl"), ("Sanne Jansen", "sanne.jansen@kpn.example.nl")),
        known=(expect("daan.vanderberg@ziggo.example.nl", phone="06-12345678"), expect("sanne.jansen@kpn.example.nl")),
        delimiter=";",
        notes="the first line reads 'sep=;' (the hint's record: 'sep=' and an empty field)",
    ),
    Shape(
        name="utf16le-no-bom-tabs",
        product="a .NET tool's export in Encoding.Unicode without the preamble",
        language="de",
        source="recalled: `new UnicodeEncoding(false, false)`: UTF-16LE with no BOM, tab-separated",
        header=("Vorname", "Nachname", "E-Mail", "Telefon"),
        rows=(
            ("Grete", "Müller", "grete.mueller@posteo.example.de", "+49 151 23456789"),
            ("Łukasz", "Zieliński", "lukasz.zielinski@wp.example.pl", ""),
        ),
        people=(("Grete Müller", "grete.mueller@posteo.example.de"), ("Łukasz Zieliński", "lukasz.zielinski@wp.example.pl")),
        known=(expect("grete.mueller@posteo.example.de", phone="+4915123456789"), expect("lukasz.zielinski@wp.example.pl")),
        encoding="utf-16-le",
        delimiter="\t",
    ),
    Shape(
        name="utf8-bom-stray-cp1252-byte",
        product="a UTF-8 file with a BOM into which one cp1252 line was pasted",
        language="fr",
        source="recalled: a list appended to by two editors: UTF-8 with a BOM, one name's 'é' a single cp1252 byte",
        header=("Prénom", "Nom", "Courriel"),
        rows=(
            ("Gaëlle", "Dubois", "gaelle.dubois@orange.example.fr"),
            ("Ren\udce9", "Lambert", "rene.lambert@wanadoo.example.fr"),
            ("Noémie", "Faure", "noemie.faure@free.example.fr"),
        ),
        people=(("Gaëlle Dubois", "gaelle.dubois@orange.example.fr"), ("René Lambert", "rene.lambert@wanadoo.example.fr"), ("Noémie Faure", "noemie.faure@free.example.fr")),
        encoding="utf-8-sig",
        notes="'\\udce9' is the byte 0xE9 (cp1252 'é') written raw among UTF-8",
    ),
    Shape(
        name="excel-trailing-empty-columns-rows",
        product="Excel (CSV UTF-8) of a sheet with formatted empty cells",
        language="en",
        source="recalled: Excel writes every column and row of the used range: ',,,,' after each record and empty rows at the end",
        header=("First Name", "Last Name", "Email", "Phone", "", "", "", ""),
        rows=(
            ("Aroha", "Ngata", "aroha.ngata@xtra.example.co.nz", "+64 21 123 4567", "", "", "", ""),
            ("Tane", "Walker", "tane.walker@gmail.example.com", "", "", "", "", ""),
        ),
        footer=(("", "", "", "", "", "", "", ""), ("", "", "", "", "", "", "", ""), ("", "", "", "", "", "", "", "")),
        people=(("Aroha Ngata", "aroha.ngata@xtra.example.co.nz"), ("Tane Walker", "tane.walker@gmail.example.com")),
        known=(expect("aroha.ngata@xtra.example.co.nz", phone="+64211234567"), expect("tane.walker@gmail.example.com")),
        encoding="utf-8-sig",
    ),
    Shape(
        name="classic-mac-cr-line-ends",
        product="a classic Mac OS FileMaker export (CR line ends)",
        language="en",
        source="recalled: Mac OS 9 programs end lines with CR alone",
        header=("First", "Last", "Email"),
        rows=(
            ("Margaret", "O'Neill", "maggie.oneill@eircom.example.ie"),
            ("Seán", "Ó Briain", "sean.obriain@iol.example.ie"),
        ),
        people=(("Margaret O'Neill", "maggie.oneill@eircom.example.ie"), ("Seán Ó Briain", "sean.obriain@iol.example.ie")),
        line_end="\r",
    ),
    Shape(
        name="quoted-header-line-break",
        product="a form tool whose question text has a line break",
        language="en",
        source="recalled: a spreadsheet header cell with Alt+Enter, written quoted with the line break inside",
        header=("Full name", "Email address\n(we'll send the receipt here)", "Phone\n(optional)"),
        rows=(
            ("Isabella Conti", "isabella.conti@fastweb.example.it", "+39 320 111 2233"),
            ("Yusuf Demir", "yusuf.demir@ttmail.example.com", ""),
        ),
        people=(("Isabella Conti", "isabella.conti@fastweb.example.it"), ("Yusuf Demir", "yusuf.demir@ttmail.example.com")),
        known=(expect("isabella.conti@fastweb.example.it", phone="+393201112233"), expect("yusuf.demir@ttmail.example.com")),
    ),
    Shape(
        name="nul-padded-export",
        product="a legacy export padded with NUL bytes",
        language="en",
        source="recalled: a fixed-buffer writer leaving NUL bytes after the last record and inside an empty field",
        header=("Name", "Email", "Notes"),
        rows=(
            ("Priyanka Nair", "priyanka.nair@sify.example.com", "\x00\x00"),
            ("Thomas Becker", "thomas.becker@arcor.example.de", ""),
        ),
        footer=(("\x00\x00\x00\x00\x00\x00\x00\x00",),),
        people=(("Priyanka Nair", "priyanka.nair@sify.example.com"), ("Thomas Becker", "thomas.becker@arcor.example.de")),
        notes="NUL bytes in a field and a record of NULs after the table",
    ),
    Shape(
        name="utf16be-no-bom-semicolon",
        product="a Java tool's export in UTF-16BE without a byte order mark",
        language="pl",
        source="recalled: Java's \"UTF-16BE\" charset writes no BOM (\"UTF-16\" would), here with ';'",
        header=("Imię", "Nazwisko", "E-mail"),
        rows=(
            ("Zofia", "Lewandowska", "zofia.lewandowska@interia.example.pl"),
            ("Jakub", "Wójcik", "jakub.wojcik@o2.example.pl"),
        ),
        people=(("Zofia Lewandowska", "zofia.lewandowska@interia.example.pl"), ("Jakub Wójcik", "jakub.wojcik@o2.example.pl")),
        encoding="utf-16-be",
        delimiter=";",
    ),
    Shape(
        name="bom-then-sep-hint-de",
        product="a German list: a UTF-8 BOM, then Excel's 'sep=;' line, then the header",
        language="de",
        source="recalled: tools that write the BOM and the 'sep=' hint both (Excel then ignores the hint)",
        preamble=(("sep=", ""),),
        header=("Name", "Vorname", "E-Mail", "Handy", "", ""),
        rows=(
            ("Krüger", "Jörg", "joerg.krueger@freenet.example.de", "0172 9876543", "", ""),
            ("Schulze", "Anja", "anja.schulze@vodafone.example.de", "", "", ""),
        ),
        footer=(("", "", "", "", "", ""),),
        people=(("Jörg Krüger", "joerg.krueger@freenet.example.de"), ("Anja Schulze", "anja.schulze@vodafone.example.de")),
        known=(expect("joerg.krueger@freenet.example.de", phone="0172 9876543"), expect("anja.schulze@vodafone.example.de")),
        delimiter=";",
        encoding="utf-8-sig",
        notes="German 'Name' is the family name beside 'Vorname'; empty trailing columns and an empty last row",
    ),
    Shape(
        name="daum-mail-juso-ko-utf8",
        product="Daum Mail (주소록 내보내기, CSV)",
        language="ko",
        source="recalled: Daum's address book CSV: '이름', '이메일', '휴대전화', '회사', '직위'",
        header=("이름", "이메일", "휴대전화", "회사", "직위", "생일"),
        rows=(
            ("박지훈", "jihoon.park@hanmail.example.net", "010-9876-5432", "", "", ""),
            ("최유진", "yujin.choi@daum.example.net", "", "서울디자인", "대리", "1992-05-14"),
        ),
        people=(("박지훈", "jihoon.park@hanmail.example.net"), ("최유진", "yujin.choi@daum.example.net")),
        known=(expect("jihoon.park@hanmail.example.net", phone="010-9876-5432"), expect("yujin.choi@daum.example.net", company="서울디자인", job_title="대리")),
        encoding="utf-8-sig",
    ),
    Shape(
        name="gmail-contacts-csv-labels-ar",
        product="Google Contacts (Export, Google CSV), Arabic names",
        language="ar",
        source="recalled: Google's 2024 CSV titles ('First Name', 'Last Name', 'Labels', 'E-mail 1 - Label', 'E-mail 1 - Value', 'Phone 1 - Label', 'Phone 1 - Value') with Arabic names",
        header=("First Name", "Middle Name", "Last Name", "Nickname", "Labels", "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - Label", "E-mail 2 - Value", "Phone 1 - Label", "Phone 1 - Value", "Organization Name", "Organization Title"),
        rows=(
            ("يوسف", "", "الحربي", "", "* myContacts", "* Home", "yousef.alharbi@gmail.example.com", "Work", "y.harbi@stc.example.sa", "Mobile", "+966 55 987 6543", "الاتصالات السعودية", "مهندس"),
            ("ليلى", "", "منصور", "", "* myContacts ::: عائلة", "* Other", "layla.mansour@outlook.example.com", "", "", "", "", "", ""),
        ),
        people=(("يوسف الحربي", "yousef.alharbi@gmail.example.com"), ("ليلى منصور", "layla.mansour@outlook.example.com")),
        known=(
            expect("yousef.alharbi@gmail.example.com", phone="+966559876543", company="الاتصالات السعودية", job_title="مهندس", other_emails=("y.harbi@stc.example.sa",)),
            expect("layla.mansour@outlook.example.com"),
        ),
    ),
]
# fmt: on
