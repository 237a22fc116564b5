"""Legacy code pages on language evidence: the right names, or a refusal, never mojibake.

The corpus (tests/exports/code_page_corpus.py) writes the same people, in their
languages, in each code page their countries used.
"""

import json
import re
import unicodedata
from collections import Counter

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from csv_import import cli
from csv_import.errors import InputError
from csv_import.reading import open_people
from csv_import.reading.code_pages import MARGIN, guess_code_page, rank
from csv_import.reading.encoding import detect_encoding
from CSVProcessor.tests.exports.code_page_corpus import PEOPLE, encode, files, spelled

# Romanian ș/ş (comma or cedilla) are one letter; cp1250 only has the cedilla.
FOLD = str.maketrans("șțȘȚ", "şţŞŢ")


def same(a: str, b: str) -> bool:
    nfc = unicodedata.normalize
    return nfc("NFC", a).translate(FOLD) == nfc("NFC", b).translate(FOLD)


def names_read(path) -> list[str] | None:
    """The names as the reader decodes them (first column), or None if it refuses."""
    try:
        with open_people(path, name_columns=["name"], email_columns=["email"]) as people:
            return [row.full_name for row in people.rows()]
    except InputError as error:
        assert "--encoding" in str(error)
        return None


def write(tmp_path, names, code_page, name="people.csv"):
    lines = ["name,email", *(f"{n},p{i}@example.com" for i, n in enumerate(names))]
    path = tmp_path / name
    path.write_bytes(encode("\r\n".join(lines) + "\r\n", code_page))
    return path


@pytest.mark.parametrize(("rows", "header"), [(10, True), (10, False), (3, False)])
def test_every_language_in_every_code_page_reads_right(tmp_path, rows, header):
    """Measured: every (language, code page) pair of the corpus reads right, small files too."""
    results = {}
    for language, code_page, names, data in files(rows, header=header):
        body = data.split(b"\r\n", 1)[1] if header else data
        path = tmp_path / f"{language}-{code_page}.csv"
        path.write_bytes(b"name,email\r\n" + body)
        got = names_read(path)
        if got is None:
            results[language, code_page] = "refused"
        else:
            right = len(got) == len(names) and all(map(same, got, names))
            results[language, code_page] = "right" if right else f"wrong: {got[:2]}"
    wrong = {pair: r for pair, r in results.items() if r.startswith("wrong")}
    assert not wrong
    assert len(results) >= 75
    assert list(results.values()).count("right") == len(results)


def one_person_files(tmp_path, domain=lambda language: "example.com"):
    """(right, refused, wrong) of each name of the corpus alone in a file under an ASCII
    header, in each code page its language is written in, its address at `domain`."""
    right, refused, wrong = 0, 0, []
    for language, (code_pages, _header, names) in PEOPLE.items():
        for code_page in code_pages:
            for name in names.split("|"):
                written = spelled(name, code_page)
                if written is None:
                    continue
                path = tmp_path / "one.csv"
                line = f"{written},p@{domain(language)}"
                path.write_bytes(encode(f"name,email\r\n{line}\r\n", code_page))
                got = names_read(path)
                if got is None:
                    refused += 1
                elif same(got[0], written):
                    right += 1
                else:
                    wrong.append((language, code_page, written, got[0]))
    return right, refused, wrong


def test_a_file_of_one_person_in_every_language_and_code_page_is_right_or_refused(tmp_path):
    """Measured: each name of the corpus alone in a file under an ASCII header, in each code
    page its language is written in (822 files). One name is little evidence: a reading that
    differs by one letter ties, and the file is refused with both readings named, never read
    wrong. 2026-12-07: 0 wrong, 101 refused; 99 once a word whose letters no one language
    writes together counts against its reading (cp1251's `Юля` is no longer tied with
    ISO-8859-5's `оыџ`); 98 once a Greek ς inside a word does (`Δθμθςπξβΰ`). With the
    nineteenth round's languages and code pages, 912 files: 0 wrong, 108 refused; with the
    twentieth's DOS Greek, Hebrew and Turkish (cp737, cp862, cp857), 942: 0 wrong, 108; with
    the twenty-first's DOS Portuguese (cp860), 952: 0 wrong, 113 (five Portuguese names in
    cp860 tied with cp850's or cp1252's reading of their one letter). The refusals left are
    one-letter ties (`Brandão`/`Brandăo`, `Veselá`/`Veselį`), where a name alone can't
    tell."""
    right, refused, wrong = one_person_files(tmp_path)
    assert wrong == []
    assert right + refused >= 800
    assert refused <= 113


