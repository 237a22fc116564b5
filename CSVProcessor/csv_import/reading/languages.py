# ruff: noqa: E501 - data: one line per language reads best
"""What real text looks like in each language a legacy code page writes: the evidence for code_pages.py.

For each language: the letters beyond ASCII its alphabet has (lower case; upper
case follows), a weight (a rare language's letters count for less: Turkish
`Ayşe` read as cp1252 gives `Ayþe`, Icelandic letters), and common words: the
header words of an export (name, e-mail, address...) and frequent given and
family names, written from the languages' own spelling rules, not from a corpus.
For CJK, a handful of the most frequent characters in names and headers.

CODE_PAGES says which languages each candidate code page writes; a decoding is
judged against those languages only.
"""

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    letters: frozenset[str]  # beyond ASCII, both cases
    words: frozenset[str]  # lower case
    weight: float = 1.0


def _language(code: str, letters: str, words: str, weight: float = 1.0) -> Language:
    both = set(letters) | set(letters.upper()) | {c.upper() for c in letters if len(c.upper()) == 1}
    if code == "tr":
        both |= {"İ", "ı"}
    both = {c for c in both if len(c) == 1 and not c.isascii()}
    return Language(code, frozenset(both), frozenset(words.split()), weight)


def _vietnamese_letters() -> str:
    marks = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]
    bases = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
    return "đ" + "".join(unicodedata.normalize("NFC", b + m) for b in bases for m in marks)


_CYRILLIC_RU = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_ARABIC = "".join(chr(c) for c in range(0x0621, 0x064B))
_HEBREW = "".join(chr(c) for c in range(0x05D0, 0x05EB))
# Thai without ฃ, ฅ and ฦ: obsolete, and what other code pages' bytes read as in cp874.
_THAI = "".join(
    chr(c)
    for c in [*range(0x0E01, 0x0E3B), *range(0x0E40, 0x0E4F)]
    if c not in (0xE03, 0xE05, 0xE26)
)

