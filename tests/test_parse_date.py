"""The shared date parser's own reading of English long-form dates agrees with dateparser."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone, tzinfo

import dateparser
import pytest
from dateparser.timezone_parser import pop_tz_offset_from_string
from dateparser.timezones import timezone_info_list

from _support import run_python
from articlekit._dates import (
    _MONTH_NUMBERS,
    _WRITTEN_MONTHS,
    _YEAR_INTO_CLOCK,
    _english_date,
    _english_date_in_zone,
    _written_day_month_year,
    _zone_after,
    parse_date,
)
from articlekit.model import Granularity

_SPELLINGS = (*_MONTH_NUMBERS, *(f"{name}." for name in _MONTH_NUMBERS if len(name) <= 4))
_DAYS = ("1", "05", "9", "10", "28", "29", "30", "31", "32")
# Month first with or without the comma, ordinal days, day first ("Nov 3 2023", "29th April
# 2020", "2 Apr, 2016").
_LONG_FORMS = (
    "{m} {d}, {y}", "{m} {d} {y}", "{m} {d}th, {y}", "{m} {d}st {y}", "{d} {m} {y}",
    "{d}th {m} {y}", "{d}rd {m}, {y}", "{d} {m}, {y}",
)  # fmt: skip


def _dateparser(
    text: str, reference_time: datetime | None, languages: tuple[str, ...] | None = ("en",)
) -> datetime | None:
    """What ``parse_date`` gets from dateparser for ``text`` in ``languages``."""
    base = reference_time.replace(tzinfo=None) if reference_time else datetime(1900, 1, 1)  # noqa: DTZ001
    settings = {
        "RELATIVE_BASE": base,
        "RETURN_AS_TIMEZONE_AWARE": True,
        "TIMEZONE": "UTC",
        "PREFER_DAY_OF_MONTH": "first",
    }
    codes = None if languages is None else list(languages)
    return dateparser.parse(text, languages=codes, settings=settings)


@pytest.mark.parametrize("reference_time", [None, datetime(2030, 6, 15, 12, 34, tzinfo=UTC)])
def test_english_date_reads_as_dateparser_does(reference_time: datetime | None) -> None:
    """Every date the direct reading gives is dateparser's date, at midnight UTC.

    Spellings it does not take ("May. 5", "June. 5") and days a month lacks are left to
    dateparser; each is checked to be such a case.
    """
    read = 0
    for spelling in _SPELLINGS:
        for day in _DAYS:
            for year in ("2019", "2024"):
                for form in _LONG_FORMS:
                    text = form.format(m=spelling, d=day, y=year)
                    ours = _english_date(text)
                    if ours is None:
                        month = spelling.rstrip(".")
                        invalid_day = int(day) > 28
                        assert invalid_day or (
                            spelling.endswith(".") and month in {"May", "June", "July"}
                        ), text
                        continue
                    read += 1
                    theirs = _dateparser(text, reference_time)
                    assert theirs is not None, text
                    assert ours == theirs, text
                    assert ours.replace(tzinfo=None) == theirs.replace(tzinfo=None), text
                    assert ours.utcoffset() == theirs.utcoffset(), text
    assert read > len(_SPELLINGS) * 8 * len(_LONG_FORMS)


def test_parse_date_reads_english_long_dates_directly() -> None:
    """``parse_date`` gives the direct reading only for English, and keeps its other rules."""
    assert parse_date("Nov. 19, 2019", languages=["en"]) == (
        datetime(2019, 11, 19, tzinfo=UTC),
        parse_date("2019-11-19", languages=["en"])[1],  # type: ignore[index]
    )
    assert _english_date("Nov 19 2019") == datetime(2019, 11, 19, tzinfo=UTC)  # no comma
    assert _english_date("29th April 2020") == datetime(2020, 4, 29, tzinfo=UTC)
    assert _english_date("Nov 19th,2019") is None  # no space: dateparser's to read
    assert _english_date("nov 19, 2019") is None
    assert parse_date("Jan 1, 1900", languages=["en"]) is None  # the sentinel year, as before
    assert parse_date("February 30, 2019", languages=["en"]) is None  # dateparser's verdict


_CLOCKS = ("0:05", "9:47", "09:47", "12:05", "12:59", "13:42", "23:59", "24:00", "7:60")
_HALVES = ("", " am", " pm", " AM", " PM", "am", "PM", " a.m.", " p.m.")
_JOINS = (" at", ",", " -", "")
# The language lists the metadata and comment steps pass: English alone, or English first.
_ENGLISH_FIRST = (("en",), ("en", "de", "fr", "es", "it", "pt", "nl"))


@pytest.mark.parametrize("languages", _ENGLISH_FIRST)
def test_english_date_reads_clock_times_as_dateparser_does(languages: tuple[str, ...]) -> None:
    """A clock time after the date (" at 9:47 am", ", 13:42") reads as dateparser reads it.

    Hours the clock does not have ("0:05 pm", "13:42 am", "24:00") and minutes past 59 are left
    to dateparser; each is checked to be such a case. English first in the language list reads
    as English alone.
    """
    read = 0
    for spelling in ("November", "Nov.", "May"):
        for clock in _CLOCKS:
            for half in _HALVES:
                for join in _JOINS:
                    text = f"{spelling} 19, 2019{join} {clock}{half}"
                    ours = _english_date(text)
                    if ours is None:
                        hour, minute = (int(n) for n in clock.split(":"))
                        assert minute > 59 or hour > 23 or (half and not 1 <= hour <= 12), text
                        continue
                    read += 1
                    theirs = _dateparser(text, None, languages)
                    assert theirs is not None, text
                    assert ours == theirs, text
                    assert ours.utcoffset() == theirs.utcoffset(), text
                    assert parse_date(text, languages=list(languages)) == (ours, Granularity.TIME)
    assert read == 3 * len(_JOINS) * (7 + 4 * (len(_HALVES) - 1))  # every valid clock time


@pytest.mark.parametrize("languages", _ENGLISH_FIRST)
def test_english_first_language_lists_read_long_dates_as_dateparser_does(
    languages: tuple[str, ...],
) -> None:
    """A long date with English first in the list is dateparser's reading of it."""
    for text in ("November 19, 2019", "Oct. 6, 2018", "May 31, 2020"):
        theirs = _dateparser(text, None, languages)
        assert parse_date(text, languages=list(languages)) == (theirs, Granularity.DAY), text


