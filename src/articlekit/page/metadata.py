"""What a page says about itself.

Site, authors, dates, language, canonical URL, description and source credits.

Values come from the blocks :mod:`articlekit.io` rendered from the page's metadata (``<meta>``,
JSON-LD, ``<link rel=canonical>``, ``<html lang>``) and from visible text near the headline and
body (bylines, date lines, "source:" credits), so every value carries its span. Dates are parsed
with dateparser against the source's reference time; without one, relative dates ("2 days ago")
stay unresolved: the wall clock is never used.
"""

from __future__ import annotations

import itertools
import re
from typing import Final
from urllib.parse import urlsplit

import attrs

from articlekit import _lexicon as lex
from articlekit._dates import DATEPARSER_CODES, writes_month_first
from articlekit._language import page_language, primary_language
from articlekit._patterns import compile_later
from articlekit.model import (
    Block,
    BlockKind,
    Document,
    Headline,
    Metadata,
    MetaValue,
    Paragraph,
    Source,
    Span,
)
from articlekit.page._authors import find_authors, is_site_name
from articlekit.page._dates_found import find_dates
from articlekit.page._features import is_date_line
from articlekit.page._headings import is_titled_block

__all__ = ["MetadataExtractor", "find_metadata"]

_SITE: Final = (
    "og:site_name",
    "application-name",
    "jsonld:publisher",
    "article:publisher",
    "publisher",
    "dc.publisher",
    "dcterms.publisher",
    "jsonld:website",
)
# The title a page declares, most specific first (the <title> element comes last).
_TITLES: Final = (
    "og:title",
    # A CreativeWork's name is its title; Wikipedia's "headline" is the short description.
    "jsonld:name",
    "jsonld:headline",
    "twitter:title",
    "dc.title",
    "dcterms.title",
    "itemprop:headline",
    "citation_title",
    "parsely-title",
    "sailthru.title",
    "title",
)
_LANGUAGE: Final = (
    "html:lang",
    "content-language",
    "jsonld:inLanguage",
    "dc.language",
    "og:locale",
)
_CANONICAL: Final = ("link:canonical", "og:url")
_DESCRIPTION: Final = ("description", "og:description", "twitter:description", "jsonld:description")
_NEAR_LINES: Final = 6  # lines around the headline where bylines and date lines sit
_DATE_LINES_ABOVE: Final = 3  # lines above the headline searched for its date line
# ... and for a date line of its own where the page gives no other date (share buttons, a
# kicker or the byline between; a headline the reader took a few lines too low)
_DATE_LINE_REACH: Final = 20
# How titles join the site's name: "Headline | Site", "Site - Headline", "Headline » Site".
_TITLE_PARTS: Final = compile_later(r"\s+(?:[|–—\-»«·•:/~*]|::)\s+")
_DOMAIN: Final = compile_later(r"^(?:[\w-]+\.)+[a-z]{2,}$", re.IGNORECASE)


def _first(source: Source, keys: tuple[str, ...]) -> Block | None:
    """The first META block with the highest-priority key (an empty value does not count)."""
    found: dict[str, Block] = {}
    for block in source.blocks:
        if (
            block.kind is BlockKind.META
            and block.hint in keys
            and block.hint not in found
            and any(c.isalnum() for c in source.slice(block.span))
        ):
            found[block.hint] = block
    return next((found[k] for k in keys if k in found), None)


def _value(source: Source, block: Block | None) -> MetaValue | None:
    if block is None:
        return None
    text = source.slice(block.span)
    return MetaValue(text=text, value=text, span=block.span)


def _site(source: Source, host: str | None) -> MetaValue | None:
    """The site's name: declared, else a domain in the ``<title>``, else the host."""
    block = _first(source, _SITE)
    if block is not None:
        text = source.slice(block.span)
        if "://" not in text and not text.startswith("@"):
            return MetaValue(text=text, value=text.strip(), span=block.span)
    title = next((b for b in source.blocks if b.kind is BlockKind.TITLE), None)
    if title is not None:
        text = source.slice(title.span)
        for part in _TITLE_PARTS.split(text):
            if _DOMAIN.match(part.strip()) and not part.strip()[0].isdigit():
                at = text.find(part)
                span = Span(title.span.start + at, title.span.start + at + len(part))
                return MetaValue(text=source.slice(span), value=part.strip(), span=span)
    if host:
        return MetaValue(text=host, value=host.removeprefix("www."))
    return None


def _host(source: Source) -> str | None:
    """The page's host: from its URL, else its canonical or ``og:url``."""
    urls = [source.url] if source.url else []
    block = _first(source, _CANONICAL)
    if block is not None:
        urls.append(source.slice(block.span))
    for url in urls:
        try:
            host = urlsplit(url.strip()).hostname
        except ValueError:
            continue
        if host:
            return host
    return None


def _headings(source: Source, level: int) -> list[Block]:
    """The page's headings of one level that hold a word, in page order."""
    return [
        b
        for b in source.blocks
        if b.kind is BlockKind.HEADING
        and b.level == level
        and any(c.isalnum() for c in source.slice(b.span))
    ]


