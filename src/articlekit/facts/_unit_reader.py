"""Units and currencies around a number.

Money before it ("$", "US$", "MUSD"), a unit after it (symbols, names, compounds such as "km/h"
or "ml · kg −1"), and "pounds" as money or weight.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from articlekit._patterns import compile_later
from articlekit.facts import _units as units
from articlekit.facts._nouns import looks_plural
from articlekit.facts._tokens import TOKEN, Tokens, is_cjk, is_hangul, is_num
from articlekit.facts._vocab import (
    MONEY_CUES,
    SCALE_WORDS,
    STOP,
    TEMPERATURE_CUES,
    TEMPERATURE_WORDS,
)
from articlekit.model import Dimension, Unit


def money_before(t: Tokens, i: int) -> tuple[int, Unit, Decimal | None] | None:
    """A money symbol or code ending right before token ``i`` (one space allowed).

    Returns the first token, the currency and a scale when the code carries one ("MUSD 30").
    """
    if i == 0:
        return None
    yen = t.get(i - 1) == "=" and t.get(i - 2) == "Y" and t.glued(i) and t.glued(i - 1)
    if yen:
        return i - 2, units.currency("JPY"), None  # "Y=1,200 billion": yen in wire copy
    return _money_symbol_before(t, i)


def _money_symbol_before(t: Tokens, i: int) -> tuple[int, Unit, Decimal | None] | None:
    # a spaced "hk $" / "u.s $" (lower-cased, tokenised news wires)
    if t.get(i - 1) == "$" and i >= 2 and not t.glued(i - 1) and t.get(i - 2)[:1].isalpha():
        for k in (3, 1):
            s = i - 1 - k
            if s < 0 or any(not t.glued(x) for x in range(s + 1, i - 1)):
                continue
            head = "".join(t.words[s : i - 1])
            if head.lower() in STOP or (s > 0 and t.glued(s)):
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


_EURO: Final = compile_later(r"€|\beuros?\b", re.IGNORECASE)
_POUND: Final = compile_later("£")
_WEIGHT_CUES: Final = compile_later(
    r"\bweigh|\bheav|\blbs?\b|\bkg\b|\blose\b|\bgain", re.IGNORECASE
)


#: Languages whose "Cent" is a hundredth of the euro: those of the euro area that write the
#: word ("10 Cent pro Kilometer"; Spanish and Portuguese say "céntimo" and "cêntimo").
_EURO_CENT_LANGUAGES: Final = frozenset({"de", "fr", "it", "nl", "fi", "el", "sk", "sl", "et"})


def currency_from_context(t: Tokens, default: str) -> str:
    """The currency of a minor unit ("50 cents"): euros or pounds when the text names them.

    In a language of the euro area a "Cent" is a euro's (:data:`_EURO_CENT_LANGUAGES`).
    """
    if t.cues.has(_EURO):
        return "EUR"
    if t.cues.has(_POUND):
        return "GBP"
    if default == "USD" and t.lang in _EURO_CENT_LANGUAGES:
        return "EUR"
    return default


_SIGNS: Final = frozenset({"%", "％", "‰"})
_YUAN: Final = "元"


_MOLAR: Final = Unit("M", Dimension.OTHER)


# Where a spaced "M" after a number is molar: chemistry around it.
_MOLAR_CUES: Final = compile_later(
    r"\b(?:solutions?|concentrations?|buffer|molar|[mµμnp]M|mol|NaCl|HCl|KCl|NaOH|GdmCl|Tris"
    r"|chloride|sulfate|sulphate|phosphate|acetate|acid|urea)\b"
)


def _symbol_fits(t: Tokens, j: int, k: int, sym: str) -> bool:
    """Whether ``sym`` (tokens ``j``..``j+k``) ends where a symbol may end.

    "5 mph" yes, "5 mphx" no; "95%CI", "10%sucrose" are percent, "%28" is not; a letter
    elided before a word is no symbol ("2 millions d'habitants": not days).
    """
    if len(sym) == 1 and sym.islower() and _elided(t, j + k):
        return False
    if j + k >= len(t) or not t.glued(j + k) or not t.get(j + k).isalnum():
        return True
    return sym in _SIGNS and t.get(j + k).isalpha()


def _prefix_of_next(t: Tokens, k: int, sym: str) -> bool:
    """Whether a money sign before token ``k`` is glued to that token's digits ("$50,000")."""
    return (
        k < len(t)
        and t.glued(k)
        and t.get(k)[:1].isdigit()
        and not sym.isalnum()
        and units.currency_symbol(sym) is not None
    )


