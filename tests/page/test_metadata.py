"""The metadata step: authors, dates, site, language, canonical URL, description, credits."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

import articlekit
from articlekit import Granularity, from_text
from articlekit import _lexicon as lex
from articlekit._dates import DATEPARSER_CODES, parse_date
from articlekit.page.metadata import find_metadata

HEAD = (
    "<html lang='en-us'><head><title>Budget approved | Example News</title>"
    "<meta property='og:site_name' content='Example News'>"
    "<meta name='description' content='The council approved the budget.'>"
    "<link rel='canonical' href='https://example.com/budget'>"
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget approved",'
    ' "datePublished": "2019-11-19T08:57:40+01:00", "dateModified": "2019-11-20",'
    ' "author": [{"@type": "Person", "name": "Jane Doe"},'
    ' {"@type": "Person", "name": "Max Mustermann"}]}'
    "</script></head>"
)
BODY = (
    "<body><h1>Budget approved</h1><p>"
    + "The council approved the new budget. " * 6
    + "</p></body></html>"
)


class TestFromMarkup:
    def test_all_fields(self) -> None:
        """JSON-LD, meta tags, canonical link and lang fill the metadata, each with its span."""
        doc = articlekit.extract(HEAD + BODY)
        meta = doc.metadata
        assert meta.site is not None
        assert meta.site.value == "Example News"
        assert [a.value for a in meta.authors] == ["Jane Doe", "Max Mustermann"]
        assert meta.published is not None
        assert meta.published.value == datetime(2019, 11, 19, 7, 57, 40, tzinfo=UTC)
        assert meta.modified is not None
        assert meta.modified.granularity is Granularity.DAY
        assert meta.language is not None
        assert meta.language.value == "en-US"
        assert meta.canonical_url is not None
        assert meta.canonical_url.value == "https://example.com/budget"
        assert meta.description is not None
        assert meta.description.value == "The council approved the budget."
        for value in (meta.site, *meta.authors, meta.language, meta.description):
            assert value.span is not None
            assert doc.text_of(value.span) == value.text

    def test_visible_byline_and_date(self) -> None:
        """Without markup, the byline and date line under the headline are used."""
        html = (
            "<html><body><h1>Budget approved</h1><p>By Jane Doe and Max Mustermann</p>"
            "<p>November 18, 2019 12:26 PM</p><p>"
            + "The council approved the new budget. " * 6
            + "</p>"
        )
        doc = articlekit.extract(html)
        assert [a.value for a in doc.metadata.authors] == ["Jane Doe", "Max Mustermann"]
        assert doc.metadata.published is not None
        assert doc.metadata.published.value == datetime(2019, 11, 18, 12, 26, tzinfo=UTC)
        assert doc.metadata.published.granularity is Granularity.TIME

    def test_date_from_url(self) -> None:
        """A dated URL path gives the published date when the page says nothing."""
        src = from_text("Nothing here", url="https://example.com/2012/11/01/story")
        published = find_metadata(src).published
        assert published is not None
        assert published.value == datetime(2012, 11, 1, tzinfo=UTC)
        assert published.span is None

    @pytest.mark.parametrize(
        "empty",
        [
            "0001-01-01T00:00:00Z",
            "1970-01-01T00:00:00Z",
            "1900-01-01",
            "1753-01-01",
            "9999-12-31T23:59:59Z",
        ],
    )
    def test_a_templates_empty_date_is_no_date(self, empty: str) -> None:
        """A CMS's zero date (.NET's MinValue, the Unix epoch, SQL's first day) is skipped."""
        html = (
            '<html><head><script type="application/ld+json">{"@type": "NewsArticle",'
            f' "datePublished": "{empty}", "dateModified": "{empty}"}}</script></head>'
            "<body><h1>Budget approved</h1><p>Published 11:11 PM EST Nov 19, 2019</p><p>"
            + "The council approved the new budget. " * 6
            + "</p></body></html>"
        )
        meta = articlekit.extract(html).metadata
        assert meta.published is not None
        assert meta.published.value.date() == date(2019, 11, 19)
        assert meta.modified is None