def test_a_person_at_a_domain_of_their_country_settles_a_tie(tmp_path):
    """The same one-person files, each address at a domain of a country of its language
    where it has one (`p@mail.cz`; Welsh, Kurmanji: `.com`): 2026-12-07, of 822 files 0
    wrong and 55 refused where addresses at `example.com` leave 99; of 912 (the nineteenth
    round's languages), 0 wrong and 67 refused against 108; of 942 (the twentieth's DOS
    code pages), the same; of 952 (the twenty-first's cp860), 0 wrong and 72. The address
    never makes a file read wrong."""
    from csv_import.reading.languages import DOMAIN_LANGUAGES

    domains: dict[str, str] = {}
    for tld, languages in DOMAIN_LANGUAGES.items():
        for language in languages.split():
            domains.setdefault(language, tld)
    domains["zh-Hans"] = domains["zh-Hant"] = domains["zh"]
    _right, refused, wrong = one_person_files(
        tmp_path, lambda language: f"mail.{domains.get(language, 'com')}"
    )
    assert wrong == []
    assert refused <= 72


@pytest.mark.parametrize(
    ("line", "code_page", "read"),
    [
        ("Inês Brandão,ines@sapo.pt", "cp1252", ["Inês Brandão"]),
        ("Hana Veselá,hana@seznam.cz", "cp1250", ["Hana Veselá"]),
        ("Inês Brandão,ines@gmail.com", "cp1252", None),  # a generic domain: still a tie
        # cp850's right reading is behind the tied cp1252 one (`Groá`): refused, not read wrong
        ("Uwe Groß,uwe@web.de", "cp850", None),
        # `mail` in the address is no header word (it once settled this for cp1252's `B„cker`)
        ("Dieter Bäcker,p@mail.com", "cp850", None),
    ],
)
def test_an_addresses_country_and_its_limits(tmp_path, line, code_page, read):
    path = tmp_path / "one.csv"
    path.write_bytes(f"name,email\r\n{line}\r\n".encode(code_page))
    assert names_read(path) == read


@given(st.text(st.sampled_from("αβγδεζηθικλμνξοπρστυφχψωάέήίόύώ"), min_size=2, max_size=9))
def test_a_greek_final_sigma_counts_against_a_reading_only_inside_a_word(stem):
    """ς inside a word costs 2 more than σ there; at its end, nothing more."""
    from csv_import.reading.code_pages import _shape

    def shape(word):
        return _shape(word, Counter())

    inside = stem[:1] + "{}" + stem[1:]
    assert shape(inside.format("ς")) == shape(inside.format("σ")) - 2
    assert shape(stem + "ς") == shape(stem + "σ")


def test_a_word_of_two_languages_letters_counts_against_its_reading(tmp_path):
    """`Юля Ким`, one Russian row under an English header in cp1251, was refused: ISO-8859-5
    reads `оыџ Ким`, whose first word has Russian ы and Serbian џ, and scored the same."""
    path = write(tmp_path, ["Юля Ким"], "cp1251")
    assert names_read(path) == ["Юля Ким"]


@given(st.data())
def test_a_word_of_one_languages_letters_is_never_counted_against(data):
    """Any word of one language's letters, in any code page that writes that language."""
    from csv_import.reading.code_pages import _LANGS, _one_language

    code_page = data.draw(st.sampled_from(sorted(_LANGS)))
    assume(_LANGS[code_page])
    language = data.draw(st.sampled_from(_LANGS[code_page]))
    assume(language.letters)  # English: none beyond ASCII
    word = data.draw(st.text(st.sampled_from(sorted(language.letters)), min_size=2, max_size=9))
    assert _one_language(Counter(word), code_page) == 0


