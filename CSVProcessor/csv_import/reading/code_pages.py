"""Which legacy code page a file that isn't UTF-8 is in: the decoding that reads as real text.

Every candidate (languages.CODE_PAGES: windows-1250…1258, ISO-8859-x, KOI8-R/U,
DOS cp437/850/852/857/866/775/720/737/862, MacRoman, MacCyrillic, Thai cp874, and CJK cp932, EUC-JP,
GB18030, Big5, Big5-HKSCS,
cp949) decodes the evidence, the lines of the file with bytes beyond ASCII.
Each reading is scored on what real text does and mojibake does not:

- words of letters of one script (`Ma³gorzata`, `Ð˜Ð²Ð°Ð½` are not);
- no capital letter after a small one beside a non-ASCII letter (`MaĹ‚`, KOI8-R
  read as cp1251: `йЧБО`);
- no Latin word made mostly of accented letters (Greek read as cp1252);
- the letters belong to the alphabet of one language the code page writes
  (Hungarian `Győző` read as cp1252 is `Gyõzõ`: õ is not Hungarian, and no
  language has õ, ö and û), the others at least to a language it writes;
- known words of those languages, export headers (`Imię`, `Név`, `이메일`) and
  common names, count a lot;
- CJK: characters frequent in names and headers, then characters of the
  common levels of GB2312, Big5, JIS X 0208 and KS X 1001, against rare ones.

A code page the lines name themselves (vCard 2.1's `CHARSET=SHIFT_JIS` parameters, one
label for the file) is taken when it reads them as text and decodes every byte, unless a
reading that decodes every byte too leads it by more than MARGIN: a label settles a tie,
and beats letter statistics bought with undecodable bytes.

Candidates that read the evidence identically are one reading (cp1250 and
ISO-8859-2 for `Łódź`), and the first in CODE_PAGES' order names it. If the
best two readings score within MARGIN of each other, or none reads as text,
the file is refused before anything is sent, naming the candidates and
`--encoding`: never mojibake stored without a word.
"""

import codecs
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from csv_import.errors import InputError
from csv_import.fullwidth import ascii_forms
from csv_import.invisible import shown
from csv_import.reading.languages import (
    CJK,
    CODE_PAGES,
    DOMAIN_LANGUAGES,
    FREQUENT_HAN,
    FREQUENT_HANGUL,
    LANGUAGES,
)

EVIDENCE_LIMIT = 16 * 1024  # bytes of non-ASCII lines judged: hundreds of names
MARGIN = 1.0  # a lead of one letter's worth or less is no evidence
_TOKEN = re.compile(r"[^\s!-/:-@\[-`{-~]+")  # runs between spaces and ASCII punctuation
_TEXT_SIGNS = frozenset("°£€¥©®™§±×÷½¼¾²³¹µ¶•†‡‰¢¤¦¨¯´¸ºª¿¡–—\u00a0")  # beside words, not inside
# Spanish, Portuguese, Italian and Galician write ordinals with a digit and º or ª (a school
# year "8º A", a floor "2ª"): letters by their category, but no sign misread beside a digit.
_ORDINAL = re.compile(r"\d+[ºª]")
_OPENING_SIGNS = frozenset("¿¡")  # Spanish opens a question or an exclamation with them
_TYPOGRAPHIC = frozenset("’‘“”„«»…·‚")  # punctuation real text has, where it belongs
# Romanian ș and ț, with a comma (ISO-8859-16), were typed ş and ţ (cedilla) in cp1250:
# the same letters, so readings that differ only there are one reading.
_COMMA_BELOW = str.maketrans("șțȘȚ", "şţŞŢ")
# How common each code page is in files people bring today: cp1252 is the most
# common legacy one; DOS and Mac code pages, and cp1258's precomposed letters, are rare.
_PRIOR = {"cp1252": 0.5, "cp1258": -0.5, "cp850": -1.0, "cp437": -1.0, "cp852": -1.5,
          "cp866": -1.0, "cp775": -1.0, "cp720": -1.0, "cp737": -1.0, "cp862": -1.0,
          "cp857": -1.0, "cp860": -1.5, "cp861": -1.5, "cp863": -1.5, "cp1125": -1.5,
          "mac_roman": -1.0,
          "mac_cyrillic": -1.0}  # fmt: skip