def _elided(t: Tokens, k: int) -> bool:
    """Whether an apostrophe at ``k`` joins an elided letter to the word after it ("d'euros")."""
    return t.get(k) in {"'", "’"} and t.glued(k) and t.glued(k + 1) and t.get(k + 1)[:1].isalpha()


#: ASCII stand-ins for unit symbols that are common words in other languages: German and
#: Portuguese "um" (µm), spaced after a number.
_WORDS_ABROAD: Final = frozenset({"um"})
#: Unit names of other languages that are English words: read only in a text that is not
#: English ("10 Grad" is ten degrees; "5 grad students" counts students).
_NAMES_ABROAD: Final = frozenset({"grad"})


def _symbol_at(t: Tokens, j: int, k: int) -> Unit | None:
    """The unit or currency spelled by the ``k`` glued tokens at ``j`` ("km/h", "m2", "°C")."""
    glued = t.glued(j)
    sym = "".join(t.words[j : j + k])
    if (k < 4 and not _symbol_fits(t, j, k, sym)) or (not glued and _prefix_of_next(t, j + k, sym)):
        return None  # "5 mphx"; "three $50,000 prizes": the symbol opens the next amount
    unit = units.SYMBOLS.get(sym) or _powered(sym)
    if unit is not None:
        if (sym in units.GLUED_ONLY and not glued) or (sym == "K" and glued):
            return None  # "300K" is thousands; read as scale already
        if not glued and not t.english and sym.lower() in _WORDS_ABROAD:
            return None  # "von 2001 um Trainer", "com um ano": a word of the language
        if unit.code == "°" and t.cues.has(TEMPERATURE_WORDS):
            return _temperature(t)
        return unit
    return _currency_at(sym, k, glued=glued, yuan=t.yuan, lang="" if t.english else t.lang)


#: The crown "kr" names in each language that writes it ("50 kr" in a Danish text is DKK).
_KRONE: Final = {"da": "DKK", "fo": "DKK", "nb": "NOK", "nn": "NOK", "no": "NOK", "is": "ISK"}
#: Currency symbols of letters and the languages of the countries that write them after a
#: spaced number ("5 zł", "5000 Ft", "50 kr", "100 руб"); elsewhere they may be other things
#: (German "100 RM" is Reichsmark, Swiss "50 Rp" is Rappen).
_LETTER_SYMBOL_LANGUAGES: Final = {
    "zł": {"pl"},
    "Kč": {"cs", "sk"},
    "Ft": {"hu"},
    "kr": {"sv", *_KRONE},
    "lei": {"ro"},
    "лв": {"bg"},
    "руб": {"ru", "be"},
    "грн": {"uk"},
    "RM": {"ms"},
    "Rp": {"id"},
    "Rs": {"hi", "ur", "ne", "si", "ta", "mr", "bn"},
}


def _currency_at(sym: str, k: int, *, glued: bool, yuan: str, lang: str = "") -> Unit | None:
    """A currency symbol or code after a number: "20$", "500 USD", "30 MUSD".

    "元" names ``yuan``, the currency of the text's region ("50元" in Taiwan is TWD). A symbol
    of letters after a space is read in the languages of the countries that write it ("5 zł",
    "5000 Ft", "50 kr"), and "kr" is the crown of the text's language.
    """
    code = yuan if sym == _YUAN else units.currency_symbol(sym)
    if code == "SEK" and sym == "kr":
        code = _KRONE.get(lang, code)
    if code is not None and (
        k > 1
        or not sym.isalpha()
        or glued
        or sym.lower() in units.LOWER_CODES
        or sym in units.CURRENCY_CODES
        or sym.lower() in units.EXTRA_CURRENCIES
        or lang in _LETTER_SYMBOL_LANGUAGES.get(sym, ())
    ):
        return units.currency(code)
    if k == 1 and len(sym) == 4 and sym[0] == "M" and sym[1:] in units.CURRENCY_CODES:
        return units.currency(sym[1:])
    return None


#: Unit abbreviations of one language that mean other things elsewhere: German recipes measure
#: in "TL" (Teelöffel) and "EL" (Esslöffel); in Turkish "TL" is the lira.
_LANGUAGE_SYMBOLS: Final[dict[str, dict[str, Unit]]] = {
    "de": {
        "TL": units.NAMES["teaspoon"],
        "EL": units.NAMES["tablespoon"],
        # German abbreviates seconds "sek"/"Sek." (the Swedish krona is written "SEK")
        "sek": units.NAMES["seconds"],
        "Sek": units.NAMES["seconds"],
        # and minutes and hours "Min."/"Std." ("15 Min. köcheln", "2 Std. ruhen lassen")
        "Min": units.NAMES["minutes"],
        "Std": units.NAMES["hours"],
    },
    "tr": {"TL": units.currency("TRY")},
}


