"""URL slugs (private to the page steps): a page's URL path usually spells its headline."""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import urlsplit

from articlekit._patterns import compile_later
from articlekit.model import BlockKind, Source
from articlekit.page._words import fold

__all__ = ["declared_url", "host_of", "original_url", "page_url", "slug_words"]

_MIN_WORD: Final = 4
_ARCHIVED: Final = compile_later(r"^https?://web\.archive\.org/web/[^/]+/(?P<url>.+)$")
_SLUG_SEGMENT_WORDS: Final = 3  # a path segment spelling this many words is a slug
_EXTENSION: Final = compile_later(r"\.(?:s?html?|php\d?|aspx?|jsp|cfm|cgi)$")
_DECLARED_URL: Final = ("link:canonical", "og:url")


def page_url(source: Source) -> str | None:
    """The page's URL: the one it was fetched from, else the one it declares.

    A page handed over without its URL (``extract(html)``) still names itself in
    ``<link rel=canonical>`` or ``og:url``; its host and slug say as much as the fetched URL's.
    """
    return source.url or declared_url(source)


def declared_url(source: Source) -> str | None:
    """The URL a page declares for itself in ``<link rel=canonical>`` or ``og:url``."""
    for hint in _DECLARED_URL:
        for block in source.blocks:
            if block.kind is BlockKind.META and block.hint == hint:
                url = source.slice(block.span).strip()
                if url.startswith(("http://", "https://")) and _splits(url):
                    return url
    return None


def _splits(url: str) -> bool:
    """Whether ``urlsplit`` reads ``url`` (a page's markup may declare "http://[broken")."""
    try:
        urlsplit(url)
    except ValueError:
        return False
    return True


def slug_words(url: str | None) -> set[str]:
    """The words of a URL's slug ("/2019/09/wir-unterstuetzen-fff/" -> {"wir", ...}).

    The slug is the path's segments that spell several words; the single-word segments next to
    it name sections ("/international/", "/news/"), and a line such as "International" is not
    the headline because the URL files the article under it. A path without such a segment
    gives all its words.
    """
    if not url:
        return set()
    path = fold(url_path(original_url(url)))
    segments = [
        [w for w in re.split(r"[^a-z0-9]+", _EXTENSION.sub("", segment)) if w]
        for segment in path.split("/")
    ]
    slugs = [words for words in segments if len(words) >= _SLUG_SEGMENT_WORDS]
    return {w for words in (slugs or segments) for w in words if len(w) >= _MIN_WORD}


def url_path(url: str) -> str:
    """The path of ``url``, or ``""`` for an address ``urlsplit`` refuses ("http://[broken").

    >>> url_path("https://example.com/2019/11/story/?a=1"), url_path("a://[")
    ('/2019/11/story/', '')
    """
    try:
        return urlsplit(url).path
    except ValueError:
        return ""


def original_url(url: str) -> str:
    """The archived page's own URL for web.archive.org snapshots."""
    match = _ARCHIVED.match(url)
    return match["url"] if match else url


def host_of(url: str | None) -> str:
    """The host of a URL (of the archived page's for a web.archive.org snapshot), or ``""``."""
    if not url:
        return ""
    try:
        return urlsplit(original_url(url)).hostname or ""
    except ValueError:  # a malformed address ("http://[broken")
        return ""
