"""vCards: a broken card is one reject on its line, and the cards after it are read."""

import base64
import codecs

from hypothesis import given, settings
from hypothesis import strategies as st

from csv_import.reading import open_people
from csv_import.reading.encoding import SAMPLE_SIZE
from csv_import.reading.text_records import LINE_LIMIT, RECORD_LIMIT


def card(i: int) -> str:
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nEMAIL:p{i}@example.com\r\nEND:VCARD\r\n"


def read(path, **options):
    with open_people(path, **options) as people:
        rows = [(r.line, r.full_name, r.email, r.error) for r in people.rows()]
        return people, rows, people.lines


def test_a_card_without_end_does_not_swallow_the_thousand_after_it(tmp_path):
    path = tmp_path / "phone.vcf"
    broken = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Short\r\nEMAIL:cut@example.com\r\n"
    path.write_text(broken + "".join(card(i) for i in range(1000)), newline="")
    _, rows, lines = read(path)
    assert rows[0] == (1, "", "", "vcard.unclosed")
    assert [r[3] for r in rows[1:]] == [None] * 1000
    assert rows[1] == (5, "Person 0", "p0@example.com", None)
    assert lines == 4 + 5 * 1000  # every physical line accounted for


def test_cards_whose_lines_end_in_cr_lf_or_a_bare_cr_are_read(tmp_path):
    """vobject splits on CRLF and LF only: a bare CR once made a card unreadable, or joined
    two of its properties into one (`FN:Ann<CR>TEL:...` read as the name)."""
    path = tmp_path / "mixed.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\rVERSION:3.0\rFN:Cee Arr\rEMAIL:c@example.com\rEND:VCARD\r"
        b"BEGIN:VCARD\nVERSION:3.0\r\nFN:Ann Lee\rTEL:+1 212 555 0100\n"
        b"EMAIL:a@example.com\r\nEND:VCARD\r"
    )
    _, rows, lines = read(path)
    assert rows == [(1, "Cee Arr", "c@example.com", None), (6, "Ann Lee", "a@example.com", None)]
    assert lines == 11


def test_an_agent_card_is_nested_not_a_new_card(tmp_path):
    path = tmp_path / "agent.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:2.1\nFN:Boss\nEMAIL:boss@example.com\nAGENT:\n"
        "BEGIN:VCARD\nVERSION:2.1\nFN:Assistant\nEND:VCARD\nEND:VCARD\n" + card(1)
    )
    _, rows, _ = read(path)
    assert [(r[1], r[3]) for r in rows] == [("Boss", None), ("Person 1", None)]


def test_a_line_in_no_encoding_spoils_its_card_only(tmp_path):
    # A UTF-8 file (its first 4 MB say so), one card with a byte that is neither
    # UTF-8 nor cp1252 (0x81), and one in cp1252.
    path = tmp_path / "mixed.vcf"
    count = SAMPLE_SIZE // len(card(0)) + 10
    with open(path, "wb") as out:
        out.write("".join(card(i) for i in range(count)).encode())
        out.write(b"BEGIN:VCARD\nFN:Bad \x81 Byte\nEND:VCARD\n")
        for name in ("Zoë Müller", "François Lefèvre", "José García"):
            text = f"BEGIN:VCARD\nFN:{name}\nEMAIL:z@example.com\nEND:VCARD\n"
            out.write(text.encode("cp1252"))
        out.write(card(count).encode())
    _, rows, _ = read(path)
    assert [r[3] for r in rows[-5:]] == ["vcard.undecodable", None, None, None, None]
    assert rows[-5][0] == count * 5 + 1
    assert [r[1] for r in rows[-4:-1]] == ["Zoë Müller", "François Lefèvre", "José García"]


def test_a_cp1252_byte_past_the_sample_is_decided_before_the_first_card(tmp_path):
    path = tmp_path / "big.vcf"
    count = SAMPLE_SIZE // len(card(0)) + 10
    late = "BEGIN:VCARD\r\nFN:José Müller\r\nEMAIL:jose@example.com\r\nEND:VCARD\r\n"
    with open(path, "wb") as out:
        out.write("".join(card(i) for i in range(count)).encode())
        out.write(late.encode("cp1252"))
    people, rows, _ = read(path)
    assert people.encoding == "utf-8, else cp1252 (line by line)"
    assert rows[-1][1:] == ("José Müller", "jose@example.com", None)
    assert len(rows) == count + 1


