import codecs
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from csv_import.errors import InputError
from csv_import.reading.encoding import detect_encoding, locate_decode_error


@pytest.mark.parametrize(
    ("bom", "expected"),
    [
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
    ],
)
def test_a_bom_decides(bom, expected):
    assert detect_encoding(bom + b"name,email\n", "f.csv").encoding == expected


@pytest.mark.parametrize(
    "sample",
    [b"name,email\nAnn,a@x.com\n", "name\nJosé\n".encode(), "héllo".encode()],
)
def test_valid_utf8_is_utf8(sample):
    # "h\xc3\xa9llo": charset-normalizer once called it big5 (jawah/charset_normalizer#12).
    assert detect_encoding(sample, "f.csv", whole=True).encoding == "utf-8"


def test_a_sample_may_end_inside_a_utf8_character():
    sample = ("x" * 10 + "é").encode()[:-1]
    assert detect_encoding(sample, "f.csv", whole=False).encoding == "utf-8"


@pytest.mark.parametrize(
    "text",
    [
        "José",
        "name\nHän\n",
        "full_name;email\nFrançoise Müller;f@x.de\n",
        "foo é",
        "aßß",  # one odd word is no reason to leave cp1252
    ],
)
def test_short_western_text_is_cp1252_not_a_detector_guess(text):
    assert detect_encoding(text.encode("cp1252"), "f.csv", whole=True).encoding == "cp1252"


def test_cp1252_punctuation_is_cp1252():
    text = "name,email\n“Smart” O’Brien – €5,o@x.ie\n"
    assert detect_encoding(text.encode("cp1252"), "f.csv", whole=True).encoding == "cp1252"


def test_cyrillic_is_not_taken_for_western_text():
    text = "имя,почта\n" + ("Иван Петров,ivan@x.ru\nМария Смирнова,m@x.ru\n") * 20
    decision = detect_encoding(text.encode("cp1251"), "f.csv", whole=True)
    assert decision.encoding != "cp1252"
    assert text.encode("cp1251").decode(decision.encoding) == text


@pytest.mark.parametrize(
    ("codec", "expected"), [("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be")]
)
def test_utf16_without_bom_is_found_by_its_nul_pattern(codec, expected):
    sample = "name\temail\nJosé\tj@x.com\n".encode(codec)
    assert detect_encoding(sample, "f.csv", whole=True).encoding == expected


@pytest.mark.parametrize(
    "sample",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",  # more NULs than lines
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00",
        random.Random(7).randbytes(100_000),  # as many NULs as line ends, and no text
    ],
    ids=["png", "elf", "random"],
)
def test_binary_with_nul_bytes_is_refused(sample):
    with pytest.raises(InputError, match=r"^f\.bin: not a text file"):
        detect_encoding(sample, "f.bin")


def test_stray_nuls_in_text_leave_it_text():
    sample = "name,email\nAnn\x00 Lee,ann@x.org\nJosé,j@x.es\x00\n".encode()
    assert detect_encoding(sample, "f.csv", whole=True).encoding == "utf-8"


@given(
    rows=st.integers(min_value=1, max_value=5),
    padding=st.integers(min_value=1, max_value=4096),
    line_ends=st.sampled_from(["", "\n", "\r\n", "\r\n\r\n"]),
)
def test_a_run_of_nuls_padding_the_end_of_a_text_is_no_binary(rows, padding, line_ends):
    """More NULs than lines, but all at the end (a fixed buffer, a preallocated file written
    short): padding (unseen_twentyfourth.py's nul-padded-export was refused)."""
    text = "name,email\r\n" + "".join(f"P{i} Lee,p{i}@x.org\r\n" for i in range(rows))
    sample = text.encode() + b"\x00" * padding + line_ends.encode()
    assert detect_encoding(sample, "f.csv", whole=True).encoding == "utf-8"


def test_nuls_before_a_trailing_run_still_count():
    """Only the closing run is padding: a binary header's NULs before it still refuse it."""
    with pytest.raises(InputError, match="not a text file"):
        detect_encoding(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\n" + b"\x00" * 64, "f.bin")


@pytest.mark.parametrize(
    ("data", "line", "byte"),
    [
        (b"a\nb\nc\xffd\n", 3, 0xFF),
        (b"a\r\nb\r\n\xff", 3, 0xFF),
        (b"a\rb\rc\r\xfe", 4, 0xFE),
        (b"\xff", 1, 0xFF),
        (b"ok\n\xc3", 2, 0xC3),  # the file ends inside a character
    ],
)
def test_locate_decode_error_names_the_physical_line(data, line, byte):
    assert locate_decode_error(data, "utf-8") == (line, byte)


def test_locate_decode_error_across_chunks_counts_split_crlf_once():
    data = b"x\r" + b"\nab\r\n" + b"\xe9"
    assert locate_decode_error(data, "utf-8", chunk_size=2) == (3, 0xE9)


def test_locate_decode_error_in_utf16():
    data = codecs.BOM_UTF16_LE + "a\nb\n".encode("utf-16-le") + b"\x00\xdc"  # lone surrogate
    assert locate_decode_error(data, "utf-16")[0] == 3


def test_locate_decode_error_refuses_clean_input():
    with pytest.raises(ValueError):
        locate_decode_error(b"fine\n", "utf-8")


# 7-bit CJK encodings: every byte ASCII, so valid UTF-8 too, yet the names are JIS, KS or
# GB2312 between shifts; read as UTF-8 they are `\x1b$B;3ED\x1b(B` or `~{MuO~~}`.
_KANJI_KANA = st.text(
    alphabet="山田佐藤鈴木花子太郎美咲健一あいうえおかきくけこアイウエオ", min_size=1, max_size=6
)
_HANZI = st.text(alphabet="王李张刘陈杨晓明丽华伟芳娜敏静", min_size=1, max_size=6)
_HANGUL = st.text(alphabet="김이박최정민준서연지우", min_size=1, max_size=6)


@given(
    names=st.lists(
        st.one_of(
            st.tuples(st.just("iso2022_jp"), _KANJI_KANA),
            st.tuples(st.just("iso2022_kr"), _HANGUL),
            st.tuples(st.just("hz"), _HANZI),
        ),
        min_size=1,
        max_size=5,
    ),
    which=st.sampled_from(["iso2022_jp", "iso2022_kr", "hz"]),
)
def test_ascii_with_a_seven_bit_cjk_encodings_shifts_is_that_encoding(names, which):
    """A file of ISO-2022-JP, ISO-2022-KR or HZ (Japanese e-mail's JIS, Usenet's HZ) is
    read in it: its shifts and a decoding that gives CJK letters are the evidence."""
    text = "name,email\r\n" + "".join(
        f"{name},p{i}@example.com\r\n" for i, (codec, name) in enumerate(names) if codec == which
    )
    if text.count("\n") == 1:
        text += {
            "iso2022_jp": "山田,y@example.jp\r\n",
            "iso2022_kr": "김민준,k@example.kr\r\n",
        }.get(which, "王伟,w@example.cn\r\n")
    data = text.encode(which)
    assert data.isascii()
    decision = detect_encoding(data, "f.csv", whole=True)
    assert decision.encoding == which
    assert data.decode(decision.encoding) == text


@given(text=st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=40))
def test_ascii_that_only_looks_like_hz_stays_utf8(text):
    """`~{` in plain ASCII (a template, a smiley) is no HZ unless it decodes to CJK."""
    sample = f"name,note\r\nAnn,{text} ~{{x}}~\r\n".encode("ascii")
    assert detect_encoding(sample, "f.csv", whole=True).encoding == "utf-8"