# A file whose lines end in a bare CR is Excel for Mac's CSV (an old Mac's text): the line
# ends say MacRoman as a vCard's CHARSET names its code page (_declared_page), and make it
# as common as cp1252 is elsewhere (its rare-page -1 becomes +0.5): a reading that leads it
# by more than MARGIN still wins, cp1250's `Šťastná` (MacRoman's `äùastn·`) and
# `Wiśniewski` (`Wiúniewski`).
_CR_ENDS_PRIOR = {"mac_roman": 1.5}
_WESTERN_PAGES = frozenset(cp for cp, langs in CODE_PAGES.items() if langs.startswith("en de"))
_ONE_LETTER_WORDS = frozenset("àéèaáoóuúyýiízvkswяваиоукс")
# Controls and undecodable bytes: no reading of them is text, so they don't tell readings apart.
_UNREADABLE = {c: "\ufffd" for c in [*range(0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]}
_LANGS = {
    cp: [LANGUAGES[c] for c in codes.split() if c in LANGUAGES] for cp, codes in CODE_PAGES.items()
}
_UNION = {cp: frozenset().union(*(lang.letters for lang in langs)) for cp, langs in _LANGS.items()}
_WORDS = {
    cp: frozenset(w.translate(_COMMA_BELOW) for lang in langs for w in lang.words)
    for cp, langs in _LANGS.items()
}


@dataclass(frozen=True)
class Reading:
    encoding: str
    score: float
    text: str
    alike: tuple[str, ...] = ()  # every candidate that reads the evidence this way


# A line's end in a file's bytes: CRLF, LF or a bare CR (an old Mac's, Excel for Mac's), as
# Python's universal newlines read text. One rule for every reader that cuts bytes into
# lines: one that cut at LF alone read a CR-ended file as a single line.
LINE_END = re.compile(rb"\r\n?|\n")


def evidence_lines(data: bytes, limit: int = EVIDENCE_LIMIT) -> list[bytes]:
    """The lines of `data` beyond ASCII and not UTF-8, up to `limit` bytes of them."""
    lines, size = [], 0
    for line in LINE_END.split(data):
        if not line.isascii() and not _is_utf8(line):  # UTF-8 lines of a mixed file aren't
            lines.append(line)
            size += len(line)
            if size >= limit:
                break
    return lines


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def guess_code_page(
    lines: list[bytes], path: str, header: str = "", cr_ends: bool = False
) -> tuple[str, str]:
    """(encoding, reason) for the evidence `lines`; InputError naming the candidates if unsure.

    `header` is the ASCII cells of the file's first line (their bytes decide nothing): the
    language of its name words settles a tie its letters can't. `cr_ends`: the file's lines
    end in a bare CR, which name MacRoman (_CR_ENDS_PRIOR).
    """
    readings = rank(lines, cr_ends)
    best = readings[0]
    if best.score <= 0:
        raise InputError(
            f"{path}: not UTF-8, and no legacy code page reads it as text "
            f"(closest: {best.encoding}); pass --encoding"
        )
    declared = _declared_page([r for r in readings if r.score > 0], lines, cr_ends)
    if declared is not None and _decodes(lines, declared.encoding):
        # The code page the lines name (vCard 2.1's CHARSET), reading them as text, every
        # byte decoded: it wins a tie, and over readings that lead it only by decoding
        # less (cp949 over a Shift_JIS card's half-width kana, a line undecodable).
        ahead = [r for r in readings if r.score > declared.score + MARGIN]
        if not any(_decodes(lines, r.encoding) for r in ahead):
            return declared.encoding, (
                f"not UTF-8; reads as text in {declared.encoding}, the charset its lines declare"
            )
    rivals = [r for r in readings[1:] if r.score >= best.score - MARGIN]
    if rivals:
        # A tie on letters is settled by the header: the one text reading (tied or not)
        # whose cells are the most header words (姓,名,邮箱 in GB18030, not "РХ,Гы" in
        # cp1251) is the code page.
        # The language of a header's ASCII cells first: a data line's mojibake can read as a
        # header word (cp1252's `Adç` is ISO-8859-4's `Adį`, Turkish `Adı`, a name word).
        spoken = _header_language([best, *rivals], header)
        if spoken is not None:
            return spoken.encoding, (
                f"not UTF-8; reads as text in {spoken.encoding}, "
                "the code page of its header's language"
            )
        worded = _header_words([r for r in readings if r.score > 0])
        if worded is not None:
            return worded.encoding, (
                f"not UTF-8; reads as text in {worded.encoding} and its header as header words"
            )
        addressed = _address_language([best, *rivals], readings, lines)
        if addressed is not None:
            return addressed.encoding, (
                f"not UTF-8; reads as text in {addressed.encoding}, "
                "the code page of its addresses' country"
            )
        names = ", ".join(r.encoding for r in [best, *rivals][:4])
        sample = _differing_word(best, rivals[0])
        raise InputError(
            f"{path}: not UTF-8, and {names} read it equally well{sample}; "
            "pass --encoding with the right one"
        )
    return best.encoding, f"not UTF-8; reads as text in {best.encoding} (language evidence)"


_CELLS = re.compile(r"[,;\t|]")
_ROLES = ("email", "name", "full", "given", "family", "phone", "company", "job_title")


def _header_word(cell: str) -> bool:
    """A cell that is a header word of the vocabulary: a role's (email, name, phone ...),
    or, beyond ASCII, a word it knows to leave out (Portuguese `Responsável`, the owner,
    where cp1257 reads `Responsįvel`)."""
    from csv_import.reading.vocabulary import read_header  # the vocabulary loads late

    words = read_header(cell)
    return any(words.has(m) for m in _ROLES) or (not cell.isascii() and bool(words.means))


def _header_words(readings: list[Reading]) -> Reading | None:
    """The only reading whose first evidence lines hold the most header words, if one does."""

    def words(reading: Reading) -> int:
        cells = [c for line in reading.text.splitlines()[:3] for c in _CELLS.split(line)]
        # An address is no header cell: `p@mail.de` holds the email word `mail`, and a
        # German cp850 row whose only text reading was cp1252's mojibake was taken for it.
        return sum(_header_word(c.strip(' "')) for c in cells if len(c) < 60 and "@" not in c)

    counted = sorted(((words(r), r) for r in readings), key=lambda x: -x[0])
    if counted[0][0] and (len(counted) == 1 or counted[0][0] > counted[1][0]):
        return counted[0][1]
    return None


# A property's CHARSET parameter before its value (vCard 2.1: `N;CHARSET=SHIFT_JIS:田中;…`).
_CHARSET_LABEL = re.compile(rb";\s*CHARSET\s*=\s*\"?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
# A label naming a code page that a candidate extends: the writer's own (Windows') superset,
# as the WHATWG Encoding Standard reads these labels (Shift_JIS as windows-31j, EUC-KR as
# windows-949, GB2312 and GBK as GB18030's subsets).
_SUPERSET = {
    "latin-1": "cp1252",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
}


def _declared_page(
    readings: list[Reading], lines: list[bytes], cr_ends: bool = False
) -> Reading | None:
    """The only reading in the code page the lines themselves name, if they name one.

    A phone's vCard 2.1 labels each value (`N;CHARSET=SHIFT_JIS:`): a Japanese card whose
    kanji and half-width kana read as well as Hangul in cp949 is in the code page it says.
    A label naming no reading, or several labels, settle nothing. Bare CR line ends name
    MacRoman (Excel for Mac's CSV) when no label does.
    """
    labels = set()
    for line in lines:
        for found in _CHARSET_LABEL.finditer(line.partition(b":")[0]):
            try:
                name = codecs.lookup(found.group(1).decode("ascii")).name
            except LookupError:
                continue
            labels.add(_SUPERSET.get(name, name))
    if not labels and cr_ends:
        labels = {"mac_roman"}
    if len(labels) != 1:
        return None
    fit = [r for r in readings if labels & {r.encoding, *r.alike}]
    return fit[0] if len(fit) == 1 else None


_WINDOWS = re.compile(r"cp125\d$")
_WRITES = {cp: frozenset(languages.split()) for cp, languages in CODE_PAGES.items()}


def _header_language(tied: list[Reading], header: str) -> Reading | None:
    """The only tied reading whose code page writes the language of the header's name words.

    A Dutch address book's ASCII header (`Voornaam`, `Achternaam`) says cp1252 when one
    `Joëlle` reads as well in cp1257 (`Joėlle`). A cell of English words is no evidence:
    headers are written in English everywhere (Greek Outlook's `First Name` too).
    """
    from csv_import.reading.vocabulary import read_header  # the vocabulary loads late

    spoken: set[str] = set()
    for cell in _CELLS.split(header):
        languages = read_header(cell.strip(' "')).languages if len(cell) < 60 else frozenset()
        if "en" not in languages:
            spoken |= languages
    if not spoken:
        return None
    # The code page naming a reading, not every one alike: ISO 8859-4 reads `Joëlle` too.
    # But a Windows code page alike stands for the reading when its naming one writes none
    # of the header's languages: a Dutch header over `Ölçer`, named cp1254 for Turkish (ö,
    # ç), says cp1252, which reads it alike (against cp1257's `Ölēer`).
    fit = [(r, r.encoding) for r in tied if spoken & _WRITES[r.encoding]]
    if not fit:
        fit = [
            (r, windows[0])
            for r in tied
            if (windows := [a for a in r.alike if _WINDOWS.match(a) and spoken & _WRITES[a]])
        ]
    if len(fit) != 1:
        return None
    reading, encoding = fit[0]
    return Reading(encoding, reading.score, reading.text, reading.alike)


_ADDRESS_WINDOW = 3 * MARGIN  # measured: 1 chose 2 wrong readings of 822, 2 none
# An address's country-code domain, in the evidence's bytes: `…@seznam.cz`.
_COUNTRY_DOMAIN = re.compile(rb"@[A-Za-z0-9.-]+\.([A-Za-z]{2})(?![A-Za-z0-9.-])")


def _address_language(
    tied: list[Reading], readings: list[Reading], lines: list[bytes]
) -> Reading | None:
    """The only tied reading whose code page writes a language of the country most of the
    evidence's addresses are at, by their country-code domains (languages.DOMAIN_LANGUAGES).

    One Portuguese row, `Inês Brandão,ines@sapo.pt`, reads as well in cp1258
    (`Brandăo`): Portugal's language is cp1252's, not cp1258's. Addresses at generic
    domains say nothing; a list of several countries settles nothing unless half or more
    of its country addresses are at one language's.
    """
    spoken: Counter = Counter()
    addresses = 0
    for line in lines:
        for found in _COUNTRY_DOMAIN.finditer(line):
            languages = DOMAIN_LANGUAGES.get(found.group(1).decode("ascii").lower())
            if languages is not None:
                addresses += 1
                spoken.update(languages.split())
    most = {language for language, n in spoken.items() if 2 * n >= addresses}

    def writes(code_pages) -> bool:
        return any(most & _WRITES[cp] for cp in code_pages)

    # A tied reading by any code page that reads it so (cp1250's `Veselá` is cp1252's too).
    fit = [r for r in tied if writes(r.alike or [r.encoding])]
    if len(fit) != 1:
        return None
    # Only when no other reading scored in those languages comes near: a DOS or Mac file's
    # right reading can score below a tied wrong one (its code page is rarer): German `Groß`
    # in cp850 is cp1252's `Groá`, which tied with cp1257's `Groį`, cp850's own a point and
    # a half behind. Chosen by the address, cp1252's was stored; now that file is refused.
    near = [
        r
        for r in readings
        if r is not fit[0]
        and writes([r.encoding])  # the code page it was scored as
        and r.score > fit[0].score - _ADDRESS_WINDOW
    ]
    return None if near else fit[0]


def rank(lines: list[bytes], cr_ends: bool = False) -> list[Reading]:
    """One Reading per distinct decoded text, best first.

    Every candidate reads the first 2 KB of evidence; only those within 20
    points of the best there read all of it (a second less on 16 KB of names).
    """
    head, size = [], 0
    for line in lines:
        if size >= 2048:
            break
        head.append(line)
        size += len(line)
    candidates = list(CODE_PAGES)
    if len(head) < len(lines):
        first = _rank(head, candidates, cr_ends)
        candidates = [r.encoding for r in first if r.score >= first[0].score - 20]
        candidates += [c for r in first if r.score >= first[0].score - 20 for c in r.alike]
    return _rank(lines, [c for c in CODE_PAGES if c in set(candidates)], cr_ends)


def _rank(lines: list[bytes], candidates: list[str], cr_ends: bool = False) -> list[Reading]:
    readings: dict[str, Reading] = {}
    alike: dict[str, list[str]] = {}
    for encoding in candidates:
        text, failed = _decode(lines, encoding)
        score = plausibility(text, encoding) + _spelled_addresses(text) - 5 * failed
        score -= _extension_letters(text, encoding)
        if cr_ends:
            score += _CR_ENDS_PRIOR.get(encoding, 0.0)
        if failed >= 2 and failed * 2 > len(lines):
            # Undecodable bytes on most lines: not this code page, however its replacement
            # characters' neighbours score (cp949 over Japanese with full-width letters).
            score = min(score, 0.0)
        key = text.translate(_COMMA_BELOW).translate(_UNREADABLE)
        alike.setdefault(key, []).append(encoding)
        if key not in readings or score > readings[key].score:
            # Code pages that read the evidence alike (but for bytes neither reads as
            # text) are one reading, named by the one whose languages fit it best
            # (cp1257 for Estonian, not cp1252).
            readings[key] = Reading(encoding, score, text)
    ranked = [Reading(r.encoding, r.score, r.text, tuple(alike[k])) for k, r in readings.items()]
    return sorted(ranked, key=lambda r: -r.score)


# A code page that extends another: its own characters (Hong Kong's HKSCS, beyond Big5) are
# few in any one text, yet it decodes almost any pair of bytes as one of them. Each counts -1:
# a reading that needs them word after word is a weak one. A Shift_JIS card's `山本;美咲`
# read in Big5-HKSCS as `竃塲;緓滨` led its declared CHARSET by more than MARGIN, and the
# file was read as cp949 and refused (a byte cp949 can't decode).
_EXTENDS = {"big5hkscs": "big5"}


def _extension_letters(text: str, encoding: str) -> int:
    base = _EXTENDS.get(encoding)
    if base is None:
        return 0
    return sum(1 for ch in set(text) if not ch.isascii() and not _encodes(ch, base))


def _decodes(lines: list[bytes], encoding: str) -> bool:
    """Every line decodes in `encoding`, no byte refused."""
    return _decode(lines, encoding)[1] == 0


def _decode(lines: list[bytes], encoding: str) -> tuple[str, int]:
    decoded, failed = [], 0
    for line in lines:
        try:
            decoded.append(line.decode(encoding))
        except UnicodeDecodeError:
            failed += 1
            decoded.append(line.decode(encoding, "replace"))
    # Full-width Latin and digits (an East Asian input method's) score as the ASCII they are.
    return ascii_forms(unicodedata.normalize("NFC", "\n".join(decoded))), failed


def plausibility(text: str, encoding: str) -> float:
    """How much `text` reads like text in the languages `encoding` writes."""
    letters: Counter = Counter()
    score = _PRIOR.get(encoding, 0.0)
    words = _WORDS[encoding]
    western = encoding in _WESTERN_PAGES  # their languages never write `Nystršm`
    # Names repeat: each distinct word is judged once, and counted as often as it occurs.
    for token, count in Counter(_TOKEN.findall(text)).items():
        if token.isascii():
            continue
        found: Counter = Counter()
        shape = _shape(token, found) + _spelling(token, 2 if western else 0.5)
        known = 3 if token.lower().translate(_COMMA_BELOW) in words else 0
        # A letter alone: a word ("à", "я") or noise; a Han character or Hangul syllable
        # alone is a word (王, 李: a one-character family name), judged by _cjk.
        if len(token) == 1 and token.isalpha() and _script(token) not in ("han", "hangul"):
            known, found = (1 if token in _ONE_LETTER_WORDS else -1), Counter()
        score += (shape + known + _one_language(found, encoding)) * count
        for char, n in found.items():
            letters[char] += n * count
    if encoding in CJK:
        return score + _cjk(letters, encoding)
    return score + _alphabet_fit(letters, encoding)


# An address's local part, as its person spells their name in ASCII (`tomas.obriain@`).
_LOCAL_PART = re.compile(r"([A-Za-z0-9._%+-]+)@[A-Za-z0-9-]+\.")
_FOLD = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "þ": "th",
                       "ł": "l", "ı": "i"})  # fmt: skip


