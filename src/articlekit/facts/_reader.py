"""Reading one quantity at a token: the phases in order.

1. the number (:mod:`._number`) with a money prefix before it and its extensions (".08",
   "10 1/2", "1e10", "1.1^23", "a dozen"), and a sign;
2. the "not a fact" filters (:mod:`._filters`);
3. a range ("55-63 million", "between 2 and 4", "from $1 to $2 billion");
4. the unit or currency after it (:mod:`._unit_reader`), cents, minor units;
5. else a counted noun (:mod:`._nouns`);
6. its qualifier, change, what is measured and its period (:mod:`._modifiers`).
"""

from __future__ import annotations

import bisect
import functools
import re
from decimal import Decimal
from typing import Final

import attrs

from articlekit._lexicon import MONTH_NAMES
from articlekit._patterns import compile_later
from articlekit.facts import _units as units
from articlekit.facts._filters import (
    CLOCK_MARKS,
    ONE_CUES,
    age_decade,
    clock_time,
    crossed_size,
    glued_unit,
    identifier,
    in_name,
    label_suffix,
    model_name,
    not_a_fact,
    ordinal_ending,
    phone_run,
    resolution,
    word_idiom,
)
from articlekit.facts._modifiers import (
    CHANGE_VERBS,
    PeriodIndex,
    change_of,
    measured_of,
    postfix_phrase,
    postfix_qualifier,
    qualifier_before,
)
from articlekit.facts._nouns import (
    GERMAN_ADJECTIVE_ENDINGS,
    foreign_noun,
    lemma,
    looks_plural,
    noun_after,
    noun_phrase,
    singular,
)
from articlekit.facts._number import (
    Num,
    foreign_scale,
    is_year,
    ratio,
    read_number,
    read_words,
    scale_after,
)
from articlekit.facts._tokens import Tokens, digits_value, is_cjk, is_hangul, is_num
from articlekit.facts._unit_reader import (
    INCH_WORDS,
    MAX_POWER,
    compound,
    currency_from_context,
    denominator,
    korean_spaced,
    match_unit,
    money_before,
)
from articlekit.facts._vocab import (
    ARTICLE_ONE,
    FOREIGN_SCALES,
    FRACTION_NOUNS,
    HALF_ADJECTIVES,
    HALF_NOUN_ARTICLES,
    LANGUAGE_EVERY,
    LANGUAGE_NUMBERS,
    LANGUAGE_PER,
    LANGUAGE_RANGES,
    MEASURE_AFTER,
    MEASURE_BEFORE,
    MONTH_WORDS,
    NEG_CONTEXT,
    ONE_BEFORE_SCALE,
    PERIOD_WORDS,
    RANGE_DASH,
    SCALE_ABBR,
    SCALE_WORDS,
    SMALL,
    STARTERS,
    STOP,
    TENS,
    VULGAR,
    ZERO_WORDS,
    word_alternation,
)
from articlekit.model import Dimension, Qualifier, Quantity, Span, Unit

_Money = tuple[int, Unit, Decimal | None]
_MINOR_WORDS: Final = frozenset({"cents", "cent", "pence", "p", "c"})
_CENT_WORDS: Final = frozenset({"cents", "cent", "pence"})
_CLOSERS: Final = frozenset({"", ".", ",", ";", "!", "?"})
_AGE_WORDS: Final = frozenset({"age", "aged", "ages"})
#: "younger than 50", "older than 65": an age without its unit.
_AGE_COMPARATIVES: Final = frozenset({"younger", "older"})
_MAX_AGE: Final = 120
_YO: Final = frozenset({"yo", "y.o"})
#: People counted by their age in English: "voters under 30", "blacks 30 to 44", "those over 45".
_PEOPLE: Final = frozenset(
    (
        "people persons adults children kids voters men women those residents workers patients "
        "boys girls students seniors youths teens teenagers individuals respondents citizens "
        "americans blacks whites hispanics latinos democrats republicans independents"
    ).split()
)
_DOZEN: Final = frozenset({"dozen", "dozens", "doz", "dozs", "dz", "dzs"})
_SIGN_TOKENS: Final = frozenset({"+", "-", "−"})
_HUNDREDTH: Final = Decimal("0.01")
_DASHES: Final = frozenset({"-", "–", "—", "‒"})
_GAME_CUES: Final = compile_later(
    r"\b(?:won|wins?|beat|beats|lost|lose|loses|defeat\w*|victory|draw|drew|tied?|"
    r"record|scored?|scores|game|games|match|season|playoffs?|points?|goals?|verdict|votes?"
    r"|voted|innings?|standings)\b",
    re.IGNORECASE,
)


@attrs.define
class _Reading:
    """A quantity being read; each phase below fills in its part, in order."""

    first: int  # first token of the mention (a money symbol, a sign, "aged")
    num: Num
    money: _Money | None
    end: int = 0  # token after the mention read so far
    value: Decimal | None = None
    scale: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: Unit | None = None
    noun: str | None = None
    minor: bool = False  # "50 cents": the value is in hundredths of the currency
    rejected: bool = False  # a score ("3-1") or a date or time range ("18-24 November")
    postfix: Qualifier | None = None  # a qualifier before the noun: "30 or so pastors"

    def settle(self) -> None:
        """Take value, scale and end from the number, once the number is complete."""
        self.value, self.scale, self.end = self.num.value, self.num.scale, self.num.end


# --------------------------------------------------------------------------------------------
# Phase 1: the number, with a money prefix, its extensions and its sign
# --------------------------------------------------------------------------------------------


def _can_start(t: Tokens, i: int) -> bool:
    tok, low = t.words[i], t.lower[i]
    return (
        tok[:1].isdigit()
        or low in STARTERS
        or tok in VULGAR
        or low in _words_of(t)
        or _one_before_scale(t, i)
        or _article_measure(t, i) is not None
        or _fraction_start(t, i) is not None
        or _german_word_compound(t, i) is not None
    )


def _one_before_scale(t: Tokens, i: int) -> bool:
    """The article that counts one before a scale word: "eine Million Euro", "un millón"."""
    return t.lower[i] in ONE_BEFORE_SCALE.get(t.lang, ()) and foreign_scale(t, i + 1) is not None


def _words_of(t: Tokens) -> dict[str, Decimal]:
    """The number words of the text's language other than English ("zwei", "vingt")."""
    return LANGUAGE_NUMBERS.get(t.lang, {})


def starting_tokens(t: Tokens) -> list[int]:
    """The tokens a quantity can start at: digits, number words, "a"/"half", vulgar fractions."""
    plain, maybe, ones, articles, fraction_openers = _starter_words(t.lang)
    german = t.lang == "de"
    found = []
    for i, low in enumerate(t.lower):
        if (
            low[:1].isdigit()
            or low in plain
            or (
                low in maybe
                and (
                    (low in ones and _one_before_scale(t, i))
                    or (low in articles and _article_measure(t, i) is not None)
                    or (low in fraction_openers and _fraction_start(t, i) is not None)
                )
            )
            or (german and _german_word_compound(t, i) is not None)
        ):
            found.append(i)
    return found


@functools.cache
def _starter_words(
    lang: str,
) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The words that start a quantity in ``lang`` by themselves, those that may, and their kinds.

    Those that may: the article that counts one before a scale word, the article before a
    measure and the article that opens a fraction (:func:`starting_tokens` asks the rest).
    """
    plain = frozenset((*STARTERS, *VULGAR, *LANGUAGE_NUMBERS.get(lang, {})))
    ones = ONE_BEFORE_SCALE.get(lang, frozenset())
    articles = ARTICLE_ONE.get(lang, frozenset())
    fraction_openers = articles | HALF_NOUN_ARTICLES.get(lang, frozenset())
    return plain, ones | fraction_openers, ones, articles, fraction_openers


def _number_at(t: Tokens, i: int, last_end: int) -> _Reading | None:
    """The number at token ``i`` and a money symbol or code right before it."""
    tok, low_tok = t.words[i], t.lower[i]
    money_can_lead = tok[:1].isdigit() or low_tok in SMALL or tok in VULGAR
    foreign = _words_of(t).get(low_tok)
    if foreign is None and low_tok in ONE_BEFORE_SCALE.get(t.lang, ()):
        foreign = Decimal(1)  # "eine Million Euro": starting_tokens saw the scale word after it
    money = money_before(t, i) if money_can_lead else None
    if money is not None and money[0] < last_end:
        money = None  # the symbol belongs to the quantity before ("10 $ 30 $")
    half = (
        _half_a_unit(t, i)
        or _unit_and_a_half(t, i)
        or _article_measure(t, i)
        or _fraction_start(t, i)
    )
    compound = _german_word_compound(t, i) if half is None and t.lang == "de" else None
    if half is not None:
        num: Num | None = half
    elif compound is not None:
        num = Num(compound[0], i, i + 1, words=True, plain=False)  # "zehnköpfiges"
    elif tok in VULGAR:
        num = Num(VULGAR[tok], i, i + 1, plain=False)
    elif foreign is not None:
        num = _numerator(t, _foreign_words(t, i, foreign))
    else:
        num = read_number(t, i, money=money is not None)
        num = None if num is None else _numerator(t, num)
    lone_article = num is not None and num.words and low_tok in _ARTICLES and num.end == i + 1
    if num is None or (lone_article and num.value == 1 and half is None):
        return None
    if money is not None and money[2] is not None:
        num = attrs.evolve(num, value=num.value * money[2], scale=money[2], plain=False)
    return _Reading(first=money[0] if money else i, num=num, money=money)


#: "half an hour", "a quarter of a mile": the share a word names of one unit.
_SHARE_WORDS: Final = {"half": Decimal("0.5"), "quarter": Decimal("0.25")}
_ARTICLES: Final = frozenset({"a", "an"})


#: The most tokens a unit's name or symbol spans ("km/h", "light-years"): where a word of
#: relative time after it may stand.
_UNIT_TOKENS: Final = 4


def _article_measure(t: Tokens, i: int) -> Num | None:
    """The article as one unit of time or length where a word makes it a measure.

    "about an hour after", "almost a mile from", "a century ago", "knapp eine Minute",
    "mindestens ein Jahr", "seit mehr als einem Monat", "en une journée", "UNA HORA ANTES": after
    a qualifier or a span word (:data:`MEASURE_BEFORE`) or before a word of relative time
    (:data:`MEASURE_AFTER`). Not "a second attack", not a rate ("$15 an hour", "once a week").
    """
    if t.lower[i] not in ARTICLE_ONE.get(t.lang, ()) or t.low(i + 1) in {"second", "seconds"}:
        return None
    # the cue words first: most articles have none, and that costs less to see than a unit
    after = MEASURE_AFTER.get(t.lang, frozenset())
    cued = t.low(i - 1) in MEASURE_BEFORE.get(t.lang, ())
    if not (cued or any(t.low(k) in after for k in range(i + 2, i + 2 + _UNIT_TOKENS))):
        return None
    found = match_unit(t, i + 1, money=False)
    if found is None or found[1].dimension not in {Dimension.TIME, Dimension.LENGTH}:
        return None
    relative = t.low(found[0]) in after and t.low(i - 1) != "from"
    if not (cued or relative):
        return None  # "up 5% from a year earlier": the period compared with, not a measure
    return Num(Decimal(1), i, i + 1, words=True, plain=False)


def _fraction_start(t: Tokens, i: int) -> Num | None:
    """A fraction an article opens, in a language that writes fractions as nouns.

    German: "ein Drittel", "eine Hälfte", "die Hälfte" / "zur Hälfte" (a half), and the
    adjective "eine halbe Stunde", "ein halbes Jahr" (the unit or noun is read after it).
    """
    fractions = FRACTION_NOUNS.get(t.lang)
    if fractions is None:
        return None
    low, nxt = t.lower[i], t.low(i + 1)
    if low in ARTICLE_ONE.get(t.lang, ()):
        if nxt in HALF_ADJECTIVES.get(t.lang, ()):
            dozen = t.low(i + 2) == "dutzend"  # "ein halbes Dutzend" is six
            return Num(
                Decimal(6 if dozen else "0.5"),
                i,
                i + 3 if dozen else i + 2,
                words=True,
                plain=False,
            )
        den = fractions.get(nxt)
        if den is not None and t.get(i + 1)[:1].isupper():
            return Num(1 / den, i, i + 2, words=True, plain=False)
        return None
    if low in HALF_NOUN_ARTICLES.get(t.lang, ()) and nxt == "hälfte":
        return Num(Decimal("0.5"), i, i + 2, words=True, plain=False)
    return None


_HALVES: Final = Decimal(2)  # the denominator of "Hälfte": "zwei Hälften" are two halves


def _numerator(t: Tokens, num: Num) -> Num:
    """A whole number before a fraction's noun is its numerator: "zwei Drittel", "3 Viertel"."""
    fractions = FRACTION_NOUNS.get(t.lang)
    if fractions is None:
        return num
    den = fractions.get(t.low(num.end))
    whole = num.scale is None and num.value == num.value.to_integral_value() and num.value > 0
    if den is None or den == _HALVES or not whole or not t.get(num.end)[:1].isupper():
        return num
    return Num(num.value / den, num.start, num.end + 1, words=True, plain=False)


def _half_a_unit(t: Tokens, i: int) -> Num | None:
    """A share of one unit, in English: "half an hour", "half a mile", "half a century".

    The number spans "half a"; the unit phase reads the unit after it. Without a unit ("half a
    chance") there is no number here.
    """
    share = _SHARE_WORDS.get(t.lower[i]) if t.english else None
    if share is None or t.low(i + 1) not in _ARTICLES:
        return None
    found = match_unit(t, i + 2, money=False)
    if found is None or found[1].dimension == Dimension.CURRENCY:
        return None
    return Num(share, i, i + 2, words=True, plain=False)


_AND_A_HALF: Final = ("and", "a", "half")
_ONE_AND_A_HALF: Final = Decimal("1.5")


