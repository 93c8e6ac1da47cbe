"""Golden tests on the bundled fixtures: exact headline, body and metadata."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

import articlekit
from _support import FIXTURES

SEED = FIXTURES / "sony-q2-2012-phonearena"


@pytest.fixture(scope="module")
def seed_doc() -> articlekit.Document:
    raw = (SEED / "input.txt").read_bytes()
    return articlekit.extract(raw, reference_time=datetime(2012, 11, 1, tzinfo=UTC))


@pytest.fixture(scope="module")
def expected() -> dict[str, object]:
    data = json.loads((SEED / "expected.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


class TestSeed:
    def test_headline(self, seed_doc: articlekit.Document, expected: dict[str, object]) -> None:
        """The headline is exactly the page's title line."""
        assert seed_doc.headline is not None
        assert seed_doc.headline.text == expected["headline"]

    def test_exactly_four_paragraphs(
        self, seed_doc: articlekit.Document, expected: dict[str, object]
    ) -> None:
        """The body is exactly the article's four paragraphs, in order."""
        assert [p.text for p in seed_doc.paragraphs] == expected["paragraphs"]

    def test_credit_is_metadata_not_body(
        self, seed_doc: articlekit.Document, expected: dict[str, object]
    ) -> None:
        """'source: Sony (PDF)' is a credit in the metadata and not in the body."""
        assert [c.value for c in seed_doc.metadata.credits] == expected["credits"]
        assert "source:" not in seed_doc.text

    def test_no_comment_or_footer_text_in_body(self, seed_doc: articlekit.Document) -> None:
        """Nothing of the comment section or the page tail leaks into the body."""
        text = seed_doc.source.text
        comments_start = text.index("1. XPERIA-KNIGHT")
        assert all(p.span.end <= comments_start for p in seed_doc.paragraphs)
        for fragment in ("XPERIA-KNIGHT", "Posts:", "Latest Stories", "unregistered"):
            assert fragment not in seed_doc.text

    def test_round_trip(self, seed_doc: articlekit.Document) -> None:
        """The seed document survives JSON exactly."""
        assert articlekit.Document.from_json(seed_doc.to_json()) == seed_doc


class TestLatin1Page:
    def test_headline_body_metadata(self) -> None:
        """The latin-1 HTML excerpt: title headline, body paragraph, language and description."""
        raw = (FIXTURES / "html-latin1-next2games" / "input.html").read_bytes()
        doc = articlekit.extract(raw, url="https://www.next2games.de/artikel/anno-1800-beta")
        assert doc.headline is not None
        assert doc.headline.text == "Vorschauen: Anno 1800 Beta"
        assert any(p.text.startswith("Treten Sie näher!") for p in doc.paragraphs)
        assert not any("Copyright" in p.text for p in doc.paragraphs)
        assert doc.metadata.language is not None
        assert doc.metadata.language.value == "de"
        assert doc.metadata.description is not None
        assert doc.metadata.description.text.startswith("Mit Anno 1800")
        assert doc.metadata.site is not None
        assert doc.metadata.site.value == "next2games.de"


PFT_URL = (
    "https://profootballtalk.nbcsports.com/2019/11/19/anthony-lynn-we-needed-to-win-this-game/"
)


@pytest.fixture(scope="module")
def pft_doc() -> articlekit.Document:
    raw = (FIXTURES / "html-wordpress-comments-pft" / "input.html").read_bytes()
    return articlekit.extract(raw, url=PFT_URL)


class TestWordPressComments:
    URL = PFT_URL

    @pytest.fixture
    def doc(self, pft_doc: articlekit.Document) -> articlekit.Document:
        return pft_doc

    def test_headline(self, doc: articlekit.Document) -> None:
        """The visible h1 that og:title and <title> agree on."""
        assert doc.headline is not None
        assert doc.headline.text == "Anthony Lynn: “We needed to win this game”"
        assert {"title", "og:title"} <= set(doc.headline.signals)

    def test_body_is_the_four_paragraphs(self, doc: articlekit.Document) -> None:
        """Exactly the article's four paragraphs: no comments, widget or footer."""
        starts = [p.text[:30] for p in doc.paragraphs]
        assert starts == [
            "Chargers coach Anthony Lynn re",
            "Lynn said after the game that ",
            "“We talked all along about eve",
            "At 4-7, including 2-6 in the A",
        ]
        assert "dumpster fire" not in doc.text
        assert "says:" not in doc.text

    def test_metadata(self, doc: articlekit.Document) -> None:
        """Published time, site name, language and canonical URL from the head."""
        meta = doc.metadata
        assert meta.published is not None
        assert meta.published.value == datetime(2019, 11, 19, 11, 21, 8, tzinfo=UTC)
        assert meta.site is not None
        assert meta.site.value == "ProFootballTalk"
        assert meta.language is not None
        assert meta.language.value == "en-US"
        assert meta.canonical_url is not None
        assert meta.canonical_url.value == self.URL