def test_a_forced_encoding_that_does_not_fit_a_vcard_is_refused_before_any_card(tmp_path):
    import pytest

    from csv_import.errors import InputError

    path = tmp_path / "f.vcf"
    path.write_bytes(card(1).encode() + "BEGIN:VCARD\nFN:José\nEND:VCARD\n".encode("cp1252"))
    with pytest.raises(InputError, match=r"line 7: cannot decode as utf-8"):
        open_people(path, encoding="utf-8")


def test_utf16_vcards_are_read(tmp_path):
    path = tmp_path / "u16.vcf"
    path.write_bytes(codecs.BOM_UTF16_LE + (card(1) + card(2)).encode("utf-16-le"))
    _, rows, _ = read(path)
    assert [r[1] for r in rows] == ["Person 1", "Person 2"]


BROKEN = {
    "unclosed": "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:No End\r\nEMAIL:x@example.com\r\n",
    "bad property": "BEGIN:VCARD\r\nVERSION:3.0\r\nthis is not a property\r\nEND:VCARD\r\n",
    "bad encoding": (  # the card's own charset can't read its quoted-printable bytes
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:Jos=E9\r\n"
        "EMAIL:j@example.com\r\nEND:VCARD\r\n"
    ),
    "bad base64": "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=BASE64:@@@\r\nEND:VCARD\r\n",
    "bad quoted-printable": (  # '=XY' is no escape: vobject would keep it in the name
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=A4k=XYel=\r\n"
        "=C3=A4;Tiina;;;\r\nEMAIL:t@example.com\r\nEND:VCARD\r\n"
    ),
}


GROUPS = {  # a contact list's card, in each way address books write one: no person
    "4.0 group": "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:group\r\nFN:Team\r\n"
    "MEMBER:mailto:p0@example.com\r\nEND:VCARD\r\n",
    "3.0 group": "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Board\r\nFN:Board\r\n"
    "X-ADDRESSBOOKSERVER-KIND:group\r\nX-ADDRESSBOOKSERVER-MEMBER:urn:uuid:1\r\nEND:VCARD\r\n",
    "list": "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Club\r\nX-EVOLUTION-LIST:TRUE\r\n"
    "EMAIL:Ann <ann@example.com>\r\nEND:VCARD\r\n",
}
GROUP = "a group's card (a contact list)"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([None, *BROKEN, *GROUPS]), min_size=1, max_size=30))
def test_every_card_is_stored_or_rejected_alone(tmp_path_factory, kinds):
    """N cards of which K are broken and G are contact lists: N-K-G rows read, K rejects on
    their BEGIN:VCARD lines, the lists' lines skipped, every physical line counted."""
    path = tmp_path_factory.mktemp("cards") / "cards.vcf"
    texts = [card(i) if k is None else {**BROKEN, **GROUPS}[k] for i, k in enumerate(kinds)]
    data = "".join(texts).encode()
    path.write_bytes(data)
    people, rows, lines = read(path)
    starts = [1 + sum(t.count("\n") for t in texts[:i]) for i in range(len(texts))]
    assert [(r[0], r[3] is None) for r in rows] == [
        (line, k is None) for line, k in zip(starts, kinds, strict=True) if k not in GROUPS
    ]
    good = [f"Person {i}" for i, k in enumerate(kinds) if k is None]
    assert [r[1] for r in rows if r[3] is None] == good
    assert people.skipped[GROUP] == sum(
        t.count("\n") for t, k in zip(texts, kinds, strict=True) if k in GROUPS
    )
    assert lines == data.count(b"\n")


# Properties no person is read from, damaged so that vobject refuses the whole card.
DAMAGED = [
    "PHOTO;ENCODING=b;TYPE=JPEG:@@@notbase64@@@",
    "PHOTO;ENCODING=BASE64;TYPE=JPEG:abc",
    "LOGO;ENCODING=b:a",
    "KEY;ENCODING=b:Zm9v=bar",
    "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=utf-16:=FF",
]


