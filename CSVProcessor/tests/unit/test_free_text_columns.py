"""Free text filled on every row beside the name: generated tables (hypothesis).

A table of people (names in several scripts, two of them sharing a name, some rows a firm's
name alone) and their addresses, the name one column or its given and family parts, under a
header the vocabulary knows or one it does not, beside one to three columns of free text
filled on every row (sentences, postal addresses, answers to a question, numbers with
words, links, job descriptions, messages in Han) under headers that say no name, in any
column order. The people read must be exactly the people written.

What is truly ambiguous, and may be refused (never stored wrong): the name's own header
says no name AND its values alone cannot tell it from the rest, i.e.
- the name is given and family parts, one word each (one-word values under a header that
  says no name are a city, a tag, a status as often as a name: docs/columns.md); their
  order may then be either (nothing says which part is the given name);
- or the names do not differ from row to row on more than half the rows (a status);
- or a free-text column is name-shaped on every row as the names are (short answers,
  "Google", "Instagram ad") and the rows' addresses do not carry the names.
A refusal must say `no name column`. Everywhere else (a header saying name, or whole names
beside text that is no name by its values: sentences, long or marked messages in Han,
job descriptions, digits, links) the people must be read exactly.
Left alone (docs/file-rules.md): parts of two words or firms' names under headers that
say no name, one-word answers beside one-word parts, short unmarked messages in Han.
"""

import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csv_import.errors import InputError
from csv_import.reading import open_people
from csv_import.reading.columns import writes_family_first
from csv_import.reading.vocabulary import read_header
from csv_import.rows import Person
from csv_import.validation import validate
from CSVProcessor.tests.exports.builders import csv_text

# (given, family, written whole): several scripts; Han and Hangul write the family first, solid.
PEOPLE = [
    ("Ann", "Lee", None), ("José", "Núñez", None), ("Zoë", "Müller", None),
    ("Łukasz", "Kowalski", None), ("Siobhán", "O'Neil", None), ("Ana María", "García López", None),
    ("Björn", "van der Berg", None), ("Ngọc", "Nguyễn", None), ("Oğuz", "Yılmaz", None),
    ("Иван", "Петров", None), ("Ольга", "Смирнова", None), ("Σοφία", "Παπαδοπούλου", None),
    ("محمد", "العلي", None), ("דוד", "לוי", None), ("प्रिया", "शर्मा", None),
    ("太郎", "山田", "山田太郎"), ("小明", "王", "王小明"), ("지훈", "박", "박지훈"),
    ("Chiara", "Bianchi", None), ("Kwame", "Mensah", None),
]  # fmt: skip
FIRMS = ["Acme Iberia S.L.", "Müller & Söhne GmbH", "Boyd Roofing LLC"]

WHOLE_KNOWN = ["Name", "Full Name", "Nom complet", "Имя", "氏名", "Display Name", "Nombre"]
PARTS_KNOWN = [("First Name", "Last Name"), ("Vorname", "Nachname"), ("Prénom", "Nom de famille"),
               ("Nombre", "Apellidos"), ("Имя", "Фамилия")]  # fmt: skip
# Headers that say no name: unknown words, an empty header, words in no listed language,
# and a few exclusion words (notes, remarks) written as a database column would be.
UNKNOWN = ["nachricht", "留言", "x_field_7", "", "rimarkoj", "mesaĝo", "ujumbe", "q3",
           "answer_2", "info", "how_found", "komento", "feld_12", "c7", "respuesta_libre",
           "adres_pelny", "field 9", "who", "person", "teilnehmer", "remarks_internal",
           "memo_text", "anschrift", "bericht"]  # fmt: skip
UNKNOWN_NAME = ["who", "person", "teilnehmer", "x_field_2", "", "col_b", "kontakto", "nomo"]

