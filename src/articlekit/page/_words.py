"""Word-level matching of text against a small vocabulary (private to the page steps).

:func:`fold` (from :mod:`articlekit._text`) reduces text to comparable words (case, umlauts,
accents, Cyrillic letters); :func:`overlap` says which share of a text's words a vocabulary (a
URL slug, an article's words) holds.
"""

from __future__ import annotations

from typing import Final

from articlekit._patterns import compile_later
from articlekit._text import fold

__all__ = ["compact", "fold", "overlap"]

_WORD: Final = compile_later(r"\w+")
_MIN_WORD: Final = 4


_NOT_ALNUM: Final = compile_later(r"[\W_]+")


def compact(text: str) -> str:
    """:func:`fold`, letters and digits only ("Rosa-Mag" and "RosaMag" -> "rosamag").

    >>> compact("Gàbor Muniér"), compact("gabor_munier")
    ('gabormunier', 'gabormunier')
    """
    return _NOT_ALNUM.sub("", fold(text))


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
