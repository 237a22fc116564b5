"""Export shapes the reading code gets wrong today, each with its failure classes (issue 22).

The corpus tests mark these `xfail(strict=True)`: when a change makes one pass, the
test fails until its entry is removed here, so this list is always the truth.
The first class is the one that fails first; the others would follow once it is fixed.
"""

CLASSES = {
    "headers": "a header outside the alias list (another language, a qualified header)",
    "fallback": "no per-row fallback to a second or alternate address column it does not know",
    "content": "the content is not consulted (a column of addresses under an unknown header)",
    "table": "the table starts after a preamble whose own header names an email column",
    "encoding": "a legacy code page read as another one, without a word (mojibake)",
    "separators": "several addresses in a cell split only on ASCII separators",
    "no-header": "a file whose first row is data",
    "name-order": "family-name-first names (CJK, Hungarian) joined given name first",
}

ENCODING = ("encoding", "headers")
HEADERS = ("headers",)
FAMILY_FIRST = ("headers", "name-order")

KNOWN_FAILURES: dict[str, tuple[str, ...]] = {
    # Outlook: every language but English, Greek (English titles), Spanish and Portuguese
    # (English "E-mail Address") fails on its headers; Central European, Baltic and Turkish
    # code pages are read as windows-1252 first.
    "outlook-ar": HEADERS,
    "outlook-bg": HEADERS,
    "outlook-cs": ENCODING,
    "outlook-da": HEADERS,
    "outlook-et": HEADERS,
    "outlook-fi": HEADERS,
    "outlook-fr": HEADERS,
    "outlook-he": HEADERS,
    "outlook-hr": HEADERS,
    "outlook-hu": (*ENCODING, "name-order"),
    "outlook-it": HEADERS,
    "outlook-ja": FAMILY_FIRST,
    "outlook-ko": FAMILY_FIRST,
    "outlook-lt": ENCODING,
    "outlook-lv": ENCODING,
    "outlook-ro": ENCODING,
    "outlook-ru": HEADERS,
    "outlook-sk": HEADERS,
    "outlook-sl": HEADERS,
    "outlook-sr": HEADERS,
    "outlook-sv": HEADERS,
    "outlook-th": HEADERS,
    "outlook-tr": ENCODING,
    "outlook-uk": HEADERS,
    "outlook-zh": FAMILY_FIRST,
    "outlook-es": ("fallback", "headers"),  # "Dirección de correo electrónico 2" unknown
    "outlook-pt": ("fallback", "headers"),  # "Endereço de email 2" unknown
    "outlook-pt-PT": HEADERS,  # "Endereço de correio electrónico"
    # Address books and CRMs
    "google-csv-ja": ("name-order",),
    "thunderbird-en": ("fallback",),  # "Secondary Email"
    "thunderbird-de": HEADERS,
    "yahoo-mail": ("fallback",),  # "Alternate Email 1"
    "zoho-crm": ("fallback",),  # "Secondary Email"
    "pipedrive": HEADERS,  # "Person - Email - Work"
    # Reports, forms, regional tools
    "zoom-participants": ("table",),
    "zoom-participants-ja": ("table", "headers"),
    "zoom-webinar-attendees": ("table", "headers", "content"),  # the host's block wins
    "google-forms-en": HEADERS,  # "Full name (as printed on your badge)"
    "typeform": ("content", "headers"),
    "calendly": HEADERS,  # "Invitee Email", "Invitee Name"
    "bitrix24-ru": HEADERS,
    "1c-contacts-ru": HEADERS,
    "kintone-ja": HEADERS,
    "sansan-ja": FAMILY_FIRST,
    "dingtalk-zh": HEADERS,
    # Spreadsheets
    "excel-pl": ENCODING,
    "excel-cs": ENCODING,
    "excel-hu": (*ENCODING, "name-order"),
    "excel-tr": HEADERS,
    "excel-el": HEADERS,
    "excel-lt": ENCODING,
    "excel-vi": ENCODING,
    "excel-ko": ENCODING,
    "excel-zh-tw": ENCODING,
    "excel-zh-cn-several": ("headers", "separators"),
    "excel-ar": HEADERS,
    "excel-he": ENCODING,  # windows-1255 read as windows-1251
    "excel-th": HEADERS,
    "excel-fa": HEADERS,
    "excel-hi": HEADERS,
    "excel-id": HEADERS,
    "excel-msdos-de": ("encoding",),  # cp850 read as a CJK code page: a wrong name stored
    "libreoffice-ru-koi8": HEADERS,
    "plain-list-no-header": ("no-header",),
}


# The metamorphic test's cases ("<people set>-<writer>") that fail today.
# Each is read as another code page and stored as mojibake (koi8-r as Thai windows-874).
WRITER_FAILURES: dict[str, tuple[str, ...]] = {
    f"{people}-csv-{code_page}-{delimiter}-minimal": ("encoding",)
    for people, code_page in [("western", "mac_roman"), ("central", "iso8859_2"),
                              ("cyrillic", "koi8_r"), ("turkish", "cp1254"),
                              ("baltic", "cp1257")]
    for delimiter in ("comma", "semicolon")
}  # fmt: skip


def reason(name: str) -> str:
    classes = KNOWN_FAILURES.get(name) or WRITER_FAILURES[name]
    return "; then ".join(f"{c}: {CLASSES[c]}" for c in classes)
