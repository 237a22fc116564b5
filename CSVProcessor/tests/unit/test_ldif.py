"""LDIF address books (Thunderbird, LDAP exports): each entry a row, a broken one rejected alone.

Entries are written by the `ldif` library's own writer (folding at 76 columns,
base64 for values that are not plain ASCII), with comments, blank-line runs, line
ends and broken entries drawn at random: every good entry is read with its name,
email and `dn:` line, every broken one is one reject, every physical line is counted.
"""

import base64
import io
from collections import Counter

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from ldif import LDIFWriter

from csv_import.reading import open_people
from csv_import.reading.kinds import kind_of
from csv_import.reading.text_records import LINE_LIMIT

BROKEN = (  # an entry the parser refuses, each alone
    "dn: cn=Broken\nthis line has no colon\n",
    "dn: cn=Only A Dn\n",  # an entry without attributes
    "dn: cn=Bad Base64\ncn:: ***not base64***\n",
)


NO_ENTRY = (  # blocks that are no entry, skipped with the reason, each alone
    (
        "dn: uid=a,dc=example,dc=org\nchangetype: modify\nreplace: mail\nmail: a@example.org\n-\n",
        "a change record (changetype: modify), not an entry",
    ),
    (
        "dn: uid=b,dc=example,dc=org\nchangetype: delete\n",
        "a change record (changetype: delete), not an entry",
    ),
    (
        "dn: uid=c,dc=example,dc=org\nchangetype: modrdn\nnewrdn: uid=d\ndeleteoldrdn: 1\n",
        "a change record (changetype: modrdn), not an entry",
    ),
    ("search: 2\nresult: 0 Success\n", "a search's result lines (search:, result:)"),
)


def entry(i: int, name: str, line_end: str) -> str:
    out = io.BytesIO()
    record = {
        "objectclass": ["top", "person", "inetOrgPerson"],
        "cn": [name],
        "mail": [f"p{i}@example.com"],
        "mozillaSecondEmail": [f"p{i}.home@example.org"],
        "telephoneNumber": [f"+49 30 {i:07d}"],
        "o": ["Acme GmbH"],
    }
    LDIFWriter(out, line_sep=line_end.encode()).unparse(f"cn={name},mail=p{i}@example.com", record)
    return out.getvalue().decode().rstrip(line_end) + line_end


def read(path):
    with open_people(path) as people:
        rows = [(r.line, r.full_name, r.email, r.error) for r in people.rows()]
        return people, rows


names = (
    st.text(st.characters(codec="utf-8", categories=("L", "M", "N", "Zs")), min_size=1, max_size=90)
    .map(str.strip)
    .filter(bool)
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.one_of(names, st.sampled_from(range(len(BROKEN))), st.sampled_from(NO_ENTRY)),
        min_size=1,
        max_size=20,
    ).filter(lambda kinds: kinds[0] != NO_ENTRY[-1]),  # result lines first: no LDIF file
    st.sampled_from(["\n", "\r\n", "\r"]),
    st.lists(st.sampled_from(["", "# a comment", "#", "# folded\n  comment"]), max_size=3),
    st.integers(0, 3),  # blank lines after each entry: none, the next dn: starts the next
)
def test_every_entry_is_read_or_rejected_alone(tmp_path_factory, kinds, line_end, before, blanks):
    """N entries of which K are broken and C are change records or result lines: N-K-C
    rows, K rejects on their dn: lines, the C blocks' lines skipped, every line counted;
    with a blank line between entries or none."""
    # A search prints its result lines after a blank line (and after every entry).
    assume(blanks or NO_ENTRY[-1] not in kinds)
    text, expected, line, skipped = "", [], 1, Counter()
    for part in before:  # comments and blank lines before the first entry
        text += part + "\n"
        line += part.count("\n") + 1
    for i, kind in enumerate(kinds):
        if isinstance(kind, tuple):
            written = kind[0].replace("\n", line_end)
            skipped[kind[1]] += written.count(line_end)
        elif isinstance(kind, int):
            written = BROKEN[kind].replace("\n", line_end)
            expected.append((line, "", "", "ldif.unreadable"))
        else:
            written = entry(i, kind, line_end)
            expected.append((line, " ".join(kind.split()), f"p{i}@example.com", None))
        text += written + line_end * blanks
        line += written.count(line_end) + blanks
    path = tmp_path_factory.mktemp("ldif") / "book.ldif"
    path.write_bytes(text.encode())
    people, rows = read(path)
    assert [(n, " ".join(name.split()), email, error) for n, name, email, error in rows] == expected
    assert people.lines == line - 1  # every physical line a row's or a skipped one
    assert {k: v for k, v in people.skipped.items() if k in dict(NO_ENTRY).values()} == skipped


