"""Numbers that are not facts, told by their context.

Labels, dates and times, list markers, phone numbers, profile data, model and product names,
ordinals.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from articlekit._lexicon import MONTH_NAMES, ORDINAL_DOT_BEFORE, german_ordinal_noun
from articlekit._patterns import compile_later
from articlekit.facts import _units as units
from articlekit.facts._nouns import looks_plural
from articlekit.facts._number import Num, is_year
from articlekit.facts._tokens import Tokens, is_cjk, is_hangul, is_num, letters
from articlekit.facts._unit_reader import match_unit
from articlekit.facts._vocab import (
    FOREIGN_SCALES,
    MONTH_WORDS,
    ORDINAL_DOT_LANGUAGES,
    PROFILE,
    RANGE_DASH,
    STOP,
)


def _in_numbered_list(t: Tokens, n: int) -> bool:
    """Whether the text also has the marker before or after ``n`` ("3. LG … 4. Sony")."""
    found = t.cues.list_markers()
    return n - 1 in found or n + 1 in found


_DATE_SEPARATORS: Final = frozenset({"/", "-", "."})
#: Words after an hour that make it a time of day: English "am"/"pm", German "Uhr",
#: Hungarian "órakor" ("11.45 órakor", at a quarter to twelve); "h" may be hours too.
CLOCK_MARKS: Final = frozenset({"am", "pm", "a.m", "p.m", "uhr", "órakor"})
_CLOCK_WORDS: Final = CLOCK_MARKS | {"h"}
_DOI_PREFIX: Final = compile_later(r"10\.\d{4,9}")
_DAY_MONTH: Final = compile_later(r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])")
_HOUR_MINUTE: Final = compile_later(r"(?:[01]?\d|2[0-4])[.:][0-5]\d")


#: What joins a range's bounds in Chinese and Japanese text ("２～３週間", "2-3人"): the dashes.
_CJK_RANGE: Final = RANGE_DASH - {"to"}


def _glued_to_word(t: Tokens, num: Num, first: int) -> bool:
    """Glued to letters: "S3", "XE-5", "COVID-19", "MP3", "乃木坂46".

    Chinese and Japanese have no spaces, so there a number glued to a character is a label only
    when no scale, counter or unit follows it ("は15万人" counts).
    """
    prev = t.get(first - 1)
    if t.glued(first) and letters(prev) and first == num.start:
        if not is_cjk(prev[-1:]):
            return True
        # "約２～３週間": the measure after a range's upper bound is the lower bound's too
        end = num.end
        if t.get(end) in _CJK_RANGE and is_num(t.get(end + 1)):
            end += 2
            if t.get(end) in _CJK_DATE:
                return True  # "去年11-12月": months, a date's
        return not _cjk_measure_after(t, end)
    word = t.get(first - 2)
    if prev in {"/", ":"} and match_unit(t, num.end, money=False) is not None:
        return False  # "1,000 mg/60 kg", "5 CTC/7.5 ml": a count per measure
    return (
        prev in {"-", "‐", "/", ":"}
        and t.glued(first)
        and word.isalpha()
        and t.glued(first - 1)
        and not (t.glued(first - 2) and is_num(t.get(first - 3)))
        and not _hebrew_prefix(t, word)
    )


#: The letters Hebrew writes before a word as prepositions, conjunctions and the article: before
#: digits with a hyphen ("ל-5 אחוז", to 5 per cent; "ב-2020", in 2020; "ו-3 מיליון").
_HEBREW_PREFIX_LETTERS: Final = frozenset("בלוהמכש")
_HEBREW_PREFIX_LONGEST: Final = 3


def _hebrew_prefix(t: Tokens, word: str) -> bool:
    """Whether ``word`` before a hyphen and a number is a run of Hebrew prefixes, no label."""
    return (
        t.lang == "he"
        and len(word) <= _HEBREW_PREFIX_LONGEST
        and all(c in _HEBREW_PREFIX_LETTERS for c in word)
    )


def _foreign_month(t: Tokens, k: int) -> bool:
    """A month name of the text's language at ``k`` ("März", "mars", "mayo"), in any case.

    A dateline's abbreviation counts too, its first three letters before punctuation ("Bruselas,
    7 oct (EFE)", "ROMA, 28 LUG -"), not before a word ("7 mar adentro").
    """
    months = MONTH_NAMES.get(t.lang)
    if months is None:
        return False
    if t.low(k) in months:
        return True
    return t.low(k) in _month_abbreviations(t.lang) and not t.get(k + 1)[:1].isalnum()


@functools.cache
def _month_abbreviations(lang: str) -> frozenset[str]:
    """The three-letter abbreviations of a language's month names ("oct", "lug", "dic")."""
    return frozenset(name[:3] for name in MONTH_NAMES.get(lang, ()) if len(name) > 3)


#: Languages that write the day after the month: "2020. augusztus 14-én".
_MONTH_FIRST: Final = frozenset({"hu"})


def _foreign_date(t: Tokens, num: Num) -> bool:
    """A day next to a month of the text's language: "3 mars", "24. März", "augusztus 14-én"."""
    end = num.end
    if not (num.plain and len(t.get(num.start)) <= 2):
        return False
    if _foreign_month(t, end):
        return True
    if t.lang in _MONTH_FIRST and _foreign_month(t, num.start - 1) and _a_day(t, num.start):
        return True
    if t.get(end) == "." and t.glued(end) and _foreign_month(t, end + 1):
        return True
    return t.low(end) == "de" and _foreign_month(t, end + 1)


def _year_of_date(t: Tokens, num: Num) -> bool:
    """The year of a date written out, of any century: "31. Oktober 1517", "October 31, 1517".

    A day and a month name stand before it (a bare "Oktober 1517" may count: "im März 500
    Menschen").
    """
    k = num.start - 1
    if not (num.plain and 3 <= len(t.get(num.start)) <= 4):  # a year's digits
        return False
    if t.get(k) == "," and _month_at(t, k - 2) and _a_day(t, k - 1):
        return True  # "October 31, 1517"
    if not _month_at(t, k):
        return False
    return _a_day(t, k - 2 if t.get(k - 1) == "." and t.glued(k - 1) else k - 1)


def ordinal_dot(t: Tokens, num: Num, first: int) -> bool:
    """An ordinal or a day written with a dot, in the languages that write them so.

    "am 11.", "vom 21. bis zum 23.", "das 20. Jahrhundert", "seit meinem 14.": a number of up
    to three digits with its dot, after an article or a preposition that takes an ordinal; a day
    and month with their dots ("20.10.").
    """
    end = num.end
    if t.lang not in ORDINAL_DOT_LANGUAGES or not (t.get(end) == "." and t.glued(end)):
        return False
    if num.scale is not None and end > num.start + 1:
        return False  # "1.1 Mio.": the dot closes the scale's abbreviation
    if _DAY_MONTH.fullmatch(t.get(num.start)) is not None:
        return True  # "20.10.", "5.11.": a day and month with their dots
    if num.plain and t.get(end + 1) == "/" and t.glued(end + 1):
        return True  # "24./30.10.": the first of two days
    if not (num.plain and len(t.get(num.start)) <= 3):
        return False
    # a sentence goes on after the dot: a list or a span of ordinals, "4. und 5. März", "24.,
    # 25. und 31.12.", "der 3. oder 4. Platz"
    after = t.get(end + 1)
    going_on = after == "," or (
        after.isalpha() and after.islower() and not t.newline_before(end + 1)
    )
    # a span of ordinals with a dash: "4. – 7. Februar", "4.–7. Februar"
    span = after in {"-", "–", "—"} and t.get(end + 2).isdigit() and t.get(end + 3) == "."
    before = t.low(first - 1) in ORDINAL_DOT_BEFORE
    return going_on or span or before or _german_noun_after(t, first, end + 1)


def _german_noun_after(t: Tokens, first: int, k: int) -> bool:
    """A German noun at ``k``, on the line of the number at ``first``: the number is its ordinal.

    :func:`articlekit._lexicon.german_ordinal_noun` decides ("Championship, 4. Tag").
    """
    return (
        t.lang == "de"
        and german_ordinal_noun(t.get(first - 1), t.get(k))  # no word past the text's end
        and not t.newline_before(k)
    )


#: What joins the first and last days of a span: "del 21 al 24 de abril", "entre le 11 et le
#: 28 mars", "November 4 and 5", "from 4 to 6 June", "am 3 und 4 Mai".
_DAY_JOINTS: Final = frozenset(
    "- – — to and or through till until al a y e o au et ou bis und oder".split()
)
_LAST_DAY: Final = 31
_DAY_DIGITS: Final = 2


def _a_day(t: Tokens, k: int) -> bool:
    """Whether token ``k`` is a bare day of the month: one or two digits up to 31."""
    word = t.get(k)
    return word.isdigit() and len(word) <= _DAY_DIGITS and 1 <= int(word) <= _LAST_DAY


