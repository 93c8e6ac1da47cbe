"""Word-level matching of text against a small vocabulary (private to the page steps).

:func:`fold` reduces text to comparable words (case, umlauts, accents, Cyrillic letters);
:func:`overlap` says which share of a text's words a vocabulary (a URL slug, an article's
words) holds.
"""

from __future__ import annotations

import unicodedata
from typing import Final

from articlekit._patterns import compile_later

__all__ = ["compact", "fold", "overlap"]

_WORD: Final = compile_later(r"\w+")
_MIN_WORD: Final = 4
_FOLDS: Final = str.maketrans(
    {
        "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "o",
        # Cyrillic as URL slugs transliterate it ("Мастера вкуса" -> "mastera-vkusa"): the
        # common scheme of Russian, Ukrainian, Belarusian, Bulgarian and Serbian sites
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u", "ђ": "dj", "ј": "j",
        "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz",
    }
)  # fmt: skip


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