def _heading_title(block: Block, source: Source) -> MetaValue:
    text = source.slice(block.span)
    value = " ".join(text.split())
    start = block.span.start + (len(text) - len(text.lstrip()))
    span = Span(start, start + len(text.strip()))
    return MetaValue(text=source.slice(span), value=value, span=span)


def _title(source: Source, site: MetaValue | None, host: str | None) -> MetaValue | None:
    """The page's title, by the convention the metadata tools share.

    A declared title (``og:title``, JSON-LD, Dublin Core, ...) first; else the page's only
    ``<h1>`` (a page with one top heading names itself by it); else the ``<title>`` element
    without the site's name joined to it (a bare domain is the site, not a title); else the first
    ``<h1>``, then the first ``<h2>``, then the first block a template's classes name as the
    entry's title (``div.post-title``).
    """
    block = _first(source, _TITLES)
    if block is not None:
        return _title_from(source, block, site, host, is_element=False)
    h1 = _headings(source, 1)
    if len(h1) == 1:
        return _heading_title(h1[0], source)
    element = next(
        (
            b
            for b in source.blocks
            if b.kind is BlockKind.TITLE and any(c.isalnum() for c in source.slice(b.span))
        ),
        None,
    )
    found = None if element is None else _title_from(source, element, site, host, is_element=True)
    if found is not None:
        return found
    for level in (1, 2):
        headings = _headings(source, level)
        if headings:
            return _heading_title(headings[0], source)
    titled = next(
        (
            b
            for b in source.blocks
            if is_titled_block(b) and any(c.isalnum() for c in source.slice(b.span))
        ),
        None,
    )
    return _heading_title(titled, source) if titled is not None else None


def _title_from(
    source: Source, block: Block, site: MetaValue | None, host: str | None, *, is_element: bool
) -> MetaValue | None:
    """A declared title or the ``<title>`` element, without the site's name joined to it."""
    text = source.slice(block.span)
    parts = [p for p in _TITLE_PARTS.split(text) if p.strip()]
    kept = [p for p in parts if not is_site_name(p.strip(), site.value if site else None, host)]
    if is_element and len(kept) == len(parts) > 1:
        kept = parts[:-1]  # "Headline | Site": the site's name is written last
    if not kept:
        return None
    if len(kept) < len(parts):
        start = text.find(kept[0])
        last = text.find(kept[-1], start) + len(kept[-1])
        value = text[start:last].strip()
    else:
        value = text.strip()
    if is_element and _DOMAIN.match(value):
        return None  # "example.com": the site, not a title
    at = text.find(value)
    span = Span(block.span.start + at, block.span.start + at + len(value))
    return MetaValue(text=source.slice(span), value=value, span=span)


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


def _closing_blocks(source: Source, paragraphs: tuple[Paragraph, ...]) -> list[Block]:
    """The article's closing blocks: its last paragraphs and the visible blocks just after.

    Where an article that names no author at its top may close with one.
    """
    if not paragraphs:
        return []
    start = paragraphs[-_CLOSING_PARAGRAPHS:][0].span.start
    end = paragraphs[-1].span.end
    closing: list[Block] = []
    after = 0
    for block in source.blocks:
        if block.span.start < start or block.kind in {BlockKind.META, BlockKind.TITLE}:
            continue
        if block.span.start >= end:
            after += 1
            if after > _CLOSING_AFTER:
                break  # further on: teasers, whose bylines are other articles'
        closing.append(block)
    return closing


def _article_blocks(source: Source, paragraphs: tuple[Paragraph, ...]) -> list[Block]:
    """The visible blocks from the article's first paragraph to its last."""
    if not paragraphs:
        return []
    start, end = paragraphs[0].span.start, paragraphs[-1].span.end
    return [
        b
        for b in source.blocks
        if start <= b.span.start < end and b.kind not in {BlockKind.META, BlockKind.TITLE}
    ]


_CLOSING_PARAGRAPHS: Final = 3
_CLOSING_AFTER: Final = 2


def _near_headline(
    source: Source,
    visible: list[Block],
    index: int,
    *,
    words_only: bool = False,
    above: int = 2,
) -> list[Block]:
    """Visible blocks just below (and ``above`` just above) the headline: bylines, date lines.

    ``visible`` and ``index`` are the page's visible blocks and the headline's among them
    (:func:`_visible_at_headline`). With ``words_only``, lines without a letter (counters of
    ratings, views, comments: "2", "727") are passed over and not counted.
    """
    below = _lines(source, visible[index + 1 :], _NEAR_LINES, words_only=words_only)
    if index < 0:
        return below  # no headline
    up = _lines(source, visible[index - 1 :: -1] if index else [], above, words_only=words_only)
    return below + up[::-1]


