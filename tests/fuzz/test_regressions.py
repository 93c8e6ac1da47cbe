"""Findings of the hostile-input work (issue 20), each pinned by the smallest input that showed it.

Grouped by how they were found. Cases the issue itself listed live next to the behaviour they
pin (``tests/test_io_hostile.py``, ``tests/batch/``); these are the ones found on the way.
"""

from __future__ import annotations

import unicodedata

from articlekit import Span, extract, from_html, from_text
from articlekit._text import normalize_with_map

# -- found by benchmarks/snapshot.py (a development page whose offsets changed) ----------------


def test_a_composition_exclusion_maps_its_two_characters_to_its_one() -> None:
    """NFC decomposes U+09DC (Bengali RRA) into two; both map back to the one raw character.

    The linear NFC path first merged that cluster with the text before it (htmldate-dev
    ukbdnews.com page).
    """
    raw = "এমপির বা\u09dcির সামনেই"
    text, runs = normalize_with_map(raw)
    assert text == unicodedata.normalize("NFC", raw)
    source = from_text(raw)
    assert source.offsets is not None
    at = text.index("\u09a1\u09bc")
    assert source.offsets.to_raw(Span(at, at + 2)).slice(raw) == "\u09dc"
    assert source.offsets.to_raw(Span(0, at)).slice(raw) == raw[:at]
    assert runs[0] == (0, 0, at)


# -- found by benchmarks/scaling.py ------------------------------------------------------------


def test_many_attributes_on_many_elements_each_keep_the_first_thousand() -> None:
    """Every element over the cap is cut on its own; the text between them is kept."""
    attributes = " ".join(f"a{i}=1" for i in range(1500))
    page = "".join(f"<p {attributes}>Para {i}</p>" for i in range(3))
    source = from_html(page)
    assert source.text == "Para 0\n\nPara 1\n\nPara 2"
    assert len(source.problems) == 3


# -- found by tests/fuzz/test_entry_points.py (hypothesis, stop 67) ----------------------------


def test_a_declared_url_urlsplit_refuses_gives_no_date_from_it() -> None:
    """A canonical link "a://[" (an unclosed IPv6 bracket) made the date reader raise.

    ``urlsplit`` raises ``ValueError`` for it; the metadata step failed instead of reading the
    page without that URL's date.
    """
    doc = extract(b"<html><link\x00rel=canonical\x00href=a://[>")
    assert doc.metadata.published is None
    doc = extract(
        '<link rel="canonical" href="https://example.com/[x/2019/11/01/story">'
        "<h1>Story</h1><p>A first paragraph of the story, long enough for a body.</p>"
    )
    assert doc.metadata.published is not None
    assert doc.metadata.published.value.date().isoformat() == "2019-11-01"  # the path still reads


def test_an_archived_url_whose_own_url_urlsplit_refuses_has_no_slug() -> None:
    """A web.archive.org snapshot of "http://[x/…": its own URL cannot be split, so no slug.

    The layout step failed on it (the slug is read from the archived page's own URL).
    """
    url = "https://web.archive.org/web/2020/http://[x/2019/11/01/a-b-c-d"
    doc = extract(
        "<h1>A b c d</h1><p>Text here is long enough to be a paragraph of prose.</p>", url=url
    )
    assert doc.headline is not None
    assert doc.headline.text == "A b c d"


def test_markup_both_parsers_reject_is_an_empty_source_that_says_so() -> None:
    """b"<![\\x00": lxml gives no tree, BeautifulSoup raises its ``ParserRejectedMarkup``.

    That exception escaped ``from_html``; the page now loads as an empty source with a problem
    saying that neither parser could read it, and ``extract`` returns a Document.
    """
    source = from_html(b"<![\x00")
    assert source.text == ""
    assert [p.step for p in source.problems] == ["load"]
    assert "neither HTML parser could read the page" in source.problems[0].message
    assert extract(b"<![\x00", media_type="text/html").source.text == ""