class TestParseDate:
    def test_relative_needs_reference_time(self) -> None:
        """Relative dates resolve against the reference time, never the wall clock."""
        assert parse_date("2 days ago") is None
        ref = datetime(2012, 11, 3, 12, tzinfo=UTC)
        parsed = parse_date("2 days ago", reference_time=ref)
        assert parsed is not None
        assert parsed[0].date() == datetime(2012, 11, 1, tzinfo=UTC).date()

    def test_languages(self) -> None:
        """German day-first dates come out right with the page language."""
        parsed = parse_date("13. November 2019", languages=["de"])
        assert parsed is not None
        assert parsed[0].date().isoformat() == "2019-11-13"

    def test_garbage(self) -> None:
        """Text that is no date gives None."""
        assert parse_date("not a date at all") is None
        assert parse_date("") is None


def test_seed_credit() -> None:
    """The seed's source line is a credit with the credited name as its value."""
    doc = articlekit.extract(
        "Title line here\n\n"
        + "Sony posted results for the quarter today. " * 5
        + "\n\nsource: Sony (PDF)"
    )
    assert [(c.text, c.value) for c in doc.metadata.credits] == [
        ("source: Sony (PDF)", "Sony (PDF)")
    ]


class TestBylines:
    BODY = (
        "<p>"
        + "Die Ortsgruppe hat am Freitag an der großen Demonstration teilgenommen. " * 4
        + "</p>"
    )

    def test_byline_inside_a_metadata_line(self) -> None:
        """'Veröffentlicht am 12. Juni 2017 von gizzmo' names the author."""
        html = (
            "<html lang='de'><body><h1>Keine Spielstraße</h1>"
            "<p>Veröffentlicht am 12. Juni 2017 von gizzmo</p>" + self.BODY
        )
        doc = articlekit.extract(html)
        assert [a.value for a in doc.metadata.authors] == ["gizzmo"]
        published = doc.metadata.published
        assert published is not None
        assert published.value.date().isoformat() == "2017-06-12"

    TEXT_BODY = "\n\n".join(
        ["The council approved the new budget on Tuesday after a long and heated debate. " * 3] * 3
    )

    def _text_authors(self, byline: str) -> list[str]:
        dump = f"Home\nNews\n\nCouncil approves the budget\n\n{byline}\n\n{self.TEXT_BODY}"
        return [a.value for a in articlekit.extract(dump).metadata.authors]

    @pytest.mark.parametrize(
        ("byline", "authors"),
        [
            ("By Joseph Tsidulko November 19, 2019, 07:47 PM EST", ["Joseph Tsidulko"]),
            ("By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy", ["Mike Wall"]),
            ("By Chris Pokorny @DawgsByNature Nov 18, 2019", ["Chris Pokorny"]),
            ("By Alejandro Villamor Last updated Nov 8, 2023", ["Alejandro Villamor"]),
            ("By Jane Doe ／ 2016.12.01", ["Jane Doe"]),
            # the kind of piece before "by", and a job title after the name
            ("Analysis by Joan Biskupic, CNN Senior Supreme Court Analyst", ["Joan Biskupic"]),
            ("Opinion by Jane Doe", ["Jane Doe"]),
            ("Photos by Jane Doe", []),
            # the label with a colon (Nexstar's local stations: "by: Jane Doe")
            ("by: Cora Neas", ["Cora Neas"]),
            ("By: Jane Doe, Staff Writer", ["Jane Doe"]),
            # the kind of piece in German and French
            ("Eine Kolumne von Nils Pickert", ["Nils Pickert"]),
            ("Ein Gastbeitrag von Jane Doe", ["Jane Doe"]),
            ("Une chronique par Loïc Le Clerc", ["Loïc Le Clerc"]),
            # a name's particle written in capitals is no date's "le"
            ("Accueil | Par Loïc Le Clerc | 30 septembre 2018", ["Loïc Le Clerc"]),
            # a blog theme's call to comment after the byline
            ("September 15, 2020 by Mobasir hassan Post a Comment", ["Mobasir hassan"]),
            ("Von: Björn Jahner | 31.10.23", ["Björn Jahner"]),
            # a date label after the name; a theme's capitalised label without its colon
            ("von Sonia Mevißen Erstellt am 01.01.23 um 08:35", ["Sonia Mevißen"]),
            ("Posted on 25. Januar 2022 25. Januar 2022 Author Jane Muster", ["Jane Muster"]),
            # a paper's title for its own writers after the name, without a comma
            ("By Evan Halper Staff Writer", ["Evan Halper"]),
            # a desk, where the dump credits nobody else
            ("Veröffentlicht am 19. Dezember 2022 von Redaktion", ["Redaktion"]),
            ("By Jane Doe and Example Staff", ["Jane Doe"]),
        ],
    )
    def test_labelled_byline_before_its_date(self, byline: str, authors: list[str]) -> None:
        """The name of a 'By …' line ends where the line's date, label or handle begins."""
        assert self._text_authors(byline) == authors

    @pytest.mark.parametrize(
        ("byline", "authors"),
        [
            ("Bettina Kugler 19.10.2019, 05:00 Uhr", ["Bettina Kugler"]),
            ("Chris Davies - Nov 19, 2019, 10:31 pm CST", ["Chris Davies"]),
            ("Shana Nys Dambrot November 6, 2023", ["Shana Nys Dambrot"]),
            ("Carlo Natter und Ralph Steiner, 3. März 2021", ["Carlo Natter", "Ralph Steiner"]),
            ("Christal Hayes, Nicholas Wu | USA TODAY", ["Christal Hayes", "Nicholas Wu"]),
            ("Nishant Kumar @Nishantopines", ["Nishant Kumar"]),
            ("Follow us @example", []),
            ("Home | News | Sport", []),
            ("The Times of India 19.10.2019", []),
            ("Published Tue, Nov 19 2019 10:31 AM EST", []),
            ("Übersetzung Sarah Jungblut, 12.12.22", []),
            ("Pressemitteilung Aktuell 02. November 2021", []),
            ("Press Release November 2, 2021", []),
            ("Berlin 19.10.2019", []),
            # the date first, then the name after a bar or a dot
            ("30. Oktober 2019 | Markus Euskirchen", ["Markus Euskirchen"]),
            ("3 декабря 2020, 18:47 • Алексей Супрун • 3375", ["Алексей Супрун"]),
            ("30. Oktober 2019 | Politik", []),
            ("30. Oktober 2019 | 3 Kommentare", []),
            ("23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen", ["Markus Reuter"]),
            ("12. März 2021 - Politik - 3 Kommentare", []),
            # a blog theme's date, user name and call to comment
            ("28. Januar 2015 karstenruppert Schreibe einen Kommentar", ["karstenruppert"]),
            ("March 3, 2021 Leave a comment", []),
            # the name, then a date label, then the date
            ("Evgenia Karp Zuletzt geändert am 06.11.2023", ["Evgenia Karp"]),
        ],
    )
    def test_text_byline_without_its_label(self, byline: str, authors: list[str]) -> None:
        """In a text dump, a name that starts the date line under the headline is its writer."""
        assert self._text_authors(byline) == authors

    @pytest.mark.parametrize(
        ("lines", "authors"),
        [
            ("Von\nClaus Boelen-Theile\n19.10.19, 08:00 Uhr", ["Claus Boelen-Theile"]),
            ("By\nDavid Brand\nand\nRamsey Khalifeh", ["David Brand", "Ramsey Khalifeh"]),
            ("Adam Clark Estes\nMonday 5:30PM", ["Adam Clark Estes"]),
            (
                "Steve Peoples, AP National Political Writer\nUpdated 3:27 am PST, Nov 20, 2019",
                ["Steve Peoples"],
            ),
            (
                "Kevin Johnson and Kevin McCoy USA TODAY\nPublished 7:07 PM EST Nov 19, 2019",
                ["Kevin Johnson", "Kevin McCoy"],
            ),
            ("Shares\nNathanael Johnson\nJanuary 10, 2020 9:00AM (UTC)", ["Nathanael Johnson"]),
            ("Get short URL\nNov 19, 2019", []),
            ("Post to Facebook\nNov 19, 2019", []),
            ("Blog Nutrition Meal Plans\nNov 19, 2019", []),
            ("January 10, 2020\nFritz Sunderland", ["Fritz Sunderland"]),  # no "Fri", "Sun"
            ("Текст: Лида Буслаева · 11 октября 2018", ["Лида Буслаева"]),  # Russian "Text:"
            # the name and the job on the line under the headline
            (
                "Bruce Y. Lee Senior Contributor\nOpinions expressed are their own.",
                ["Bruce Y. Lee"],
            ),
            ("Marla Milling Contributor", ["Marla Milling"]),
            ("Daily Court Reporter", []),  # a desk's role
            # a wire agency credited where nobody else is, written out or with the dateline
            (
                "Associated Press\nPublished 11:26 pm EST, Tuesday, November 19, 2019",
                ["Associated Press"],
            ),
            ("Reuters, Washington,\nNov 20 2019, 11:06am ist", ["Reuters"]),
            ("Reuters\nNov 20 2019, 11:06am ist", []),  # alone, as often a picture's credit
            # the days of publication and of the update, then the name
            ("28. Juni 2019 14. Januar 2020 | Jane Doe", ["Jane Doe"]),
            # the date first, the name on the next line
            ("31.10.2023\nTom Arnold\n# Maschinenbau", ["Tom Arnold"]),
            ("January 28, 2018\nJane Doe\nCake Recipes", ["Jane Doe"]),
            ("May 5, 2019\nTweet This", []),  # a share button
        ],
    )
    def test_text_byline_over_lines(self, lines: str, authors: list[str]) -> None:
        """A dump puts a byline's label, names and date on lines of their own."""
        assert self._text_authors(lines) == authors

    @pytest.mark.parametrize(
        ("box", "authors"),
        [
            ("Jane Doe\nMore from Jane Doe", ["Jane Doe"]),
            ("Martin Junker\nAlles von Martin Junker", ["Martin Junker"]),
            ("Jane Doe\nAlle Artikel", ["Jane Doe"]),
            ("Iris Lange-Fricke\nzu allen Rezepten vom Autor", ["Iris Lange-Fricke"]),
            ("Show Comments\nMore From the Los Angeles Times", []),  # another's name
            ("Jane Doe\nMore from John Roe", []),
            ("Cake Recipes\nAlle Artikel", []),  # a line the menu lists
        ],
    )
    def test_an_author_box_at_the_end_of_a_dump(self, box: str, authors: list[str]) -> None:
        """A name line with a link to the writer's articles under it, wherever it stands."""
        dump = (
            f"Home\nCake Recipes\n\nCouncil approves the budget\n\n{self.TEXT_BODY}\n\n"
            f"{box}\n\nImpressum"
        )
        assert [a.value for a in articlekit.extract(dump).metadata.authors] == authors

    @pytest.mark.parametrize(
        ("label", "name"),
        [
            ("Авторы:", "Сергей Борисов"),  # Russian
            ("Autora:", "Ana Lima"),
            ("Texte :", "Jean Dupont"),  # French, a space before the colon
        ],
    )
    def test_a_label_line_after_the_article_names_its_author(self, label: str, name: str) -> None:
        """The label on its own line after the story, the name on the page's next line."""
        dump = (
            f"Home\n\nCouncil approves the budget\n\n{self.TEXT_BODY}\n\nSubscribe\n\n"
            f"{label}\n\n{name}\n\nMoscow Region - Court"
        )
        assert [a.value for a in articlekit.extract(dump).metadata.authors] == [name]

    @pytest.mark.parametrize("section", ["Wall Street", "Cake Recipes"])
    def test_a_section_the_menu_lists_after_the_date_line_is_no_author(self, section: str) -> None:
        """The line after a date line may be the story's section or place, a menu's line."""
        menu = "Home\nWall Street\nCake Recipes\n"
        dump = f"{menu}\nCouncil approves the budget\n\nNov 19, 2019\n{section}\n\n{self.TEXT_BODY}"
        assert articlekit.extract(dump).metadata.authors == ()

    @pytest.mark.parametrize(
        ("above", "authors"),
        [
            ("By Celia Parbey\n0 Comments\nLIKES", ["Celia Parbey"]),
            ("Von Jane Doe\n\nTeilen\n\n3\n\nKultur", ["Jane Doe"]),
            ("Thanks to Jane Doe\n0 Comments\nLIKES", []),  # no byline's label first
        ],
    )
    def test_a_labelled_byline_further_above_the_headline(
        self, above: str, authors: list[str]
    ) -> None:
        """A dump's "By …" line a few lines over the headline, counters and sections between."""
        dump = f"Home\nNews\n\n{above}\n\nCouncil approves the budget\n\n{self.TEXT_BODY}"
        assert [a.value for a in articlekit.extract(dump).metadata.authors] == authors

    def test_von_in_a_sentence_is_not_a_byline(self) -> None:
        """'Mit Hilfe von Schablonen …' is prose, not an author line."""
        html = (
            "<html lang='de'><body><h1>Minions malen</h1>"
            "<p>Mit Hilfe von Schablonen einen Minion malen</p>" + self.BODY
        )
        assert articlekit.extract(html).metadata.authors == ()

    def test_organisation_author_is_the_publisher(self) -> None:
        """A JSON-LD author of type Organization is not listed among the authors."""
        ld = (
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "X",'
            ' "author": [{"@type": "Organization", "name": "Example Media GmbH"},'
            ' {"@type": "Person", "name": "Jane Doe"}]}</script>'
        )
        doc = articlekit.extract(f"<html><head>{ld}</head><body><h1>X</h1>{self.BODY}")
        assert [a.value for a in doc.metadata.authors] == ["Jane Doe"]
        assert doc.metadata.site is not None
        assert doc.metadata.site.value == "Example Media GmbH"


