"""Closed vocabularies the quantity reader shares across its phases (data, no logic).

Number words come from :mod:`._numwords`; scale abbreviations, month names, stop words and the
cue patterns that tell money, temperature or length from their sentence live here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from decimal import Decimal
from importlib import resources
from typing import Final

from articlekit._language import primary_language
from articlekit._patterns import compile_later
from articlekit.facts import _numwords as numwords

SMALL: Final = numwords.SMALL


TENS: Final = numwords.TENS


#: Scale words in the singular and the plural ("lakhs", "millions" of users).
SCALE_WORDS: Final = numwords.SCALES | {w + "s": v for w, v in numwords.SCALES.items()}


#: Abbreviated scales: always a scale, glued or spaced ("$5bn", "€3 mn").
SCALE_ABBR: Final = {
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


ZERO_WORDS: Final = numwords.ZERO_WORDS


STARTERS: Final = (
    frozenset({"a", "an", "half", "quarter"}) | ZERO_WORDS | SMALL.keys() | TENS.keys()
)


VULGAR: Final = {
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


MONTH_WORDS: Final = frozenset(
    (
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec"
    ).split()
)


STOP: Final = frozenset(
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


PROFILE: Final = frozenset(
    (
        "posts post points karma reputation rep comments joined member messages likes reactions"
    ).split()
)


_TEMPERATURE_WORDS = (
    r"temperat|weather|\bwarm|\bhot\b|\bcold\b|\bheat|\bfreez|\bboil|fever|\bcool|celsius"
    r"|fahrenheit|thermo|\bmelt"
    # other languages: temperature, weather, heat, cold, frost, oven
    r"|températ|температур|wetter|hitze|\bheiß|\bkalt|kälte|\bfrost|ofen\b|\bchaud|\bfroid"
    r"|\bcaldo|\bfreddo|\bcalor\b|\bfrío|\bhorno|\bforno|духовк|мороз"
)
#: A text about heat: a bare "degrees" or "°" in it is a temperature.
TEMPERATURE_CUES: Final = compile_later(_TEMPERATURE_WORDS + "|°", re.IGNORECASE)
#: The same, in words only (a "°" sign alone does not make "5°" a temperature).
TEMPERATURE_WORDS: Final = compile_later(_TEMPERATURE_WORDS, re.IGNORECASE)


MONEY_CUES: Final = compile_later(
    r"[$£€¥₹]|\b(?:pay|paid|cost|costs|price|priced|prices|spend|spent|sold for|bought|worth"
    r"|fund|funding|salary|budget|fine|fined|revenue|profit|loss|sterling|bank|tax|fee|fees"
    r"|raise|raised|invest|loan|debt|deal|bid|offer|award|prize|pension|wage|million|billion)\b",
    re.IGNORECASE,
)


LENGTH_CUES: Final = compile_later(
    r"\b(?:tall|high|height|long|length|wide|width|deep|depth|away|distance|metres?|meters?|"
    r"altitude|elevation|run|race|sprint|swim|jump|dive|freestyle|hurdles|relay|wave|waves|"
    r"square|sq|radius|diameter|wall|tower|building|floor|storey|story|km|cm|mm)\b",
    re.IGNORECASE,
)


RANGE_DASH: Final = frozenset({"-", "–", "—", "~", "‒", "to", "−", "～", "〜"})


NEG_CONTEXT: Final = frozenset(
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


def word_alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` as a trie, so that the engine never backtracks far.

    A flat ``one|two|…`` of some 200 words is tried word by word at every position; the trie
    shares prefixes (``t(?:en|h(?:irt…``) and reads a text about ten times faster.

    >>> word_alternation(["ten", "tens", "two"])
    't(?:en(?:s)?|wo)'
    """
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _alternation(tree)