@pytest.mark.parametrize(
    ("code_page", "name"),
    [
        ("cp1250", "Małgorzata Kowalska"),
        ("cp1254", "Ayşe Yılmaz"),
        ("cp1253", "Γιώργος Παπαδόπουλος"),
        ("cp1257", "Birutė Stankevičienė"),
        ("cp1250", "Jiří Dvořák"),
        ("cp1250", "Kovács Győző"),
        ("koi8-r", "Мария Смирнова"),
        ("cp1251", "Мария Смирнова"),
        ("cp932", "佐藤 太郎"),
        ("gb18030", "王伟"),
        ("big5", "張敏"),
        ("cp949", "김민준"),
    ],
)
def test_small_files_in_the_languages_the_issue_names(tmp_path, code_page, name):
    # Ten rows: the named person and nine of the corpus's others in that language.
    language = next(lang for lang, (pages, _, people) in PEOPLE.items()
                    if code_page in pages and name in people)  # fmt: skip
    others = [n for n in PEOPLE[language][2].split("|") if n != name][:9]
    got = names_read(write(tmp_path, [name, *others], code_page))
    assert got is not None and got[0] == name


def test_two_equally_plausible_readings_are_refused_naming_both(tmp_path):
    # One word whose one letter is ą in cp1250 and š in ISO-8859-2: no way to tell.
    path = write(tmp_path, ["Urška Turk"], "iso8859-2")
    with pytest.raises(InputError) as refused:
        open_people(path)
    message = str(refused.value)
    assert message.startswith(f"{path}: not UTF-8, and ")
    assert "cp1250" in message and "iso8859-2" in message and "--encoding" in message
    assert "\n" not in message
    assert names_read(path) is None
    with open_people(path, encoding="iso8859-2") as people:  # the way out it names
        assert [r.full_name for r in people.rows()] == ["Urška Turk"]