def _month_at(t: Tokens, k: int) -> bool:
    """A month name at ``k``: an English one capitalised, or one of the text's language."""
    if t.low(k).rstrip(".") in MONTH_WORDS and t.get(k)[:1].isupper():
        return True
    return bool(t.lang) and (
        _foreign_month(t, k) or (t.low(k) == "de" and _foreign_month(t, k + 1))
    )


def _day_span(t: Tokens, num: Num, first: int) -> bool:
    """The first or last day of a span of days next to its month: "del 21 al 24 de abril"."""
    if not (num.plain and first == num.start and _a_day(t, num.start)):
        return False
    k = num.end + (t.low(num.end + 1) in {"le", "el", "the"})  # "entre le 11 et le 28 mars"
    if t.low(num.end) in _DAY_JOINTS and _a_day(t, k + 1):
        after = k + 2 + (t.get(k + 2) == "." and t.glued(k + 2))  # "vom 3. bis 5. Mai"
        if _month_at(t, after):
            return True
    j = first - 1 - (t.low(first - 1) in {"le", "el", "the"})
    return t.low(j) in _DAY_JOINTS and _a_day(t, j - 1) and _month_at(t, j - 2)


def _month_or_colon(t: Tokens, num: Num, first: int) -> bool:
    """Next to a month name ("Aug 09", "9 August", "3 mars") or a colon between digits."""
    i, end = num.start, num.end
    prev = t.get(first - 1)
    if t.low(first - 1).rstrip(".") in MONTH_WORDS and first == i and prev[:1].isupper():
        return True
    if t.low(end) in MONTH_WORDS and t.get(end)[:1].isupper() and num.plain:
        return True
    if _day_span(t, num, first):
        return True
    if t.lang and _foreign_date(t, num):
        return True
    if t.get(end) == ":" and t.glued(end) and is_num(t.get(end + 1)) and t.glued(end + 1):
        return True
    return t.get(i - 1) == ":" and t.glued(i) and is_num(t.get(i - 2)) and t.glued(i - 1)


#: A day, month or clock time in Chinese or Japanese after its number ("3月10日", "14日現在",
#: "7時0分"), unless a duration follows ("3日間", "5分钟", "2時間").
_CJK_DATE: Final = frozenset("月 日 号 號 時 时 分".split())
_CJK_SPAN: Final = frozenset("間 间 钟 鐘".split())


_CJK_AFTER: Final = frozenset(
    {w for w in FOREIGN_SCALES if is_cjk(w)}
    | units.CJK_COUNTERS
    | {name[0] for name in units.CJK_UNITS}
    | _CJK_DATE
    | {"%", "％"}
)


def _cjk_measure_after(t: Tokens, end: int) -> bool:
    """Whether a scale, counter, unit or date mark follows a number in Chinese or Japanese.

    A unit's Latin symbol counts too: "芝2000m" (a race over 2,000 metres of turf).
    """
    if not t.glued(end):
        return False
    return t.get(end) in _CJK_AFTER or match_unit(t, end, money=False) is not None


def cjk_date(t: Tokens, num: Num) -> bool:
    """A date or time part written in Chinese or Japanese: "3月10日", "7時0分"."""
    end = num.end
    mark = t.get(end)
    return mark in _CJK_DATE and t.glued(end) and t.get(end + 1) not in _CJK_SPAN


def _clock(t: Tokens, num: Num) -> bool | None:
    """Reads "5pm", "9 a.m.", "18.30 Uhr" as times (True), "5 h" as a duration (False)."""
    after = t.low(num.end)
    if after in _CLOCK_WORDS and num.plain and len(t.get(num.start)) <= 2:
        return after != "h"
    if after in {"uhr", "am", "pm", "órakor"} and _HOUR_MINUTE.fullmatch(t.get(num.start)):
        return True  # "18.30 Uhr", "21.25 Uhr", "4.39pm"
    return None


def _short_year(t: Tokens, num: Num) -> bool:
    """A year by its last two digits after an apostrophe: "in ’08 and ’12", "Hillary in ‘16".

    The apostrophe stands after a space (a possessive's is glued to its word: "Jones’ 12"); an
    opening quotation mark before a count is no apostrophe ("'12 people died'").
    """
    k = num.start - 1
    return (
        num.plain
        and len(t.get(num.start)) == 2
        and t.get(k) in {"'", "’", "‘"}
        and t.glued(num.start)
        and not t.glued(k)
        and not (t.get(num.end) == "s" and t.glued(num.end))
        and not (t.get(num.end).islower() and looks_plural(t.get(num.end)))  # "'12 people died'"
    )


def _written(t: Tokens, num: Num, first: int) -> bool:
    """Dates, decades, times, slash pairs, ordinals and addresses written around digits."""
    return (
        _short_year(t, num)
        or month_abbreviation(t, first)
        or ordinal_dot(t, num, first)
        or cjk_date(t, num)
        or decade(t, num)
        or clock_time(t, num)
        or slash_pair(t, num)
        or second_of_pair(t, num.start)
        or street_or_postcode(t, num, first)
        or reference_part(t, num, first)
        or numbered_line(t, num, first)
        or line_counter(t, num, first)
        or year_named(t, num)
    )


#: The word "year" after a year in Slavic languages, in the cases a date takes ("в 2019 году",
#: "2019 года", "у 2020 році", "w 2019 roku"); a duration of that many years says "лет", "років".
_SLAVIC_YEAR: Final = frozenset({"год", "года", "году", "г", "рік", "року", "році", "rok", "roku"})


def year_named(t: Tokens, num: Num) -> bool:
    """A year followed by the word "year", as Slavic languages date: "2019 года" is no duration."""
    return is_year(num, t) and t.low(num.end) in _SLAVIC_YEAR


#: The word of a counter "1 of 17" in English, German, French, Spanish, Italian, Portuguese,
#: Polish and Russian.
_COUNTER_OF: Final = frozenset({"of", "von", "sur", "de", "di", "z", "из"})


def line_counter(t: Tokens, num: Num, first: int) -> bool:
    """A counter that is its whole line: "1 of 17", "5 von 17" (a gallery's, a list's place)."""
    if not num.plain or num.end != num.start + 1:
        return False
    i = num.start
    first_part = (
        first == i
        and t.newline_before(i)
        and t.low(i + 1) in _COUNTER_OF
        and t.get(i + 2).isdigit()
        and t.ends_line(i + 3)
    )
    second_part = (
        t.low(i - 1) in _COUNTER_OF
        and t.get(i - 2).isdigit()
        and t.newline_before(i - 2)
        and t.ends_line(i + 1)
    )
    return first_part or second_part


def reference_part(t: Tokens, num: Num, first: int) -> bool:
    """Volume, issue and pages of a citation: "Intern Med. 2013;52(12):1403–5"."""
    prev, before = t.get(first - 1), t.get(first - 2)
    if not (t.glued(first) and t.glued(first - 1)):
        return False
    after_year = prev == ";" and before.isdigit() and len(before) == 4
    issue = prev == "(" and before.isdigit() and t.get(num.end) == ")" and t.get(num.end + 1) == ":"
    pages = prev == ":" and before == ")"
    return after_year or issue or pages


def numbered_line(t: Tokens, num: Num, first: int) -> bool:
    """A number that opens its line with a dot: a list or reference number.

    Alone ("62."), or before a sentence ("114. What do you get when …").
    """
    end = num.end
    if not (num.plain and t.newline_before(first) and t.get(end) == "." and t.glued(end)):
        return False
    if t.ends_line(end + 1):
        return True
    return t.get(end + 1)[:1].isupper() and t.get(end + 1).isalpha()  # "3.Montessori" too


def _date_part(t: Tokens, num: Num) -> bool:
    """A part of a date or phone number: "2012-10-23", "10/12/2012", "+1-222-2222-2222"."""
    i, end = num.start, num.end
    nxt = t.get(end)
    if (
        t.get(i - 1) in _DATE_SEPARATORS
        and t.glued(i)
        and is_num(t.get(i - 2))
        and t.glued(i - 1)
        and (
            (t.get(i - 3) in _DATE_SEPARATORS and t.glued(i - 2))
            or (nxt in _DATE_SEPARATORS and t.glued(end) and is_num(t.get(end + 1)))
        )
    ):
        return True  # a later part
    return (
        nxt in _DATE_SEPARATORS
        and t.glued(end)
        and is_num(t.get(end + 1))
        and t.glued(end + 1)
        and t.get(end + 2) in _DATE_SEPARATORS
        and t.glued(end + 2)
        and is_num(t.get(end + 3))
    )


#: What follows a list marker's number: "1.", "2:", "3)", and where a line starts "1-".
_MARKER_MARKS: Final = frozenset({".", ":", ")", "-", "–"})