def test_dates_are_read_in_the_language_the_page_is_written_in() -> None:
    """A German article on a template that declares English: its German dateline is read."""
    html = (
        "<html lang='en'><body><h1>Neue Regeln für Radfahrer</h1>"
        "<p>Hamburg, 30. Juli 2018</p>"
        "<p>"
        + "Ab Montag gilt in der Stadt eine neue Regel, und die Polizei wird sie prüfen. " * 4
        + "</p></body></html>"
    )
    doc = articlekit.extract(html)
    published = doc.metadata.published
    assert published is not None
    assert published.value.date() == date(2018, 7, 30)
    assert doc.metadata.language is not None
    assert doc.metadata.language.value == "en"  # what the page declares stays what it declares


class TestWrittenLanguage:
    """``Metadata.written_language``: the language the text is written in, declared or not."""

    def test_a_text_dump_declares_nothing_and_is_written_in_english(self) -> None:
        doc = articlekit.extract(
            "Sony sells 8.8 million smartphones\n\n"
            + "Sony posted its results for the quarter, and the loss was smaller than before. " * 4
        )
        assert doc.metadata.language is None
        assert doc.metadata.written_language == "en"

    @staticmethod
    def _german_page(declared: str) -> str:
        """A German article on a page that declares ``declared``."""
        return (
            f"<html lang='{declared}'><body><h1>Neue Regeln für Radfahrer</h1><p>"
            + "Ab Montag gilt in der Stadt eine neue Regel, und die Polizei wird sie prüfen. " * 4
            + "</p></body></html>"
        )

    def test_the_words_win_over_a_templates_declaration(self) -> None:
        doc = articlekit.extract(self._german_page("en"))
        assert doc.metadata.language is not None
        assert doc.metadata.language.value == "en"
        assert doc.metadata.written_language == "de"

    def test_the_declared_language_when_the_words_agree_or_show_none(self) -> None:
        """The primary subtag of what the page declares ("de-AT" -> "de")."""
        agree = articlekit.extract(self._german_page("de-AT"))
        assert agree.metadata.written_language == "de"
        wordless = "<html lang='fr'><body><h1>2019</h1><p>12 345 678</p></body></html>"
        assert articlekit.extract(wordless).metadata.written_language == "fr"
        assert articlekit.extract("2019\n\n12 345 678").metadata.written_language is None

    def test_a_script_shows_its_language(self) -> None:
        doc = articlekit.extract(
            "Продажи выросли\n\n" + "Компания сообщила, что продажи выросли на пять процентов. " * 4
        )
        assert doc.metadata.written_language == "ru"