def _spelled_addresses(text: str) -> float:
    """+1 for each word beyond ASCII whose letters, their accents dropped, spell a part of
    an address on its line: a name written beside its own address (`Tomás`, `tomas.obriain@`)
    says which reading is the name, where the mojibake (`Tomįs`) spells another word. A
    letter misread as a letter of the same base (`Zoë`, `Zoė`) helps neither reading."""
    found = 0
    for line in text.splitlines():
        locals_ = [m.lower() for m in _LOCAL_PART.findall(line)]
        if not locals_:
            continue
        pieces = {p for local in locals_ for p in re.split(r"[._%+0-9-]+", local) if p}
        for token in set(_TOKEN.findall(line)):
            if token.isascii():
                continue
            plain = unicodedata.normalize("NFKD", token.lower().translate(_FOLD))
            plain = "".join(c for c in plain if c.isascii())
            if len(plain) < 3 or not plain.isalpha():
                continue
            if plain in pieces or (len(plain) >= 4 and any(plain in lp for lp in locals_)):
                found += 1
    return float(found)


def reads_as_text(text: str, least: int = 20) -> bool:
    """True if `text` has `least` letters beyond ASCII and no sign of mojibake at all."""
    letters: Counter = Counter()
    tokens = [t for t in _TOKEN.findall(text) if not t.isascii()]
    penalties = sum(_shape(t, letters) + _spelling(t, 1) for t in tokens)
    return penalties >= 0 and letters.total() >= least