def _list_marker(t: Tokens, num: Num, first: int) -> bool:
    """List markers "1. Samsung", "2: Apple", "3) ..." at a line start or before a capital.

    A run of bracket markers inside running text is a list at any case: "others 1) didn't see
    them or 2) did not explore"; a dash marks one where a line starts ("1- Entenda …").
    """
    tok, end = t.get(num.start), num.end
    nxt = t.get(end)
    if not (num.plain and len(tok) <= 2 and nxt in _MARKER_MARKS and first == num.start):
        return False
    if not t.glued(end) or end + 1 >= len(t) or t.glued(end + 1):
        return False
    capital = t.get(end + 1)[:1].isupper()
    if nxt in {"-", "–"}:  # "1- Entenda o propósito": a marker only where a line starts
        return capital and t.newline_before(first)
    inline = t.cues.inline_markers(nxt) if nxt in {")", "."} else {}
    if t.starts[num.start] in inline:  # "1) registers …, 2) realizes …": a run of markers
        numbers = set(inline.values())
        if int(tok) - 1 in numbers or int(tok) + 1 in numbers:
            return True
    return (
        t.newline_before(first)
        or (nxt == ":" and capital)
        or (capital and _in_numbered_list(t, int(tok)))
    )


#: The emergency numbers (North America, the UK, the EU) and the words that show one is meant:
#: "911 calls", "a 999 operator", "called 911", "dial 112".
_EMERGENCY_NUMBERS: Final = frozenset({"911", "999", "112"})
_EMERGENCY_AFTER: Final = frozenset(
    "call calls caller callers dispatcher dispatchers dispatch operator operators center "
    "centre system line lines emergency emergencies services".split()
)
_EMERGENCY_BEFORE: Final = frozenset(
    "call called calling calls dial dialed dialled dialing dialling phoned phone".split()
)


def emergency_number(t: Tokens, num: Num, first: int) -> bool:
    """An emergency telephone number named by the words around it: a name, not a count."""
    if not num.plain or t.get(num.start) not in _EMERGENCY_NUMBERS or num.end != num.start + 1:
        return False
    return t.low(num.end) in _EMERGENCY_AFTER or t.low(first - 1) in _EMERGENCY_BEFORE


#: Four dot-separated groups of at most three digits: an IPv4 address ("192.168.178.1").
_DOTTED_QUAD: Final = compile_later(r"\d{1,3}(?:\.\d{1,3}){3}")
#: Words that name an address just before it ("IP-Adresse 123.123.123.123", "IPv4 …").
_ADDRESS_WORDS: Final = frozenset({"ip", "ipv4", "adresse", "address", "adresa"})
_OCTET_MAX: Final = 255
_THOUSANDS_GROUP: Final = 3  # digits in a group of thousands


def ip_address(t: Tokens, num: Num) -> bool:
    """An IPv4 address: four groups up to 255, named as an address or not grouped as thousands.

    "123.123.123.123" reads as a German 123 billion too; an address word before it decides.
    """
    tok = t.get(num.start)
    if num.end != num.start + 1 or _DOTTED_QUAD.fullmatch(tok) is None:
        return False
    groups = tok.split(".")
    if any(int(g) > _OCTET_MAX for g in groups):
        return False
    if any(len(g) != _THOUSANDS_GROUP for g in groups[1:]):
        return True
    k = num.start - 1
    if t.get(k) in {":", '"', "„", "“"}:
        k -= 1
    return t.low(k) in _ADDRESS_WORDS


#: The hour after these words is a clock time: "Viertel vor zehn", "halb acht", "quarter past
#: six", "half past nine", "Punkt zwölf". A one-word mark, or a mark and its joint.
_HOUR_MARKS: Final = frozenset({"halb", "dreiviertel", "punkt"})
_HOUR_JOINTS: Final = {
    "viertel": frozenset({"vor", "nach"}),
    "quarter": frozenset({"to", "past", "after"}),
    "half": frozenset({"past"}),
}


_LAST_DAY_HOUR: Final = 24


def _clock_mark(t: Tokens, i: int) -> bool:
    """The clock's mark at token ``i``: "Uhr", "a.m.", "p.m." (not "am", a German word)."""
    mark = t.low(i)
    return mark == "uhr" or (
        mark in {"a", "p"} and t.get(i + 1) == "." and t.low(i + 2) == "m" and t.glued(i + 1)
    )


def clock_phrase(t: Tokens, num: Num, first: int) -> bool:
    """An hour named by the words around it: "um Viertel vor zehn", "a quarter past six".

    An hour in words before the clock's mark is one too ("sechs Uhr früh", "six p.m."), as an
    hour in digits is (:func:`_clock`).
    """
    whole = num.value == num.value.to_integral_value() and 0 < num.value <= _LAST_HOUR
    if not whole or first != num.start or num.scale is not None:
        return False
    if t.low(first - 1) in _HOUR_MARKS:
        return True
    if num.words and _clock_mark(t, num.end):
        return True
    if _hour_in_words(t, num, first) or _french_hour(t, num, first):
        return True
    joints = _HOUR_JOINTS.get(t.low(first - 2))
    return joints is not None and t.low(first - 1) in joints


#: Words before an hour of the day in French ("à 16 heures", "vers 9 heures").
_FRENCH_AT: Final = frozenset({"à", "vers", "dès"})


def _french_hour(t: Tokens, num: Num, first: int) -> bool:
    """French "à 16 heures au Château": a time of day; "à 2 heures de Paris" is a distance."""
    if t.lang != "fr" or t.low(first - 1) not in _FRENCH_AT or num.value > _LAST_DAY_HOUR:
        return False
    return t.low(num.end) in {"heures", "heure"} and t.low(num.end + 1) not in {"de", "d"}


def _hour_in_words(t: Tokens, num: Num, first: int) -> bool:
    """German "um" and an hour in words: "um neun hier", "um sechs nach Grinzing".

    A noun after it (German capitalises nouns) makes it an amount: "um zwei Euro", "um drei
    Prozent".
    """
    if t.lang != "de" or not num.words or t.low(first - 1) != "um":
        return False
    after = t.get(num.end)
    return not after[:1].isalnum() or after.islower()


#: Words that name a coordinate before its number ("Latitude: 53.3683998").
_COORDINATE_WORDS: Final = frozenset(
    "latitude longitude lat lng lon breitengrad längengrad latitud longitud".split()
)


def coordinate(t: Tokens, first: int) -> bool:
    """A geographic coordinate after its name: "Latitude: 53.36", "lng 7.19"."""
    k = first - 1 if t.get(first - 1) in {":", "="} else first
    return t.low(k - 1) in _COORDINATE_WORDS


def lone_number(t: Tokens, num: Num, first: int) -> bool:
    """Bare digits that are a whole line of a longer text: a widget's count, a page number.

    A text that is only the number ("28", a price field's) keeps it.
    """
    if not (num.plain and first == num.start and num.end == num.start + 1):
        return False
    if not (t.newline_before(first) and t.ends_line(num.end)):
        return False
    return first > 0 or num.end < len(t)


#: Digits a count is never written with, without groups: a longer run is an identifier
#: ("ISBN-13: 9783518029817", an order number).
_MAX_COUNT_DIGITS: Final = 8


def _numbered(t: Tokens, num: Num, first: int) -> bool:
    """A number sign before the digits ("#2 Sortierspiele", "#1 bestseller") or a long id."""
    tok = t.get(num.start)
    if t.get(first - 1) == "#" and t.glued(first) and first == num.start:
        return True
    whole_text = first == 0 and num.end == len(t)  # "123456789101231" alone is that number
    return num.plain and tok.isdigit() and len(tok) > _MAX_COUNT_DIGITS and not whole_text


def _named_or_placed(t: Tokens, num: Num, first: int) -> bool:
    """Emergency numbers, addresses, coordinates, lone lines, labels glued, dates by a month."""
    return (
        _numbered(t, num, first)
        or emergency_number(t, num, first)
        or ip_address(t, num)
        or lone_number(t, num, first)
        or coordinate(t, first)
        or (_glued_to_word(t, num, first) and not age_decade(t, num))  # "his mid-40s"
        or _month_or_colon(t, num, first)
    )


#: Number words that are also the infinitive "to sift" ("200 g Puderzucker sieben"): German
#: "sieben", Dutch "zeven".
_SIFT: Final = {"de": "sieben", "nl": "zeven"}
#: What follows such an infinitive at the end of a recipe's clause.
_AFTER_INFINITIVE: Final = frozenset({"", ",", ".", ";", "!", "und", "en", "damit", "lassen"})


def sift_verb(t: Tokens, num: Num, first: int) -> bool:
    """The verb to sift after its object ("Mehl sieben, damit …"), not the number seven."""
    if _SIFT.get(t.lang) != t.low(num.start) or num.end != num.start + 1 or first != num.start:
        return False
    prev = t.get(first - 1)
    noun = prev.isalpha() and prev[:1].isupper() and not t.newline_before(first - 1)
    opening = t.get(first - 2) in {"", ".", "!", "?", ":"}
    return noun and not opening and t.low(num.end) in _AFTER_INFINITIVE