def _symbol_unit(t: Tokens, j: int) -> tuple[int, Unit] | None:
    """Symbols: glued tokens concatenated, longest first (up to four)."""
    own = _LANGUAGE_SYMBOLS.get(t.lang)
    if own is not None and t.get(j) in own and not t.glued(j):
        return j + 1, own[t.get(j)]  # "1 TL Vanilleextrakt": a teaspoon in German
    glued = 0  # how many tokens after ``j`` each touch the one before (three are enough)
    while glued < 3 and t.glued(j + glued + 1):
        glued += 1
    for k in range(min(glued + 1, len(t) - j), 0, -1):
        unit = _symbol_at(t, j, k)
        if unit is not None:
            return j + k, unit
    return None


def _molar(t: Tokens, j: int) -> bool:
    """A spaced "M" in chemistry: "0.15 M sodium chloride solution" (not "2 M units")."""
    return (
        t.get(j) == "M"
        and not t.glued(j)
        and t.cues.has(_MOLAR_CUES)
        and not (t.get(j + 1).islower() and looks_plural(t.get(j + 1)))
    )


def _head(name: str) -> str:
    found = TOKEN.match(name)
    return found.group() if found else name


#: The first token of every unit and currency name: a word that starts none is no name.
_NAME_HEADS: Final = frozenset(
    _head(name)
    for table in (units.NAMES, units.CURRENCY_NAMES, units.EXTRA_CURRENCIES)
    for name in table
) | {"pound", "pounds"}


def _named_unit(t: Tokens, j: int, *, money: bool) -> tuple[int, Unit] | None:
    """Names: up to four words joined by spaces or glued hyphens ("miles per hour")."""
    if t.lower[j] not in _NAME_HEADS:
        return None
    n = len(t)
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
            return j + k, _pounds(t, j, k, money=money)
        unit = units.NAMES.get(name)
        if unit is None and "-" in name and k > 1:
            name = name.replace("-", " ")  # "a 2,000-square-foot home", "a 10-square-mile area"
            unit = units.NAMES.get(name)
        if unit is not None and not (t.english and name in _NAMES_ABROAD):
            if unit.code == "°":
                unit = _degree_named(t, j, k, unit)
            return j + k, unit
        code = units.CURRENCY_NAMES.get(name) or units.EXTRA_CURRENCIES.get(name)
        if code is not None:
            return j + k, units.currency(code)
    return None


def _wrapped_unit(t: Tokens, j: int, *, money: bool) -> tuple[int, Unit] | None:
    """A unit after a glued hyphen ("3-inch", "45-acre") or in brackets ("20 [kg]")."""
    glued = t.glued(j)
    if t.get(j) in {"-", "‐"} and glued and t.glued(j + 1) and t.get(j + 1).isalpha():
        found = match_unit(t, j + 1, money=money)
        if found is not None and (
            found[1].dimension != Dimension.CURRENCY
            or t.get(j + 1).islower()
            or t.lang == "de"  # German capitalises currency names: "2-Euro-Münze"
        ):
            return found
    if t.get(j) in _OPEN_BRACKETS and not glued:
        found = match_unit(t, j + 1, money=money)
        if found is not None and t.get(found[0]) == _OPEN_BRACKETS[t.get(j)]:
            return found[0] + 1, found[1]
    return None


_CELSIUS: Final = units.SYMBOLS["°C"]


def _temperature(t: Tokens) -> Unit:
    """A degree of temperature without its scale.

    Celsius in a text in another language than English, whose countries all measure in it; in
    English a bare "degrees" may be Fahrenheit or Celsius.
    """
    return _CELSIUS if not t.english else Unit("°", Dimension.TEMPERATURE)