def test_thunderbird_fields_and_lists(tmp_path):
    path = tmp_path / "thunderbird.ldif"
    path.write_text(
        "dn: cn=Ann Lee,mail=ann@example.com\nobjectclass: top\nobjectclass: person\n"
        "givenName: Ann\nsn: Lee\ncn: Ann Lee\nmail: ann@example.com\n"
        "mozillaSecondEmail: ann.home@example.org\ntelephoneNumber: +1 212 555 0100\n"
        "mobile: +1 212 555 0199\no: Acme\ntitle: Engineer\nmodifytimestamp: 0Z\n\n"
        "dn: cn=Team\nobjectclass: top\nobjectclass: groupOfNames\ncn: Team\n"
        "member: cn=Ann Lee,mail=ann@example.com\n\n"
        "dn: mail=ichiro@example.jp\ngivenName:: 5LiA6YOO\nsn:: 5bGx5pys\nMAIL: ichiro@example.jp\n"
    )
    with open_people(path) as people:
        rows = list(people.rows())
        skipped = people.skipped
    ann, ichiro = rows
    assert (ann.line, ann.full_name, ann.email, ann.alternatives) == (
        1, "Ann Lee", "ann@example.com", ("ann.home@example.org",))  # fmt: skip
    assert (ann.phone, ann.company, ann.job_title) == ("+1 212 555 0100", "Acme", "Engineer")
    assert (ichiro.line, ichiro.full_name, ichiro.email) == (21, "山本 一郎", "ichiro@example.jp")
    assert skipped == {"a mailing list": 5, "blank": 2}


def test_the_other_names_of_the_attributes(tmp_path):
    """Active Directory's and the Windows Address Book's names for the same fields."""
    path = tmp_path / "ad.ldif"
    path.write_text(
        "dn: CN=Ann Lee,OU=Contacts\ncommonName: Ann Lee\nrfc822Mailbox: ann@example.com\n"
        "otherMobile: +44 7700 900123\ncompany: Acme Ltd\n\n"
        "dn: CN=Bo\ngn: Bo\nsurname: Berg\nmail: bo@example.se\norganizationName: Berg AB\n"
    )
    with open_people(path) as people:
        found = [(r.full_name, r.email, r.phone, r.company) for r in people.rows()]
    assert found == [
        ("Ann Lee", "ann@example.com", "+44 7700 900123", "Acme Ltd"),
        ("Bo Berg", "bo@example.se", "", "Berg AB"),
    ]


def test_an_ldif_file_is_told_by_its_content(tmp_path):
    for head in (
        b"dn: cn=a\n",
        b"version: 1\n",
        b"# exported\n\nDN: cn=a\n",
        b"\xef\xbb\xbfdn: x\n",
    ):
        assert kind_of("book", head) == "ldif"
    for head in (b"name,email\n", b"dn,mail\n", b"# notes\nname;email\n"):
        assert kind_of("book", head) == "csv"


