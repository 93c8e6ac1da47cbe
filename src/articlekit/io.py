"""Reading input: the only place that decodes bytes and parses HTML (with :mod:`._render`).

* :func:`decode` turns bytes into text (BOM, declared charset, then detection).
* :func:`from_text` normalises a plain-text page dump into a :class:`~articlekit.model.Source`
  whose blocks are its non-empty lines (a hard-wrapped paragraph's lines are one block).
* :func:`from_html` parses HTML with lxml (BeautifulSoup only as a fallback), drops scripts,
  styles and comments, and renders the page into blocks: first the head's metadata (``<title>``,
  selected ``<meta>`` tags, JSON-LD fields, canonical link, language) as ``TITLE``/``META`` blocks,
  then the visible content, one block per heading, paragraph, list item, quote, preformatted
  section or table cell.
* :func:`load` chooses between the two by sniffing the input.

Every source keeps an :class:`~articlekit.model.OffsetMap` back to the decoded raw input unless
loaded with ``offsets=False``. This module checks and decodes what users pass in; the rendering
itself lives in :mod:`articlekit._render`. Nothing here touches the network.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Final, Protocol
from urllib.parse import urlsplit

import attrs
from w3lib.encoding import html_body_declared_encoding

from articlekit._patterns import compile_later
from articlekit._render import render_html, render_text
from articlekit.errors import InputError
from articlekit.model import MediaType, Problem, Source

__all__ = [
    "DEFAULT_MAX_SIZE",
    "PageInput",
    "SupportsRead",
    "decode",
    "from_html",
    "from_text",
    "is_address",
    "load",
    "looks_like_html",
]

DEFAULT_MAX_SIZE: Final = 20_000_000
"""The default maximum input size, in bytes or code points."""

Raw = str | bytes

# --------------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------------

_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


#: Magic numbers of the binary formats most often fed to a text pipeline by mistake.
_MAGIC: Final = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office/EPUB document)"),
    (b"\x1f\x8b\x08", "gzip-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"(\xb5/\xfd", "zstd-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"\x00asm", "a WebAssembly module"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"wOFF", "a WOFF font"),
    (b"wOF2", "a WOFF2 font"),
    (b"OggS", "an Ogg media file"),
    (b"fLaC", "a FLAC audio file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE document (old Office format)"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
)
_RIFF: Final = {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}
#: C0 controls that no text holds in bulk. Tab, line breaks, form feed, and the shift and
#: escape codes of the ISO-2022 encodings are left out; NUL is judged with UTF-16/32 first.
_CONTROL_BYTES: Final = bytes(c for c in range(32) if c not in {9, 10, 11, 12, 13, 14, 15, 27})
_BINARY_SHARE: Final = 0.03  # random bytes hold ~10% such controls; text next to none
_BINARY_MIN: Final = 8  # a few stray controls in a short text do not make it binary
_SNIFF: Final = 65536


def _binary_kind(head: bytes) -> str | None:
    """What binary format ``head`` (the first bytes of an input) starts like, if any."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head.startswith(b"RIFF") and head[8:12] in _RIFF:
        return _RIFF[head[8:12]]
    if head[4:8] == b"ftyp":
        return "an MP4/QuickTime/HEIF media file"
    if head.startswith(b"ID3") and head[3:4] in {b"\x02", b"\x03", b"\x04"}:
        return "an MP3 audio file"
    if head.startswith(b"BZh") and head[4:10] == b"1AY&SY":
        return "bzip2-compressed data"
    return None


def _refuse_binary(data: bytes) -> None:
    """Raise :class:`InputError` for bytes that are an image, an archive, or no text at all."""
    kind = _binary_kind(data[:32])
    if kind is None:
        sample = data[:_SNIFF]
        controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
        if controls >= _BINARY_MIN and controls > _BINARY_SHARE * len(sample):
            share = controls / len(sample)
            kind = f"binary data ({share:.0%} of its first bytes are control codes)"
    if kind is not None:
        raise InputError(f"the input looks like {kind}, not HTML or text", reason="binary")