def not_a_fact(t: Tokens, num: Num, first: int) -> bool:
    """Context rules for numbers that are labels, dates or names rather than quantities."""
    if after_label(t, first) or clock_phrase(t, num, first) or sift_verb(t, num, first):
        return True
    if num.words:
        return False
    if _named_or_placed(t, num, first) or _written(t, num, first):
        return True
    clock = _clock(t, num)
    if clock is not None:
        return clock
    if t.lang == "de" and (_file_number(t, first) or _party_number(t, first)):
        return True
    profile = t.get(first - 1) == ":" and t.low(first - 2) in PROFILE  # "Posts: 973"
    phone = after_phone_label(t, first)
    return (
        _match_minute(t, num)
        or _date_part(t, num)
        or _year_of_date(t, num)
        or _list_marker(t, num, first)
        or profile
        or phone
        or _page_following(t, num)
        or _hour_after_article(t, num, first)
        or _named_by_its_digits(t, num, first)
    )


def _lettered(t: Tokens, num: Num) -> bool:
    """A number with a letter glued to it that numbers a law's article or a part.

    "§ 15a", "eine 15a-Vereinbarung", "Nr. 12b"; in English "b" may be billions ("5b").
    """
    letter = t.get(num.end)
    if not (num.plain and t.glued(num.end) and letter in _LABEL_LETTERS):
        return False
    if letter == "b" and t.english:
        return False
    nxt = t.get(num.end + 1)
    return not (t.glued(num.end + 1) and nxt.isalpha())


#: The letters that number the parts of an article or an item after its digits.
_LABEL_LETTERS: Final = frozenset({"a", "b"})


def _named_by_its_digits(t: Tokens, num: Num, first: int) -> bool:
    """Whether the number names something by its digits rather than counting.

    An article's lettered part ("15a"), the heart "<3", an airliner ("737"), "the $64,000
    question", a Korean date or label ("27일").
    """
    if _lettered(t, num):
        return True
    word = t.get(num.start)
    if word == "3" and _heart(t, num, first):
        return True
    if word in _AIRLINERS and _aircraft(t, num):
        return True
    if word in {"64,000", "64000"} and t.low(num.end) == "question":
        return True  # the idiom "the $64,000 question": the crucial question, no amount
    return t.lang == "ko" and _korean_label(t, num)


#: Boeing's airliners go by numbers ("the 737 Max", "five 787 Dreamliner sales", "777x jets").
_AIRLINERS: Final = frozenset({"707", "717", "727", "737", "747", "757", "767", "777", "787"})
#: A text about aviation, where such a number names a model.
_AVIATION: Final = compile_later(
    r"\b(?:Boeing|Airbus|airlines?|airliners?|aircraft|jets?|planes?|jumbo|Dreamliner|"
    r"aviation|airport|fleet|FAA)\b"
)


def _aircraft(t: Tokens, num: Num) -> bool:
    """An airliner's model number in a text about aviation: "the 737 Max", "777x jets"."""
    word = t.get(num.start)
    if num.end != num.start + 1 or word not in _AIRLINERS or not t.cues.has(_AVIATION):
        return False
    return match_unit(t, num.end, money=False) is None


def _korean_label(t: Tokens, num: Num) -> bool:
    """A date, a clock time, a rank or another label in Korean: "27일", "9시", "1위", "3점째".

    Also the denominator of a fraction, which Korean writes first: "3분의 1" is a third.
    """
    after = t.get(num.end)
    if not t.glued(num.end):
        return False
    if after in units.KOREAN_LABELS or (after == "분" and t.get(num.end + 1) == "의"):
        return True
    return after.endswith("째") and is_hangul(after)  # "3점째": the third


#: German words that open a court's or an office's file number ("Az.: 3 C 8.22", "Aktenzeichen
#: 1 BvR 2656/18", "Gz. IV C 5").
_FILE_NUMBER_WORDS: Final = frozenset({"az", "aktenzeichen", "gz", "geschäftszeichen"})
#: How far before a number its file number's word may stand ("Az.: 3 C 8.22 und 3 C 9.22").
_FILE_NUMBER_REACH: Final = 10
#: Where a file number ends: a bracket or a clause closes.
_FILE_NUMBER_ENDS: Final = frozenset({")", "]", ";"})
#: The parties of a German court case, numbered when several stand on a side ("die Beklagte zu
#: 1", "der Kläger zu 2"), by the start of the word.
_PARTIES: Final = (
    "beklagt", "kläger", "antragsteller", "antragsgegner", "streithelfer", "beigeladen",
    "angeklagt", "betroffen", "schuldner", "gläubiger",
)  # fmt: skip


def _file_number(t: Tokens, first: int) -> bool:
    """A number inside a German file number: "(Az.: 3 C 8.22 und 3 C 9.22)"."""
    for k in range(first - 1, max(-1, first - 1 - _FILE_NUMBER_REACH), -1):
        w = t.low(k)
        if w in _FILE_NUMBER_WORDS:
            return True
        if w in _FILE_NUMBER_ENDS or (w == "." and not t.glued(k)):
            return False
    return False


def _party_number(t: Tokens, first: int) -> bool:
    """The number of a party in a German court case: "die Beklagte zu 1", "der Kläger zu 2".

    Also the later numbers of such a list or span: "die Beklagten zu 2 bis 4".
    """
    k = first - 1
    while t.low(k) in _PARTY_JOINS and t.get(k - 1).isdigit():
        k -= 2
    return t.low(k) == "zu" and t.low(k - 1).startswith(_PARTIES)


_PARTY_JOINS: Final = frozenset({"bis", "und", ","})


#: Languages whose match reports mark a game's minute with a prime ("al 15'", "(28')"), where
#: feet are not measured so; the primes and apostrophes typed for it; the last minute of a game
#: with extra time.
_MINUTE_LANGUAGES: Final = frozenset({"de", "es", "it", "pt", "fr", "ca", "nl"})
_PRIMES: Final = frozenset({"'", "′", "’"})
_LAST_MINUTE: Final = 130


def _match_minute(t: Tokens, num: Num) -> bool:
    """A game's minute in a match report: "gol al 15'", "Randall Azofeifa (28')"."""
    if t.lang not in _MINUTE_LANGUAGES or t.get(num.end) not in _PRIMES or not t.glued(num.end):
        return False
    after = t.get(num.end + 1)
    return (
        num.plain
        and num.value <= _LAST_MINUTE
        and not (after[:1].isalnum() and t.glued(num.end + 1))
    )


#: Digit groups of a telephone number written with spaces, slashes or dashes after its area code
#: ("030 62 93 34 19", "01805 – 4444").
_MAX_PHONE_GROUPS: Final = 6
_PHONE_GLUE: Final = frozenset({"/", "-", "–"})
_LONG_GROUP: Final = 3


def _groups(word: str) -> int:
    """How many groups of digits a token is ("030": 1; "123 456", joined as thousands: 2)."""
    groups = word.split(" ")
    return len(groups) if all(g.isdigit() for g in groups) else 0


def _leading_zero(word: str) -> bool:
    """Digits with a leading zero before other digits ("030", "0666"; not "0000", a zero)."""
    return len(word) >= 2 and word[0] == "0" and word.isdigit() and word.strip("0") != ""


def _heart(t: Tokens, num: Num, first: int) -> bool:
    """The heart typed as "<3" at the end of a line or before "!" or a heart: no "less than 3"."""
    if t.get(first) != "3" or num.end != first + 1 or t.get(first - 1) != "<" or not t.glued(first):
        return False
    if t.glued(first - 1) and t.get(first - 2)[:1].isalnum():
        return False  # "x<3": a comparison
    after = num.end
    return after >= len(t) or t.newline_before(after) or t.get(after) in {"!", "♥", "❤", "❤️"}


def _page_following(t: Tokens, num: Num) -> bool:
    """A page cited with "f." or "ff." after it ("HRRS 2013, 518 f", "Rn. 12 ff."): a page."""
    after = t.get(num.end)
    return after in {"f", "ff"} and (
        num.end + 1 >= len(t)
        or not t.get(num.end + 1)[:1].isalnum()
        or t.newline_before(num.end + 1)
    )


#: The article that stands for the hours before a number in Romance languages ("a las 11",
#: "para las 12 del mediodía", "a les 7 de la tarda", "alle 21.45", "às 16"): the word for
#: "hours" is left out, and the number is a time of day unless a counted noun follows.
_HOUR_ARTICLES: Final = {
    "es": frozenset({"las"}),
    "ca": frozenset({"les"}),
    "it": frozenset({"alle"}),
    "pt": frozenset({"às", "as"}),
}
#: Words that may follow such an hour: "y media", "de la tarde", "del mediodía", "horas".
_AFTER_HOUR: Final = frozenset(
    "y i e de del della da do en horas hores ore hs h hrs menos meno".split()
)
_LAST_HOUR: Final = 24