def test_the_cli_reads_an_ldif_book_in_a_legacy_code_page(
    tmp_path, monkeypatch, capsys, printed_json
):
    """An old exporter's LDIF in cp1250 (not the RFC's UTF-8): decided as a CSV's would be."""
    from csv_import import cli

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LOGS_DIR", str(tmp_path / "logs"))
    names = ["Małgorzata Kowalska", "Łukasz Wiśniewski", "Zofia Dąbrowska", "Paweł Wójcik"]
    entries = [
        f"dn: mail=p{i}@example.pl\ncn: {n}\nmail: p{i}@example.pl\n" for i, n in enumerate(names)
    ]
    path = tmp_path / "book.ldif"
    path.write_bytes(("\n".join(entries) + "\ndn: cn=x\nno colon on this line\n").encode("cp1250"))
    assert cli.main([str(path), "--dry-run", "--json"]) == 0
    summary = printed_json(capsys.readouterr().out)
    assert (summary["rows"], summary["accepted"], summary["rejected"]) == (5, 4, 1)
    assert summary["rejected_by_reason"] == {"ldif.unreadable": 1}
    assert summary["columns"]["kind"] == "ldif"
    with open_people(path) as people:
        assert [row.full_name for row in people.rows()][:4] == names


def test_a_cn_that_is_an_address_is_no_name(tmp_path):
    """Thunderbird writes the address as cn for a contact without a name: the next name
    attribute, else the given and family names, else none (as a CSV's whole name)."""
    path = tmp_path / "book.ldif"
    path.write_text(
        "dn: cn=ann@example.com,mail=ann@example.com\ncn: ann@example.com\ngivenName: Ann\n"
        "sn: Lee\nmail: ann@example.com\n\n"
        "dn: mail=bo@example.com\ncn: bo@example.com\ndisplayName: Bo Berg\n"
        "mail: bo@example.com\n\n"
        "dn: mail=cy@example.com\ncn: cy@example.com\nmail: cy@example.com\n"
    )
    with open_people(path) as people:
        rows = [(r.full_name, r.email) for r in people.rows()]
    assert rows == [("Ann Lee", "ann@example.com"), ("Bo Berg", "bo@example.com"),
                    ("", "cy@example.com")]  # fmt: skip


def test_an_unfolded_value_past_the_line_limit_is_one_line_of_its_entry(tmp_path):
    """`ldapsearch -o ldif-wrap=no` writes a jpegPhoto of megabytes on one line: the entry is
    read (its photo is no text), the entries after it keep their line numbers."""
    photo = base64.b64encode(bytes(range(256)) * 5000).decode()
    assert len(photo) > LINE_LIMIT
    path = tmp_path / "book.ldif"
    path.write_text(
        f"dn: cn=Ana Lee\ncn: Ana Lee\nmail: ana@example.com\njpegPhoto:: {photo}\n\n"
        "dn: cn=Bo Berg\ncn: Bo Berg\nmail: bo@example.com\n"
    )
    people, rows = read(path)
    assert rows == [(1, "Ana Lee", "ana@example.com", None), (6, "Bo Berg", "bo@example.com", None)]
    assert people.lines == 8


def test_an_address_written_with_its_name_or_as_a_mailto_uri_is_the_address(tmp_path):
    path = tmp_path / "book.ldif"
    path.write_text(
        "dn: cn=Ann Lee\ncn: Ann Lee\nmail: Ann Lee <ann@example.com>\n"
        "mozillaSecondEmail: mailto:ann.home@example.org\n"
    )
    with open_people(path) as people:
        rows = [(r.email, r.alternatives) for r in people.rows()]
    assert rows == [("ann@example.com", ("ann.home@example.org",))]


def test_an_attribute_with_options_is_that_attribute(tmp_path):
    """A directory's language tags (RFC 3866): `cn;lang-ja` and `cn;lang-en` are cn values,
    in the file's order; `mail;x-work` is a mail."""
    path = tmp_path / "book.ldif"
    path.write_text(
        "dn: uid=taro\ncn;lang-ja:: 5bGx55SwIOWkqumDjg==\ncn;lang-en: Taro Yamada\n"
        "mail;x-work: taro@example.jp\n"
    )
    with open_people(path) as people:
        assert [(r.full_name, r.email) for r in people.rows()] == [("山田 太郎", "taro@example.jp")]