@settings(max_examples=60, deadline=None)
@given(
    version=st.sampled_from(["2.1", "3.0"]),
    damaged=st.lists(st.sampled_from(DAMAGED), min_size=1, max_size=3),
    at=st.integers(0, 4),
    folded=st.booleans(),
)
def test_a_card_broken_in_a_property_no_person_is_read_from_is_read(
    tmp_path_factory, version, damaged, at, folded
):
    """A damaged PHOTO, LOGO, KEY or NOTE (folded or not) made the card a vcard.unreadable
    reject: the person is read from the rest, with the cards around it."""
    person = ["FN:Ann Lee", "EMAIL;TYPE=INTERNET:ann@example.org", "TEL:+4930123456",
              "ORG:Acme;Sales", "TITLE:CTO"]  # fmt: skip
    bad = [d[:20] + "\r\n " + d[20:] if folded and len(d) > 20 else d for d in damaged]
    lines = [*person[:at], *bad, *person[at:]]
    text = f"BEGIN:VCARD\r\nVERSION:{version}\r\n" + "\r\n".join(lines) + "\r\nEND:VCARD\r\n"
    path = tmp_path_factory.mktemp("cards") / "cards.vcf"
    path.write_text(card(1) + text + card(2), newline="")
    with open_people(str(path)) as people:
        rows = list(people.rows())
    read_ = [(r.full_name, r.email, r.phone, r.company, r.job_title, r.error) for r in rows]
    assert read_ == [
        ("Person 1", "p1@example.com", "", "", "", None),
        ("Ann Lee", "ann@example.org", "+4930123456", "Acme", "CTO", None),
        ("Person 2", "p2@example.com", "", "", "", None),
    ]


def test_a_card_broken_in_what_a_person_is_read_from_stays_unreadable(tmp_path):
    """Damage in FN, or a line that is no property (perhaps a value that lost its fold): the
    card is a reject, nothing read from what is left of it."""
    path = tmp_path / "cards.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN;ENCODING=b:@@@\r\nEMAIL:a@example.org\r\n"
        "PHOTO;ENCODING=b:abc\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo\r\nEMAIL:bo@example.org\r\nnot a property\r\n"
        "PHOTO;ENCODING=b:abc\r\nEND:VCARD\r\n",
        newline="",
    )
    _, rows, _ = read(path)
    assert rows == [(1, "", "", "vcard.unreadable"), (7, "", "", "vcard.unreadable")]


def test_a_group_card_is_skipped_and_an_organization_card_is_read(tmp_path):
    path = tmp_path / "book.vcf"
    path.write_text(
        GROUPS["4.0 group"] + "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Acme\r\nORG:Acme\r\n"
        "EMAIL:info@acme.example.com\r\nEND:VCARD\r\n" + GROUPS["3.0 group"] + card(1),
        newline="",
    )
    people, rows, lines = read(path)
    assert rows == [
        (7, "Acme", "info@acme.example.com", None),
        (21, "Person 1", "p1@example.com", None),
    ]
    assert people.skipped == {GROUP: 6 + 7}
    assert lines == 25


def test_the_cli_counts_one_broken_card_and_a_thousand_good(
    tmp_path, monkeypatch, capsys, printed_json
):
    from csv_import import cli

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LOGS_DIR", str(tmp_path / "logs"))
    path = tmp_path / "phone.vcf"
    broken = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Short\r\nEMAIL:cut@example.com\r\n"
    path.write_text(broken + "".join(card(i) for i in range(1000)), newline="")
    assert cli.main([str(path), "--dry-run", "--json"]) == 0
    summary = printed_json(capsys.readouterr().out)
    assert (summary["rows"], summary["accepted"], summary["rejected"]) == (1001, 1000, 1)
    assert summary["rejected_by_reason"] == {"vcard.unclosed": 1}


def test_a_vcard_file_in_a_legacy_code_page_reads_right(tmp_path):
    names = ["Małgorzata Kowalska", "Łukasz Wiśniewski", "Zofia Dąbrowska", "Paweł Wójcik"]
    text = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{n}\r\nEMAIL:p{i}@example.pl\r\nEND:VCARD\r\n"
        for i, n in enumerate(names)
    )
    path = tmp_path / "kontakty.vcf"
    path.write_bytes(text.encode("cp1250"))
    people, rows, _ = read(path)
    assert people.encoding == "cp1250"
    assert [r[1] for r in rows] == names


