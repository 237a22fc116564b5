# ruff: noqa: E501 - data: one line per language reads best
"""The same people, in their languages, written in each legacy code page their countries used.

`files(rows)` yields (language, code page, people, bytes of a CSV with a header
in that language). A code page that can't write a name (Romanian ș in
cp1250, which has only the cedilla ş) writes the look-alike its users typed,
and the expected name is that spelling.
"""

import unicodedata

# language: (code pages, header (name, email), ten people)
PEOPLE = {
    "pl": (["cp1250", "iso8859-2", "cp852"], ("Imię i nazwisko", "Adres e-mail"),
           "Małgorzata Kowalska|Łukasz Wiśniewski|Paweł Wójcik|Zofia Dąbrowska|Michał Kozłowski|"
           "Agnieszka Woźniak|Krzysztof Zieliński|Elżbieta Szymańska|Józef Kamiński|Grażyna Jędrzejczak"),
    "cs": (["cp1250", "iso8859-2", "cp852"], ("Jméno a příjmení", "E-mailová adresa"),
           "Jiří Dvořák|Tomáš Novák|Věra Černá|Lukáš Procházka|Petra Kučerová|Václav Růžička|"
           "Zdeněk Pokorný|Hana Veselá|František Krejčí|Jana Němcová"),
    "sk": (["cp1250", "iso8859-2"], ("Meno a priezvisko", "E-mail"),
           "Ľubomír Kováč|Ján Baláž|Mária Horváthová|Štefan Lukáč|Katarína Šimková|Ľudovít Štúr|"
           "Zuzana Tóthová|Peter Čierny|Jozef Ďurica|Andrea Vargová"),
    "hu": (["cp1250", "iso8859-2"], ("Név", "E-mail cím"),
           "Kovács Győző|Tóth Éva|Szabó Lőrinc|Nagy Ödön|Horváth Zoltán|Szűcs Gyöngyi|Fülöp Ágnes|"
           "Mészáros Tünde|Juhász István|Németh Erzsébet"),
    "ro": (["cp1250", "iso8859-2", "iso8859-16"], ("Nume", "Adresă de e-mail"),
           "Ștefan Popescu|Mădălina Ionescu|Răzvan Stănescu|Cătălin Bălan|Andreea Dumitrescu|"
           "Ioana Țurcanu|Gheorghiță Constantin|Mihai Șerban|Alexandra Văduva|Bogdan Mureșan"),
    "hr": (["cp1250", "iso8859-2"], ("Ime i prezime", "E-pošta"),
           "Željko Kovačević|Đurđica Babić|Ivana Marić|Marko Jurić|Ana Knežević|Tomislav Šimić|"
           "Petra Živković|Luka Božić|Mirjana Đukić|Goran Čović"),
    "sl": (["cp1250", "iso8859-2"], ("Ime in priimek", "E-pošta"),
           "Jožef Zupančič|Anže Potočnik|Maja Kovačič|Žan Božič|Nataša Čeh|Matej Šuštar|"
           "Špela Mlakar|Tina Vidmar|Rok Golob|Urška Turk"),
    # Welsh typed on Western Windows (the nineteenth round's Pegasus Mail book)
    "cy": (["cp1252"], ("Enw", "Cyfeiriad e-bost"),
           "Siân Prys-Jones|Dafydd Siôn|Gwenllïan Morgan|Siôn Tudur|Elen Siân Roberts|"
           "Rhodri Glyn|Nia Wyn Jones|Catrin Môn|Ffion Hughes|Tomos Ifan"),
    "tr": (["cp1254", "iso8859-9", "cp857"], ("Adı Soyadı", "E-posta"),
           "Ayşe Yılmaz|Mehmet Öztürk|Fatma Şahin|Çağrı Kılıç|Hüseyin Çelik|Zeynep Yıldız|"
           "Gökhan Doğan|Emine Aydın|Özgür Şimşek|İbrahim Koç"),
    # Kurmanji Kurdish typed on Turkish Windows (the nineteenth round's list)
    "ku": (["cp1254", "iso8859-9"], ("Nav û paşnav", "E-name"),
           "Şêrko Zêbarî|Rojda Aydın|Dîlan Bêrîtan|Welat Xelîl|Bêrîvan Şêx|Azad Bûyer|"
           "Nûjîn Çiya|Hêvî Zagros|Jîndar Şervan|Evîn Rûken"),
    "el": (["cp1253", "iso8859-7", "cp737"], ("Ονοματεπώνυμο", "Ηλεκτρονικό ταχυδρομείο"),
           "Γιώργος Παπαδόπουλος|Μαρία Οικονόμου|Δημήτρης Γεωργίου|Ελένη Νικολάου|"
           "Νίκος Κωνσταντίνου|Σοφία Ιωάννου|Κώστας Βασιλείου|Αικατερίνη Αθανασίου|"
           "Γιάννης Χριστοδούλου|Βασιλική Δημητρίου"),
    "lt": (["cp1257", "iso8859-13", "iso8859-4", "cp775"], ("Vardas, pavardė", "El. paštas"),
           "Jonas Kazlauskas|Rūta Petrauskienė|Vytautas Žukauskas|Birutė Stankevičienė|"
           "Kęstutis Šimkus|Aušra Paulauskaitė|Tomas Vasiliauskas|Živilė Butkutė|Antanas Urbonas|"
           "Gražina Jankauskienė"),
    "lv": (["cp1257", "iso8859-13", "iso8859-4"], ("Vārds, uzvārds", "E-pasts"),
           "Jānis Bērziņš|Līga Kalniņa|Pēteris Ozoliņš|Kristīne Liepiņa|Mārtiņš Krūmiņš|"
           "Ilze Pētersone|Kārlis Vītols|Inese Kļaviņa|Ģirts Zariņš|Andris Ķēniņš"),
    "et": (["cp1257", "iso8859-13", "iso8859-4", "iso8859-15"], ("Nimi", "E-post"),
           "Jüri Tamm|Tõnu Saar|Märt Sepp|Külli Mägi|Kadri Kask|Toomas Pärn|Õie Kõiv|Mari Jõgi|"
           "Jaan Põder|Tiiu Sõber"),
    "ru": (["cp1251", "koi8-r", "iso8859-5", "cp866", "mac_cyrillic"], ("Имя", "Электронная почта"),
           "Иван Петров|Мария Смирнова|Сергей Кузнецов|Анна Иванова|Дмитрий Попов|"
           "Елена Васильева|Алексей Соколов|Ольга Михайлова|Николай Новиков|Татьяна Морозова"),
    "uk": (["cp1251", "koi8-u"], ("Прізвище та ім'я", "Електронна пошта"),
           "Олександр Шевченко|Олена Коваленко|Андрій Бондаренко|Ірина Ткаченко|Сергій Кравченко|"
           "Юлія Олійник|Тарас Шевчук|Оксана Ковальчук|Євген Поліщук|Наталія Бойко"),
    "bg": (["cp1251", "iso8859-5"], ("Име", "Имейл"),
           "Георги Иванов|Мария Георгиева|Димитър Петров|Елена Николова|Петър Христов|"
           "Десислава Стоянова|Николай Тодоров|Йорданка Йорданова|Иван Ангелов|Радка Димитрова"),
    "sr": (["cp1251", "iso8859-5"], ("Име и презиме", "Е-пошта"),
           "Марко Јовановић|Јована Петровић|Никола Николић|Милица Марковић|Ђорђе Ђорђевић|"
           "Драган Стојановић|Љубица Илић|Стефан Станковић|Ана Павловић|Душан Ћирић"),
    "he": (["cp1255", "iso8859-8", "cp862"], ("שם", "דואל"),
           "דוד כהן|שרה לוי|משה מזרחי|רחל פרץ|יוסף ביטון|מרים דהן|יעקב אברהם|נועה פרידמן|"
           "יצחק לוי|רונית כהן"),
    "ar": (["cp1256", "cp720"], ("الاسم", "البريد الإلكتروني"),
           "محمد أحمد|فاطمة علي|خالد حسن|عائشة حسين|عمر يوسف|مريم إبراهيم|مصطفى خالد|سارة محمد|"
           "علي عبدالله|ليلى عمر"),
    "th": (["cp874"], ("ชื่อ", "อีเมล"),
           "สมชาย ใจดี|สมศรี แก้ว|วิชัย สุนทร|มาลี ประเสริฐ|สมหญิง ใจดี|ประเสริฐ แก้ว|"
           "สุนทร สมศรี|วิชัย ใจดี|มาลี แก้ว|สมชาย ประเสริฐ"),
    "vi": (["cp1258"], ("Họ và tên", "Địa chỉ email"),
           "Nguyễn Văn Hùng|Trần Thị Hương|Lê Minh Tuấn|Phạm Thu Thảo|Hoàng Đức Thành|"
           "Huỳnh Ngọc Quỳnh|Vũ Tiến Dũng|Đặng Thị Lan|Bùi Quang Minh|Đỗ Hồng Nhung"),
    "de": (["cp1252", "iso8859-15", "cp850", "cp437", "mac_roman"],
           ("Vollständiger Name", "E-Mail-Adresse"),
           "Jürgen Müller|Björn Schröder|Günter Köhler|Käthe Schäfer|Jörg Weiß|Uwe Groß|"
           "Sabine Krüger|Dieter Bäcker|Renate Fröhlich|Hans Würth"),
    "fr": (["cp1252", "iso8859-15", "cp850", "mac_roman"], ("Prénom et nom", "Adresse électronique"),
           "François Lefèvre|Hélène Dubois|Jérôme Moreau|Chloé Lefébure|Frédéric Girard|"
           "Élodie Rousseau|René Faure|Cécile Mercier|Gaël Bonnet|Noël Lambert"),
    "es": (["cp1252", "iso8859-15", "cp850", "cp437", "mac_roman"], ("Nombre", "Correo electrónico"),
           "José García|María Martínez|Jesús González|Ángel Rodríguez|Lucía Fernández|"
           "Sofía López|Iñigo Sánchez|Nuria Pérez|Andrés Gómez|Begoña Muñoz"),
    "pt": (["cp1252", "iso8859-15", "cp850", "cp860", "mac_roman"], ("Nome", "Endereço de e-mail"),
           "João Gonçalves|Antônio Simões|Conceição Araújo|Márcia Magalhães|José Conceição|"
           "Luís Fernandes|Inês Brandão|Sebastião Lopes|Vitória Guimarães|Thaís Leão"),
    "sv": (["cp1252", "iso8859-15", "cp850", "mac_roman"], ("Namn", "E-postadress"),
           "Åsa Ström|Göran Jönsson|Björn Ångström|Märta Lindqvist|Örjan Sjöberg|Kjell Åberg|"
           "Maja Öberg|Lars Nyström|Karin Håkansson|Sören Bäckström"),
    "da": (["cp1252", "iso8859-15", "cp850", "mac_roman"], ("Navn", "E-mailadresse"),
           "Søren Jørgensen|Bjørn Møller|Mette Kjær|Jens Østergaard|Ida Sørensen|Rasmus Bækgaard|"
           "Pia Kjærsgaard|Mads Grønbæk|Lærke Holm|Anders Ødegaard"),
    "fi": (["cp1252", "iso8859-15", "cp850"], ("Nimi", "Sähköpostiosoite"),
           "Mikko Jääskeläinen|Päivi Mäkinen|Jyrki Hämäläinen|Sari Järvinen|Matti Määttä|"
           "Riikka Kärkkäinen|Timo Pöllänen|Hannele Väänänen|Jussi Hyvärinen|Sini Räsänen"),
    "is": (["cp1252", "iso8859-15", "cp850"], ("Nafn", "Netfang"),
           "Jón Sigurðsson|Guðrún Þórðardóttir|Ólafur Björnsson|Þór Jónsson|Sigríður Ásgeirsdóttir|"
           "Björk Guðmundsdóttir|Davíð Oddsson|Hafdís Þorsteinsdóttir|Árni Magnússon|Kristín Ólafsdóttir"),
    "ja": (["cp932", "euc_jp", "iso2022_jp"], ("氏名", "メールアドレス"),
           "佐藤 太郎|鈴木 花子|高橋 健|田中 美咲|伊藤 翔|渡辺 結衣|山本 大輔|中村 さくら|小林 陽菜|加藤 誠"),
    "zh-Hans": (["gb18030", "hz"], ("姓名", "电子邮件"), "王伟|李娜|张敏|刘洋|陈静|杨磊|赵丽|黄勇|周杰|吴芳"),
    "zh-Hant": (["big5", "big5hkscs"], ("姓名", "電子郵件"), "王偉|李娜|張敏|劉洋|陳靜|楊磊|趙麗|黃勇|周傑|吳芳"),
    "ko": (["cp949"], ("이름", "이메일"),
           "김민준|이서연|박지훈|최수빈|정예은|강현우|조민서|윤하은|장도윤|임지아"),
}  # fmt: skip

