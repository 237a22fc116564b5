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
    "kind": "a file kind the reader does not read (LDIF: one attribute per line, not a table)",
}

ENCODING = ("encoding", "headers")
FAMILY_FIRST = ("headers", "name-order")

KNOWN_FAILURES: dict[str, tuple[str, ...]] = {
    # unseen_more.py (2026-12-05): the wrong people
    "kktix-attendees-zh-tw": (
        "headers",
    ),  # 聯絡人 (the order's contact) read before the attendee (參加人): no word for either;
    # 联系人 is the contact person in a CRM list, so it cannot simply be an exclusion word
    "misa-amis-nhanvien-vi": (
        "headers",
        "fallback",
    ),  # 'Email công ty' excluded as a company column: personal address first, a person lost
    # (a company word beside an email word is an exclusion today: "Company Email" is the firm's)
    # unseen_third.py (2026-12-05): the wrong people
    "ad-csvde-users-de": (
        "content",
        "headers",
    ),  # 'distinguishedName' (camelCase: a name word) holds DNs, 0% names, yet is the first
    # whole name; then 'name' ('Weiß, Jürgen', the RDN) would rank before 'displayName'
    "excel-bg-spisak": (
        "headers",
    ),  # 'Презиме' is bg middle and sr family: read as a second family name beside 'Фамилия'
    "wilma-oppilaat-fi": (
        "headers",
        "fallback",
    ),  # 'Etunimet' (given names, plural) is no word: with a family name alone, the guardian's
    # 'Huoltajan nimi' is the whole name and 'Huoltajan sähköposti' a fallback (with 'Etunimi'
    # it passes: the paired name and address are dropped beside given and family names)
    "teamsnap-roster": (
        "fallback",
    ),  # 'Contact 1 Email Address 1' (a parent's, beside 'Contact 1 First/Last Name') is the
    # player's fallback: Mason Rivera stored with his mother's address
    "civicrm-kontakte-de": (
        "headers",
    ),  # 'Sortiername' ('Brandt, Helga', compound tail 'name': a plain Name) before 'Anzeigename'
}


# The metamorphic test's cases ("<people set>-<writer>") that fail today: none (every
# writer, code pages included, gives the same table).
WRITER_FAILURES: dict[str, tuple[str, ...]] = {}


# Shapes whose known fields (Shape.known, Export.known) come out wrong today, and why; the
# known-field test marks them xfail(strict=True) as the corpus test does.
KNOWN_FIELD_FAILURES: dict[str, str] = {
    "meetup-attendees": "job title: Meetup's «Title» is the member's role in the group (Co-organizer), read as a job title",
    "salesloft-people": "company: a bare «Account» is the company in SalesLoft, a login elsewhere; it stays an exclusion word only",
    # unseen_more.py (2026-12-05)
    "discourse-user-list": "job title: Discourse's «title» is a forum title (Leader, Regular), read as a job title",
    "kktix-attendees-zh-tw": "phone: the order contact's phone (wrong people)",
    "pipeliner-contacts-xlsx": "company: «Primary Account» (Account is an exclusion word only)",
    "misa-amis-nhanvien-vi": "the personal address stored with its job title, a person without one lost (Email công ty excluded)",
    # unseen_third.py (2026-12-05)
    "excel-el-katalogos": "company: «ΦΟΡΕΑΣ» (the body one works for) is in no vocabulary",
    "excel-fa-fehrest": "job title: «سمت» (position) is in no vocabulary",
    "excel-hi-suchi": "company: «संस्था» (institution) is in no vocabulary",
    "excel-id-daftar-hadir": "phone, company, job title: «No. HP», «Instansi», «Jabatan» are in no vocabulary",
    "excel-ro-participanti-cedilla": "company, job title: «Instituţia», «Funcţia» (either spelling) are in no vocabulary",
    "excel-vi-danh-sach-cp1258": "company: «Đơn vị» (unit, the workplace) is in no vocabulary",
    "excel-et-nimekiri": "company, job title: «Asutus», «Ametikoht» are in no vocabulary",
    "excel-is-felagatal": "company: «Vinnustaður» (workplace) is in no vocabulary",
    "wilma-oppilaat-fi": "phone, other addresses: the guardian's (Huoltajan puhelin, Huoltajan sähköposti) (wrong people)",
    "teamsnap-roster": "job title: «Position» is the player's position (Forward); the parent's phone and address (wrong people)",
    "churchsuite-addressbook": "job title: «Job» is in no vocabulary, so the bare «Title» (Mrs, Mr: prefixes without a dot) is read as one",
    "donorperfect-donors": "job title: «PROF_TITLE» (professional title) is a Title qualified by an unknown word, so no job title",
    "civicrm-kontakte-de": "company, job title: «Aktueller Arbeitgeber», «Berufsbezeichnung» are in no vocabulary",
}


def reason(name: str) -> str:
    classes = KNOWN_FAILURES.get(name) or WRITER_FAILURES[name]
    return "; then ".join(f"{c}: {CLASSES[c]}" for c in classes)