def test_other_language_lists_and_time_zones_go_to_dateparser() -> None:
    """Only English first is read directly; a time zone after the time is dateparser's to read."""
    assert _english_date("November 19, 2019, 6:21 AM EST") is None
    assert _english_date("19 Nov 2019 05:44 CET") is None
    assert parse_date("November 19, 2019, 6:21 AM EST", languages=["en"]) == (
        datetime(2019, 11, 19, 11, 21, tzinfo=UTC),
        Granularity.TIME,
    )
    # German first: dateparser's reading, whatever German makes of it.
    text = "November 19, 2019 at 9:47 pm"
    assert parse_date(text, languages=["de", "en"]) == (
        _dateparser(text, None, ("de", "en")),
        Granularity.TIME,
    )


@pytest.mark.parametrize("languages", _ENGLISH_FIRST)
def test_day_month_year_reads_as_dateparser_does(languages: tuple[str, ...]) -> None:
    """Day-first dates ("19 November 2019", "20 Nov 2019 08:00 GMT") read as dateparser's."""
    read = 0
    for spelling in ("November", "Nov", "Sept.", "May"):
        for day in ("1", "05", "19", "31"):
            for clock in ("", " 08:00", " 4:32pm", " 12:05 AM", " at 9:47 pm", ", 13:42"):
                for zone in ("", " GMT", " UTC") if clock else ("",):
                    text = f"{day} {spelling} 2019{clock}{zone}"
                    ours = _english_date(text)
                    if ours is None:
                        assert day == "31", text
                        assert spelling in {"November", "Nov", "Sept."}, text
                        continue
                    read += 1
                    theirs = _dateparser(text, None, languages)
                    assert ours == theirs, text
                    assert ours.utcoffset() == theirs.utcoffset(), text
    assert read == 4 * 4 * 16 - 3 * 16  # all but the 31st of a month of 30 days


