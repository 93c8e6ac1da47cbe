"""Reading input: the only place that decodes bytes and parses HTML (with :mod:`._render`).

* :func:`decode` turns bytes into text (BOM, declared charset, then detection).
* :func:`from_text` normalises a plain-text page dump into a :class:`~articlekit.model.Source`
  whose blocks are its non-empty lines.
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
import re
from datetime import UTC, datetime
from typing import Final, Protocol

import charset_normalizer
from w3lib.encoding import html_to_unicode

from articlekit._render import render_html, render_text
from articlekit.errors import InputError
from articlekit.model import MediaType, Source

__all__ = ["DEFAULT_MAX_SIZE", "decode", "from_html", "from_text", "load", "looks_like_html"]

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


def _detect(data: bytes) -> str:
    """Guess the encoding of undeclared bytes.

    UTF-8 when valid, else UTF-16 by its NULs, else charset-normalizer's best guess, else cp1252
    (which decodes almost anything).
    """
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    sample = data[:4096]
    if len(sample) >= 4:  # noqa: PLR2004 - need a few code units to judge
        even_nuls = sample[0::2].count(0)
        odd_nuls = sample[1::2].count(0)
        half = len(sample) // 2
        if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
            return "utf-16-le"
        if even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
            return "utf-16-be"
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    # Short Latin-1-ish inputs can pass for UTF-16/32; without a single NUL byte they are not.
    if best is not None and (b"\x00" in data or not best.encoding.startswith(("utf_16", "utf_32"))):
        return str(best.encoding)
    return "cp1252"


def decode(data: bytes, *, is_html: bool = False) -> tuple[str, str]:
    """Decode bytes to text and return ``(text, encoding)``.

    The order is: a byte-order mark, then (for HTML) the charset the page declares in ``<meta>``,
    then detection. Undecodable bytes become U+FFFD rather than an error.

    >>> decode("caf\\u00e9".encode("cp1252"))
    ('café', 'cp1252')
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace"), name
    if is_html:
        encoding, text = html_to_unicode(None, data, auto_detect_fun=_detect)
        return text, _canonical_encoding(str(encoding))
    encoding = _detect(data)
    return data.decode(encoding, errors="replace"), _canonical_encoding(encoding)


def _canonical_encoding(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name


def _check_raw(raw: object, max_size: int) -> None:
    if not isinstance(raw, str | bytes):
        raise InputError(f"expected str or bytes, got {type(raw).__name__}", reason="type")
    if len(raw) > max_size:
        raise InputError(
            f"input of {len(raw):,} exceeds the maximum size of {max_size:,}", reason="too-large"
        )


def _reference(reference_time: datetime | None) -> datetime | None:
    if reference_time is None:
        return None
    if not isinstance(reference_time, datetime):
        raise InputError(
            f"reference_time: expected a datetime, got {type(reference_time).__name__}",
            reason="type",
        )
    if reference_time.utcoffset() is None:
        return reference_time.replace(tzinfo=UTC)
    return reference_time


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
    if url is not None and not isinstance(url, str):
        raise InputError(f"url: expected a str, got {type(url).__name__}", reason="type")
    encoding = None
    if isinstance(raw, bytes):
        raw, encoding = decode(raw, is_html=is_html)
    reference = _reference(reference_time)
    return render(raw, url=url, reference_time=reference, encoding=encoding, offsets=offsets)


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
        InputError: for a wrong type (of the input, the URL or the reference time) or an input
            over ``max_size``.

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

_HTML_SNIFF: Final = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title>", re.IGNORECASE
)
_TAG: Final = re.compile(
    r"</?(?:p|div|span|a|br|li|ul|table|td|tr|h[1-6]|article|section)\b", re.IGNORECASE
)


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
    return len(_TAG.findall(sample[:50_000])) >= 2  # noqa: PLR2004 - one stray tag is not a page


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
            ``False`` leaves it ``None`` and makes loading about a fifth faster.

    Raises:
        InputError: for a wrong type (of the input, the URL or the reference time) or an input
            over ``max_size``.

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


def load(
    raw: Raw,
    *,
    media_type: MediaType | str | None = None,
    url: str | None = None,
    reference_time: datetime | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    offsets: bool = True,
) -> Source:
    """Build a :class:`Source` from HTML or a plain-text dump, detecting which unless told.

    ``offsets=False`` skips the map back to the raw input (:attr:`Source.offsets` is then
    ``None``): spans into :attr:`Source.text` are unaffected, and loading is faster.

    Raises:
        InputError: for a wrong type, an unknown ``media_type`` or an input over ``max_size``.
    """
    _check_raw(raw, max_size)
    if media_type is None:
        sample = raw[:20_000]
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
    return build(raw, url=url, reference_time=reference_time, max_size=max_size, offsets=offsets)
