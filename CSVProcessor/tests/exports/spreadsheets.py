"""Sheets people make themselves, saved as CSV by Excel or LibreOffice in their language.

Excel's "CSV (delimited)" writes the ANSI code page of the Windows locale and its
list separator (';' where the decimal separator is ','); "CSV (Macintosh)" writes
MacRoman with CR line ends and "CSV (MS-DOS)" the OEM code page (cp850 in Western
Europe). The headers are what a user of that language types: the column titles
are recalled, the encodings and separators are Excel's documented behaviour.
"""

from CSVProcessor.tests.exports.builders import Shape

EXCEL = "Microsoft Excel"
SOURCE = "Excel 'Save as CSV' in the locale (recalled headers a user types)"


def sheet(name, language, header, rows, people, encoding, delimiter=";", **extra) -> Shape:
    return Shape(
        name=name,
        product=extra.pop("product", EXCEL),
        language=language,
        source=extra.pop("source", SOURCE),
        header=header,
        rows=rows,
        people=people,
        encoding=encoding,
        delimiter=delimiter,
        **extra,
    )


# Vietnamese in windows-1258 is written with combining marks where no precomposed
# letter exists (ễ = ê + U+0303, ọ = o + U+0323); the stored name is NFC.
VI_HEADER = "Ho\u0323 va\u0300 t\u00ean"
VI_NAME = "Nguy\u00ea\u0303n V\u0103n An"

SHAPES = [
    sheet("excel-pl", "pl", ("Imię", "Nazwisko", "Adres e-mail"),
          (("Łukasz", "Wiśniewski", "lukasz@example.pl"), ("Zofia", "Wójcik", "zofia@example.pl")),
          (("Łukasz Wiśniewski", "lukasz@example.pl"), ("Zofia Wójcik", "zofia@example.pl")), "cp1250"),
    sheet("excel-cs", "cs", ("Jméno", "Příjmení", "E-mailová adresa"),
          (("Tomáš", "Černý", "tomas@example.cz"),),
          (("Tomáš Černý", "tomas@example.cz"),), "cp1250"),
    sheet("excel-hu", "hu", ("Vezetéknév", "Keresztnév", "E-mail cím"),
          (("Szabó", "Zoltán", "zoltan@example.hu"), ("Tóth", "Erzsébet", "erzsebet@example.hu")),
          (("Szabó Zoltán", "zoltan@example.hu"), ("Tóth Erzsébet", "erzsebet@example.hu")), "cp1250",
          notes="Hungarian names are written family first"),
    sheet("excel-tr", "tr", ("Ad", "Soyad", "E-posta"),
          (("Ayşe", "Yılmaz", "ayse@example.com.tr"), ("İsmail", "Çelik", "ismail@example.com.tr")),
          (("Ayşe Yılmaz", "ayse@example.com.tr"), ("İsmail Çelik", "ismail@example.com.tr")), "cp1254"),
    sheet("excel-el", "el", ("Ονοματεπώνυμο", "Email"),
          (("Νίκος Παπαδάκης", "nikos@example.gr"),),
          (("Νίκος Παπαδάκης", "nikos@example.gr"),), "cp1253"),
    sheet("excel-lt", "lt", ("Vardas", "Pavardė", "El. paštas"),
          (("Žydrūnas", "Šimkus", "zydrunas@example.lt"),),
          (("Žydrūnas Šimkus", "zydrunas@example.lt"),), "cp1257"),
    sheet("excel-vi", "vi", (VI_HEADER, "Email"), ((VI_NAME, "an.nguyen@example.vn"),),
          (("Nguyễn Văn An", "an.nguyen@example.vn"),), "cp1258", delimiter=","),
    sheet("excel-ko", "ko", ("이름", "이메일"), (("박지훈", "jihoon@example.kr"),),
          (("박지훈", "jihoon@example.kr"),), "cp949", delimiter=","),
    sheet("excel-zh-tw", "zh", ("姓名", "電子郵件地址"), (("陳大文", "chan.taiman@example.tw"),),
          (("陳大文", "chan.taiman@example.tw"),), "cp950", delimiter=","),
    sheet("excel-zh-cn-several", "zh", ("姓名", "邮箱"),
          (("王伟", "wang.wei@example.cn；wei.wang@example.com"), ("李芳", "li.fang@example.cn")),
          (("王伟", "wang.wei@example.cn"), ("李芳", "li.fang@example.cn")), "gb18030", delimiter=",",
          notes="two addresses in one cell, split by a full-width semicolon"),
    sheet("excel-ar", "ar", ("الاسم الكامل", "البريد الإلكتروني"), (("فاطمة الزهراء", "fatima@example.eg"),),
          (("فاطمة الزهراء", "fatima@example.eg"),), "cp1256", delimiter=","),
    sheet("excel-he", "he", ("שם מלא", 'דוא"ל'), (("יעל אברהם", "yael@example.co.il"),),
          (("יעל אברהם", "yael@example.co.il"),), "cp1255", delimiter=",",
          notes='the header דוא"ל holds a quote character'),
    sheet("excel-th", "th", ("ชื่อ-นามสกุล", "อีเมล"), (("สมหญิง รักไทย", "somying@example.co.th"),),
          (("สมหญิง รักไทย", "somying@example.co.th"),), "cp874", delimiter=","),
    sheet("excel-fa", "fa", ("نام و نام خانوادگی", "ایمیل"), (("مریم رضایی", "maryam@example.ir"),),
          (("مریم رضایی", "maryam@example.ir"),), "utf-8-sig", delimiter=","),
    sheet("excel-hi", "hi", ("नाम", "ईमेल"), (("अमित कुमार", "amit@example.in"),),
          (("अमित कुमार", "amit@example.in"),), "utf-8-sig", delimiter=","),
    sheet("excel-id", "id", ("Nama Lengkap", "Alamat Email"), (("Siti Rahayu", "siti@example.co.id"),),
          (("Siti Rahayu", "siti@example.co.id"),), "utf-8-sig", delimiter=","),
    sheet("excel-mac-fr", "fr", ("Prénom", "Nom", "Adresse e-mail"),
          (("Hélène", "Garçon", "helene@example.fr"),),
          (("Hélène Garçon", "helene@example.fr"),), "mac_roman", line_end="\r",
          source="Excel for Mac 'CSV (Macintosh)': MacRoman, CR line ends"),
    sheet("excel-msdos-de", "de", ("Name", "Vorname", "E-Mail"),
          (("Müller", "Jörg", "joerg@example.de"),),
          (("Jörg Müller", "joerg@example.de"),), "cp850",
          source="Excel 'CSV (MS-DOS)': the OEM code page (cp850)"),
    sheet("libreoffice-ru-koi8", "ru", ("Имя", "Фамилия", "Эл. почта"),
          (("Дмитрий", "Орлов", "dmitry@example.ru"),),
          (("Дмитрий Орлов", "dmitry@example.ru"),), "koi8_r", delimiter=",",
          product="LibreOffice Calc", source="LibreOffice Calc CSV export with character set KOI8-R"),
    sheet("plain-list-no-header", "en", ("Ana Lima", "ana.lima@example.br"),
          (("Tom Berg", "tom.berg@example.se"), ("Ola Nord", "ola@example.no")),
          (("Ana Lima", "ana.lima@example.br"), ("Tom Berg", "tom.berg@example.se"),
           ("Ola Nord", "ola@example.no")), "utf-8", delimiter=",",
          product="Plain list", source="a list with no header row: the first row is data",
          notes="no header at all: columns found by content"),
]  # fmt: skip
