"""Header words: what a column's header says, in any of the languages of words/<lang>.json.

A header is normalised (NFKC, casefolded, accents off Latin, Greek and Cyrillic
letters, hyphens, dots and apostrophes inside a word dropped: "E-mail", "e‑mail",
"EMAIL" and "E.mail" are one word), split into words (camelCase, digits,
punctuation and a Latin word glued to a CJK one, "參加人Email", split too), and the
vocabulary's phrases are found in it: in space-separated scripts as whole words
(longest phrase first) or as a compound's head or tail of 4+ letters ("emailadresse",
"firmenname"); in scripts written without spaces (Han, kana, Thai) as substrings,
longest first.

Each vocabulary entry means one of: email, name, given, middle, family, full,
display (role and part words), phone, company, job_title (the known fields), primary,
secondary (rank words) or exclude, and
"also" a second one for a whole phrase ("Email Utama": email, primary; "Company":
exclude for the name and email roles, company for the company role). An
entry with "alone": false ("Full", "Display") counts only beside a name word.
An entry with "or" has two meanings by country (Portuguese "Apelido": the family
name in Portugal, a nickname in Brazil): it means the first unless another column
of the same header says it (columns.settle), then the "or" one; English "Title" is a
job title unless another column says job title ("Title" beside "Job Title": the prefix).
"""

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

LANGUAGES = (
    "en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "fi", "is", "pl", "cs", "sk",
    "hu", "ro", "bg", "hr", "sr", "sl", "uk", "ru", "el", "tr", "lt", "lv", "et", "ja", "zh",
    "ko", "vi", "th", "id", "ms", "ar", "he", "fa", "hi", "bn", "ta", "ur", "tl", "ca", "cy",
    "ga", "eu", "sw", "ka", "hy", "az", "kk", "uz", "mn", "sq", "mt", "af", "zu", "yo", "ha",
    "am", "ne", "mr", "si", "km", "lo", "my", "pa", "gu", "ml", "ps", "ku", "kn", "ti", "be",
    "ky", "lb", "fy", "tt", "mi", "rw", "xh", "qu", "se", "mg", "ug", "yi",
)  # fmt: skip
# name_order "family given" in words/*.json
FAMILY_FIRST = frozenset({"ja", "zh", "ko", "hu", "vi", "km"})
PARTS = ("full", "display", "given", "middle", "family")
NAME_PARTS = ("given", "middle", "family")
# Shortest word found as the head or tail of a longer one: role words ("mail" in
# "mailadres"), longer for the rest ("cont", Romanian for account, is in "contact").
COMPOUND = {"email": 4, "name": 4, **dict.fromkeys(PARTS, 4)}
COMPOUND_OTHER = 6

_JOINERS = re.compile(r"(?<=\w)[\-\u2010\u2011\u2012\u2013\u00ad'’ʼ.](?=\w)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_DIGITS = re.compile(r"(?<=\D)(?=\d)|(?<=\d)(?=\D)")
# A Latin word glued to a CJK, Thai, Lao, Burmese or Khmer one is two words: "参加人Email",
# "TEL会社".
_CJK = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff"
_SCRIPTS = re.compile(f"(?<=[{_CJK}])(?=[a-z])|(?<=[a-z])(?=[{_CJK}])")


def _marks() -> str:
    """Every combining mark of the Basic Multilingual Plane (Unicode categories Mn, Mc,
    Me) as ranges of a regex class: the vowel signs, viramas and tone marks of Thai and
    the Indic scripts are no letters to `re`'s \\w, yet part of their word."""
    ranges: list[list[int]] = []
    for c in range(0x300, 0x10000):
        if unicodedata.category(chr(c)).startswith("M"):
            if ranges and ranges[-1][1] == c - 1:
                ranges[-1][1] = c
            else:
                ranges.append([c, c])
    return "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)


# Splits words at anything but letters, digits and combining marks: "อีเมล" is one word,
# not "อ" + "เมล"; so are Bengali "ইমেইল" and Tamil "மின்னஞ்சல்" (accents of Latin, Greek
# and Cyrillic are gone by then: normalise drops them).
_SPLIT = re.compile(f"[^\\w{_marks()}]+|_+")
_E_WORDS = ("mail", "post", "pasts", "pasto", "mel", "pošt")


def _unspaced(c: str) -> bool:
    """Han, kana, Hangul-free CJK, Thai, Lao, Burmese and Khmer: scripts written without
    spaces between words (Khmer "ឈ្មោះអតិថិជន" is the customer's name, "ឈ្មោះ" + "អតិថិជន")."""
    o = ord(c)
    return (
        0x3040 <= o <= 0x30FF
        or 0x3400 <= o <= 0x9FFF
        or 0xF900 <= o <= 0xFAFF
        or 0x0E00 <= o <= 0x0EFF  # Thai, Lao
        or 0x1000 <= o <= 0x109F  # Myanmar
        or 0x1780 <= o <= 0x17FF  # Khmer
    )


def unspaced_letter(c: str) -> bool:
    """A letter of a script written without spaces between words (Han, kana, Thai, Lao,
    Burmese, Khmer)."""
    return _unspaced(c)


def normalise(text: str) -> str:
    """NFKC, casefolded, accents off Latin/Greek/Cyrillic letters, joiners inside words dropped."""
    text = unicodedata.normalize("NFKC", text.removeprefix("\ufeff"))
    text = _CAMEL.sub(" ", text)
    # Turkish dotless ı: "ADI" and "Adı" are one word.
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("ı", "i"))
    kept, base = [], ""
    for c in decomposed:
        if unicodedata.combining(c) and base < "\u0530":
            continue  # an accent on a Latin, Greek or Cyrillic letter
        kept.append(c)
        if not unicodedata.combining(c):
            base = c
    text = unicodedata.normalize("NFC", "".join(kept))
    text = _JOINERS.sub("", text)
    return _SCRIPTS.sub(" ", _DIGITS.sub(" ", text))


