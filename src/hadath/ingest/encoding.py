"""Bytes of a web page to text: the declared charset when it holds, else a careful sniff, never mojibake.

Arabic pages come in UTF-8, windows-1256 and ISO-8859-6, and their declarations lie often enough
(a server's default ``ISO-8859-1`` over a windows-1256 page, a ``windows-1256`` meta left on a site
moved to UTF-8). A declaration is therefore believed only when the bytes agree with it; the sniff
then tells the two Arabic code pages apart by which one reads more Arabic letters and fewer C1
controls, undefined bytes and stray Latin accents.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

from ..errors import IngestError

BINARY = "binary content, not text"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: FF FE 00 00 begins with FF FE
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Signatures of common binary formats a crawler may hand over as a "page".
_MAGIC = (
    b"%PDF-", b"\x89PNG", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"BZh",
    b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!", b"RIFF", b"OggS", b"ID3", b"\x00\x00\x00\x18ftyp",
    b"\x00\x00\x00\x20ftyp", b"wOFF", b"wOF2", b"\x7fELF", b"MZ", b"\xd0\xcf\x11\xe0", b"SQLite format 3",
    b"(\xb5/\xfd",
)

# WHATWG-style labels → (Python codec, name reported). Latin-1 and ASCII labels mean windows-1252.
_LABELS = {
    "utf-8": "utf-8", "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8", "x-unicode20utf8": "utf-8",
    "windows-1256": "windows-1256", "cp1256": "windows-1256", "x-cp1256": "windows-1256",
    "iso-8859-6": "iso-8859-6", "iso8859-6": "iso-8859-6", "iso_8859-6": "iso-8859-6",
    "iso-8859-6-i": "iso-8859-6", "iso-8859-6-e": "iso-8859-6", "iso_8859-6:1987": "iso-8859-6",
    "arabic": "iso-8859-6", "asmo-708": "iso-8859-6", "ecma-114": "iso-8859-6", "iso-ir-127": "iso-8859-6",
    "csisolatinarabic": "iso-8859-6", "csiso88596e": "iso-8859-6", "csiso88596i": "iso-8859-6",
    "iso-8859-1": "windows-1252", "iso8859-1": "windows-1252", "iso_8859-1": "windows-1252",
    "latin1": "windows-1252", "latin-1": "windows-1252", "l1": "windows-1252", "ascii": "windows-1252",
    "us-ascii": "windows-1252", "windows-1252": "windows-1252", "cp1252": "windows-1252",
    "x-cp1252": "windows-1252", "cp819": "windows-1252", "ibm819": "windows-1252",
    "utf-16": "utf-16-le", "utf-16le": "utf-16-le", "utf-16-le": "utf-16-le",
    "utf-16be": "utf-16-be", "utf-16-be": "utf-16-be",
}
_CODEC = {"windows-1256": "cp1256", "iso-8859-6": "iso8859_6", "windows-1252": "cp1252"}
_SINGLE_BYTE = {"windows-1256", "iso-8859-6", "windows-1252"}

_CT_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([\w:.+-]+)", re.I)
_META_CHARSET = re.compile(
    rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([\w:.+-]+)"  # <meta charset=…> and http-equiv content=…
    rb"|<\?xml\b[^>]*?\bencoding\s*=\s*[\"']([\w:.+-]+)",  # an XHTML page's XML declaration
    re.I,
)
_ARABIC = re.compile(r"[\u0621-\u063A\u0641-\u064A]")
_C1 = re.compile(r"[\x80-\x9f]")
_LATIN_ACCENT = re.compile(r"[\u00c0-\u00ff]")
_ASCII = bytes(range(128))
_LATIN_TOUCH = re.compile(rb"[A-Za-z][\x80-\xff]|[\x80-\xff](?=[A-Za-z])")
_NOT_C0 = bytes(b for b in range(256) if not (b < 0x20 and b not in (0x09, 0x0A, 0x0C, 0x0D, 0x1B)))
_C0_TEXT = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")


def _canonical(label: str | None) -> str | None:
    """The encoding a charset label names, as reported ('windows-1256'…), or None when unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _LABELS:
        return _LABELS[label]
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return f"windows-{name[2:]}" if re.fullmatch(r"cp125\d", name) else name


