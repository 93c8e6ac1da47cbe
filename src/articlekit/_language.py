"""The language a piece of text is written in, read from its own words and script.

Pages declare a language (``<html lang>``, ``og:locale``) for their template, and text dumps
declare none: a German article on a WordPress site still says ``en-US``, and a plain-text dump of
it says nothing. How a writer groups digits ("1.000" is a thousand in German), which scale words
("Millionen") and which unit names ("Jahre") they use follow the language of the text itself.
:func:`written_language` decides it from two conventions any reader uses:

- **the script**: Cyrillic, Arabic, Han, kana, Hangul, Greek, Hebrew, Devanagari, Bengali, Thai
  or Georgian letters name their language (or keep the declared one when it uses that script);
- **function words**: in Latin script, articles, prepositions, conjunctions and auxiliaries are a
  language's most frequent words and its surest mark (German "der", "und", "nicht"; French "les",
  "est", "dans"). Only words that are rare as English words are listed, so an English sentence
  does not count for another language.

It knows English and the languages the numeric-fact reader has words for (German, French, Spanish,
Italian, Portuguese, Dutch, Swedish, Danish, Norwegian, Polish); for any other Latin-script
language it says nothing and the declared language stands. A guess needs evidence: at least
three function words, a tenth of the text's words, and a clear lead over the next language (a
word several languages share counts for each, weighed by how many); short lines ("6 Min.") and
ties keep the declared language.

A full language identifier (py3langid, which trafilatura uses) was measured for this: it agrees
on paragraphs, but loads a 0.75 s model per process, needs numpy, and names a language for
lines of one or two words ("42" as Afrikaans); this decision needs neither.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from typing import Final

from articlekit._patterns import compile_later

#: Function words per language, none of them a frequent English word (lower case). A word two
#: languages share counts for both ("que": French, Spanish, Portuguese).
FUNCTION_WORDS: Final = {
    "en": frozenset(
        "the and of to is was that with for are this have from which were been has it they "
        "their would will not but by at an be or as on he she his her we you what when there "
        "can could should about into than its our who".split()
    ),
    "de": frozenset(
        "der die das und ist nicht mit sich auf für dem den des eine einer einen eines einem "
        "auch wird werden wurde wurden von zu im bei nach sind wir ich oder über noch nur aber "
        "dass daß kann sein hat haben vom zum zur durch wenn wie als sie es ein".split()
    ),
    "fr": frozenset(
        "le la les des et est une du dans pour pas qui que sur au aux avec ce cette sont ont "
        "été être mais nous vous il elle ils leur ou où sa ses je se ne en un de".split()
    ),
    "es": frozenset(
        "el los las la del y que en por con una para se su al lo como más pero sus fue ha este "
        "esta también ya muy sobre entre hasta desde está han un de".split()
    ),
    "it": frozenset(
        "il lo la della di che è e una con del sono dei nel alla anche gli delle più questo "
        "questa dalla degli nella alle sul ci si un".split()
    ),
    "pt": frozenset(
        "o os da das dos e que em um uma para com não por mais na ao foi são pelo pela "
        "também à ou se seu sua muito já quando de".split()
    ),
    "nl": frozenset(
        "de het een en dat op te zijn voor niet ook er maar aan bij om worden wordt naar dit "
        "deze nog heeft hebben wij ik je zij dan wel uit".split()
    ),
    "sv": frozenset(
        "och att det som är på för av med den har inte om var ett jag kan vi så från eller "
        "efter vid också än hade blev mig dig sig vad".split()
    ),
    "da": frozenset(
        "og det som er på af med til den har ikke de var et jeg kan vi så fra eller efter ved "
        "også end havde blev mig dig sig hvad".split()
    ),
    "nb": frozenset(
        "og det som er på av med til den har ikke de var et jeg kan vi så fra eller etter ved "
        "også enn hadde ble meg deg seg hva".split()
    ),
    "pl": frozenset(
        "w na z się nie że jest jak po ale od za przez dla są tym oraz który która które jego "
        "ich".split()
    ),
}

#: Non-Latin scripts: a character class and the languages written in it (the first is the one
#: guessed when the declared language is not among them).
SCRIPTS: Final = (
    ("[\u3040-\u30ff]", ("ja",)),  # kana: Japanese (before Han, which Japanese also writes)
    ("[\uac00-\ud7af\u1100-\u11ff]", ("ko",)),
    ("[\u4e00-\u9fff\u3400-\u4dbf]", ("zh", "ja", "ko")),
    ("[\u0400-\u04ff]", ("ru", "uk", "bg", "sr", "mk", "be", "kk", "ky", "mn", "tg")),
    ("[\u0600-\u06ff\u0750-\u077f]", ("ar", "fa", "ur", "ps", "ku", "sd", "ug")),
    ("[\u0370-\u03ff]", ("el",)),
    ("[\u0590-\u05ff]", ("he", "iw", "yi")),
    # Devanagari without its dandas (U+0964, U+0965): Bengali, Gurmukhi, Oriya … end sentences so
    ("[\u0900-\u0963\u0966-\u097f]", ("hi", "mr", "ne", "sa")),
    ("[\u0980-\u09ff]", ("bn", "as")),
    ("[\u0e00-\u0e7f]", ("th",)),
    ("[\u10a0-\u10ff]", ("ka",)),
    # the other scripts of the web's languages: Armenian, Gurmukhi, Gujarati, Oriya, Tamil,
    # Telugu, Kannada, Malayalam, Sinhala, Lao, Tibetan, Burmese, Ethiopic, Khmer
    ("[\u0531-\u058f]", ("hy",)),
    ("[\u0a00-\u0a7f]", ("pa",)),
    ("[\u0a80-\u0aff]", ("gu",)),
    ("[\u0b00-\u0b7f]", ("or",)),
    ("[\u0b80-\u0bff]", ("ta",)),
    ("[\u0c00-\u0c7f]", ("te",)),
    ("[\u0c80-\u0cff]", ("kn",)),
    ("[\u0d00-\u0d7f]", ("ml",)),
    ("[\u0d80-\u0dff]", ("si",)),
    ("[\u0e80-\u0eff]", ("lo",)),
    ("[\u0f00-\u0fff]", ("bo",)),
    ("[\u1000-\u109f]", ("my",)),
    ("[\u1200-\u137f]", ("am", "ti")),
    ("[\u1780-\u17ff]", ("km",)),
)
#: Character-class ranges of Chinese and Japanese letters (Han and kana), and of the other
#: scripts that write no space between words (Thai and Lao, Burmese, Khmer): a run of them is a
#: phrase or a sentence, not a word.
HAN_AND_KANA: Final = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
SPACELESS_LETTERS: Final = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_NON_LATIN: Final = compile_later("|".join(cls for cls, _ in SCRIPTS))
_HAN: Final = SCRIPTS[2][1]


@functools.cache
def _script_patterns() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    """One pattern per script, compiled when a text first has non-Latin letters (~3 ms)."""
    return tuple((re.compile(cls), langs) for cls, langs in SCRIPTS)


_LATIN: Final = compile_later(r"[A-Za-z\u00c0-\u024f]")
#: Every listed word, whatever its language.
ANY_FUNCTION_WORD: Final = frozenset().union(*FUNCTION_WORDS.values())
#: Every listed word, with the languages that list it.
_LANGUAGES_OF: Final = {
    word: tuple(lang for lang, words in FUNCTION_WORDS.items() if word in words)
    for word in ANY_FUNCTION_WORD
}
_MIN_WORDS: Final = 3  # function words of the winning language, at least
_MIN_SHARE: Final = 0.1  # of the text's words
#: How far the winner leads the next language, each word weighing one over the number of
#: languages that list it ("el" is Spanish evidence, "de" a sixth of it).
_MARGIN: Final = 1.3


def primary_language(language: str | None) -> str:
    """The primary subtag of a BCP 47 tag in lower case ("de-AT" → "de"), or "".

    >>> primary_language("de-AT"), primary_language(None)
    ('de', '')
    """
    return language.replace("_", "-").split("-")[0].lower() if language else ""


class _Tally:
    """The function words of a text: per language, how many and their weight; and its words."""

    __slots__ = ("hits", "weights", "words")

    def __init__(self) -> None:
        self.hits: dict[str, int] = {}
        self.weights: dict[str, float] = {}
        self.words = 0

    @classmethod
    def of(cls, text: str) -> _Tally:
        # Split at white space: a function word rarely carries punctuation ("der", "und"), and
        # splitting is several times cheaper than a word pattern (every paragraph is read).
        words = text.lower().split()
        tally = cls()
        tally.words = len(words)
        counts = Counter(words)
        for word in counts.keys() & _LANGUAGES_OF.keys():
            languages = _LANGUAGES_OF[word]
            n = counts[word]
            for lang in languages:
                tally.hits[lang] = tally.hits.get(lang, 0) + n
                tally.weights[lang] = tally.weights.get(lang, 0.0) + n / len(languages)
        return tally

    def add(self, other: _Tally) -> None:
        for lang, n in other.hits.items():
            self.hits[lang] = self.hits.get(lang, 0) + n
            self.weights[lang] = self.weights.get(lang, 0.0) + other.weights[lang]
        self.words += other.words

    def language(self) -> str | None:
        """The language the words show, if one leads clearly (see the module docstring)."""
        if not self.hits:
            return None
        weights = self.weights
        ranked = sorted(weights, key=weights.__getitem__, reverse=True)
        best = ranked[0]
        runner_up = weights[ranked[1]] if len(ranked) > 1 else 0.0
        n = self.hits[best]
        if n < _MIN_WORDS or n < _MIN_SHARE * self.words or weights[best] < _MARGIN * runner_up:
            return None
        return best


def has_non_latin(text: str) -> bool:
    """Whether ``text`` has a letter of one of the non-Latin :data:`SCRIPTS`."""
    return _NON_LATIN.search(text) is not None


_KANA_SHARE: Final = 0.1  # of the Han characters: Japanese writes kana among its kanji


def _script_language(text: str, declared: str | None) -> str | None:
    """The language of the non-Latin script most of ``text``'s letters are in, if any.

    The script with the most letters, if it has more than the Latin script; Han characters with
    kana among them are Japanese, with Hangul Korean (a stray katakana dot in Chinese is not).
    """
    if not has_non_latin(text):
        return None
    latin = len(_LATIN.findall(text))
    counts = [(len(pattern.findall(text)), languages) for pattern, languages in _script_patterns()]
    most, languages = max(counts, key=lambda c: c[0])  # the first of equals, in SCRIPTS order
    if most <= latin:
        return None
    if languages == _HAN:
        kana, hangul = counts[0][0], counts[1][0]
        if kana >= _KANA_SHARE * most or hangul >= _KANA_SHARE * most:
            languages = counts[0][1] if kana >= hangul else counts[1][1]
    lang = primary_language(declared)
    return lang if lang in languages else languages[0]


def guess_language(text: str, *, declared: str | None = None) -> str | None:
    """The primary language subtag ``text``'s own script or words show, or ``None``.

    ``declared`` (a BCP 47 tag) is kept when the script is one it is written in ("uk" text in
    Cyrillic is not guessed to be Russian).

    >>> guess_language("Mit über 1.000 Ausstellern und mehr als 100 Seminaren ist die Messe groß.")
    'de'
    >>> guess_language("The company said it would cut 1,000 jobs by the end of the year.")
    'en'
    >>> guess_language("Продажи выросли на 5 млн рублей."), guess_language("6 Min.")
    ('ru', None)
    """
    return _script_language(text, declared) or _Tally.of(text).language()


def _chosen(guessed: str | None, declared: str | None, fallback: str | None) -> str | None:
    if guessed is None or guessed == primary_language(declared):
        return declared or fallback
    return guessed


def written_language(text: str, declared: str | None, *, fallback: str | None = None) -> str | None:
    """The language tag to read ``text`` in: its own words' language, else ``declared``.

    When ``text`` shows a language (:func:`guess_language`) other than the declared one's, that
    language's primary subtag is returned; when it shows the declared language or none,
    ``declared`` (or, if none is declared, ``fallback``: e.g. the language of the whole page).

    >>> written_language("Der Umsatz stieg um 1.000 Euro, und das ist nicht wenig.", "en-US")
    'de'
    >>> written_language("Der Umsatz stieg um 1.000 Euro, und das ist nicht wenig.", "de-CH")
    'de-CH'
    >>> written_language("6 Min.", "de-AT"), written_language("6 Min.", None, fallback="de")
    ('de-AT', 'de')
    """
    return _chosen(guess_language(text, declared=declared), declared, fallback)


def page_language(texts: Sequence[str], declared: str | None) -> str | None:
    """The language tag a page's own texts (headline, paragraphs) are written in, together.

    As :func:`written_language` decides it for their joined text: the language their words
    show if it is not the declared one's, else ``declared``.

    >>> page_language(["Neue Regeln", "Ab Montag gilt die Pflicht, und das ist nicht alles."],
    ...               "en-US")
    'de'
    """
    return written_language("\n".join(texts), declared)


def written_languages(texts: Sequence[str], declared: str | None, *, page: int) -> list[str | None]:
    """The language tag to read each of ``texts`` in, as :func:`written_language` decides it.

    The first ``page`` texts are the page's own (headline and body; the rest are e.g. comments):
    together they decide the page's language, in which a text that shows none is read. Each
    text's words are read once.

    >>> written_languages(["Zur Messe kamen viele Besucher, und es war nicht leer.", "6 Min."],
    ...                   "en-US", page=2)
    ['de', 'de']
    """
    tallies: list[_Tally | None] = []
    scripts: list[str | None] = []
    whole = _Tally()
    for k, text in enumerate(texts):
        script = _script_language(text, declared)
        scripts.append(script)
        tally = None if script else _Tally.of(text)
        tallies.append(tally)
        if k < page and tally is not None:
            whole.add(tally)
    page_script = _script_language("\n".join(texts[:page]), declared)
    language = _chosen(page_script or whole.language(), declared, None)
    return [
        _chosen(script or (tally.language() if tally else None), language, None)
        for script, tally in zip(scripts, tallies, strict=True)
    ]