def words_of(text: str) -> list[str]:
    words = [w for w in _SPLIT.split(normalise(text)) if w]
    # "e mail" (eMail split by case), "e posta": one word ("Nome e cognome" stays three)
    joined: list[str] = []
    for w in words:
        if joined and joined[-1] == "e" and w.startswith(_E_WORDS):
            joined[-1] = "e" + w
        else:
            joined.append(w)
    return joined


@dataclass(frozen=True)
class Entry:
    means: str
    language: str
    alone: bool
    otherwise: str | None = None  # the meaning when another column says `means`


@dataclass(frozen=True)
class Vocabulary:
    phrases: dict  # tuple of words -> list[Entry]
    longest: int  # words in the longest phrase
    heads: dict  # word of COMPOUND+ letters -> list[Entry] (a compound's head or tail)
    unspaced: dict  # substring in an unspaced script -> list[Entry]
    order: dict  # language -> "family given" or "given family"
    pieces: tuple = ()  # the keys of `unspaced`, longest first


@cache
def vocabulary() -> Vocabulary:
    phrases: dict = {}
    heads: dict = {}
    unspaced: dict = {}
    order = {}
    folder = resources.files("csv_import.reading") / "words"
    for language in LANGUAGES:
        data = json.loads((folder / f"{language}.json").read_text(encoding="utf-8"))
        order[language] = data["name_order"]
        for word in data["words"]:
            key = tuple(words_of(word["text"]))
            if not key:
                continue
            # "also": a second meaning of the whole phrase ("Email Utama": email, primary)
            for means in filter(None, (word["means"], word.get("also"))):
                entry = Entry(means, language, word.get("alone", True), word.get("or"))
                phrases.setdefault(key, []).append(entry)
                shortest = COMPOUND.get(entry.means, COMPOUND_OTHER)
                if len(key) == 1 and len(key[0]) >= shortest and not _unspaced(key[0][0]):
                    heads.setdefault(key[0], []).append(entry)
                if any(_unspaced(c) for c in "".join(key)):
                    unspaced.setdefault("".join(key), []).append(entry)
    longest = max(len(k) for k in phrases)
    pieces = tuple(sorted(unspaced, key=len, reverse=True))
    return Vocabulary(phrases, longest, heads, unspaced, order, pieces)


def script(c: str) -> str:
    """A letter's script: the first word of its Unicode name ("LATIN", "CYRILLIC", "CJK",
    "HANGUL", "GEORGIAN")."""
    return unicodedata.name(c, "").partition(" ")[0]


@cache
def scripts() -> frozenset[str]:
    """The scripts the vocabulary's words are written in."""
    return frozenset(script(c) for key in vocabulary().phrases for c in "".join(key) if c.isalpha())


