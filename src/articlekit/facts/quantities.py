"""Numeric facts: values, scales, ranges, units or counted nouns, qualifiers, changes and periods.

:func:`find_quantities` reads one piece of text (a headline, a paragraph, a comment body) and
returns every numeric fact in it. :func:`parse_quantity` reads a single mention
(``parse_quantity("$20.5 billion")``). :class:`QuantityExtractor` is the pipeline step: it runs
over the headline, the body paragraphs and the comment bodies, and resolves relative periods
("last trimester") against the article's dominant period or the source's reference time.

How a mention is read, in order (each rule is local, so results never depend on a global table):

1. The text is tokenised once (numbers, words, single symbols, each with its offsets and whether
   it is glued to the token before).
2. At each number (digits like ``10,000``/``8.8``/``1.234,5``, or number words like "two
   hundred", "half a million") the reader takes an optional money prefix (``$``, ``US$``,
   ``Rs``, ``USD``), the scale (``million``, ``bn``, ``k``, ``lakh``; a glued ``m`` is million
   after money and metres otherwise), an optional second bound ("55-63 million", "between 2 and
   4", "from $1 to $2 billion"; the scale of the upper bound applies to a bare lower bound) and
   then what follows: a percent sign or "percentage points", a money name or code ("euros",
   "USD"), a physical unit ("km", "miles per hour", "°C"), else a counted noun in singular form
   ("8.8 million smartphones" → ``smartphone``).
3. Numbers that are not facts are dropped by their context: years (periods, see
   :mod:`._periods`), dates and times, list markers ("1. Samsung …", "2: Apple"), model and
   product names ("Lumia 920", "Galaxy S3", "XE-5", "sgs 3"), phone numbers, and profile data
   ("Posts: 973").
4. The words before a mention give its qualifier ("about", "more than", "up to"…), the verbs of its
   clause its change ("fell", "narrowed", "slash"), and its clause what is measured ("losses",
   "total revenue"); the nearest period mention of its sentence gives its period.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Final

import attrs

from articlekit.errors import InputError
from articlekit.facts import _numwords as numwords
from articlekit.facts import _units as units
from articlekit.facts._periods import Anchor, dominant_period, find_periods
from articlekit.model import (
    Change,
    Dimension,
    Document,
    Period,
    Qualifier,
    Quantity,
    Span,
    Unit,
    UnitMention,
)

__all__ = ["QuantityExtractor", "find_quantities", "find_unit_mentions", "parse_quantity"]

# --------------------------------------------------------------------------------------------
# Tokens
# --------------------------------------------------------------------------------------------

_TOKEN: Final = re.compile(
    r"\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?:[.,]\d+)?(?!\d|[.,]\d|[\u00a0\u202f\u2009 ]\d)"
    r"|\d+(?:[.,]\d+)*|[^\W\d_]+|\S"
)
_SPACES: Final = re.compile(r"[\u00a0\u202f\u2009 ]")
_HAS_NUMBER: Final = re.compile(
    r"\d|[½¼¾⅓⅔⅛⅜⅝⅞]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|quarter|zero|nought"
    r"|naught|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+ieth|hundredth|thousandth"
    r"|millionth|billionth|trillionth)s?\b",
    re.IGNORECASE,
)


@attrs.frozen
class _Tokens:
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    words: tuple[str, ...]
    lower: tuple[str, ...]

    @classmethod
    def of(cls, text: str) -> _Tokens:
        starts, ends, words = [], [], []
        for m in _TOKEN.finditer(text):
            starts.append(m.start())
            ends.append(m.end())
            words.append(m.group())
        return cls(text, tuple(starts), tuple(ends), tuple(words), tuple(w.lower() for w in words))

    def __len__(self) -> int:
        return len(self.words)

    def glued(self, i: int) -> bool:
        """Whether token ``i`` touches the token before it."""
        return 0 < i < len(self.words) and self.starts[i] == self.ends[i - 1]

    def newline_before(self, i: int) -> bool:
        start = self.ends[i - 1] if i > 0 else 0
        return i == 0 or "\n" in self.text[start : self.starts[i]]

    def get(self, i: int) -> str:
        return self.words[i] if 0 <= i < len(self.words) else ""

    def low(self, i: int) -> str:
        return self.lower[i] if 0 <= i < len(self.lower) else ""


def _is_num(tok: str) -> bool:
    return tok[:1].isdigit()


# --------------------------------------------------------------------------------------------
# Lexicon
# --------------------------------------------------------------------------------------------

_SMALL: Final = numwords.SMALL
_TENS: Final = numwords.TENS
#: Scale words in the singular and the plural ("lakhs", "millions" of users).
_SCALE_WORDS: Final = numwords.SCALES | {w + "s": v for w, v in numwords.SCALES.items()}
#: Abbreviated scales: always a scale, glued or spaced ("$5bn", "€3 mn").
_SCALE_ABBR: Final = {
    "bn": Decimal(10) ** 9,
    "bln": Decimal(10) ** 9,
    "mn": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,
    "mio": Decimal(10) ** 6,
    "tn": Decimal(10) ** 12,
    "trn": Decimal(10) ** 12,
    "tln": Decimal(10) ** 12,
    "mm": Decimal(10) ** 6,
    "b": Decimal(10) ** 9,
    "k": Decimal(1000),
}

_QUALIFIERS: Final[tuple[tuple[tuple[str, ...], Qualifier], ...]] = tuple(
    (tuple(phrase.split()), q)
    for q, phrases in (
        (
            Qualifier.AT_LEAST,
            (
                "greater than or equal to",
                "more than or equal to",
                "larger than or equal to",
                "bigger than or equal to",
                "higher than or equal to",
                "at least or equal to",
                "greater or equal to",
                "greater or equal than",
                "higher or equal than",
                "bigger or equal than",
                ">=",
                "≥",
                "at least",
                "no less than",
                "no fewer than",
                "a minimum of",
                "minimum of",
                "not less than",
            ),
        ),
        (
            Qualifier.AT_MOST,
            (
                "less than or equal to",
                "fewer than or equal to",
                "smaller than or equal to",
                "lower than or equal to",
                "less or equal to",
                "less or equal than",
                "smaller or equal than",
                "lower or equal than",
                "<=",
                "≤",
                "at most",
                "no more than",
                "a maximum of",
                "maximum of",
                "not more than",
            ),
        ),
        (Qualifier.UP_TO, ("up to", "as many as", "as much as", "as high as", "as little as")),
        (
            Qualifier.MORE_THAN,
            (
                "more than",
                "greater than",
                "in excess of",
                "upwards of",
                "over",
                "above",
                "exceeding",
                "exceed",
                "exceeds",
                "beyond",
                "higher than",
                "larger than",
                "bigger than",
                "surpass",
                "surpassing",
                "surpasses",
                ">",
            ),
        ),
        (
            Qualifier.LESS_THAN,
            ("less than", "fewer than", "under", "below", "lower than", "smaller than", "<"),
        ),
        (
            Qualifier.NEARLY,
            ("nearly", "almost", "close to", "just under", "just shy of", "not quite"),
        ),
        (
            Qualifier.ABOUT,
            (
                "about",
                "around",
                "approximately",
                "approx",
                "roughly",
                "some",
                "circa",
                "ca",
                "an estimated",
                "estimated",
                "~",
                "≈",
                "some",
                "an approximate",
                "or so",
            ),
        ),
    )
    for phrase in phrases
)

_DECREASE: Final = frozenset(
    (
        "fell fall falls falling dropped drop drops dropping declined decline declines "
        "declining decreased decrease decreases decreasing narrowed narrow narrows narrowing "
        "slashed slash slashes slashing cut cuts cutting shrank shrink shrinks shrinking lost "
        "lose loses losing slumped slump slumps plunged plunge plunges tumbled tumble tumbles "
        "sank sink sinks reduced reduce reduces reducing lowered lower lowers eliminated "
        "eliminate eliminating trimmed trim trims down slid slide slides dipped dip dips "
        "retreated shed sheds shedding contracted contraction fewer"
    ).split()
)
_INCREASE: Final = frozenset(
    (
        "rose rise rises rising increased increase increases increasing grew grow grows growing "
        "jumped jump jumps jumping climbed climb climbs climbing gained gain gains gaining "
        "widened widen widens surged surge surges soared soar soars boosted boost boosts raised "
        "raise raises raising added add adds adding up expanded expand expands doubled tripled "
        "rallied advanced spiked hiked hike hikes"
    ).split()
)

_STOP: Final = frozenset(
    (
        "a an the of to in on at by for from with and or but nor as than that this these those "
        "is are was were be been being has have had do does did will would shall should can "
        "could may might must not no so if then there here it its it's he she they we you i me "
        "him her them us our your their his my mine more less most least very too also only "
        "just about around over under up down out off into onto each every other another "
        "such same which who whom whose what when where why how all any both few many much "
        "several some last next first second third times time percent per cent year years ago "
        "earlier later before after since until till while during between among through against "
        "within without new old one two three four five six seven eight nine ten yet still "
        "already again even now today tomorrow yesterday th st nd rd s x am pm vs via"
    ).split()
)
_ADJ_BEFORE_NOUN: Final = frozenset(
    (
        "new more additional active monthly daily weekly unique registered paying full-time "
        "part-time former existing total young old small large big major minor other extra "
        "independent separate different local foreign american chinese british indian"
    ).split()
)
_IRREGULAR: Final = {
    "people": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "staff": "staff",
    "personnel": "personnel",
    "police": "police",
    "cattle": "cattle",
    "sheep": "sheep",
    "fish": "fish",
    "series": "series",
    "species": "species",
    "data": "data",
    "media": "media",
    "news": "news",
}
_MONTH_WORDS: Final = frozenset(
    (
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec"
    ).split()
)
_PROFILE: Final = frozenset(
    (
        "posts post points karma reputation rep comments joined member messages likes reactions"
    ).split()
)
_TEMPERATURE_CUES: Final = re.compile(
    r"temperat|weather|\bwarm|\bhot\b|\bcold\b|\bheat|\bfreez|\bboil|fever|\bcool|celsius"
    r"|fahrenheit|thermo|\bmelt|°",
    re.IGNORECASE,
)
_MONEY_CUES: Final = re.compile(
    r"[$£€¥₹]|\b(?:pay|paid|cost|costs|price|priced|prices|spend|spent|sold for|bought|worth"
    r"|fund|funding|salary|budget|fine|fined|revenue|profit|loss|sterling|bank|tax|fee|fees"
    r"|raise|raised|invest|loan|debt|deal|bid|offer|award|prize|pension|wage|million|billion)\b",
    re.IGNORECASE,
)
#: Nouns after money that say what is measured ("a $312 million loss").
_MONEY_NOUNS: Final = frozenset(
    (
        "loss losses profit profits revenue revenues sales income earnings deal deals contract "
        "contracts fine fines budget debt debts investment investments valuation price cost "
        "costs salary bonus bonuses fee fees payment payments settlement bid offer acquisition "
        "takeover merger loan loans grant grants fund funds funding round deficit surplus "
        "turnover dividend dividends buyback bailout package stake tax taxes penalty "
        "compensation spending writedown write-down charge charges"
    ).split()
)


def _singular(word: str) -> str:
    """Naive English singular ("smartphones" → "smartphone", "companies" → "company").

    >>> [_singular(w) for w in ("smartphones", "jobs", "companies", "boxes", "people", "news")]
    ['smartphone', 'job', 'company', 'box', 'person', 'news']
    """
    low = word.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if len(low) > 4 and low.endswith("ies"):
        return low[:-3] + "y"
    if len(low) > 4 and low.endswith(("ches", "shes", "sses", "xes", "zes")):
        return low[:-2]
    if len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return low[:-1]
    return low


def _looks_plural(word: str) -> bool:
    low = word.lower()
    if low in _IRREGULAR:
        return True
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "ous"))


# --------------------------------------------------------------------------------------------
# Number reading
# --------------------------------------------------------------------------------------------


def _digits_value(tok: str) -> Decimal | None:
    """The value of a digit token with separators: ``10,000``, ``8.8``, ``1.234,56``, ``40 000``."""
    if not tok.isdigit() and _SPACES.search(tok):
        head = _SPACES.sub("", tok)
        return (
            _digits_value(head.replace(",", ".")) if head.count(",") == 1 else _digits_value(head)
        )
    if "," in tok and "." in tok:
        dec = "," if tok.rfind(",") > tok.rfind(".") else "."
        grp = "." if dec == "," else ","
        clean = tok.replace(grp, "").replace(dec, ".")
    elif "," in tok:
        parts = tok.split(",")
        if all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3:
            clean = tok.replace(",", "")
        elif len(parts) == 2 and parts[0] and len(parts[1]) in (1, 2):
            clean = tok.replace(",", ".")  # European decimal comma: "8,5"
        else:
            return None  # "1,23,45": not one number
    elif tok.count(".") > 1:
        parts = tok.split(".")
        if all(len(p) == 3 for p in parts[1:]):
            clean = tok.replace(".", "")  # "1.234.567"
        else:
            return None  # a version number or an IP address
    else:
        clean = tok
    try:
        return Decimal(clean)
    except InvalidOperation:  # pragma: no cover - the token regex admits only digits
        return None


@attrs.frozen
class _Num:
    value: Decimal
    start: int  # token index of the first token
    end: int  # token index after the last token
    scale: Decimal | None = None
    words: bool = False
    plain: bool = True  # digits only, no separators, no decimals, no scale


def _read_words(t: _Tokens, i: int) -> _Num | None:
    """Read a number in words ("two hundred and five", "two thirds", "half a million") at ``i``."""
    found = numwords.read_words(t, i)
    if found is None:
        return None
    return _Num(found.value, i, found.end, scale=found.scale, words=True, plain=False)


_LENGTH_CUES: Final = re.compile(
    r"\b(?:tall|high|height|long|length|wide|width|deep|depth|away|distance|metres?|meters?|"
    r"altitude|elevation|run|race|sprint|swim|jump|dive|freestyle|hurdles|relay|wave|waves|"
    r"square|sq|radius|diameter|wall|tower|building|floor|storey|story|km|cm|mm)\b",
    re.IGNORECASE,
)


def _read_number(t: _Tokens, i: int, *, money: bool) -> _Num | None:  # noqa: C901, PLR0912
    """Read a number at token ``i``: digits (+ glued or spaced scale) or words."""
    tok = t.get(i)
    if not _is_num(tok):
        words = _read_words(t, i)
        if words is None:
            return None
        num = words
    else:
        value = _digits_value(tok)
        if value is None:
            return None
        if tok.isdigit() and len(tok) <= 3 and t.low(i + 1) in _SCALE_WORDS:
            mixed = numwords.read_words(t, i)  # "4 thousand 3 hundred and 21"
            if mixed is not None and mixed.end > i + 2:
                return _Num(mixed.value, i, mixed.end, scale=mixed.scale, plain=False)
        j = i + 1
        plain = tok.isdigit()
        # a fraction "3/4" (not a date "10/12/2012")
        if (
            t.get(j) == "/"
            and t.glued(j)
            and _is_num(t.get(j + 1))
            and t.glued(j + 1)
            and t.get(j + 2) != "/"
            and t.get(j + 1).isdigit()
            and int(t.get(j + 1)) != 0
            and len(tok) <= 2
            and len(t.get(j + 1)) <= 2
        ):
            value = value / Decimal(t.get(j + 1))
            j += 2
            plain = False
        num = _Num(value, i, j, plain=plain)
    # scale after the number
    j = num.end
    nxt, low = t.get(j), t.low(j)
    glued = t.glued(j)
    scale: Decimal | None = None
    if (
        not num.words
        and glued
        and nxt in {"m", "M", "MM", "mm"}
        and (money or nxt in {"M", "MM"} or (nxt == "m" and not _LENGTH_CUES.search(t.text)))
        and not (t.glued(j + 1) and t.get(j + 1) in {"2", "3", "²", "³", "/", "^", "-"})
    ):
        # a glued "m" is million ("£20m", "9-10m units") unless the text talks about length
        scale = Decimal(10) ** 6
    elif not num.words and glued and nxt in {"k", "K"}:
        scale = Decimal(1000)
    elif not num.words and glued and low in {"mil", "mill"}:
        scale = Decimal(10) ** 6  # "2mil SEK"
    elif not num.words and glued and (nxt == "b" or (nxt == "B" and money)):
        scale = Decimal(10) ** 9
    elif low in _SCALE_ABBR and low not in {"b", "k", "mm"} and (glued or money or j < len(t)):
        scale = _SCALE_ABBR[low]
    elif not glued and (nxt == "k" or (nxt == "K" and money)) and not t.get(j + 1).isalpha():
        scale = Decimal(1000)
    elif not glued and money and nxt in {"m", "M", "MM", "b", "B"}:
        scale = Decimal(10) ** (9 if nxt in {"b", "B"} else 6)
    elif low in _SCALE_WORDS and not low.endswith("s") and not num.words:
        scale = _SCALE_WORDS[low]
        # "1.5 million" / "3 hundred thousand"
        if scale == 100 and t.low(j + 1) in _SCALE_WORDS:
            scale *= _SCALE_WORDS[t.low(j + 1)]
            j += 1
    if scale is not None:
        return attrs.evolve(num, value=num.value * scale, end=j + 1, scale=scale, plain=False)
    return num


# --------------------------------------------------------------------------------------------
# Units
# --------------------------------------------------------------------------------------------


def _money_before(t: _Tokens, i: int) -> tuple[int, Unit, Decimal | None] | None:
    """A money symbol or code ending right before token ``i`` (one space allowed).

    Returns the first token, the currency and a scale when the code carries one ("MUSD 30").
    """
    if i == 0:
        return None
    # a spaced "hk $" / "u.s $" (lower-cased, tokenised news wires)
    if t.get(i - 1) == "$" and i >= 2 and not t.glued(i - 1) and t.get(i - 2)[:1].isalpha():
        for k in (3, 1):
            s = i - 1 - k
            if s < 0 or any(not t.glued(x) for x in range(s + 1, i - 1)):
                continue
            head = "".join(t.words[s : i - 1])
            if head.lower() in _STOP or (s > 0 and t.glued(s)):
                continue
            code = units.currency_symbol(head + "$")
            if code is not None:
                return s, units.currency(code), None
    # multi-token symbols: "US$", "HK$", "Rs.", "R$"
    for k in (3, 2, 1):
        s = i - k
        if s < 0:
            continue
        if any(not t.glued(x) for x in range(s + 1, i)):
            continue
        sym = "".join(t.words[s:i])
        code = units.currency_symbol(sym)
        if code is not None:
            if k == 1 and sym.isalpha() and t.glued(s) and t.get(s - 1).isalpha():
                return None  # part of a longer word
            return s, units.currency(code), None
    tok = t.get(i - 1)
    if len(tok) == 4 and tok[0] in "Mk" and tok[1:] in units.CURRENCY_CODES:
        return i - 1, units.currency(tok[1:]), Decimal(10) ** 6 if tok[0] == "M" else Decimal(1000)
    return None


def _currency_from_context(sentence: str, default: str) -> str:
    if "€" in sentence or re.search(r"\beuros?\b", sentence, re.IGNORECASE):
        return "EUR"
    if "£" in sentence:
        return "GBP"
    return default


_SIGNS: Final = frozenset({"%", "％", "‰"})
_MOLAR: Final = Unit("M", Dimension.OTHER)
# Where a spaced "M" after a number is molar: chemistry around it.
_MOLAR_CUES: Final = re.compile(
    r"\b(?:solutions?|concentrations?|buffer|molar|[mµμnp]M|mol|NaCl|HCl|KCl|NaOH|GdmCl|Tris"
    r"|chloride|sulfate|sulphate|phosphate|acetate|acid|urea)\b"
)


def _match_unit(t: _Tokens, j: int, *, money: bool, sentence: str) -> tuple[int, Unit] | None:  # noqa: C901, PLR0911, PLR0912
    """A unit starting at token ``j`` (right after a number): returns (end token, unit)."""
    n = len(t)
    if j >= n:
        return None
    glued = t.glued(j)
    # symbols: glued tokens concatenated ("km/h", "m2", "°C"), longest first
    for k in (4, 3, 2, 1):
        if j + k > n or any(not t.glued(x) for x in range(j + 1, j + k)):
            continue
        sym = "".join(t.words[j : j + k])
        if (
            k < 4
            and j + k < n
            and t.glued(j + k)
            and t.get(j + k).isalnum()
            and not (sym in _SIGNS and t.get(j + k).isalpha())
        ):
            continue  # "5 mph" yes, "5 mphx" no; "95%CI", "10%sucrose" are percent, "%28" is not
        unit = units.SYMBOLS.get(sym) or _powered(sym)
        if unit is not None:
            if sym in units.GLUED_ONLY and not glued:
                continue
            if unit.code == "°" and _TEMPERATURE_CUES.search(sentence.replace("°", "")):
                unit = Unit("°", Dimension.TEMPERATURE)
            if sym == "K" and glued:
                continue  # "300K" is thousands; read as scale already
            return j + k, unit
        code = units.currency_symbol(sym)
        if code is not None and (
            k > 1
            or not sym.isalpha()
            or glued
            or sym.lower() in (units.LOWER_CODES)
            or sym in units.CURRENCY_CODES
            or sym.lower() in (units.EXTRA_CURRENCIES)
        ):
            return j + k, units.currency(code)
        if k == 1 and len(sym) == 4 and sym[0] == "M" and sym[1:] in units.CURRENCY_CODES:
            return j + 1, units.currency(sym[1:])
    if (
        t.get(j) == "M"
        and not glued
        and _MOLAR_CUES.search(sentence)
        and not (t.get(j + 1).islower() and _looks_plural(t.get(j + 1)))  # "2 M units"
    ):
        return j + 1, _MOLAR  # "0.15 M sodium chloride solution", "1 x 10-4 M" (not millions)
    # names: up to four words joined by spaces (or glued hyphens)
    for k in (4, 3, 2, 1):
        if j + k > n:
            continue
        parts = []
        for x in range(j, j + k):
            if x > j and not t.glued(x):
                parts.append(" ")
            parts.append(t.lower[x])
        name = "".join(parts)
        if name in {"pound", "pounds"}:
            return j + k, _pounds(t, j, k, money=money, sentence=sentence)
        unit = units.NAMES.get(name)
        if unit is not None:
            if unit.code == "°" and _TEMPERATURE_CUES.search(sentence):
                unit = Unit("°", Dimension.TEMPERATURE)
            return j + k, unit
        code = units.CURRENCY_NAMES.get(name) or units.EXTRA_CURRENCIES.get(name)
        if code is not None:
            return j + k, units.currency(code)
    if t.get(j) in {"-", "‐"} and glued and t.glued(j + 1) and t.get(j + 1).isalpha():
        found = _match_unit(t, j + 1, money=money, sentence=sentence)  # "3-inch", "45-acre"
        if (found is not None and found[1].dimension != Dimension.CURRENCY) or (
            found is not None and t.get(j + 1).isalpha() and t.get(j + 1).islower()
        ):
            return found
    if t.get(j) in _OPEN_BRACKETS and not glued:
        found = _match_unit(t, j + 1, money=money, sentence=sentence)  # "20 [kg]"
        if found is not None and t.get(found[0]) == _OPEN_BRACKETS[t.get(j)]:
            return found[0] + 1, found[1]
    return None


_MAX_POWER: Final = 100
_POWERS: Final = {"2": ("²", Dimension.AREA), "²": ("²", Dimension.AREA)} | {
    "3": ("³", Dimension.VOLUME),
    "³": ("³", Dimension.VOLUME),
}
_SUPERSCRIPT: Final = {"1": "", "2": "²", "3": "³"}


def _powered(sym: str) -> Unit | None:
    """A length symbol squared or cubed that the table does not list: "mm2", "µm³", "km3"."""
    power = _POWERS.get(sym[-1:])
    base = units.SYMBOLS.get(sym[:-1]) if power else None
    if power is None or base is None or base.dimension != Dimension.LENGTH:
        return None
    return Unit(base.code + power[0], power[1])


_INCH_WORDS: Final = frozenset({"in", "inch", "inches", '"', "″", "”"})
_OPEN_BRACKETS: Final = {"(": ")", "[": "]", "{": "}", "<": ">"}
_SUPERSCRIPT_MINUS: Final = {"−", "-", "–", "⁻"}
_UNIT_DOTS: Final = frozenset({".", "·", "⋅"})
_MAX_DENOMINATORS: Final = 3


def _negative_power(t: _Tokens, e: int) -> tuple[int, str] | None:
    """A negative exponent at token ``e``: "−1", "^-1", "⁻¹", or " −3" printed apart.

    Returns (end token, superscript of the power: "" for 1, "²", "³"). A hyphen must touch the
    unit before it ("h-1"); a minus sign may stand apart, as superscripts do in extracted PDFs
    ("600 h −1"), but never before a number that goes on ("5 km − 1 km" is two distances).
    """
    k = e + 1 if t.get(e) == "^" and t.glued(e) else e
    sign = t.get(k)
    power = _SUPERSCRIPT.get(t.get(k + 1))
    if sign not in _SUPERSCRIPT_MINUS or power is None or not t.glued(k + 1):
        return None
    if not t.glued(k) and (sign not in {"−", "⁻"} or k > e):
        return None
    after = t.get(k + 2)
    if t.glued(k + 2) and (after[:1].isalnum() or (after in {".", ","} and _is_num(t.get(k + 3)))):
        return None  # "−1.5", "−12a": a number, not an exponent
    return k + 2, power


def _denominator(t: _Tokens, j: int, *, sentence: str) -> tuple[int, str, Dimension] | None:
    """One denominator after a unit: "/h", "per ml", " s−1", ".s^-1", " · kg −1", "/cm 3"."""
    nxt = t.get(j)
    if (nxt == "/" and t.glued(j)) or t.low(j) == "per":
        found = _match_unit(t, j + 1, money=False, sentence=sentence)
        if found is None and t.low(j) == "per":
            w = t.low(j + 1)
            found = (j + 2, units.NAMES[w + "s"]) if w + "s" in units.NAMES else None
        if found is None or found[1].dimension == Dimension.CURRENCY:
            return None
        end, den = found
        code = den.code
        # a power printed apart ("g/cm 3", "mm/s 2"), as extracted superscripts are
        if (
            nxt == "/"
            and den.dimension in {Dimension.LENGTH, Dimension.TIME}
            and t.get(end) in {"2", "3"}
            and not t.glued(end)
            and not (t.glued(end + 1) and t.get(end + 1)[:1].isalnum())
            and not _is_num(t.get(end + 1))
        ):
            code, end = code + _SUPERSCRIPT[t.get(end)], end + 1
        return end, code, den.dimension
    # "km s−1", "m.s^-1", "ml · kg −1"
    k = j
    if nxt in _UNIT_DOTS and (t.glued(j) or t.glued(j + 1) or nxt != "."):
        k = j + 1
    if k >= len(t) or not t.get(k)[:1].isalpha():
        return None
    found = _match_unit(t, k, money=False, sentence=sentence)
    if found is None or found[1].dimension in {Dimension.CURRENCY, Dimension.RATIO}:
        return None
    power = _negative_power(t, found[0])
    if power is None:
        return None
    return power[0], found[1].code + power[1], found[1].dimension


def _compound(t: _Tokens, j: int, unit: Unit, *, sentence: str) -> tuple[int, Unit]:
    """Extend a physical unit with its denominators, or read it as an inverse.

    "km/h", "mg per ml", "km s−1", "m.s^-1", "ml · kg −1 · min −1" (mL/kg/min), "g cm −3"
    (g/cm³); an inverse: "600 h −1" (h⁻¹).
    """
    if unit.dimension in {Dimension.CURRENCY, Dimension.RATIO}:
        return j, unit
    inverse = _negative_power(t, j)
    if inverse is not None:
        per_time = unit.dimension == Dimension.TIME and not inverse[1]
        dim = Dimension.FREQUENCY if per_time else Dimension.OTHER
        return inverse[0], Unit(f"{unit.code}⁻{inverse[1] or '¹'}", dim)
    end, codes = j, [unit.code]
    dims: list[Dimension] = [unit.dimension]
    for _ in range(_MAX_DENOMINATORS):
        found = _denominator(t, end, sentence=sentence)
        if found is None:
            break
        end = found[0]
        codes.append(found[1])
        dims.append(found[2])
    if len(codes) == 1:
        return j, unit
    dim = (
        Dimension.SPEED
        if dims == [Dimension.LENGTH, Dimension.TIME] and not codes[1].endswith(("²", "³"))
        else Dimension.OTHER
    )
    return end, Unit("/".join(codes), dim)


def _pounds(t: _Tokens, j: int, k: int, *, money: bool, sentence: str) -> Unit:
    if money or t.low(j + k) == "sterling" or t.low(j - 1) in _SCALE_WORDS:
        return units.currency("GBP")
    if t.low(j + k) == "of" or re.search(
        r"\bweigh|\bheav|\blbs?\b|\bkg\b|\blose\b|\bgain", sentence, re.IGNORECASE
    ):
        return Unit("lb", Dimension.MASS)
    if _MONEY_CUES.search(sentence) or t.low(j - 1) in _SCALE_WORDS:
        return units.currency("GBP")
    return Unit("lb", Dimension.MASS)


# --------------------------------------------------------------------------------------------
# Context: what is not a fact, qualifiers, change, measured
# --------------------------------------------------------------------------------------------


def _is_year(num: _Num, t: _Tokens) -> bool:
    tok = t.get(num.start)
    return num.plain and len(tok) == 4 and 1800 <= int(tok) <= 2100 and num.end == num.start + 1


_LIST_MARKER: Final = re.compile(r"(?<![\w.,])(\d{1,2})[.:)]\s+(?=[A-Z])")


def _in_numbered_list(text: str, n: int) -> bool:
    """Whether ``text`` also has the marker before or after ``n`` ("3. LG … 4. Sony")."""
    found = _list_markers(text)
    return n - 1 in found or n + 1 in found


@lru_cache(maxsize=64)
def _list_markers(text: str) -> frozenset[int]:
    return frozenset(int(m.group(1)) for m in _LIST_MARKER.finditer(text))


def _not_a_fact(t: _Tokens, num: _Num, first: int) -> bool:  # noqa: PLR0911
    """Context rules for numbers that are labels, dates or names rather than quantities."""
    i = num.start
    tok = t.get(i)
    prev, prev_low = t.get(first - 1), t.low(first - 1)
    nxt = t.get(num.end)
    if num.words:
        return False
    # glued to letters: "S3", "XE-5", "COVID-19", "4G", "3D", "MP3"
    if t.glued(first) and prev.isalpha() and first == i:
        return True
    if (
        prev in {"-", "‐"}
        and t.glued(first)
        and t.get(first - 2).isalpha()
        and t.glued(first - 1)
        and not (t.glued(first - 2) and _is_num(t.get(first - 3)))
    ):
        return True
    # dates and times: "Aug 09, 2012", "9 August", "10:30", "5pm", "2012-10-23"
    if prev_low.rstrip(".") in _MONTH_WORDS and first == i and prev[:1].isupper():
        return True
    if t.low(num.end) in _MONTH_WORDS and t.get(num.end)[:1].isupper() and num.plain:
        return True
    if nxt == ":" and t.glued(num.end) and _is_num(t.get(num.end + 1)) and t.glued(num.end + 1):
        return True
    if prev == ":" and t.glued(i) and _is_num(t.get(i - 2)) and t.glued(i - 1):
        return True
    if t.low(num.end) in {"am", "pm", "a.m", "p.m", "h", "uhr"} and num.plain and len(tok) <= 2:
        return t.low(num.end) != "h"
    if (
        prev in {"/", "-", "."}
        and t.glued(i)
        and _is_num(t.get(i - 2))
        and t.glued(i - 1)
        and (
            (t.get(i - 3) in {"/", "-", "."} and t.glued(i - 2))
            or (nxt in {"/", "-", "."} and t.glued(num.end) and _is_num(t.get(num.end + 1)))
        )
    ):
        return True  # a later part of a date or phone number
    if (
        nxt in {"/", "-", "."}
        and t.glued(num.end)
        and _is_num(t.get(num.end + 1))
        and (
            t.glued(num.end + 1)
            and t.get(num.end + 2) in {"/", "-", "."}
            and t.glued(num.end + 2)
            and _is_num(t.get(num.end + 3))
        )
    ):
        return True  # "2012-10-23", "+1-222-2222-2222"
    # list markers: "1. Samsung", "2: Apple", "3) ..." at a line start or before a capital
    if (
        num.plain
        and len(tok) <= 2
        and nxt in {".", ":", ")"}
        and t.glued(num.end)
        and num.end + 1 < len(t)
        and not t.glued(num.end + 1)
        and (
            t.newline_before(first)
            or (nxt == ":" and t.get(num.end + 1)[:1].isupper())
            or (t.get(num.end + 1)[:1].isupper() and _in_numbered_list(t.text, int(tok)))
        )
        and first == i
    ):
        return True
    # profile data: "Posts: 973", "Member since: …"
    return prev == ":" and t.low(first - 2) in _PROFILE


def _model_name(t: _Tokens, num: _Num, first: int) -> bool:
    """A product or model name: "Lumia 920", "iPhone 5", "sgs 3", "Galaxy Note 2"."""
    i = num.start
    prev, prev_low = t.get(first - 1), t.low(first - 1)
    if not (first == i and num.plain and prev and prev.isalpha() and not t.glued(i)):
        return False
    caps = (
        prev[:1].isupper()
        and not t.newline_before(first - 1)
        and t.get(first - 2) not in {".", "!", "?", ""}
    )
    mixed = any(c.isupper() for c in prev[1:]) and any(c.islower() for c in prev)
    consonants = prev.islower() and len(prev) <= 4 and not re.search("[aeiouy]", prev)
    known = prev_low in _MONTH_WORDS or prev_low in _STOP or prev in units.CURRENCY_CODES
    return (caps or mixed or consonants) and not known and prev not in {"Q", "H", "FY"}


def _qualifier(t: _Tokens, first: int) -> tuple[Qualifier | None, int]:
    """The qualifier ending right before token ``first``, and its first token."""
    for phrase, q in _QUALIFIERS:
        k = len(phrase)
        s = first - k
        if s < 0:
            continue
        if tuple(t.lower[s:first]) == phrase:
            return q, s
    return None, first


_CLAUSE_BREAK: Final = frozenset({".", ";", "!", "?", ",", "(", ")", ":", "—", "–"})


def _clause_before(t: _Tokens, first: int, limit: int = 8) -> range:
    """The tokens of the clause before ``first``, stopping at punctuation or another number."""
    s = first
    while (
        s > 0
        and first - s < limit
        and t.get(s - 1) not in _CLAUSE_BREAK
        and not (_is_num(t.get(s - 1)) or t.get(s - 1) in _MONEY_MARKS)
    ):
        s -= 1
    return range(s, first)


_MONEY_MARKS: Final = frozenset({"$", "€", "£", "¥", "₹", "million", "billion", "thousand"})


def _change(t: _Tokens, first: int) -> Change | None:
    for x in reversed(_clause_before(t, first)):
        w = t.lower[x]
        if w in _DECREASE:
            return Change.DECREASE
        if w in _INCREASE:
            return Change.INCREASE
    return None


def _measured(t: _Tokens, first: int, end: int, unit: Unit | None) -> str | None:
    """What is measured: "$20.5 billion of total revenue", "narrowed losses to $198 million"."""
    money_or_ratio = unit is not None and unit.dimension in {Dimension.CURRENCY, Dimension.RATIO}
    if not money_or_ratio:
        return None
    # after: "of total revenue", "in sales", or a money noun "a $312 million loss"
    if t.low(end) in _MONEY_NOUNS:
        return t.lower[end]
    if t.low(end) in {"of", "in"}:
        words: list[str] = []
        x = end + 1
        while x < len(t) and len(words) < 3 and t.get(x).isalpha() and t.low(x) not in _STOP:
            words.append(t.lower[x])
            x += 1
            if words[-1] in _MONEY_NOUNS:
                break
        if words and words[-1] in _MONEY_NOUNS:
            return " ".join(words)
    # before: "<noun> (fell|rose|narrowed down|was) (to|by)? <qty>", "narrowed losses to <qty>"
    clause = _clause_before(t, first, limit=10)
    for x in reversed(clause):
        w = t.lower[x]
        if w in _MONEY_NOUNS:
            words = [w]
            y = x - 1
            while y >= clause.start and t.lower[y] in {
                "total",
                "net",
                "operating",
                "annual",
                "quarterly",
                "gross",
                "pre-tax",
                "pretax",
                "its",
                "their",
            }:
                if t.lower[y] not in {"its", "their"}:
                    words.insert(0, t.lower[y])
                y -= 1
            return " ".join(words)
    return None


# --------------------------------------------------------------------------------------------
# Finding quantities
# --------------------------------------------------------------------------------------------

_RANGE_DASH: Final = frozenset({"-", "–", "—", "~", "‒", "to"})


def _attach_period(
    periods: Sequence[Period], span: Span, text_start: int, text: str
) -> Period | None:
    """The period of a quantity: the nearest mention after it in its sentence, else before."""
    if not periods:
        return None
    rel_end = span.end - text_start
    rel_start = span.start - text_start
    sent_end = _sentence_end(text, rel_end)
    sent_start = _sentence_start(text, rel_start)
    after = [
        p
        for p in periods
        if p.span is not None and span.end <= p.span.start < text_start + sent_end
    ]
    if after:
        return min(after, key=lambda p: p.span.start if p.span else 0)
    before = [
        p
        for p in periods
        if p.span is not None
        and text_start + sent_start <= p.span.start
        and p.span.end <= (span.start)
    ]
    if before:
        return max(before, key=lambda p: p.span.start if p.span else 0)
    return None


_SENTENCE_END: Final = re.compile(r"[.!?](?=\s+[A-Z\"“(])|\n")


def _sentence_end(text: str, pos: int) -> int:
    m = _SENTENCE_END.search(text, pos)
    return m.start() if m else len(text)


def _sentence_start(text: str, pos: int) -> int:
    last = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        last = m.end()
    return last


def _quantity(
    t: _Tokens,
    first: int,
    end: int,
    offset: int,
    *,
    value: Decimal | None,
    low: Decimal | None,
    high: Decimal | None,
    scale: Decimal | None,
    unit: Unit | None,
    noun: str | None,
) -> Quantity:
    qualifier, _ = _qualifier(t, first)
    a, b = t.starts[first], t.ends[end - 1]
    return Quantity(
        span=Span(offset + a, offset + b),
        text=t.text[a:b],
        value=value,
        low=low,
        high=high,
        scale=scale,
        unit=unit,
        noun=noun,
        qualifier=qualifier,
        change=_change(t, first),
        measured=_measured(t, first, end, unit),
    )


_INVARIANT_PLURALS: Final = frozenset({"series", "species", "means", "news", "headquarters"})


def _noun_after(t: _Tokens, j: int, value: Decimal | None) -> tuple[int, str] | None:  # noqa: PLR0911
    """A counted noun right after the number: "8.8 million smartphones", "5 new stores"."""
    w = t.get(j)
    if not w.isalpha() or not w.islower() or t.glued(j) or len(w) < 3:
        return None
    low = t.lower[j]
    if low in _STOP or low in _MONTH_WORDS:
        if low in _ADJ_BEFORE_NOUN and _looks_plural(t.get(j + 1)) and t.get(j + 1).islower():
            nxt = t.lower[j + 1]
            if nxt not in _STOP:
                return j + 2, _singular(nxt)
        return None
    if t.get(j + 1) == "-" and t.glued(j + 1):
        return None
    if value == 1 and _looks_plural(w) and t.get(j - 1) == "1" and low not in _INVARIANT_PLURALS:
        return None  # "1 corresponds to", "k = 1 represents": a verb agreeing with the number
    if _looks_plural(w) or (value == 1 and not low.endswith(("ed", "ing", "ly"))):
        return j + 1, _singular(w)
    if low in _ADJ_BEFORE_NOUN or low.endswith(("al", "ive", "ed", "ing")):
        nxt = t.get(j + 1)
        if nxt.isalpha() and nxt.islower() and _looks_plural(nxt) and t.lower[j + 1] not in _STOP:
            return j + 2, _singular(nxt)
    return None


def find_quantities(
    text: str,
    *,
    offset: int = 0,
    anchor: Anchor | None = None,
    periods: Sequence[Period] | None = None,
) -> tuple[Quantity, ...]:
    """Every numeric fact in ``text``, in order, with spans shifted by ``offset``.

    ``periods`` are the period mentions of ``text`` (found here when not given); relative ones
    resolve against ``anchor``.

    >>> [(q.text, str(q.value), q.unit.code if q.unit else q.noun)
    ...  for q in find_quantities("Sony sold 8.8 million smartphones and lost $198 million")]
    [('8.8 million smartphones', '8800000.0', 'smartphone'), ('$198 million', '198000000', 'USD')]
    >>> q, = find_quantities("1. Samsung 55-63 million")
    >>> (str(q.low), str(q.high))
    ('55000000', '63000000')
    >>> find_quantities("the Lumia 920 and Galaxy S3 in 2012")
    ()
    """
    if not _HAS_NUMBER.search(text):
        return ()
    t = _Tokens.of(text)
    if periods is None:
        periods = find_periods(text, offset=offset, anchor=anchor)
    out: list[Quantity] = []
    n = len(t)
    i = 0
    last_end = 0
    urls = [(m.start(), m.end()) for m in _URL.finditer(text)] if "/" in text else []
    while i < n:
        if urls and any(a <= t.starts[i] < b for a, b in urls):
            i += 1  # "…?q=30%25%2020%": digits in a link are not facts
            continue
        q, i = _read_at(t, i, last_end, text, offset, periods)
        if q is not None and (not out or q.span.start >= out[-1].span.end):
            out.append(q)
            last_end = i
    return _distribute_units(text, offset, out)


_LIST_JOINT: Final = re.compile(r"\s*(?:,|,?\s+(?:and|or|to)|;)\s*$|\s+(?:and|or)\s+$")


def _distribute_units(text: str, offset: int, found: list[Quantity]) -> tuple[Quantity, ...]:
    """Give a list's last unit to its bare members: "5, 10 and 15%", "80.5 and 76.2 mg"."""
    for k in range(len(found) - 2, -1, -1):
        q, nxt = found[k], found[k + 1]
        if q.unit is not None or q.noun is not None or q.scale is not None or nxt.unit is None:
            continue
        if nxt.unit.dimension == Dimension.CURRENCY and not nxt.text[:1].isdigit():
            continue  # "$5 and 10": a symbol before the number names only that number
        gap = text[q.span.end - offset : nxt.span.start - offset]
        if len(gap) <= 6 and _LIST_JOINT.fullmatch(gap) is not None:
            found[k] = attrs.evolve(q, unit=nxt.unit)
    return tuple(found)