LANGUAGES = {
    lang.code: lang
    for lang in [
        _language("en", "", ""),
        _language(
            "de",
            "äöüß",
            "straße vollständiger geschäftlich müller schröder schäfer köhler jürgen jörg björn günter",
        ),
        _language(
            "fr",
            "àâæçéèêëîïôœùûüÿ",
            "prénom société téléphone électronique adresse françois hélène rené chloé élodie jérôme frédéric andré cécile gaël noël",
        ),
        _language(
            "es",
            "áéíñóúü",
            "teléfono electrónico dirección josé maría garcía martínez gonzález rodríguez fernández lópez sánchez pérez gómez jesús ángel muñoz peña núñez",
        ),
        _language(
            "pt",
            "àáâãçéêíóôõú",
            "endereço eletrônico electrónico joão josé antônio antónio conceição gonçalves simões magalhães são araújo márcia",
        ),
        _language("it", "àèéìíîòóùú", "società città niccolò"),
        _language("ca", "àçèéíïòóúü", "adreça electrònic"),
        _language("nl", "áéëïóöü", ""),
        _language("sv", "åäöé", "förnamn åsa göran björn jönsson ström ångström"),
        _language(
            "da", "æøåé", "søren jørgen bjørn sørensen jørgensen møller kjær østergaard ødegaard"
        ),
        _language("no", "æøåéóò", "søren jørgen bjørn ødegaard"),
        _language(
            "fi", "äöåšž", "sähköposti sähköpostiosoite jääskeläinen mäkinen hämäläinen järvinen"
        ),
        _language(
            "is",
            "áðéíóúýþæö",
            "jón sigurður guðrún þór þórður ólafur björk nafn netfang þorsteinn þorsteinsdóttir "
            "þorsteinsson hafdís þórunn þórðardóttir sigríður guðmundsdóttir ásgeirsdóttir "
            "magnússon ólafsdóttir kristín árni davíð jónsdóttir þorgerður aðalsteinn",
            0.8,
        ),
        _language("ga", "áéíóú", "seán siobhán máire"),
        # Welsh: the circumflex (to bach) on every vowel, ŵ and ŷ (no cp1252 byte) aside
        _language("cy", "âêîôûïŵŷ", "siân siôn gwenllïan môn ffôn côr tŷ enw"),
        _language(
            "pl",
            "ąćęłńóśźż",
            "imię małgorzata łukasz paweł michał kraków łódź wiśniewski wójcik kamiński zieliński szymański woźniak dąbrowski kozłowski józef stanisław bożena elżbieta jędrzej grażyna",
        ),
        _language(
            "cs",
            "áčďéěíňóřšťúůýž",
            "jméno příjmení e-mailová e-mailová adresa jiří tomáš lukáš václav františek věra novák novotný dvořák černý kučera veselý horák němec pokorný růžička krejčí šťastný",
        ),
        _language(
            "sk",
            "áäčďéíĺľňóôŕšťúýž",
            "meno ľubomír ľudovít ján štefan mária katarína kováč baláž lukáč",
        ),
        _language(
            "hu",
            "áéíóöőúüű",
            "név cím vezetéknév keresztnév telefonszám kovács tóth szabó horváth németh takács juhász mészáros oláh rácz lászló józsef zoltán sándor gábor péter istván mária erzsébet éva győző ödön lőrinc gyöngyi sütő szűcs fülöp dénes ágnes jános tünde",
        ),
        _language(
            "ro",
            "ăâîșțşţ",
            "adresă ștefan ştefan gheorghiță stănescu bălan țurcanu răzvan cătălin mădălina",
        ),
        _language(
            "hr",
            "čćđšž",
            "željko đurđica đorđe kovačević babić marić jurić knežević vuković marković petrović jovanović nikolić ilić đukić čović šimić živković stanković šarić lovrić tomić božić matić",
        ),
        _language(
            "sl",
            "čšž",
            "zupančič potočnik kovačič božič čeh šuštar jožef anže žan špela nuša maša "
            "tjaša nataša žiga aljaž uroš matjaž primož rožič kuš",
        ),
        _language("sq", "çë", ""),
        _language(
            "tr",
            "çğıöşüâîû",
            "adı soyadı e-posta ayşe hüseyin i̇brahim yılmaz şahin çelik yıldız yıldırım öztürk aydın özdemir doğan kılıç çetin koç özkan şimşek çağrı gül şükrü gökhan özgür ömer",
        ),
        # Kurmanji Kurdish (Hawar's Latin alphabet), typed on Turkish Windows: cp1254's ê, î, û
        _language("ku", "çêîşû", "nav paşnav navê têlefon şêrko zêbarî rojda dîlan bêrîvan welat"),
        _language(
            "lt",
            "ąčęėįšųūž",
            "pavardė paštas stankevičius žukauskas šimkus rūta jūratė birutė danutė gražina aušra kęstutis gintarė živilė",
        ),
        _language(
            "lv",
            "āčēģīķļņšūž",
            "vārds uzvārds jānis pēteris kārlis mārtiņš līga kristīne bērziņš kalniņš ozoliņš liepiņš krūmiņš pētersons vītols kļaviņš zariņš ģirts ķēniņš",
        ),
        _language(
            "et", "äöõüšž", "mägi pärn jüri tõnu märt külli õie sõber õunapuu põder kõiv jõgi"
        ),
        _language(
            "vi",
            _vietnamese_letters(),
            "họ tên địa chỉ điện thoại nguyễn trần lê phạm hoàng huỳnh vũ võ đặng bùi đỗ hồ ngô dương lý văn thị hương thảo hùng dũng tuấn quỳnh đức thành",
        ),
        _language(
            "ru",
            _CYRILLIC_RU,
            "имя фамилия почта адрес электронная телефон отчество иван сергей александр дмитрий андрей алексей михаил владимир николай мария анна елена ольга наталья татьяна ирина екатерина иванов смирнов кузнецов попов васильев петров соколов михайлов новиков фёдоров морозов волков иванова смирнова петрова",
        ),
        _language(
            "uk",
            "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя’",
            "ім'я ім’я прізвище пошта адреса електронна телефон олександр сергій андрій володимир олена ірина наталія юлія оксана мельник шевченко коваленко бондаренко ткаченко кравченко олійник шевчук ковальчук поліщук бойко лисенко марченко іван петро тарас григорій юрій євген",
        ),
        _language("be", "абвгдеёжзійклмнопрстуўфхцчшыьэюя", "імя прозвішча"),
        _language(
            "bg",
            "абвгдежзийклмнопрстуфхцчшщъьюя",
            "име фамилия поща адрес имейл георги иван димитър николай петър мария елена йорданка десислава иванов георгиев димитров петров николов христов стоянов тодоров йорданов ангелов",
        ),
        _language(
            "sr",
            "абвгдђежзијклљмнњопрстћуфхцчџш",
            "име презиме адреса пошта марко никола стефан јована милица драган ђорђе јовановић петровић николић марковић ђорђевић стојановић илић станковић павловић милошевић ћирић љубица",
        ),
        _language("mk", "абвгдѓежзѕијклљмнњопрстќуфхцчџш", "име презиме адреса"),
        _language(
            "el",
            "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
            "όνομα επώνυμο ονοματεπώνυμο διεύθυνση ηλεκτρονικό ταχυδρομείο τηλέφωνο γιώργος γεώργιος δημήτρης νίκος κώστας γιάννης ιωάννης μαρία ελένη αικατερίνη βασιλική σοφία παπαδόπουλος παπαδοπούλου οικονόμου γεωργίου νικολάου κωνσταντίνου ιωάννου βασιλείου αθανασίου χριστοδούλου δημητρίου μακρής παππάς",
        ),
        _language(
            "he",
            _HEBREW,
            "שם פרטי משפחה דואל אימייל כתובת טלפון כהן לוי מזרחי פרץ ביטון דהן אברהם פרידמן יוסף דוד משה יעקב שרה רחל מרים נועה יצחק אבי רונית",
        ),
        _language(
            "ar",
            _ARABIC,
            "الاسم اسم البريد الإلكتروني الالكتروني العنوان الهاتف محمد أحمد علي حسن حسين فاطمة عائشة مريم خالد عمر عبد الله عبدالله يوسف إبراهيم مصطفى سارة نور ليلى",
        ),
        _language(
            "fa",
            _ARABIC + "پچژگکیی‌",
            "نام خانوادگی ایمیل پست الکترونیکی آدرس تلفن محمد علی رضا حسین مهدی فاطمه زهرا مریم سارا احمدی محمدی حسینی رضایی کریمی موسوی جعفری",
        ),
        _language(
            "th", _THAI, "ชื่อ นามสกุล อีเมล ที่อยู่ โทรศัพท์ สมชาย สมศรี สมหญิง วิชัย ประเสริฐ สุนทร มาลี แก้ว ใจดี"
        ),
    ]
}

