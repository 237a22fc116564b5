"""Invisible format characters (Unicode category Cf) are stripped from names and emails.

They come from copy and paste (U+200B ZERO WIDTH SPACE, U+2060 WORD JOINER,
U+00AD SOFT HYPHEN), from a byte order mark inside a field (U+FEFF), or are
planted: U+202E RIGHT-TO-LEFT OVERRIDE shows "moc.elpmaxe@" as
"@example.com". Stored, they make two spellings of one name or address that
look the same and compare different, so every reader's rows lose them here,
in one function (validation.py calls it for every name and email).

Kept: U+200D ZERO WIDTH JOINER and U+200C ZERO WIDTH NON-JOINER between two
letters (or marks). Persian writes ZWNJ inside names ("محمد‌رضا"), and
Devanagari, Bengali, Malayalam and Sinhala choose a letter's shape with them;
anywhere else (at a word's edge, beside a space or a digit) they are stripped.

shown() is for messages: text from a file shown on stderr has these and the
control characters (ESC, line breaks) escaped, so a header can't move the cursor,
clear the screen or turn the line around.
"""

import unicodedata

_JOINERS = frozenset("\u200c\u200d")


def strip_invisible(text: str) -> str:
    """`text` without its Unicode Cf characters, joiners inside words excepted."""
    if text.isascii() or text.isprintable():  # no Cf character: the common case, fast
        return text
    kept = []
    for i, char in enumerate(text):
        if unicodedata.category(char) != "Cf" or (char in _JOINERS and _in_word(text, i)):
            kept.append(char)
    return "".join(kept)


def _in_word(text: str, i: int) -> bool:
    before, after = text[i - 1 : i], text[i + 1 : i + 2]
    return bool(before and after) and _letter(before) and _letter(after)


def _letter(char: str) -> bool:
    return unicodedata.category(char)[0] in "LM"


def shown(text: str) -> str:
    """Text from a file, safe on one line of a message: each character that is not printable
    (controls, ESC, CR and LF, U+2028/2029, bidi overrides, every format character) as its
    escape, `\\x1b`, `\\u202e`: the escapes repr() gives (text quoted with !r is safe too)."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)
