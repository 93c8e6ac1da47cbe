"""English numbers in words: cardinals, fractions and mixed forms, read over a token stream.

The grammar is strict where English is strict, so that it stops where a number ends:

* cardinals — "two hundred and five", "twenty-one trillion and three hundred", "fifty - two",
  "a dozen", "3 hundred and 21" (digit groups mixed with scale words), "nine point nought four";
* fractions — a numerator and an ordinal denominator that agree in number: "a fifth", "one
  third", "two thirds", "one-eighth", "five - eighths", "one twenty-fifth", "a hundredth",
  "a hundred trillionths", "one one hundred and fifth" (1/105);
* mixed numbers — "twenty and three fifths", "one hundred and three and two thirds",
  "two and fifty-four hundredths", "3 million and a half", "two thirds of a million".

A digit token takes part only inside a mixed form ("4 thousand 3 hundred and 21"); plain digit
numbers are read by the caller. Ordinals that are not fractions stay out: "the twenty-first
century" is no number, "a third term" is not a third.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final, Protocol

import attrs

__all__ = ["NUMBER_WORDS", "SCALES", "SMALL", "TENS", "ZERO_WORDS", "Words", "read_words"]


class _TokenView(Protocol):
    def get(self, i: int) -> str: ...
    def low(self, i: int) -> str: ...
    def glued(self, i: int) -> bool: ...


SMALL: Final = {
    w: i
    for i, w in enumerate(
        (
            "zero one two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen seventeen eighteen nineteen"
        ).split()
    )
}
TENS: Final = {
    w: 10 * (i + 2)
    for i, w in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    )
}
ZERO_WORDS: Final = frozenset({"zero", "nought", "naught"})
_ZEROS: Final = ZERO_WORDS | {"oh"}  # "oh" only as a digit ("nine point oh four")
SCALES: Final = {
    "hundred": Decimal(100),
    "thousand": Decimal(1000),
    "million": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
    "lakh": Decimal(10) ** 5,
    "lac": Decimal(10) ** 5,
    "crore": Decimal(10) ** 7,
}
_DOZEN: Final = frozenset({"dozen", "dozens"})
#: The words after "a quarter" in a time of day: "a quarter past six", "a quarter to ten".
_CLOCK_AFTER_QUARTER: Final = frozenset({"past", "to", "after", "till", "til", "before"})
_PAIR: Final = "pair"  # "a pair of cases" counts two

# Ordinals. A denominator is one of these words, alone or closing a compound ("twenty-fifth",
# "one hundred and fifth"); "first" and "second" only close a compound ("a twenty-first").
_ORDINAL_UNITS: Final = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
}
_ORDINAL_TEENS: Final = {
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
}
_ORDINAL_TENS: Final = {w[:-1] + "ieth": v for w, v in TENS.items()}
_ORDINALSCALES: Final = {
    w + "th": v
    for w, v in SCALES.items()
    if w in {"hundred", "thousand", "million", "billion", "trillion"}
}
_HALF_QUARTER: Final = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
#: Words after a singular "a fifth" / "one third" that keep it a fraction ("a fifth of", "by a
#: fifth."); any other word makes it an ordinal ("a third term", "a fifth straight year").
_AFTER_FRACTION: Final = frozenset(
    {"of", "and", "or", "to", "in", "from", "since", "than", "the", "on", "as", "more", "less"}
)

_PERIOD_BEFORE: Final = frozenset(
    {
        "past",
        "last",
        "next",
        "first",
        "previous",
        "consecutive",
        "straight",
        "recent",
        "coming",
        "following",
        "final",
        "latest",
        "successive",
        "for",
    }
)

_BEFORE_HALF: Final = frozenset(
    {"than", "nearly", "almost", "about", "around", "roughly", "over", "under", "least", "most"}
)


#: Every word that can be (part of) a number this grammar reads, singular and plural: the
#: presence test of a text is built from it, so that it never misses what the reader reads.
NUMBER_WORDS: Final = frozenset(
    w + suffix
    for w in (
        *SMALL,
        *TENS,
        *ZERO_WORDS,
        *SCALES,
        *_DOZEN,
        _PAIR,
        *_HALF_QUARTER,
        *_ORDINAL_UNITS,
        *_ORDINAL_TEENS,
        *_ORDINAL_TENS,
        *_ORDINALSCALES,
    )
    for suffix in ("", "s")
)


def _ordinal_word(word: str) -> tuple[Decimal, bool] | None:
    """(value, plural) of a one-word ordinal usable as a denominator, "quarter" and "half" too."""
    if word in _HALF_QUARTER:
        return Decimal(_HALF_QUARTER[word]), word.endswith("s")
    plural = word.endswith("s")
    stem = word[:-1] if plural else word
    for table in (_ORDINAL_UNITS, _ORDINAL_TEENS, _ORDINAL_TENS):
        if stem in table:
            return Decimal(table[stem]), plural
    if stem in _ORDINALSCALES:
        return _ORDINALSCALES[stem], plural
    return None


@attrs.frozen
class Words:
    """A number read in words: value, token range and the largest scale word used."""

    value: Decimal
    start: int
    end: int
    scale: Decimal | None = None


@attrs.frozen
class _Cardinal:
    value: Decimal
    end: int
    scale: Decimal | None  # largest scale >= thousand that applied ("3 million" -> 1e6)
    last: str  # "unit", "teen", "tens", "hundred", "scale", "dozen", "point"


_HUNDRED: Final = Decimal(100)
_GROUP_DIGITS: Final = 3  # a digit group that can take a scale word: "3", "21", "425"
_LAST_UNIT: Final = 9


def _is_group_digits(tok: str) -> bool:
    return tok.isdigit() and len(tok) <= _GROUP_DIGITS


def _cardinal(t: _TokenView, i: int, *, nested: bool = False) -> _Cardinal | None:  # noqa: C901, PLR0912, PLR0915
    """The longest strict cardinal at ``i`` ("one hundred and three", "4 thousand 3 hundred").

    ``nested``: the cardinal is the numerator of a fraction after "and" ("and three fifths");
    it does not look for another fraction after its own "and", so that a chain of "two hundred
    and two hundred and …" is read in linear time and bounded depth.
    """
    total = Decimal(0)  # completed scale groups
    hund = Decimal(0)  # hundreds of the open group
    small = Decimal(0)  # units and tens of the open group
    scale: Decimal | None = None
    last = ""
    j = i
    saved: tuple[int, Decimal, str] | None = None  # a complete number before the open group
    after_hundred = False
    if t.low(j) in {"a", "an"} and (t.low(j + 1) in SCALES or t.low(j + 1) in _DOZEN):
        small, last, j = Decimal(1), "unit", j + 1
    while True:
        w = t.low(j)
        tok = t.get(j)
        open_slot = last in {"", "hundred", "scale", "and"}
        if w in SMALL and (open_slot or (last == "tens" and 1 <= SMALL[w] <= _LAST_UNIT)):
            small += SMALL[w]
            last = "unit" if SMALL[w] < 10 else "teen"
        elif w in ZERO_WORDS and last == "":
            last = "unit"
        elif w in TENS and open_slot:
            nxt = t.low(j + 2)
            hyphen = t.get(j + 1) in {"-", "‐"}
            ordinal = (nxt if hyphen else t.low(j + 1)).removesuffix("s")
            if ordinal in _ORDINAL_UNITS:
                break  # "thirty-fifths", "twenty fifth": the compound is an ordinal
            small += TENS[w]
            last = "tens"
            if hyphen and nxt in SMALL and 1 <= SMALL[nxt] <= 9:
                glued = t.glued(j + 1) and t.glued(j + 2)
                spaced = not t.glued(j + 1) and not t.glued(j + 2)
                if glued or spaced:  # "fifty-two", "fifty - two"
                    small += SMALL[nxt]
                    last = "unit"
                    j += 2
        elif _is_group_digits(tok) and last in {"", "scale", "and"} and not tok.startswith("0"):
            nxt = t.low(j + 1)
            if last != "and" and nxt not in SCALES:
                break  # a digit group belongs to a mixed form only ("3 hundred", "and 21")
            if last == "and" and (int(tok) >= 100 or not after_hundred):
                break
            small += int(tok)
            last = "unit"
        elif w in SCALES and last in {"unit", "teen", "tens", "hundred"}:
            mult = SCALES[w]
            if mult == 100:
                if last == "hundred" or hund:
                    if saved is not None:
                        j, total, last = saved
                        hund = small = Decimal(0)
                    break
                hund, small = (small or Decimal(1)) * 100, Decimal(0)
                last = "hundred"
            else:
                if scale is not None and mult >= scale:
                    if saved is not None:  # "two million three million": two numbers
                        j, total, last = saved
                        hund = small = Decimal(0)
                    break
                total += (hund + small) * mult
                hund = small = Decimal(0)
                scale = mult
                last = "scale"
                saved = (j + 1, total, last)
        elif w == "crore" and last == "scale" and scale == SCALES["lakh"] and not hund + small:
            total *= SCALES["crore"]  # "three lakh crore"
            scale = scale * SCALES["crore"]
            saved = (j + 1, total, last)
        elif w in _DOZEN and last in {"unit", "teen", "tens"}:
            small *= 12
            last = "dozen"
        elif (
            w == "and"
            and last in {"hundred", "scale"}
            and (last == "hundred" or not _is_group_digits(t.get(j + 1)))
            and not t.get(j + 1).startswith("0")
            and (
                t.low(j + 1) in SMALL
                or t.low(j + 1) in TENS
                or (_is_group_digits(t.get(j + 1)) and int(t.get(j + 1)) < 100)
            )
            and (nested or _fraction(t, j + 1, nested=True) is None)  # "and three fifths"
        ):
            after_hundred = last == "hundred"
            saved = (j, total + hund, last)  # back to here on "3 hundred and 2 hundred"
            last = "and"
        elif w == "point" and last in {"unit", "teen", "tens", "hundred"}:
            digits = _point_digits(t, j + 1)
            if digits is None:
                break
            frac, j = digits
            small += frac
            last = "point"
            break
        else:
            break
        j += 1
    if last == "":
        return None
    value = total + hund + small
    return _Cardinal(value, j, scale, last)


def _point_digits(t: _TokenView, k: int) -> tuple[Decimal, int] | None:
    """The digits after "point": "nought four", "five", "twenty-five"."""
    digits: list[str] = []
    while True:
        w = t.low(k)
        if w in _ZEROS:
            digits.append("0")
        elif w in TENS and t.get(k + 1) == "-" and t.low(k + 2) in SMALL:
            digits.append(str(TENS[w] + SMALL[t.low(k + 2)]))
            k += 2
        elif w in SMALL or w in TENS:
            digits.append(str(SMALL.get(w, TENS.get(w, 0))))
        else:
            break
        k += 1
    if not digits:
        return None
    return Decimal("0." + "".join(digits)), k


def _denominator(t: _TokenView, j: int) -> tuple[Decimal, bool, int] | None:
    """An ordinal denominator at ``j``: (value, plural, end).

    "fifths", "twenty-fifth", "thirty fifths", "one hundred and fifth", "trillionths".
    """
    if t.get(j) in {"-", "‐"}:
        if t.glued(j) != t.glued(j + 1):
            return None
        j += 1  # "one-eighth", "one - fourth", "hundred-fifths"
    word = _ordinal_word(t.low(j))
    if word is not None and t.low(j).rstrip("s") not in {"first", "second"}:
        return word[0], word[1], j + 1
    if t.low(j) in TENS:
        k = j + 1
        if t.get(k) in {"-", "‐"}:
            k += 1
        unit = _ordinal_word(t.low(k))
        if unit is not None and t.low(k).rstrip("s") in _ORDINAL_UNITS:
            return Decimal(TENS[t.low(j)]) + unit[0], unit[1], k + 1
    prefix = _cardinal(t, j, nested=True)
    if prefix is not None and prefix.last in {"hundred", "scale"}:
        k = prefix.end + (1 if t.low(prefix.end) == "and" else 0)
        unit = _ordinal_word(t.low(k))
        if unit is not None and unit[0] < 100 and t.low(k) not in _HALF_QUARTER:
            return prefix.value + unit[0], unit[1], k + 1  # "one hundred and fifth"
    return None


def _fraction(  # noqa: PLR0911
    t: _TokenView, j: int, *, mixed: bool = False, nested: bool = False
) -> Words | None:
    """A simple fraction at ``j``: a numerator (or "a") and an agreeing ordinal denominator.

    ``mixed``: the fraction follows a whole number and "and" ("one million and a half").
    ``nested``: only a test whether a fraction starts here (its cardinals look no further).
    """
    if t.low(j) in {"a", "an"}:
        num: Decimal = Decimal(1)
        k = j + 1
        if t.low(k) in SCALES or t.low(k) in _DOZEN:
            card = _cardinal(t, j, nested=nested)  # "a hundred trillionths"
            if card is None:  # pragma: no cover - "a hundred" always reads
                return None
            num, k = card.value, card.end
    else:
        card = _cardinal(t, j, nested=nested)
        if card is None or card.last in {"point", "dozen"}:
            return None
        num, k = card.value, card.end
    if t.low(j) in {"a", "an"} and t.get(k) in {"-", "‐"}:
        return None  # "a - fifth": no numerator to join
    den = _denominator(t, k)
    if den is None or num == 0:
        return None
    value, plural, end = den
    if plural != (num > 1):
        return None  # "twenty fifth anniversary": no agreement, no fraction
    hyphened = t.get(end - 2) in {"-", "‐"} and t.glued(end - 1)  # "three-quarters of"
    if (
        t.low(end - 1) == "quarters"
        and not hyphened
        and (t.low(j - 1) in _PERIOD_BEFORE or t.low(end) in {"in", "ago", "straight", "running"})
    ):
        return None  # "the past three quarters": fiscal quarters, not three fourths
    # "a third term"; but "a half turn" is a half, "a quarter cup" a quarter (no ordinal)
    ordinal_too = t.low(end - 1) not in {"half", "quarter"}
    if t.low(end - 1) == "quarter" and t.low(end) in _CLOCK_AFTER_QUARTER:
        return None  # "a quarter past six": a time of day
    if (
        not (mixed or plural)
        and ordinal_too
        and t.get(end).isalpha()
        and t.low(end) not in _AFTER_FRACTION
    ):
        return None  # "a third term", "a fifth straight year"
    if t.get(end) in {"-", "‐"} and t.glued(end):
        return None  # "a twenty-first-century idea"
    return Words(num / value, j, end)


def read_words(t: _TokenView, i: int) -> Words | None:  # noqa: PLR0911
    """The number in words starting at token ``i``, or None."""
    frac = _fraction(t, i)
    if frac is not None:
        return _scaled_fraction(t, frac)
    w = t.low(i)
    if w == "a" and t.low(i + 1) == _PAIR and t.low(i + 2) == "of":
        return Words(Decimal(2), i, i + 3)  # "a pair of cases": two, what follows counted
    if w in _HALF_QUARTER and not w.endswith("s"):
        share = Decimal(1) / _HALF_QUARTER[w]
        k = i + 1 + (1 if t.low(i + 1) in {"a", "an"} else 0)
        if t.low(k) in SCALES or t.low(k) in _DOZEN:
            mult = SCALES.get(t.low(k), Decimal(12))  # "half a million", "quarter million"
            return Words(share * mult, i, k + 1, mult if mult > _HUNDRED else None)
    if w == "half" and (t.low(i + 1) == "of" or t.low(i - 1) in _BEFORE_HALF):
        return Words(Decimal("0.5"), i, i + 1)  # "more than half of", "nearly half"
    card = _cardinal(t, i)
    if card is None:
        return None
    value, end, scale = card.value, card.end, card.scale
    hyphens = [t.get(end + k) for k in range(0, 6, 2)]
    words = [t.low(end + k) for k in range(1, 6, 2)]
    if hyphens == ["-"] * 3 and words[:2] == ["and", "a"] and words[2] in _HALF_QUARTER:
        # "five-and-a-half years", "two-and-a-quarter hours"
        return Words(value + Decimal(1) / _HALF_QUARTER[words[2]], i, end + 6, scale)
    if t.low(end) == "and" and card.last != "point":
        part = _fraction(t, end + 1, mixed=True)
        if part is not None:
            # "3 million and a half": the fraction is of the last scale, when nothing followed it
            base = scale if card.last == "scale" and scale is not None else Decimal(1)
            after = t.low(part.end)
            if after in SCALES and after != "hundred":
                mult = SCALES[after]  # "five and a half million", "a billion and a half million"
                if scale is None:
                    return Words((value + part.value) * mult, i, part.end + 1, mult)
                return Words(value + part.value * mult, i, part.end + 1, scale)
            return Words(value + part.value * base, i, part.end, scale)
    return Words(value, i, end, scale)


def _scaled_fraction(t: _TokenView, frac: Words) -> Words:
    """Scale a fraction: "two thirds of a million", "three quarters million"."""
    k = frac.end
    if t.low(k) == "of" and t.low(k + 1) in {"a", "an"}:
        k += 2
    if k != frac.end or t.low(k) in SCALES:
        mult = SCALES.get(t.low(k))
        if mult is not None and mult > 100:
            return Words(frac.value * mult, frac.start, k + 1, mult)
    return frac