def test_entries_without_a_blank_line_between_them_are_each_read(tmp_path):
    """A dn: line starts the next entry: written with no blank line between entries, each is
    read alone (before: one ldif.unreadable reject for all of them)."""
    path = tmp_path / "book.ldif"
    path.write_text(
        "version: 1\ndn: cn=Ann Lee\ncn: Ann Lee\nmail: ann@example.com\n"
        "dn: cn=Bo Berg\ncn: Bo Berg\nmail: bo@example.com\ndn: cn=Empty\n\n"
        "dn: cn=Cy\ncn: Cy Dee\nmail: cy@example.com\n"
    )
    people, rows = read(path)
    assert rows == [
        (2, "Ann Lee", "ann@example.com", None),
        (5, "Bo Berg", "bo@example.com", None),
        (8, "", "", "ldif.unreadable"),  # a dn: and no attribute
        (10, "Cy Dee", "cy@example.com", None),
    ]
    assert people.lines == 12


def test_active_directorys_smtp_proxy_addresses_are_other_addresses(tmp_path):
    """Samba's ldbsearch of its users: proxyAddresses hold the primary `SMTP:` address and
    `smtp:` aliases (and `X500:`, `SIP:` entries, no mail). The SMTP ones, the primary
    first, are the person's addresses after mail; one that is mail is not kept twice."""
    path = tmp_path / "users.ldif"
    path.write_text(
        "# record 1\ndn: CN=Ann Lee,CN=Users,DC=x\ncn: Ann Lee\nmail: ann@x.org\n"
        "proxyAddresses: smtp:alee@x.org\nproxyAddresses: X500:/o=X/ou=Users/cn=ann\n"
        "proxyAddresses: SMTP:ANN@x.org\nproxyAddresses: sip:ann@x.org\n\n"
        "# record 2\ndn: CN=Bo Berg,CN=Users,DC=x\ncn: Bo Berg\n"
        "proxyAddresses: smtp:bo.alias@x.org\nproxyAddresses: SMTP:bo@x.org\n\n"
        "# returned 2 records\n# 2 entries\n# 0 referrals\n"
    )
    with open_people(path) as people:
        found = [(r.full_name, r.email, r.alternatives) for r in people.rows()]
    assert found == [
        ("Ann Lee", "ann@x.org", ("alee@x.org",)),
        ("Bo Berg", "bo@x.org", ("bo.alias@x.org",)),
    ]


def test_univentions_primary_and_alternative_addresses_and_no_group(tmp_path):
    """Univention's (and Kolab's) users hold their address in mailPrimaryAddress and their
    aliases in mailAlternativeAddress, no mail; a group (posixGroup, univentionGroup, Active
    Directory's group) holds members and may have an address of its own: no person."""
    path = tmp_path / "ucs.ldif"
    path.write_text(
        "dn: uid=ann,cn=users,dc=x\nobjectClass: inetOrgPerson\ncn: Ann Lee\n"
        "mailPrimaryAddress: ann@x.org\nmailAlternativeAddress: a.lee@x.org\n\n"
        "dn: cn=staff,cn=groups,dc=x\nobjectClass: posixGroup\nobjectClass: univentionGroup\n"
        "cn: staff\nmailPrimaryAddress: staff@x.org\n\n"
        "dn: CN=Sales,CN=Users,DC=x\nobjectClass: top\nobjectClass: group\ncn: Sales\n"
        "mail: sales@x.org\n\n"
        "dn: uid=bo,cn=users,dc=x\nobjectClass: inetOrgPerson\ncn: Bo Berg\nmail: bo@x.org\n"
        "mailPrimaryAddress: bo.berg@x.org\n"
    )
    with open_people(path) as people:
        found = [(r.full_name, r.email, r.alternatives) for r in people.rows()]
        skipped = dict(people.skipped)
    assert found == [
        ("Ann Lee", "ann@x.org", ("a.lee@x.org",)),
        ("Bo Berg", "bo@x.org", ("bo.berg@x.org",)),
    ]
    assert skipped == {"a mailing list": 10, "blank": 3}