_URL: Final = re.compile(r"\b(?:https?://|ftp://|www\.)\S+", re.IGNORECASE)
_CONVERSION: Final = re.compile(
    r"\b(?:convert\w*|conversion|how (?:many|much)|in terms of|equals?|equal to)\b", re.IGNORECASE
)


_MENTION_HINT: Final = re.compile(
    r"[%％]|per ?cent|pct|celsius|celcius|fahrenheit|farenheit|kelvin|centigra", re.IGNORECASE
)


def find_unit_mentions(
    text: str, *, offset: int = 0, quantities: Sequence[Quantity] | None = None
) -> tuple[UnitMention, ...]:
    """Units named without a number, in order.

    Percent and temperature scale names anywhere; any unit by name in a conversion ("how many
    feet in a mile", "convert … to fahrenheit").

    They are not numeric facts (``find_quantities`` leaves them out); they say what a sentence
    is about or asks for. A unit followed by "of" and a number ("percent of 10") is left out.
    ``quantities``: the facts of ``text`` when already found (their units are not mentions).

    >>> [(m.text, m.unit.code) for m in find_unit_mentions("convert 10 celsius to fahrenheit")]
    [('fahrenheit', '°F')]
    >>> [m.text for m in find_unit_mentions("Only a small percent attain the top ranks")]
    ['percent']
    """
    conversion = _CONVERSION.search(text) is not None
    if not conversion and not _MENTION_HINT.search(text):
        return ()
    t = _Tokens.of(text)
    if quantities is None:
        quantities = find_quantities(text, offset=offset)
    taken = [(q.span.start - offset, q.span.end - offset) for q in quantities]
    if "/" in text:  # nothing in a URL is a mention ("issn%280024")
        taken += [(m.start(), m.end()) for m in _URL.finditer(text)]
    if conversion:
        candidates: Iterable[int] = range(len(t))
    else:  # only where a percent or temperature word is, and the word before ("degrees celsius")
        at = {bisect.bisect_right(t.starts, m.start()) - 1 for m in _MENTION_HINT.finditer(text)}
        candidates = sorted(at | {j - 1 for j in at if j > 0})
    out: list[UnitMention] = []
    after = 0
    for j in candidates:
        if j < after:
            continue
        start = t.starts[j]
        word = t.get(j)
        if any(a <= start < b for a, b in taken) or not (
            (word.isalpha() and len(word) >= 3) or word in {"%", "％"}
        ):
            continue
        found = _match_unit(t, j, money=False, sentence=text)
        if found is None or any(a < t.ends[found[0] - 1] <= b for a, b in taken):
            continue
        end, unit = found
        named = all(t.get(x).isalpha() or t.get(x) in {"-", "%", "％"} for x in range(j, end))
        wanted = (unit.dimension == Dimension.RATIO) or (
            unit.dimension == Dimension.TEMPERATURE and unit.code != "°"
        )
        computed = t.low(end) == "of" and (_is_num(t.get(end + 1)) or t.low(end + 1) in _STARTERS)
        symbol_after_number = word in {"%", "％"} and _is_num(t.get(j - 1))
        if named and (wanted or conversion) and not computed and not symbol_after_number:
            span = Span(start + offset, t.ends[end - 1] + offset)
            out.append(UnitMention(span, text[start : t.ends[end - 1]], unit))
        after = end
    return tuple(out)


