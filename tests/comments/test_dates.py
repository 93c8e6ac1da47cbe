"""Comment dates read once per form on a page (``comments._dates.DateReader``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from articlekit import from_html, from_text
from articlekit.comments._dates import DateReader

REF = datetime(2019, 10, 1, 12, tzinfo=UTC)


def test_relative_units_spelled_with_letters_ignorecase_matches() -> None:
    """A dotted capital I or a long s in the unit ("3 mİnutes ago") reads as the ASCII unit."""
    dates = DateReader(REF)
    assert dates.read("3 m\u0130nutes ago") == REF - timedelta(minutes=3)
    assert dates.read("1 \u017fecond ago") == REF - timedelta(seconds=1)


def test_a_date_without_its_year_is_never_after_the_reference() -> None:
    dates = DateReader(REF, ("fr", "en"))
    assert dates.read("Le 17 juillet à 22:09") == datetime(2019, 7, 17, 22, 9, tzinfo=UTC)
    assert dates.read("17 décembre à 08:00") == datetime(2018, 12, 17, 8, 0, tzinfo=UTC)


def test_english_month_names_share_one_form() -> None:
    """Later dates of a learned form are built from their numbers and month name."""
    dates = DateReader(None)
    got = [dates.read(t) for t in ("Aug 09, 2012", "Sep 12, 2012", "December 1, 2011")]
    assert [d.date().isoformat() if d else None for d in got] == [
        "2012-08-09",
        "2012-09-12",
        "2011-12-01",
    ]
    # the same words with the numbers of a second date in the form
    assert dates.read("Aug 31, 2013") == datetime(2013, 8, 31, tzinfo=UTC)


def test_a_word_that_only_looks_like_a_month_does_not_set_the_month() -> None:
    """Spanish "mar" (martes, Tuesday) before "abril": the date is in April."""
    dates = DateReader(REF, ("es", "en"))
    first = dates.read("mar 14 de abril de 2020")
    again = dates.read("mar 21 de abril de 2020")
    assert first is not None
    assert again is not None
    assert (first.month, first.day, again.month, again.day) == (4, 14, 4, 21)


def test_a_twelve_hour_clock_is_never_learned_as_a_24_hour_one() -> None:
    """A 12-hour clock's "12:48 pm" shows the hour as 12: "8:41 pm" is still 20:41."""
    dates = DateReader(None)
    got = [
        dates.read(t)
        for t in (
            "April 7, 2015 at 12:48 pm",
            "April 13, 2015 at 8:41 pm",
            "April 14, 2015 at 12:05 am",
            "April 15, 2015 at 9:30 am",
        )
    ]
    assert [d.strftime("%d %H:%M") if d else None for d in got] == [
        "07 12:48",
        "13 20:41",
        "14 00:05",
        "15 09:30",
    ]


def test_comment_dates_in_the_language_the_page_is_written_in() -> None:
    """A German page that declares English, or a text dump that declares nothing."""
    german = (
        "Das Rezept ist nicht schwer, und die Muffins werden mit der Butter sehr locker. "
        "Wir haben sie auch mit Äpfeln gebacken, und das ist immer gut angekommen. "
    ) * 3
    for declared in ("en", None):
        source = (
            from_text(german)
            if declared is None
            else from_html(f"<html lang='{declared}'><body><p>{german}</p></body></html>")
        )
        dates = DateReader.for_page(source, None)
        assert dates.read("16. April 2019 um 23:45 Uhr") == datetime(
            2019, 4, 16, 23, 45, tzinfo=UTC
        )


@pytest.fixture
def dateparser_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, object]]:
    """Every text dateparser is asked to parse in the test, with its ``languages``."""
    import dateparser  # noqa: PLC0415 - patched for the test only

    calls: list[tuple[str, object]] = []
    real = dateparser.parse

    def spy(text: str, *args: object, **kwargs: object) -> object:
        calls.append((text, kwargs.get("languages")))
        return real(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(dateparser, "parse", spy)
    return calls


def test_a_name_run_into_the_date_is_read_from_the_number_without_dateparser(
    dateparser_calls: list[tuple[str, object]],
) -> None:
    """'Sana6. Juni 2015 um 10:23': the name is no part of the date, which starts at the number.

    The whole text is no date in any language, so dateparser (whose language-free parse loads
    every language) is never asked; the date is read where the number starts.
    """
    dates = DateReader(None, ("de", "en"))
    assert dates.read("Sana6. Juni 2015 um 10:23") is None
    assert dates.find("Sana6. Juni 2015 um 10:23") == (
        4,
        datetime(2015, 6, 6, 10, 23, tzinfo=UTC),
    )
    assert dateparser_calls == []


def test_a_label_run_into_the_date_anywhere_is_read_from_the_number(
    dateparser_calls: list[tuple[str, object]],
) -> None:
    """'Mathias Autor11. Dezember 2012 um 13:19': the role label is run into the day."""
    dates = DateReader(None, ("de", "en"))
    text = "Mathias Autor11. Dezember 2012 um 13:19"
    assert dates.find(text) == (13, datetime(2012, 12, 11, 13, 19, tzinfo=UTC))
    assert dateparser_calls == []
    # a letter alone before a number is the date's own (French hours)
    assert dates.read("11.12.2012 09h23") == datetime(2012, 12, 11, 9, 23, tzinfo=UTC)


def test_a_date_in_another_language_is_detected_among_the_languages_its_words_name(
    dateparser_calls: list[tuple[str, object]],
) -> None:
    """A French date on an English page is read; dateparser never searches all its languages."""
    dates = DateReader(REF, ("en",))
    assert dates.read("mercredi 15 mai 2019 à 09h23") == datetime(2019, 5, 15, 9, 23, tzinfo=UTC)
    assert dateparser_calls
    assert all(languages is not None for _, languages in dateparser_calls)


def test_a_page_reader_reads_the_page_language_only_for_dateparser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The page's language is read when a date first needs dateparser, not before.

    A relative or known form is read by convention; the German date then needs the page's
    language, which is read once.
    """
    from articlekit._language import written_language  # noqa: PLC0415 - spied on here

    asked: list[str] = []

    def spy(text: str, declared: str | None) -> str | None:
        asked.append(text[:10])
        return written_language(text, declared)

    monkeypatch.setattr("articlekit.comments._dates.written_language", spy)
    german = "Das Rezept ist nicht schwer, und die Muffins werden sehr locker. " * 4
    source = from_html(f"<html lang='en'><body><p>{german}</p></body></html>")
    dates = DateReader.for_page(source, datetime(2019, 5, 1, tzinfo=UTC))
    assert dates.read("3 hours ago") == datetime(2019, 4, 30, 21, tzinfo=UTC)
    assert asked == []
    assert dates.read("16. April 2019 um 23:45 Uhr") == datetime(2019, 4, 16, 23, 45, tzinfo=UTC)
    assert dates.read("17. April 2019 um 10:00 Uhr") == datetime(2019, 4, 17, 10, tzinfo=UTC)
    assert len(asked) == 1