def test_a_text_dump_reads_dates_in_its_written_language_and_the_common_ones() -> None:
    """No declared language: day first in Spanish, and an English template date still reads."""
    spanish = "El gobierno anunció que la inflación fue de 4 por ciento en el año pasado. " * 4
    doc = articlekit.extract(f"Nueva ley de presupuesto\n\n05/07/2022\n\n{spanish}")
    assert doc.metadata.published is not None
    assert doc.metadata.published.value.date() == date(2022, 7, 5)
    german = "Die Stadt hat die neue Regel nicht eingeführt, und das ist auch gut so. " * 4
    doc = articlekit.extract(f"Neue Regeln\n\n3 May, 2022, 11:37 pm\n\n{german}")
    assert doc.metadata.published is not None
    assert doc.metadata.published.value.date() == date(2022, 5, 3)


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://www.breakingnews.ie/world/sentenced.html", date(2023, 11, 8)),
        ("https://www.example.co.uk/news/sentenced", date(2023, 11, 8)),
        ("https://www.example.com/news/sentenced", date(2023, 8, 11)),
    ],
)
def test_english_dates_follow_the_country_of_the_domain(url: str, day: date) -> None:
    """'08/11/2023' on an Irish or British domain is 8 November; on a .com it is American."""
    english = "The couple were sentenced on Wednesday after a trial that lasted four weeks. " * 4
    doc = articlekit.extract(f"Couple sentenced\n\n08/11/2023 | 20:26 PM\n\n{english}", url=url)
    assert doc.metadata.published is not None
    assert doc.metadata.published.value.date() == day