def test_a_mail_servers_primary_and_alternative_addresses_are_the_persons(tmp_path):
    """Univention's users (its mail schema, as Kolab's) hold their address in
    mailPrimaryAddress and their aliases in mailAlternativeAddress, often with no mail:
    every user was a `email.empty` reject. The primary address comes after mail, the
    aliases after the other second addresses."""
    path = tmp_path / "users.ldif"
    path.write_text(
        "dn: uid=ann,cn=users,dc=x\ncn: Ann Lee\nmailPrimaryAddress: ann@x.org\n"
        "mailAlternativeAddress: a.lee@x.org\nmailAlternativeAddress: office@x.org\n\n"
        "dn: uid=bo,cn=users,dc=x\ncn: Bo Berg\nmail: bo@home.example\n"
        "mailPrimaryAddress: bo@x.org\n\n"
    )
    with open_people(path) as people:
        found = [(r.full_name, r.email, r.alternatives) for r in people.rows()]
    assert found == [
        ("Ann Lee", "ann@x.org", ("a.lee@x.org", "office@x.org")),
        ("Bo Berg", "bo@home.example", ("bo@x.org",)),
    ]


_LOGIN_LETTERS = st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=3, max_size=12)
_GIVEN = st.sampled_from(["Jane", "Rohan", "Ingrid", "Mehmet", "Zoë"])
_FAMILY = st.sampled_from(["Smith", "Patel", "Østby", "Yıldız", "Nakamura"])


@settings(max_examples=40, deadline=None)
@given(login=_LOGIN_LETTERS, given_name=_GIVEN, family=_FAMILY, full=st.booleans())
def test_a_cn_that_is_a_login_is_no_name(tmp_path_factory, login, given_name, family, full):
    """eDirectory writes the login as cn (`cn: jsmith`) beside givenName and sn: a cn of one
    word that is neither of them is no name; fullName, else the parts, name the person. A
    cn of one word beside the family name alone (`cn: Jane`, `sn: Smith`) stays the name."""
    assume(login.casefold() not in {given_name.casefold(), family.casefold()})
    path = tmp_path_factory.mktemp("ldif") / "tree.ldif"
    whole = f"fullName: {given_name} {family}\n" if full else ""
    path.write_text(
        f"dn: cn={login},o=acme\nchangetype: add\ncn: {login}\n{whole}givenName: {given_name}\n"
        f"sn: {family}\nmail: a@example.com\n\n"
        f"dn: cn={given_name},o=acme\ncn: {given_name}\nsn: {family}\nmail: b@example.com\n",
        encoding="utf-8",
    )
    with open_people(path) as people:
        rows = [(r.full_name, r.email) for r in people.rows()]
    assert rows == [(f"{given_name} {family}", "a@example.com"), (given_name, "b@example.com")]


_CJK_FAMILY = st.sampled_from(["김", "박", "이", "王", "李", "山田", "佐藤", "欧阳"])
_CJK_GIVEN = st.sampled_from(["민준", "서연", "小明", "伟", "太郎", "花子", "지훈"])


