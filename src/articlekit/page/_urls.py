"""URL slugs and word overlap (private): a page's URL path usually spells its headline."""

from __future__ import annotations

import re
import unicodedata
from typing import Final
from urllib.parse import urlsplit

_WORD: Final = re.compile(r"\w+")
_MIN_WORD: Final = 4
_ARCHIVED: Final = re.compile(r"^https?://web\.archive\.org/web/[^/]+/(?P<url>.+)$")
_SLUG_SEGMENT_WORDS: Final = 3  # a path segment spelling this many words is a slug
_EXTENSION: Final = re.compile(r"\.(?:s?html?|php\d?|aspx?|jsp|cfm|cgi)$")
_FOLDS: Final = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "o"})


class _WithoutMarks(dict[int, str | None]):
    """A ``str.translate`` table that drops combining marks, filled as characters turn up.

    Whether a character combines is asked once per character (most text holds a few hundred
    distinct ones), not once per character of every text folded.
    """

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        value = None if unicodedata.combining(char) else char
        self[code] = value
        return value


_WITHOUT_MARKS: Final = _WithoutMarks()


def fold(text: str) -> str:
    """Lower-case ASCII spelling, as URL slugs write words ("Unterstützen" -> "unterstuetzen").

    >>> fold("Unterstützen Sie Café-Besitzer"), fold("Plain ASCII")
    ('unterstuetzen sie cafe-besitzer', 'plain ascii')
    """
    if text.isascii():
        return text.lower()  # what case folding, the folds and NFKD leave of ASCII
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_FOLDS))
    return folded if folded.isascii() else folded.translate(_WITHOUT_MARKS)


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


_FEW_WORDS: Final = 32  # a vocabulary this small is looked for in the text before splitting it


def overlap(text: str, vocabulary: set[str]) -> float:
    """Share of ``text``'s longer words (4+ characters) found in ``vocabulary``."""
    folded = text.casefold()
    if len(vocabulary) <= _FEW_WORDS and not any(word in folded for word in vocabulary):
        return 0.0  # no word of a small vocabulary (a URL slug) occurs in the text at all
    words = [w for w in _WORD.findall(folded) if len(w) >= _MIN_WORD]
    if not words:
        return 0.0
    return sum(w in vocabulary for w in words) / len(words)