_UNDATED_TEXTS = (
    "08:58 am",
    "8:58PM",
    "23:59",
    "07:50:12",
    "2 days ago",
    "an hour ago",
    "1 year ago at 07:47 am",
    "12 minutes ago at 23:10",
    "ago at 08:58 am",
    "6 years ago · edited 6 years ago",
    "posted 3 hours ago",
)


@pytest.mark.parametrize("text", _UNDATED_TEXTS)
def test_clock_times_and_ago_without_a_reference_are_no_date(text: str) -> None:
    """With no reference time dateparser dates these in 1900 or before: never a date."""
    theirs = _dateparser(text, None)
    assert theirs is None or theirs.year <= 1900, text
    assert parse_date(text, languages=["en"]) is None
    # With a reference time they are read (by dateparser) as before.
    reference = datetime(2030, 6, 15, 12, 34, tzinfo=UTC)
    read = parse_date(text, reference_time=reference, languages=["en"])
    theirs = _dateparser(text, reference)
    assert (read[0] if read is not None else None) == theirs


@pytest.mark.parametrize(
    ("text", "language"),
    [("next year", "en"), ("nächstes Jahr", "de"), ("dans un an", "fr"), ("yesterday", "en"),
     ("Europäische Union", "de"), ("Really Simple Syndication", "de")],
)  # fmt: skip
def test_text_without_a_digit_is_no_date_without_a_reference(text: str, language: str) -> None:
    """Relative words are dated from dateparser's base (1901 for "next year"): never a date here.

    With a reference time they are dateparser's reading, as before.
    """
    assert parse_date(text, languages=[language]) is None
    reference = datetime(2030, 6, 15, 12, 34, tzinfo=UTC)
    read = parse_date(text, reference_time=reference, languages=[language])
    theirs = _dateparser(text, reference, (language,))
    assert (read[0] if read is not None else None) == theirs


_ZONES = ("EST", "EDT", "ET", "PT", "PST", "CST", "CT", "HST", "IST", "ist", "BST", "CET", "AEST")
_ZONED_DATES = (
    "Nov. 18, 2019 7:04 pm",
    "November 19, 2019, 07:47 PM",
    "Nov 19, 2019",
    "19 Nov 2019 05:44",
    "Jan 1, 2019 00:30",
)


@pytest.mark.parametrize("languages", _ENGLISH_FIRST)
def test_a_zone_after_a_long_date_is_dateparser_s(languages: tuple[str, ...]) -> None:
    """US, Indian and European zone names after a date: the instant dateparser gives.

    "CT" is no zone dateparser knows: it reads no date there.
    """
    for zone in _ZONES:
        for date in _ZONED_DATES:
            text = f"{date} {zone}"
            ours = parse_date(text, languages=list(languages))
            theirs = _dateparser(text, None, languages)
            assert (_english_date_in_zone(text) is None) == (zone == "CT"), text
            if zone == "CT":  # dateparser reads no date there either
                assert theirs is None, text
                assert ours is None, text
                continue
            assert theirs is not None, text
            assert ours is not None, text
            assert ours[0] == theirs, text
            assert ours[0].utcoffset() == theirs.utcoffset(), text


def test_a_second_zone_or_none_leaves_the_text_to_dateparser() -> None:
    """Two zones ("10:00 GMT EST"), a zone alone or more than a zone are not read directly."""
    assert _english_date_in_zone("Nov 19, 2019 10:00 GMT EST") is None
    assert _english_date_in_zone("Nov 19, 2019 10:00") is None
    assert _english_date_in_zone("EST") is None
    # Not an English month, or more after the date than a zone: dateparser's to read.
    assert _english_date_in_zone("Desember 19, 2019 at 9:47 am WIB") is None
    assert _english_date_in_zone("Nov 19, 2019 at 9:47 am, said the editor EST") is None