def _unit_and_a_half(t: Tokens, i: int) -> Num | None:
    """One unit and a half, in English: "a year and a half", "an hour and a half".

    The number is the article; the unit phase reads the unit after it and the "and a half"
    that follows the unit (:func:`_and_a_half`).
    """
    if not t.english or t.lower[i] not in _ARTICLES or t.lower[i + 2 : i + 5] != _AND_A_HALF:
        return None
    found = match_unit(t, i + 1, money=False)
    if found is None or found[0] != i + 2 or found[1].dimension != Dimension.TIME:
        return None
    return Num(_ONE_AND_A_HALF, i, i + 1, words=True, plain=False)


def _and_a_half(t: Tokens, r: _Reading) -> None:
    """The "and a half" after the unit of "a year and a half" belongs to the mention."""
    article = t.lower[r.first] in _ARTICLES
    if article and r.num.value == _ONE_AND_A_HALF and t.lower[r.end : r.end + 3] == _AND_A_HALF:
        r.end += 3


def _is_share(r: _Reading) -> bool:
    """Whether the reading is a share written in words ("a quarter", "two thirds")."""
    return r.num.words and r.value is not None and 0 < r.value < 1


def _unit_of_share(t: Tokens, j: int) -> tuple[int, Unit] | None:
    """The unit of "a quarter of a mile", "two thirds of an hour": "of a" and a unit at ``j``."""
    if not t.english or t.low(j) != "of" or t.low(j + 1) not in _ARTICLES:
        return None
    found = match_unit(t, j + 2, money=False)
    return None if found is None or found[1].dimension == Dimension.CURRENCY else found


#: The word that joins a round ten and its units in a number written in words: "treinta y cinco"
#: (Spanish), "vinte e cinco" (Portuguese); French joins them with a hyphen ("vingt-cinq").
_TENS_JOINERS: Final = {"es": "y", "pt": "e"}
_TEN: Final = Decimal(10)


def _foreign_words(t: Tokens, i: int, value: Decimal) -> Num:
    """A number in words of the text's language at ``i`` with the scale word after it.

    A round ten takes its units ("vingt-cinq", "treinta y cinco", "vinte e cinco" are 25), and a
    scale word multiplies ("fünf Milliarden", "deux millions", "dos millones").
    """
    end = i + 1
    if value >= 2 * _TEN and value % _TEN == 0 and value < 10 * _TEN:
        joiner, unit_at = t.low(end), end + 1
        hyphen = joiner in {"-", "‐"} and t.glued(end) and t.glued(unit_at)
        if hyphen or joiner == _TENS_JOINERS.get(t.lang):
            units = _words_of(t).get(t.low(unit_at))
            if units is not None and units < _TEN:
                value, end = value + units, unit_at + 1
    num = Num(value, i, end, words=True, plain=False)
    scaled = foreign_scale(t, end)
    if scaled is not None:
        num = attrs.evolve(num, value=value * scaled[0], end=scaled[1], scale=scaled[0])
    return num


def _leading_dot(t: Tokens, r: _Reading, i: int) -> None:
    """Reads ".08": a decimal written without its zero."""
    tok = t.words[i]
    if (
        tok.isdigit()
        and r.first == i
        and t.get(i - 1) == "."
        and t.glued(i)
        and not (t.glued(i - 1) and is_num(t.get(i - 2)))
        and r.num.end == i + 1
    ):
        r.num = Num(Decimal("0." + tok), i - 1, i + 1, plain=False)
        r.first = i - 1


def _glued_vulgar(t: Tokens, num: Num) -> Num | None:
    """Reads "1½"."""
    j = num.end
    if num.plain and t.get(j) in VULGAR and t.glued(j):
        return attrs.evolve(num, value=num.value + VULGAR[t.get(j)], end=j + 1, plain=False)
    return None


def _mixed_fraction(t: Tokens, num: Num) -> Num | None:
    """Reads "10 1/2": a whole number and a proper fraction."""
    j = num.end
    if not (num.plain and not t.glued(j) and t.get(j).isdigit() and t.get(j + 1) == "/"):
        return None
    if not (t.glued(j + 1) and t.get(j + 2).isdigit() and t.glued(j + 2)):
        return None
    if t.get(j + 3) == "/" or not 0 < int(t.get(j)) < int(t.get(j + 2)):
        return None
    frac = Decimal(t.get(j)) / Decimal(t.get(j + 2))
    return attrs.evolve(num, value=num.value + frac, end=j + 3, plain=False)


def _exponent(t: Tokens, num: Num) -> Num | None:
    """Reads "1e10", "2.5e-3"."""
    j = num.end
    if not (t.low(j) == "e" and t.glued(j) and not num.words and num.scale is None):
        return None
    k, sign = j + 1, 1
    if t.get(k) in _SIGN_TOKENS and t.glued(k):
        sign = -1 if t.get(k) != "+" else 1
        k += 1
    if t.get(k).isdigit() and t.glued(k) and len(t.get(k)) <= 3:
        value = num.value * Decimal(10) ** (sign * int(t.get(k)))
        return attrs.evolve(num, value=value, end=k + 1, plain=False)
    return num


def _power(t: Tokens, num: Num) -> Num | None:
    """Reads "1.1^23", "2.5^-1"."""
    j = num.end
    if not (t.get(j) == "^" and t.glued(j) and not num.words and num.scale is None):
        return None
    k, sign = j + 1, 1
    while t.get(k) in _SIGN_TOKENS and t.glued(k):
        sign *= -1 if t.get(k) != "+" else 1
        k += 1
    if t.get(k).isdigit() and t.glued(k) and int(t.get(k)) <= MAX_POWER and num.value:
        return attrs.evolve(num, value=num.value ** (sign * int(t.get(k))), end=k + 1, plain=False)
    return num


def _dozen(t: Tokens, num: Num) -> Num | None:
    """Reads "3 dozen"."""
    j = num.end
    if t.low(j) in _DOZEN:
        return attrs.evolve(num, value=num.value * 12, end=j + 1, plain=False)
    return None


def _myriad_sum(t: Tokens, num: Num) -> Num | None:
    """An amount written in parts by falling scales, as Chinese, Japanese and Korean write it.

    "3亿5000万元" is 350 million yuan, "1兆2000億円" 1.2 trillion yen, "6억1000만원" 610 million
    won and "3조 2천억원" 3.2 trillion won: Korean writes the parts together or apart, Chinese
    and Japanese together.
    """
    if num.scale is None:
        return None
    last = t.get(num.end - 1)
    if is_hangul(last):
        script = is_hangul
    elif is_cjk(last) and t.glued(num.end):
        script = is_cjk
    else:
        return None
    nxt = read_number(t, num.end, money=False)
    if nxt is None or nxt.scale is None or nxt.scale >= num.scale:
        return None
    if not script(t.get(nxt.end - 1)):
        return None
    return Num(num.value + nxt.value, num.start, nxt.end, scale=num.scale, plain=False)


#: Ways a number goes on after its digits; at most one applies (each looks at a different token).
_EXTENSIONS: Final = (_glued_vulgar, _mixed_fraction, _exponent, _power, _dozen, _myriad_sum)


def _extend(t: Tokens, r: _Reading) -> None:
    for extension in _EXTENSIONS:
        found = extension(t, r.num)
        if found is not None:
            r.num = found
            return


def _plus_scale(t: Tokens, r: _Reading) -> None:
    """A scale after the plus of "at least": "400+ million users", "über 400+ Millionen Werke"."""
    num = r.num
    if num.scale is not None or not num.plain or t.get(num.end) != "+" or not t.glued(num.end):
        return
    plus = Num(num.value, num.start, num.end + 1)  # the number with its plus, read on as digits
    found = scale_after(t, plus, money=False)
    if found is None:
        return
    scale, end = found
    r.num = Num(num.value * scale, num.start, end, scale=scale, plain=False)
    r.postfix = Qualifier.AT_LEAST


def _sign(t: Tokens, r: _Reading, i: int) -> None:
    """A minus sign or word before the number: "-5%", "- 20 degrees", "minus one"."""
    if r.first != i or i == 0:
        return
    if t.get(i - 1) in {"-", "−"}:
        after_number = t.get(i - 2)[:1].isalnum() or t.get(i - 2) in {"%", "％"}  # "42%-32.7%"
        glued_minus = t.glued(i) and not (t.glued(i - 1) and after_number)
        spaced_minus = not t.glued(i) and (i == 1 or t.low(i - 2) in NEG_CONTEXT)
        if glued_minus or spaced_minus:
            r.first = i - 1
            r.num = attrs.evolve(r.num, value=-r.num.value)
    elif t.low(i - 1) in {"minus", "negative"} and (t.low(i - 3), t.low(i - 2)) != ("plus", "or"):
        r.first = i - 1  # not "plus or minus six points": a margin, not a negative number
        r.num = attrs.evolve(r.num, value=-r.num.value)
    hyphen = t.get(i - 1) in {"-", "‐"} and t.glued(i) and t.glued(i - 1)
    if hyphen and t.low(i - 2) in {"minus", "negative"}:  # "minus-40 degrees Celsius"
        r.first = i - 2
        r.num = attrs.evolve(r.num, value=-abs(r.num.value))


# --------------------------------------------------------------------------------------------
# Phase 3: a range
# --------------------------------------------------------------------------------------------


def _bound_number(t: Tokens, k: int, *, money: bool) -> Num | None:
    """A range's second bound: digits, or a number word ("acht bis elf Kilometer").

    Digits go on as a first number does into a mixed number ("1-1 1/2 cups", "2 to 2½ hours").
    """
    low = t.low(k)
    if is_num(t.get(k)) or low in SMALL or low in TENS:
        num = read_number(t, k, money=money)
        if num is not None:
            num = _glued_vulgar(t, num) or _mixed_fraction(t, num) or num
        return num
    value = _words_of(t).get(low)
    return None if value is None else Num(value, k, k + 1, words=True, plain=False)


#: Words of approximation in English, German, French, Spanish, Italian and Portuguese ("to
#: about 4", "bis etwa 420", "à environ 30", "a unos 300", "sono almeno 9").
_APPROXIMATELY: Final = frozenset(
    (
        "about around approximately roughly nearly almost some etwa rund circa ca knapp fast "
        "environ presque unos unas aproximadamente casi quase cerca almeno oltre quasi ben"
    ).split()
)


def _second_bound(t: Tokens, r: _Reading) -> tuple[Num, _Money | None] | None:
    """The number after a range separator, with its own money symbol ("$1 to $2 billion")."""
    k = r.end + 1
    suspended = t.get(r.end) == "-" and t.glued(r.end) and t.low(k) in {"or", "to"}
    if suspended:
        k += 1  # a suspended hyphen: "a two- or three-week period", "five- to 10-year terms"
    if t.low(k) in _APPROXIMATELY:
        # "from 2 to about 4 hours", "von 300 bis etwa 420 Millionen Euro", "bis ca. 5"
        skip = 2 if t.get(k + 1) == "." and t.glued(k + 1) else 1
        nxt = t.get(k + skip)
        if is_num(nxt) or (not nxt[:1].isalnum() and is_num(t.get(k + skip + 1))):
            k += skip
    money2 = None
    if not is_num(t.get(k)):
        for k2 in (k + 1, k + 2, k + 3):
            m2 = money_before(t, k2)
            if m2 is not None and m2[0] == k:
                money2, k = m2, k2
                break
    sep = t.low(r.end)
    # "between -12 and -2 degrees", "zwischen -12 und -2 Grad": a signed bound after a word
    signed = t.get(k) in {"-", "−"} and t.glued(k + 1) and sep not in _DASHES
    second = _bound_number(
        t, k + 1 if signed else k, money=r.money is not None or money2 is not None
    )
    if second is None:
        return None
    if signed:
        second = attrs.evolve(second, value=-second.value, start=k)
    dash_ok = sep != "-" or (t.glued(r.end) and t.glued(k)) or not t.glued(r.end) or suspended
    if not dash_ok or (is_year(r.num, t) and is_year(second, t)):
        return None
    if not_a_fact(t, second, k) and not _after_fraction(t, r, second):
        timed = clock_time(t, second) or t.low(second.end) in CLOCK_MARKS
        if (sep in _DASHES and t.low(second.end) in MONTH_WORDS) or timed:
            # "18-24 November"; "5-8 p.m.", "from 9 to 5 p.m.", "10 bis 12 Uhr": a range
            # that ends at a time of day starts at one
            r.rejected, r.end = True, second.end
        return None
    after = t.get(second.end)
    if after == "/" or (after == "-" and match_unit(t, second.end, money=False) is None):
        return None
    return second, money2


def _after_fraction(t: Tokens, r: _Reading, second: Num) -> bool:
    """A whole upper bound after a fraction ("1 1/2-2 tbsp"), which no date writes ("1/2-2")."""
    fraction = not r.num.plain and t.get(r.num.end - 2) == "/"
    small = len(t.get(second.start)) <= 2  # not a year ("10/12-2012")
    return fraction and second.plain and small and not t.glued(second.end)


def _tally_partner(t: Tokens, r: _Reading) -> None:
    """The counts of a tally share what the second names.

    "beat Trump 46 to 40 percent", "voted 322 to 306 votes", "leads 1,428 to 1,153 in pledged
    delegates": two whole amounts, the first larger (so no range), and what the second counts,
    or the noun after "in"/"among", the first counts too.
    """
    value = r.value
    if value is None or value != value.to_integral_value() or r.num.scale is not None:
        return
    if r.money is not None or r.end != r.num.end:
        return
    if t.low(r.first - 1) == "to" and _larger_before(t, r.first - 2, value):
        r.noun = _tally_among(t, r.end)  # "516 to 39 among superdelegates": the second count
    elif t.low(r.end) in _TALLY_JOINS.get(t.lang, _TO) or t.get(r.end) in _DASHES:
        r.unit, r.noun = _tally_second(t, r.end + 1, value)