_ZERO_WORDS: Final = numwords.ZERO_WORDS
_STARTERS: Final = (
    frozenset({"a", "an", "half", "quarter"}) | _ZERO_WORDS | _SMALL.keys() | _TENS.keys()
)
_VULGAR: Final = {
    "½": Decimal("0.5"),
    "¼": Decimal("0.25"),
    "¾": Decimal("0.75"),
    "⅓": Decimal(1) / 3,
    "⅔": Decimal(2) / 3,
    "⅛": Decimal("0.125"),
    "⅜": Decimal("0.375"),
    "⅝": Decimal("0.625"),
    "⅞": Decimal("0.875"),
}
_NEG_CONTEXT: Final = frozenset(
    {
        "(",
        ",",
        ":",
        "=",
        "of",
        "to",
        "at",
        "is",
        "was",
        "be",
        "about",
        "by",
        "from",
        "and",
        "or",
        "reach",
        "reached",
        "convert",
    }
)
_POSTFIX: Final[tuple[tuple[tuple[str, ...], Qualifier], ...]] = tuple(
    (tuple(phrase.split()), q)
    for q, phrases in (
        (
            Qualifier.AT_LEAST,
            (
                "or more",
                "or greater",
                "and more",
                "and above",
                "or above",
                "or higher",
                "and over",
                "and up",
                "plus",
                "+",
                "or greater than",
                "or more than",
            ),
        ),
        (
            Qualifier.AT_MOST,
            (
                "or less",
                "or fewer",
                "or below",
                "or lower",
                "and under",
                "and below",
                "or less than",
            ),
        ),
        (Qualifier.ABOUT, ("or so", "odd")),
    )
    for phrase in phrases
)