# What users of a code page without a letter typed instead.
_LOOK_ALIKES = {"ș": "ş", "Ș": "Ş", "ț": "ţ", "Ț": "Ţ"}


def spelled(text: str, code_page: str) -> str | None:
    """`text` as `code_page` can write it (look-alikes, decomposed accents), or None."""
    for attempt in (text, "".join(_LOOK_ALIKES.get(c, c) for c in text)):
        try:
            attempt.encode(code_page)
            return attempt
        except UnicodeEncodeError:
            pass
        try:  # cp1258 writes Vietnamese tones as combining marks
            unicodedata.normalize("NFD", attempt).encode(code_page)
            return attempt
        except UnicodeEncodeError:
            pass
    return None


def encode(text: str, code_page: str) -> bytes:
    try:
        return text.encode(code_page)
    except UnicodeEncodeError:
        out = b""
        for char in text:
            try:
                out += char.encode(code_page)
            except UnicodeEncodeError:
                out += unicodedata.normalize("NFD", char).encode(code_page)
        return out


def files(rows: int = 10, *, header: bool = True):
    """(language, code page, expected names, CSV bytes) for every pair that can be written."""
    for language, (code_pages, (name_col, email_col), names) in PEOPLE.items():
        people = names.split("|")
        for code_page in code_pages:
            written = [spelled(n, code_page) for n in people]
            head = (spelled(name_col, code_page), spelled(email_col, code_page))
            if None in written or None in head:
                continue
            chosen = [written[i % len(written)] for i in range(rows)]
            lines = [f"{head[0]},{head[1]}"] if header else []
            lines += [f"{n},person{i}@example.com" for i, n in enumerate(chosen)]
            data = encode("\r\n".join(lines) + "\r\n", code_page)
            yield language, code_page, chosen, data
