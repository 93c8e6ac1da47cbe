"""Golden metadata on real pages (trimmed fixtures; their sources are in each NOTES.md)."""

from __future__ import annotations

import articlekit
from _support import FIXTURES


def _doc(name: str, url: str) -> articlekit.Document:
    raw = (FIXTURES / name / "input.html").read_bytes()
    return articlekit.extract(raw, url=url)


def _day(meta: articlekit.Metadata) -> str | None:
    """The published day, as ``YYYY-MM-DD``."""
    return meta.published.value.date().isoformat() if meta.published else None


def test_byline_in_the_articles_sidebar() -> None:
    """unocero: the author meta joins the site's name; the byline is in the article's margin."""
    doc = _doc(
        "html-byline-sidebar-unocero",
        "https://www.unocero.com/smartphones/marcas-mala-gestion-apps-segundo-plano-android/",
    )
    meta = doc.metadata
    assert [a.value for a in meta.authors] == ["Alberto Ávila"]
    assert _day(meta) == "2019-08-27"
    assert meta.site is not None
    assert meta.site.value == "unocero"


def test_utc_timestamp_and_local_day() -> None:
    """twincities: the UTC timestamp's next day yields to the URL's day; modified kept apart."""
    doc = _doc(
        "html-utc-timestamp-twincities",
        "https://www.twincities.com/2023/11/08/st-louis-park-elects-a-new-mayor-apparently-the-"
        "first-somali-american-to-lead-a-u-s-city/",
    )
    meta = doc.metadata
    assert _day(meta) == "2023-11-08"
    assert meta.modified is not None
    assert meta.modified.value.isoformat() == "2023-11-09T06:21:49+00:00"
    assert meta.title is not None
    assert meta.title.value.startswith("St. Louis Park elects a new mayor")


def test_layout_class_names_no_sidebar() -> None:
    """alacarte: a wrapper's "layout-…-right-sidebar" class does not hide the article's date.

    The first <time> of the article header is its date; the real sidebar's is not read.
    """
    doc = _doc(
        "html-layout-sidebar-alacarte",
        "https://www.alacarte.at/reisen/der-historische-purzelbaum-20215/",
    )
    assert _day(doc.metadata) == "2021-11-25"


def test_date_named_by_a_test_id() -> None:
    """omr: a React page names its date element only by data-testid="article-details-date"."""
    doc = _doc("html-testid-date-omr", "https://omr.com/de/daily/cowboyboots-und-crocs")
    assert _day(doc.metadata) == "2023-11-03"


def test_local_midnight_written_in_utc() -> None:
    """beige: a day stored as Central European midnight and written in UTC is the next day."""
    doc = _doc(
        "html-local-midnight-beige",
        "https://beige.de/artikel/reisen-travel-provence-suedfrankreich-tipps",
    )
    assert _day(doc.metadata) == "2022-11-07"


def test_shown_date_confirmed_by_its_time_element() -> None:
    """heizung: the hero's date line, confirmed by its <time>, outranks a re-import stamp."""
    doc = _doc(
        "html-hero-time-heizung",
        "https://www.heizung.de/waermepumpe/wissen/eignet-sich-eine-waermepumpe-im-altbau.html",
    )
    assert _day(doc.metadata) == "2022-03-09"