def _hour_after_article(t: Tokens, num: Num, first: int) -> bool:
    """A time of day after the Romance article of the hours ("a las 11", "alle 21.45")."""
    if t.low(first - 1) not in _HOUR_ARTICLES.get(t.lang, frozenset()) or num.words:
        return False
    word = t.get(num.start)
    hour = num.plain and len(word) <= 2 and int(word) <= _LAST_HOUR  # "11", "7"
    if not (hour or _HOUR_MINUTE.fullmatch(word) is not None):
        return False
    after = t.get(num.end)
    return not after[:1].isalpha() or t.low(num.end) in _AFTER_HOUR


def model_name(t: Tokens, num: Num, first: int) -> bool:
    """A product or model name: "Lumia 920", "iPhone 5", "sgs 3", "Galaxy Note 2".

    A decimal with one digit after an acronym is its edition ("CC BY-ND 2.0", "WCAG 2.1 AA").
    """
    i = num.start
    prev, prev_low = t.get(first - 1), t.low(first - 1)
    version = _VERSION.fullmatch(t.get(i)) is not None and num.end == i + 1
    release = _RELEASE.fullmatch(t.get(i)) is not None and num.end == i + 1
    # "CC BY-ND 2.0", "WCAG 2.1 AA": an acronym's edition, not followed by a word it counts
    nxt = t.get(num.end)
    acronym = prev.isupper() and len(prev) > 1 and not (nxt.isalpha() and nxt.islower())
    acronym = acronym and units.currency_symbol(prev) is None  # "USD 2.5": money, not an edition
    if not (first == i and (num.plain or version or (release and acronym))):
        return False
    if not prev.isalpha() or t.glued(i) or _counted_before(t, first):
        return False
    if (version and prev[:1].isupper() and len(prev) > 2) or (release and acronym):
        return True  # "Android 7.0", "Firefox 65.0" (not "V 0.12" in an alloy's analysis)
    caps = (
        prev[:1].isupper()
        and not t.newline_before(first - 1)
        and t.get(first - 2) not in {".", "!", "?", ""}
    )
    mixed = any(c.isupper() for c in prev[1:]) and any(c.islower() for c in prev)
    consonants = prev.islower() and len(prev) <= 4 and not re.search("[aeiouy]", prev)
    known = prev_low in MONTH_WORDS or prev_low in STOP or prev in units.CURRENCY_CODES
    return (caps or mixed or consonants) and not known and prev not in {"Q", "H", "FY"}


#: Ordinal endings glued to digits in other languages: "5e place", "1er", "3ème" (French),
#: "18ma partita", "5to", "3ra" (Italian, Spanish), and the ordinal indicators "1º", "2ª".
_ORDINAL_ENDINGS: Final = {
    "fr": frozenset({"e", "er", "re", "ère", "ème", "eme", "nd", "nde"}),
    # a glued "a"/"o" is the ordinal indicator "ª"/"º" typed on a keyboard without it ("1a
    # etapa", "2o turno")
    "es": frozenset(
        {"er", "ra", "do", "da", "to", "ta", "mo", "ma", "vo", "va", "no", "na", "a", "o"}
    ),
    "pt": frozenset({"a", "o", "as", "os"}),
    "it": frozenset({"mo", "ma", "simo", "sima"}),
}


#: Signs that cross two numbers into a size: "4×4", "300 × 265", "2 x 3", "3 * 3".
_CROSSES: Final = frozenset({"×", "x", "X", "*"})


def crossed_size(t: Tokens, num: Num, first: int) -> bool:
    """Two bare numbers crossed name a size, a drive or a grid: "a 4×4", "300 × 265 pixels".

    Only whole numbers, when no unit follows the second ("a 3 × 4 m room" measures) and the
    second is no power of ten ("1.43 × 10 −4", "1 x 108" cells: scientific notation); called
    for bare readings.
    """
    j = num.end
    if t.get(j) in _CROSSES and _size_part(t.get(j + 1)) and _evenly(t, j):
        whole = t.get(num.start).isdigit() and num.end == num.start + 1
        return whole and match_unit(t, j + 2, money=False) is None
    j = first - 1
    return (
        t.get(j) in _CROSSES
        and _size_part(t.get(first))
        and t.get(j - 1).isdigit()
        and _evenly(t, j)
    )


def _evenly(t: Tokens, j: int) -> bool:
    """A cross at ``j`` glued on both sides or on neither ("4×4", "2 x 3"; not "1x 6-polig")."""
    return t.glued(j) == t.glued(j + 1)


def _size_part(word: str) -> bool:
    """A side of a size: whole digits, and no ten with its power glued ("108" for 10⁸)."""
    return word.isdigit() and not word.startswith("10")


#: Letters a brand's name glued after its digits has at least ("7News", "3Com").
_BRAND_LETTERS: Final = 3


def label_suffix(word: str) -> bool:
    """Letters glued to a number that make it a label, an ordinal or a name.

    "4G", "3D", "5th"; a capitalised word glued after the digits is a brand's name ("7News",
    "9NEWS", "3Com"), and so is "ers" (the "49ers", the "76ers"); units glued so ("5GHz",
    "10Mbps") are read before this.
    """
    if word.lower() in {"st", "nd", "rd", "th", "ers"}:
        return True
    return (
        word.isalpha()
        and word.isascii()
        and word[:1].isupper()
        and ((word.isupper() and len(word) <= 2) or len(word) >= _BRAND_LETTERS)
    )


def ordinal_ending(word: str, lang: str) -> bool:
    """An ordinal's ending glued to its digits: "1º", "2ª"; "5e", "18ma" in their language."""
    return word in {"º", "ª"} or word.lower() in _ORDINAL_ENDINGS.get(lang, frozenset())


#: Nouns that make the number after them a label, not an amount: "Version 9.0", "Figure 7",
#: "Step 2", "Chapter 11", "Section 230", "Route 66", "No. 5", "Phase 3", "P.O. Box 69440".
_LABEL_NOUNS: Final = frozenset(
    (
        "version ver release build step chapter chap section sec figure fig table page pages "
        "episode ep season part volume vol nr num number article art item exhibit appendix "
        "grade level size phase stage round route channel gate platform suite apt room box exit "
        "highway interstate slide photo image meal lesson act scene verse psalm rule § "
        "seite seiten linie linien buslinie buslinien kapitel abschnitt band heft ausgabe folge "
        "staffel etappe gleis platz größe grösse abb abbildung abs absatz rdn rn randnummer tab "
        "precinct ward district code "
        "tabelle ziff ziffer paragraph paragraf paragrafo párrafo parágrafo artikel rang teil "
        "partie "
        "anm fn figura tabla tableau tabella página pagina pág capítulo capitulo chapitre "
        "capitolo artículo articulo artigo articolo sección seccion sezione"
    ).split()
)
_STREET_SUFFIXES: Final = frozenset(
    (
        "street st road rd avenue ave boulevard blvd place pl drive dr lane ln way court ct "
        "highway hwy terrace parkway pkwy circle cir square trail plaza"
    ).split()
)
_COMPASS: Final = frozenset({"N", "S", "E", "W", "NE", "NW", "SE", "SW"})
_NOT_UNITS: Final = frozenset({"st", "nd", "rd", "th", "am", "pm", "s", "x", "ish", "er", "ers"})
_VERSION: Final = compile_later(r"\d{1,2}\.00?")  # "7.0", "65.0": a release, not a measure
#: A release or a standard's edition after an acronym: "CC BY-ND 2.0", "WCAG 2.1", "HTTP 1.1".
_RELEASE: Final = compile_later(r"\d{1,2}\.\d")
#: Video resolutions: "1080p", "4K" (not thousands unless money is counted).
_SCREEN_WORDS: Final = frozenset(
    "streaming stream resolution video videos display displays tv tvs monitor monitors screen "
    "screens content gaming hdr uhd ready camera cameras footage".split()
)
_LINES: Final = frozenset({"480", "576", "720", "1080", "1440", "2160", "4320"})
_POSTCODE_DIGITS: Final = 5


def after_label(t: Tokens, first: int) -> bool:
    """A label noun right before the number ("Figure 7", "No. 5", "version 2.0", "§ 291").

    The later members of a list of labels are labels too: "Routes 1, 9 and 12", "Linien 40, 62
    und 64".
    """
    k = first - 1
    while t.low(k) in _LIST_JOINS:
        member = _member_start(t, k - 1)
        if member is None:
            break
        k = member - 1
    if k < first - 1:
        first = k + 1  # the list's first member: the label noun stands before it
        k = first - 1
    if t.get(k) in {".", "#"} and t.glued(k):
        k -= 1
    word = t.get(k)
    if t.glued(k) and t.get(k - 1) in {"-", "‐"}:
        return False  # "entry-level 13-inch": an adjective, not a label
    if t.low(k) == "no":  # "No. 5", "no. 5", but not "no 5-star hotels"
        return word == "No" or k < first - 1
    if word == "S" and k < first - 1 and t.lang == "de":
        return True  # "S. 415": a page in German
    if t.lang == "de" and word in _GERMAN_LABEL_NOUNS and k == first - 1:
        label = t.get(first).isdigit()  # "Tag 1 startet mit …", "Kind 1 ist begeistert"
    else:
        label = t.low(k) in _LABEL_NOUNS and (word[:1].isupper() or k == first - 1 or word == "§")
    # "total volume 2 ml": a measure after its noun, not a label (the unit is read last: it
    # costs the most, and most numbers follow no label noun)
    return label and not (
        t.get(first)[:1].isdigit() and match_unit(t, first + 1, money=False) is not None
    )