def _postfix_qualifier(t: _Tokens, end: int) -> Qualifier | None:
    for phrase, q in _POSTFIX:
        if tuple(t.lower[end : end + len(phrase)]) == phrase:
            if phrase == ("+",) and not t.glued(end):
                continue
            if phrase == ("plus",) and (_is_num(t.get(end + 1)) or t.low(end + 1) in _STARTERS):
                continue  # "three plus four": arithmetic
            return q
    return None


def _read_at(  # noqa: C901, PLR0911, PLR0912, PLR0915, PLR0917
    t: _Tokens, i: int, last_end: int, text: str, offset: int, periods: Sequence[Period], /
) -> tuple[Quantity | None, int]:
    """Read a quantity starting at token ``i``: (the quantity or None, next token index)."""
    n = len(t)
    tok = t.words[i]
    c0 = tok[:1]
    low_tok = t.lower[i]
    if not (c0.isdigit() or low_tok in _STARTERS or tok in _VULGAR):
        return None, i + 1
    if i < last_end:
        return None, i + 1
    money = _money_before(t, i) if c0.isdigit() or low_tok in _SMALL or tok in _VULGAR else None
    if money is not None and money[0] < last_end:
        money = None  # the symbol belongs to the quantity before ("10 $ 30 $")
    first = money[0] if money else i
    if tok in _VULGAR:
        num: _Num | None = _Num(_VULGAR[tok], i, i + 1, plain=False)
    else:
        num = _read_number(t, i, money=money is not None)
    if num is None or (num.words and low_tok in {"a", "an"} and num.end == i + 1):
        return None, i + 1
    if money is not None and money[2] is not None:
        num = attrs.evolve(num, value=num.value * money[2], scale=money[2], plain=False)
    # leading-dot decimals ".08", mixed fractions "10 1/2", "1½", exponents "1e10"
    if (
        tok.isdigit()
        and first == i
        and t.get(i - 1) == "."
        and t.glued(i)
        and not (t.glued(i - 1) and _is_num(t.get(i - 2)))
        and num.end == i + 1
    ):
        num = _Num(Decimal("0." + tok), i - 1, i + 1, plain=False)
        first = i - 1
    j = num.end
    if num.plain and t.get(j) in _VULGAR and t.glued(j):
        num = attrs.evolve(num, value=num.value + _VULGAR[t.get(j)], end=j + 1, plain=False)
    elif (
        num.plain
        and not t.glued(j)
        and t.get(j).isdigit()
        and t.get(j + 1) == "/"
        and (
            t.glued(j + 1)
            and t.get(j + 2).isdigit()
            and t.glued(j + 2)
            and t.get(j + 3) != "/"
            and 0 < int(t.get(j)) < int(t.get(j + 2))
        )
    ):
        frac = Decimal(t.get(j)) / Decimal(t.get(j + 2))
        num = attrs.evolve(num, value=num.value + frac, end=j + 3, plain=False)
    elif t.low(j) == "e" and t.glued(j) and not num.words and num.scale is None:
        k = j + 1
        sign = 1
        if t.get(k) in {"+", "-", "−"} and t.glued(k):
            sign = -1 if t.get(k) != "+" else 1
            k += 1
        if t.get(k).isdigit() and t.glued(k) and len(t.get(k)) <= 3:
            num = attrs.evolve(
                num, value=num.value * Decimal(10) ** (sign * int(t.get(k))), end=k + 1, plain=False
            )
    elif t.get(j) == "^" and t.glued(j) and not num.words and num.scale is None:
        k, sign = j + 1, 1
        while t.get(k) in {"+", "-", "−"} and t.glued(k):
            sign *= -1 if t.get(k) != "+" else 1
            k += 1
        if t.get(k).isdigit() and t.glued(k) and int(t.get(k)) <= _MAX_POWER and num.value:
            power = num.value ** (sign * int(t.get(k)))  # "1.1^23", "2.5^-1"
            num = attrs.evolve(num, value=power, end=k + 1, plain=False)
    elif t.low(j) in {"dozen", "dozens", "doz", "dozs", "dz", "dzs"}:
        num = attrs.evolve(num, value=num.value * 12, end=j + 1, plain=False)
    # a minus sign: "-5%", "- 20 degrees", "minus one"
    if first == i and i > 0 and t.get(i - 1) in {"-", "−"}:
        glued_minus = t.glued(i) and not (t.glued(i - 1) and t.get(i - 2)[:1].isalnum())
        spaced_minus = not t.glued(i) and (i == 1 or t.low(i - 2) in _NEG_CONTEXT)
        if glued_minus or spaced_minus:
            first = i - 1
            num = attrs.evolve(num, value=-num.value)
    elif first == i and t.low(i - 1) in {"minus", "negative"}:
        first = i - 1
        num = attrs.evolve(num, value=-num.value)
    if _not_a_fact(t, num, first):
        return None, max(num.end, i + 1)
    num = _ratio(t, num, text)
    low_v: Decimal | None = None
    high_v: Decimal | None = None
    value: Decimal | None = num.value
    scale = num.scale
    end = num.end
    # ranges: "55-63 million", "2-4 weeks", "between 2 and 4", "$1 to $2 billion"
    sep = t.low(end)
    is_between = t.low(first - 1) in {"between", "from"}
    if (sep in _RANGE_DASH or sep == "through" or (sep == "and" and is_between)) and end + 1 < n:
        k = end + 1
        money2 = None
        if not _is_num(t.get(k)):
            for k2 in (k + 1, k + 2, k + 3):
                m2 = _money_before(t, k2)
                if m2 is not None and m2[0] == k:
                    money2, k = m2, k2
                    break
        second = None
        if _is_num(t.get(k)) or t.low(k) in _SMALL or t.low(k) in _TENS:
            second = _read_number(t, k, money=money is not None or money2 is not None)
        if second is not None:
            dash_ok = sep != "-" or (t.glued(end) and t.glued(k)) or not t.glued(end)
            ok = (
                dash_ok
                and not _not_a_fact(t, second, k)
                and not (_is_year(num, t) and _is_year(second, t))
                and t.get(second.end) not in {"-", "/"}
            )
            if ok:
                lo, hi = num.value, second.value
                if num.scale is None and second.scale is not None:
                    lo = lo * second.scale
                    scale = second.scale
                if sep in {"-", "–", "—", "‒"} and lo > hi and num.plain and second.plain:
                    ok = False  # "3-1" is a score, not a range
                if ok and lo <= hi:
                    low_v, high_v, value = lo, hi, None
                    end = second.end
                    if money is None and money2 is not None:
                        money = money2
    if value is not None and _is_year(num, t) and money is None:
        peek = _match_unit(t, end, money=False, sentence=text)
        if peek is None or peek[1].dimension == Dimension.CURRENCY:
            return None, end
    unit: Unit | None = money[1] if money else None
    if unit is None and t.get(first - 1) in units.PREFIX_UNITS:
        first -= 1
        unit = units.SYMBOLS.get(t.get(first)) or Unit(t.get(first), Dimension.OTHER)
    noun: str | None = None
    minor = False
    if (
        t.get(end) in {"×", "x", "X"}
        and t.get(end + 1) == "10"
        and value is not None
        and (t.get(end + 2) in {"^", "−", "-"} or t.get(end + 2).isdigit())
    ):
        k = end + 2 + (1 if t.get(end + 2) == "^" else 0)
        sign = 1
        if t.get(k) in {"−", "-", "–"}:
            sign, k = -1, k + 1
        if t.get(k).isdigit() and len(t.get(k)) <= 2:
            value = value * Decimal(10) ** (sign * int(t.get(k)))  # "1.3x10^6", "2.1×10 −5"
            end = k + 1
    unit_at = end
    if t.get(end) in {"±", "+/-"} and _is_num(t.get(end + 1)):
        unit_at = end + 2  # "20 ± 1 g": the unit follows the uncertainty
    if unit is None:
        found = _match_unit(t, unit_at, money=False, sentence=text)
        if found is not None:
            unit = found[1]
            end = found[0]
            end, unit = _compound(t, end, unit, sentence=text)
            if unit.code == "ft" and value is not None:
                k = end + (1 if t.low(end) == "and" else 0)
                inch_value = _digits_value(t.get(k)) if _is_num(t.get(k)) else None
                if inch_value is not None and t.low(k + 1) in _INCH_WORDS:
                    value = value + inch_value / 12  # "5 feet 2 inches" -> 5.1667 ft
                    end = k + 2
            if unit.dimension == Dimension.TIME and t.low(end) == "old":
                end += 1
            elif unit.dimension == Dimension.TIME and (t.low(end), t.low(end + 1)) == ("of", "age"):
                end += 2  # "3 years of age"
            mcode = t.get(end - 1)
            if (
                unit.dimension == Dimension.CURRENCY
                and len(mcode) == 4
                and mcode[0] == "M"
                and (value is not None and scale is None)
            ):
                scale = Decimal(10) ** 6  # "30 MUSD"
                value = value * scale
            if (
                unit.dimension == Dimension.CURRENCY
                and t.low(end) in _SCALE_WORDS
                and (scale is None and value is not None)
            ):
                scale = _SCALE_WORDS[t.low(end)]  # "75 USD million"
                value = value * scale
                end += 1
        elif t.low(end) in units.MINOR_UNITS or (
            t.get(end) == "-"
            and t.glued(end)
            and t.low(end + 1) in units.MINOR_UNITS
            and t.glued(end + 1)
        ):
            k = end + (1 if t.low(end) in units.MINOR_UNITS else 2)
            word = t.low(k - 1)
            if word not in {"p", "c"} or t.glued(k - 1):
                unit = units.currency(_currency_from_context(text, units.MINOR_UNITS[word]))
                end, minor = k, True
        elif t.low(end) in {"yo", "y.o"} or (
            t.low(first - 1) in {"age", "aged"} and num.plain and value is not None
        ):
            unit = units.NAMES["years"]
            end += 1 if t.low(end) in {"yo", "y.o"} else 0
            if t.low(first - 1) in {"age", "aged"} and t.low(end) not in {"yo", "y.o"}:
                first -= 1
    elif (
        money is not None
        and end < n
        and (t.low(end) in _SCALE_WORDS and scale is None and value is not None)
    ):  # "$5 million" written as "$ 5 million" in wires was read above; "USD 75 million" here
        scale = _SCALE_WORDS[t.low(end)]
        value = value * scale
        end += 1
    if (
        unit is not None
        and unit.dimension == Dimension.CURRENCY
        and not minor
        and (value is not None and scale is None and value == value.to_integral_value())
    ):
        k = end + (1 if t.low(end) == "and" else 0)
        cents = t.get(k)
        if (
            cents.isdigit()
            and len(cents) <= 2
            and (
                t.low(k + 1) in {"cents", "cent", "pence", "p", "c"}
                or (t.get(end - 1).isalpha() and t.get(k + 1) in {"", ".", ",", ";", "!", "?"})
            )
        ):
            value = value + Decimal(cents) / 100
            end = k + (2 if t.low(k + 1) in {"cents", "cent", "pence", "p", "c"} else 1)
        elif t.low(k) in _SMALL or t.low(k) in _TENS:
            words = _read_words(t, k)
            if (
                words is not None
                and words.value < 100
                and (
                    t.low(words.end) in {"cents", "cent", "pence"}
                    or t.get(words.end) in {"", ".", ",", ";", "!", "?"}
                )
            ):
                value = value + words.value / 100
                end = words.end + (1 if t.low(words.end) in {"cents", "cent", "pence"} else 0)
    if unit is None and end == num.end and t.glued(end) and _label_suffix(t.get(end)):
        return None, end + 1  # "4G", "3D", "5th", "2nd": a label or an ordinal
    if unit is None:
        found_noun = _noun_after(t, end, value)
        if found_noun is not None:
            end, noun = found_noun
            per = _denominator(t, end, sentence=text)
            if per is not None:  # "300 people per km²", "3.1 grains m −2": a density
                end, unit = per[0], Unit(f"{noun}/{per[1]}", Dimension.OTHER)
    if unit is None and scale is None and value is not None and _model_name(t, num, first):
        return None, end
    if (
        unit is None
        and noun is None
        and num.words
        and scale is None
        and (value is not None and value in {0, 1})
        and not (value == 0 and t.low(num.start) in _ZERO_WORDS and not t.glued(num.end))
    ):
        return None, end  # "one of the", "a": not a fact
    if minor:
        value = value * Decimal("0.01") if value is not None else None
        low_v = low_v * Decimal("0.01") if low_v is not None else None
        high_v = high_v * Decimal("0.01") if high_v is not None else None
        scale = Decimal("0.01")
    q = _quantity(
        t,
        first,
        end,
        offset,
        value=value,
        low=low_v,
        high=high_v,
        scale=scale,
        unit=unit,
        noun=noun,
    )
    if q.qualifier is None:
        post = _postfix_qualifier(t, end)
        if post is not None:
            q = attrs.evolve(q, qualifier=post)
    q = attrs.evolve(q, period=_attach_period(periods, q.span, offset, text))
    return q, end