def _shape(token: str, letters: Counter) -> float:
    """Penalties for what mojibake does to a word; its non-ASCII letters go to `letters`."""
    score, scripts, high, alpha = 0.0, set(), 0, 0
    if not any(c.isalpha() for c in token):  # "€5", "–", "½": signs between words
        return sum(_sign(c) for c in token)
    if _ORDINAL.fullmatch(token):  # "8º A", "1ª": an ordinal, not a letter beside a digit
        return 0.0
    previous = ""
    for i, char in enumerate(token):
        category = unicodedata.category(char)
        if category[0] == "L":
            alpha += 1
            scripts.add(_script(char))
            if not char.isascii():
                high += 1
                letters[char] += 1
            if (
                category == "Lu"
                and previous
                and unicodedata.category(previous) == "Ll"
                and not (char.isascii() and previous.isascii())
            ):
                score -= 2  # a capital after a small letter, beside a non-ASCII one
            elif (
                category == "Lu"
                and i > 0
                and not char.isascii()
                and unicodedata.category(token[i + 1 : i + 2] or "A") == "Ll"
            ):
                score -= 2  # a capital inside a capitalised word: `MŠrta`, `BŠcker`
        elif char in _TYPOGRAPHIC:
            score += _typographic(token, i)
        elif category[0] == "M":
            pass
        elif category[0] == "C":
            score -= 5  # a control character: no text has one, as bad as a line that fails
        elif not char.isascii():
            inside = token[i - 1 : i].isalpha() and token[i + 1 : i + 2].isalpha()
            inside = inside and char != "\ufffd"
            # A sign glued before a word's small letters opens no word: `©árka` (Š of
            # ISO-8859-2 read as cp1250), where text writes `© 2024`, `°C`, `¿qué`.
            glued = i == 0 and token[1:2].islower() and char not in _OPENING_SIGNS
            score += -3 if inside or glued else _sign(char)  # `Ma³gorzata`; `25°C` is fine
        previous = char
    if high and any(c.isdigit() for c in token):
        score -= 2  # "Ђ5", "Ç5": a letter beside a digit is a sign misread
    # Greek writes ς only at a word's end: inside one it is a misread byte (cp1251's т is
    # cp1253's ς: Bulgarian `Димитрова` read as `Δθμθςπξβΰ` tied with the right reading).
    score -= 2 * sum(1 for i, c in enumerate(token[:-1]) if c == "ς" and token[i + 1].isalpha())
    if len(scripts) > 1 and not (scripts <= {"han", "kana"} or scripts <= {"hangul", "han"}):
        score -= 3  # one word, two scripts: only Japanese (kanji, kana) and Korean (hanja) do
    if scripts == {"latin"} and alpha >= 3 and high * 2 > alpha:
        score -= 1  # Latin words are mostly ASCII letters; Greek or Cyrillic read as cp1252 isn't
    return score