#: The words that join a tally's counts: "322 to 306 votes", "mit 322 zu 306 Stimmen", "mit 322
#: gegen 306 Stimmen".
_TO: Final = frozenset({"to"})
_TALLY_JOINS: Final = {"de": frozenset({"zu", "gegen"})}


def _tally_second(t: Tokens, k: int, value: Decimal) -> tuple[Unit | None, str | None]:
    """The share or noun of a tally's second count at token ``k``, if it is smaller."""
    second = _bound_number(t, k, money=False)
    if second is None or second.scale is not None or second.value >= value:
        return None, None
    among = _tally_among(t, second.end)
    if among is not None:
        return None, among
    unit = match_unit(t, second.end, money=False)
    if unit is not None:
        return (unit[1] if unit[1].code == "%" else None), None
    if not t.english:
        found = foreign_noun(t, second.end)
        return None, (found[1] if found is not None else None)
    noun = noun_after(t, second.end, second.value)
    return None, (noun[1] if noun is not None else None)


def _larger_before(t: Tokens, k: int, value: Decimal) -> bool:
    """Whether token ``k`` is a plain count larger than ``value`` (a tally's first count)."""
    word = t.get(k).replace(",", "")
    return word.isdigit() and Decimal(word) > value


#: How many modifiers may stand between "in"/"among" and a tally's noun ("pledged delegates").
_TALLY_MODIFIERS: Final = 2


def _tally_among(t: Tokens, k: int) -> str | None:
    """The noun a tally counts, named after it: "1,428 to 1,153 in pledged delegates"."""
    if t.low(k) not in {"in", "among"}:
        return None
    for j in range(k + 1, k + 2 + _TALLY_MODIFIERS):
        word, low = t.get(j), t.low(j)
        if not (word.isalpha() and word.islower()) or low in STOP or low in SMALL or low in TENS:
            return None  # "in the end", "in two games": no noun of the tally
        nxt = t.get(j + 1)
        if looks_plural(word) and not (nxt.isalpha() and nxt.islower() and nxt not in STOP):
            return singular(word)  # "among superdelegates who", not "in delegate counts"
    return None


def _score(t: Tokens, r: _Reading, second: Num) -> bool:
    """Reads "3-1", "1-1", "24-17" as a score, and "4-7" or "(0-1)" in a text about games."""
    if not (r.num.plain and second.plain and t.low(r.end) in _DASHES):
        return False
    if len(t.get(r.num.start)) > 3 or len(t.get(second.start)) > 3:
        return False
    if r.num.value >= second.value:
        return True
    bare = match_unit(t, second.end, money=False) is None and r.money is None
    if not bare or noun_after(t, second.end, second.value) is not None:
        return False
    start = t.cues.sentence_start(t.starts[r.first])
    sentence = t.text[start : t.cues.sentence_end(t.ends[second.end - 1])]
    return _GAME_CUES.search(sentence) is not None  # "At 4-7, … the playoffs", "(0-1): 15 points"


def _hyphenated_tally(t: Tokens, r: _Reading) -> bool:
    """A tally or odds written as one hyphenated word: "a 5-to-4 decision", "3-to-1 odds".

    The larger number comes first ("a 10-to-15-minute walk" is a range). ``r.end`` moves past
    the tally.
    """
    j = r.end
    if not (r.value is not None and r.num.plain and t.get(j) in _DASHES and t.glued(j)):
        return False
    if not (t.low(j + 1) == "to" and t.get(j + 2) in _DASHES and t.glued(j + 2)):
        return False
    second = t.get(j + 3)
    if not (second.isdigit() and t.glued(j + 3) and len(second) <= 3):
        return False
    if Decimal(second) > r.value:
        return False
    r.end = j + 4
    return True


def _unit_between(t: Tokens, r: _Reading) -> tuple[int, Unit] | None:
    """A unit written after the lower bound too: "3% and 4%", "two per cent to 15 per cent"."""
    if r.money is not None:
        return None
    found = match_unit(t, r.end, money=False)
    if found is None or found[1].dimension == Dimension.CURRENCY:
        return None
    return found


_NO_RANGES: Final[tuple[frozenset[str], dict[str, frozenset[str]]]] = (frozenset(), {})
#: How many words may stand between a change's verb and its "from" ("rose sharply from").
_CHANGE_REACH: Final = 3


def _after_change(t: Tokens, k: int) -> bool:
    """Whether a verb of change stands shortly before the "from" at token ``k``, in its clause."""
    for j in range(k - 1, max(-1, k - 1 - _CHANGE_REACH), -1):
        if t.low(j) in CHANGE_VERBS:
            return True
        if not t.get(j)[:1].isalnum():
            return False  # "… has increased. From 5 to 16 knots, …": another sentence
    return False


def _aside(t: Tokens, r: _Reading, second: Num) -> bool:
    """A spaced dash between a number in words and one in digits: an aside, not a range."""
    spaced = not t.glued(r.end) and not t.glued(r.end + 1)
    return spaced and t.get(r.end) in {"—", "–", "-"} and second.words != r.num.words


def _two_amounts(t: Tokens, r: _Reading, second: Num) -> bool:
    """Whether the number after a range word is another amount, not the range's end.

    "half — 55 percent —": a spaced dash between two writings sets off an aside; "dropped in
    2019 to 1.24 million": a year, then the new amount; "rose by a third to 1.2 billion
    euros": a change by a share, then the amount.
    """
    if _aside(t, r, second) or (is_year(r.num, t) and r.money is None and not second.plain):
        return True
    return _is_share(r) and (second.scale is not None or second.value >= 1)


def _range(t: Tokens, r: _Reading) -> None:
    """Reads "55-63 million", "2-4 weeks", "between 2 and 4", "$1 to $2 billion", "3% to 4%"."""
    opener = t.low(r.first - 1)
    # "between the ages of 18 and 29": the range's opener before the words that name it
    between_ages = (
        opener == "of" and t.low(r.first - 2) == "ages" and t.low(r.first - 4) == "between"
    )
    is_between = opener in {"between", "from"} or between_ages
    start, unit = r.end, _unit_between(t, r)
    if unit is not None:
        r.end = unit[0]
    sep = t.low(r.end)
    free, opened = LANGUAGE_RANGES.get(t.lang, _NO_RANGES)
    foreign = sep in free or sep in opened.get(opener, ())  # "50 bis 60", "zwischen 2 und 4"
    if not (sep in RANGE_DASH or sep == "through" or (sep == "and" and is_between) or foreign):
        r.end = start
        if unit is None:
            _alternatives(t, r)
        return
    found = _second_bound(t, r) if r.end + 1 < len(t) else None
    if found is not None and unit is not None:
        again = match_unit(t, found[0].end, money=False)
        if again is None or again[1].code != unit[1].code:
            found = None  # "3% to 4 people": no range
    if found is None:
        if not r.rejected:
            r.end = start
        return
    second, money2 = found
    if _two_amounts(t, r, second):
        r.end = start
        return
    if opener == "from" and sep[:1].isalpha() and _after_change(t, r.first - 1):
        # "fell from 54% to 35%": where it was and where it went, two amounts (a dash keeps
        # a range: "rose from 5-7 million"); a bare first one takes the second's scale, as
        # in "grew from 300 to 450 million"
        r.end = start
        if r.num.scale is None and second.scale is not None and r.value is not None:
            r.value, r.scale = r.value * second.scale, second.scale
        return
    lo, hi = r.num.value, second.value
    if r.num.scale is None and second.scale is not None and lo * second.scale <= hi:
        lo = lo * second.scale  # the upper bound's scale applies to a bare lower bound
        r.scale = second.scale  # ("55-63 million"; not "500.000 und 5 Mio.")
    if _score(t, r, second):
        r.rejected, r.end = True, second.end
        return
    if lo <= hi:
        r.low, r.high, r.value = lo, hi, None
        r.end = second.end
        if r.money is None and money2 is not None:
            r.money = money2
    else:
        r.end = start  # "42%-32.7%": two shares side by side, each with its unit


#: The word that offers two amounts as approximate alternatives, by language ("one or two",
#: "ein oder zwei", "un ou deux", "uno o dos", "um ou dois", "een of twee").
_OR: Final = {
    "": "or",
    "en": "or",
    "de": "oder",
    "fr": "ou",
    "es": "o",
    "it": "o",
    "pt": "ou",
    "nl": "of",
}
#: How far apart the two may be: "two or three", "40 or 50", "five or ten", not "3 or 7".
_ALTERNATIVES_RATIO: Final = 2
#: What goes on a list of amounts rather than closing a pair ("1, 2 or 3").
_LIST_JOINTS: Final = frozenset({",", "and", "or", "und", "oder", "et", "ou", "y", "e", "o"})


def _alternatives(t: Tokens, r: _Reading) -> None:
    """Two near amounts offered as alternatives are a range: "40 or 50 years", "one or two ideas".

    Writers estimate by naming two neighbouring amounts: "two or three weeks", "ein oder zwei
    Tage", "un ou deux ans", and, in German, with a comma ("in 20, 30 Jahren", "ein, zwei
    Tage"). The two are whole, written alike (digits or words), the first has no unit of its
    own, the second is larger by at most :data:`_ALTERNATIVES_RATIO` times, and what they
    estimate follows them (a word or a unit); a third amount on either side makes a list ("1, 2
    or 3 points"), and two bare amounts are options ("für 10 oder 15.") or references ("BGHZ
    173, 188"): those stay as they are.
    """
    sep = t.low(r.end)
    comma = sep == "," and t.lang == "de"
    if not (comma or sep == _OR.get(t.lang)) or r.money is not None or r.num.scale is not None:
        return
    if t.low(r.first - 1) in _LIST_JOINTS and is_num(t.get(r.first - 2)):
        return
    if is_year(r.num, t) or r.value is None or r.value != r.value.to_integral_value():
        return
    second = _estimate_partner(t, r, r.value)
    if second is not None:
        r.low, r.high, r.value = r.value, second.value, None
        r.end = second.end


def _estimate_partner(t: Tokens, r: _Reading, lo: Decimal) -> Num | None:
    """The second of two amounts offered as alternatives (see :func:`_alternatives`), if any."""
    second = _bound_number(t, r.end + 1, money=False)
    if second is None or second.scale is not None or second.words != r.num.words:
        return None
    hi = second.value
    if not (1 <= lo < hi <= lo * _ALTERNATIVES_RATIO) or hi != hi.to_integral_value():
        return None
    if t.low(second.end) in _LIST_JOINTS or not_a_fact(t, second, r.end + 1):
        return None
    # Bare, the two are options ("für 10 oder 15.") or references ("BGHZ 173, 188").
    estimated = t.get(second.end)[:1].isalpha() or match_unit(t, second.end, money=False)
    return second if estimated else None


#: The forms of "one" as the article that no scale word takes (:data:`ONE_BEFORE_SCALE` holds
#: those that do): feminine and pronoun forms.
_OTHER_ARTICLE_ONES: Final = {"fr": "une", "es": "uno una", "it": "uno una", "pt": "uma"}
#: "One" where it is also the article, by language: "ein bis drei Jahre", "un ou deux ans".
_ARTICLE_ONE: Final = {
    lang: forms | frozenset(_OTHER_ARTICLE_ONES.get(lang, "").split())
    for lang, forms in ONE_BEFORE_SCALE.items()
}


def _article_one_before(t: Tokens, r: _Reading, last_end: int) -> None:
    """A range or alternatives that open with the article as "one": "ein bis drei Jahre".

    Where "one" is also the article, the reader does not start at it; the amount after it
    takes it in as its lower bound when the range's word joins them ("ein bis drei Jahre",
    "ein oder zwei Tage", "ein, zwei Tage", "un ou deux ans"), as :func:`_range` and
    :func:`_alternatives` read them after a number.
    """
    k = r.first - 2
    if r.high is not None or r.money is not None or r.value is None or k < last_end:
        return
    if t.low(k) not in _ARTICLE_ONE.get(t.lang, ()) or r.value != r.value.to_integral_value():
        return
    sep = t.low(r.first - 1)
    free, opened = LANGUAGE_RANGES.get(t.lang, _NO_RANGES)
    ranged = sep in free or sep in opened.get(t.low(k - 1), ())  # "ein bis drei", "entre una y"
    alternative = sep == _OR.get(t.lang) or (sep == "," and t.lang == "de")
    if not (r.value > 1 and (ranged or (alternative and r.value <= _ALTERNATIVES_RATIO))):
        return
    if t.low(k - 1) in _LIST_JOINTS and is_num(t.get(k - 2)):
        return
    r.low, r.high, r.value, r.first = Decimal(1), r.value, None, k


# --------------------------------------------------------------------------------------------
# Phase 4: the unit or currency
# --------------------------------------------------------------------------------------------


def _times_ten(t: Tokens, r: _Reading) -> None:
    """Reads "1.3x10^6", "2.1×10 −5": scientific notation after the number."""
    end = r.end
    if not (t.get(end) in {"×", "x", "X"} and t.get(end + 1) == "10" and r.value is not None):
        return
    if not (t.get(end + 2) in {"^", "−", "-"} or t.get(end + 2).isdigit()):
        return
    k = end + 2 + (1 if t.get(end + 2) == "^" else 0)
    sign = 1
    if t.get(k) in {"−", "-", "–"}:
        sign, k = -1, k + 1
    if t.get(k).isdigit() and len(t.get(k)) <= 2:
        r.value = r.value * Decimal(10) ** (sign * int(t.get(k)))
        r.end = k + 1


def _feet_and_inches(t: Tokens, r: _Reading) -> None:
    """Reads "5 feet 2 inches" is 5.1667 ft."""
    if r.unit is None or r.unit.code != "ft" or r.value is None:
        return
    k = r.end + (1 if t.low(r.end) == "and" else 0)
    inch_value = digits_value(t.get(k)) if is_num(t.get(k)) else None
    if inch_value is not None and t.low(k + 1) in INCH_WORDS:
        r.value = r.value + inch_value / 12
        r.end = k + 2