def _alternation(node: dict) -> str:  # type: ignore[type-arg]
    ends = "" in node
    alts = [re.escape(ch) + _alternation(sub) for ch, sub in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if ends:
        return "(?:" + "|".join(alts) + ")?"
    return body


def _decimal_marks() -> tuple[frozenset[str], frozenset[str]]:
    raw = resources.files("articlekit.facts").joinpath("data/decimal_marks.json").read_text("utf-8")
    data = json.loads(raw)
    return frozenset(data["decimal_comma"]), frozenset(data["decimal_point_territories"])


#: Languages whose decimal mark is a comma, and their territories that write a point (CLDR,
#: generated by ``scripts/generate_decimal_marks.py``).
DECIMAL_COMMA, DECIMAL_POINT_TERRITORIES = _decimal_marks()


def writes_decimal_comma(language: str | None) -> bool:
    """Whether text in ``language`` (a BCP 47 tag: ``de``, ``es-MX``) writes decimal commas.

    By CLDR: the language's decimal mark, unless its territory writes a point.

    >>> [writes_decimal_comma(x) for x in ("de", "de-DE", "es-MX", "de-CH", "en", "pt-BR", None)]
    [True, True, False, False, False, True, False]
    """
    lang = primary_language(language)
    if lang not in DECIMAL_COMMA:
        return False
    parts = (language or "").replace("_", "-").split("-")
    territory = next((p.upper() for p in parts[1:] if len(p) == 2 or p.isdigit()), None)
    return territory is None or f"{lang}_{territory}" not in DECIMAL_POINT_TERRITORIES


_MILLION: Final = Decimal(10) ** 6
_BILLION: Final = Decimal(10) ** 9

#: Scale words of other languages after digits ("3,5 Millionen", "14.372,4 millones", "1,2
#: Mrd."), plural forms included (unlike English "millions", they scale). Only words that are
#: no English word; German "Billion" and Spanish "billón" are a million millions.
FOREIGN_SCALES: Final = {
    **dict.fromkeys(
        (
            "millionen millones millón millon milione milioni milhão milhões milhao milhoes "
            "miljoen miljoenen miljon miljoner millioner milyon milion miliony milionów "
            "миллион миллиона миллионов млн мільйон мільйона мільйонів мільйони"
        ).split(),
        _MILLION,
    ),
    **dict.fromkeys(
        (
            "milliarde milliarden milliard milliards mrd miliardo miliardi bilhão bilhões "
            "bilhao bilhoes miljard miljarden miljarder milliarder milyar miliard miliardy "
            "miliardów mld миллиард миллиарда миллиардов млрд мільярд мільярда мільярдів"
        ).split(),
        _BILLION,
    ),
    **dict.fromkeys("billionen billones billón".split(), _MILLION * _MILLION),
    **dict.fromkeys(
        "tausend tsd tys tysiąc tysiące tysięcy тыс тысяч тысячи тысяча тис тисяча тисячі "
        # Arabic also with the accusative's ending ("50 ألفاً" read without its vowel sign) and
        # without the hamza ("الفا")
        "тисяч ألف آلاف ألفا الف الفا".split(),
        Decimal(1000),
    ),
    **dict.fromkeys("مليون ملايين مليونا".split(), _MILLION),
    **dict.fromkeys("مليار مليارات".split(), _BILLION),
    # Chinese, Japanese and Korean count in myriads: "15万人", "3.5亿元", "15만 명"
    **dict.fromkeys("万 萬 만".split(), Decimal(10_000)),
    **dict.fromkeys("亿 億 억".split(), Decimal(10) ** 8),
    **dict.fromkeys("兆 조".split(), _MILLION * _MILLION),
    **dict.fromkeys("千 천".split(), Decimal(1000)),
}

#: Scale words that are scales only in some languages: "mil" (a thousand in Spanish and
#: Portuguese, a thousandth of an inch in English), "mila" (Italian), "Billion" (German, a
#: million millions), "millions" (French: "250 millions de dollars").
LANGUAGE_SCALES: Final = {
    "es": {"mil": Decimal(1000)},
    "pt": {"mil": Decimal(1000)},
    "ca": {"mil": Decimal(1000)},
    "gl": {"mil": Decimal(1000)},
    "it": {"mila": Decimal(1000)},
    "de": {"billion": _MILLION * _MILLION, "million": _MILLION},
    # French abbreviates the milliard ("2,5 Md€", "1,2 Mds d'euros")
    "fr": {
        "millions": _MILLION,
        "million": _MILLION,
        "md": _BILLION,
        "mds": _BILLION,
        "mrd": _BILLION,
        "mrds": _BILLION,
    },
    # Indonesian and Malay: "5 juta" (million), "2 miliar" (billion), "500 ribu" (thousand)
    "id": {
        "ribu": Decimal(1000),
        "juta": _MILLION,
        "miliar": _BILLION,
        "milyar": _BILLION,
        "triliun": _MILLION * _MILLION,
    },
    "ms": {"ribu": Decimal(1000), "juta": _MILLION, "bilion": _BILLION},
    # Turkish: "5 bin" (thousand), "3 milyon", "2 milyar", "1 trilyon"
    "tr": {
        "bin": Decimal(1000),
        "milyon": _MILLION,
        "milyar": _BILLION,
        "trilyon": _MILLION * _MILLION,
    },
    # Hindi: "15 हजार" (thousand), "3 लाख" (hundred thousand), "5 करोड़" (ten million), "2 अरब"
    # (billion); a letter with its nukta either as one code point or as two ("ज़": U+095B, or
    # U+091C U+093C, as NFC writes it)
    "hi": {
        "हजार": Decimal(1000),
        "हज़ार": Decimal(1000),
        "\u0939\u095b\u093e\u0930": Decimal(1000),
        "लाख": Decimal(100_000),
        "करोड़": Decimal(10_000_000),
        "\u0915\u0930\u094b\u095c": Decimal(10_000_000),
        "करोड": Decimal(10_000_000),
        "अरब": _BILLION,
        "खरब": Decimal(100) * _BILLION,
    },
    # Nepali and Marathi write the same Indian scales in Devanagari: "२१ हजार", "८ लाख"; Nepali's
    # billion is "अर्ब", Marathi's crore "कोटी" and billion "अब्ज"
    "ne": {
        "हजार": Decimal(1000),
        "हज़ार": Decimal(1000),
        "लाख": Decimal(100_000),
        "करोड": Decimal(10_000_000),
        "करोड़": Decimal(10_000_000),
        "अर्ब": _BILLION,
        "अरब": _BILLION,
        "खर्ब": Decimal(100) * _BILLION,
    },
    "mr": {
        "हजार": Decimal(1000),
        "लाख": Decimal(100_000),
        "कोटी": Decimal(10_000_000),
        "अब्ज": _BILLION,
    },
    # Persian: "۵۰۰ هزار" (thousand), "۳ میلیون", "۲ میلیارد"
    "fa": {
        "هزار": Decimal(1000),
        "میلیون": _MILLION,
        "ميليون": _MILLION,
        "میلیارد": _BILLION,
        "ميليارد": _BILLION,
        "تریلیون": _MILLION * _MILLION,
    },
    # Hebrew: "3 מיליון", "2 מיליארד", "5 אלף"
    "he": {
        "אלף": Decimal(1000),
        "אלפים": Decimal(1000),
        "מיליון": _MILLION,
        "מיליארד": _BILLION,
    },
    # Vietnamese: "15,4 triệu" (million), "2 tỷ" (billion), "500 nghìn" (thousand)
    "vi": {
        "nghìn": Decimal(1000),
        "ngàn": Decimal(1000),
        "triệu": _MILLION,
        "tỷ": _BILLION,
        "tỉ": _BILLION,
    },
}

#: Languages that write ordinal numbers with a dot ("am 5. März", "der 3. Platz").
ORDINAL_DOT_LANGUAGES: Final = frozenset(
    "de da nb nn no fi et cs sk sl hr sr bs hu tr lv is fo".split()
)


def _numbers(words: str) -> dict[str, Decimal]:
    """Number words in the order of their values: "zwei drei" → {"zwei": 2, "drei": 3}."""
    out: dict[str, Decimal] = {}
    for word in words.split():
        name, _, value = word.partition("=")
        out[name] = Decimal(value)
    return out


_TWO_TO_TWELVE: Final = tuple(range(2, 13))


def _german_tens_and_units() -> dict[str, Decimal]:
    """German's numbers from 21 to 99 as it writes them, its unit first: "einundzwanzig"."""
    units = "ein zwei drei vier fünf sechs sieben acht neun".split()
    tens = "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig".split()
    return {
        f"{unit}und{ten}": Decimal(10 * (t + 2) + u + 1)
        for t, ten in enumerate(tens)
        for u, unit in enumerate(units)
    }


def _small(words: str, tens: str = "") -> dict[str, Decimal]:
    found = {w: Decimal(v) for w, v in zip(words.split(), _TWO_TO_TWELVE, strict=True)}
    found.update(_numbers(tens))
    return found


#: The article that counts one before a scale word ("eine Million Euro", "un millón de
#: personas", "un milione"): alone it is no number.
ONE_BEFORE_SCALE: Final = {
    "de": frozenset({"ein", "eine", "einer", "einen", "einem"}),
    "fr": frozenset({"un"}),
    "es": frozenset({"un"}),
    "it": frozenset({"un"}),
    "pt": frozenset({"um"}),
    "nl": frozenset({"een"}),
}

#: The article as "one" before a unit of time or length, by language ("about an hour", "knapp
#: eine Minute", "en une journée"): a measure only after a word that makes it one (below).
ARTICLE_ONE: Final = {
    "": frozenset({"a", "an"}),
    "en": frozenset({"a", "an"}),
    "de": frozenset({"ein", "eine", "einen", "einem", "einer", "eines"}),
    "fr": frozenset({"un", "une"}),
    "es": frozenset({"un", "una"}),
    "it": frozenset({"un", "una", "uno"}),
    "pt": frozenset({"um", "uma"}),
}
#: Words before the article that make its unit a measure: a qualifier ("about", "knapp",
#: "mindestens", "more than"), a span ("within", "innerhalb", "seit", "pendant") or "ago" in the
#: languages that put it first ("vor einem Jahr", "hace un año", "há um ano").
MEASURE_BEFORE: Final = {
    "": frozenset(
        "about around nearly almost roughly approximately over under within than least".split()
    ),
    "en": frozenset(
        "about around nearly almost roughly approximately over under within than least".split()
    ),
    "de": frozenset(
        "rund etwa knapp fast mindestens höchstens über unter innerhalb binnen seit als vor "
        "ca".split()
    ),
    "fr": frozenset("environ presque plus moins en pendant depuis".split()),
    "es": frozenset("casi aproximadamente más menos durante hace".split()),
    "it": frozenset("circa quasi oltre entro".split()),
    "pt": frozenset("cerca quase mais menos durante há".split()),
}
#: Words after the unit that make it a measure: a time relative to another ("a century ago").
MEASURE_AFTER: Final = {
    "": frozenset({"ago", "later", "earlier"}),
    "en": frozenset({"ago", "later", "earlier"}),
    "de": frozenset({"später", "früher", "zuvor"}),
    "es": frozenset({"antes", "después"}),
    "it": frozenset({"prima", "dopo"}),
    "pt": frozenset({"antes", "depois"}),
}

#: Number words of the big news languages from two to nineteen, the round tens and (in German
#: and Spanish, which write them as one word) the tens with their units, read only in their
#: language ("zwei Bilder", "sechzehn von 120", "vingt ans"): several are English words
#: elsewhere ("due", "once", "sei"). "One" is left out: it is also the article ("ein", "un").
LANGUAGE_NUMBERS: Final = {
    "de": _small(
        "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf",
        "dreizehn=13 vierzehn=14 fünfzehn=15 sechzehn=16 siebzehn=17 achtzehn=18 neunzehn=19 "
        "zwanzig=20 dreißig=30 vierzig=40 fünfzig=50 sechzig=60 siebzig=70 achtzig=80 "
        "neunzig=90 hundert=100 eineinhalb=1.5 anderthalb=1.5",
    )
    | _german_tens_and_units(),
    "fr": _small(
        "deux trois quatre cinq six sept huit neuf dix onze douze",
        "treize=13 quatorze=14 quinze=15 seize=16 vingt=20 trente=30 quarante=40 cinquante=50 "
        "soixante=60",
    ),
    "es": _small(
        "dos tres cuatro cinco seis siete ocho nueve diez once doce",
        "trece=13 catorce=14 quince=15 dieciséis=16 diecisiete=17 dieciocho=18 diecinueve=19 "
        "veinte=20 veintiuno=21 veintidós=22 veintitrés=23 veinticuatro=24 veinticinco=25 "
        "veintiséis=26 veintisiete=27 veintiocho=28 veintinueve=29 treinta=30 cuarenta=40 "
        "cincuenta=50 sesenta=60 setenta=70 ochenta=80 noventa=90 cien=100",
    ),
    "it": _small(
        "due tre quattro cinque sei sette otto nove dieci undici dodici",
        "tredici=13 quattordici=14 quindici=15 sedici=16 diciassette=17 diciotto=18 "
        "diciannove=19 venti=20 trenta=30 quaranta=40 cinquanta=50 sessanta=60 settanta=70 "
        "ottanta=80 novanta=90 cento=100",
    ),
    "pt": _small(
        "dois três quatro cinco seis sete oito nove dez onze doze",
        "duas=2 treze=13 catorze=14 quatorze=14 quinze=15 dezesseis=16 dezasseis=16 "
        "dezessete=17 dezassete=17 dezoito=18 dezenove=19 dezanove=19 vinte=20 trinta=30 "
        "quarenta=40 cinquenta=50 sessenta=60 setenta=70 oitenta=80 noventa=90 cem=100",
    ),
    "nl": _small(
        "twee drie vier vijf zes zeven acht negen tien elf twaalf",
        "dertien=13 veertien=14 vijftien=15 zestien=16 zeventien=17 achttien=18 negentien=19 "
        "twintig=20 dertig=30 veertig=40 vijftig=50 zestig=60 zeventig=70 tachtig=80 "
        "negentig=90 honderd=100",
    ),
    # Hindi: each number to twenty and the tens are words of their own ("चार मीट्रिक टन")
    "hi": _numbers(
        "दो=2 तीन=3 चार=4 पांच=5 पाँच=5 छह=6 छः=6 सात=7 आठ=8 नौ=9 दस=10 ग्यारह=11 बारह=12 "
        "तेरह=13 चौदह=14 पंद्रह=15 सोलह=16 सत्रह=17 अठारह=18 उन्नीस=19 बीस=20 पच्चीस=25 तीस=30 "
        "चालीस=40 पचास=50 साठ=60 सत्तर=70 अस्सी=80 नब्बे=90 सौ=100 डेढ़=1.5 ढाई=2.5"
    ),
    # The Slavic languages decline their numbers: every case form a count takes ("trzech
    # agentów", "dwiema śrubami", "двух человек"); "jeden"/"один" is left out as it is "a".
    "pl": _numbers(
        "dwa=2 dwie=2 dwóch=2 dwaj=2 dwoje=2 dwu=2 dwoma=2 dwiema=2 trzy=3 trzej=3 trzech=3 "
        "trzema=3 troje=3 cztery=4 czterej=4 czterech=4 czterema=4 czworo=4 pięć=5 pięciu=5 "
        "pięcioma=5 sześć=6 sześciu=6 siedem=7 siedmiu=7 osiem=8 ośmiu=8 dziewięć=9 "
        "dziewięciu=9 dziesięć=10 dziesięciu=10 jedenaście=11 jedenastu=11 dwanaście=12 "
        "dwunastu=12 dwadzieścia=20 dwudziestu=20 trzydzieści=30 trzydziestu=30 "
        "czterdzieści=40 pięćdziesiąt=50 sto=100 półtora=1.5 półtorej=1.5"
    ),
    "ru": _numbers(
        "два=2 две=2 двух=2 двум=2 двумя=2 три=3 трёх=3 трех=3 трём=3 трем=3 тремя=3 "
        "четыре=4 четырёх=4 четырех=4 четырьмя=4 пять=5 пяти=5 пятью=5 шесть=6 шести=6 семь=7 "
        "семи=7 восемь=8 восьми=8 девять=9 девяти=9 десять=10 десяти=10 одиннадцать=11 "
        "двенадцать=12 двадцать=20 двадцати=20 тридцать=30 тридцати=30 сорок=40 "
        "пятьдесят=50 сто=100 полтора=1.5 полторы=1.5"
    ),
    "uk": _numbers(
        "два=2 дві=2 двох=2 двом=2 двома=2 три=3 трьох=3 трьом=3 трьома=3 чотири=4 "
        "чотирьох=4 п'ять=5 п’ять=5 п'яти=5 п’яти=5 шість=6 шести=6 сім=7 семи=7 вісім=8 "
        "восьми=8 дев'ять=9 дев’ять=9 десять=10 десяти=10 двадцять=20 тридцять=30 сто=100 "
        "півтора=1.5 півтори=1.5"
    ),
}


#: Fractions in words of other languages, by language: the noun of a denominator ("zwei
#: Drittel", "ein Viertel", "die Hälfte") and the adjective of a half ("eine halbe Stunde").
#: German only so far: its fractions are nouns the number or article stands right before.
FRACTION_NOUNS: Final = {
    "de": {
        "hälfte": Decimal(2), "drittel": Decimal(3), "viertel": Decimal(4),
        "fünftel": Decimal(5), "sechstel": Decimal(6), "siebtel": Decimal(7),
        "achtel": Decimal(8), "neuntel": Decimal(9), "zehntel": Decimal(10),
        "zwanzigstel": Decimal(20), "hundertstel": Decimal(100), "tausendstel": Decimal(1000),
    },
}  # fmt: skip
HALF_ADJECTIVES: Final = {"de": frozenset({"halbe", "halben", "halbes", "halber", "halbem"})}
#: The articles a German half stands after as a noun: "die Hälfte", "zur Hälfte", "der Hälfte".
HALF_NOUN_ARTICLES: Final = {"de": frozenset({"die", "der", "zur"})}


#: Range words of other languages: separators read after any number ("50 bis 60", "3 à 4",
#: "3 tot 5"), and openers with the separator they take ("zwischen 2 und 4", "entre 2 et 4",
#: "de 2 a 3", "da 2 a 3"; Spanish and Portuguese writers also join "entre" with "a": "entre 50
#: a 300 dólares"). Spanish, Italian and Portuguese "a" needs its opener: "2 a 1" is a score.
LANGUAGE_RANGES: Final[dict[str, tuple[frozenset[str], dict[str, frozenset[str]]]]] = {
    lang: (frozenset(free.split()), {o: frozenset(seps.split()) for o, seps in opened.items()})
    for lang, free, opened in (
        ("de", "bis", {"zwischen": "und", "von": "bis"}),
        ("fr", "à", {"entre": "et", "de": "à"}),
        ("es", "", {"entre": "y a", "de": "a"}),
        ("it", "", {"tra": "e", "fra": "e", "da": "a"}),
        ("pt", "", {"entre": "e a", "de": "a"}),
        ("nl", "tot", {"tussen": "en", "van": "tot"}),
    )
}

#: Adverbs and adjectives of a period after an amount, which make it a rate ("$600 weekly",
#: "28 Millionen Euro jährlich", "300 euros mensuales"): the period's unit code. English reads
#: in any language; the others only in theirs.
PERIOD_WORDS: Final = {
    "en": {
        "annually": "yr", "annual": "yr", "yearly": "yr", "monthly": "mo", "weekly": "wk",
        "daily": "d", "nightly": "d", "hourly": "h",
    },
    "de": {
        "jährlich": "yr", "monatlich": "mo", "wöchentlich": "wk", "täglich": "d",
        "stündlich": "h",
    },
    "fr": {
        "annuel": "yr", "annuels": "yr", "annuelle": "yr", "annuelles": "yr", "mensuel": "mo",
        "mensuels": "mo", "mensuelle": "mo", "mensuelles": "mo", "hebdomadaires": "wk",
        "quotidiens": "d", "annuellement": "yr", "mensuellement": "mo",
        "hebdomadairement": "wk", "quotidiennement": "d",
    },
    "es": {
        "anual": "yr", "anuales": "yr", "mensual": "mo", "mensuales": "mo", "semanales": "wk",
        "diarios": "d", "diarias": "d", "anualmente": "yr", "mensualmente": "mo",
        "semanalmente": "wk", "diariamente": "d",
    },
    "it": {
        "annui": "yr", "annuali": "yr", "mensili": "mo", "settimanali": "wk",
        "giornalieri": "d", "annualmente": "yr", "mensilmente": "mo", "settimanalmente": "wk",
        "giornalmente": "d", "quotidianamente": "d",
    },
    "pt": {
        "anuais": "yr", "mensais": "mo", "semanais": "wk", "diários": "d", "diárias": "d",
        "anualmente": "yr", "mensalmente": "mo", "semanalmente": "wk", "diariamente": "d",
    },
    "nl": {"jaarlijks": "yr", "maandelijks": "mo", "wekelijks": "wk", "dagelijks": "d"},
}  # fmt: skip


#: "Per" in other languages, before the denominator of a rate ("10 Stunden pro Tag", "130 km par
#: heure", "3 euros por día").
LANGUAGE_PER: Final = {
    "de": frozenset({"pro", "je"}),
    "fr": frozenset({"par"}),
    "es": frozenset({"por", "al"}),
    "it": frozenset({"al", "per"}),
    "pt": frozenset({"por", "ao"}),
    "nl": frozenset({"per"}),
    "hi": frozenset({"प्रति"}),
}

#: The words that make the period after them a rate and take nothing else, by language: "$5
#: every week", "500 Euro im Jahr", "0,2 cuccioli ogni anno" ("a", "per", "pro" also take units).
LANGUAGE_EVERY: Final = {
    "en": (("every",),),
    "de": (("im",), ("in", "der"), ("jedes",), ("jeden",), ("jede",)),
    "fr": (("chaque",),),
    "es": (("cada",),),
    "pt": (("cada",),),
    "it": (("ogni",),),
    "nl": (("elke",), ("iedere",), ("ieder",)),
}

#: The words that take a part of the count before, by language, and the words of approximation
#: that may stand between them and the part: "800 convictions, of which (about) 388", "25
#: Regierungsmitglieder, davon (rund) 9", "800 condamnations, dont 388".
#: The words that name the whole a count is taken from, right after the count and its noun:
#: "four votes out of 10", "huit véhicules sur dix", "drei Punkte von zehn".
OUT_OF: Final = {
    "en": "out of",
    "": "out of",
    "de": "von",
    "fr": "sur",
    "it": "su",
    "es": "de cada",
    "pt": "em cada",
    "nl": "op",
    "pl": "na",
}

#: The words that introduce the amount a count or measure is compared with, by language, and
#: the words that may stand between them and it: "31 morts, contre 18 l'an dernier", "81.000
#: Menschen …, 1918 waren es 200.000", "frente a los 80 del año pasado". A writer names the noun
#: or unit once (English: ``_COMPARED_WITH`` in the quantities module).
COMPARED_WITH: Final = {
    "de": (
        "statt|anstatt|gegenüber|verglichen mit|im vergleich zu|nach|waren es|sind es|seien es",
        "rund|etwa|knapp|fast|gut|über|noch|nur|den|dem|der|die|das|damals|zuvor",
    ),
    "fr": (
        "contre|au lieu de|par rapport à|comparé à|comparativement à",
        "environ|près de|plus de|les|le|la|l'|l’",
    ),
    "es": (
        "frente a|en lugar de|comparado con|en comparación con|respecto a|contra",
        "unos|unas|casi|más de|los|las|el|la",
    ),
    "it": ("contro|rispetto a|invece di|a fronte di|rispetto ai", "circa|quasi|oltre|i|gli|le"),
    "pt": ("contra|em vez de|ante|frente a|em comparação com", "cerca de|quase|mais de|os|as"),
    "nl": ("tegen|in plaats van|tegenover|vergeleken met", "ongeveer|bijna|ruim|de|het"),
}

PART_OF: Final = {
    "en": ("of which|of whom|including|among them", "about|around|some|nearly|almost"),
    "de": ("davon|darunter", "rund|etwa|knapp|fast|gut|über|mehr als"),
    "fr": ("dont|parmi lesquels|parmi lesquelles", "environ|près de|plus de"),
    "es": ("de los cuales|de las cuales|entre ellos|entre ellas", "unos|unas|casi|más de"),
    "it": ("di cui|tra cui|fra cui", "circa|quasi|oltre"),
    "pt": ("dos quais|das quais|entre eles|entre elas", "cerca de|quase|mais de"),
    "nl": ("waarvan|waaronder", "ongeveer|bijna|ruim"),
    "pl": ("w tym|z czego|z których", "około|prawie|ponad"),
    "hi": ("में से|जिनमें से|जिनमें", "लगभग|करीब|क़रीब"),
}