def _label_suffix(word: str) -> bool:
    """Letters glued to a number that make it a label or an ordinal ("4G", "3D", "5th")."""
    return word.lower() in {"st", "nd", "rd", "th"} or (
        word.isalpha() and word.isupper() and len(word) <= 2
    )


def _ratio(t: _Tokens, num: _Num, text: str) -> _Num:
    """Ratios ("one in five", "1 out of 3", "one over twenty") as their share (0.2, 0.333…)."""
    j = num.end
    if num.scale is not None or num.value == 0 or num.value != num.value.to_integral_value():
        return num
    k = j + 2 if (t.low(j), t.low(j + 1)) == ("out", "of") else j + 1
    if t.low(j) not in {"in", "over", "out"} or k >= len(t):
        return num
    if not (_is_num(t.get(k)) or t.low(k) in _SMALL or t.low(k) in _TENS):
        return num
    den = _read_number(t, k, money=False)
    if den is None or den.scale is not None or den.value <= abs(num.value) or _is_year(den, t):
        return num
    if _match_unit(t, den.end, money=False, sentence=text) is not None:
        return num  # "1 in 10 years", "2 over 5 km"
    return attrs.evolve(num, value=num.value / den.value, end=den.end, plain=False)


def parse_quantity(text: str) -> Quantity:
    """Read one mention: ``parse_quantity("$20.5 billion")`` → 20.5e9 USD.

    Raises:
        InputError: when ``text`` is not a str (``reason="type"``) or holds no quantity
            (``reason="no-quantity"``).

    >>> q = parse_quantity("$20.5 billion")
    >>> (q.value, q.unit.code, q.scale)
    (Decimal('20500000000.0'), 'USD', Decimal('1000000000'))
    >>> parse_quantity("£20m").value
    Decimal('20000000')
    >>> parse_quantity("5 m").unit.code
    'm'
    """
    if not isinstance(text, str):
        raise InputError(f"parse_quantity expects a str, got {type(text).__name__}", reason="type")
    found = find_quantities(text)
    if not found:
        raise InputError(f"no quantity in {text[:80]!r}", reason="no-quantity")
    return found[0]