#: A foot mark and an inch mark, as typed and as typeset: 6'2", 6′2″, 6’2”.
_FOOT_MARKS: Final = frozenset({"'", "′", "’"})
_INCHES_A_FOOT: Final = 12


def _height(t: Tokens, r: _Reading) -> bool:
    """A height in feet and inches: 6'2", 6′2″, "the 6-foot-2 guard"; whether one was read.

    Sports and news write heights so: the inches (0 to 11) glued after a foot mark and closed
    by an inch mark, or after "-foot-".
    """
    j = r.end
    if r.value is None or not r.num.plain or not t.glued(j):
        return False
    if t.get(j) in _FOOT_MARKS:
        inches, closing = j + 1, j + 2
        if t.get(closing) not in _INCH_MARKS or not t.glued(closing):
            return False
    elif t.get(j) == "-" and t.low(j + 1) in {"foot", "feet"} and t.get(j + 2) == "-":
        inches, closing = j + 3, j + 3
        if not (t.glued(j + 1) and t.glued(j + 2)):
            return False
    else:
        return False
    word = t.get(inches)
    if not (word.isdigit() and t.glued(inches) and int(word) < _INCHES_A_FOOT):
        return False
    r.value = r.value + Decimal(word) / _INCHES_A_FOOT
    r.unit, r.end = units.NAMES["feet"], closing + 1
    return True


def _age_words(t: Tokens, r: _Reading, unit: Unit) -> None:
    """Reads "3 years old", "3 years of age": the words belong to the mention."""
    if unit.dimension != Dimension.TIME:
        return
    if t.low(r.end) == "old":
        r.end += 1
    elif (t.low(r.end), t.low(r.end + 1)) == ("of", "age"):
        r.end += 2


def _currency_scale(t: Tokens, r: _Reading, unit: Unit) -> None:
    """Reads "30 MUSD" (a million-prefixed code), "75 USD million"."""
    if unit.dimension != Dimension.CURRENCY or r.value is None or r.scale is not None:
        return
    mcode = t.get(r.end - 1)
    if len(mcode) == 4 and mcode[0] == "M":
        r.scale = Decimal(10) ** 6
        r.value = r.value * r.scale
    if r.scale is None and t.low(r.end) in SCALE_WORDS:
        r.scale = SCALE_WORDS[t.low(r.end)]
        r.value = r.value * r.scale
        r.end += 1


_INCH_MARKS: Final = frozenset({'"', "″", "”"})


def _inch_mark(t: Tokens, j: int) -> tuple[int, Unit] | None:
    """A screen or board size with an inch mark: '34" curved panel', '22" long', '70"+ TV'.

    Only glued to digits and before a word, a number or "+", never where the mark closes a
    quotation ('"1 Million" als Ziel').
    """
    if t.get(j) not in _INCH_MARKS or not t.glued(j) or not t.get(j - 1)[-1:].isdigit():
        return None
    nxt = t.get(j + 1)
    if nxt == "+" or (nxt.isalpha() and nxt.islower()) or nxt[:1].isdigit():
        return j + 1, units.NAMES["inches"]
    return None


#: How far before a number a degree or a minute of arc may stand that makes its double prime a
#: second of arc ("48° 51′ 24″ N").
_ARC_REACH: Final = 6


def _double_prime_inch(t: Tokens, r: _Reading, j: int) -> tuple[int, Unit] | None:
    """A size with the inch mark "″": '8″-Lautsprecher', 'ein 27″ Monitor', 'an 8″ speaker'.

    The double prime is a second of arc only after the degree and the minute of an angle ("48°
    51′ 24″"); a mark glued to a number is otherwise the inch of screens, wheels and speakers.
    """
    if t.get(j) != "″" or not t.glued(j) or j != r.num.end:
        return None
    before = range(max(0, r.first - _ARC_REACH), r.first)
    if any(t.get(k) in {"°", "′", "'"} for k in before) or t.cues.has(_SKY):
        return None
    return j + 1, units.NAMES["inches"]


#: A text about the sky, where a double prime measures angles ("a seeing of 0.8″").
_SKY: Final = compile_later(
    r"arcsec|arcmin|telescop|galax|stellar|astronom|declination|right ascension|parallax"
    r"|\bseeing\b|Teleskop|Sternwarte",
    re.IGNORECASE,
)


def _unit_after(t: Tokens, r: _Reading) -> bool:
    """A physical unit or currency after the number ("km/h", "euros"); whether one was found."""
    unit_at = r.end
    if t.get(r.end) in {"±", "+/-"} and is_num(t.get(r.end + 1)):
        unit_at = r.end + 2  # "20 ± 1 g": the unit follows the uncertainty
    scaled = r.scale is not None or _is_scale(t.low(r.end - 1))  # "… und 5 Mio. EUR"
    found = _unit_after_scale(t, r.end) if scaled else None
    if found is None:
        found = (
            _double_prime_inch(t, r, unit_at)
            or match_unit(t, unit_at, money=False)
            or _inch_mark(t, unit_at)
            or _time_after_adjective(t, unit_at)
            or (_unit_of_share(t, unit_at) if _is_share(r) else None)
        )
    if found is None:
        return False
    found = _spaced_degree_scale(t, found)
    r.end, r.unit = compound(t, found[0], found[1])
    _feet_and_inches(t, r)
    _age_words(t, r, r.unit)
    _currency_scale(t, r, r.unit)
    return True


def _spaced_degree_scale(t: Tokens, found: tuple[int, Unit]) -> tuple[int, Unit]:
    """A degree sign and its scale apart: "350° C" is °C, "90° F" and "45° Fahrenheit" °F."""
    end, unit = found
    if unit.code != "°" or t.glued(end):
        return found
    for k, name in ((2, f"{t.low(end)} {t.low(end + 1)}"), (1, t.low(end))):
        named = units.NAMES.get(name)  # "degrees Fahrenheit", "Celsius"
        if named is not None and named.dimension == Dimension.TEMPERATURE and named.code != "°":
            return end + k, named
    letter = t.get(end)
    if letter not in {"C", "F"} or (t.glued(end + 1) and t.get(end + 1)[:1].isalnum()):
        return found  # "30° CW" is no scale
    scaled = units.SYMBOLS.get("°" + letter)
    return (end + 1, scaled) if scaled is not None else found


#: Adjectives of a duration between its number and its unit: "20 more years", "four straight
#: years", "five long months".
_DURATION_ADJECTIVES: Final = frozenset(
    "more straight consecutive successive full whole long additional extra further entire "
    "solid".split()
)


def _time_after_adjective(t: Tokens, j: int) -> tuple[int, Unit] | None:
    """A time unit after an adjective of duration at ``j`` ("20 more years"), in English."""
    if not t.english or t.low(j) not in _DURATION_ADJECTIVES:
        return None
    found = match_unit(t, j + 1, money=False)
    return found if found is not None and found[1].dimension == Dimension.TIME else None


def _is_scale(low: str) -> bool:
    return low in SCALE_WORDS or low in SCALE_ABBR or low in FOREIGN_SCALES


#: Words between a scale and its unit: "millones de dólares", "milliards d'euros", "milioni di
#: euro", "milhões de reais", "millions of dollars".
_SCALE_LINKS: Final = frozenset({"de", "di", "do", "da", "of", "van"})
_ELIDED_LINKS: Final = frozenset({"d", "l"})
_APOSTROPHES: Final = frozenset({"'", "’"})


def _unit_after_scale(t: Tokens, j: int) -> tuple[int, Unit] | None:
    """The unit after a scale and a link word or an abbreviation's dot.

    "14 millones de dólares", "3,2 milliards d'euros", "12 Mio. Euro", "1,2 Mrd. €".
    """
    if t.get(j) == "." and t.glued(j) and t.get(j - 1).isalpha():
        k: int | None = j + 1  # "Mio.", "Mrd.": the dot of the abbreviated scale
    else:
        k = _after_scale_link(t, j)
    return None if k is None else match_unit(t, k, money=False)


def _after_scale_link(t: Tokens, j: int) -> int | None:
    """The token after the link word at ``j`` after a scale ("de", "d'", "of"), if one is."""
    if t.low(j) in _SCALE_LINKS:
        return j + 1
    if t.low(j) in _ELIDED_LINKS and t.get(j + 1) in _APOSTROPHES and t.glued(j + 1):
        return j + 2
    return None


def _minor_unit(t: Tokens, r: _Reading) -> bool:
    """Reads "50 cents", "20p", "5-cent": hundredths of the currency the text is about."""
    end = r.end
    spaced = t.low(end) in units.MINOR_UNITS
    hyphened = (
        t.get(end) == "-"
        and t.glued(end)
        and t.low(end + 1) in units.MINOR_UNITS
        and t.glued(end + 1)
    )
    if not (spaced or hyphened):
        return False
    k = end + (1 if spaced else 2)
    if t.get(k - 1) == "C":
        return False  # "40C": Celsius as British papers write it; cents are "40c"
    word = t.low(k - 1)
    if word not in {"p", "c"} or t.glued(k - 1):
        r.unit = units.currency(currency_from_context(t, units.MINOR_UNITS[word]))
        r.end, r.minor = k, True
    return True


def _age_unit(t: Tokens, r: _Reading) -> None:
    """Reads "25 yo", "aged 25", "younger than 50", "under the age of 18": years of age.

    A range of ages too: "children ages 3 to 17", "aged 18-29", "aged between 18 and 34",
    "between the ages of 18 and 29".
    """
    after_age = False
    value = r.value if r.value is not None else r.high
    if r.num.plain and value is not None:
        before = (t.low(r.first - 2), t.low(r.first - 1))
        compared = before[0] in _AGE_COMPARATIVES and before[1] == "than"
        of_age = before[1] == "of" and before[0] in {"age", "ages"}  # "the ages of 18 and 29"
        written = (compared or of_age) and value <= _MAX_AGE
        # "aged between 18 and 34"
        after_age = (
            before[1] in _AGE_WORDS
            or written
            or (before == ("aged", "between") and r.low is not None)
        )
        if t.english and value <= _MAX_AGE and not after_age:
            after_age = _people_age(t, r, before)
    if not (t.low(r.end) in _YO or after_age):
        return
    r.unit = units.NAMES["years"]
    yo = t.low(r.end) in _YO
    r.end += 1 if yo else 0
    if t.low(r.first - 1) in _AGE_WORDS and not yo:
        r.first -= 1


def _people_age(t: Tokens, r: _Reading, before: tuple[str, str]) -> bool:
    """English ages of people without their unit.

    "45 and older", "65 or younger"; after people: "voters under 30", "those over 45",
    "blacks 30 to 44", "adults 65 and over".
    """
    after = (t.low(r.end), t.low(r.end + 1))
    if after[0] in {"and", "or"} and after[1] in {"older", "younger"}:
        return True
    if before[1] in {"under", "over"}:
        return before[0] in _PEOPLE
    if before[1] not in _PEOPLE:
        return False
    return r.low is not None or (after[0] == "and" and after[1] in {"over", "up"})


#: Languages that write the percent before the number: Turkish ("%15", "yüzde 20").
_PERCENT_BEFORE: Final = {"tr": frozenset({"%", "yüzde"})}


def _unit(t: Tokens, r: _Reading) -> None:
    r.unit = r.money[1] if r.money else None
    if r.unit is None and t.get(r.first - 1) in units.PREFIX_UNITS:
        r.first -= 1
        sym = t.get(r.first)
        r.unit = units.SYMBOLS.get(sym) or Unit(sym, Dimension.OTHER)
    elif (
        r.unit is None
        and t.lang in _PERCENT_BEFORE
        and t.low(r.first - 1) in _PERCENT_BEFORE[t.lang]
    ):
        r.first -= 1
        r.unit = units.SYMBOLS["%"]  # "yüzde 20", "%15"
    _times_ten(t, r)
    if r.unit is None and not _height(t, r):
        if not _unit_after(t, r) and not _minor_unit(t, r):
            _age_unit(t, r)
        _and_a_half(t, r)
        if r.unit is None and glued_unit(t, r.num, r.end):
            r.unit = Unit(t.lower[r.end], Dimension.OTHER)  # "30fps", "256kps"
            r.end += 1
    elif (
        r.money is not None
        and r.end < len(t)
        and (t.low(r.end) in SCALE_WORDS and r.scale is None and r.value is not None)
    ):  # "USD 75 million"
        r.scale = SCALE_WORDS[t.low(r.end)]
        r.value = r.value * r.scale
        r.end += 1


def _cents(t: Tokens, r: _Reading) -> None:
    """Reads "3 dollars 50 cents", "5 euros and twenty": the cents after a whole currency amount."""
    unit, value = r.unit, r.value
    if unit is None or unit.dimension != Dimension.CURRENCY or r.minor:
        return
    if value is None or r.scale is not None or value != value.to_integral_value():
        return
    k = r.end + (1 if t.low(r.end) == "and" else 0)
    cents = t.get(k)
    if cents.isdigit() and len(cents) <= 2:
        named = t.low(k + 1) in _MINOR_WORDS
        if named or (t.get(r.end - 1).isalpha() and t.get(k + 1) in _CLOSERS):
            r.value = value + Decimal(cents) / 100
            r.end = k + (2 if named else 1)
    elif t.low(k) in SMALL or t.low(k) in TENS:
        words = read_words(t, k)
        if words is None or words.value >= 100:
            return
        if t.low(words.end) in _CENT_WORDS or t.get(words.end) in _CLOSERS:
            r.value = value + words.value / 100
            r.end = words.end + (1 if t.low(words.end) in _CENT_WORDS else 0)