def _zone_texts() -> list[str]:
    """Texts around every name of dateparser's zone table, and the shapes around them."""
    names = [str(zone[0]) for family in timezone_info_list for zone in family["timezones"]]
    texts = []
    for name in names:
        texts += [
            f"Nov. 18, 2019 7:04 pm {name}",
            f"November 19, 2019, 07:47 PM {name.lower()}",
            f"Nov 18, 2019 at 9:24 pm {name} EST",
            f"Nov 18, 2019 {name}_x",
            f"Nov 18, 2019 9{name}",
            f"{name} Nov 18, 2019",
        ]
    return [*texts, "Nov 18, 2019 7:04 pm", "Nov 18, 2019 +0100 CET", "Nov 18, 2019 UTC EST"]


def test_the_zone_table_reads_as_dateparser_s_zone_search() -> None:
    """Where the table answers, its text and zone are dateparser's, for every name it knows."""
    answered = 0
    for text in _zone_texts():
        ours = _zone_after(text)
        if ours is None:
            continue  # dateparser's to read
        answered += 1
        rest, zone = pop_tz_offset_from_string(text)
        assert ours[0] == rest, text
        assert (ours[1] is None) == (zone is None), text
        if isinstance(zone, tzinfo) and ours[1] is not None:
            assert ours[1].utcoffset(None) == zone.utcoffset(None), text
    assert answered > 700  # the usual shape ("… 7:04 pm EST") is read for most names


_READ_LANGUAGES = (
    ("de",), ("fr",), ("es",), ("it",), ("pt",), ("nl",), ("en", "de", "fr", "es", "it", "pt", "nl")
)  # fmt: skip


# The forms templates write, with the clock times and the words before the hour of each language
# (each form is also tried in the languages that do not write it: those go to dateparser).
_WRITTEN_FORMS = (
    "{d}. {m} 2019", "{d} {m}. 2019", "{d} de {m} de 2019", "{d} de {m} 2019",
    "{d}. {m} 2019, 15:54", "{d}. {m} 2019 - 13:11", "{d} {m} 2019 20:00:09", "{d}. {m} 2019 7:05",
    "{d}. {m} 2019 um 18:05 Uhr", "{d}. {m} 2019 15:12 Uhr", "{d} {m} 2019 à 12:57",
    "{d} de {m} de 2019 às 8:34", "{d} de {m} de 2019 a las 15:54", "{d} de {m} 2019 - 15:54",
    "{d} {m} 2019 alle 8:34", "{d} {m} 2019 om 8:34", "{d} {m} 2019 24:10",
)  # fmt: skip


@pytest.mark.parametrize("languages", _READ_LANGUAGES)
def test_written_day_month_year_reads_as_dateparser_does(languages: tuple[str, ...]) -> None:
    """Day, month name, year ("30. Juli 2018"): read directly only as dateparser reads it."""
    read = 0
    names = {name for code in languages for name in _WRITTEN_MONTHS[code]}
    for name in sorted(names):
        for spelling in (name, name.capitalize()):
            for form in _WRITTEN_FORMS:
                for day in ("05",) if spelling == name else ("31",):
                    text = form.format(d=day, m=spelling)
                    if _written_day_month_year(text, list(languages)) is None:
                        continue
                    ours = parse_date(text, languages=list(languages))
                    read += 1
                    theirs = _dateparser(text, None, languages)
                    assert ours is not None, text
                    assert ours[0] == theirs, (text, languages)
    assert read > 4 * len(names)  # most spellings, in the forms their language writes


def test_written_months_are_dateparser_s() -> None:
    """Every name in the table is one dateparser's locale data gives that month, no zone's."""
    from dateparser.languages.loader import default_loader  # noqa: PLC0415
    from dateparser.timezones import timezone_info_list  # noqa: PLC0415

    zones = {str(zone[0]).lower() for info in timezone_info_list for zone in info["timezones"]}
    months = ("january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december")  # fmt: skip
    for code, table in _WRITTEN_MONTHS.items():
        info = default_loader.get_locale(code).info
        for name, number in table.items():
            assert name in {n.lower() for n in info[months[number - 1]]}, (code, name)
            assert name not in zones, (code, name)


