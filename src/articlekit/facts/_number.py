"""Reading the number itself.

Digits with a scale ("1.5 million", "£20m", "5k"), numbers in words ("two hundred and five"),
ratios ("one in five") and whether a bare number is a year.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

import attrs

from articlekit.facts import _numwords as numwords
from articlekit.facts._tokens import Tokens, digits_value, is_cjk, is_hangul, is_num
from articlekit.facts._unit_reader import match_unit
from articlekit.facts._vocab import (
    FOREIGN_SCALES,
    LANGUAGE_SCALES,
    LENGTH_CUES,
    SCALE_ABBR,
    SCALE_WORDS,
    SMALL,
    STOP,
    TENS,
)


def is_year(num: Num, t: Tokens) -> bool:
    tok = t.get(num.start)
    return num.plain and len(tok) == 4 and 1800 <= int(tok) <= 2100 and num.end == num.start + 1


@attrs.frozen
class Num:
    value: Decimal
    start: int  # token index of the first token
    end: int  # token index after the last token
    scale: Decimal | None = None
    words: bool = False
    plain: bool = True  # digits only, no separators, no decimals, no scale


def read_words(t: Tokens, i: int) -> Num | None:
    """Read a number in words ("two hundred and five", "two thirds", "half a million") at ``i``."""
    found = numwords.read_words(t, i)
    if found is None:
        return None
    return Num(found.value, i, found.end, scale=found.scale, words=True, plain=False)


def _digit_fraction(t: Tokens, i: int, value: Decimal) -> tuple[Decimal, int] | None:
    """A fraction "3/4" at token ``i`` (not a date "10/12/2012"): (value, end token)."""
    tok, j = t.get(i), i + 1
    den = t.get(j + 1)
    if not (t.get(j) == "/" and t.glued(j) and is_num(den) and t.glued(j + 1)):
        return None
    if t.get(j + 2) == "/" or not den.isdigit() or int(den) == 0:
        return None
    if len(tok) > 2 or len(den) > 2:
        return None
    if not (int(tok) < int(den) and int(den) in _DENOMINATORS):
        return None  # "11/9", "9/11", "24/7", "3/50": a date, a phrase or a counter
    return value / Decimal(den), j + 2


def _mixed(t: Tokens, i: int) -> Num | None:
    """Digit groups mixed with scale words: "4 thousand 3 hundred and 21"."""
    tok = t.get(i)
    if tok.isdigit() and len(tok) <= 3 and t.low(i + 1) in SCALE_WORDS:
        mixed = numwords.read_words(t, i)
        if mixed is not None and mixed.end > i + 2:
            return Num(mixed.value, i, mixed.end, scale=mixed.scale, plain=False)
    return None


def _digits(t: Tokens, i: int) -> Num | None:
    """Digits at ``i``: "10,000", "8.8", "3/4"."""
    tok = t.get(i)
    value = digits_value(tok, dot_groups=t.dot_groups)
    if value is None:
        return None
    fraction = _digit_fraction(t, i, value)
    if fraction is not None:
        return Num(fraction[0], i, fraction[1], plain=False)
    share = _SHARES.get(t.low(i + 3))
    if tok.isdigit() and t.low(i + 1) == "and" and t.low(i + 2) in {"a", "an"} and share:
        return Num(value + share, i, i + 4, plain=False)  # "3 and a half hours"
    return Num(value, i, i + 1, plain=tok.isdigit())


#: The shares an English writer adds to a whole number: "3 and a half", "2 and a quarter".
_SHARES: Final = {"half": Decimal("0.5"), "quarter": Decimal("0.25")}


#: The denominators writers use in fractions (halves to sixths, eighths, tenths, twelfths,
#: sixteenths, 32nds, 64ths): "9/11", "7/11", "4/13" are dates and names, not elevenths.
_DENOMINATORS: Final = frozenset({2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64})
_MILLION: Final = Decimal(10) ** 6
_BILLION: Final = Decimal(10) ** 9
_THOUSAND: Final = Decimal(1000)


def _million_m(t: Tokens, j: int) -> bool:
    """Whether a glued "m" (token ``j``) without money is million rather than metres.

    What follows decides first: a plural noun is counted in millions ("9-10m units", "5m
    users"); a singular noun after "a" is measured in metres ("a 7m statue", "a 10m wall").
    Otherwise the text decides: metres when it talks about length, heights or sport. Only
    English abbreviates million so; other languages write "Mio.", "M€", "mln" ("13,15m" in
    German is metres).
    """
    if not t.english:
        return False
    nxt = t.get(j + 1)
    noun = nxt.isalpha() and nxt.islower() and nxt not in STOP
    if noun and nxt.endswith("s") and not nxt.endswith("ss"):
        return True
    if noun and t.low(t_before(t, j) - 1) in {"a", "an"}:
        return False
    return not t.cues.has(LENGTH_CUES)


def t_before(t: Tokens, j: int) -> int:
    """The first token of the number that token ``j`` follows (skipping "-" ranges)."""
    k = j - 1
    while k > 0 and t.glued(k) and (t.get(k - 1)[:1].isdigit() or t.get(k - 1) in {"-", "."}):
        k -= 1
    return k


def _glued_scale(t: Tokens, j: int, *, money: bool) -> Decimal | None:
    """A letter scale glued to digits: "£20m", "5k", "2mil", "3b"."""
    nxt, low = t.get(j), t.low(j)
    if nxt in {"m", "M", "MM", "mm"}:
        # a glued "m" is million ("£20m", "9-10m units") unless the text talks about length
        million = money or nxt in {"M", "MM"} or (nxt == "m" and _million_m(t, j))
        squared = t.glued(j + 1) and t.get(j + 1) in {"2", "3", "²", "³", "/", "^", "-"}
        if million and not squared:
            return _MILLION
    elif nxt in {"k", "K"}:
        return _THOUSAND
    elif low in {"mil", "mill"}:
        return _MILLION  # "2mil SEK"
    elif nxt == "b" or (nxt == "B" and money):
        return _BILLION
    return None


def _letter_scale(t: Tokens, j: int, *, money: bool) -> Decimal | None:
    """A scale abbreviation at ``j``: "€3 mn", "$5 bn", "5 k", "$ 3 m" (spaced after money)."""
    nxt, low = t.get(j), t.low(j)
    glued = t.glued(j)
    if low in SCALE_ABBR and low not in {"b", "k", "mm"} and (glued or money or j < len(t)):
        return SCALE_ABBR[low]
    if not glued and (nxt == "k" or (nxt == "K" and money)) and not t.get(j + 1).isalpha():
        return _THOUSAND
    if not glued and money and nxt in {"m", "M", "MM", "b", "B"}:
        return _BILLION if nxt in {"b", "B"} else _MILLION
    return None


def scale_after(t: Tokens, num: Num, *, money: bool) -> tuple[Decimal, int] | None:
    """The scale after a number and the token after it: "1.5 million", "£20m", "€3 mn"."""
    j = num.end
    scale = _glued_scale(t, j, money=money) if not num.words and t.glued(j) else None
    if scale is None:
        scale = _letter_scale(t, j, money=money)
    if scale is not None:
        return scale, j + 1
    low = t.low(j)
    foreign = foreign_scale(t, j) if not num.words else None
    if foreign is None and t.lang == "de" and t.get(j) in {"-", "‐"} and t.glued(j):
        # German writes a scaled amount into a compound: "300-Millionen-Euro-Anleihe"
        inside = t.glued(j + 1) and t.get(j + 2) in {"-", "‐"} and t.glued(j + 2)
        foreign = foreign_scale(t, j + 1) if inside else None
        if foreign is not None and foreign[1] != j + 2:
            foreign = None
    if foreign is not None:
        return foreign
    if low in SCALE_WORDS and not low.endswith("s") and not num.words:
        scale = SCALE_WORDS[low]
        if scale == 100 and t.low(j + 1) in SCALE_WORDS:  # "3 hundred thousand"
            return scale * SCALE_WORDS[t.low(j + 1)], j + 2
        return scale, j + 1
    return _joined_scale(t, j, words=num.words)


def _joined_scale(t: Tokens, j: int, *, words: bool) -> tuple[Decimal, int] | None:
    """A scale joined to the number by a hyphen, or a million before a money sign.

    "$3.5-billion", "a $20-million deal", "three-million people" (as Canadian papers write
    amounts, and adjectives do); "300 M€", "12 M$" (French and Quebec papers' millions).
    """
    if not words and t.get(j) == "M" and t.get(j + 1) in _MONEY_SIGNS and t.glued(j + 1):
        return _MILLION, j + 1
    if t.get(j) in {"-", "‐"} and t.glued(j) and t.glued(j + 1):
        low = t.low(j + 1)
        if low in _HYPHENED_SCALES:
            return SCALE_WORDS[low], j + 2
    return None


_MONEY_SIGNS: Final = frozenset({"€", "$", "£"})
#: The scales a hyphen joins to the number, as Canadian papers write amounts and adjectives do.
_HYPHENED_SCALES: Final = frozenset({"million", "billion", "trillion"})


def foreign_scale(t: Tokens, j: int) -> tuple[Decimal, int] | None:
    """A scale word of another language: "3,5 Millionen", "3 mil millones", "1,2 Mrd."."""
    low = t.low(j)
    scale = LANGUAGE_SCALES.get(t.lang, {}).get(low) or FOREIGN_SCALES.get(low)
    if scale is None:
        return None
    nxt = t.low(j + 1)
    if scale == _THOUSAND and nxt in FOREIGN_SCALES and FOREIGN_SCALES[nxt] == _MILLION:
        return _BILLION, j + 2  # "3 mil millones", "2 mil milhões": a thousand millions
    glued_scripts = (is_cjk(low) and is_cjk(nxt)) or (is_hangul(low) and is_hangul(nxt))
    if glued_scripts and nxt in FOREIGN_SCALES and t.glued(j + 1):
        return scale * FOREIGN_SCALES[nxt], j + 2  # "3万亿": ten thousand hundred millions
    return scale, j + 1


def read_number(t: Tokens, i: int, *, money: bool) -> Num | None:
    """Read a number at token ``i``: digits (+ glued or spaced scale) or words."""
    if is_num(t.get(i)):
        if digits_value(t.get(i)) is None:
            return None
        mixed = _mixed(t, i)
        if mixed is not None:
            return mixed  # it took its scale words already
        num = _digits(t, i)
        if num is None:
            return None
    else:
        # English number words, in English (or unknown-language) text only: Polish "ten" is
        # "this"; the languages' own words are read apart (``_foreign_words``).
        num = read_words(t, i) if t.english else None
        if num is None:
            return None
    found = scale_after(t, num, money=money)
    if found is None:
        return num
    scale, end = found
    num = attrs.evolve(num, value=num.value * scale, end=end, scale=scale, plain=False)
    return _arabic_remainder(t, num, money=money)


#: The conjunction Arabic writes glued to the rest of a number after its scaled part.
_ARABIC_AND: Final = "و"


def _arabic_remainder(t: Tokens, num: Num, *, money: bool) -> Num:
    """A scaled Arabic number and its rest, joined by "و": "49 ألفاً و759" is 49,759.

    Arabic news writes a large count as its scaled part and the rest under the scale: "2 مليون
    و500 ألف" is 2,500,000, "3 آلاف و200 شخص" 3,200 people.
    """
    k = num.end
    if t.lang != "ar" or num.scale is None or t.get(k) != _ARABIC_AND or not t.glued(k + 1):
        return num
    if not is_num(t.get(k + 1)):
        return num
    rest = read_number(t, k + 1, money=money)
    if rest is None or rest.value >= num.scale:
        return num
    return attrs.evolve(num, value=num.value + rest.value, end=rest.end)


def ratio(t: Tokens, num: Num) -> Num:
    """Ratios ("one in five", "1 out of 3", "one over twenty") as their share (0.2, 0.333…)."""
    j = num.end
    if num.scale is not None or num.value == 0 or num.value != num.value.to_integral_value():
        return num
    k = j + 2 if (t.low(j), t.low(j + 1)) == ("out", "of") else j + 1
    if t.low(j) not in {"in", "over", "out"} or k >= len(t):
        return num
    if not (is_num(t.get(k)) or t.low(k) in SMALL or t.low(k) in TENS):
        return num
    den = read_number(t, k, money=False)
    if den is None or den.scale is not None or den.value <= abs(num.value) or is_year(den, t):
        return num
    if match_unit(t, den.end, money=False) is not None:
        return num  # "1 in 10 years", "2 over 5 km"
    return attrs.evolve(num, value=num.value / den.value, end=den.end, plain=False)