# --------------------------------------------------------------------------------------------
# Phase 5: a counted noun
# --------------------------------------------------------------------------------------------


#: Forms of "to be" before an Italian count whose noun follows its article: "sono 9 le
#: femmine", "erano 5 i feriti".
_ITALIAN_COPULA: Final = frozenset({"sono", "erano", "saranno", "furono", "siano", "sarebbero"})


def _italian_copula_count(t: Tokens, r: _Reading) -> bool:
    """An Italian count "sono (almeno) N" followed by the plural article of its noun."""
    if t.lang != "it" or t.low(r.end) not in {"i", "gli", "le"} or r.value is None:
        return False
    k = r.first - 1
    if t.low(k) in _APPROXIMATELY:
        k -= 1
    return t.low(k) in _ITALIAN_COPULA


#: German adjectives that count what their stem names, after a number and a hyphen ("ein
#: 6-poliger Stecker", "der 30-köpfige Chor", "ein 3-teiliges Set"): stem -> noun.
_GERMAN_COUNTING_STEMS: Final = {
    "köpfig": "Kopf", "polig": "Pol", "teilig": "Teil", "stufig": "Stufe", "malig": "Mal",
    "seitig": "Seite", "sitzig": "Sitz", "türig": "Tür", "stöckig": "Stock",
    "geschossig": "Geschoss", "spurig": "Spur", "gängig": "Gang", "bändig": "Band",
    "zimmrig": "Zimmer", "räumig": "Raum", "zylindrig": "Zylinder",
}  # fmt: skip


#: A German adjective's stem alone or with its inflection ("6-polig", "6-poligen").
_INFLECTED: Final = frozenset({"", *GERMAN_ADJECTIVE_ENDINGS})
#: German adjectives of a length of time that a number opens ("ein zweijähriger Junge", "die
#: dreitägige Konferenz", "der Zehnjährige"): stem -> unit code.
_GERMAN_TIME_STEMS: Final = {
    "jährig": "yr", "tägig": "d", "wöchig": "wk", "monatig": "mo", "stündig": "h", "minütig": "min",
}  # fmt: skip
#: Counting stems whose compound with a number word is an idiom: "einmalig" (unique),
#: "einseitig" (one-sided), "eingängig" (catchy).
_WORD_IDIOM_STEMS: Final = frozenset({"malig", "seitig", "gängig"})
_WORD_STEMS: Final = {
    **{s: noun for s, noun in _GERMAN_COUNTING_STEMS.items() if s not in _WORD_IDIOM_STEMS},
    **_GERMAN_TIME_STEMS,
}


@functools.cache
def german_word_compound() -> str:
    """The pattern of a German number word and such an adjective written as one word.

    German news writes the numbers up to twelve in words, and so their adjectives: "ein
    zehnköpfiges Team", "die dreiteilige Serie", "ein einjähriger Säugling" (the number word,
    the stem, an inflection). Built when a German text first comes.
    """
    return (
        r"(?P<num>" + word_alternation([*LANGUAGE_NUMBERS["de"], "ein"]) + r")"
        r"(?P<stem>" + word_alternation(_WORD_STEMS) + r")"
        r"(?:" + word_alternation(GERMAN_ADJECTIVE_ENDINGS) + r")?"
    )


@functools.cache
def _german_word_compound_token() -> re.Pattern[str]:
    return re.compile(german_word_compound())


def _german_word_compound(t: Tokens, i: int) -> tuple[Decimal, Unit | None, str | None] | None:
    """The number, unit or counted noun of a German number word and adjective in one word.

    "zehnköpfiges" counts ten heads, "dreiteiligen" three parts, "einjähriger" is one year.
    """
    low = t.lower[i]
    if t.lang != "de" or "ig" not in low[-4:]:
        return None
    found = _german_word_compound_token().fullmatch(low)
    if found is None:
        return None
    word, stem = found["num"], found["stem"]
    value = Decimal(1) if word == "ein" else LANGUAGE_NUMBERS["de"][word]
    code = _GERMAN_TIME_STEMS.get(stem)
    if code is not None:
        return value, units.unit_for(code), None
    return value, None, _WORD_STEMS[stem]


def _german_counting_adjective(t: Tokens, k: int) -> str | None:
    """The noun a German counting adjective names after a number and its hyphen ("6-poligen")."""
    if t.lang != "de" or t.get(k) not in {"-", "‐"} or not (t.glued(k) and t.glued(k + 1)):
        return None
    word = t.low(k + 1)
    for stem, noun in _GERMAN_COUNTING_STEMS.items():
        if word.startswith(stem) and word[len(stem) :] in _INFLECTED:
            return noun
    return None


def _german_compound_count(t: Tokens, k: int) -> str | None:
    """The noun a number counts as the first part of a German compound: "17-Punkte-Plan".

    German writes a counted noun into a compound with hyphens ("5-Sterne-Hotel",
    "3-Zimmer-Wohnung"): the part after the number is what is counted, the last part what the
    compound names.
    """
    hyphens = {"-", "‐"}
    if t.lang != "de" or t.get(k) not in hyphens or t.get(k + 2) not in hyphens:
        return None
    if not all(t.glued(i) for i in range(k, k + 4)):
        return None
    part, head = t.get(k + 1), t.get(k + 3)
    if not (part.isalpha() and part[:1].isupper() and len(part) >= 3 and head[:1].isupper()):
        return None
    return lemma(part, t.lang)


#: The links of a partitive in other languages: "vier von sechs Spielen", "dos de los cinco
#: autos", "dois dos cinco automóveis", "trois des dix villes", "due dei cinque giorni".
_PARTITIVE_LINKS: Final = {
    "de": (("von",),),
    "es": (("de", "los"), ("de", "las"), ("de",)),
    "pt": (("dos",), ("das",), ("de",)),
    "fr": (("des",), ("sur",)),
    "it": (("dei",), ("delle",), ("degli",), ("su",)),
}


def _foreign_partitive(t: Tokens, k: int) -> str | None:
    """The noun a count is taken from in another language: "vier von sechs Spielen" counts games."""
    for link in _PARTITIVE_LINKS.get(t.lang, ()):
        if tuple(t.lower[k : k + len(link)]) != link:
            continue
        j = k + len(link)
        if not (t.get(j)[:1].isdigit() or t.low(j) in _words_of(t)):
            continue
        found = foreign_noun(t, j + 1)
        return None if found is None else found[1]
    return None


#: The links of a partitive of a definite whole: "drei der besten Spieler", "tres de los
#: mejores jugadores", "trois des meilleurs joueurs", "tre dei migliori giocatori".
_OF_THE: Final = {
    "de": (("der",), ("von", "den")),
    "es": (("de", "los"), ("de", "las")),
    "pt": (("dos",), ("das",)),
    "fr": (("des",),),
    "it": (("dei",), ("degli",), ("delle",)),
}


#: Articles and elided articles that open a noun phrase: a number right after its noun is
#: the noun's label or rank, not a count.
_NOUN_OPENERS: Final = {
    "de": frozenset("der die das den dem des ein eine einen einem einer eines".split()),
    "fr": frozenset("le la les l ’ ' un une du".split()),
    "es": frozenset("el la los las un una del".split()),
    "it": frozenset("il lo la i gli le l ’ ' un una uno del".split()),
    "pt": frozenset("o a os as um uma do da".split()),
}
#: What may stand before a capitalised word that opens a sentence or a quotation.
_LABEL_FREE_BEFORE: Final = frozenset({"", ".", "!", "?", ":", "„", "“", '"', "(", "–", "—"})


def _partitive_of_the(t: Tokens, r: _Reading) -> str | None:
    """The noun a bare count is taken from, "of the" its plural: "3 der verrücktesten Sachen".

    In the languages of :data:`_OF_THE`, with adjectives before the noun; only after a whole
    count with no unit (a share of the whole, "30 Prozent der Menschen", counts nothing).
    """
    if r.unit is not None or r.value is None or r.value != r.value.to_integral_value():
        return None
    before = t.get(r.first - 1)
    if before[:1].isupper() and before.isalpha() and t.get(r.first - 2) not in _LABEL_FREE_BEFORE:
        return None  # a label: "die Nummer 3 der Welt", "Artikel 3 der Verfassung"
    if before.isalpha() and t.low(r.first - 2) in _NOUN_OPENERS.get(t.lang, ()):
        return None  # a noun's label or rank: "l'acte 8 des gilets jaunes", "un top 10 des"
    for link in _OF_THE.get(t.lang, ()):
        j = r.end + len(link)
        if tuple(t.lower[r.end : j]) != link or t.get(j)[:1].isdigit() or t.low(j) in _words_of(t):
            continue
        found = foreign_noun(t, j)
        return None if found is None else found[1]
    return None


#: The small "ka" Japanese writes between a number and 国 (countries): "60か国", "10ヶ国".
_KA: Final = frozenset({"か", "ヶ", "カ", "ケ", "箇"})


#: The Korean particles a counted noun may carry glued after it ("안타를", "명이"), longest first.
_KOREAN_PARTICLES: Final = tuple(
    sorted(
        "에서는 에서 으로는 으로 로는 로 에는 에도 에게 에 의 을 를 이 가 은 는 와 과 도 까지 "
        "부터 씩 이나 이다 였다 이며 이고".split(),
        key=len,
        reverse=True,
    )
)


def _korean_noun(word: str) -> str | None:
    """What a number counts that the Korean word glued to it names, its particle stripped.

    A counter is the counted noun ("15명", "3개"), as is any other noun glued to a number in
    Korean ("10안타를" counts hits); a label is none ("27일" a date, "1위" a rank).
    """
    if word in units.KOREAN_LABELS or word in _KOREAN_PARTICLES or word.endswith("째"):
        return None  # "1위" a rank, "3점째" an ordinal; "1이": the subject, naming nothing
    if word in units.KOREAN_COUNTERS:
        return word
    for particle in _KOREAN_PARTICLES:
        if word.endswith(particle) and len(word) > len(particle):
            word = word[: -len(particle)]
            break
    return None if word in units.KOREAN_LABELS else word


def _script_counter(t: Tokens, r: _Reading) -> bool:
    """A counter of Chinese, Japanese or Korean after the number; whether the script has one.

    The counter is what is counted ("15万人", "６０か国"); in Korean also a noun glued to the
    number ("10안타를" counts hits) or a counter spaced after a scale ("15만 명").
    """
    counter = t.get(r.end)
    if counter in units.CJK_COUNTERS and t.glued(r.end):
        r.end, r.noun = r.end + 1, counter  # "15万人"
    elif counter in _KA and t.get(r.end + 1) == "国" and t.glued(r.end) and t.glued(r.end + 1):
        r.end, r.noun = r.end + 2, "国"  # "６０か国", "10ヶ国": countries, by their counter
    elif t.lang != "ko":
        return False
    elif counter in units.KOREAN_COUNTERS and korean_spaced(t, r.end):
        r.end, r.noun = r.end + 1, counter  # "15만 명"
    elif is_hangul(counter) and t.glued(r.end):
        r.noun = _korean_noun(counter)  # "15명" counts 명, "10안타를" hits
        if r.noun is not None:
            r.end += 1
    else:
        return False
    return True


def _counted_noun(t: Tokens, r: _Reading) -> None:
    """Reads "8.8 million smartphones"; "300 people per km²" is a density.

    In another language than English, the word after the number by that language's casing
    ("45.000 Besucher").
    """
    if _script_counter(t, r):
        return
    if t.english:
        # (a unit after a qualifier is set on r, and no noun found: "20-odd years")
        found = noun_after(t, r.end, r.value) or _times(t, r) or _after_postfix(t, r)
        if found is not None and t.low(found[0]) == "count" and t.low(found[0] + 1) == "of":
            found = found[0] + 1, "count"  # "one misdemeanor count of battery"
    else:
        counted = _german_counting_adjective(t, r.end) or _german_compound_count(t, r.end)
        if counted is not None:
            r.end, r.noun = r.end + 2, counted  # "6-poligen" counts poles, "30-köpfige" heads
            return
        start = r.end
        if r.scale is not None and t.get(r.end) == "." and t.glued(r.end):
            start = r.end + 1  # "3,4 Mio. Menschen": after the abbreviation's dot
        elif r.scale is not None and t.lang != "de":
            # "dos millones de habitantes", "2 millions d'habitants": the noun after the link
            start = _after_scale_link(t, r.end) or r.end
        # A bare year before a verb is no count ("2019 wurden Besucher …"): no adjectives then.
        foreign = foreign_noun(t, start, adjectives=not is_year(r.num, t))
        if foreign is None and start == r.end and _italian_copula_count(t, r):
            # "Sono almeno 9 le femmine": Italian names what it counts after the article
            foreign = foreign_noun(t, r.end + 1)
        if foreign is None and start == r.end:
            whole = _foreign_partitive(t, r.end) or _partitive_of_the(t, r)
            if whole is not None:
                r.noun = whole  # "vier von sechs Aufeinandertreffen": the mention ends here
                return
        if foreign is not None and foreign[2] > r.end:
            # After adjectives or in a compound the head may be a unit ("fünf weitere Jahre",
            # "10 US-Dollar"), which the unit phase reads only right after the number.
            unit = match_unit(t, foreign[2], money=r.money is not None)
            if unit is not None and unit[0] == foreign[0]:
                r.end, r.unit = unit
                return
        found = None if foreign is None else foreign[:2]
    if found is None:
        return
    r.end, r.noun = found
    per = denominator(t, r.end)
    if per is not None:
        r.end, r.unit = per[0], Unit(f"{r.noun}/{per[1]}", Dimension.OTHER)


