"""Parsing one date or time expression, shared by the metadata and comment steps (private).

ISO 8601, all-numeric dates and the common written forms are read directly (see
:func:`parse_date`); everything else goes to dateparser with an explicit base for relative
expressions, never the wall clock.

dateparser is imported on first use, not with this module: importing it costs about 0.1 s, and
most pages' dates (ISO timestamps, numeric dates, English long dates, mail and RSS dates, a day,
month name and year in the big European languages) are read without it, so a one-page run often
never pays it.
"""

from __future__ import annotations

import email.utils
import functools
import importlib.util
import re
import sys
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any, Final, cast

from articlekit import _lexicon as lex
from articlekit._patterns import compile_later
from articlekit.model import Granularity

__all__ = ["DATEPARSER_CODES", "parse_date", "parse_numeric_date"]

# ISO 8601, and its basic date before a time, extended as some CMS templates write it
# ("20200316T08:55:00Z") or basic ("20180619T055000+0900" in JSON-LD), which dateparser does not
# read and Python does. A basic date alone ("20180619") is left out: eight digits are often an id.
_ISO: Final = compile_later(
    r"^(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
    r"|\d{8}T(?:\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?|\d{4}(?:\d{2}(?:\.\d+)?)?))"
    r"(?:Z|[+-]\d{2}:?\d{2})?$"
)
# An ISO date and time with its UTC offset after a space, as PHP's "Y-m-d H:i:s O" prints it in
# meta tags ("2023-11-06 00:30:00 +0100"): read in that offset, as the same time without the
# space is, so that its day stays the one written (in UTC it was the 5th).
_SPACED_OFFSET: Final = compile_later(
    r"(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) ([+-]\d{2}:?\d{2})"
)
# The date of mail, HTTP and RSS (RFC 2822, "Wed, 04 May 2022 02:41:00 GMT"), read by the
# standard library as dateparser reads it in English. Only where English is one of the page's
# languages: on other pages dateparser reads none, and taking these GMT stamps there moved the
# published day of two development pages off the one they show (a Bolivian page's 22:41 on 3
# May is 02:41 GMT on the 4th).
_RFC_2822: Final = compile_later(
    r"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s*)?\d{1,2}\s+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{4}\s+\d{2}:\d{2}(?::\d{2})?"
    r"(?:\s*(?:[+-]\d{4}|GMT|UTC?|[ECMP][SD]T))?$"
)
_TIME: Final = compile_later(r"\d{1,2}:\d{2}")
# A numeric date, optionally followed by a clock time: "2017-09-01", "1.9.17", "09/01/2017 14:30".
_NUMERIC: Final = compile_later(
    r"^(?:(?P<h0>\d{1,2}):(?P<mi0>[0-5]\d)(?::[0-5]\d)?\s*(?P<ap0>[ap]\.?m\.?)?,?\s+)?"
    r"(?P<a>\d{1,4})(?:(?P<sep>[./-])\s?(?P<b>\d{1,2})(?P=sep)\s?(?P<c>\d{2,4})\.?"
    r"|\s*年\s*(?P<b2>\d{1,2})\s*月\s*(?P<c2>\d{1,2})\s*日)"
    r"(?:,?\s*(?:um|at|à|-|,)?\s*(?P<h>\d{1,2})[:.h](?P<mi>\d{2})(?::\d{2})?\s*(?P<ap>[ap]\.?m\.?)?"
    r"(?:\s*(?:uhr|h|utc|gmt|[a-z]{2,4}))?)?$",
    re.IGNORECASE,
)
_TWO_DIGIT_PIVOT: Final = 70  # "17" is 2017, "98" is 1998
# The long American form, the commonest written date of English pages ("November 19, 2019",
# "Nov 19, 2019", "Nov. 19, 2019", "Nov 19 2019", "November 19th, 2019"), with the clock time
# blogs and CMS templates append ("at 9:47 am", ", 9:02 AM", " - 1:01 pm", " 13:42", "4:56
# p.m."), and the same day first ("19 Nov 2019", "29th April 2020", "2 Apr, 2016"): read
# directly, as dateparser reads it in English (midnight UTC without a time;
# tests/test_parse_date.py holds the two together). A day the month does not have, a time zone
# other than GMT or UTC or an hour the clock does not have goes to dateparser.
_MONTH_NUMBERS: Final = {
    name: number
    for number, names in enumerate(
        (
            ("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"),
            ("May",), ("June", "Jun"), ("July", "Jul"), ("August", "Aug"),
            ("September", "Sep", "Sept"), ("October", "Oct"), ("November", "Nov"),
            ("December", "Dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
#: The abbreviations a dot may close ("Nov."; "May" is no abbreviation).
_ABBREVIATED: Final = frozenset(
    ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
)
# The clock time after the date, and GMT or UTC after it (the zone UTC results are in).
_CLOCK_AFTER: Final = (
    r"(?:(?: at|,| -)? (?P<hour>\d{1,2}):(?P<minute>[0-5]\d)(?: ?(?P<half>[ap]m|[AP]M|[ap]\.m\.))?"
    r"(?: GMT| UTC)?)?"
)
_MONTH_DAY_YEAR: Final = compile_later(
    r"(?P<month>[A-Z][a-z]{2,8})(?P<dot>\.?) (?P<day>\d{1,2})(?:st|nd|rd|th)?,? (?P<year>\d{4})"
    + _CLOCK_AFTER
)
# The British and European English order: "19 November 2019", "20 Nov 2019 08:00 GMT".
_DAY_MONTH_YEAR: Final = compile_later(
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)? (?P<month>[A-Z][a-z]{2,8})(?P<dot>\.?),? (?P<year>\d{4})"
    + _CLOCK_AFTER
)
_HALF_DAY: Final = 12  # "12:30 am" is 00:30, "1:30 pm" is 13:30
_LONGEST_ZONE: Final = 16  # " GMT+0000 (UTC)": what a zone after a date takes at most
# Without a reference time these name no day after the sentinel: dateparser dates a clock time
# alone on the base day (1 January 1900) and "2 days ago" before it (a comment reader looking for
# where a date starts also tries "ago at 8:58 am"), so parse_date's answer is None whatever
# dateparser reads.
_CLOCK: Final = r"\d{1,2}:\d{2}(?::\d{2})?(?: ?(?:[ap]m|[AP]M))?"
_TIME_UNITS: Final = r"(?:second|minute|hour|day|week|month|year)s?"
_UNDATED: Final = compile_later(rf"{_CLOCK}|(?:(?:\d+|an?) {_TIME_UNITS} )?ago(?: at {_CLOCK})?")
# The same relative times inside other words ("6 years ago · edited 6 years ago"): their numbers
# name no day without a base, so text whose only digits are theirs names none either.
_AGO: Final = compile_later(rf"\b\d+ {_TIME_UNITS} ago\b")
# An English month and day with the year run into the clock time after it ("August 06, 20194:14
# pm", "Nov 19 20197:05 AM"): text pieces rendered without the space between them, the month and
# day left out by a reader trying where a date starts. dateparser reads no date there in any
# language list (tests hold the two together), so it is not asked: comment headers repeat the
# form on every comment. Not after other words: "yesterday 20194:14 pm" is yesterday to dateparser.
_YEAR_INTO_CLOCK: Final = compile_later(
    rf"(?:(?:{'|'.join(_MONTH_NUMBERS)})\.? )?(?:\d{{1,2}},? )?\d{{4}}\d{{1,2}}:\d{{2}}"
    r"(?: ?(?:[ap]m|[AP]M))?"
)
_SENTINEL: Final = datetime(1900, 1, 1)  # noqa: DTZ001 - dateparser wants a naive base


# Where a slash or dash date is written month first: American English (and English with no region).
_MONTH_FIRST_REGIONS: Final = frozenset({"", "US", "PH", "FM", "MH", "PW", "BZ", "CA"})


#: Country-code domains of English-speaking countries that write the day first ("03/10/2017" is
#: 3 October): a page in English without a region there is in that country's English.
_DAY_FIRST_DOMAINS: Final = frozenset("uk ie au nz in za sg pk ng ke gh my hk mt jm tt".split())


def writes_month_first(language: str | None, host: str | None = None) -> bool:
    """Whether a page in ``language`` (a BCP 47 tag, or ``None``) writes "03-10-2017" month first.

    English without a region is American unless the page's ``host`` is on the country-code
    domain of a country whose English writes the day first.

    >>> writes_month_first("en"), writes_month_first("en-US"), writes_month_first("en-GB")
    (True, True, False)
    >>> writes_month_first("de"), writes_month_first(None)
    (False, True)
    >>> writes_month_first("en", "www.breakingnews.ie")
    False
    """
    code, _, region = (language or "").replace("_", "-").partition("-")
    if code.lower() not in {"", "en"}:
        return False
    if not region and host and host.rsplit(".", 1)[-1].lower() in _DAY_FIRST_DOMAINS:
        return False
    return region.split("-")[0].upper() in _MONTH_FIRST_REGIONS


def parse_numeric_date(
    text: str, *, month_first: bool = False
) -> tuple[datetime, Granularity] | None:
    """Parse an all-numeric date ("2017-09-01", "1.9.17", "09/01/2017 14:30"), or ``None``.

    Writers' conventions decide the order: a four-digit first part is the year (ISO order);
    dotted dates are day first everywhere they are written; for slashes and dashes a part above
    12 is the day, else ``month_first`` (American English) decides. Two-digit years below 70 are
    in this century. A clock time may follow the date or come before it, as forums and comment
    headers write it ("05.10.18 11:15", "11:15 05.10.18").

    >>> parse_numeric_date("1.9.17")[0].date().isoformat()
    '2017-09-01'
    >>> parse_numeric_date("09/01/2017", month_first=True)[0].date().isoformat()
    '2017-09-01'
    >>> parse_numeric_date("13/01/2017", month_first=True)[0].date().isoformat()
    '2017-01-13'
    >>> parse_numeric_date("11:15 05.10.18")[0].isoformat()
    '2018-10-05T11:15:00+00:00'
    """
    match = _NUMERIC.match(text.strip())
    if match is None:
        return None
    a, b, c = match["a"], match["b"] or match["b2"], match["c"] or match["c2"]
    if len(a) == 4:  # noqa: PLR2004 - year first
        year, month, day = int(a), int(b), int(c)
    elif len(a) > 2 or len(c) == 3:  # noqa: PLR2004
        return None
    else:
        first, second = int(a), int(b)
        year = int(c)
        if len(c) == 2:  # noqa: PLR2004
            year += 2000 if year < _TWO_DIGIT_PIVOT else 1900
        if match["sep"] == "." or first > 12 or not month_first:  # noqa: PLR2004
            day, month = first, second
        else:
            month, day = first, second
        if month > 12 and day <= 12:  # noqa: PLR2004 - written the other way round
            day, month = month, day
    hour = minute = 0
    granularity = Granularity.DAY
    # The clock time after the date, or before it ("11:15 05.10.18", as forums and comment
    # headers write it); not both.
    if match["h"] is not None and match["h0"] is not None:
        return None
    if (hour_text := match["h"] or match["h0"]) is not None:
        hour, minute = int(hour_text), int(match["mi"] or match["mi0"])
        half = match["ap"] or match["ap0"]
        if half and half[0].lower() == "p" and hour < 12:  # noqa: PLR2004
            hour += 12
        elif half and hour == 12:  # noqa: PLR2004 - 12 am
            hour = 0
        granularity = Granularity.TIME
    try:
        value = datetime(year, month, day, hour, minute, tzinfo=UTC)
    except ValueError:
        return None
    return value, granularity


def parse_date(
    text: str,
    *,
    reference_time: datetime | None = None,
    languages: list[str] | None = None,
    month_first: bool = False,
    keep_zone: bool = False,
) -> tuple[datetime, Granularity] | None:
    """Parse one date or time expression, or return ``None``.

    ISO 8601 is read directly; anything else goes to dateparser with ``reference_time`` as the
    base for relative expressions. Without a reference time, relative expressions return
    ``None``: the wall clock is never used, and text without a digit is not parsed at all
    ("next year", "Europäische Union": nothing there is a date without a base). Naive results
    are taken as UTC. All-numeric dates are read by :func:`parse_numeric_date` (``month_first``
    for American English). With ``keep_zone``, an English date whose clock time names its zone
    ("Nov. 18, 2019 7:04 pm ET") keeps that zone, so that its day is the one written; otherwise
    it is given in UTC, as dateparser gives it.

    >>> parse_date("2019-11-19T08:57:40+01:00")[0].isoformat()
    '2019-11-19T08:57:40+01:00'
    >>> parse_date("2 days ago") is None, parse_date("next year") is None
    (True, True)
    """
    if languages:
        languages = [DATEPARSER_CODES.get(code, code) for code in languages]
    found = _read_date(
        text,
        reference_time=reference_time,
        languages=languages,
        month_first=month_first,
        keep_zone=keep_zone,
    )
    if (
        found is not None
        and languages
        and "th" in languages
        and _BUDDHIST_ERA_YEARS[0] <= found[0].year <= _BUDDHIST_ERA_YEARS[1]
    ):
        # Thai dates count the years of the Buddhist era ("14/03/2559" is 14 March 2016).
        try:
            return found[0].replace(year=found[0].year - _BUDDHIST_ERA), found[1]
        except ValueError:  # 29 February of a year that is no leap year in the other count
            return None
    return found


#: Tags pages declare under another code than dateparser's: Norwegian "no" is Bokmål ("nb") to
#: dateparser, which refuses a whole language list for one code it does not know; "iw" and "in"
#: are the old tags of Hebrew and Indonesian.
DATEPARSER_CODES: Final = {"no": "nb", "iw": "he", "in": "id"}
_BUDDHIST_ERA: Final = 543
_BUDDHIST_ERA_YEARS: Final = (2443, 2643)  # 1900-2100 of the common era


def _read_date(
    text: str,
    *,
    reference_time: datetime | None,
    languages: list[str] | None,
    month_first: bool,
    keep_zone: bool,
) -> tuple[datetime, Granularity] | None:
    """:func:`parse_date` before the era of the page's calendar is taken into account."""
    text = text.strip()
    if "/" in text:
        text = lex.MONTH_PAIR.sub(r"\g<month>", text)  # "نيسان / أبريل": the second name
    if not text or (
        reference_time is None
        and (_UNDATED.fullmatch(text) or not any(map(str.isdigit, _AGO.sub("", text))))
    ):
        return None  # without a number, only relative expressions, and there is no base
    granularity = Granularity.TIME if _TIME.search(text) else Granularity.DAY
    spaced = _SPACED_OFFSET.fullmatch(text)
    if spaced is not None:
        text = spaced.group(1) + spaced.group(2)  # "… 00:30:00 +0100": the offset it was written in
    if _ISO.match(text):
        if "T" in text:
            granularity = Granularity.TIME  # (a basic time has no colon)
        try:
            value = datetime.fromisoformat(text)
        except ValueError:
            value = None
        if value is not None:
            return (value if value.tzinfo else value.replace(tzinfo=UTC)), granularity
    if (
        text[0].isdigit()
        and text[-1] != "Z"
        and (numeric := parse_numeric_date(text, month_first=month_first))
    ):
        return numeric
    value = (
        _rfc_2822(text, keep_zone=keep_zone)
        if (languages is None or "en" in languages) and _RFC_2822.match(text)
        else None
    )
    # English first: dateparser reads the text as English when English reads it.
    if value is None and languages is not None and languages[:1] == ["en"]:
        value = _english_date(text) or _english_date_in_zone(text, keep_zone=keep_zone)
    if value is None and languages:
        value = _written_day_month_year(text, languages)
    if value is None and _YEAR_INTO_CLOCK.fullmatch(text) is None:
        base = reference_time.replace(tzinfo=None) if reference_time else _SENTINEL
        settings = {
            "RELATIVE_BASE": base,
            "RETURN_AS_TIMEZONE_AWARE": True,
            "TIMEZONE": "UTC",
            "PREFER_DAY_OF_MONTH": "first",
        }
        import dateparser  # noqa: PLC0415 - on first use (see the module docstring)

        try:
            value = dateparser.parse(text, languages=languages, settings=settings)
        except (ValueError, TypeError, OverflowError, RecursionError):
            return None
    if value is None and languages:
        value = _written_day_month_year(text, languages, _REGIONAL_MONTHS)
    if value is None or (reference_time is None and value.year <= _SENTINEL.year):
        return None
    return value, granularity


def _rfc_2822(text: str, *, keep_zone: bool) -> datetime | None:
    """A date as mail, HTTP and RSS write it, in UTC (in its own zone with ``keep_zone``).

    No zone, or "-0000" (unknown), is UTC, as dateparser takes a date without one.

    >>> _rfc_2822("Tue, 19 Nov 2019 06:13:48 -0600", keep_zone=False).isoformat()
    '2019-11-19T12:13:48+00:00'
    """
    try:
        value = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):  # a day the month lacks, an hour past 23
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value if keep_zone else value.astimezone(UTC)


def _written_day_month_year(
    text: str, languages: list[str], table: dict[str, dict[str, int]] | None = None
) -> datetime | None:
    """A European day, month name and year, at midnight UTC, as dateparser reads it.

    "30. Juli 2018", "19 février 2020", "22 de outubro de 2010", "27 de agosto 2019", "01. Dez.
    2017", with a clock time after it as CMS templates write it ("4. Juni 2019, 15:54", "18.
    Oktober 2023 - 13:11", "10. Februar 2019 um 18:05 Uhr", "7 décembre 2019 à 13:45"). Read only
    where every language of ``languages`` that has the name gives it the same month, and "de",
    the word before the hour ("um", "à", "às", "a las", "alle", "om") and "Uhr" only where the
    language that writes them reads the name first; anything else goes to dateparser.
    Reading these directly spares a process dateparser's first parse, which builds its
    time-zone and locale tables (tests/test_parse_date.py holds the two readings together).

    >>> _written_day_month_year("30. Juli 2018", ["de"]).isoformat()
    '2018-07-30T00:00:00+00:00'
    >>> _written_day_month_year("10. Februar 2019 um 18:05 Uhr", ["de", "en"]).isoformat()
    '2019-02-10T18:05:00+00:00'
    >>> _written_day_month_year("30. Juli 2018", ["en"]) is None
    True
    """
    match = _WRITTEN_DAY_MONTH_YEAR.fullmatch(text)
    if match is None:
        return None
    name = match["month"].lower()
    table = _WRITTEN_MONTHS if table is None else table
    readers = [code for code in languages if name in table.get(code, {})]
    months = {table[code][name] for code in readers}
    if (
        len(months) != 1
        or (match["of"] and readers[0] not in {"es", "pt"})
        or (match["at"] and _AT_THE_HOUR[match["at"]] != readers[0])
        or (match["uhr"] and readers[0] != "de")
    ):
        return None  # no reader, readers that disagree, "de" or "um" where it is no particle
    hour, minute = (int(match["hour"]), int(match["minute"])) if match["hour"] else (0, 0)
    try:
        return datetime(
            int(match["year"]),
            months.pop(),
            int(match["day"]),
            hour,
            minute,
            int(match["second"] or 0),
            tzinfo=UTC,
        )
    except ValueError:  # a day the month lacks, an hour past 23
        return None


# Month names and abbreviations, lower case, as dateparser's locale data gives them for the
# languages pages are read in when the page names none (tests check the table against it).
# Not "set" (Portuguese, Italian and Spanish for September): dateparser also reads it as a time
# zone.
_WRITTEN_MONTHS: Final = {
    "en": {name.lower(): number for name, number in _MONTH_NUMBERS.items()},
    **{
        code: {name: number for number, names in enumerate(months, start=1) for name in names}
        for code, months in {
            "de": (
                ("jan", "januar", "jänner"), ("feb", "februar", "feber"), ("mär", "märz", "mrz"),
                ("apr", "april"), ("mai",), ("jun", "juni"), ("jul", "juli"), ("aug", "august"),
                ("sep", "sept", "september"), ("okt", "oktober"), ("nov", "november"),
                ("dez", "dezember"),
            ),
            "fr": (
                ("janv", "janvier", "jan"), ("févr", "février", "fév"), ("mars",), ("avr", "avril"),
                ("mai",), ("juin", "jun"), ("juil", "juillet", "jul"), ("août", "aoû"),
                ("sept", "septembre", "sep"), ("oct", "octobre"), ("nov", "novembre"),
                ("déc", "décembre"),
            ),
            "es": (
                ("ene", "enero"), ("feb", "febrero"), ("mar", "marzo"), ("abr", "abril"),
                ("may", "mayo"), ("jun", "junio"), ("jul", "julio"), ("ago", "agosto"),
                ("sept", "septiembre", "setiembre", "sep"), ("oct", "octubre"),
                ("nov", "noviembre"), ("dic", "diciembre"),
            ),
            "pt": (
                ("jan", "janeiro"), ("fev", "fevereiro"), ("mar", "março"), ("abr", "abril"),
                ("mai", "maio"), ("jun", "junho"), ("jul", "julho"), ("ago", "agosto"),
                ("setembro", "septembro"), ("out", "outubro"), ("nov", "novembro"),
                ("dez", "dezembro"),
            ),
            "it": (
                ("gen", "gennaio"), ("feb", "febbraio"), ("mar", "marzo"), ("apr", "aprile"),
                ("mag", "maggio"), ("giu", "giugno"), ("lug", "luglio"), ("ago", "agosto"),
                ("settembre",), ("ott", "ottobre"), ("nov", "novembre"), ("dic", "dicembre"),
            ),
            "nl": (
                ("jan", "januari"), ("feb", "februari"), ("maart", "mrt"), ("apr", "april"),
                ("mei",), ("jun", "juni"), ("jul", "juli"), ("aug", "augustus"),
                ("sep", "september"), ("okt", "oktober"), ("nov", "november"), ("dec", "december"),
            ),
        }.items()
    },
}  # fmt: skip
# The months' names dateparser does not read, as regions write them: in Arabic, the names of
# the Maghreb (Tunisia, Algeria, Morocco: "8 فيفري 2019") and the one-word names of the Levant
# ("8 شباط 2019"), beside the names of Egypt and the Gulf. Read after dateparser found nothing.
_REGIONAL_MONTHS: Final = {
    "ar": {
        name: number
        for number, names in enumerate(
            (
                ("يناير", "جانفي", "ينار"), ("فبراير", "فيفري", "شباط"), ("مارس", "آذار"),
                ("أبريل", "ابريل", "إبريل", "أفريل", "نيسان"), ("مايو", "ماي", "أيار"),
                ("يونيو", "جوان", "يونيه", "حزيران"),
                ("يوليو", "جويلية", "يوليوز", "يوليه", "تموز"), ("أغسطس", "اغسطس", "أوت", "غشت"),
                ("سبتمبر", "شتنبر", "أيلول"), ("أكتوبر", "اكتوبر"), ("نوفمبر", "نونبر"),
                ("ديسمبر", "دجنبر"),
            ),
            start=1,
        )
        for name in names
    }
}  # fmt: skip
_WRITTEN_DAY_MONTH_YEAR: Final = compile_later(
    r"(?P<day>\d{1,2})\.? (?P<of>de )?(?P<month>[^\W\d_]{3,10})\.? (?(of)(?:de )?)(?P<year>\d{4})"
    r"(?:(?:,| -)? (?:(?P<at>um|à|às|a las|alle|om) )?"
    r"(?P<hour>\d{1,2}):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?(?P<uhr> Uhr)?)?"
)
# The word before a clock time, by the language that writes it ("um 18:05 Uhr", "à 12:57").
_AT_THE_HOUR: Final = {"um": "de", "à": "fr", "às": "pt", "a las": "es", "alle": "it", "om": "nl"}


def _english_date_in_zone(text: str, *, keep_zone: bool = False) -> datetime | None:
    """An English long date with a time zone after it ("Nov. 18, 2019 7:04 pm ET"), in UTC.

    With ``keep_zone``, the same instant in its own zone: the day stays the one written.

    The zone is what dateparser's own zone table makes of it (``pop_tz_offset_from_string``,
    the step dateparser takes first), so the instant is the one dateparser gives. ``None`` for
    other text; the zone is only looked up after a date :func:`_english_date` reads.

    >>> _english_date_in_zone("Nov. 18, 2019 7:04 pm EST").isoformat()
    '2019-11-19T00:04:00+00:00'
    >>> _english_date_in_zone("Nov. 18, 2019 7:04 pm EST", keep_zone=True).date().isoformat()
    '2019-11-18'
    """
    head = _MONTH_DAY_YEAR.match(text) or _DAY_MONTH_YEAR.match(text)
    if (
        head is None
        or head["month"] not in _MONTH_NUMBERS
        or not 0 < len(text) - head.end() <= _LONGEST_ZONE
    ):
        return None  # no English long date, nothing after it, or more than a zone
    found = _zone_after(text)
    zone: object
    if found is not None:
        rest, zone = found
    else:
        from dateparser.timezone_parser import (  # noqa: PLC0415 - on first use
            pop_tz_offset_from_string,
        )

        rest, zone = pop_tz_offset_from_string(text)
    rest = rest.strip()
    if not isinstance(zone, tzinfo) or rest.endswith(("GMT", "UTC")):
        return None  # no zone, or two of them
    local = _english_date(rest)
    if local is None:
        return None
    written = local.replace(tzinfo=zone)
    return written if keep_zone else written.astimezone(UTC)


@functools.cache
def _zones() -> dict[str, tuple[str, int]]:
    """The zone abbreviations of dateparser, upper case: the name and offset its search picks.

    Its families without replacements are the names searched anywhere in a text (the other
    family, UTC/GMT offsets, is searched at the end); among names found, the family first, then
    the table's order decide.
    """
    table: dict[str, tuple[str, int]] = {}
    for family in _dateparser_zone_table():
        if family.get("replace"):
            continue
        for name, offset in cast("list[tuple[str, int]]", family["timezones"]):
            table.setdefault(name.upper(), (name, offset))
    return table


def _dateparser_zone_table() -> list[dict[str, Any]]:
    """The zone table of dateparser (``dateparser.timezones.timezone_info_list``).

    Read from its module file without importing the dateparser package, whose import (about
    0.08 s) is not needed for a table of names and offsets; where the file is not found, or
    dateparser is already imported, through the package.
    """
    spec = None if "dateparser" in sys.modules else importlib.util.find_spec("dateparser")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "timezones.py"
        file_spec = importlib.util.spec_from_file_location("_dateparser_timezones", path)
        if path.is_file() and file_spec is not None and file_spec.loader is not None:
            module = importlib.util.module_from_spec(file_spec)
            file_spec.loader.exec_module(module)
            return cast("list[dict[str, Any]]", module.timezone_info_list)
    from dateparser.timezones import timezone_info_list  # noqa: PLC0415 - on first use

    return timezone_info_list


_LETTER_RUN: Final = compile_later(r"[A-Za-z]+")
_SIGNED_NUMBER: Final = compile_later(r"[+\-]\s*\d")
_OFFSET_ZONE: Final = compile_later(r"utc|gmt", re.IGNORECASE)


def _zone_after(text: str) -> tuple[str, tzinfo | None] | None:
    """``pop_tz_offset_from_string(text)`` for a text ending in one zone name, from the table.

    dateparser compiles its zone patterns on first use (about 0.1 s in a process): a text that
    is ASCII, holds no UTC/GMT offset and no signed number, and whose only word that names a
    zone is its last, is read from the same table without them. ``None`` where only dateparser
    can tell (tests hold the two readings together for every name of the table).
    """
    if not text.isascii() or _SIGNED_NUMBER.search(text) or _OFFSET_ZONE.search(text):
        return None
    zones = _zones()
    names = [
        (m, zones[m.group().upper()])
        for m in _LETTER_RUN.finditer(text)
        if m.start() > 0 and text[m.end() : m.end() + 1] != "_" and m.group().upper() in zones
    ]
    if not names:
        return text, None
    if len(names) > 1 or names[0][0].end() != len(text):
        return None
    found, (name, offset) = names[0]
    return text[: found.start()], timezone(timedelta(seconds=offset), name)


def _english_date(text: str) -> datetime | None:
    """An English "November 19, 2019" or "19 November 2019" ("Nov", "Nov.") in UTC.

    At midnight, or at the clock time written after it ("at 9:47 am", ", 21:47", "08:00 GMT").
    ``None`` for other text, for a day the month does not have and for an hour the clock does
    not have (dateparser decides those).

    >>> _english_date("Sept. 3, 2019").isoformat()
    '2019-09-03T00:00:00+00:00'
    >>> _english_date("November 19, 2019 at 12:05 am").isoformat()
    '2019-11-19T00:05:00+00:00'
    >>> _english_date("20 Nov 2019 08:00 GMT").isoformat()
    '2019-11-20T08:00:00+00:00'
    >>> _english_date("June 31, 2019") is None, _english_date("May. 5, 2019") is None
    (True, True)
    """
    match = _MONTH_DAY_YEAR.fullmatch(text) or _DAY_MONTH_YEAR.fullmatch(text)
    if match is None:
        return None
    month = _MONTH_NUMBERS.get(match["month"])
    if month is None or (match["dot"] and match["month"] not in _ABBREVIATED):
        return None  # a dot closes an abbreviation only ("Nov.", not "November." or "May.")
    hour = minute = 0
    if match["hour"] is not None:
        hour, minute = int(match["hour"]), int(match["minute"])
        if match["half"] is not None:
            if not 1 <= hour <= _HALF_DAY:
                return None
            hour = hour % _HALF_DAY + (_HALF_DAY if match["half"][0] in "pP" else 0)
    try:
        return datetime(int(match["year"]), month, int(match["day"]), hour, minute, tzinfo=UTC)
    except ValueError:  # a day the month lacks, an hour past 23
        return None