def test_the_cli_refuses_before_anything_is_sent(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LOGS_DIR", str(tmp_path / "logs"))
    path = write(tmp_path, ["Urška Turk"], "iso8859-2")
    assert cli.main([str(path), "--dry-run", "--json"]) == 2
    out, err = capsys.readouterr()
    assert "--encoding" in err and "iso8859-2" in err
    summary = json.loads(out)
    assert summary["error"].startswith(f"{path}: not UTF-8") and summary["exit"] == 2
    assert (summary["rows"], summary["enqueued"]) == (0, 0)


def test_header_words_are_evidence():
    # "Név" and "Győző" read as cp1252 are "Név" and "Gyõzõ"; the header word tips it.
    lines = ["Név,E-mail cím".encode("cp1250"), "Győző,gy@example.hu".encode("cp1250")]
    assert guess_code_page(lines, "f.csv")[0] == "cp1250"


def test_a_tie_on_letters_is_settled_by_the_only_reading_whose_header_is_words():
    # Three Han letters and a short name: cp1251 and cp1253 read as many letters as GB18030
    # does, but only GB18030 reads the header as header words (姓 family, 名 given, 邮箱).
    lines = ["姓,名,邮箱".encode("gb18030"), "王,伟,wang@example.cn".encode("gb18030")]
    assert guess_code_page(lines, "f.csv")[0] == "gb18030"


def test_a_known_field_word_of_the_header_settles_a_tie_too():
    # Romanian typed in Excel (cp1250): "Funcţia" (the job title) reads "Funcūia" in
    # ISO 8859-4, as many letters; only cp1250 reads it as a word of the vocabulary.
    lines = [
        "Nume;Prenume;Funcţia;Email".encode("cp1250"),
        "Popa;Mihai;Contabil;mihai@example.ro".encode("cp1250"),
    ]
    assert guess_code_page(lines, "f.csv")[0] == "cp1250"


# The hypothesis: any few people of one language, in any of its code pages, with or
# without a header in that language: their names, or a refusal; never other names.
LANGUAGE = st.sampled_from(sorted(PEOPLE))


# Derandomized: the same 300 examples on every run, so CI never turns on a new draw; to
# search further, run it with --hypothesis-seed=N (seeds 1-12 pass as of this writing).
@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_never_wrong_names(tmp_path, data):
    language = data.draw(LANGUAGE)
    pages, header, people = PEOPLE[language]
    code_page = data.draw(st.sampled_from(pages))
    chosen = data.draw(st.lists(st.sampled_from(people.split("|")), min_size=1, max_size=6))
    names = [spelled(n, code_page) for n in chosen]
    if None in names:
        return
    got = names_read(write(tmp_path, names, code_page))
    assert got is None or all(map(same, got, names)), (code_page, got, names)


def test_readings_alike_are_one_and_named_by_the_best_fit():
    lines = ["Tõnu Saar,Jüri Mägi".encode("cp1257")]
    best = rank(lines)[0]
    assert best.encoding == "cp1257"  # cp1252 reads it the same, Estonian words say cp1257


def test_utf8_lines_with_bytes_the_code_page_lacks_are_still_a_mixed_file(tmp_path):
    utf8 = "name,email\r\nÁgnes Tóth,agnes@example.hu\r\n".encode()  # Á is C3 81
    cp1252 = "José García,jose@example.es\r\nFrançois Lefèvre,f@example.fr\r\n".encode("cp1252")
    path = tmp_path / "pasted.csv"
    path.write_bytes(utf8 + cp1252)
    assert names_read(path) == ["Ágnes Tóth", "José García", "François Lefèvre"]


def test_a_mixed_line_in_neither_encoding_is_its_own_reject_and_the_others_are_read(tmp_path):
    """Once read with U+FFFD in the name: the code page the other lines read as (cp1252 or
    cp1250, alike for these) has no 0x81."""
    path = tmp_path / "pasted.csv"
    path.write_bytes(
        b"name,email\n"
        + "Zoë Ng,z1@example.com\n".encode("cp1252")
        + "Zoë Ng,z2@example.com\n".encode()
        + "José Šimek,j@example.com\n".encode("cp1250")
        + b"J\x81\x8d Bad,x@example.com\n"
        + b"Ann Lee,ann@example.com\n"
    )
    with open_people(path) as people:
        assert people.encoding.startswith("utf-8, else cp125")
        rows = [(row.line, row.full_name, row.error) for row in people.rows()]
    assert rows == [
        (2, "Zoë Ng", None),
        (3, "Zoë Ng", None),
        (4, "José Šimek", None),
        (5, "", "row.undecodable"),
        (6, "Ann Lee", None),
    ]


def test_a_code_page_first_seen_past_the_sample_is_judged_on_the_whole_file(tmp_path):
    from csv_import.reading.encoding import SAMPLE_SIZE

    path = tmp_path / "late.csv"
    russian = [n for n in PEOPLE["ru"][2].split("|")]
    with open(path, "wb") as out:
        out.write(b"name,email\r\n")
        line = b"Ann Lee,ann@example.com\r\n"
        out.write(line * (SAMPLE_SIZE // len(line) + 10))
        for i, name in enumerate(russian):
            out.write(f"{name},r{i}@example.ru\r\n".encode("cp1251"))
    with open_people(path, name_columns=["name"], email_columns=["email"]) as people:
        assert people.encoding == "utf-8, else cp1251 (line by line)"
        names = [row.full_name for row in people.rows()]
    assert names[-10:] == russian


@pytest.mark.parametrize("notes", ["€5", "25°C, £3, ©2020", "½ price – “member”", "5×2 m²"])
def test_signs_beside_words_are_text_in_cp1252(notes):
    lines = [f"Ann Lee,ann@example.com,{notes}".encode("cp1252")]
    assert guess_code_page(lines, "f.csv")[0] == "cp1252"


FULL_WIDTH = st.text(
    st.characters(min_codepoint=0xFF41, max_codepoint=0xFF5A), min_size=3, max_size=10
)


@settings(max_examples=30, deadline=None)
@given(values=st.lists(st.tuples(FULL_WIDTH, FULL_WIDTH), min_size=1, max_size=4))
def test_japanese_with_full_width_letters_is_cp932_not_a_reading_that_fails_on_most_lines(
    tmp_path_factory, values
):
    """Latin typed full-width in Shift_JIS: cp949 fails to decode most lines, yet its
    replacement characters' Hangul neighbours outscored cp932's reading; undecodable
    bytes on most lines rule a code page out."""
    lines = ["取引先名,担当者氏名,メールアドレス,電話番号,役職"]
    lines += [
        f"株式会社さくら,山本 健一,{a}＠{b}．ｊｐ,０３－５５５５－１２３４,部長" for a, b in values
    ]
    data = ("\r\n".join(lines) + "\r\n").encode("cp932")
    assert detect_encoding(data, "partners.csv", whole=True).encoding == "cp932"


# Derandomized: one draw in three of a random run found `Šóa Kowalska`, whose only sign of
# ISO-8859-2 is its first letter: the © reading then trails by the margin exactly, not more
# (the strict xfail below keeps it in sight), which made CI fail at random.
# The word's letters are one language's (Czech after Š, Polish after Ź): a word of both,
# `Źaá`, is no word (code_pages._one_language) and its right reading lost its lead.
@settings(derandomize=True)
@given(
    word=st.sampled_from(  # Ś (0xA6) is Š in ISO-8859-15: a real tie
        [("Š", "aeiouyáéíóúrtnklmvdz"), ("Ź", "aeiouyórtnklmwdz")]
    ).flatmap(lambda pair: st.tuples(st.just(pair[0]), st.text(pair[1], min_size=2, max_size=7))),
    family=st.sampled_from(["Horáková", "Dvořák", "Nováková", "Černý", "Kowalska"]),
)
def test_a_sign_glued_before_a_words_small_letters_is_mojibake(word, family):
    """Centrum.cz's ISO-8859-2 contacts were refused: `Šárka` differs from cp1250's
    reading `©árka` only by a sign text writes (`© 2024`), so both read equally well. A
    sign opening a word of small letters opens no word: the reading with the sign there is
    behind ISO-8859-2's by more than the margin of a tie."""
    first, rest = word
    data = f"name,email\r\n{first}{rest} {family},p0@example.com\r\n".encode("iso8859-2")
    readings = rank([data])
    right = next(r.score for r in readings if r.encoding == "iso8859-2")
    glued = [r.score for r in readings if "\n©" in r.text or "\n¬" in r.text]
    assert glued and max(glued) < right - MARGIN


@pytest.mark.xfail(
    strict=True, reason="a name whose only ISO-8859-2 sign is its glued first letter ties"
)
def test_a_name_whose_only_sign_is_its_first_letter_is_mojibake_too():
    data = "name,email\r\nŠóa Kowalska,p0@example.com\r\n".encode("iso8859-2")
    readings = rank([data])
    right = next(r.score for r in readings if r.encoding == "iso8859-2")
    glued = [r.score for r in readings if "\n©" in r.text or "\n¬" in r.text]
    assert glued and max(glued) < right - MARGIN


def test_the_centrum_contacts_read_as_iso_8859_2(tmp_path):
    path = write(tmp_path, ["Šárka Horáková", "Jiří Dvořák"], "iso8859-2")
    assert names_read(path) == ["Šárka Horáková", "Jiří Dvořák"]


def test_spanish_opening_signs_stay_text():
    """`¿qué` and `¡hola` open Spanish words: no sign of mojibake."""
    text = "nombre;nota\nAna Pérez;¿qué tal? ¡hola señora!\nJosé Núñez;¿mañana?\n"
    assert rank([text.encode("cp1252")])[0].score > 0


def test_a_tie_on_letters_is_settled_by_the_language_of_an_ascii_header(tmp_path):
    # Thunderbird's Dutch address book in cp1252: one `Joëlle` reads as well in cp1257
    # (`Joėlle`); the ASCII header's Dutch words say the Western code page.
    data = "Voornaam,Achternaam,Primair e-mailadres\r\nJoëlle,de Wit,j@example.nl\r\n"
    path = tmp_path / "book.csv"
    path.write_bytes(data.encode("cp1252"))
    with open_people(path) as people:
        assert [r.full_name for r in people.rows()] == ["Joëlle de Wit"]
    assert detect_encoding(data.encode("cp1252"), "f").encoding == "cp1252"
    # An English header is no evidence: the tie is refused as before, unless the address is
    # at a domain of a country whose language one tied reading writes (the Netherlands').
    english = "First Name,Last Name,Email\r\nJoëlle,de Wit,j@example.com\r\n".encode("cp1252")
    with pytest.raises(InputError, match="--encoding"):
        detect_encoding(english, "f")
    dutch = english.replace(b"example.com", b"example.nl")
    assert detect_encoding(dutch, "f").encoding == "cp1252"


# Header words of one language, all ASCII, and the code pages that write it.
ASCII_HEADERS = {
    ("Voornaam", "Achternaam"): "cp1252",
    ("Vorname", "Nachname"): "cp1252",
    ("Vardas", "Pavarde"): "cp1257",
    ("Vards", "Uzvards"): "cp1257",
}


@settings(max_examples=60)
@given(
    header=st.sampled_from(sorted(ASCII_HEADERS)),
    stem=st.text(alphabet="abdeiklmnorstuv", min_size=2, max_size=6),
    tail=st.text(alphabet="abdeiklmnorstuv", max_size=4),
)
def test_a_name_whose_letter_two_code_pages_read_alike_follows_the_headers_language(
    header, stem, tail
):
    # Byte 0xEB is ë in cp1252 and ė in cp1257, both letters of a language each writes: a
    # name with only that letter beyond ASCII is read in the header's language's code page.
    name = b"Jo" + stem.encode() + b"\xeb" + tail.encode()
    data = ",".join((*header, "Email")).encode() + b"\r\n" + name + b",Wit,j@example.org\r\n"
    assert detect_encoding(data, "f").encoding == ASCII_HEADERS[header]


_KANJI_FAMILY = ["田中", "高橋", "佐藤", "鈴木", "渡辺", "伊藤", "山本", "中村"]
_KANJI_GIVEN = ["花子", "健一", "一郎", "美咲", "大輔", "由美", "直樹", "誠"]
_KANA = ["ﾀﾅｶ", "ﾀｶﾊｼ", "ｻﾄｳ", "ﾊﾅｺ", "ｹﾝｲﾁ", "ｲﾁﾛｳ"]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    cards=st.lists(
        st.tuples(
            st.sampled_from(_KANJI_FAMILY),
            st.sampled_from(_KANJI_GIVEN),
            st.sampled_from(_KANA),
            st.sampled_from(_KANA),
        ),  # fmt: skip
        min_size=1,
        max_size=4,
    ),
    label=st.sampled_from(["SHIFT_JIS", "Shift_JIS", "CP932"]),
)
# Found by this test: read as Big5-HKSCS's `竃塲;緓滨`, the card led its declared page by more
# than MARGIN, and the file was read as cp949 and refused (code_pages._extension_letters).
@example(cards=[("山本", "美咲", "ｹﾝｲﾁ", "ｹﾝｲﾁ")], label="SHIFT_JIS")
def test_a_vcard_in_the_code_page_its_lines_declare_is_read_in_it(tmp_path, cards, label):
    """A Sharp phone's vCard 2.1 backup in Shift_JIS, each value labelled
    `CHARSET=SHIFT_JIS`, with half-width kana readings: its kanji and kana read as well as
    Hangul in cp949, a tie the declared charset settles. Read, never refused."""
    lines = []
    for n, (family, given_name, reading_f, reading_g) in enumerate(cards):
        lines += ["BEGIN:VCARD", "VERSION:2.1", f"N;CHARSET={label}:{family};{given_name};;;",
                  f"SOUND;X-IRMC-N;CHARSET={label}:{reading_f};{reading_g};;;",
                  f"EMAIL;INTERNET:p{n}@example.jp", "END:VCARD"]  # fmt: skip
    path = tmp_path / "backup.vcf"
    path.write_bytes("\r\n".join(lines).encode("cp932") + b"\r\n")
    with open_people(path) as people:
        found = [r.full_name for r in people.rows()]
    assert found == [f"{family} {given_name}" for family, given_name, _, _ in cards]


def test_a_declared_charset_names_no_tied_reading_or_several_and_settles_nothing():
    from csv_import.reading.code_pages import Reading, _declared_page

    tied = [Reading("cp932", 48.0, ""), Reading("cp949", 47.0, "")]
    assert _declared_page(tied, [b"N;CHARSET=SHIFT_JIS:\x93c\x92\x86;;;"]).encoding == "cp932"
    assert _declared_page(tied, [b"N;CHARSET=EUC-KR:\xb1\xe8;;;"]).encoding == "cp949"
    assert _declared_page(tied, [b"N;CHARSET=UTF-8:x", b"FN;CHARSET=SHIFT_JIS:y"]) is None
    assert _declared_page(tied, [b"N;CHARSET=ISO-8859-2:x"]) is None
    assert _declared_page(tied, [b"NOTE:CHARSET=SHIFT_JIS is what it says"]) is None


_ADDED_PAGES = [("lt", "cp775"), ("ar", "cp720"), ("ru", "mac_cyrillic"), ("zh-Hant", "big5hkscs")]
MAC_LANGUAGES = sorted(lang for lang, (pages, _, _) in PEOPLE.items() if "mac_roman" in pages)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_dos_baltic_dos_arabic_mac_cyrillic_and_hkscs_files_read_their_people(tmp_path, data):
    """cp775, cp720 and MacCyrillic were no candidates: a Lithuanian DOS file was refused,
    a DOS Arabic one stored as cp866 mojibake (`ъеъз Ящущя`), a Mac Russian one refused on a
    capital cp1251 lacks. Big5-HKSCS is Big5 with Hong Kong's characters (`峯`, `邨`): any
    few of a language's people, with its header, read right in them."""
    language, code_page = data.draw(st.sampled_from(_ADDED_PAGES))
    _pages, (name_title, email_title), people = PEOPLE[language]
    names = data.draw(st.lists(st.sampled_from(people.split("|")), min_size=2, max_size=6))
    if code_page == "big5hkscs":
        names = [*names, "李卓峯"]
    lines = [f"{name_title.replace(',', '')},{email_title}"]
    lines += [f"{n},p{i}@example.com" for i, n in enumerate(names)]
    path = tmp_path / f"{code_page}.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(code_page))
    with open_people(
        path, name_columns=[lines[0].split(",")[0]], email_columns=[email_title]
    ) as people:
        got = [row.full_name for row in people.rows()]
    assert all(map(same, got, names)), (code_page, got, names)


_DOS_PAGES = [("is", "cp861"), ("uk", "cp1125"), ("fr", "cp863")]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_dos_icelandic_and_dos_ukrainian_files_read_their_people(tmp_path, data):
    """cp861 and cp1125 were no candidates (twenty-third round): an Icelandic club's DOS
    register was stored as cp850 mojibake (`Guîrún` for `Guðrún`), a Ukrainian DOS program's
    list refused (`ПРІЗВИЩЕ` read in cp866 as `ПРЎЗВИЩЕ`, no name word); cp863 (DOS
    Canadian French) with them. Any three to six of the language's people, with its
    header, read right in them. Measured (2026-12-07) over every set of the corpus's ten
    names: of three, all right in each; of two, 2 of 45 Icelandic pairs refused; one name
    alone, `Jón Sigurðsson` (one letter, ð, to tell cp861 from cp850), is read as cp850's
    `Sigurîsson`: on one letter, cp850's higher prior settles it."""
    language, code_page = data.draw(st.sampled_from(_DOS_PAGES))
    _pages, (name_title, email_title), people = PEOPLE[language]
    everyone = people.split("|")
    names = data.draw(st.lists(st.sampled_from(everyone), min_size=3, max_size=6, unique=True))
    lines = [f"{name_title},{email_title}"]
    lines += [f"{n},p{i}@example.com" for i, n in enumerate(names)]
    path = tmp_path / f"{code_page}.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(code_page))
    with open_people(path, name_columns=[name_title], email_columns=[email_title]) as people:
        got = [row.full_name for row in people.rows()]
    assert all(map(same, got, names)), (code_page, got, names)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    language=st.sampled_from(MAC_LANGUAGES),
    picks=st.lists(st.integers(0, 9), min_size=1, max_size=5),
    note=st.sampled_from(["", "Met at the fair\nCall back", "Team – Sales", "Tel.\nab 9 Uhr"]),
)
def test_excel_for_macs_csv_is_macroman_with_a_line_break_in_a_cell(
    tmp_path, language, picks, note
):
    """Excel for Mac's CSV: MacRoman, lines ending in a bare CR, an in-cell line break an LF
    (quoted). The CR ends name MacRoman (an LF among them is inside a cell): one name
    (`Rasmus Bækgaard` was refused) is no tie, nor an en dash beside them."""
    names = [PEOPLE[language][2].split("|")[i] for i in picks]
    lines = ["name,email,note", *(f'{n},p{i}@example.com,"{note}"' for i, n in enumerate(names))]
    path = tmp_path / "people.csv"
    path.write_bytes(("\r".join(lines) + "\r").encode("mac_roman"))
    with open_people(path, name_columns=["name"], email_columns=["email"]) as people:
        assert [row.full_name for row in people.rows()] == names


def ascii_spelling(name: str) -> str:
    plain = unicodedata.normalize(
        "NFKD", name.lower().translate(str.maketrans({"ø": "o", "æ": "ae", "ß": "ss"}))
    )
    return "".join(c for c in plain if c.isascii() and (c.isalpha() or c == " ")).replace(" ", ".")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    language=st.sampled_from(["es", "pt", "fr", "de", "sv", "da"]),
    picks=st.lists(st.integers(0, 9), min_size=1, max_size=3, unique=True),
)
def test_a_name_beside_its_own_address_says_its_code_page(tmp_path, language, picks):
    """A few names in cp1252, each beside the address spelling it in ASCII
    (`tomas.hernandez@`): the reading whose letters, accents dropped, spell the address
    (`Tomás`, not cp1257's `Tomįs`) is the name's, where the letters alone tied. A file
    is refused only where the rival reading spells the same (`Brandão`, cp1258's
    `Brandăo`), never read wrong."""
    names = [PEOPLE[language][2].split("|")[i] for i in picks]
    lines = ["name,email", *(f"{n},{ascii_spelling(n)}@example.com" for n in names)]
    path = tmp_path / "people.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    try:
        with open_people(path, name_columns=["name"], email_columns=["email"]) as people:
            assert [row.full_name for row in people.rows()] == names
    except InputError as refused:
        one, other = re.search(r'\("(.*)" or "(.*)"\)', str(refused)).groups()
        assert ascii_spelling(one) == ascii_spelling(other), str(refused)