class TestKickerAndInlineRelatedLinks:
    def test_headline_without_kicker(self) -> None:
        """The h1 'Auftragshoch bei FACC : <headline>' gives the headline the titles agree on."""
        raw = (FIXTURES / "html-kicker-related-industriemagazin" / "input.html").read_bytes()
        doc = articlekit.extract(raw)
        assert doc.headline is not None
        assert doc.headline.text == "Luftfahrtbranche hebt nach Corona ab - und FACC profitiert"
        assert doc.text_of(doc.headline.span) == doc.headline.text

    def test_body_spans_the_inline_box(self) -> None:
        """Paragraphs after the inline related-links box are body; the box and prompts are not."""
        raw = (FIXTURES / "html-kicker-related-industriemagazin" / "input.html").read_bytes()
        doc = articlekit.extract(raw)
        body = doc.text
        assert "In der Luftfahrt geht es nach der Pandemie wieder rasant bergauf." in body
        assert "Die Luftfahrtindustrie entwickle sich" in body
        for furniture in (
            "Entdecken Sie jetzt",
            "Sie wollen mehr von uns?",
            "Alle Rechte vorbehalten",
        ):
            assert furniture not in body


class TestStoryInAContainerNamedForAnAd:
    URL = "https://www.freitag.de/autoren/benjamin-immanuel-hoff/heute-schon-an-morgen-denken"

    def test_story_paragraphs_are_body(self) -> None:
        """The story inside div.js-dynamic-advertorial is the body, not only the notes around it."""
        raw = (FIXTURES / "html-advertorial-class-freitag" / "input.html").read_bytes()
        doc = articlekit.extract(raw, url=self.URL)
        body = doc.text
        for start in (
            "Die hohe Verbreitung des Coronavirus",
            "Durch diese Maßnahmen wurde der kulturelle Betrieb",
            "Durch die Beschränkungen des öffentlichen Lebens wurde erreicht",
        ):
            assert start in body
        assert "Mediengesellschaft" not in body


class TestNumberedItemsInATextDump:
    URL = "http://www.jobsnhire.com/articles/35030/20160214/need-know-cvs-health.htm"

    def test_every_numbered_item_is_body(self) -> None:
        """'1. CVS/pharmacy' … '4. CVS/specialty' head the article's items, not comments."""
        raw = (FIXTURES / "text-numbered-items-jobsnhire" / "input.txt").read_bytes()
        doc = articlekit.extract(raw, url=self.URL)
        texts = [p.text for p in doc.paragraphs]
        assert texts[0].startswith("CVS Health is all about helping people")
        assert "4. CVS/specialty" in texts
        assert any(t.startswith("The company's net revenues increased 11 percent") for t in texts)
        assert "Related Articles" not in doc.text


class TestForumBesideTheStoryInATextDump:
    URL = (
        "https://www.stern.de/politik/ausland/"
        "niederlage-fuer-johnson--parlament-vertagt-votum-ueber-brexit-deal-8961728.html"
    )

    def test_the_story_the_url_names_is_the_body(self) -> None:
        """The longer reader-forum block further down is not the article."""
        raw = (FIXTURES / "text-forum-beside-story-stern" / "input.txt").read_bytes()
        doc = articlekit.extract(raw, url=self.URL)
        body = doc.text
        assert "Das britische Parlament hat eine Entscheidung über den Brexit-Deal" in body
        assert "Die Briten hatten vor über drei Jahren" in body
        assert "Pendlerpauschale" not in body
