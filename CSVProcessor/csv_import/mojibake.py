"""Text that was UTF-8, read as Windows-1252 (or Latin-1) by some tool and saved again:
"JÃ¼rgen MÃ¼ller", "FranÃ§ois", "Ð˜Ð²Ð°Ð½". The file itself is good UTF-8, so the
encoding detection has nothing to fix; the damage is in the values. ftfy (Robyn Speer's
"fixes text for you") undoes it: its badness heuristic flags only sequences real text
does not use, and fix_encoding re-decodes only when the bytes then make sense (its docs:
https://ftfy.readthedocs.io/en/latest/, "fix_encoding"). Only that step: fix_text's other
steps (curly quotes, ligatures, widths) would change names that are right.

A cheap test first: the mojibake of a UTF-8 sequence always puts a lead byte's character
(Â-ô) before a continuation byte's (U+0080-U+00BF, or what Windows-1252 puts at 0x80-0x9F);
most names hold no such pair, and ftfy's test takes microseconds. It runs before invisible
characters are stripped: the soft hyphen (U+00AD) is what Windows-1252 makes of í's
second byte.
"""

import re

from ftfy import fix_encoding
from ftfy.badness import is_bad

_PAIR = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


def repaired(text: str) -> str:
    """`text` with UTF-8 read as Windows-1252 undone; the same text when it shows none."""
    if text.isascii() or not _PAIR.search(text) or not is_bad(text):
        return text
    return fix_encoding(text)