#: German nouns that number what they name right before the number ("Tag 1", "Kind 2", "Runde
#: 3"), capitalised as German writes them; a measure after the number still counts ("am Tag 3
#: Stunden").
_GERMAN_LABEL_NOUNS: Final = frozenset({"Tag", "Kind", "Runde", "Spieltag"})


#: The words that join the members of a list of labels.
_LIST_JOINS: Final = frozenset({",", "and", "or", "&", "und", "oder", "et", "ou", "y", "e"})


def _member_start(t: Tokens, j: int) -> int | None:
    """The first token of a list member of labels that ends at ``j`` ("152", "R2"), if one does."""
    word, start = t.get(j), j
    if t.glued(j) and t.get(j - 1).isalnum():
        word, start = t.get(j - 1) + word, j - 1  # "Buslinien R2, 152 und 202"
    return start if _label_like(word) else None


def _label_like(word: str) -> bool:
    """Whether a token reads as a list member of labels: digits, or letters and digits ("R2")."""
    return word.isdigit() or (word.isalnum() and any(c.isdigit() for c in word) and len(word) <= 5)


_POSSESSIVES: Final = frozenset("his her their my your our its".split())
_DECADE_PARTS: Final = frozenset({"early", "mid", "late"})


def age_decade(t: Tokens, num: Num) -> bool:
    """A decade of someone's life: "in their 80s", "her early 30s", "his mid-40s" (English).

    The possessive before the decade makes it an age; "the 80s" are the years.
    """
    tok, k = t.get(num.start), num.start - 1
    tens = len(tok) == 2 and tok.isdigit() and tok[1] == "0" and tok != "00"
    if not (t.english and tens and t.get(num.end) == "s" and t.glued(num.end)):
        return False
    if t.get(k) in {"-", "‐"} and t.glued(num.start):
        k -= 1  # "mid-40s"
    if t.low(k) in _DECADE_PARTS:
        k -= 1
    return t.low(k) in _POSSESSIVES


def decade(t: Tokens, num: Num) -> bool:
    """Decades and eras: "1990s", "80s", "1990's", "the 1800s"; "anni ’80", "années 70".

    In German a number with "er" glued to it is a decade or a name ("die 80er", "in den 70ern",
    "70er-Jahre", "eine 50er Vespa", "der 11er Kurs"), never an amount.
    """
    tok, end = t.get(num.start), num.end
    if t.lang == "de" and num.plain and t.glued(end) and t.low(end) in _GERMAN_ER:
        return True
    if not (num.plain and end == num.start + 1 and tok.endswith("0") and len(tok) in {2, 4}):
        return False
    if t.get(end) == "s" and t.glued(end):
        return not age_decade(t, num)
    prev = t.low(num.start - 1)
    if prev in {"'", "’"} and t.glued(num.start):
        prev = t.low(num.start - 2)  # "anni ’80"
    if prev in _DECADE_YEARS.get(t.lang, ()):
        return True
    return t.get(end) in {"'", "’"} and t.glued(end) and t.get(end + 1) == "s" and t.glued(end + 1)


#: The endings German glues to a number to make a decade or a name: "80er", "80ern", "80ers".
_GERMAN_ER: Final = frozenset({"er", "ern", "ers"})
#: The word "years" before a decade's number in the Romance languages ("gli anni 80").
_DECADE_YEARS: Final = {
    "it": frozenset({"anni"}),
    "fr": frozenset({"années"}),
    "es": frozenset({"años"}),
    "pt": frozenset({"anos"}),
}


#: Words that label a telephone or fax number: every number after one on its line is a part
#: of the number ("Tel. 02382 59743", "Fax: 0731 / 153 87-117", "Fone: (047) 2106-8000").
_PHONE_LABELS: Final = frozenset(
    "tel telefon telephone téléphone tél phone fon fone fax telefax tlf mobil mobile handy "
    "hotline".split()
)
_PHONE_MARKS: Final = frozenset({"/", "-", "(", ")", "+", ".", ":"})
_MAX_PHONE_TOKENS: Final = 8


def after_phone_label(t: Tokens, first: int) -> bool:
    """A number after a telephone label on the same line, with only digits and marks between."""
    k = first - 1
    for _ in range(_MAX_PHONE_TOKENS):
        if k < 0 or t.newline_before(k + 1):
            return False
        word = t.get(k)
        if not (word.isdigit() or word in _PHONE_MARKS):
            return t.low(k) in _PHONE_LABELS
        k -= 1
    return False


#: Endings of street names in German and its neighbours: the number after one is a house
#: number ("Gleditschstraße 37", "Beethovenstr. 1").
_STREET_ENDINGS: Final = (
    "straße",
    "strasse",
    "str",
    "weg",
    "platz",
    "allee",
    "gasse",
    "ring",
    "damm",
    "ufer",
    "chaussee",
)


#: Words that name a street before its name in the Romance languages ("Rua Walter Marquardt,
#: 1111", "via Roma 12", "corso Monforte, 15", "calle Mayor, 5", "rue de Rivoli 10").
_STREET_TYPES: Final = frozenset(
    "rua avenida av travessa praça largo alameda estrada rodovia calle carrera paseo carrer "
    "via viale corso piazza piazzale vicolo rue boulevard bd avenue allée chemin impasse "
    "quai".split()
)
#: Street types that are also English words ("via Twitter, 5 people"): not read in English.
_ENGLISH_STREET_WORDS: Final = frozenset({"via", "avenue", "boulevard", "bd", "plaza", "largo"})
#: The small words inside a street's name ("Rua da Consolação", "rue de la Paix").
_NAME_LINKS: Final = frozenset(
    "de da do das dos del della delle dei di du des la le las los".split()
)
#: How many words a street's name may have between its type and the house number.
_STREET_NAME_WORDS: Final = 5
_CEP_DIGITS: Final = (5, 3)  # a Brazilian postcode, "89259-565"


def _named_street_before(t: Tokens, first: int) -> bool:
    """A street's type, then its name in capitals, then (a comma and) the number at ``first``."""
    k = first - 1 if t.get(first - 1) == "," else first
    if not t.get(k - 1)[:1].isupper():
        return False  # the word before the number ends no street's name (most numbers)
    named = False
    for j in range(k - 1, max(-1, k - 2 - _STREET_NAME_WORDS), -1):
        word = t.get(j)
        kind = word.lower()
        if kind in _STREET_TYPES and named:
            return not (t.english and kind in _ENGLISH_STREET_WORDS)
        if word[:1].isupper() and word.replace("-", "").isalpha():
            named = True
        elif not (word.lower() in _NAME_LINKS or (word == "." and t.glued(j))):
            return False
    return False


def _brazilian_postcode(t: Tokens, first: int) -> bool:
    """Either half of a Brazilian postcode "89259-565" (five digits, a hyphen, three)."""
    tok = t.get(first)
    if len(tok) not in _CEP_DIGITS:
        return False
    if len(tok) == _CEP_DIGITS[0] and t.get(first + 1) == "-" and t.glued(first + 1):
        return t.glued(first + 2) and len(t.get(first + 2)) == _CEP_DIGITS[1]
    before = t.get(first - 2)
    glued = t.get(first - 1) == "-" and t.glued(first - 1) and t.glued(first)
    return (
        len(tok) == _CEP_DIGITS[1] and glued and before.isdigit() and len(before) == _CEP_DIGITS[0]
    )


def european_address(t: Tokens, num: Num, first: int) -> bool:
    """A house number after a street, or a postcode before a town ("37, 10781 Berlin")."""
    if not (num.plain and first == num.start):
        return False
    k = first - 1
    if t.get(k) == "." and t.glued(k):
        k -= 1  # "Beethovenstr. 1"
    street = t.get(k)
    if street[:1].isupper() and street.lower().endswith(_STREET_ENDINGS) and len(street) > 4:
        return True
    if _named_street_before(t, first) or _brazilian_postcode(t, first):
        return True
    tok = t.get(first)
    if (
        len(tok) == _POSTCODE_DIGITS
        and t.get(first + 1)[:1].isupper()
        and t.low(first + 2) == "cedex"
    ):
        return True  # "38018 Grenoble cedex 01": a French business postcode
    if not (len(tok) in {4, 5} and t.get(first + 1)[:1].isupper() and t.get(first + 1).isalpha()):
        return False
    prev = t.get(first - 1)
    after_number = prev == "," and t.get(first - 2).isdigit()  # "Gleditschstraße 37, 10781"
    line_after_number = t.newline_before(first) and t.get(first - 1).isdigit()  # "1\n89073 Ulm"
    # "in 31167 Bockenem", "…See\n41542 Dormagen": German groups the digits of an amount this
    # long ("50.000 Menschen"), so five bare digits before a name where a place stands are its
    # postcode
    german_place = (
        t.lang == "de"
        and len(tok) == _POSTCODE_DIGITS
        and tok.isdigit()
        and (t.low(first - 1) == "in" or t.newline_before(first))
    )
    return after_number or line_after_number or german_place


