"""Addresses and phones typed with a Chinese, Japanese or Korean input method left in
full-width mode: `ann＠example.org`, `ａｎｎ@example.org`, `０３－１２３４`.

The full-width forms of ASCII (U+FF01-U+FF5E, Unicode's Halfwidth and Fullwidth Forms
block; each is its ASCII character by NFKC) are what such an input method types for the
same keys; forms and sheets in those languages hold addresses so, most often with the
full-width ＠. No mail system takes them: email-validator refuses `＠` as a missing @ and
takes `ａｎｎ` as an internationalized local part, another mailbox. In an address they are
the ASCII the person meant, as IDNA already makes them in a domain (UTS #46 maps them).
A phone typed so (`０３－１２３４－５６７８`) is its ASCII digits too, and a code page's
reading of such text is scored as the ASCII it is (code_pages.py).
"""

_ASCII = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_ASCII[0x3000] = 0x20  # the ideographic space
_ASCII[0xFE6B] = 0x40  # ﹫, the small commercial at


def ascii_forms(address: str) -> str:
    """The address with its full-width forms of ASCII as ASCII (the same text when it has
    none: the common case, one test)."""
    if address.isascii():
        return address
    return address.translate(_ASCII)