def test_written_dates_that_languages_disagree_on_go_to_dateparser() -> None:
    # "de" is no particle in German; a month name no listed language has is not read here.
    assert _written_day_month_year("5 de mai de 2019", ["de"]) is None
    assert _written_day_month_year("5 outubro 2019", ["de", "fr"]) is None
    assert _written_day_month_year("31. Februar 2020", ["de"]) is None
    assert _written_day_month_year("30. Juli 2018", ["de"]) == datetime(2018, 7, 30, tzinfo=UTC)
    # The word before the hour, and "Uhr", belong to the language that reads the month first.
    assert _written_day_month_year("5 mai 2019 um 9:05", ["fr", "de"]) is None
    assert _written_day_month_year("5. Mai 2019 à 9:05", ["de"]) is None
    assert _written_day_month_year("5 mai 2019 9:05 Uhr", ["fr", "de"]) is None
    assert _written_day_month_year("27 de agosto 2019, 15:54", ["es"]) == datetime(
        2019, 8, 27, 15, 54, tzinfo=UTC
    )


_GLUED_LANGUAGES = (("en",), ("de", "en"), ("fr", "en"), ("id", "en"), ("ru", "en"), ("es",), None)


@pytest.mark.parametrize("languages", _GLUED_LANGUAGES)
def test_a_year_run_into_the_clock_time_is_no_date_for_dateparser_either(
    languages: tuple[str, ...] | None,
) -> None:
    """A year run into the clock time ("August 06, 20194:14 pm", without month or day): no date.

    parse_date answers without dateparser; dateparser reads none either, in any language list.
    """
    days = ("", "06 ", "31, ", "1 ", "19, ")
    clocks = ("4:14 pm", "12:52 am", "10:08", "1:05PM", "24:00", "7:05 AM")
    reference = datetime(2030, 6, 15, 12, 34, tzinfo=UTC)
    # every language dateparser knows is slow to try: a quarter of the spellings
    step = 4 if languages is None else 1
    for k, month in enumerate(("", *_SPELLINGS)[::step]):
        head = f"{month} " if month else ""
        year = ("2019", "1999", "2020")[k % 3]
        text = f"{head}{days[k % len(days)]}{year}{clocks[k % len(clocks)]}"
        assert _YEAR_INTO_CLOCK.fullmatch(text), text
        codes = None if languages is None else list(languages)
        assert parse_date(text, reference_time=reference, languages=codes) is None, text
        assert _dateparser(text, reference, languages) is None, (text, languages)


def test_other_words_before_a_year_run_into_the_clock_time_go_to_dateparser() -> None:
    # a relative day is read whatever follows it
    reference = datetime(2030, 6, 15, 12, 34, tzinfo=UTC)
    assert _YEAR_INTO_CLOCK.fullmatch("yesterday 20194:14 pm") is None
    assert parse_date("yesterday 20194:14 pm", reference_time=reference, languages=["en"])


_GERMAN_CLOCKS = (
    ("{d}. {m} 2019 um {h}:{mi} Uhr", "05", "18", "05"),
    ("{d}. {m} 2019 um {h}:{mi}", "31", "0", "13"),
    ("{d}. {m}. 2019 um {h}:{mi} Uhr", "1", "9", "59"),
    ("{d} {m} 2019 um {h}:{mi}", "12", "23", "00"),
    ("{d}. {m} 2019 um {h}:{mi} Uhr", "12", "24", "00"),
)