_WESTERN = "en de fr es pt it ca nl sv da no fi is ga cy"
_CENTRAL = "pl cs sk hu ro hr sl sq"
_CYRILLIC = "ru uk be bg sr mk"
_BALTIC = "lt lv et"

# Candidate code pages, in order of preference when two read the evidence the same,
# with the languages each writes. CJK ones are judged by their characters instead.
CODE_PAGES = {
    "cp1252": _WESTERN,
    "cp1250": _CENTRAL,
    "cp1251": _CYRILLIC,
    "cp1253": "el",
    "cp1254": "tr ku",
    "cp1257": _BALTIC,
    "cp1255": "he",
    "cp1256": "ar fa",
    "cp1258": "vi",
    "cp874": "th",
    "iso8859-15": _WESTERN,
    "iso8859-2": _CENTRAL,
    "iso8859-16": "ro pl hu hr sl",
    "iso8859-5": _CYRILLIC,
    "iso8859-7": "el",
    "iso8859-9": "tr ku",
    "iso8859-13": _BALTIC,
    "iso8859-4": _BALTIC,
    "iso8859-8": "he",
    "koi8-r": "ru bg",
    "koi8-u": "uk ru be",
    "cp866": "ru uk be",
    # DOS Ukrainian (RUSCII): cp866 with Ґ, Є, І, Ї in place of cp866's Ё, Є, Ї, Ў; a
    # Ukrainian DOS program's `ПРІЗВИЩЕ` read in cp866 was `ПРЎЗВИЩЕ`, no name word
    "cp1125": "uk",
    "cp850": _WESTERN,
    "cp437": _WESTERN,
    "cp852": _CENTRAL,
    "cp775": _BALTIC,  # DOS Baltic
    "cp720": "ar",  # DOS Arabic
    # DOS Greek, Hebrew and Turkish: a DOS program's export (a ledger, a membership list)
    # read in cp866 gave Cyrillic mojibake for Greek and Hebrew names, and no reading of
    # Turkish; each reads its own letters where cp437's accented Latin ones are, so Western
    # text is no word in them. cp857 after cp850: it reads Western text as cp850 does.
    "cp737": "el",
    "cp862": "he",
    "cp857": "tr ku",
    # DOS Portuguese: a Portuguese DOS ledger's `JOÃO` read in cp850 was `JOÄO` (its Ã, Õ,
    # ã and õ sit where cp850 has Ä, Ö, ä and ö, no Portuguese letters). After cp850, as
    # cp857: it reads the rest of Western text as cp850 does.
    "cp860": "pt",
    # DOS Icelandic and DOS Canadian French (twenty-third round): an Icelandic club's DOS
    # register read in cp850 gave `Guîrún` for `Guðrún` (cp861 puts ð, Ð, þ, Þ where cp850
    # has î, ì, ª and the like); a Québec one gave `Marie-æve` for `Marie-Ève` (cp863 puts
    # È, Ê, À where cp850 has Æ, æ, Ä). After cp850, as cp860: each reads the rest of
    # Western text as cp437 does.
    "cp861": "is",
    "cp863": "fr",
    "mac_roman": _WESTERN,
    "mac_cyrillic": _CYRILLIC,  # Excel for Mac's "CSV (Macintosh)" on a Cyrillic system
    "cp932": "ja",
    "euc_jp": "ja",  # Unix Japanese: its kana are GB2312's, its kanji not, so it must be a candidate
    "gb18030": "zh",
    "big5": "zh",
    "big5hkscs": "zh",  # Hong Kong's Big5 with HKSCS: reads Big5 the same, so Big5 names it
    "cp949": "ko",
}
CJK = ("cp932", "euc_jp", "gb18030", "big5", "big5hkscs", "cp949")