def _after_postfix(t: Tokens, r: _Reading) -> tuple[int, str] | None:
    """A unit or counted noun after a qualifier that follows the number.

    "200 or more employees", "30 or so pastors", "20-odd years": the qualifier stands between
    the number and what it counts. A unit is set on ``r``; a noun is returned.
    """
    after = postfix_phrase(t, r.end)
    if after is None:
        return None
    unit = match_unit(t, after[1], money=False)
    if unit is not None and unit[1].dimension != Dimension.CURRENCY:
        r.end, r.unit = unit
        r.postfix = after[0]
        return None
    found = noun_after(t, after[1], r.value)
    if found is not None:
        r.postfix = after[0]
    return found


#: What follows "N times" when it multiplies rather than counts: "three times as many", "ten
#: times the number", "five times more", "twice that".
_MULTIPLIED: Final = frozenset(
    "as more less the that this these those its his her their our what than over compared".split()
)


#: Adjectives between a count and the "times" it counts: "three separate times".
_TIMES_ADJECTIVES: Final = frozenset({"different", "separate", "other", "more", "previous"})


def _times(t: Tokens, r: _Reading) -> tuple[int, str] | None:
    """A frequency: "ran three times", "retweeted 3,200 times" count times (noun "time").

    A compound adjective counts times too ("a six-time All-Star"), and so does a count of
    "different" or "separate" times.

    Whole numbers only, and not a multiplier: "three times as many", "ten times the number",
    "five times higher", "3 times compared to", "5.5 to 6.5 times said diameter".
    """
    j = r.end
    whole = r.value is not None and r.value == r.value.to_integral_value()
    if not whole:
        return None
    if t.get(j) in {"-", "‐"} and t.glued(j) and t.low(j + 1) == "time" and t.glued(j + 1):
        return j + 2, "time"  # "a six-time All-Star": six times one
    if t.low(j) in _TIMES_ADJECTIVES and t.low(j + 1) == "times":
        j += 1  # "the nine different times Sanders has laid out a plan"
    if t.low(j) != "times" or t.glued(j):
        return None
    after = t.low(j + 1)
    if after in _MULTIPLIED or (after.endswith("er") and after.isalpha()):
        return None
    return j + 1, "time"


_SOMETHING: Final = frozenset({"something", "somethings"})


def _decade_of_life(t: Tokens, r: _Reading) -> bool:
    """An age by its decade: "a 40-something nominee", "20-somethings" are 40-49 and 20-29 years.

    Only whole tens from 20 to 90, in digits, glued to "-something" as English writes it; or a
    decade after a possessive ("in their 80s", :func:`age_decade`).
    """
    j = r.num.end
    if r.money is not None or r.low is not None or r.value is None:
        return False
    if age_decade(t, r.num):
        r.low, r.high, r.value = r.value, r.value + 9, None  # "in their 80s"
        r.unit, r.end = units.NAMES["years"], j + 1
        return True
    if not (
        r.num.plain
        and 20 <= r.value <= 90  # the decades of a grown-up life (before "%": a huge number
        and r.value % 10 == 0  # overflows the decimal context's division)
        and t.get(j) in {"-", "‐"}
        and t.low(j + 1) in _SOMETHING
        and t.glued(j)
        and t.glued(j + 1)
    ):
        return False
    r.low, r.high, r.value = r.value, r.value + 9, None
    r.unit, r.end = units.NAMES["years"], j + 2
    return True


_AGE_CLOSERS: Final = frozenset({",", ".", ";", ")", "–", "—", ""})
_PRONOUNS: Final = frozenset({"i", "he", "she", "they", "we", "you"})


def _age_after_name(t: Tokens, r: _Reading) -> None:
    """News ages: "Patrick Carlineo Jr., 55, …", "Webb, 51.", "since I was 17"."""
    if not r.num.plain or r.value is None or r.value > _MAX_AGE or r.money is not None:
        return
    name = t.get(r.first - 2)
    if name == "." and t.glued(r.first - 2):
        name = t.get(r.first - 3)  # "Patrick Carlineo Jr., 55,"
    person = name[:1].isupper() and name.isalpha()
    person = person or (t.english and name.lower() in _PERSON_NOUNS)  # "the star, 42, was"
    after_name = t.get(r.first - 1) == "," and person
    if t.get(r.first - 1) == "（" and t.get(r.end) == "）" and is_cjk(t.get(r.first - 2)[-1:]):
        r.unit = units.NAMES["years"]  # "与田祐希（19）": an age after a name in Japanese news
        return
    if _bracketed_age(t, r):
        r.unit = units.NAMES["years"]
        return
    closed = t.get(r.end) in _AGE_CLOSERS
    being = _person_is(t, r.first) and (
        closed or t.low(r.end) in _AGE_AFTER_BEING or t.get(r.end) == "("
    )
    if (after_name and closed) or being:
        r.unit = units.NAMES["years"]


#: Nouns of a person that a news writer gives an age after, set off by commas ("the former
#: star, 42, was voted off", "the driver, 19, was taken to hospital").
_PERSON_NOUNS: Final = frozenset(
    (
        "man woman boy girl child son daughter mother father wife husband brother sister "
        "grandmother grandfather grandson granddaughter driver passenger victim suspect officer "
        "teacher student resident player star actor actress singer rapper artist author writer "
        "director executive owner founder worker nurse doctor pilot soldier veteran mayor "
        "senator lawyer judge pastor priest coach model teen teenager toddler baby"
    ).split()
)


#: Languages whose press writes a person's age in brackets after the name: "Udo Wachtveitl
#: (62)" (German, Dutch, the Scandinavian languages); English brackets hold jersey numbers.
_BRACKET_AGE_LANGUAGES: Final = frozenset({"de", "nl", "da", "nb", "nn", "no", "sv"})
#: Articles and determiners that open a noun phrase in those languages.
_DETERMINERS: Final = frozenset(
    "der die das den dem des ein eine einen einem einer eines de het een det en ett".split()
)


def _bracketed_age(t: Tokens, r: _Reading) -> bool:
    """An age in brackets after a first name and a surname: "Mikael Ymer (23)"."""
    if t.lang not in _BRACKET_AGE_LANGUAGES or r.value is None or not 1 <= r.value <= _MAX_AGE:
        return False
    if t.get(r.first - 1) != "(" or t.get(r.end) != ")" or not t.glued(r.first):
        return False
    given, family = t.get(r.first - 3), t.get(r.first - 2)
    if given.lower() in _DETERMINERS:
        return False  # "Der Vorstand (5)": a noun with its article, not a name
    return all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in (given, family))


_BEING: Final = frozenset({"was", "is", "turned", "turns", "turn", "aged"})
_BEING_ADVERBS: Final = frozenset({"only", "just", "now", "barely", "nearly", "almost", "then"})
#: Words after "she was 17" that leave it an age: "at the time", "and", "when".
_AGE_AFTER_BEING: Final = frozenset({"at", "and", "when", "but", "in", "on"})
#: A named subject turning an age: "Bloomberg turned 74".
_TURNING: Final = frozenset({"turned", "turns"})


def _person_is(t: Tokens, first: int) -> bool:
    """A person being an age: "since I was 17", "who is 38 and", "when they turn 18"."""
    k = first - 1
    if t.low(k) in _BEING_ADVERBS:
        k -= 1  # "who was only 17 at the time"
    if t.low(k) in _TURNING and t.get(k - 1)[:1].isupper() and t.get(k - 1).isalpha():
        return True  # "Bloomberg turned 74 on Valentine's Day"
    if t.low(k) == "be" and t.low(k - 1) in {"will", "would"}:
        named = t.get(k - 2)[:1].isupper() and t.get(k - 2).isalpha()
        return named or t.low(k - 2) in _PRONOUNS  # "Justice Breyer will be 78, …"
    if t.low(k) in {"is", "was"} and _named_person(t, k - 1):
        return True  # "While Garland is 63, which means he has …"
    return t.low(k) in _BEING and (t.low(k - 1) in _PRONOUNS or t.low(k - 1) == "who")


#: Titles before a person's name: "Mr. Sanders", "Justice Breyer", "Sen. Warren".
_TITLES: Final = frozenset(
    "mr mrs ms dr sen rep gov justice judge president senator governor".split()
)
#: Pronouns that show the subject before "is 63" is a person (a state "is 29" electoral votes).
_PERSONAL: Final = frozenset({"he", "she", "his", "her", "him", "hers"})
_PERSON_REACH: Final = 16  # tokens after the age where the pronoun may stand
_SENTENCE_ENDS: Final = frozenset({".", "!", "?"})


def _named_person(t: Tokens, k: int) -> bool:
    """A surname at ``k`` that a title before it or a personal pronoun after it marks a person."""
    name = t.get(k)
    if not (len(name) > 1 and name[:1].isupper() and name[1:].islower() and name.isalpha()):
        return False
    title = k - 2 if t.get(k - 1) == "." else k - 1
    if t.low(title) in _TITLES:
        return True
    for j in range(k + 1, min(len(t), k + _PERSON_REACH)):
        if t.get(j) in _SENTENCE_ENDS:
            break
        if t.low(j) in _PERSONAL:
            return True
    return False


_PER_WORDS: Final = frozenset({"a", "an", "per", "each"})


def _per(t: Tokens, r: _Reading) -> None:
    """A rate: "$2,000 a month", "$61.10 per barrel", "$10-a-month", "500,000 barrels a day"."""
    if r.unit is None and r.noun is None:
        return
    k = r.end
    if t.get(k) in {"-", "‐"} and t.glued(k) and t.low(k + 1) in _PER_WORDS and t.glued(k + 1):
        k += 1  # "$10-a-month"
    if _period_rate(t, r, k) or _period_every(t, r, k) or _period_later(t, r, k):
        return
    money = r.unit is not None and r.unit.dimension == Dimension.CURRENCY
    if money and t.english and t.low(k) == "in":
        _rate_of_what(t, r, k)  # "$1 billion in trade each day"; "in" is no word of a rate
    slash = money and t.get(k) == "/"  # "$5/kg", "0,57 Ct/kWh", "30 Euro/Monat"
    if not slash and t.low(k) not in _PER_WORDS and t.low(k) not in LANGUAGE_PER.get(t.lang, ()):
        return
    j = k + 2 if t.get(k + 1) in {"-", "‐"} and t.glued(k + 2) else k + 1
    found = match_unit(t, j, money=False) or _per_head_and_period(t, j)
    base = r.unit.code if r.unit is not None else r.noun
    if r.unit is not None and r.unit.dimension == Dimension.RATIO:
        return  # "0.5% per year": the measure is the unit
    if found is not None and found[1].dimension == Dimension.TIME:
        den, end = found[1].code, found[0]
    elif found is not None and _per_unit(t, k, found[1]) and (slash or not t.english):
        # "5 Euro pro Kilogramm", "10 kg pro Quadratmeter", "$5/kg": a unit's code (English
        # money "per gallon" keeps the word, as English labels write it)
        den, end = found[1].code, found[0]
    elif (money and t.low(k) != "a") or (money and t.get(j).islower()):
        per_noun = _per_noun(t, j)
        if per_noun is None:
            return
        den, end = per_noun
    else:
        return
    dimension = Dimension.CURRENCY if money else Dimension.OTHER
    r.unit, r.end = Unit(f"{base}/{den}", dimension), end


def _period_every(t: Tokens, r: _Reading, k: int) -> bool:
    """A rate by a period after the words of ``LANGUAGE_EVERY`` at ``k``; whether one was read.

    "$5 every week", "500 Euro im Jahr", "7,99 Euro im Monat", "0,2 cuccioli ogni anno": money,
    a measure or a count per period. Not a point in time ("im Jahr 2020", "im Jahr zuvor"); a
    share keeps its unit.
    """
    unit = r.unit
    if (unit is not None and (unit.dimension == Dimension.RATIO or "/" in unit.code)) or (
        unit is None and r.noun is None
    ):
        return False
    for words in LANGUAGE_EVERY.get(t.lang or "en", ()):
        j = k + len(words)
        if tuple(t.lower[k:j]) != words:
            continue
        found = match_unit(t, j, money=False)
        if found is None or found[1].code not in _PERIOD_CODES or found[0] != j + 1:
            return False
        after = t.low(found[0])
        months = MONTH_NAMES.get(t.lang, MONTH_WORDS)
        if after[:1].isdigit() or after in _NOT_A_RATE_AFTER or after in months:
            return False  # "im Jahr 2020", "im Jahr zuvor", "im Monat März"
        period = found[1].code
        if unit is None:
            r.unit = Unit(f"{r.noun}/{period}", Dimension.OTHER)
        else:
            money = unit.dimension == Dimension.CURRENCY
            dimension = Dimension.CURRENCY if money else Dimension.OTHER
            r.unit = Unit(f"{unit.code}/{period}", dimension)
        r.end = found[0]
        return True
    return False


#: Conjunctions that join what a rate is per to its period: "pro Kopf und Jahr".
_AND: Final = frozenset({"and", "und", "et", "y", "e", "en", "i"})


def _per_head_and_period(t: Tokens, j: int) -> tuple[int, Unit] | None:
    """The period of a rate per head and period: "13 Tonnen pro Kopf und Jahr" is per year.

    The rate names whom it is per ("Kopf", "Person", "person") and then its period; the period
    is the unit a reader compares.
    """
    word = t.get(j)
    if not (word.isalpha() and len(word) > 2 and t.low(j + 1) in _AND):
        return None
    found = match_unit(t, j + 2, money=False)
    if found is None or found[1].code not in _PERIOD_CODES:
        return None
    return found


#: How many words may say what is measured between an amount and its period ("150 minutes of
#: physical activity per week"); the linking words among them, which are stop words.
_LATER_REACH: Final = 4
_LATER_LINKS: Final = frozenset({"of", "des", "der"})
#: Words after a period that make it a time, not a rate ("a year later").
_NOT_A_RATE: Final = frozenset({"later", "earlier", "ago", "before", "after", "from", "since"})
#: ... and German ones, after a period the words of ``LANGUAGE_EVERY`` open: "im Jahr zuvor",
#: "in der Woche vor der Wahl", "im Jahr des Herrn".
_NOT_A_RATE_AFTER: Final = _NOT_A_RATE | frozenset(
    "zuvor davor danach vorher nachher vor nach seit des der darauf".split()
)