def _visible_at_headline(source: Source, headline: Headline | None) -> tuple[list[Block], int]:
    """The page's visible blocks and the index of the headline's (-1 without a headline)."""
    visible = [b for b in source.blocks if b.kind not in {BlockKind.META, BlockKind.TITLE}]
    index = -1
    if headline is not None:
        index = next((i for i, b in enumerate(visible) if b.span.end >= headline.span.end), 0)
    return visible, index


def _lines(source: Source, blocks: list[Block], count: int, *, words_only: bool) -> list[Block]:
    """The first ``count`` of ``blocks``; with ``words_only``, of those with a letter or a date.

    A line of digits is a counter ("727" views), unless it is a date ("31.10.2023").
    """
    if words_only:
        return list(itertools.islice((b for b in blocks if _worded(source.slice(b.span))), count))
    return blocks[:count]


def _worded(text: str) -> bool:
    return any(c.isalpha() for c in text) or is_date_line(text.strip())


def find_metadata(
    source: Source, *, headline: Headline | None = None, paragraphs: tuple[Paragraph, ...] = ()
) -> Metadata:
    """Return what the page says about itself.

    Args:
        source: the page.
        headline: the headline, when known: bylines and date lines are looked for around it.
        paragraphs: the body, when known: source credits are looked for after it.

    >>> from articlekit import from_html
    >>> page = from_html(
    ...     '<html><head><title>Budget approved | Example News</title>'
    ...     '<meta property="og:site_name" content="Example News">'
    ...     '<meta property="article:published_time" content="2019-11-19T08:57:40+01:00">'
    ...     '</head><body><h1>Budget approved</h1><p class="byline">By JANE DOE</p></body></html>'
    ... )
    >>> found = find_metadata(page)
    >>> found.title.value, found.site.value, [a.value for a in found.authors]
    ('Budget approved', 'Example News', ['JANE DOE'])
    >>> found.published.value.date().isoformat()
    '2019-11-19'
    """
    language = _language(source)
    declared = language.value if language else None
    # Dates are read in the language the page is written in (its headline's and body's words)
    # and in the one it declares (a German article on a template that says "en-US").
    texts = [p.text for p in paragraphs[:_LANGUAGE_PARAGRAPHS]]
    if headline is not None:
        texts.insert(0, headline.text)
    written = page_language(texts, declared)
    codes = [c.split("-")[0] for c in (written, declared) if c]
    # Without a declared language (a text dump) the common ones follow the written one: a
    # template's English date still reads. dateparser would try every locale (slow, riskier).
    if declared is None:
        codes.extend(_DEFAULT_LANGUAGES)
    codes = [DATEPARSER_CODES.get(c, c) for c in codes]  # "no" is dateparser's "nb"
    languages = [c for c in dict.fromkeys(codes) if c in _DATEPARSER_LANGUAGES]
    languages = languages or list(_DEFAULT_LANGUAGES)
    host = _host(source)
    month_first = writes_month_first(written, host)
    # a date line may sit above the headline with the byline between ("19.10.2020 09:34" /
    # "Андрей Сидорчик" / headline)
    visible, index = _visible_at_headline(source, headline)
    near = _near_headline(source, visible, index, above=_DATE_LINES_ABOVE)
    # the visible blocks above the headline, nearest first
    above = visible[index - 1 :: -1][:_DATE_LINE_REACH] if index > 0 else []
    headline_at = headline.span.start if headline is not None else None
    published, modified = find_dates(
        source,
        near=near,
        headline_at=headline_at,
        languages=languages,
        month_first=month_first,
        above=above,
    )
    site = _site(source, host)
    canonical = _value(source, _first(source, _CANONICAL))
    if canonical is None and source.url:
        canonical = MetaValue(text=source.url, value=source.url)
    authors = find_authors(
        source,
        near=_near_headline(source, visible, index, words_only=True),
        closing=_closing_blocks(source, paragraphs),
        article=_article_blocks(source, paragraphs),
        above=above,
        headline_at=headline_at,
        site=site.value if site else None,
        host=host,
    )
    return Metadata(
        site=site,
        authors=authors,
        published=published,
        modified=modified,
        language=language,
        canonical_url=canonical,
        description=_value(source, _first(source, _DESCRIPTION)),
        credits=_credits(source, paragraphs),
        title=_title(source, site, host),
        written_language=primary_language(written) or None,
    )


_DEFAULT_LANGUAGES: Final = ("en", "de", "fr", "es", "it", "pt", "nl")
#: The paragraphs that decide the page's written language (enough words, little time).
_LANGUAGE_PARAGRAPHS: Final = 20
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
        "nb",
        "nn",
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
        # and the others dateparser reads, for pages that declare or write them
        "ms",
        "fa",
        "bn",
        "ca",
        "eu",
        "gl",
        "is",
        "sq",
        "mk",
        "be",
        "ka",
        "hy",
        "az",
        "kk",
        "uz",
        "tl",
        "sw",
        "af",
        "ur",
        "mr",
        "ne",
        "ta",
        "te",
        "ml",
        "kn",
        "gu",
        "pa",
        "si",
        "km",
        "lo",
        "my",
        "am",
        "mt",
        "cy",
        "bs",
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