def _wide_unicode(sample: bytes) -> str | None:
    """UTF-16 or UTF-32 without a byte-order mark, told by where its NUL bytes fall.

    ASCII-range text in UTF-16 has a NUL in every other byte, in UTF-32 three in every four;
    no 8-bit encoding puts NULs in text.
    """
    if len(sample) < 8:  # noqa: PLR2004 - need a few code units to judge
        return None
    lanes = [sample[k::4].count(0) / max(1, len(sample[k::4])) for k in range(4)]
    for name, zero in (("utf-32-le", (1, 2, 3)), ("utf-32-be", (0, 1, 2))):
        if all(lanes[k] > 0.9 for k in zero) and lanes[({0, 1, 2, 3} - set(zero)).pop()] < 0.05:  # noqa: PLR2004
            return name
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _detect(data: bytes) -> str:
    """Guess the encoding of undeclared bytes.

    UTF-8 when valid or mostly valid (more well-formed multi-byte characters than malformed
    bytes: one stray byte does not make a UTF-8 page Latin-1), else charset-normalizer's best
    guess, else cp1252 (which decodes almost anything).
    """
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        if _mostly_utf8(data):
            return "utf-8"
    else:
        return "utf-8"
    import charset_normalizer  # noqa: PLC0415 - on first use: most pages are UTF-8 or declared

    best = charset_normalizer.from_bytes(data[:200_000]).best()
    # Short Latin-1-ish inputs can pass for UTF-16/32; without a single NUL byte they are not.
    if best is not None and (b"\x00" in data or not best.encoding.startswith(("utf_16", "utf_32"))):
        return str(best.encoding)
    return "cp1252"


def _mostly_utf8(data: bytes) -> bool:
    text = data.decode("utf-8", errors="replace")
    malformed = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    well_formed = len(text) - len(text.encode("ascii", errors="ignore")) - text.count("\ufffd")
    return well_formed >= malformed


def _declared(data: bytes) -> str | None:
    """The encoding an HTML page declares in its first bytes, as browsers take it (WHATWG).

    A ``<meta>`` found by scanning bytes as ASCII cannot truly mean UTF-16 or UTF-32, so those
    declarations mean UTF-8; ``x-user-defined`` means windows-1252; an unknown label is ignored.
    """
    declared = html_body_declared_encoding(data[:_SNIFF])
    if declared is None:
        return None
    name = _canonical_encoding(declared)
    if name.startswith(("utf-16", "utf-32", "utf_16", "utf_32")):
        return "utf-8"
    if name == "x-user-defined":
        return "cp1252"
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return name


def _decode(data: bytes, *, is_html: bool) -> tuple[str, str, tuple[Problem, ...]]:
    """Decode bytes (WHATWG order: BOM, declaration, detection) and say what was lost."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _decode_as(data[len(bom) :], name)
    kind = _binary_kind(data[:32])
    if kind is not None:
        raise InputError(f"the input looks like {kind}, not HTML or text", reason="binary")
    wide = _wide_unicode(data[:4096])
    if wide is not None:
        return _decode_as(data, wide)
    _refuse_binary(data)
    declared = _declared(data) if is_html else None
    if declared is not None and declared != "utf-8" and _strict_utf8(data):
        # A page whose bytes are strictly valid UTF-8 with multi-byte characters is UTF-8
        # whatever its <meta> says: the server's header (which a scraper seldom keeps) said so,
        # and a real legacy page almost never forms only well-formed UTF-8 sequences.
        declared = "utf-8"
    return _decode_as(data, declared or _detect(data))


def _strict_utf8(data: bytes) -> bool:
    """Whether the bytes are valid UTF-8 holding at least one multi-byte character."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