def street_or_postcode(t: Tokens, num: Num, first: int) -> bool:
    """A street number ("2134 Caldwell Place", "3170 W. County Road") or a postal code."""
    if not (num.plain and first == num.start):
        return False
    if european_address(t, num, first):
        return True
    tok, k = t.get(num.start), num.end
    prev = t.get(first - 1)
    if len(tok) == _POSTCODE_DIGITS and prev.isupper() and len(prev) == 2:
        return True  # "CA 94107"
    if t.get(k) in _COMPASS:
        k += 2 if t.get(k + 1) == "." else 1
    for x in range(k, k + 4):
        word = t.get(x)
        if not word[:1].isupper():
            return False
        if x > k and t.low(x) in _STREET_SUFFIXES:
            return True
    return False


def identifier(t: Tokens, num: Num, end: int) -> bool:
    """Digits that run on into letters or digits, or too many digits for an amount.

    "9to5Mac", "2K20", "3440x1440"; "0.0.0-20180720214833-f61e0f7" (a part of a version).
    """
    first, nxt = num.start, t.get(end)
    if nxt == "/" and t.glued(end) and _DOI_PREFIX.fullmatch(t.get(first)) is not None:
        return True  # "DOI: 10.1073/pnas.1907828116": a DOI's registrant prefix
    hyphens = t.get(first - 1) == "-" and nxt == "-" and t.glued(first) and t.glued(end)
    if hyphens and t.glued(first - 1) and t.glued(end + 1) and t.get(end + 1)[:1].isalnum():
        return True  # "0.0.0-20180720214833-f61e0f7": a part of a version string
    if not (t.glued(end) and nxt[:1].isalnum()):
        return False
    if not num.plain and not num.words and nxt.isascii() and nxt.isalpha():
        return True  # "802.11ax", "5.0b": a standard or a version
    runs_on = t.glued(end + 1) and t.get(end + 1)[:1].isalnum()
    if nxt.lower() == "x":  # "20x zoom" is a multiple, "3440x1440" a resolution
        return runs_on and t.get(end + 1)[:1].isdigit()
    return runs_on and nxt.isascii()  # "9to5Mac", "2K20", "4p7SX"; not "12,000원"


def glued_unit(t: Tokens, num: Num, end: int) -> bool:
    """A short lower-case unit glued to a whole number that the unit table does not know.

    "30fps", "256kps": a word ends there ("9to5Mac" goes on).
    """
    word = t.get(end)
    return (
        t.glued(end)
        and num.plain
        and num.end == end
        and word.isalpha()
        and word.islower()
        and 2 <= len(word) <= 4
        and word not in _NOT_UNITS
        and word not in STOP  # "54and": a missing space, not a unit
        and not (t.glued(end + 1) and t.get(end + 1)[:1].isalnum())
    )


def clock_time(t: Tokens, num: Num) -> bool:
    """Clock times written with dots: "10 a.m.", "9 p.m.", "1.p.m.", "9.30 A.M."."""
    end = num.end
    hour = num.plain and len(t.get(num.start)) <= 2
    if not (hour or _HOUR_MINUTE.fullmatch(t.get(num.start)) is not None):
        return False
    k = end + 1 if t.get(end) == "." and t.glued(end) else end
    return t.low(k) in {"a", "p"} and t.get(k + 1) == "." and t.low(k + 2) == "m"


def month_abbreviation(t: Tokens, first: int) -> bool:
    """After an abbreviated month and its dot: "Nov. 5", "Sept. 30"."""
    month = t.get(first - 2)
    return (
        t.get(first - 1) == "."
        and t.glued(first - 1)
        and month[:1].isupper()
        and month.lower() in MONTH_WORDS
    )


def phone_run(t: Tokens, i: int) -> int:
    """The token after a phone number or code starting at ``i`` ("+49 (0)40 890 85-433"), else -1.

    Digits written with a leading zero are a code, never an amount: an area code, a file mode,
    an identifier ("0666"). The digit groups after an area code, apart by spaces, slashes or
    dashes on its line, are its telephone number when there are three groups or more, or two
    long ones ("030 62 93 34 19", "0800 123 456", "01805 – 4444").
    """
    if _leading_zero(t.get(i)) and not (t.get(i - 1) == "." and t.glued(i)):  # not ".08"
        return _area_code_run(t, i)
    if not (t.get(i - 1) == "+" and t.glued(i) and len(t.get(i)) <= 3 and t.get(i).isdigit()):
        return -1
    k, groups = i + 1, 1
    while k < len(t) and (t.get(k) in {"(", ")", "-", "."} or t.get(k).isdigit()):
        groups += t.get(k).isdigit()
        k += 1
    return k if groups >= 3 else -1


def _area_code_run(t: Tokens, i: int) -> int:
    """The token after the telephone number an area code at ``i`` starts, else after the code."""
    groups, last, k = 1, i, i + 1
    while k < len(t) and groups < _MAX_PHONE_GROUPS and not t.newline_before(k):
        word = t.get(k)
        if _groups(word):
            groups, last = groups + _groups(word), k
        elif word not in _PHONE_GLUE:
            break
        k += 1
    long_pair = groups == 2 and min(len(t.get(i)), len(t.get(last))) >= _LONG_GROUP
    return last + 1 if groups >= 3 or long_pair else i + 1


def second_of_pair(t: Tokens, i: int) -> bool:
    """The number after "3/" in "3/50", "11/9": a counter or a date, not an amount."""
    return t.get(i - 1) == "/" and t.glued(i) and t.glued(i - 1) and is_num(t.get(i - 2))


def slash_pair(t: Tokens, num: Num) -> bool:
    """A number before "/digits" that no fraction reads ("3/50", "24/7", "11/9")."""
    end = num.end
    return t.get(end) == "/" and t.glued(end) and t.glued(end + 1) and is_num(t.get(end + 1))


def _sentence_start(t: Tokens, first: int) -> bool:
    return (
        first == 0 or t.get(first - 1) in {".", "!", "?", ":", '"', "“"} or t.newline_before(first)
    )


def in_name(t: Tokens, num: Num, first: int) -> bool:
    """A number inside a capitalised name, mid-sentence.

    "the Three Amigos", "SIX Swiss Exchange", "International Three-Day Event", "The 7 Habits
    of Highly Effective People", "the Fantastic Four", the "Gang of Eight".
    """
    k = num.end + 1 if t.get(num.end) in {"-", "‐"} and t.glued(num.end) else num.end
    nxt = t.get(k)
    if num.words and t.get(num.start)[:1].isupper() and not _sentence_start(t, first):
        prev, before = t.get(first - 1), t.get(first - 2)
        titled = prev[:1].isupper() and prev.isalpha() and not _sentence_start(t, first - 1)
        if titled or (prev == "of" and before[:1].isupper() and before.isalpha()):
            return True  # a name ending in a number word: "the Fantastic Four", "Gang of Eight"
    if num.plain and t.low(first - 1) == "of" and t.get(first - 2) in _GROUPS_OF:
        return True  # "the Group of 20 conference", "the Group of 77"
    if not (nxt[:1].isupper() and nxt.isalpha()) or _sentence_start(t, first):
        return False
    if not num.words and match_unit(t, num.end, money=False) is not None:
        return False  # "the WMAP 23 GHz map"
    if num.words:
        return t.get(num.start)[:1].isupper()
    prev = t.get(first - 1)
    titled = prev[:1].isupper() and prev.isalpha() and not _sentence_start(t, first - 1)
    return (
        num.plain
        and titled
        and not t.glued(num.start)
        and not _counted_before(t, first)
        and not _placed_before(t, first, nxt)
    )


#: German prepositions and contractions that open a phrase of place or time before a count
#: ("in Berlin 30 Teilnehmer", "am Freitag 149 Stimmen").
_GERMAN_PLACE_PREPOSITIONS: Final = frozenset(
    "in im aus bei beim nach für mit von vom an am auf seit zum zur".split()
)
_GERMAN_PLURAL_ENDINGS: Final = ("e", "en", "er", "n", "s")