#: Words of an angle around a German "Grad" ("eine 45-Grad-Neigung", "um 180 Grad gedreht",
#: "ein 360-Grad-Blick", "50 Grad nördlicher Breite"); every other "N Grad" of German is a
#: temperature. Parts of compounds ("Abstrahlwinkel", "Neigungswinkel") ...
_GERMAN_ANGLE_PARTS: Final = (
    "winkel", "neigung", "drehung", "kamera", "panorama", "steigung", "gefälle", "rotation",
    "kompass",
)  # fmt: skip
#: ... and words by their start ("drehen", "gedreht"; not "verwenden" for "wende").
_GERMAN_ANGLE_STARTS: Final = (
    "dreh", "gedreht", "wende", "kehrtwende", "blick", "schwenk", "kurve", "rotier", "schräg",
    "kipp", "bogen", "radius",
)  # fmt: skip
_GERMAN_ANGLE_WORDS: Final = frozenset({"breite", "länge"})


def _german_angle(word: str) -> bool:
    return (
        word.startswith(_GERMAN_ANGLE_STARTS)
        or word in _GERMAN_ANGLE_WORDS
        or any(part in word for part in _GERMAN_ANGLE_PARTS)
    )


#: How many tokens on either side of a "Grad" an angle's word may stand.
_ANGLE_REACH: Final = 4


def _degree_named(t: Tokens, j: int, k: int, unit: Unit) -> Unit:
    """A degree named in words ("180 Grad", "ten degrees"): a temperature or an angle.

    A temperature in a text about heat; in German also without one, unless a word of an angle
    stands near ("bei bis zu 12 Grad", "das 1,5-Grad-Ziel"; "eine 45-Grad-Neigung").
    """
    if t.cues.has(TEMPERATURE_CUES):
        return _temperature(t)
    if t.lang == "de" and t.lower[j] == "grad":
        near = t.lower[max(0, j - _ANGLE_REACH) : j + k + _ANGLE_REACH]
        if not any(_german_angle(w) for w in near):
            return _temperature(t)
    return unit


def match_unit(t: Tokens, j: int, *, money: bool) -> tuple[int, Unit] | None:
    """A unit starting at token ``j`` (right after a number): returns (end token, unit).

    Read once per token of ``t`` (:attr:`Tokens.units_at`).
    """
    memo = t.units_at
    key = (j, money)
    if key in memo:
        return memo[key]
    found = memo[key] = _unit_at(t, j, money=money)
    return found


def _unit_at(t: Tokens, j: int, *, money: bool) -> tuple[int, Unit] | None:
    if j >= len(t):
        return None
    found = _symbol_unit(t, j) or _bare_degrees(t, j)
    if found is not None:
        return found
    if t.lang == "ko" and is_hangul(t.get(j)):
        return _korean_unit(t, j)
    if _molar(t, j):
        return j + 1, _MOLAR  # "0.15 M sodium chloride solution", "1 x 10-4 M" (not millions)
    # "元" is the yuan of the text's region, which only the script's own reading knows
    first = _cjk_unit(t, j) if t.get(j) == _YUAN else None
    found = first or _named_unit(t, j, money=money) or _cjk_unit(t, j)
    if found is not None:
        return found
    return _wrapped_unit(t, j, money=money)


#: Words of a weather report beyond :data:`TEMPERATURE_WORDS`: "highs of 25C", "lows of -3C".
_DEGREE_CUES: Final = compile_later(
    r"\b(?:degrees?|highs?|lows?|hottest|hotter|heatwave|forecasts?)\b", re.IGNORECASE
)


def _bare_degrees(t: Tokens, j: int) -> tuple[int, Unit] | None:
    """Degrees as British papers write them, a capital glued to the number: "40C", "104F".

    Only in a text that speaks of temperature (:data:`TEMPERATURE_WORDS`, :data:`_DEGREE_CUES`):
    elsewhere a capital after digits is a grade, a size or a name ("Section 5C", "Flight 5C").
    """
    word = t.get(j)
    if word not in {"C", "F"} or not t.glued(j) or not t.get(j - 1)[-1:].isdigit():
        return None
    if j + 1 < len(t) and t.glued(j + 1) and t.get(j + 1).isalnum():
        return None
    if not (t.cues.has(TEMPERATURE_WORDS) or t.cues.has(_DEGREE_CUES)):
        return None
    unit = units.unit_for("°C" if word == "C" else "°F")
    return None if unit is None else (j + 1, unit)


_YEAR_DIGITS: Final = compile_later(r"1\d{3}|20\d{2}|2100")


def korean_spaced(t: Tokens, j: int) -> bool:
    """Whether the Korean word at ``j`` is a unit or counter spaced after a scale ("3조 원").

    Korean spacing separates the unit of an amount written with a scale syllable ("1조 원",
    "15만 명"); after bare digits a spaced word is no unit ("10 명" stays a bare number).
    """
    return t.get(j - 1) in units.KOREAN_SCALES and t.starts[j] - t.ends[j - 1] == 1