#: WHATWG's windows-1252 maps the five bytes Python's cp1252 leaves undefined to the C1 controls
#: of the same number (which normalisation then drops), not to U+FFFD.
_WHATWG_1252: Final = {0xDC00 + b: b for b in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


def _decode_as(data: bytes, encoding: str) -> tuple[str, str, tuple[Problem, ...]]:
    name = _canonical_encoding(encoding)
    if name == "cp1252":
        text = data.decode(name, errors="surrogateescape").translate(_WHATWG_1252)
    else:
        text = data.decode(name, errors="replace")
    problems: tuple[Problem, ...] = ()
    if "\ufffd" in text:
        literal = "\ufffd".encode(name, errors="ignore")
        lost = text.count("\ufffd") - (data.count(literal) if literal else 0)
        if lost > 0:
            message = (
                f"{lost:,} malformed byte sequence{'s' * (lost > 1)} in {name} "
                "became U+FFFD (the replacement character)"
            )
            problems = (Problem("load", message),)
    return text, name, problems


def decode(data: bytes, *, is_html: bool = False) -> tuple[str, str]:
    """Decode bytes to text and return ``(text, encoding)``, following the WHATWG rules.

    The order is: a byte-order mark, then UTF-16/32 told by their NUL bytes, then (for HTML)
    the charset the page declares in ``<meta>`` (a declared UTF-16 means UTF-8, as in
    browsers), then detection: UTF-8 when the bytes are valid or mostly valid UTF-8, else a
    guess. One departure from browsers: bytes that are strictly valid UTF-8 with multi-byte
    characters are UTF-8 whatever the page declares (the ``<meta>`` of a mis-declared page
    says Latin-1 while its server's header, which a scraper seldom keeps, says UTF-8).
    Undecodable bytes become U+FFFD rather than an error.

    Raises:
        InputError: when the bytes are a known binary format (an image, a PDF, an archive) or
            hold too many control codes to be text.

    >>> decode("caf\\u00e9".encode("cp1252"))
    ('café', 'cp1252')
    >>> decode('<meta charset="utf-16"><p>Hi</p>'.encode("ascii"), is_html=True)[1]
    'utf-8'
    """
    text, encoding, _ = _decode(data, is_html=is_html)
    return text, encoding


def _canonical_encoding(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name


def _check_raw(raw: object, max_size: object) -> None:
    if isinstance(max_size, bool) or not isinstance(max_size, int):
        raise InputError(f"max_size: expected an int, got {type(max_size).__name__}", reason="type")
    if not isinstance(raw, str | bytes):
        raise InputError(
            f"expected str, bytes, a path or a binary file object, got {type(raw).__name__}",
            reason="type",
        )
    if len(raw) > max_size:
        raise InputError(
            f"input of {len(raw):,} exceeds the maximum size of {max_size:,}", reason="too-large"
        )


#: Reference times are kept to years whose neighbours a date can still name: relative dates
#: ("in 20 years", "last century") are resolved by arithmetic on it.
_REFERENCE_YEARS: Final = (1000, 9000)


def _reference(reference_time: datetime | None) -> datetime | None:
    if reference_time is None:
        return None
    if not isinstance(reference_time, datetime):
        raise InputError(
            f"reference_time: expected a datetime, got {type(reference_time).__name__}",
            reason="type",
        )
    low, high = _REFERENCE_YEARS
    if not low <= reference_time.year <= high:
        raise InputError(
            f"reference_time: expected a year from {low} to {high}, got {reference_time.year}",
            reason="date",
        )
    try:
        offset = reference_time.utcoffset()
    except (ValueError, TypeError) as error:
        raise InputError(f"reference_time: unusable time zone: {error}", reason="date") from None
    if offset is None:
        return reference_time.replace(tzinfo=UTC)
    return reference_time


def _check_url(url: object) -> None:
    """Refuse what is no URL at all; anything ``urllib`` can split is kept as given."""
    if url is None:
        return
    if not isinstance(url, str):
        raise InputError(f"url: expected a str, got {type(url).__name__}", reason="type")
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises for a port out of range or not a number
    except ValueError as error:
        raise InputError(f"url: not a valid URL ({error}): {url[:200]!r}", reason="url") from None
    if any(c in url for c in "\x00\n\r\t"):
        raise InputError(f"url: control characters in {url[:200]!r}", reason="url")


class _Render(Protocol):
    def __call__(
        self,
        text: str,
        *,
        url: str | None,
        reference_time: datetime | None,
        encoding: str | None,
        offsets: bool,
    ) -> Source: ...


def _build(
    raw: Raw,
    render: _Render,
    *,
    is_html: bool,
    url: str | None,
    reference_time: datetime | None,
    max_size: int,
    offsets: bool,
) -> Source:
    """Check and decode what the user passed in, then render it."""
    _check_raw(raw, max_size)
    _check_url(url)
    reference = _reference(reference_time)
    encoding = None
    problems: tuple[Problem, ...] = ()
    if isinstance(raw, bytes):
        raw, encoding, problems = _decode(raw, is_html=is_html)
    if is_html:
        raw, capped = _cap_attributes(raw)
        problems += capped
        if "&#" in raw:
            raw = _LONG_REFERENCE.sub(_hex_reference, raw)
    source = render(raw, url=url, reference_time=reference, encoding=encoding, offsets=offsets)
    if problems:
        source = attrs.evolve(source, problems=(*source.problems, *problems))
    return source


# --------------------------------------------------------------------------------------------
# Plain text
# --------------------------------------------------------------------------------------------


def from_text(
    raw: Raw,
    *,
    url: str | None = None,
    reference_time: datetime | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    offsets: bool = True,
) -> Source:
    """Build a :class:`Source` from a plain-text page dump.

    Args:
        raw: the text, or bytes in any encoding.
        url: the page URL, if known.
        reference_time: what relative dates are resolved against (naive means UTC).
        max_size: the largest input accepted, in bytes or code points.
        offsets: whether to map the text back to the raw input (:attr:`Source.offsets`);
            ``False`` leaves it ``None`` and saves the work when nothing will ask.

    Raises:
        InputError: for a wrong type (of the input, ``max_size``, the URL or the reference
            time), an input over ``max_size``, a malformed URL, a reference time outside the
            years 1000-9000, or bytes that are binary (an image, a PDF, an archive; ``str``
            input is taken as text).

    >>> src = from_text("Headline\\n\\nFirst  paragraph.\\r\\n")
    >>> src.text, [src.slice(b.span) for b in src.blocks]
    ('Headline\\n\\nFirst paragraph.', ['Headline', 'First paragraph.'])
    """
    return _build(
        raw,
        render_text,
        is_html=False,
        url=url,
        reference_time=reference_time,
        max_size=max_size,
        offsets=offsets,
    )


# --------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------

_HTML_SNIFF: Final = compile_later(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title>", re.IGNORECASE
)
# Tags of HTML's structure and text, and comments: a fragment without <html>, <body> or a doctype
# ("<!-- … --><script …><b>Hallo</b></script>") is still markup. The tags of phrasing and
# scripts are counted only whole ("<b>", "<em class=…>"; not "k<i;" of quoted code).
_TAG: Final = compile_later(
    r"</?(?:p|div|span|a|br|li|ul|table|td|tr|h[1-6]|article|section)\b"
    r"|</?(?:b|i|u|em|strong|small|sup|sub|img|hr|ol|dl|dt|dd|pre|code|blockquote|figure"
    r"|figcaption|header|footer|nav|main|aside|form|iframe|script|style|noscript|font|center)"
    r"(?=[\s/>])|<!--",
    re.IGNORECASE,
)


#: Attributes kept on one element. No page needs more; libxml2 takes time quadratic in them
#: (40,000 attributes on one element: 11 s), so the rest are blanked before parsing.
MAX_ATTRIBUTES: Final = 1000
# Only tags this long can hold that many attributes: shorter ones are never looked into.
_LONG_TAG: Final = compile_later(r"<[A-Za-z][^<>]{8000,}>")
_ATTRIBUTE: Final = compile_later(r"""[^\s/>=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?""")


# A tag this long holds no angle bracket over 8,000 characters, so it covers a whole stretch
# ``[k * _BRACKETLESS, (k + 1) * _BRACKETLESS)`` that holds none; most pages have no such stretch.
_BRACKETLESS: Final = 4000


def _long_tags(text: str) -> list[re.Match[str]]:
    """The matches of ``_LONG_TAG`` in ``text``, in order, without running it over every tag.

    Only a tag that starts at the last ``<`` before a stretch without angle brackets (see
    ``_BRACKETLESS``) can be that long; the pattern is tried there alone.
    """
    found: list[re.Match[str]] = []
    after = 0  # the end of the last long tag found
    find = text.find
    for at in range(0, len(text), _BRACKETLESS):
        end = at + _BRACKETLESS
        if at < after or find("<", at, end) >= 0 or find(">", at, end) >= 0:
            continue
        start = text.rfind("<", after, at)
        tag = _LONG_TAG.match(text, start) if start >= 0 else None
        if tag is not None:
            found.append(tag)
            after = tag.end()
    return found


def _cap_attributes(text: str) -> tuple[str, tuple[Problem, ...]]:
    """Blank (with spaces, so every offset stays) the attributes past the first thousand."""
    if len(text) < 8000 or "=" not in text:  # noqa: PLR2004 - the shortest long tag
        return text, ()
    pieces: list[str] = []
    done = 0
    problems: list[Problem] = []
    for tag in _long_tags(text):
        attributes = _ATTRIBUTE.finditer(text, tag.start() + 1, tag.end() - 1)
        next(attributes, None)  # the tag name
        count = 0
        cut = None
        for attribute in attributes:
            count += 1
            if count == MAX_ATTRIBUTES + 1:
                cut = attribute.start()
        if cut is not None:
            pieces += [text[done:cut], " " * (tag.end() - 1 - cut)]
            done = tag.end() - 1
            problems.append(
                Problem(
                    "load",
                    f"an element with {count:,} attributes at offset {tag.start():,}: "
                    f"those past the first {MAX_ATTRIBUTES:,} were ignored",
                )
            )
    if not problems:
        return text, ()
    pieces.append(text[done:])
    return "".join(pieces), tuple(problems)


# A decimal character reference this long cannot be read by Python's ``int`` (4,300 digits at
# most) and means U+FFFD in browsers unless it is zero padding before a real code point.
_LONG_REFERENCE: Final = compile_later(r"&#([0-9]{1000,})")


def _hex_reference(match: re.Match[str]) -> str:
    """The same reference in hexadecimal, padded to the same length (so offsets stay)."""
    digits = match.group(1)
    significant = digits.lstrip("0")
    value = int(significant) if 0 < len(significant) <= len(str(sys.maxunicode)) else 0xFFFD
    if value > sys.maxunicode:
        value = 0xFFFD
    return "&#x" + format(value, "X").rjust(len(digits) - 1, "0")


def looks_like_html(text: str) -> bool:
    """Return whether ``text`` looks like HTML rather than a plain-text dump.

    >>> looks_like_html("<p>Hello</p>"), looks_like_html("Price < 5 and > 3")
    (True, False)
    """
    head = text[:4096]
    if _HTML_SNIFF.search(head):
        return True
    # Pages may open with long inline styles or scripts: look past them.
    sample = text[:200_000]
    if sample.lstrip().startswith("<") and _HTML_SNIFF.search(sample):
        return True
    sample = sample[:50_000]
    if len(_TAG.findall(sample)) < 2:  # noqa: PLR2004 - one stray tag is not a page
        return False
    return not _quotes_markup(sample)


_DUMP_LINES: Final = 20  # lines of text that make a dump, not a fragment of markup
_TAGGED_LINES: Final = 0.1  # share of those lines a dump's quoted markup stays under


def _quotes_markup(sample: str) -> bool:
    """Whether tags sit on only a few lines of many: a text dump quoting markup.

    A comment form's "Allowed HTML tags: <a href> <em> <strong> …" line, or a template's
    markup that a page shows as text, leaves the dump's other lines tag-free; a fragment of
    HTML (no ``<html>``, ``<body>`` or doctype) has tags on most of its lines, or is one line.
    """
    lines = [line for line in sample.splitlines() if line.strip()]
    if len(lines) < _DUMP_LINES:
        return False
    tagged = sum(1 for line in lines if _TAG.search(line))
    return tagged < _TAGGED_LINES * len(lines)


def from_html(
    raw: Raw,
    *,
    url: str | None = None,
    reference_time: datetime | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    offsets: bool = True,
) -> Source:
    """Build a :class:`Source` from an HTML page.

    Args:
        raw: the HTML, or bytes in any encoding (BOM, ``<meta charset>``, then detection).
        url: the page URL, if known.
        reference_time: what relative dates are resolved against (naive means UTC).
        max_size: the largest input accepted, in bytes or code points.
        offsets: whether to map the text back to the raw page (:attr:`Source.offsets`);
            ``False`` leaves it ``None``. For HTML the map is built when first read.

    Raises:
        InputError: for a wrong type (of the input, ``max_size``, the URL or the reference
            time), an input over ``max_size``, a malformed URL, a reference time outside the
            years 1000-9000, or bytes that are binary (an image, a PDF, an archive; ``str``
            input is taken as text).

    >>> src = from_html("<title>T</title><h1>Head</h1><p>Body <b>text</b>.</p>")
    >>> [(b.kind.value, src.slice(b.span)) for b in src.blocks]
    [('title', 'T'), ('heading', 'Head'), ('paragraph', 'Body text.')]
    """
    return _build(
        raw,
        render_html,
        is_html=True,
        url=url,
        reference_time=reference_time,
        max_size=max_size,
        offsets=offsets,
    )


class SupportsRead(Protocol):
    """A file object open for reading: ``read(size)`` returns bytes (or, opened as text, str)."""

    def read(self, size: int = -1, /) -> bytes | str:  # pragma: no cover - a protocol
        """Return up to ``size`` bytes (or characters)."""
        ...


#: What :func:`load` and :func:`articlekit.extract` read: the page as ``str`` or ``bytes``, a path
#: to it (``os.PathLike``), or a file object open for reading.
PageInput = str | bytes | os.PathLike[str] | SupportsRead

# A string that is only a URL: the library was given the address instead of the page.
_ONLY_URL: Final = compile_later(r"\s*(?:https?|ftp)://\S+\s*", re.IGNORECASE)
# A string that is only a file name of a page: the path, not the page, was passed as a str.
_ONLY_FILE_NAME: Final = compile_later(
    r"\s*[^\s<>]+\.(?:html?|xhtml|txt|gz|warc)\s*", re.IGNORECASE
)


def is_address(raw: str) -> bool:
    """Whether ``raw`` is only a URL or a page's file name, which ``load`` refuses.

    >>> is_address("https://example.com/a"), is_address("page.html"), is_address("Text.")
    (True, True, False)
    """
    try:
        _refuse_address(raw)
    except InputError:
        return True
    return False


def _refuse_address(raw: str) -> None:
    """Raise :class:`InputError` for a ``str`` that is only a URL or a page's file name.

    Neither can be an article, and reading either as a text dump would give an empty document
    with no word of what went wrong.
    """
    if len(raw) > 8192 or raw.isspace():  # noqa: PLR2004 - no address is that long
        return
    if _ONLY_URL.fullmatch(raw):
        raise InputError(
            f"got a URL, not a page: {raw.strip()[:200]!r}. articlekit never fetches anything; "
            "fetch the page yourself (urllib.request, requests, Scrapy...) and pass its bytes "
            "with the URL: extract(response_bytes, url=...)",
            reason="url",
        )
    if _ONLY_FILE_NAME.fullmatch(raw):
        raise InputError(
            f"got a file name as the page's text: {raw.strip()[:200]!r}. To read the file, pass "
            "a path: extract(pathlib.Path(name))",
            reason="type",
        )


def _read(raw: object, max_size: int) -> tuple[object, MediaType | None]:
    """The page's ``str`` or ``bytes`` from what was passed, and the media type a path implies.

    A path is read as bytes (a ``.txt`` suffix means text, anything else is sniffed); a file
    object is read from where it stands. Neither is read past ``max_size``.
    """
    if isinstance(raw, str | bytes):
        if isinstance(raw, str):
            _refuse_address(raw)
        return raw, None
    if isinstance(raw, os.PathLike):
        path = Path(os.fsdecode(raw))
        try:
            with path.open("rb") as handle:
                data: object = handle.read(max_size + 1)
        except OSError as error:
            why = error.strerror or type(error).__name__
            raise InputError(f"cannot read {str(path)[:200]!r}: {why}", reason="read") from None
        kind = MediaType.TEXT if path.suffix.lower() == ".txt" else None
        what = repr(str(path)[:200])
    elif callable(getattr(raw, "read", None)):
        try:
            data = raw.read(max_size + 1)  # type: ignore[attr-defined]
        except OSError as error:
            raise InputError(f"cannot read the file object: {error}", reason="read") from None
        if isinstance(data, bytearray | memoryview):
            data = bytes(data)
        if not isinstance(data, str | bytes):
            got = type(data).__name__
            raise InputError(f"read() returned {got}, expected bytes or str", reason="type")
        kind, what = None, "the file object"
    else:
        return raw, None  # refused by the type check with the message that lists what works
    if isinstance(data, str | bytes) and len(data) > max_size:
        raise InputError(f"{what} exceeds the maximum size of {max_size:,}", reason="too-large")
    return data, kind


def load(
    raw: PageInput,
    *,
    media_type: MediaType | str | None = None,
    url: str | None = None,
    reference_time: datetime | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    offsets: bool = True,
) -> Source:
    """Build a :class:`Source` from HTML or a plain-text dump, detecting which unless told.

    ``offsets=False`` skips the map back to the raw input (:attr:`Source.offsets` is then
    ``None``): spans into :attr:`Source.text` are unaffected. An HTML page's map is built the
    first time it is read (until then the source holds the decoded page).

    Bytes are decoded as :func:`decode` says; malformed byte sequences become U+FFFD and a
    :class:`~articlekit.model.Problem` in :attr:`Source.problems`.

    ``raw`` may also be a path (``os.PathLike``, e.g. :class:`pathlib.Path`), read as bytes, a
    ``.txt`` suffix meaning text and anything else sniffed; or a file object open for reading
    (``open(name, "rb")``, :class:`io.BytesIO`, an HTTP response), read from where it stands.
    Nothing is fetched: a ``str`` that is only a URL (or only a page's file name) is refused.

    Raises:
        InputError: for a wrong type, an unknown ``media_type``, an input over ``max_size``, a
            malformed URL, a reference time outside the years 1000-9000, binary input, a path
            that cannot be read (``reason="read"``), or a ``str`` that is only a URL
            (``reason="url"``) or a file name (``reason="type"``).

    Examples:
        >>> import io
        >>> load(io.BytesIO(b"<p>Caf\\xc3\\xa9 prices rose.</p><p>More.</p>")).text
        'Café prices rose.\\n\\nMore.'
        >>> try:
        ...     load("https://example.com/news/1")
        ... except InputError as error:
        ...     print(error.reason, "|", str(error).split("; ")[0])
        url | got a URL, not a page: 'https://example.com/news/1'. articlekit never fetches anything
    """
    page: object = raw
    if isinstance(max_size, int) and not isinstance(max_size, bool):
        page, implied = _read(raw, max_size)
        media_type = media_type if media_type is not None else implied
    _check_raw(page, max_size)
    assert isinstance(page, str | bytes)  # noqa: S101 - checked just above
    if media_type is None:
        sample = page[:20_000]
        if isinstance(sample, bytes):
            # UTF-16/32 pages interleave NULs; dropping them is enough to sniff the markup.
            sample = sample.replace(b"\x00", b"").decode("latin-1")
        kind = MediaType.HTML if looks_like_html(sample) else MediaType.TEXT
    else:
        try:
            kind = MediaType(media_type)
        except ValueError:
            valid = ", ".join(repr(m.value) for m in MediaType)
            raise InputError(
                f"unknown media type {media_type!r}; expected one of {valid}", reason="type"
            ) from None
    build = from_html if kind is MediaType.HTML else from_text
    return build(page, url=url, reference_time=reference_time, max_size=max_size, offsets=offsets)