def _period_later(t: Tokens, r: _Reading, k: int) -> bool:
    """A measure's period after the words that say what is measured; whether one was read.

    "150 minutes of physical activity per week", "200 Franken teurer pro Jahr", "20 Millionen
    Tonnen des natürlichen Wasserstoffs pro Jahr": the writer names the thing between the
    amount and "per". Only words may stand between (no number, no punctuation), and only a
    period makes the rate; a share keeps its unit. The mention stays the amount.
    """
    unit = r.unit
    # "two 45-day windows a year": after a compound the period rates the noun, not the days
    compound = t.get(r.end - 2) in {"-", "‐"} and t.glued(r.end - 2) and t.glued(r.end - 1)
    if unit is None or unit.dimension == Dimension.RATIO or "/" in unit.code or compound:
        return False
    german = t.lang == "de"
    per_words = LANGUAGE_PER.get(t.lang, ())
    for j in range(k, k + _LATER_REACH + 1):
        word, low = t.get(j), t.low(j)
        if j > k and (low in _PER_WORDS or low in per_words):
            found = match_unit(t, j + 1, money=False)
            # a period; in other languages also a unit ("80 Milligramm Stickoxide pro Kilometer")
            divides = found is not None and not t.english and _per_unit(t, j, found[1])
            if found is None or (found[1].code not in _PERIOD_CODES and not divides):
                return False
            if t.low(found[0]) in _NOT_A_RATE:
                return False  # "$5 million of debt a year later"
            dimension = (
                Dimension.CURRENCY if unit.dimension == Dimension.CURRENCY else Dimension.OTHER
            )
            r.unit = Unit(f"{unit.code}/{found[1].code}", dimension)
            return True
        lower = word.islower() and (low not in STOP or low in _LATER_LINKS)
        noun = german and word[:1].isupper() and word[1:].islower()
        if not (word.isalpha() and (lower or noun)):
            return False
    return False


_RATE_OF_WHAT_WORDS: Final = 3


def _rate_of_what(t: Tokens, r: _Reading, k: int) -> None:
    """Money "in" what it is spent or traded on, then its period: a rate per that period.

    "$1 billion in bilateral trade each day" is dollars a day; the mention stays the amount
    (the words between say what is measured).
    """
    if r.unit is None:
        return
    for j in range(k + 1, k + 2 + _RATE_OF_WHAT_WORDS):
        word = t.low(j)
        if word in _PER_WORDS and j > k + 1:
            found = match_unit(t, j + 1, money=False)
            if found is not None and found[1].dimension == Dimension.TIME:
                r.unit = Unit(f"{r.unit.code}/{found[1].code}", Dimension.CURRENCY)
            return
        if not (word.isalpha() and t.get(j).islower()) or word in STOP:
            return


def _per_noun(t: Tokens, j: int) -> tuple[str, int] | None:
    """The noun money is paid per, at ``j``: (the noun, the token after it), or None.

    "$5 per person", "3 Euro pro Person", "99 Cent pro Streaming-Leihfilm" (German writes the
    noun after "pro" capitalised and in the singular; a hyphened compound's head is its last
    part); never a currency ("59,3 Cents je Euro" is a ratio, not a price).
    """
    german = t.lang == "de"
    if german and t.get(j + 1) == "-" and t.glued(j + 1) and t.glued(j + 2):
        j += 2
    word = t.get(j)
    noun = word.islower() or (german and word[:1].isupper() and word[1:].islower())
    if not (word.isalpha() and noun and word not in STOP and len(word) > 2):
        return None
    per_money = match_unit(t, j, money=True)
    if per_money is not None and per_money[1].dimension == Dimension.CURRENCY:
        return None
    return (singular(word) if t.english else word), j + 1


def _per_unit(t: Tokens, k: int, unit: Unit) -> bool:
    """Whether ``unit``, after the word at ``k``, can divide: no currency, share or "a"/"an"."""
    other = unit.dimension not in {Dimension.CURRENCY, Dimension.RATIO}
    return other and t.low(k) not in {"a", "an"}


def _period_rate(t: Tokens, r: _Reading, k: int) -> bool:
    """A rate by a period word after the amount (at ``k``) or before it; whether one was read.

    After money: "$600 weekly", "28 Millionen Euro jährlich". Before money or a count: "a
    weekly $600", "jährlich rund 28 Millionen Euro", "pro Jahr über 500 Euro", "jährlich circa
    306.000 jungen Menschen".
    """
    money = r.unit is not None and r.unit.dimension == Dimension.CURRENCY
    period = _period_word(t, k)
    if period is not None and r.unit is not None and money:
        r.unit, r.end = Unit(f"{r.unit.code}/{period}", Dimension.CURRENCY), k + 1
        return True
    period = _period_before(t, r.first)
    if period is None:
        return False
    if r.unit is not None and money and "/" not in r.unit.code:
        r.unit = Unit(f"{r.unit.code}/{period}", Dimension.CURRENCY)
        return True
    if r.unit is None and r.noun is not None:
        r.unit = Unit(f"{r.noun}/{period}", Dimension.OTHER)
        return True
    return False  # a measure keeps its unit ("jährlich um 5 %")


#: Words of approximation or comparison between a period word and its amount ("jährlich rund
#: 28 Millionen Euro", "pro Jahr über 500 Euro", "um die 40'000").
_BETWEEN_PERIOD_AND_AMOUNT: Final = _APPROXIMATELY | frozenset(
    ". um die über mehr als bis zu over more than up to".split()
)
#: The periods "pro Jahr", "im Jahr", "per year" may name before an amount, by unit code.
_PERIOD_CODES: Final = frozenset({"yr", "mo", "wk", "d"})


def _period_before(t: Tokens, first: int) -> str | None:
    """The period written before an amount: "a weekly $600", "jährlich rund 28 Millionen Euro".

    A period adverb or adjective ("jährlich", "weekly"), or "pro Jahr", "im Jahr", "per year",
    right before the amount or before its qualifier, in the amount's clause.
    """
    k = first - 1
    for _ in range(3):
        if t.low(k) not in _BETWEEN_PERIOD_AND_AMOUNT:
            break
        k -= 1
    if k < 0 or (k == first - 1 and t.glued(first)):
        return None
    period = _period_word(t, k)
    if period is not None:
        return period
    named = units.NAMES.get(t.low(k)) if t.low(k - 1) in {"pro", "im", "per", "je"} else None
    return named.code if named is not None and named.code in _PERIOD_CODES else None


def _period_word(t: Tokens, k: int) -> str | None:
    """The period of an adverb or adjective of time at token ``k`` ("weekly", "jährlich")."""
    low = t.low(k)
    if t.glued(k) or not low.isalpha():
        return None
    return PERIOD_WORDS["en"].get(low) or PERIOD_WORDS.get(t.lang, {}).get(low)


def _bare_one(t: Tokens, r: _Reading) -> bool:
    """Reads "one of the", "a": a word 0 or 1 alone is not a fact ("zero" is)."""
    if r.unit is not None or r.noun is not None or not r.num.words or r.scale is not None:
        return False
    if r.value is None or r.value not in {0, 1}:
        return False
    zero = r.value == 0 and t.low(r.num.start) in ZERO_WORDS and not t.glued(r.num.end)
    return not zero


# --------------------------------------------------------------------------------------------
# Phase 6: the quantity with its modifiers
# --------------------------------------------------------------------------------------------


def _quantity(t: Tokens, r: _Reading, offset: int, periods: PeriodIndex) -> Quantity:
    value, low, high, scale = r.value, r.low, r.high, r.scale
    if r.minor:
        value = value * _HUNDREDTH if value is not None else None
        low = low * _HUNDREDTH if low is not None else None
        high = high * _HUNDREDTH if high is not None else None
        scale = _HUNDREDTH
    qualifier, _ = qualifier_before(t, r.first)
    if qualifier is None:
        qualifier = r.postfix or postfix_qualifier(t, r.end)
    a, b = t.starts[r.first], t.ends[r.end - 1]
    span = Span(offset + a, offset + b)
    return Quantity(
        span=span,
        text=t.text[a:b],
        value=value,
        low=low,
        high=high,
        scale=scale,
        unit=r.unit,
        noun=r.noun,
        qualifier=qualifier,
        change=change_of(t, r.first),
        measured=measured_of(t, r.first, r.end, r.unit),
        period=periods.attach(t, span, offset),
    )


#: Prepositions that put an earlier century's year in English prose: "started in 1789,".
_YEAR_PREPOSITIONS: Final = frozenset(
    "in of since from until till by before after around circa".split()
)


#: Words before a year with money after it that keep it a year: the year of the money ("in
#: 2012 dollars"), a word of time ("since 2019", "seit 2019").
_YEAR_MONEY_CUES: Final = frozenset(
    "in constant real nominal current inflation-adjusted ( since until before after "
    "seit bis ab im vor nach".split()
)


def _year_alone(t: Tokens, r: _Reading) -> bool:
    """A bare year ("in 2012"), not one with a unit after it ("2012 km").

    An English year before 1800 is read only after a preposition ("of" after a name) and
    before punctuation ("the Constitution of 1780.", "started in 1789,"): English writes
    counts of a thousand and more with a comma.
    """
    if r.value is None or r.money is not None:
        return False
    if not is_year(r.num, t):
        tok = t.get(r.num.start)
        old = (
            t.english
            and r.num.plain
            and len(tok) == _YEAR_DIGITS
            and _FIRST_YEAR <= r.value < _MODERN_YEARS
            and r.end == r.num.end
            and t.low(r.first - 1) in _YEAR_PREPOSITIONS
            # "of" only after a name: "the Treaty of 1648", not "a total of 1500"
            and (t.low(r.first - 1) != "of" or t.get(r.first - 2)[:1].isupper())
            and not t.get(r.end)[:1].isalnum()
        )
        if not old:
            return False
    peek = match_unit(t, r.end, money=False)
    if peek is None:
        return True
    if peek[1].dimension != Dimension.CURRENCY:
        return False
    # Money after a year is a price: "paid 2000 dollars", "für 1999 Euro". Not so a year's
    # money in economics, "in 2012 dollars", a year after a word of time, "seit 2019", nor a
    # compound, "2019 Euro-Mitglied".
    compound = t.get(peek[0]) in {"-", "‐"} and t.glued(peek[0])
    return compound or t.low(r.first - 1) in _YEAR_MONEY_CUES


def _read(t: Tokens, i: int, last_end: int) -> tuple[_Reading | None, int]:
    """Phases 1-5 at token ``i``: the reading, or None and the token to go on from."""
    phone = phone_run(t, i)
    r = _number_at(t, i, last_end) if phone < 0 else None
    if r is None:
        return None, max(phone, i + 1)  # no number, or a phone number "+49 (0)40 890 85-433"
    _leading_dot(t, r, i)
    _extend(t, r)
    _plus_scale(t, r)
    _sign(t, r, i)
    if not_a_fact(t, r.num, r.first) or in_name(t, r.num, r.first):
        return None, _partner_end(t, r.num.end, i)
    r.num = ratio(t, r.num)
    r.settle()
    _range(t, r)
    _article_one_before(t, r, last_end)
    if r.rejected or _hyphenated_tally(t, r):
        return None, r.end
    if _year_alone(t, r):
        return None, r.end  # a year is a period, not a fact
    # "5e place", "18ma partita", "1º": an ordinal's ending, read before any unit ("ma")
    ordinal = r.end == r.num.end and t.glued(r.end) and ordinal_ending(t.get(r.end), t.lang)
    compound = _german_word_compound(t, i) if t.lang == "de" and r.end == i + 1 else None
    if compound is not None:
        _, r.unit, r.noun = compound  # "zweijährige" is two years, "zehnköpfiges" ten heads
    elif not ordinal and not _decade_of_life(t, r):
        _unit(t, r)
        _cents(t, r)
    label = _label_end(t, r, ordinal=ordinal)
    if label is not None:
        return None, label
    if r.unit is None and r.noun is None:
        _counted_noun(t, r)
        _time_head(t, r)
    if r.noun == "point" and t.english:
        _points_between_shares(t, r)
    if r.unit is None and r.noun is None:
        _tally_partner(t, r)
    if r.unit is None and r.noun is None:
        _age_after_name(t, r)
    _per(t, r)
    kept = _kept(t, r)  # may read on over a noun phrase: r.end after it
    # "24 heures sur 24", "7 jours sur 7": the second number says "always", no amount
    return kept, r.end + 2 if _around_the_clock(t, r) else r.end


def _label_end(t: Tokens, r: _Reading, *, ordinal: bool) -> int | None:
    """Where a label or an ordinal written after the number ends, if one is.

    "4G", "3D", "5th", "2nd"; a hyphened "D": "3-D printing", "2-D images".
    """
    bare = r.unit is None and r.end == r.num.end
    if ordinal or (bare and t.glued(r.end) and label_suffix(t.get(r.end))):
        return r.end + 1
    j = r.end
    if bare and t.get(j) in {"-", "‐"} and t.get(j + 1) == "D" and t.glued(j) and t.glued(j + 1):
        return j + 2
    return None


def _around_the_clock(t: Tokens, r: _Reading) -> bool:
    """The "sur 24" of French "24 heures sur 24", "7 jours sur 7": always, no amount."""
    return (
        r.num.plain
        and r.end > r.num.end
        and t.low(r.end) == "sur"
        and t.get(r.end + 1) == t.get(r.num.start)
    )