# --------------------------------------------------------------------------------------------
# The pipeline step
# --------------------------------------------------------------------------------------------


def _regions(doc: Document) -> Iterable[Span]:
    if doc.headline is not None:
        yield doc.headline.span
    for p in doc.paragraphs:
        yield p.span
    for c in doc.comments:
        yield c.body


@attrs.frozen
class QuantityExtractor:
    """The quantities step: numeric facts of the headline, body paragraphs and comment bodies.

    Periods: every period mention is read first; the article's dominant period (its most
    mentioned explicit quarter, half or year, over the headline and body) is the anchor for
    relative ones, with the source's reference time as the fallback.
    """

    name: str = "quantities"
    requires: frozenset[str] = frozenset({"headline", "paragraphs", "comments"})
    provides: frozenset[str] = frozenset({"quantities"})

    def __call__(self, doc: Document, /) -> Document:
        """Return ``doc`` with its quantities."""
        text = doc.source.text
        regions = list(_regions(doc))
        body_regions = regions[: len(regions) - len(doc.comments)]
        raw = [p for r in body_regions for p in find_periods(text[r.start : r.end], offset=r.start)]
        ref = doc.source.reference_time
        today: date | None = ref.date() if ref is not None else None
        anchor = Anchor(period=dominant_period(raw), today=today)
        found: list[Quantity] = []
        seen: set[tuple[int, int]] = set()
        for r in regions:
            chunk = text[r.start : r.end]
            for q in find_quantities(chunk, offset=r.start, anchor=anchor):
                key = (q.span.start, q.span.end)
                if key not in seen:
                    seen.add(key)
                    found.append(q)
        found.sort(key=lambda q: (q.span.start, -q.span.end))
        labels = _product_numbers(text, found)
        kept: list[Quantity] = []
        for q in found:  # regions may overlap (a headline inside the first paragraph)
            if _is_bare_integer(q) and q.text in labels:
                continue  # "920" after "lumia 920" elsewhere on the page: a model, not a fact
            if not kept or q.span.start >= kept[-1].span.end:
                kept.append(q)
        return doc.evolve(quantities=tuple(kept))


def _is_bare_integer(q: Quantity) -> bool:
    return (
        q.value is not None
        and q.unit is None
        and q.noun is None
        and q.scale is None
        and q.value == q.value.to_integral_value()
        and q.text.isdigit()
    )


_MODEL_NAME: Final = re.compile(r"\b([A-Za-z][A-Za-z+-]{1,20})\s(\d{1,4})\b")


def _product_numbers(text: str, found: Sequence[Quantity]) -> set[str]:
    """Numbers the page uses as model names.

    After a product word seen before several numbers ("lumia 920", "lumia 510"), or after a
    capitalised name ("Lumia 920").
    """
    words: dict[str, set[str]] = {}
    labels: set[str] = set()
    for m in _MODEL_NAME.finditer(text):
        word, number = m.group(1), m.group(2)
        low = word.lower()
        if low in _STOP or low in _MONTH_WORDS or low.endswith(("ed", "ing")):
            continue
        words.setdefault(low, set()).add(number)
        if any(c.isupper() for c in word) and m.start() > 0 and text[m.start() - 1] not in ".\n":
            labels.add(number)
    for numbers in words.values():
        if len(numbers) >= 2:
            labels |= numbers
    bare = {q.text for q in found if _is_bare_integer(q)}
    return labels & bare