@settings(max_examples=40, deadline=None)
@given(family=_CJK_FAMILY, given_name=_CJK_GIVEN, encoded=st.booleans())
def test_a_cn_of_both_names_written_together_is_the_name(
    tmp_path_factory, family, given_name, encoded
):
    """Apache Directory Studio's Korean entries: `cn: 김민준` beside `sn: 김`, `givenName:
    민준`, base64 or not. Hangul and Han put no space between a name's parts: a cn that is
    both names written together is the name, not a login (it was read as one, and the parts
    joined with a space stored instead)."""

    def value(attribute: str, text: str) -> str:
        if encoded:
            return f"{attribute}:: {base64.b64encode(text.encode()).decode()}\n"
        return f"{attribute}: {text}\n"

    path = tmp_path_factory.mktemp("ldif") / "tree.ldif"
    path.write_text(
        f"version: 1\n\ndn: uid=u1,o=acme\n{value('cn', family + given_name)}"
        f"{value('sn', family)}{value('givenName', given_name)}mail: a@example.com\n",
        encoding="utf-8",
    )
    with open_people(path) as people:
        rows = [(r.full_name, r.email) for r in people.rows()]
    assert rows == [(family + given_name, "a@example.com")]


NOT_A_PERSON = st.tuples(
    st.sampled_from(["zimbra", "kopano", "mail", "acme", "univention", "x-"]),
    st.sampled_from(["DistributionList", "List", "list", "CalendarResource", "Resource", "Group"]),
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.one_of(st.just(None), NOT_A_PERSON), min_size=1, max_size=8),
    st.booleans(),
)
def test_lists_groups_and_resources_are_no_persons(tmp_path_factory, entries, beside_person):
    """A mail server's directory holds its distribution lists and its rooms beside its
    users (Zimbra's zimbraDistributionList, zimbraCalendarResource), each with a cn and a
    mail of its own, a resource even with inetOrgPerson: a class ending in `group`, `list`
    or `resource` is no person, whatever its vendor's prefix."""
    blocks, persons = [], []
    for i, kind in enumerate(entries):
        if kind is None:
            name = f"Person Number{i}"
            classes = "objectClass: inetOrgPerson\n"
            persons.append((name, f"p{i}@example.com"))
        else:
            name = f"Sejna soba {i}"
            classes = f"objectClass: {''.join(kind)}\n"
            if beside_person:
                classes = "objectClass: inetOrgPerson\n" + classes
        blocks.append(
            f"dn: uid=e{i},dc=example,dc=org\n{classes}cn: {name}\nmail: p{i}@example.com\n"
        )
    path = tmp_path_factory.mktemp("ldif") / "directory.ldif"
    path.write_text("\n".join(blocks), encoding="utf-8")
    _people, rows = read(path)
    assert [(name, email) for _line, name, email, _error in rows] == persons


@settings(max_examples=40, deadline=None)
@given(
    family=st.sampled_from(["Nguyen", "O'Brien", "Van der Berg", "Müller", "Smith-Jones"]),
    given_name=st.sampled_from(["Thi Lan", "Ann", "Jean-Pierre", "Ólöf"]),
    attribute=st.sampled_from(["cn", "displayName"]),
)
def test_a_name_written_sn_comma_given_name_is_turned(
    tmp_path_factory, family, given_name, attribute
):
    """Active Directory's `cn: Nguyen, Thi Lan` beside `sn: Nguyen`, `givenName: Thi Lan`:
    the given name first, as from a CSV's `Last, First` column. It was stored as written.
    A comma the parts do not spell (`Lee, Jr.`) stays."""
    path = tmp_path_factory.mktemp("ad") / "ad.ldif"
    path.write_text(
        f"dn: uid=a,dc=example,dc=com\n{attribute}: {family}, {given_name}\nsn: {family}\n"
        f"givenName: {given_name}\nmail: a@example.com\n\n"
        "dn: uid=b,dc=example,dc=com\ncn: Lee, Jr.\nsn: Lee\ngivenName: Bo\nmail: b@example.com\n",
        encoding="utf-8",
    )
    with open_people(path) as people:
        rows = [(r.full_name, r.email) for r in people.rows()]
    assert rows == [(f"{given_name} {family}", "a@example.com"), ("Lee, Jr.", "b@example.com")]