def _spelling(token: str, weight: float) -> float:
    """What spelling rarely does, and mojibake often: `weight` per sign of it.

    A non-ASCII consonant between two consonants (`Nystršm`, `Pçtersone`, `Krźger`:
    Western languages never, Slavic ones seldom), and ã or õ before a consonant
    other than s, n or m (`Vãduva`: Romanian ă read as cp1252).
    """
    score = 0.0
    for i in range(1, len(token)):
        char, before, after = token[i], token[i - 1], token[i + 1 : i + 2]
        if char.isascii() or not char.isalpha():
            continue
        sandwiched = _consonant(char) and _consonant(before) and _consonant(after)
        nasal = char.lower() in "ãõ" and after.isalpha() and after.lower() not in "aeiosnm"
        if sandwiched or nasal:
            score -= weight
    return score


def _consonant(char: str) -> bool:
    if not char:
        return False
    base = unicodedata.normalize("NFD", char)[:1].lower()
    return (base.isascii() and base.isalpha() and base not in "aeiouy") or base in "ðþßłđ"


def _sign(char: str) -> float:
    """A sign beside a word or a number: those text uses are fine, box drawing is not."""
    if (
        char.isascii() or char in _TEXT_SIGNS or char == "\ufffd"
    ):  # U+FFFD: counted as a failed line
        return 0.0
    return -5.0 if unicodedata.category(char)[0] == "C" else -1.0