@settings(max_examples=60)
@given(
    header=st.sampled_from([h for h, page in sorted(ASCII_HEADERS.items()) if page == "cp1252"]),
    other=st.sampled_from(["Straße", "Geboortedatum (dd-mm-jjjj) – privé", "Geschäft"]),
    stem=st.text(alphabet="abdeiklmnorstuv", min_size=2, max_size=6),
    letters=st.sampled_from(["ë", "öç", "ç"]),
)
def test_a_tie_follows_the_ascii_cells_of_a_header_and_the_windows_page_alike(
    header, other, stem, letters
):
    """A header with a cell beyond ASCII still speaks by its ASCII cells (Dutch or German
    name words say cp1252), and a reading named for another language (`Ölçer`, cp1254 for
    Turkish) stands for the Windows code page that reads it alike and writes the header's
    language (cp1252, against cp1257's `Ölēer`)."""
    name = f"{stem.title()}{letters}".encode("cp1252")
    line = ",".join((*header, "Email", other)).encode("cp1252")
    data = line + b"\r\n" + name + b",Wit,j@example.org,x\r\n"
    assert detect_encoding(data, "f").encoding == "cp1252"


@settings(max_examples=30)
@given(names=st.lists(st.text(alphabet="abdeiklmnorstuv", min_size=2, max_size=8), min_size=1))
def test_a_header_word_the_vocabulary_leaves_out_settles_a_tie(names):
    """Portuguese `Responsável` (the owner: a column left out) is a header word; cp1257's
    `Responsįvel` is none, where the letters alone tie."""
    rows = [f"{n.title()},{n}@example.com,Ana" for n in names]
    data = "\r\n".join(["Name,Email,Responsável", *rows]) + "\r\n"
    assert detect_encoding(data.encode("cp1252"), "f").encoding == "cp1252"