def _korean_unit(t: Tokens, j: int) -> tuple[int, Unit] | None:
    """A unit or currency glued to a number in Korean: "5만원", "3개월", "25세", "1년".

    "년" after a four-digit year is the year itself ("2020년"); "분" before "의" is a
    fraction's denominator ("3분의 1"), not minutes.
    """
    word = t.get(j)
    code = units.KOREAN_UNITS.get(word)
    if code is None or not (t.glued(j) or korean_spaced(t, j)):
        return None
    if word == "년" and _YEAR_DIGITS.fullmatch(t.get(j - 1)) is not None:
        return None
    if word == "분" and t.get(j + 1) == "의" and t.glued(j + 1):
        return None
    unit = units.currency(code) if code in units.CURRENCY_CODES else units.unit_for(code)
    return None if unit is None else (j + 1, unit)


def _cjk_unit(t: Tokens, j: int) -> tuple[int, Unit] | None:
    """A unit or currency in Chinese or Japanese script after a number: "5公里", "3.5亿元".

    The script has no spaces, so the longest unit of up to four glued characters wins; "年"
    after a four-digit year is the year itself ("2020年"), not a duration.
    """
    if not is_cjk(t.get(j)):
        return None
    for k in (4, 3, 2, 1):
        parts = t.words[j : j + k]
        if len(parts) < k or not all(is_cjk(w) for w in parts):
            continue
        if not all(t.glued(x) for x in range(j + 1, j + k)):
            continue
        name = "".join(parts)
        code = units.CJK_UNITS.get(name)
        if code is None:
            continue
        if name == "年" and _YEAR_DIGITS.fullmatch(t.get(j - 1)) is not None:
            return None
        if name == _YUAN:
            code = t.yuan  # the currency of the text's region ("50元" in Taiwan is TWD)
        unit = units.currency(code) if code in units.CURRENCY_CODES else units.unit_for(code)
        return None if unit is None else (j + k, unit)
    return None


MAX_POWER: Final = 100


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


INCH_WORDS: Final = frozenset({"in", "inch", "inches", '"', "″", "”"})


_OPEN_BRACKETS: Final = {"(": ")", "[": "]", "{": "}", "<": ">"}


_SUPERSCRIPT_MINUS: Final = {"−", "-", "–", "⁻"}


_UNIT_DOTS: Final = frozenset({".", "·", "⋅"})


_MAX_DENOMINATORS: Final = 3


def _negative_power(t: Tokens, e: int) -> tuple[int, str] | None:
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
    if t.glued(k + 2) and (after[:1].isalnum() or (after in {".", ","} and is_num(t.get(k + 3)))):
        return None  # "−1.5", "−12a": a number, not an exponent
    return k + 2, power


def denominator(t: Tokens, j: int) -> tuple[int, str, Dimension] | None:
    """One denominator after a unit: "/h", "per ml", " s−1", ".s^-1", " · kg −1", "/cm 3"."""
    nxt = t.get(j)
    if (nxt == "/" and t.glued(j)) or t.low(j) == "per":
        found = match_unit(t, j + 1, money=False)
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
            and not is_num(t.get(end + 1))
        ):
            code, end = code + _SUPERSCRIPT[t.get(end)], end + 1
        return end, code, den.dimension
    # "km s−1", "m.s^-1", "ml · kg −1"
    k = j
    if nxt in _UNIT_DOTS and (t.glued(j) or t.glued(j + 1) or nxt != "."):
        k = j + 1
    if k >= len(t) or not t.get(k)[:1].isalpha():
        return None
    found = match_unit(t, k, money=False)
    if found is None or found[1].dimension in {Dimension.CURRENCY, Dimension.RATIO}:
        return None
    power = _negative_power(t, found[0])
    if power is None:
        return None
    return power[0], found[1].code + power[1], found[1].dimension


def compound(t: Tokens, j: int, unit: Unit) -> tuple[int, Unit]:
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
        found = denominator(t, end)
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


def _pounds(t: Tokens, j: int, k: int, *, money: bool) -> Unit:
    if money or t.low(j + k) == "sterling" or t.low(j - 1) in SCALE_WORDS:
        return units.currency("GBP")
    if t.low(j + k) == "of" or t.cues.has(_WEIGHT_CUES):
        return Unit("lb", Dimension.MASS)
    if t.cues.has(MONEY_CUES) or t.low(j - 1) in SCALE_WORDS:
        return units.currency("GBP")
    return Unit("lb", Dimension.MASS)