@pytest.mark.parametrize(
    ("declared", "line", "day"),
    [
        # the declared UTC instant is the evening shown under the headline (CBS Sports, WSJ)
        ("2019-11-19 02:24:00", "Nov 18, 2019 at 9:24 pm ET • 2 min read", date(2019, 11, 18)),
        ("2019-11-19T00:04:00.000Z", "Nov. 18, 2019 7:04 pm ET", date(2019, 11, 18)),
        # a declared offset the CMS got wrong (SlashGear: the UTC clock with "-06:00")
        (
            "2019-11-20T04:31:13-06:00",
            "Chris Davies - Nov 19, 2019, 10:31 pm CST",
            date(2019, 11, 19),
        ),
        # the same day where the page was written: the declared date stands
        ("2019-11-19T15:24:00Z", "Nov 19, 2019 at 10:24 am ET", date(2019, 11, 19)),
        # a line without a clock time: the declared date stands
        ("2019-11-19T02:24:00+01:00", "Nov 18, 2019", date(2019, 11, 19)),
    ],
)
def test_the_day_a_page_shows_for_the_declared_moment(declared: str, line: str, day: date) -> None:
    """A date line with its clock time and zone shows the declared moment on the local day."""
    html = (
        f'<html lang="en"><head><meta property="article:published_time" content="{declared}">'
        f"</head><body><h1>Browns player speaks on the fight</h1><p>{line}</p>"
        "<p>"
        + "The player said the quarterback had started the fight in the last minute. " * 4
        + "</p></body></html>"
    )
    published = articlekit.extract(html).metadata.published
    assert published is not None
    assert published.value.date() == day