SENTENCES = [
    "please call me back next week about the new premium plan interested in a demo",
    "met at fair wants pricing for team sent brochure follow up after holidays",
    "budget approved waiting on legal asked to be removed from list",
]
WORDS = [word for sentence in SENTENCES for word in sentence.split()]
HAN = [
    "请",
    "下周",
    "回电话",
    "对",
    "高级",
    "套餐",
    "感兴趣",
    "已发",
    "报价",
    "在展会",
    "认识",
    "需要",
    "演示",
]
STREETS = ["Rue de la Paix", "Hauptstraße", "Calle Mayor", "Main Street", "ul. Długa"]
CITIES = ["Paris", "Berlin", "Madrid", "Springfield", "Kraków"]
ANSWERS = ["From a friend", "Google", "Instagram ad", "At the fair", "Newsletter", "Podcast"]
JOBS = ["Leads the sales team in Iberia", "Runs payroll for three offices",
        "Writes the firmware of our sensors", "Teaches maths at a secondary school",
        "Looks after key accounts in the north", "Manages the warehouse night shift"]  # fmt: skip


def test_the_headers_said_to_say_no_name_say_none():
    for text in UNKNOWN + UNKNOWN_NAME:
        means = read_header(text).means
        assert not means & {"name", "full", "display", "given", "middle", "family"}, text


@st.composite
def free_text(draw, n: int, kind: str) -> str:
    if kind == "sentence":
        words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=14))
        text = " ".join(words)
        return text[0].upper() + text[1:] + draw(st.sampled_from(["", ".", "!", "?", "..."]))
    if kind == "han":
        # A message in Han: past eight letters, or ending with a sentence's mark (a shorter
        # one without, "下周回电话", is written as a Chinese name is: left alone).
        text = "".join(draw(st.lists(st.sampled_from(HAN), min_size=3, max_size=6)))
        mark = draw(st.sampled_from(["", "。", "！"]))
        return text + (mark if mark or len(text) > 8 else "。")
    if kind == "address":
        street, city = draw(st.sampled_from(STREETS)), draw(st.sampled_from(CITIES))
        return f"{street} {n + 3}, {10115 + 7 * n} {city}"
    if kind == "answer":
        return draw(st.sampled_from(ANSWERS))
    if kind == "numbers":
        return draw(
            st.sampled_from([f"{n + 2} seats", f"Order {4000 + n}", f"{n + 1} x T-shirt M"])
        )
    if kind == "url":
        return f"https://example.org/u/{n + 100}?ref=list"
    if kind == "job":
        return draw(st.sampled_from(JOBS))
    raise AssertionError(kind)


KINDS = ["sentence", "han", "address", "answer", "numbers", "url", "job", "mixed"]