def _codec(enc: str) -> str:
    return _CODEC.get(enc, enc)


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset label of an HTTP Content-Type value ('text/html; charset=windows-1256'), or None."""
    if not content_type:
        return None
    m = _CT_CHARSET.search(content_type)
    return m.group(1) if m else None


def charset_from_meta(raw: bytes) -> str | None:
    """The charset a page declares in its first 4 KB (<meta charset>, http-equiv, <?xml encoding>)."""
    m = _META_CHARSET.search(raw[:4096])
    if not m:
        return None
    return (m.group(1) or m.group(2)).decode("ascii", "replace")


def is_binary(raw: bytes) -> bool:
    """True for data that is not text: a known binary signature, NUL bytes, or mostly control bytes."""
    head = raw[:65536]
    if head.startswith(_MAGIC):
        return True
    if head.count(b"\x00") * 1000 > len(head):  # text has no NUL bytes; binary formats are full of them
        return True
    return len(head.translate(None, _NOT_C0)) * 10 > len(head)


@lru_cache(maxsize=4)
def _byte_classes(enc: str) -> tuple[bytes, bytes]:
    """For a single-byte Arabic code page: the bytes to delete to count its Arabic letters, and those to
    delete to count what a wrong guess leaves behind (C1 controls, undefined bytes, Latin accents)."""
    letters, bad = set(), set()
    for b in range(0x80, 0x100):
        ch = bytes([b]).decode(_codec(enc), errors="replace")
        if _ARABIC.match(ch):
            letters.add(b)
        elif ch == "\ufffd" or _C1.match(ch) or _LATIN_ACCENT.match(ch):
            bad.add(b)
    every = set(range(256))
    return bytes(sorted(every - letters)), bytes(sorted(every - bad))


def _arabic_score(raw: bytes, enc: str) -> int:
    """Arabic letters `raw` reads as in `enc`, less a heavy price for the bytes a wrong code page betrays."""
    not_letters, not_bad = _byte_classes(enc)
    return len(raw.translate(None, not_letters)) - 4 * len(raw.translate(None, not_bad))


def sniff_arabic(raw: bytes) -> tuple[str, str] | None:
    """The better of windows-1256 and ISO-8859-6 for undeclared non-UTF-8 bytes, or None if neither reads Arabic."""
    sample = raw[:200000]
    high = len(sample.translate(None, _ASCII))
    if not high:
        return None
    # Latin text in a Western code page has its high bytes inside Latin words ("président"); an
    # Arabic page has them in runs of Arabic letters, seldom touching a Latin letter.
    if len(_LATIN_TOUCH.findall(sample[:65536])) * 3 > min(high, len(sample[:65536].translate(None, _ASCII))):
        return None
    score, enc = max((_arabic_score(sample, e), e) for e in ("windows-1256", "iso-8859-6"))
    # Arabic pages have most of their high bytes as letters
    if score * 2 < high:
        return None
    return raw.decode(_codec(enc), errors="replace"), enc


def _mostly_utf8(raw: bytes) -> str | None:
    """`raw` as UTF-8 when it holds non-ASCII characters and (all but a few damaged bytes) is UTF-8."""
    high = len(raw.translate(None, _ASCII))
    if not high:
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lenient = raw.decode("utf-8", errors="replace")
    # a single-byte Arabic page read as UTF-8 is nearly all replacement characters
    return lenient if lenient.count("\ufffd") * 20 <= high else None


def _utf16_without_bom(raw: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' for markup that opens with '<' and a NUL byte, else None."""
    if raw.startswith(b"<\x00") and raw[1:200:2].count(0) > 50:
        return "utf-16-le"
    if raw.startswith(b"\x00<") and raw[0:200:2].count(0) > 50:
        return "utf-16-be"
    return None


def _declared(enc: str, raw: bytes) -> tuple[str, str] | None:
    """`raw` read as its declared encoding when the bytes agree, else None (the next clue decides)."""
    if enc.startswith(("utf-16", "utf-32")):
        return None  # a page that reached here has no NULs: ASCII-compatible, the label is wrong
    if enc == "utf-8":
        utf8 = raw.decode("utf-8", errors="replace") if raw.isascii() else _mostly_utf8(raw)
        return (utf8, "utf-8") if utf8 is not None else None
    if enc in _SINGLE_BYTE or _is_single_byte(enc):
        utf8 = _mostly_utf8(raw)
        if utf8 is not None:
            return utf8, "utf-8"  # a stale single-byte label on a UTF-8 page
        if enc in _SINGLE_BYTE:
            # a server's default (ISO-8859-1) over an Arabic page; the two Arabic code pages
            # mislabelled as each other. Other labels (windows-1251…) are believed.
            arabic = sniff_arabic(raw)
            if arabic is not None:
                return arabic
    try:
        return raw.decode(_codec(enc)), enc
    except (UnicodeDecodeError, LookupError):
        return None


def _is_single_byte(enc: str) -> bool:
    try:
        return len(b"\x80\xa0\xc8\xe9".decode(_codec(enc), errors="replace")) == 4
    except LookupError:
        return False


def decode_bytes(raw: bytes, content_type: str | None = None) -> tuple[str, str]:
    """(text, encoding used). Order: BOM; charset in the HTTP Content-Type; <meta charset> / http-equiv in
    the first 4 KB; UTF-8 if it decodes (a few damaged bytes replaced: a cut character does not make a
    page windows-1256); else windows-1256 vs ISO-8859-6 (the one that reads more Arabic letters and
    fewer C1 controls, undefined bytes and Latin accents); else windows-1252. A declaration the bytes
    contradict is passed over, never obeyed into mojibake. Raises IngestError("binary content, not
    text") for binary data (NUL bytes / mostly non-text).
    """
    if not raw:
        return "", "utf-8"
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            text = raw[len(bom):].decode(enc, errors="replace")
            sample = text[:65536]
            if (sample.count("\ufffd") + len(_C0_TEXT.findall(sample))) * 10 > len(sample) + 10:
                raise IngestError(BINARY)
            return text, enc
    utf16 = _utf16_without_bom(raw)
    if utf16 is not None:
        try:
            return raw.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    if is_binary(raw):
        raise IngestError(BINARY)

    for label in (charset_from_content_type(content_type), charset_from_meta(raw)):
        enc = _canonical(label)
        if enc is None:
            continue
        got = _declared(enc, raw)
        if got is not None:
            return got

    if raw.isascii():
        return raw.decode("ascii"), "utf-8"
    utf8 = _mostly_utf8(raw)  # UTF-8, or UTF-8 with a few damaged bytes (a cut character)
    if utf8 is not None:
        return utf8, "utf-8"
    arabic = sniff_arabic(raw)
    if arabic is not None:
        return arabic
    return raw.decode("cp1252", errors="replace"), "windows-1252"