@pytest.mark.parametrize("languages", [("de",), ("de", "en"), _READ_LANGUAGES[-1]])
def test_german_dates_with_their_time_read_as_dateparser_does(languages: tuple[str, ...]) -> None:
    """German dates with "um" and the time: read directly only as dateparser reads them."""
    read = 0
    for name in sorted(_WRITTEN_MONTHS["de"]):
        for spelling in (name, name.capitalize()):
            for form, day, hour, minute in _GERMAN_CLOCKS:
                text = form.format(d=day, m=spelling, h=hour, mi=minute)
                ours = _written_day_month_year(text, list(languages))
                theirs = _dateparser(text, None, languages)
                if (
                    ours is None
                ):  # a day the month lacks, an hour the clock lacks, or English's name
                    first = next(code for code in languages if name in _WRITTEN_MONTHS[code])
                    assert int(day) > 28 or hour == "24" or first != "de", text
                    continue
                read += 1
                assert ours == theirs, (text, languages)
                assert parse_date(text, languages=list(languages)) == (ours, Granularity.TIME)
    assert read > len(_WRITTEN_MONTHS["de"]) * 3


def test_um_is_read_only_where_german_reads_the_month_first() -> None:
    # "mai" is French too, but "um" is no French word
    assert _written_day_month_year("10. mai 2019 um 18:05", ["fr", "de"]) is None
    assert _written_day_month_year("10. mai 2019 um 18:05", ["fr"]) is None
    assert _written_day_month_year("10. Februar 2019 um 18:05", ["en"]) is None


def test_the_zone_table_is_dateparser_s_own_read_without_importing_it() -> None:
    """The table read from dateparser's module file is the one its package imports.

    Reading it does not import dateparser (whose import costs about 0.08 s): a long English
    date with a zone ("Nov. 18, 2019 7:04 pm EST") is read in a process that never imports it.
    """
    code = (
        "import sys\n"
        "from articlekit._dates import _dateparser_zone_table, parse_date\n"
        "read = parse_date('Nov. 18, 2019 7:04 pm EST', languages=['en'])\n"
        "assert read is not None and read[0].isoformat() == '2019-11-19T00:04:00+00:00', read\n"
        "assert 'dateparser' not in sys.modules\n"
        "table = _dateparser_zone_table()\n"
        "assert 'dateparser' not in sys.modules\n"
        "from dateparser.timezones import timezone_info_list\n"
        "assert table == timezone_info_list and table is not timezone_info_list\n"
    )
    run_python(code)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20200316T08:55:00Z", datetime(2020, 3, 16, 8, 55, tzinfo=UTC)),
        ("20200924T15:04:34Z", datetime(2020, 9, 24, 15, 4, 34, tzinfo=UTC)),
        ("20200316T08:55", datetime(2020, 3, 16, 8, 55, tzinfo=UTC)),
    ],
)
def test_a_basic_iso_date_before_an_extended_time_is_read(text: str, expected: datetime) -> None:
    """CMS templates write "20200316T08:55:00Z"; dateparser reads no date there, Python does."""
    assert _dateparser(text, None) is None
    assert parse_date(text, languages=["en"]) == (expected, Granularity.TIME)
    assert parse_date("20201316T08:55:00Z", languages=["en"]) is None  # no 13th month


@pytest.mark.parametrize(
    "text", ["2023-11-06 00:30:00 +0100", "2023-11-06T00:30:00 +0100", "2023-11-06 00:30 +01:00"]
)
def test_an_iso_time_with_its_offset_after_a_space_keeps_the_offset(text: str) -> None:
    """PHP's "Y-m-d H:i:s O" in meta tags: read in its offset, so its day stays the 6th."""
    read = parse_date(text, languages=["en"])
    assert read is not None
    assert read[0] == datetime(2023, 11, 6, 0, 30, tzinfo=timezone(timedelta(hours=1)))
    assert read[0].utcoffset() == timedelta(hours=1)
    assert read[1] is Granularity.TIME


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nikkei.com's JSON-LD datePublished (newspaper4k's test page japanese_article.html)
        ("20180619T055000+0900", datetime(2018, 6, 19, 5, 50, tzinfo=timezone(timedelta(hours=9)))),
        ("20180619T0550Z", datetime(2018, 6, 19, 5, 50, tzinfo=UTC)),
        ("20180619T055000.25", datetime(2018, 6, 19, 5, 50, 0, 250000, tzinfo=UTC)),
    ],
)
def test_a_basic_iso_date_and_time_is_read(text: str, expected: datetime) -> None:
    """ISO 8601's basic format, time included, is read as its extended format is."""
    assert parse_date(text) == (expected, Granularity.TIME)
    assert parse_date("20180619") is None  # eight digits alone: more often an id than a date


