"""URL slugs (private to the page steps): a page's URL path usually spells its headline."""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import urlsplit

from articlekit.page._words import fold

__all__ = ["original_url", "slug_words"]

_MIN_WORD: Final = 4
_ARCHIVED: Final = re.compile(r"^https?://web\.archive\.org/web/[^/]+/(?P<url>.+)$")
_SLUG_SEGMENT_WORDS: Final = 3  # a path segment spelling this many words is a slug
_EXTENSION: Final = re.compile(r"\.(?:s?html?|php\d?|aspx?|jsp|cfm|cgi)$")


def slug_words(url: str | None) -> set[str]:
    """The words of a URL's slug ("/2019/09/wir-unterstuetzen-fff/" -> {"wir", ...}).

    The slug is the path's segments that spell several words; the single-word segments next to
    it name sections ("/international/", "/news/"), and a line such as "International" is not
    the headline because the URL files the article under it. A path without such a segment
    gives all its words.
    """
    if not url:
        return set()
    path = fold(urlsplit(original_url(url)).path)
    segments = [
        [w for w in re.split(r"[^a-z0-9]+", _EXTENSION.sub("", segment)) if w]
        for segment in path.split("/")
    ]
    slugs = [words for words in segments if len(words) >= _SLUG_SEGMENT_WORDS]
    return {w for words in (slugs or segments) for w in words if len(w) >= _MIN_WORD}


def original_url(url: str) -> str:
    """The archived page's own URL for web.archive.org snapshots."""
    match = _ARCHIVED.match(url)
    return match["url"] if match else url