def _typographic(token: str, i: int) -> float:
    """+1 for a quote or apostrophe where writing puts it (“Smart”, O’Brien), else 0."""
    before = token[i - 1 : i].isalpha()
    after = token[i + 1 : i + 2].isalpha()
    char = token[i]
    if char in "’·" and before and after:
        # O’Brien, d’Angelo, l’Hôpital; not `Lu’s` (MacRoman í read as cp1252)
        return 1.0 if i == 1 or token[i + 1].isupper() else 0.0
    if char in "“‘„‚«" and after and not before:
        return 1.0
    if char in "”’»…" and before and not after:
        return 1.0
    return 0.0


def _script(char: str) -> str:
    code = ord(char)
    if code < 0x2B0 or 0x1E00 <= code < 0x1F00:
        return "latin"
    if 0x370 <= code < 0x400 or 0x1F00 <= code < 0x2000:
        return "greek"
    if 0x400 <= code < 0x530:
        return "cyrillic"
    if 0x590 <= code < 0x600:
        return "hebrew"
    if 0x600 <= code < 0x700 or 0xFB50 <= code < 0xFF00:
        return "arabic"
    if 0xE00 <= code < 0xE80:
        return "thai"
    if 0x3040 <= code < 0x3100 or 0xFF66 <= code < 0xFFA0:
        return "kana"
    if 0xAC00 <= code < 0xD7B0 or 0x1100 <= code < 0x1200 or 0x3130 <= code < 0x3190:
        return "hangul"
    if 0x3400 <= code < 0xA000 or 0xF900 <= code < 0xFB00 or code >= 0x20000:
        return "han"
    return "other"


