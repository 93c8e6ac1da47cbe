"""The numeric-fact reader's shortcuts give what their definitions give.

- Several phases ask for the unit at the token after a number (the label check, the range, the
  unit phase); :func:`match_unit` reads it once per token and reading (with or without money)
  and keeps it on :class:`Tokens`. The kept answer must be what a fresh reading gives.
- :func:`starting_tokens` looks a token up in one set of the words that start a quantity by
  themselves before it asks the costlier questions; its tokens are those of the definition.
"""

from __future__ import annotations

import random

from hypothesis import example, given, settings
from hypothesis import strategies as st

from articlekit.facts import _reader
from articlekit.facts._tokens import Tokens
from articlekit.facts._unit_reader import _unit_at, match_unit
from articlekit.facts._vocab import (
    ARTICLE_ONE,
    HALF_NOUN_ARTICLES,
    LANGUAGE_NUMBERS,
    ONE_BEFORE_SCALE,
    STARTERS,
    VULGAR,
)
from articlekit.model import Dimension, Unit

# Words that make units, currencies, compounds and plain words after numbers.
_PIECES = tuple(
    "5 12.5 3 pounds pound sterling of sugar km / h m 2 % $ € euros dollars per hour miles ° C F "
    "kg MB people million TL kr - inch in ( ) . , and to".split()
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14),
    st.lists(st.booleans(), min_size=1, max_size=14),
    st.randoms(use_true_random=False),
    st.sampled_from([None, "en", "de", "da"]),
)
def test_kept_units_are_fresh_readings(
    pieces: list[str], glue: list[bool], rnd: random.Random, language: str | None
) -> None:
    text = "".join(piece + ("" if glue[k % len(glue)] else " ") for k, piece in enumerate(pieces))
    tokens = Tokens.of(text, language=language)
    asks = [(j, money) for j in range(len(tokens) + 1) for money in (False, True)]
    rnd.shuffle(asks)
    for j, money in asks + asks:
        fresh = _unit_at(Tokens.of(text, language=language), j, money=money)
        assert match_unit(tokens, j, money=money) == fresh, (text, j, money)


def test_money_and_measure_kept_apart() -> None:
    """The same token reads as money or as a measure by what is asked: both are kept."""
    tokens = Tokens.of("It weighed 5 pounds")
    j = tokens.words.index("pounds")
    for _ in range(2):
        assert match_unit(tokens, j, money=False) == (j + 1, Unit("lb", Dimension.MASS))
        assert match_unit(tokens, j, money=True) == (j + 1, Unit("GBP", Dimension.CURRENCY))


def _defined_starts(t: Tokens) -> list[int]:
    """:func:`starting_tokens` as defined: every condition asked of every token."""
    words = LANGUAGE_NUMBERS.get(t.lang, {})
    ones = ONE_BEFORE_SCALE.get(t.lang, frozenset())
    articles = ARTICLE_ONE.get(t.lang, frozenset())
    fraction_openers = articles | HALF_NOUN_ARTICLES.get(t.lang, frozenset())
    return [
        i
        for i, low in enumerate(t.lower)
        if low[:1].isdigit()
        or low in STARTERS
        or low in VULGAR
        or low in words
        or (low in ones and _reader._one_before_scale(t, i))
        or (low in articles and _reader._article_measure(t, i) is not None)
        or (low in fraction_openers and _reader._fraction_start(t, i) is not None)
        or (t.lang == "de" and _reader._german_word_compound(t, i) is not None)
    ]


_WORDS = tuple(
    "a an half one two zwei ein eine die Hälfte Million un millón une heure hour der Stunde "
    "halbe zehnköpfiges Team ½ 3 12 million people of the quarter mile Minute knapp".split()
)


@settings(max_examples=200, deadline=None)
@example(["knapp", "eine", "Minute"], "de")  # the article before a measure
@example(["une", "heure"], "fr")
@example(["eine", "Million"], "de")  # the article that counts one before a scale word
@example(["die", "Hälfte"], "de")  # the article that opens a fraction
@example(["ein", "zehnköpfiges", "Team"], "de")  # a German word compound
@given(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12),
    st.sampled_from([None, "en", "de", "fr", "es"]),
)
def test_starting_tokens_are_the_definitions(words: list[str], language: str | None) -> None:
    tokens = Tokens.of(" ".join(words), language=language)
    assert _reader.starting_tokens(tokens) == _defined_starts(tokens)