def _placed_before(t: Tokens, first: int, nxt: str) -> bool:
    """Whether a German phrase of place or time closes before the count at ``first``.

    "treffen sich in Auschwitz 30 Teilnehmer", "stimmten am Freitag 149 Abgeordnete": a
    preposition and its capitalised noun stand before the number and a plural noun after it,
    which the number counts (German capitalises both). A code in capitals ("Paragraf 45 SGB")
    or a word of no plural's ending ("mit Windows 10 Pro") stays a name.
    """
    return (
        t.lang == "de"
        and t.low(first - 2) in _GERMAN_PLACE_PREPOSITIONS
        and t.get(first - 2).islower()
        and not nxt.isupper()
        and len(nxt) >= 4
        and nxt.lower().endswith(_GERMAN_PLURAL_ENDINGS)
    )


#: Names of clubs of nations or people by their number ("the Group of 20", "Gang of 8").
_GROUPS_OF: Final = frozenset({"Group", "Gang", "Club"})


def _counted_before(t: Tokens, first: int) -> bool:
    """Whether the word before ``first`` is what the number before it counts.

    "in den vergangenen 18 Monaten 600 Leute": German capitalises the noun of the count before,
    which is then no name or model the number belongs to.
    """
    return t.lang == "de" and is_num(t.get(first - 2)) and not t.glued(first - 1)


#: Words before "one" that make it a count ("only one", "at least one", "more than one").
ONE_CUES: Final = frozenset(
    "only just exactly than least most over under about around nearly almost roughly single "
    "with minus negative".split()
)
_MEASURED_TIMES: Final = frozenset(
    "year years month months week weeks hour hours minute minutes second seconds decade "
    "decades century".split()
)
_DURATION_CUES: Final = frozenset({"for", "in", "within", "after", "per", "every", "by", "of"})
_PRONOUN_FOLLOWERS: Final = frozenset(
    (
        "were are was is will would have had has can could did do does should must might may "
        "shall go went who which that of in on at to from with and or but met said also still"
    ).split()
)
#: Verbs and a preposition after "the two", "all three" that make the number a pronoun unless a
#: partitive's "of" stands before it ("one of the ten took care": ten of the subjects).
_PRONOUN_VERBS: Final = frozenset(
    (
        "by became began came left took got made spoke saw knew told gave leave laid held kept "
        "felt found brought thought sat stood ran sent spent built paid heard wrote fled fought "
        "sought taught caught"
    ).split()
)
_DETERMINERS: Final = frozenset(
    {"the", "these", "those", "other", "all", "both", "latter", "former"}
)
_PERIOD_HALVES: Final = frozenset({"first", "second", "latter", "back", "front", "other"})
_ZERO_CONTEXT: Final = frozenset({"to", "at", "from", "of", "is", "was", "were", "be"})


def word_idiom(t: Tokens, num: Num, first: int, *, counted: bool) -> bool:
    """Number words that count nothing.

    "one day", "the two were", "zero shame", "the first half". ``counted``: a noun follows.
    """
    if not num.words or num.end != num.start + 1:
        return False
    word, prev = t.low(num.start), t.low(first - 1)
    # "speak with one voice", "in den eigenen vier Wänden"
    idiom = (prev, word, t.low(num.end)) in _IDIOMS_AROUND_WORD
    if word == "one":  # "one day", "one place we hadn't seen": one as "a"
        measured = t.low(num.end) in _MEASURED_TIMES  # "one year old", "for one hour"
        signed = t.low(num.start - 1) in {"minus", "negative"}  # "minus one" is a number
        # "for one day", "within one night": a duration; "in one email exchange", "of one
        # president", "for one office": one as "a"
        days = prev in _DURATION_CUES and t.low(num.end) in {"day", "night"}
        cued = prev in ONE_CUES or days or _charge_count(t, num.end)
        # "the only one strong enough", "the only one unhappy": a pronoun, not "only one title"
        only = prev == "only" and t.low(first - 2) == "the"
        return idiom or only or not (measured or signed or cued)
    if word == "half":
        return prev in _PERIOD_HALVES  # "the first half of next year" is a period
    after = t.get(num.end)
    if word in {"zero", "nought", "naught"}:  # "to zero in on", "zero shame"
        zeroing = not counted and after in {"in", "out"} and prev not in _ZERO_CONTEXT - {"to"}
        return zeroing or (word == "zero" and _none_of_a_mass(t, num.end))
    before = t.lower[max(0, first - 2) : num.end]
    # "a tale of two parties", "the lesser of two evils"
    fixed = idiom or before in _IDIOMS_BEFORE or (*before, t.low(num.end)) in _IDIOMS_AROUND
    if counted:
        return fixed
    # "a year or two", "a chicken wing or two": a few ("one or two" is a range)
    few = word == "two" and prev == "or" and t.get(first - 2).isalpha()
    # "the two were on the ground", "the other three.", but not "the two model spectra"
    alone = after in _PRONOUN_FOLLOWERS or (not after[:1].isalnum() and after not in {"-", "‐"})
    # "one of the four accused of …": after a partitive's "of", the participle is the noun;
    # "the two by-elections": a compound
    hyphened = t.get(num.end + 1) in {"-", "‐"}
    verb = after.lower() in _PRONOUN_VERBS and not hyphened
    acting = t.low(first - 2) != "of" and (verb or _acting(t, num.end))
    return fixed or few or (prev in _DETERMINERS and (alone or acting))


_AUXILIARIES: Final = frozenset("were are was is have had has will would".split())


#: Nouns that "zero" makes an idiom of: "zero tolerance", "zero chance", "zero shame", a "zero
#: day" flaw. A measure of nothing ("zero velocity", "zero energy") is a value in science.
_ZERO_IDIOMS: Final = frozenset(
    "tolerance chance chances doubt shame day hour sum expectations".split()
)


def _charge_count(t: Tokens, j: int) -> bool:
    """A count of a charge after "one": "one count of battery", "one misdemeanor count of".

    Court reports count charges so ("pleaded guilty to one count each of …"); "one" is the
    number of counts, not an article.
    """
    k = j + 1 if t.get(j).isalpha() and t.get(j).islower() and t.low(j) != "count" else j
    return t.low(k) == "count" and t.low(k + 1) in {"of", "each"}


def _none_of_a_mass(t: Tokens, j: int) -> bool:
    """An idiom of "zero" (:data:`_ZERO_IDIOMS`), unless a counted noun follows.

    "zero day trips" counts trips.
    """
    if t.low(j) not in _ZERO_IDIOMS:
        return False
    return not (t.get(j + 1).islower() and looks_plural(t.get(j + 1)))


#: Idioms of one number word between two words, which otherwise read as a count: "speak
#: with one voice", "all under one roof", "in den eigenen vier Wänden" (at home), "unter vier
#: Augen" (in private), "ein Buch mit sieben Siegeln" (a closed book).
_IDIOMS_AROUND_WORD: Final = frozenset(
    {
        ("with", "one", "voice"),
        ("with", "one", "accord"),
        ("under", "one", "roof"),
        ("eigenen", "vier", "wände"),
        ("eigenen", "vier", "wänden"),
        ("unter", "vier", "augen"),
        ("mit", "sieben", "siegeln"),
    }
)
#: Idioms with a number word: the two words before it and it ("a tale of two cities"), or
#: those and the word after it ("the lesser of two evils").
_IDIOMS_BEFORE: Final = frozenset(
    {("tale", "of", "two"), ("на", "все", "сто"), ("на", "всі", "сто")}  # "на все сто": fully
)
_IDIOMS_AROUND: Final = frozenset({("lesser", "of", "two", "evils")})


def _acting(t: Tokens, j: int) -> bool:
    """A verb or an adverb after "the two": "the two lived briefly", "the two quickly agreed".

    A past participle before a noun is the noun's adjective ("the two wounded soldiers"), and
    so is an adjective in "-ly" ("the two elderly men"): the word after decides.
    """
    word, nxt = t.low(j), t.low(j + 1)
    if not (word.isalpha() and len(word) > 4):  # "lived", "early" and longer
        return False
    if word.endswith("ed"):  # "the two injured were taken": the injured, counted
        function = nxt in STOP and nxt not in _AUXILIARIES
        return function or not nxt[:1].isalnum() or nxt.endswith("ly")
    return word.endswith("ly") and (nxt.endswith("ed") or nxt in _PRONOUN_FOLLOWERS)


def resolution(t: Tokens, num: Num, end: int, *, money: bool) -> bool:
    """Video resolutions: "1080p", "1440p", "4K" streaming, a "4K-ready" TV (not "$4K")."""
    tok = t.get(num.start)
    if tok in _LINES and t.get(num.start + 1) == "p" and t.glued(num.start + 1):
        return True
    letter = t.get(num.start + 1)
    if money or len(tok) != 1 or letter not in {"K", "k"} or end < num.end:
        return False
    after = num.end
    nxt = t.low(after + 1) if t.get(after) in {"-", "‐"} else t.low(after)
    if letter == "k":  # "2k followers" are thousands; "4k streaming" a resolution
        return nxt in _SCREEN_WORDS
    plural = nxt.isalpha() and len(nxt) > 3 and nxt.endswith("s")
    return not plural or nxt in _SCREEN_WORDS