def readable(text: str) -> bool:
    """Every letter of `text` is in a script the vocabulary is written in: a header there, in
    a language the vocabulary has, would say a name word if it were the name's (Syriac ܫܡܐ,
    a word of a script no vocabulary has, cannot be read)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(script(c) in scripts() for c in letters)


@dataclass(frozen=True)
class HeaderWords:
    """What a header says: the meanings found, the languages they come from, a number."""

    text: str
    means: frozenset
    languages: frozenset
    number: int | None  # "Email 2" -> 2
    known: bool  # any vocabulary word found
    doubtful: frozenset = frozenset()  # (meaning, otherwise) pairs of two-country words
    parts: frozenset = frozenset()  # (language, part) of its given/middle/family words

    def has(self, meaning: str) -> bool:
        return meaning in self.means


@lru_cache(maxsize=8192)  # headers repeat; cells checked as a possible section header don't
def read_header(text: str) -> HeaderWords:
    words = words_of(text)
    # A rank number may sit inside a phrase ("Адрес 2 эл. почты", "E-mail 2 Address"): the
    # phrase is looked for without it.
    found = _find([w for w in words if not (w.isdigit() and len(w) < 4)], vocabulary())
    named = any(e.means == "name" for e in found) or any(
        e.means in PARTS and e.alone for e in found
    )
    only = len([w for w in words if not w.isdigit()]) == 1
    means, doubtful = set(), set()
    for e in found:
        if e.alone or named or (only and e.means in PARTS):
            means.add(e.means)
            if e.otherwise:
                doubtful.add((e.means, e.otherwise))
    # isdecimal, not isdigit: "⓵" and "²" are digits that int() refuses (found by hypothesis).
    number = next((int(w) for w in words if w.isdecimal() and len(w) < 4), None)
    languages = frozenset(e.language for e in found if e.means in PARTS or e.means == "name")
    parts = frozenset((e.language, e.means) for e in found if e.means in NAME_PARTS)
    return HeaderWords(
        text, frozenset(means), languages, number, bool(found), frozenset(doubtful), parts
    )


def _find(words: list[str], v: Vocabulary) -> list[Entry]:
    """The vocabulary's phrases in the header's words, longest first from the left. A phrase
    sharing its first word with the phrase before it explains the words after that one
    when no phrase starts there (Vietnamese "Email phụ huynh": "Email phụ", a secondary
    address, and "phụ huynh", a parent, where "huynh" alone is nothing), or when it reaches
    as far as the phrase starting there and says nothing the phrase before did not:
    "Másodlagos e-mail cím" is "Másodlagos e-mail" and "e-mail cím" (an email address, as
    said), not "Másodlagos e-mail" and "Cím" alone (Outlook's title, an exclusion word).
    "Not primary email" stays "Not primary" and "email": "primary email" says more."""
    found: list[Entry] = []
    i = 0
    said: set[str] = set()  # what the phrase before said; empty after no phrase
    while i < len(words):
        size = _longest(words, i, v)
        shared = _longest(words, i - 1, v) if said else 0
        if shared >= 2 and i - 1 + shared >= i + size:
            entries = v.phrases[tuple(words[i - 1 : i - 1 + shared])]
            if not size:
                found += entries
                said = {e.means for e in entries}
                i += shared - 1
                continue
            if {e.means for e in entries} <= said:
                i += shared - 1
                continue
        if size:
            entries = v.phrases[tuple(words[i : i + size])]
            found += entries
            said = {e.means for e in entries}
            i += size
        else:
            found += _inside(words[i], v)
            said = set()
            i += 1
    return found


def _longest(words: list[str], i: int, v: Vocabulary) -> int:
    """The length of the longest phrase starting at words[i], 0 for none."""
    for size in range(min(v.longest, len(words) - i), 0, -1):
        if tuple(words[i : i + size]) in v.phrases:
            return size
    return 0


def _inside(word: str, v: Vocabulary) -> list[Entry]:
    """Vocabulary words inside one word: a compound's head and tail, or substrings when unspaced."""
    if any(_unspaced(c) for c in word):
        found, rest = [], word
        for piece in v.pieces:
            if piece in rest and not _of_a_thing(piece, rest, v.unspaced[piece]):
                found += v.unspaced[piece]
                rest = rest.replace(piece, " ")
        return found
    found = []
    # The longest head and tail, looked up by the word's own prefixes and suffixes: a scan
    # of every head per word took 1 ms, 27 s for a header of 20,000 unknown words.
    sizes = range(len(word), 0, -1)
    head = next((word[:k] for k in sizes if word[:k] in v.heads), None)
    tail = next((word[-k:] for k in sizes if word[-k:] in v.heads and word[-k:] != head), None)
    for part in (head, tail):
        if part is not None:
            found += v.heads[part]
    return found


# "X名" in Japanese and Chinese is "the name of X": a person's when X is a person
# (参加者名, お客様名, 会員名, 学生名), a thing's otherwise (チケット名, イベント名, 商品名).
_PERSONS = frozenset("者様人員员客生童氏")


def _of_a_thing(piece: str, rest: str, entries: list[Entry]) -> bool:
    """A one-letter name word (名, 姓) inside an unspaced word, after a letter that is no person."""
    if len(piece) != 1 or not any(e.means in PARTS or e.means == "name" for e in entries):
        return False
    at = rest.find(piece)
    while at != -1:
        before = rest[at - 1] if at else " "
        if not _unspaced(before) or before in _PERSONS:
            return False
        at = rest.find(piece, at + 1)
    return True
