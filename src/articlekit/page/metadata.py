"""What a page says about itself.

Site, authors, dates, language, canonical URL, description and source credits.

Values come from the blocks :mod:`articlekit.io` rendered from the page's metadata (``<meta>``,
JSON-LD, ``<link rel=canonical>``, ``<html lang>``) and from visible text near the headline and
body (bylines, date lines, "source:" credits), so every value carries its span. Dates are parsed
with dateparser against the source's reference time; without one, relative dates ("2 days ago")
stay unresolved: the wall clock is never used.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Final
from urllib.parse import urlsplit

import attrs

from articlekit import _lexicon as lex
from articlekit._dates import parse_date
from articlekit.model import (
    Block,
    BlockKind,
    DateValue,
    Document,
    Granularity,
    Headline,
    Metadata,
    MetaValue,
    Paragraph,
    Source,
    Span,
)

__all__ = ["MetadataExtractor", "find_metadata"]

_SITE: Final = ("og:site_name", "application-name", "jsonld:publisher")
_AUTHORS: Final = (
    "jsonld:author",
    "author",
    "article:author",
    "dc.creator",
    "parsely-author",
    "sailthru.author",
    "citation_author",
    "byl",
    "jsonld:creator",
)
_PUBLISHED: Final = (
    "jsonld:datePublished",
    "article:published_time",
    "citation_publication_date",
    "parsely-pub-date",
    "dc.date.issued",
    "dc.date",
    "date",
    "pubdate",
    "publishdate",
    "sailthru.date",
    "jsonld:dateCreated",
)
_MODIFIED: Final = ("jsonld:dateModified", "article:modified_time")
_LANGUAGE: Final = (
    "html:lang",
    "content-language",
    "jsonld:inLanguage",
    "dc.language",
    "og:locale",
)
_CANONICAL: Final = ("link:canonical", "og:url")
_DESCRIPTION: Final = ("description", "og:description", "twitter:description", "jsonld:description")

_NAME_SPLIT: Final = re.compile(
    r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*", re.IGNORECASE
)
_URL_DATE: Final = re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>[01]?\d)/(?:(?P<d>[0-3]?\d)/)?")
_NEAR_LINES: Final = 6  # lines around the headline where bylines and date lines sit
_MAX_BYLINE: Final = 150
# A byline inside a metadata line: "Veröffentlicht am 12. Juni 2017 von gizzmo",
# "Posted by DT in Tagebuch", "23.06.2016 um 16:14 Uhr - Markus Reuter".
_BYLINE_INSIDE: Final = re.compile(
    r"(?:\bposted\s+by|\bwritten\s+by|\bby|\bvon|\bpar|\bpor|\bdoor|\bautor(?:in)?:|\bauthor:)\s+"
    r"(?P<names>[^\d|•·,;:()\n]{2,60}?)"
    r"(?=\s*(?:$|[|•·,;()\n]|\s-\s|\s(?:am|on|le|el|il|in|um|at|the|der|die|das)\b))",
    re.IGNORECASE,
)


def _first(source: Source, keys: tuple[str, ...]) -> Block | None:
    """The first META block with the highest-priority key."""
    found: dict[str, Block] = {}
    for block in source.blocks:
        if block.kind is BlockKind.META and block.hint in keys and block.hint not in found:
            found[block.hint] = block
    return next((found[k] for k in keys if k in found), None)


def _value(source: Source, block: Block | None) -> MetaValue | None:
    if block is None:
        return None
    text = source.slice(block.span)
    return MetaValue(text=text, value=text, span=block.span)


def _date_value(
    source: Source, block: Block | None, languages: list[str] | None
) -> DateValue | None:
    if block is None:
        return None
    text = source.slice(block.span)
    parsed = parse_date(text, reference_time=source.reference_time, languages=languages)
    if parsed is None:
        return None
    return DateValue(text=text, value=parsed[0], granularity=parsed[1], span=block.span)


def _visible_date(
    source: Source, blocks: list[Block], languages: list[str] | None
) -> DateValue | None:
    """A date on a short line near the headline ("Feb 14, 2016 10:47 AM")."""
    for block in blocks:
        text = source.slice(block.span)
        if len(text) > 120:  # noqa: PLR2004 - date lines are short
            continue
        match = lex.DATE_EXPRESSION.search(text)
        if match is None:
            continue
        span = Span(block.span.start + match.start(), block.span.start + match.end())
        parsed = parse_date(
            match.group(), reference_time=source.reference_time, languages=languages
        )
        if parsed is not None:
            return DateValue(
                text=source.slice(span), value=parsed[0], granularity=parsed[1], span=span
            )
    return None


def _url_date(url: str | None) -> DateValue | None:
    if not url:
        return None
    match = _URL_DATE.search(urlsplit(url).path)
    if match is None:
        return None
    year, month = int(match["y"]), int(match["m"])
    day = int(match["d"]) if match["d"] else 1
    try:
        value = datetime(year, month, day, tzinfo=UTC)
    except ValueError:
        return None
    granularity = Granularity.DAY if match["d"] else Granularity.MONTH
    return DateValue(text=match.group(), value=value, granularity=granularity)


def _authors(source: Source, near: list[Block], site: MetaValue | None) -> tuple[MetaValue, ...]:
    found: dict[str, MetaValue] = {}
    site_key = site.value.casefold() if site else None
    for block in source.blocks:
        if block.kind is BlockKind.META and block.hint in _AUTHORS:
            text = source.slice(block.span)
            if "://" in text or "@" in text or text.casefold() == site_key:
                continue  # profile URLs, handles and the site's own name are not authors
            _add_names(found, text, block.span)
    if not found:
        for block in near:
            text = source.slice(block.span)
            if len(text) >= _MAX_BYLINE:
                continue
            # Inside a line only where the line is metadata (a date or separators), since "von"
            # and "by" are common words.
            is_meta = bool(lex.DATE.search(text) or lex.META_LINE.search(text))
            match = lex.BYLINE.match(text) or (is_meta and _BYLINE_INSIDE.search(text)) or None
            if match:
                start = block.span.start + match.start("names")
                _add_names(found, match.group("names"), Span(start, start + len(match["names"])))
                break
    return tuple(found.values())


def _add_names(found: dict[str, MetaValue], text: str, span: Span) -> None:
    """Split "A, B and C" into names, each with its own sub-span."""
    position = 0
    for part in _NAME_SPLIT.split(text):
        at = text.find(part, position) if part else -1
        name = part.strip(" .|·-")
        if at < 0 or not name or len(name) > 80 or not any(c.isalpha() for c in name):  # noqa: PLR2004
            continue
        offset = at + part.find(name)
        position = offset + len(name)
        key = name.casefold()
        if key not in found:
            sub = Span(span.start + offset, span.start + offset + len(name))
            found[key] = MetaValue(text=name, value=name, span=sub)


def _language(source: Source) -> MetaValue | None:
    block = _first(source, _LANGUAGE)
    if block is None:
        return None
    text = source.slice(block.span)
    parts = re.split(r"[-_]", text.strip())
    if not parts[0].isalpha() or not 2 <= len(parts[0]) <= 3:  # noqa: PLR2004 - ISO 639 codes
        return None
    value = parts[0].lower() + (f"-{parts[1].upper()}" if len(parts) > 1 and parts[1] else "")
    return MetaValue(text=text, value=value, span=block.span)


def _credits(source: Source, paragraphs: tuple[Paragraph, ...]) -> tuple[MetaValue, ...]:
    """Source lines ("source: Sony (PDF)") just after the body or inside it."""
    if not paragraphs:
        return ()
    start, end = paragraphs[0].span.start, paragraphs[-1].span.end
    body = {p.span for p in paragraphs}
    out = []
    after = 0
    for block in source.blocks:
        if block.span.end <= start or block.kind in {BlockKind.META, BlockKind.TITLE}:
            continue
        if block.span.start >= end:
            after += 1
            if after > _NEAR_LINES:
                break
        if block.span in body:
            continue
        match = lex.CREDIT.match(source.slice(block.span))
        if match:
            span = Span(
                block.span.start + match.start("credit"), block.span.start + match.end("credit")
            )
            out.append(
                MetaValue(text=source.slice(block.span), value=source.slice(span), span=block.span)
            )
    return tuple(out)


def _near_headline(source: Source, headline: Headline | None) -> list[Block]:
    """Visible blocks just below (and just above) the headline, where bylines and dates sit."""
    visible = [b for b in source.blocks if b.kind not in {BlockKind.META, BlockKind.TITLE}]
    if headline is None:
        return visible[:_NEAR_LINES]
    index = next((i for i, b in enumerate(visible) if b.span.end >= headline.span.end), 0)
    below = visible[index + 1 : index + 1 + _NEAR_LINES]
    above = visible[max(0, index - 2) : index]
    return below + above


def find_metadata(
    source: Source, *, headline: Headline | None = None, paragraphs: tuple[Paragraph, ...] = ()
) -> Metadata:
    """Return what the page says about itself.

    Args:
        source: the page.
        headline: the headline, when known: bylines and date lines are looked for around it.
        paragraphs: the body, when known: source credits are looked for after it.
    """
    language = _language(source)
    code = language.value.split("-")[0] if language else None
    # Without a known language dateparser tries every locale (slow, and riskier): try the
    # common ones.
    languages = [code] if code in _DATEPARSER_LANGUAGES else list(_DEFAULT_LANGUAGES)
    near = _near_headline(source, headline)
    published = (
        _date_value(source, _first(source, _PUBLISHED), languages)
        or _visible_date(source, near, languages)
        or _url_date(source.url)
    )
    site = _value(source, _first(source, _SITE))
    if site is None and source.url:
        host = urlsplit(source.url).hostname
        if host:
            site = MetaValue(text=host, value=host.removeprefix("www."))
    canonical = _value(source, _first(source, _CANONICAL))
    if canonical is None and source.url:
        canonical = MetaValue(text=source.url, value=source.url)
    return Metadata(
        site=site,
        authors=_authors(source, near, site),
        published=published,
        modified=_date_value(source, _first(source, _MODIFIED), languages),
        language=language,
        canonical_url=canonical,
        description=_value(source, _first(source, _DESCRIPTION)),
        credits=_credits(source, paragraphs),
    )


_DEFAULT_LANGUAGES: Final = ("en", "de", "fr", "es", "it", "pt", "nl")
# Languages dateparser knows by their ISO 639-1 codes (a subset is enough: others auto-detect).
_DATEPARSER_LANGUAGES: Final = frozenset(
    [
        "en",
        "de",
        "fr",
        "es",
        "it",
        "pt",
        "nl",
        "pl",
        "ru",
        "uk",
        "cs",
        "sk",
        "sv",
        "da",
        "no",
        "fi",
        "hu",
        "ro",
        "tr",
        "el",
        "bg",
        "hr",
        "sr",
        "sl",
        "et",
        "lv",
        "lt",
        "ja",
        "zh",
        "ko",
        "ar",
        "he",
        "hi",
        "id",
        "vi",
        "th",
    ]
)


@attrs.frozen(kw_only=True)
class MetadataExtractor:
    """The metadata step: fills :attr:`Document.metadata` using :func:`find_metadata`."""

    name: str = "metadata"
    requires: frozenset[str] = frozenset({"headline", "paragraphs"})
    provides: frozenset[str] = frozenset({"metadata"})

    def __call__(self, doc: Document, /) -> Document:
        """Return ``doc`` with its metadata."""
        found = find_metadata(doc.source, headline=doc.headline, paragraphs=doc.paragraphs)
        return doc.evolve(metadata=found)