def test_a_date_line_above_the_byline_over_the_headline() -> None:
    """A dump's date line three lines above the headline, a byline and a counter between."""
    russian = "Во Франции с новой силой разгораются споры о том, что делать с людьми. " * 4
    dump = (
        "Свежий номер\n\n19.10.2020 09:34\n\nАндрей Сидорчик\n\n25\n\n"
        f"Отрезать голову во имя пророка. Теракт во Франции обнажил старые проблемы\n\n{russian}"
    )
    published = articlekit.extract(dump).metadata.published
    assert published is not None
    assert published.value.date() == date(2020, 10, 19)


@pytest.mark.parametrize(
    "between",
    [
        "Teilen:\n\nFacebook\n\nTwitter\n\nDrucken",  # a share bar
        "Facebook\n\nTwitter\n\nPinterest\n\nWhatsApp",
        "Drucken\n\n© 2012 APA/AP\n\nPolitik",  # a picture credit and the section
    ],
)
def test_a_date_line_of_its_own_further_above_the_headline(between: str) -> None:
    """Where nothing else dates a dump, a line that is only a date above the headline does."""
    menu = "\n".join(f"Section {n}" for n in range(6))
    dump = f"{menu}\n\n14. Februar 2012\n\n{between}\n\nBudget approved\n\n{_BODY_EN * 4}"
    published = articlekit.extract(dump).metadata.published
    assert published is not None
    assert published.value.date() == date(2012, 2, 14)


def test_a_date_line_above_the_headline_over_a_date_in_the_prose() -> None:
    """A date the story's prose mentions is weaker than the page's date line over the headline."""
    prose = "Am 13. Dezember 2022 beginnt der Verkauf der neuen Karten in allen Filialen. "
    dump = (
        "Kultur\n\n6. Oktober 2022\n\nBy Jane Doe\n\n0 Comments\n\nLIKES\n\n"
        f"Budget approved\n\n{prose * 3}\n\n{_BODY_EN * 4}"
    )
    published = articlekit.extract(dump).metadata.published
    assert published is not None
    assert published.value.date() == date(2022, 10, 6)