def _kept(t: Tokens, r: _Reading) -> _Reading | None:
    """The reading unless it names or labels; a kept bare count gets its noun phrase's head.

    A bare "one" is the article unless a word before it makes it a count ("only one", "at
    least one") or the sentence counts the same noun again ("six stores in Brooklyn and one
    store in Everett"); then it counts the head of the noun phrase after it ("only one
    Democratic co-sponsor", "just one of the 168 members"), and without one it stays out.
    """
    if _is_name(t, r):
        cued = _cued_one(t, r)
        one = r.unit is None and r.value == 1 and t.low(r.num.start) == "one" and r.num.words
        if one:  # an idiom ("at one point", "one of the two parties") is never contrasted
            one = t.low(r.first - 1) not in _ONE_IDIOM_BEFORE
            one = one and t.low(r.num.end) not in _ONE_IDIOM_AFTER
        if not (t.english and (cued or one)):
            return None
        if r.noun is None:
            _phrase_noun(t, r)
        if r.noun is None or not (cued or _counted_again(t, r, r.noun)):
            return None
        return r
    if t.english and r.unit is None and r.noun is None and r.value is not None:
        _phrase_noun(t, r)  # English noun phrases
        _time_head(t, r)
    return r


#: Words around "one" in idioms that no second count makes a count: "at one point", "no one",
#: "one of the two parties", "one day", "one way or another".
_ONE_IDIOM_BEFORE: Final = frozenset("at no the any every each this that which".split())
_ONE_IDIOM_AFTER: Final = frozenset("of another other day time way".split())
#: How far after another number the noun it counts may stand ("seven or eight congressional
#: investigations").
_COUNT_REACH: Final = 4


_PERCENT_WORDS: Final = frozenset({"%", "percent"})


def _sentence_tokens(t: Tokens, r: _Reading) -> range:
    """The tokens of the sentence that holds the reading."""
    start = t.cues.sentence_start(t.starts[r.first])
    end = t.cues.sentence_end(t.ends[r.end - 1])
    return range(bisect.bisect_left(t.starts, start), bisect.bisect_left(t.starts, end))


def _points_between_shares(t: Tokens, r: _Reading) -> None:
    """Points that two shares in the sentence differ by are percentage points.

    "leading Trump by 15 points among likely voters, 52 percent to 37 percent": a lead in
    points between two shares is their difference, which the sentence shows.
    """
    if r.value is None:
        return
    shares = [
        Decimal(t.words[k])
        for k in _sentence_tokens(t, r)
        if t.low(k + 1) in _PERCENT_WORDS and t.words[k].replace(".", "", 1).isdigit()
    ]
    if any(a - b == r.value for a in shares for b in shares):
        r.noun, r.unit = None, units.NAMES["percentage points"]


def _counted_again(t: Tokens, r: _Reading, noun: str) -> bool:
    """Whether another number in the sentence counts ``noun`` in the plural.

    "one independent investigation, … seven or eight congressional investigations", "one vote
    for Rubio, 13 for Cruz, and 36 votes": "one" contrasts with another count of the same thing.
    """
    head = noun.rsplit(" ", 1)[-1]
    for k in _sentence_tokens(t, r):
        if r.first <= k < r.end:
            continue
        word = t.words[k]
        low = word.lower()
        if not (word.replace(",", "").isdigit() or low in SMALL or low in TENS):
            continue
        for j in range(k + 1, k + 1 + _COUNT_REACH):
            other = t.low(j)
            if looks_plural(other) and singular(other) == head:
                return True
            numeral = other.isdigit() or other in SMALL or other in TENS or other in {"or", "to"}
            if not (numeral or (other.isalpha() and other not in STOP)):
                break  # "$599 and the other costs $649": the count's phrase has ended
    return False


def _cued_one(t: Tokens, r: _Reading) -> bool:
    """A bare word "one" after a word that makes it a count (:data:`ONE_CUES`)."""
    bare = r.unit is None and r.noun is None and r.value == 1 and r.num.words
    return bare and t.low(r.num.start) == "one" and t.low(r.first - 1) in ONE_CUES


def _time_head(t: Tokens, r: _Reading) -> None:
    """A counted "noun" after modifiers that names a time unit is that unit.

    "three consecutive days" and "two full weeks" are durations in days and weeks.
    """
    if r.noun is None or r.unit is not None or not t.english or r.end < 1:
        return
    unit = units.NAMES.get(t.low(r.end - 1))
    if unit is not None and unit.dimension == Dimension.TIME:
        r.unit, r.noun = unit, None


_MODEL_LIKE: Final = (100, 10000)


def _phrase_noun(t: Tokens, r: _Reading) -> None:
    """The head of a longer noun phrase after a count kept as a bare number ("24 older adults").

    Read after the name and idiom filters, so that it only names what a count counts and never
    turns a label or an idiom into a fact.
    """
    # "a 6-member delegation", "an 8,000-word article"; not "6.0-sigma"
    grouped = _GROUPED.fullmatch(t.get(r.num.start)) is not None
    whole = r.value is not None and (r.num.plain or grouped)
    # "737 MAX jets": a plain three- or four-digit number may be a model's, "16 GOP candidates"
    model_like = r.num.plain and r.value is not None and _MODEL_LIKE[0] <= r.value < _MODEL_LIKE[1]
    # after a count in digits no model's could be ("4 Super Tuesday states", "1,300 Clinton
    # emails"), a capitalised modifier is read as after words; not after a heading's or a list's
    # number ("2.4 Sex differences", "1 Intelligent Systems" opening a line)
    in_ratio = t.low(r.num.end - 2) == "in"  # "6 in 10 New York Democratic voters"
    capitals = r.num.words or (
        not model_like
        and r.num.scale is None
        and (r.num.value == r.num.value.to_integral_value() or in_ratio)
        and not t.get(r.num.start - 1)[:1].isupper()
        and not _opens_line(t, r.num.start)
    )
    share = r.value is not None and 0 < r.value < 1  # "a third of voters", "half of them"
    found = noun_phrase(
        t, r.end, words=capitals, whole=whole or r.num.words, proper=not model_like, share=share
    )
    if found is not None:
        r.end, r.noun = found


#: A whole number with its thousands grouped by commas, as English writes it ("8,000").
_GROUPED: Final = compile_later(r"\d{1,3}(?:,\d{3})+")


def _opens_line(t: Tokens, i: int) -> bool:
    """Whether token ``i`` opens the text, a line or a sentence (where headings number)."""
    return t.newline_before(i) or t.get(i - 1) in {".", ":", "!", "?"}


def _partner_end(t: Tokens, end: int, i: int) -> int:
    """Where to go on after a number that is no fact: past its range partner ("Oct. 18–21")."""
    if t.get(end) in _DASHES and t.glued(end) and t.glued(end + 1) and t.get(end + 1).isdigit():
        return end + 2
    return max(end, i + 1)


def _is_name(t: Tokens, r: _Reading) -> bool:
    """Numbers that name or label rather than count.

    "Lumia 920", "(19)", "[6]", "the Three Amigos", "9to5Mac", "one day", "the two were"; a
    bare "one"/"a".
    """
    bare = r.unit is None and r.noun is None and r.scale is None and r.value is not None
    if bare and (
        model_name(t, r.num, r.first)
        or _bracketed(t, r)
        or crossed_size(t, r.num, r.first)
        or _note_after_quote(t, r)
    ):
        return True
    titled = t.english and (_numbered_book(t, r) or _titled_time(t, r))
    if titled or _classifying_compound(t, r) or (r.unit is None and _ranked_top(t, r)):
        return True
    time = r.unit is not None and r.unit.dimension == Dimension.TIME
    counted = r.noun is not None or time
    ranged = r.high is not None  # "one to three days", "one or two ideas": "one" counts
    if (r.unit is None or time) and not ranged and word_idiom(t, r.num, r.first, counted=counted):
        return True  # "one place we hadn't seen", "one day", "the two were"
    if resolution(t, r.num, r.end, money=r.money is not None):
        return True
    if t.get(r.end - 1) not in {"%", "％"} and identifier(t, r.num, r.end):
        return True
    return _bare_one(t, r) or _year_span(t, r)


#: The earliest and latest years a span of years may name ("Zwischen 1518 und 1803").
_FIRST_YEAR: Final = 1000
_LAST_YEAR: Final = 2100
_MODERN_YEARS: Final = 1800  # where a lone four-digit number reads as a year (``is_year``)
_YEAR_DIGITS: Final = 4


def _year_span(t: Tokens, r: _Reading) -> bool:
    """A bare range of two four-digit numbers whose upper bound is a year: a span of years."""
    if r.low is None or r.high is None or r.unit is not None or r.noun is not None:
        return False
    if not r.num.plain or r.money is not None or r.scale is not None:
        return False
    last = t.get(r.end - 1)
    if not (last.isdigit() and len(last) == len(t.get(r.num.start)) == _YEAR_DIGITS):
        return False
    return _FIRST_YEAR <= r.low < r.high <= _LAST_YEAR and r.high >= _MODERN_YEARS


#: Second parts of compounds that classify rather than count: a rating ("a five-star hotel", "a
#: four-star general"), a vehicle's type ("two-wheeler traffic").
_CLASSIFIERS: Final = frozenset({"star", "wheeler", "wheelers"})
#: Compounds that name a concept with their noun: "a two-way street", "the two-party system",
#: "a two-state solution" (a "three-way primary" counts its candidates).
_NAMED_COMPOUNDS: Final = frozenset({("way", "street"), ("party", "system"), ("state", "solution")})


def _classifying_compound(t: Tokens, r: _Reading) -> bool:
    """A number in a compound that classifies or names: "four-star", "two-way street", "3-in-1"."""
    j = r.num.end
    if not (t.get(j) in {"-", "‐"} and t.glued(j) and t.glued(j + 1)):
        return False
    part = t.low(j + 1)
    if t.lower[j + 1 : j + 4] == ("in", "-", "1"):
        return True  # "a 3-in-1 charging pad": a product's kind
    return part in _CLASSIFIERS or (part, t.low(j + 2)) in _NAMED_COMPOUNDS


#: The books of the Bible numbered before their name: "2 Timothy 3:1-5", "1 Corinthians".
_NUMBERED_BOOKS: Final = frozenset(
    "Chronicles Corinthians Thessalonians Timothy Esdras Maccabees".split()
)
_TIME_CODES: Final = frozenset({"h", "min", "d", "wk", "mo", "yr", "s"})
_ENGLISH_TIMES: Final = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years".split()
)
_RUNNING_WORDS: Final = 2  # lower-case words among the four after a title in running text


def _numbered_book(t: Tokens, r: _Reading) -> bool:
    """A book of the Bible: "we're warned in 2 Timothy that …"."""
    return r.num.plain and r.value in {1, 2, 3} and t.get(r.num.end) in _NUMBERED_BOOKS


def _titled_time(t: Tokens, r: _Reading) -> bool:
    """A title that names a time, capitalised in running text.

    "CBS' 60 Minutes last week", "Zuckoff's 13 Hours book, now made into a movie"; a headline
    in title case capitalises any unit ("Rescued After 13 Hours In The Snow").
    """
    if r.unit is None or r.unit.code not in _TIME_CODES or r.end != r.num.end + 1:
        return False
    word = t.get(r.num.end)
    if not (word[:1].isupper() and word[1:].islower() and word.lower() in _ENGLISH_TIMES):
        return False  # (German capitalises every unit: "4 Wochen kostenlos testen")
    after = [t.get(k) for k in range(r.end, r.end + 4) if t.get(k).isalpha()]
    return sum(w.islower() for w in after) >= _RUNNING_WORDS


_RELATIVES: Final = frozenset({"that", "which", "who", "whose"})


def _ranked_top(t: Tokens, r: _Reading) -> bool:
    """A rank's cut-off, "top 10", that counts nothing: a list's name or a place in it.

    "ranked in America's top 10 that …", "pipping United to the top four.", "a top-two
    Washington race"; a count of the top ("the top 10 finishers", "the top 10 elite males",
    "the top ten of each age group") counts, and a share of the top ("the top 10 percent",
    "the top half of earners") has its unit or is a share.
    """
    k = r.first - 1
    if t.get(k) in {"-", "‐"} and t.glued(r.first):
        k -= 1
    if t.low(k) != "top" or r.noun is not None or r.value is None or r.value < 1:
        return False
    after = t.get(r.end)  # a word in lower case may begin what the top counts ("elite males")
    return not (after.isalpha() and after.islower()) or after in _RELATIVES


#: The marks a note's number may be glued after, closing a quotation ("…"1, „…“1, «…»1).
_NOTE_QUOTES: Final = frozenset({'"', "”", "“", "»", "«"})
_MAX_NOTE: Final = 999


def _note_after_quote(t: Tokens, r: _Reading) -> bool:
    """A note's number glued to a closing quotation mark: "Identifikation"1, "… nutzen."1.

    The mark closes the quotation when it is glued to the word before it; an opening mark
    before an amount ("1 Million" in quotes) stands after a space.
    """
    mark = r.first - 1
    return (
        r.num.plain
        and r.money is None
        and r.value is not None
        and r.value <= _MAX_NOTE
        and t.get(mark) in _NOTE_QUOTES
        and t.glued(mark)
        and t.glued(r.first)
        and (t.get(mark - 1)[-1:].isalpha() or t.get(mark - 1) in {".", "!", "?", "…"})
    )


def _bracketed(t: Tokens, r: _Reading) -> bool:
    """A bare whole number alone in brackets: citations "(19)", "[6]", jersey numbers "(23)"."""
    if not r.num.plain or r.money is not None:
        return False
    pair = {"(": ")", "[": "]"}.get(t.get(r.first - 1))
    return pair is not None and t.get(r.end) == pair


def read_at(
    t: Tokens, i: int, *, last_end: int, offset: int, periods: PeriodIndex
) -> tuple[Quantity | None, int]:
    """Read a quantity starting at token ``i``: (the quantity or None, next token index)."""
    if not _can_start(t, i) or i < last_end:
        return None, i + 1
    r, nxt = _read(t, i, last_end)
    if r is None:
        return None, nxt
    return _quantity(t, r, offset, periods), nxt