def test_a_card_with_n_only_puts_a_han_or_hangul_family_name_first(tmp_path):
    path = tmp_path / "phone.vcf"
    path.write_bytes(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=SHIFT_JIS:山本;一郎;;;\r\n"
        "SOUND;X-IRMC-N;CHARSET=SHIFT_JIS:ﾔﾏﾓﾄ;ｲﾁﾛｳ;;;\r\nEMAIL;INTERNET:i@x.jp\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Smirnov;Ivan;;;\r\nEMAIL:ivan@x.ru\r\nEND:VCARD\r\n".encode(
            "cp932"
        )
    )
    _, rows, _ = read(path)
    assert [(r[1], r[2]) for r in rows] == [("山本 一郎", "i@x.jp"), ("Ivan Smirnov", "ivan@x.ru")]


def test_an_fn_that_is_an_address_is_no_name(tmp_path):
    """Nextcloud's "Recently contacted" cards write the address as FN: N's parts are the
    name when the card has them, else there is none (a reject, as a CSV's would be)."""
    path = tmp_path / "recent.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:ann@example.com\nN:Lee;Ann;;;\nEMAIL:ann@example.com\n"
        "END:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN: bo@example.com \nEMAIL:bo@example.com\n"
        "END:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Cy <cy@example.com>\nEMAIL:cy@example.com\n"
        "END:VCARD\n"
    )
    _, rows, _ = read(path)
    assert [r[1] for r in rows] == ["Ann Lee", "", "Cy <cy@example.com>"]


def test_quoted_printable_that_is_no_escape_spoils_its_card_not_a_note(tmp_path):
    """`=XY`, `=4` in FN, N, EMAIL, TEL, ORG or TITLE: the card is rejected; in a NOTE (not
    read) it is not; soft line breaks and lower-case hex digits are escapes."""
    path = tmp_path / "book.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;QUOTED-PRINTABLE:Ann=4\r\nEMAIL:a@example.com\r\n"
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=c3=b6=\r\n"
        "rg M=C3=BCller\r\nNOTE;ENCODING=QUOTED-PRINTABLE:see http://x.example/?a=b\r\n"
        "EMAIL:j@example.com\r\nEND:VCARD\r\n",
        newline="",
    )
    _, rows, _ = read(path)
    assert rows == [(1, "", "", "vcard.unreadable"), (6, "Jörg Müller", "j@example.com", None)]


def test_an_unfolded_photo_past_the_line_limit_is_one_line_of_its_card(tmp_path):
    """A 4.0 PHOTO data URI of 1.7 MB on one line (not folded): its card is read, the cards
    after it keep their line numbers, and a line past RECORD_LIMIT spoils its card only."""
    photo = base64.b64encode(bytes(range(256)) * 5000).decode()
    assert len(photo) > LINE_LIMIT
    huge = "A" * (RECORD_LIMIT + 10)
    path = tmp_path / "photos.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:4.0\nFN:Ana Lee\nEMAIL:ana@example.com\n"
        f"PHOTO:data:image/jpeg;base64,{photo}\nEND:VCARD\n"
        f"BEGIN:VCARD\nVERSION:4.0\nFN:Huge\nEMAIL:h@example.com\nNOTE:{huge}\nEND:VCARD\n"
        + card(1).replace("\r\n", "\n"),
        newline="",
    )
    _, rows, lines = read(path)
    assert rows == [
        (1, "Ana Lee", "ana@example.com", None),
        (7, "", "", "row.too_large"),
        (13, "Person 1", "p1@example.com", None),
    ]
    assert lines == 17


def test_an_address_written_with_its_name_or_as_a_mailto_uri_is_the_address(tmp_path):
    """As in a CSV cell: `Ann Lee <ann@x.com>` and `mailto:bo@x.com` are those addresses."""
    path = tmp_path / "book.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nEMAIL:Ann Lee <ann@example.com>\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nFN:Bo\nEMAIL;PREF=1:MAILTO:bo@example.com\n"
        "EMAIL:Bo B. <bo.b@example.org>\nEND:VCARD\n"
    )
    with open_people(path) as people:
        rows = [(r.email, r.alternatives) for r in people.rows()]
    assert rows == [("ann@example.com", ()), ("bo@example.com", ("bo.b@example.org",))]


def vcard21(family: str, given: str, email: str, charset: str) -> bytes:
    line = f"N;CHARSET={charset}:{family};{given}"
    text = f"BEGIN:VCARD\r\nVERSION:2.1\r\n{line}\r\nEMAIL:{email}\r\nEND:VCARD\r\n"
    return text.encode({"WINDOWS-1251": "cp1251"}.get(charset, charset))