def _folded(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    return "".join(c for c in plain if c.isalnum())


@st.composite
def tables(draw):
    """(header, rows, people expected, may be refused, the name's layout)."""
    count = draw(st.integers(2, 9))
    layout = draw(st.sampled_from(["whole", "parts"]))
    known = draw(st.booleans())
    # Left alone (docs/file-rules.md): parts under headers that say no name are read only
    # when each is one word (a part of two words, "García López", or a firm's name in the
    # family column reads as a whole name, a Han or Hangul family name alone as one too).
    plain_parts = layout == "parts" and not known
    pool = [p for p in PEOPLE if not plain_parts or (
        p[2] is None and " " not in p[0] + p[1])]  # fmt: skip
    chosen = draw(st.lists(st.sampled_from(pool), min_size=count, max_size=count))
    if count >= 3 and draw(st.booleans()):
        chosen[1] = chosen[0]  # two people share a name
    firms = set() if plain_parts else draw(st.sets(st.integers(0, count - 1), max_size=count // 3))
    carried = draw(st.booleans())  # the addresses' local parts write the names
    people = []
    for n, (given_name, family, solid) in enumerate(chosen):
        firm = FIRMS[n % len(FIRMS)] if n in firms else None
        if firm:
            whole, given_part, family_part = firm, "", firm
        else:
            whole = solid or f"{given_name} {family}"
            given_part, family_part = given_name, family
        local = _folded(f"{given_name}.{family}") if carried and not firm else ""
        email = f"{local if len(local) > 3 else 'p'}{n}@example.org"
        if writes_family_first(family_part) and given_part:
            stored = f"{family_part} {given_part}"
        else:
            stored = " ".join(p for p in (given_part, family_part) if p)
        people.append((whole if layout == "whole" else stored, email, given_part, family_part))
    if layout == "whole":
        name_headers = [draw(st.sampled_from(WHOLE_KNOWN if known else UNKNOWN_NAME))]
        name_columns = [[p[0] for p in people]]
    else:
        pair = (
            draw(st.sampled_from(PARTS_KNOWN))
            if known
            else tuple(
                draw(st.lists(st.sampled_from(UNKNOWN_NAME), min_size=2, max_size=2, unique=True))
            )
        )
        name_headers = list(pair)
        name_columns = [[p[2] for p in people], [p[3] for p in people]]
    # Left alone too: one-word answers ("Podcast", "Google") right beside one-word parts
    # under headers that say no name are read as a third part when the addresses carry
    # the parts (a name may have three one-word parts: given, father's, family).
    kinds = draw(
        st.lists(
            st.sampled_from([k for k in KINDS if not plain_parts or k not in ("answer", "mixed")]),
            min_size=1,
            max_size=3,
        )
    )
    used = set(name_headers)
    text_headers = []
    for _ in kinds:
        header = draw(st.sampled_from([h for h in UNKNOWN if h not in used]))
        used.add(header)
        text_headers.append(header)
    text_columns = []
    for kind in kinds:
        values = []
        for n in range(count):
            k = draw(st.sampled_from(KINDS[:-1])) if kind == "mixed" else kind
            values.append(draw(free_text(n, k)))
        text_columns.append(values)
    # The name's parts side by side, as exports write them (either one first); the other
    # columns anywhere around them.
    name_block = list(zip(name_headers, name_columns, strict=True))
    if draw(st.booleans()):
        name_block.reverse()
    blocks = [[("Email", [p[1] for p in people])], name_block]
    blocks += [[c] for c in zip(text_headers, text_columns, strict=True)]
    columns = [c for block in draw(st.permutations(blocks)) for c in block]
    header = [h for h, _ in columns]
    rows = [[values[n] for _, values in columns] for n in range(count)]
    # Name-shaped by every measure of the values: short answers ("Google", "Instagram ad").
    name_shaped = any(k in ("answer", "mixed") for k in kinds)
    # a column under a header that says no name is a list's names only if they differ
    # from row to row (one value on most rows is a status, a tag)
    alike = len({p[0] for p in people}) * 2 <= count
    ambiguous = not known and (layout == "parts" or alike or (name_shaped and not carried))
    # Under headers that say no name, nothing may say which part is the given name: the
    # parts are read in file order, or in the order the addresses write them; either is
    # the person (expected holds both orders then).
    expected = [
        {p[0], f"{p[2]} {p[3]}".strip(), f"{p[3]} {p[2]}".strip()}
        if layout == "parts" and not known
        else {p[0]}
        for p in people
    ]
    emails = [p[1] for p in people]
    return (
        header,
        rows,
        (expected, emails),
        ambiguous,
        f"{layout} {'known' if known else 'unknown'}",
    )


def read(header, rows) -> list[tuple[str, str]]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "people.csv"
        path.write_text(csv_text([header, *rows]), encoding="utf-8")
        found = []
        with open_people(str(path)) as opened:
            for row in opened.rows():
                verdict = validate(row)
                assert isinstance(verdict, Person), (verdict, row)
                found.append((verdict.full_name, verdict.email))
        return found


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables())
def test_free_text_filled_on_every_row_is_never_the_name(table):
    header, rows, expected, ambiguous, _ = table
    try:
        found = read(header, rows)
    except InputError as error:
        assert ambiguous and "no name column" in str(error), (error, header, rows)
        return
    names, emails = expected
    assert [e for _, e in found] == emails, (header, rows)
    assert all(n in ok for (n, _), ok in zip(found, names, strict=True)), (header, rows, found)


def test_a_sentence_is_no_name_and_a_names_particles_are_part_of_it():
    from csv_import.reading.evidence import looks_like_name

    sentences = [
        "Leads the sales team in Iberia",
        "From a friend",
        "Call me back!",
        "请下周回电话。",
        "Interested in a demo?",
        "Call back.",
        "Premium plan...",
        "在展会需要需要在展会感兴趣",
    ]
    for text in sentences:
        assert not looks_like_name(text), text
    names = [
        "Ana de la Cruz",
        "Siti Aminah binti Yusof",
        "Ludwig van Beethoven",
        "Vries, Jan de",
        "Berg, Anna van den",
        "Khalid bin al-Saud",
        "Ann L.",
        "Walter White Jr.",
        "ann lee",
        "John smith",
        "佐々木小次郎",
        "勅使河原美智子",
    ]
    for text in names:
        assert looks_like_name(text), text


def test_a_message_column_before_the_names_under_unknown_headers_is_not_the_name():
    header = ["nachricht", "Email", "who"]
    rows = [["Interested in the premium plan", "p0@example.org", "Ann Lee"],
            ["Met at the fair, wants a demo!", "p1@example.org", "José Núñez"],
            ["Please call back next week.", "p2@example.org", "Ann Lee"]]  # fmt: skip
    assert read(header, rows) == [("Ann Lee", "p0@example.org"), ("José Núñez", "p1@example.org"),
                                  ("Ann Lee", "p2@example.org")]  # fmt: skip


def test_of_two_columns_of_whole_names_by_values_alone_the_one_the_addresses_carry():
    header = ["留言", "Email", "who"]
    rows = [["对高级套餐感兴趣", "annlee@example.org", "Ann Lee"],
            ["下周回电话", "jose.nunez@example.org", "José Núñez"]]  # fmt: skip
    assert [n for n, _ in read(header, rows)] == ["Ann Lee", "José Núñez"]


def test_a_header_cell_without_a_letter_is_no_evidence_of_a_name():
    """One-word answers under an empty header were a name (read like a header in a script
    no vocabulary has)."""
    header = ["", "Email", "who", "teilnehmer"]
    rows = [["Google", "p0@example.org", "Παπαδοπούλου", "Σοφία"],
            ["Podcast", "p1@example.org", "Παπαδοπούλου", "Σοφία"],
            ["Google", "p2@example.org", "לוי", "דוד"]]  # fmt: skip
    try:
        found = read(header, rows)
    except InputError as error:
        assert "no name column" in str(error)
    else:
        assert [n for n, _ in found] != ["Google", "Podcast", "Google"]


def test_answers_repeating_beside_one_name_repeated_are_not_the_names():
    """Found by test_free_text_filled_on_every_row_is_never_the_name (rarely drawn):
    `Ann Lee` on every row under `who`, `Instagram ad` on three rows of five under `留言`
    (four in five of two words or more, a different value on more than half the rows):
    the answers were stored as the names. Both repeat one value: neither is a list's
    names by its values alone; refused, or the name read, never the answers."""
    answers = ["From a friend", "Instagram ad", "Podcast", "Instagram ad", "Instagram ad"]
    for carried in (False, True):
        emails = [f"{'annlee' if carried else 'p'}{n}@example.org" for n in range(5)]
        rows = [["Ann Lee", email, answer] for email, answer in zip(emails, answers, strict=True)]
        try:
            found = read(["who", "Email", "留言"], rows)
        except InputError as error:
            assert "no name column" in str(error)
            continue
        assert found == [("Ann Lee", email) for email in emails]