_MAIL_DATES = (
    "Tue, 19 Nov 2019 06:13:48 -0600",
    "Mon, 18 Nov 2019 16:07:38 +0100",
    "Wed, 04 May 2022 02:41:00 GMT",
    "Sun, 11 Oct 2020 07:34:36 GMT",
    "19 Nov 2019 23:13 EST",
    "Fri, 01 Mar 2024 00:30:00 -0000",
)


@pytest.mark.parametrize("text", _MAIL_DATES)
def test_mail_dates_read_as_dateparser_reads_them_in_english(text: str) -> None:
    """RFC 2822 dates (mail, HTTP, RSS) are the standard library's reading, dateparser's too."""
    ours = parse_date(text, languages=["en"])
    assert ours is not None
    assert ours == (_dateparser(text, None), Granularity.TIME)


@pytest.mark.parametrize("languages", [("de", "en"), ("es", "en")])
def test_mail_dates_read_where_english_is_one_of_the_languages(
    languages: tuple[str, ...],
) -> None:
    """Where English is among the page's languages; elsewhere dateparser's reading (none)."""
    text = "Wed, 04 May 2022 02:41:00 GMT"
    expected = (datetime(2022, 5, 4, 2, 41, tzinfo=UTC), Granularity.TIME)
    assert parse_date(text, languages=list(languages)) == expected
    assert _dateparser(text, None, languages) == expected[0]
    assert parse_date(text, languages=[languages[0]]) is None


def test_a_mail_date_keeps_its_zone_when_asked() -> None:
    """With ``keep_zone`` the day is the one written, as for long English dates."""
    text = "Tue, 19 Nov 2019 23:13:48 -0600"
    kept = parse_date(text, languages=["en"], keep_zone=True)
    assert kept is not None
    assert kept[0].date().isoformat() == "2019-11-19"
    utc = parse_date(text, languages=["en"])
    assert utc is not None
    assert utc[0] == kept[0]
    assert utc[0].date().isoformat() == "2019-11-20"


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("8 فيفري 2019", 2),  # the Maghreb's names
        ("٨ جوان ٢٠١٩", 6),  # with Arabic-Indic digits
        ("8 أوت 2019", 8),
        ("8 شباط 2019", 2),  # the Levant's
        ("8 أيلول 2019", 9),
        ("8 نيسان / أبريل 2019", 4),  # both names, the Levant's first
        ("8 تشرين الأول/أكتوبر 2019", 10),
        ("8 كانون الثاني / يناير 2019", 1),
    ],
)
def test_the_months_of_the_arabic_speaking_regions(text: str, month: int) -> None:
    """Arabic pages name the months as their region does; dateparser reads only Egypt's names."""
    parsed = parse_date(text, languages=["ar"])
    assert parsed is not None
    assert (parsed[0].year, parsed[0].month, parsed[0].day) == (2019, month, 8)
    assert parse_date(text, languages=["en"]) is None  # no reading in another language


@pytest.mark.parametrize("text", ["14/03/2559", "14 มีนาคม 2559", "2559-03-14"])
def test_thai_dates_count_the_buddhist_era(text: str) -> None:
    """On a Thai page 2559 is the Buddhist era's year: 2016 of the common era."""
    parsed = parse_date(text, languages=["th", "en"])
    assert parsed is not None
    assert parsed[0].date().isoformat() == "2016-03-14"


def test_a_declared_tag_dateparser_names_otherwise_reads() -> None:
    """Norwegian declared as "no" is dateparser's "nb", for every reader of dates (comments too)."""
    parsed = parse_date("14. mars 2016", languages=["no", "en"])
    assert parsed is not None
    assert parsed[0].date().isoformat() == "2016-03-14"