def test_a_card_in_the_charset_it_declares_is_read_in_it(tmp_path):
    """Cards pasted together from several phones: UTF-8 ones, windows-1251 ones and one in
    ISO-8859-2 that says so (`N;CHARSET=ISO-8859-2:`). Each 8-bit line is read in the
    charset it declares, not in the one the file's other 8-bit lines suggest (before:
    `Јukasz Wi¶niewski`, read as windows-1251); in a file decided windows-1251 too. A
    label of ISO-8859-1 reads as windows-1252, as browsers read it."""
    polish = vcard21("Wiśniewski", "Łukasz", "lw@example.pl", "ISO-8859-2")
    russian = b"".join(
        vcard21(f, g, f"p{i}@example.ru", "WINDOWS-1251")
        for i, (f, g) in enumerate([("Кузнецов", "Сергей"), ("Васильева", "Ольга")])
    )
    utf8 = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jürgen Groß\r\nEMAIL:jg@example.de\r\nEND:VCARD\r\n"
    latin = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1:Dupré;Zoë “Zo”\r\n"
    latin += "EMAIL:zd@example.fr\r\nEND:VCARD\r\n"
    for name, data in {
        "mixed.vcf": utf8.encode() + polish + russian,
        "legacy.vcf": russian + polish,
        "latin.vcf": utf8.encode() + latin.encode("cp1252"),
    }.items():
        path = tmp_path / name
        path.write_bytes(data)
        with open_people(path) as people:
            names = {r.email: r.full_name for r in people.rows()}
        assert names.get("lw@example.pl", "Łukasz Wiśniewski") == "Łukasz Wiśniewski", name
        assert names.get("p0@example.ru", "Сергей Кузнецов") == "Сергей Кузнецов", name
        assert names.get("zd@example.fr", "Zoë “Zo” Dupré") == "Zoë “Zo” Dupré", name


LATIN1_WORD = st.text(alphabet="abdegiklmnorstuvåäöéü", min_size=2, max_size=8).map(str.title)


@settings(max_examples=30, deadline=None)
@given(
    family=LATIN1_WORD, given_name=LATIN1_WORD, note=st.lists(LATIN1_WORD, min_size=1, max_size=6)
)
def test_a_note_vobject_cannot_decode_spoils_no_person(tmp_path_factory, family, given_name, note):
    """A Sony Ericsson 2.1 card's quoted-printable NOTE in ISO-8859-1 without its CHARSET,
    continued by a soft line break: vobject decodes it as UTF-8 and gives up on the whole
    card (once a `vcard.unreadable` reject). The properties a person is read from are read."""
    quoted = codecs.encode(" ".join(note).encode("latin-1"), "quopri").decode()
    assume_escape = "=" in quoted  # a non-ASCII letter: bytes that are no UTF-8
    name = f"{family};{given_name};;;".encode("latin-1")
    text = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
        b"N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:"
        + codecs.encode(name, "quopri").replace(b"\n", b"")
        + b"\r\nEMAIL;INTERNET:p@example.se\r\n"
        + f"NOTE;ENCODING=QUOTED-PRINTABLE:{quoted}=\r\nkl 9\r\nEND:VCARD\r\n".encode()
    )
    path = tmp_path_factory.mktemp("qp") / "phone.vcf"
    path.write_bytes(text)
    _, rows, _ = read(path)
    assert rows == [(1, f"{given_name} {family}", "p@example.se", None)], assume_escape


def test_an_fn_written_family_comma_given_as_its_n_says_is_turned(tmp_path):
    """`FN:Stone, Bob` beside `N:Stone;Bob;;;` (a directory's File As): given name first,
    as from a CSV's `Last, First`; an FN whose comma N does not spell stays as written."""
    path = tmp_path / "cards.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Stone;Bob;;;\r\nFN:Stone, Bob\r\n"
        "EMAIL:bob@example.com\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Boyd;;;;\r\nFN:Boyd, Inc.\r\n"
        "EMAIL:office@boyd.example.com\r\nEND:VCARD\r\n"
    )
    _, rows, _ = read(path)
    assert [(name, email) for _, name, email, _ in rows] == [
        ("Bob Stone", "bob@example.com"),
        ("Boyd, Inc.", "office@boyd.example.com"),
    ]