def test_a_listings_date_lines_above_the_headline_date_no_article() -> None:
    """Teasers dated one by one above the headline (a "more on this" list) are other stories'."""
    teasers = "\n\n".join(
        f"Another story number {n}...\n\n{day}. März 2020" for n, day in enumerate((12, 11, 4))
    )
    last = "A last story title\n\nJane Doe\n\n© Foto: Example\n\nGesellschaft"
    dump = f"{teasers}\n\n{last}\n\nBudget approved\n\n{_BODY_EN * 4}"
    doc = articlekit.extract(dump, url="https://example.com/gesellschaft/budget-approved-2497954")
    assert doc.headline is not None
    assert doc.headline.text == "Budget approved"
    assert doc.metadata.published is None


@pytest.mark.parametrize(
    ("line", "body", "day"),
    [
        (
            "15 августа 2016, 13:43",
            "Во Франции с новой силой разгораются споры о том, что делать с людьми. ",
            date(2016, 8, 15),
        ),
        (
            "19 sierpnia 2020, 5:16",
            "Rada miasta przyjęła budżet po długiej debacie, która trwała do nocy. ",
            date(2020, 8, 19),
        ),
        (
            "Dzisiaj, 02-11-2023 13:29",
            "Rada miasta przyjęła budżet po długiej debacie, która trwała do nocy. ",
            date(2023, 11, 2),
        ),
        (
            "lassú kilábalás 2020. 08. 18. 21:35",
            "A városi tanács hosszú vita után elfogadta a költségvetést, amely éjszakáig tartott. ",
            date(2020, 8, 18),
        ),
    ],
)
def test_a_text_dumps_date_line_in_more_languages(line: str, body: str, day: date) -> None:
    """Date lines of Russian, Polish and Hungarian pages under their headline."""
    meta = articlekit.extract(f"Headline of the article\n\n{line}\n\n{body * 4}").metadata
    assert meta.published is not None
    assert meta.published.value.date() == day


_BODY_EN = "The council approved the new budget after a long debate that went on into the night. "


@pytest.mark.parametrize(
    ("line", "lang", "day"),
    [
        ("2016/03/14 10:00", "zh", date(2016, 3, 14)),  # the year first, East Asia's way
        ("입력 2016.03.14 20:27", "ko", date(2016, 3, 14)),
        ("2016년 3월 14일", "ko", date(2016, 3, 14)),
        ("2016. március 14.", "hu", date(2016, 3, 14)),
        ("التاريخ: 14 مارس 2016", "ar", date(2016, 3, 14)),
        ("١٤ مارس ٢٠١٦", "ar", date(2016, 3, 14)),  # Arabic-Indic digits
        ("تم نشره الجمعة 14 آذار / مارس 2016 09:22 مساءً", "ar", date(2016, 3, 14)),  # both names
        ("14 мар 2016", "ru", date(2016, 3, 14)),  # abbreviated
        ("14 Μαρ 2016", "el", date(2016, 3, 14)),
        ("14 במרץ 2016", "he", date(2016, 3, 14)),  # with the preposition
        ("14 tháng 3 năm 2016", "vi", date(2016, 3, 14)),
        ("วันที่ 14 มีนาคม 2559 เวลา 10:00 น.", "th", date(2016, 3, 14)),  # the Buddhist era
        ("14 Mei 2016 10:00", "ms", date(2016, 5, 14)),  # a language read by dateparser alone
        # an update's date first, the publication's after it
        ("Updated March 15, 2016 · Published March 14, 2016", "en", date(2016, 3, 14)),
    ],
)
def test_date_lines_as_the_world_writes_them(line: str, lang: str, day: date) -> None:
    """A date line under the headline, in the forms of more scripts and countries."""
    html = f'<html lang="{lang}"><body><h1>Budget</h1><p>{line}</p><p>{_BODY_EN * 4}</p>'
    published = articlekit.extract(html).metadata.published
    assert published is not None
    assert published.value.date() == day