def _one_language(found: Counter, encoding: str) -> float:
    """-2 for a word whose letters beyond ASCII no one language of the code page writes
    together: a word is written in one language, and a misread byte gives letters of
    another (`оыџ`, ISO-8859-5's reading of cp1251's `Юля`: Russian ы beside Serbian џ,
    where the two readings tied and a one-row Russian file was refused). A letter no
    language of the code page has at all is _alphabet_fit's to count."""
    if len(found) < 2 or encoding in CJK:
        return 0.0
    union = _UNION[encoding]
    mine = {c for c in found if c in union}
    if len(mine) < 2 or any(mine <= lang.letters for lang in _LANGS[encoding]):
        return 0.0
    return -2.0


def _alphabet_fit(letters: Counter, encoding: str) -> float:
    """The best language's fit: its letters +1, the code page's other languages' 0, others -2."""
    union = _UNION[encoding]
    foreign = sum(n for c, n in letters.items() if c not in union)
    best = max(
        (
            sum(n for c, n in letters.items() if c in lang.letters) * lang.weight
            for lang in _LANGS[encoding]
        ),
        default=0,
    )
    return best - 2 * foreign


def _cjk(letters: Counter, encoding: str) -> float:
    """Per character of two bytes: an 8-bit reading of the same bytes has twice the letters."""
    score = 0.0
    for char, count in letters.items():
        script = _script(char)
        if script == "han":
            value = 4 if char in FREQUENT_HAN else 2 if _common_han(char) else -1
        elif script == "hangul":
            value = 4 if char in FREQUENT_HANGUL else 2 if _encodes(char, "euc_kr") else -1
        elif script == "kana":
            value = 2 if ord(char) < 0xFF00 else -1  # half-width katakana: old systems only
        else:
            value = -2  # Greek, Cyrillic or Latin letters from a CJK code page: tables, not names
        score += value * count
    return score


def _common_han(char: str) -> bool:
    """In the first (common) level of GB2312, Big5 or JIS X 0208."""
    gb = _encodes(char, "gb2312")
    if gb and 0xB0 <= gb[0] <= 0xD7:
        return True
    big5 = _encodes(char, "big5")
    if big5 and 0xA440 <= int.from_bytes(big5) <= 0xC67E:
        return True
    sjis = _encodes(char, "shift_jis")
    return bool(sjis) and 0x889F <= int.from_bytes(sjis) <= 0x9872


def _encodes(char: str, encoding: str) -> bytes:
    try:
        return char.encode(encoding)
    except UnicodeEncodeError:
        return b""


def _differing_word(best: Reading, other: Reading) -> str:
    """`: "Gyõzõ" or "Győző"`: the first word the two readings disagree on, to show why."""
    for a, b in zip(_TOKEN.findall(best.text), _TOKEN.findall(other.text), strict=False):
        if a != b:
            return f' ("{shown(a[:30])}" or "{shown(b[:30])}")'
    return ""