def decided(data: bytes) -> str:
    try:
        return detect_encoding(data, "f").encoding
    except InputError:
        return "refused"


@settings(max_examples=60)
@given(
    language=st.sampled_from(["es", "pt"]),
    picks=st.lists(st.integers(0, 9), min_size=1, max_size=4),
    ordinals=st.lists(
        st.tuples(st.integers(1, 12), st.sampled_from("ºª"), st.sampled_from("AB ")),
        min_size=1,
        max_size=4,
    ),
)
def test_an_ordinal_beside_its_digits_is_no_sign_of_mojibake(language, picks, ordinals):
    """A class column of ordinals (`8º A`, `1ª`) leaves the decision as the names alone
    make it: º and ª are letters by category, but a digit before them is no letter misread
    (it made a Portuguese school list in cp1252 read as no code page's text)."""
    names = [PEOPLE[language][2].split("|")[i] for i in picks]
    grades = [f"{n}{sign} {group}".strip() for n, sign, group in ordinals]
    plain = [f"{n},p{i}@example.com" for i, n in enumerate(names)]
    graded = [f"{row},{grades[i % len(grades)]}" for i, row in enumerate(plain)]

    def data(rows, header):
        return ("\r\n".join([header, *rows]) + "\r\n").encode("cp1252")

    assert decided(data(graded, "Nome,Email,Turma")) == decided(data(plain, "Nome,Email"))