@pytest.mark.parametrize(
    "text", ["See foobar.lu/wp/2012/05/13/packaging for more", "Races (2020/7/11-12) and more"]
)
def test_no_date_in_a_web_address_or_a_range(text: str) -> None:
    """A date in a link's path, or the first day of a range, is no date expression."""
    assert lex.DATE_EXPRESSION.search(text) is None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019", 19),
        ("Veröffentlicht am 18. November 2019", 18),
        ("New Delhi, News Bureau | Updated : 17 November 2019, 09:01 AM", 17),  # only its update
    ],
)
def test_a_labelled_date_line_far_from_the_headline(line: str, day: int) -> None:
    """A line that labels its date as the publication's dates a dump wherever it stands on top."""
    menu = "\n".join(f"Section {n}" for n in range(12))
    dump = f"{line}\n\n{menu}\n\nBudget approved\n\n{_BODY_EN * 4}"
    published = articlekit.extract(dump).metadata.published
    assert published is not None
    assert published.value.date() == date(2019, 11, day)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Published 1 day ago", 14),
        ("22 hours ago", 14),
        ("vor 2 Stunden", 15),
        ("Yesterday 2:45PM", 14),
        ("Published March 12, 2016 · 1 day ago", 12),  # a day of its own comes first
    ],
)
def test_a_relative_date_line_against_the_fetch_time(line: str, day: int) -> None:
    """A date line relative to now ("1 day ago") is a day against the time the page was fetched."""
    dump = f"Budget approved\n\n{line}\n\n{_BODY_EN * 4}"
    fetched = datetime(2016, 3, 15, 12, 0, tzinfo=UTC)
    published = articlekit.extract(dump, reference_time=fetched).metadata.published
    assert published is not None
    assert published.value.date() == date(2016, 3, day)


def test_a_relative_date_line_without_the_fetch_time_is_no_date() -> None:
    """Without the time the page was fetched, "1 day ago" names no day."""
    dump = f"Budget approved\n\nPublished 1 day ago\n\n{_BODY_EN * 4}"
    assert articlekit.extract(dump).metadata.published is None


def test_yesterday_in_a_sentence_is_no_date_line() -> None:
    """A standfirst that says "yesterday" is no date line."""
    dump = f"Budget approved\n\nThe council met yesterday.\n\n{_BODY_EN * 4}"
    fetched = datetime(2016, 3, 15, 12, 0, tzinfo=UTC)
    assert articlekit.extract(dump, reference_time=fetched).metadata.published is None


def test_a_date_line_without_its_year_takes_the_urls() -> None:
    """Advance Local's "Updated …; Posted Nov 18, …": the posting's day, in the URL's month."""
    body = "The band will stop at Blossom Music Center on July 22 during its reunion tour. " * 4
    dump = (
        f"Doobie Brothers to reunite\n\nUpdated Nov 19, 6:55 AM; Posted Nov 18, 6:51 AM\n\n{body}"
    )
    url = "https://www.cleveland.com/entertainment/2019/11/doobie-brothers-to-reunite.html"
    published = articlekit.extract(dump, url=url).metadata.published
    assert published is not None
    assert published.value.date() == date(2019, 11, 18)
    # another month than the URL's: the URL's month stands
    dump = f"Doobie Brothers to reunite\n\nPosted Oct 18, 6:51 AM\n\n{body}"
    published = articlekit.extract(dump, url=url).metadata.published
    assert published is not None
    assert published.value.date() == date(2019, 11, 1)


def test_every_date_language_is_one_dateparser_knows() -> None:
    """Every date language is a dateparser locale: it refuses a list with one it lacks ("no")."""
    from dateparser.languages.loader import default_loader  # noqa: PLC0415

    from articlekit.page import metadata  # noqa: PLC0415

    known = default_loader.get_locale_map()
    assert not [c for c in metadata._DATEPARSER_LANGUAGES if c not in known]
    assert all(c in known for c in DATEPARSER_CODES.values())


def test_a_page_declared_norwegian_reads_its_dates() -> None:
    """A page that declares lang="no" (dateparser's "nb") has its date line read."""
    html = f'<html lang="no"><body><h1>Budsjett</h1><p>14. mars 2016</p><p>{_BODY_EN * 4}</p>'
    published = articlekit.extract(html).metadata.published
    assert published is not None
    assert published.value.date() == date(2016, 3, 14)