# Characters frequent in names and export headers: a decoding that yields them
# reads as real text; a wrong CJK decoding gives valid but rare characters.
FREQUENT_HAN = frozenset(
    # Chinese family names, simplified and traditional
    "王李张张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭蔣葉蘇呂盧鍾譚陸賈韋傅鄒閻龍賀顧龔萬錢嚴湯"
    # given-name characters, simplified and traditional
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英霞平刚桂华玉萍红建文辉力鹏斌宇浩凯健俊帆帅旭宁林欣佳怡婷雪琳晶颖慧梅兰芬燕玲丹萌倩晨阳飞鑫波宏志国海峰云春小子一嘉思雨梓涵博轩诗晓家天成德安立新永荣光庆福生清学淑美惠珍雅君豪翔铭宗贤哲玮柏廷"
    "偉靜麗強軍艷傑濤剛華紅輝鵬凱帥寧穎蘭陽飛國雲軒詩曉榮慶學銘賢瑋"
    # header words: 姓名 电子邮件 邮箱 地址 电话 手机 (and traditional)
    "姓名字电邮件箱址话手机電郵話機號码碼联系聯絡人"
    # Japanese family and given names, header words (氏名 名前 メール 住所 電話 番号 会社)
    "佐藤鈴木高橋田中伊渡辺山本小林加吉松井清水斎森池阿部石川前岡長谷村坂遠青西原太郎一子美恵和也大健翔真由奈花愛結陽菜蓮悠湊優翼誠明雄博幸直洋正浩隆秀裕香里智彩千代江久氏前住番号会社"
)
FREQUENT_HANGUL = frozenset(
    # family names
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모"
    # given-name syllables
    "준현수영우예은동재호혜희경상승종태아미철혁훈용병광순숙자다린빈율온건찬규환형범택근식일애란향실보비세시"
    # header words: 이름 이메일 메일 주소 전화 번호 성명 휴대폰
    "름메일소화번호휴대폰"
)


# The languages each country-code domain's country writes, as CLDR lists its official
# languages (https://cldr.unicode.org, supplemental territoryInfo), kept to those above: an
# address at seznam.cz is a Czech's, at sapo.pt a Portuguese's. Generic domains (.com,
# .org) and countries of languages none of the code pages writes are not listed.
DOMAIN_LANGUAGES = {
    "pt": "pt", "br": "pt", "ao": "pt", "mz": "pt",
    "es": "es ca", "mx": "es", "ar": "es", "co": "es", "cl": "es", "pe": "es", "ve": "es",
    "ec": "es", "gt": "es", "cu": "es", "bo": "es", "do": "es", "hn": "es", "py": "es",
    "sv": "es", "ni": "es", "cr": "es", "pa": "es", "uy": "es", "ad": "ca",
    "fr": "fr", "be": "nl fr de", "ch": "de fr it", "lu": "fr de", "mc": "fr",
    "de": "de", "at": "de", "li": "de", "it": "it", "sm": "it", "nl": "nl",
    "se": "sv", "dk": "da", "no": "no", "fi": "fi sv", "is": "is", "ie": "ga en",
    "uk": "en", "us": "en", "au": "en", "nz": "en", "ca": "en fr",
    "pl": "pl", "cz": "cs", "sk": "sk", "hu": "hu", "ro": "ro", "md": "ro", "hr": "hr",
    "si": "sl", "rs": "sr", "me": "sr", "ba": "hr sr", "al": "sq", "xk": "sq sr",
    "tr": "tr", "cy": "el tr", "gr": "el", "lt": "lt", "lv": "lv", "ee": "et",
    "ru": "ru", "ua": "uk", "by": "be ru", "bg": "bg", "mk": "mk", "kz": "ru", "kg": "ru",
    "il": "he", "ir": "fa", "af": "fa",
    "sa": "ar", "ae": "ar", "eg": "ar", "jo": "ar", "iq": "ar", "sy": "ar", "lb": "ar",
    "kw": "ar", "qa": "ar", "bh": "ar", "om": "ar", "ye": "ar", "ly": "ar", "tn": "ar",
    "dz": "ar", "ma": "ar", "sd": "ar", "ps": "ar",
    "vn": "vi", "th": "th", "jp": "ja", "cn": "zh", "tw": "zh", "hk": "zh", "mo": "zh",
    "kr": "ko",
}  # fmt: skip
