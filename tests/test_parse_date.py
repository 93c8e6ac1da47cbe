"""The shared date parser's own reading of English long-form dates agrees with dateparser."""

from __future__ import annotations

from datetime import UTC, datetime

import dateparser
import pytest

from articlekit._dates import _MONTH_NUMBERS, _month_day_year, parse_date

_SPELLINGS = (*_MONTH_NUMBERS, *(f"{name}." for name in _MONTH_NUMBERS if len(name) <= 4))
_DAYS = ("1", "05", "9", "10", "28", "29", "30", "31", "32")


def _dateparser(text: str, reference_time: datetime | None) -> datetime | None:
    """What ``parse_date`` gets from dateparser for ``text`` in English."""
    base = reference_time.replace(tzinfo=None) if reference_time else datetime(1900, 1, 1)  # noqa: DTZ001
    settings = {
        "RELATIVE_BASE": base,
        "RETURN_AS_TIMEZONE_AWARE": True,
        "TIMEZONE": "UTC",
        "PREFER_DAY_OF_MONTH": "first",
    }
    return dateparser.parse(text, languages=["en"], settings=settings)


@pytest.mark.parametrize("reference_time", [None, datetime(2030, 6, 15, 12, 34, tzinfo=UTC)])
def test_month_day_year_reads_as_dateparser_does(reference_time: datetime | None) -> None:
    """Every date the direct reading gives is dateparser's date, at midnight UTC.

    Spellings it does not take ("May. 5", "June. 5") and days a month lacks are left to
    dateparser; each is checked to be such a case.
    """
    read = 0
    for spelling in _SPELLINGS:
        for day in _DAYS:
            for year in ("2019", "2024"):
                text = f"{spelling} {day}, {year}"
                ours = _month_day_year(text)
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
    assert read > len(_SPELLINGS) * 8


def test_parse_date_reads_english_long_dates_directly() -> None:
    """``parse_date`` gives the direct reading only for English, and keeps its other rules."""
    assert parse_date("Nov. 19, 2019", languages=["en"]) == (
        datetime(2019, 11, 19, tzinfo=UTC),
        parse_date("2019-11-19", languages=["en"])[1],  # type: ignore[index]
    )
    assert _month_day_year("Nov 19 2019") is None  # no comma: dateparser reads it
    assert _month_day_year("nov 19, 2019") is None
    assert parse_date("Jan 1, 1900", languages=["en"]) is None  # the sentinel year, as before
    assert parse_date("February 30, 2019", languages=["en"]) is None  # dateparser's verdict
