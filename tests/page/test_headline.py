"""The headline step on HTML signals and text dumps."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import articlekit
from _support import FIXTURES
from articlekit import from_html, from_text
from articlekit.page import find_layout
from articlekit.page._headings import _is_meta_line, headline_in
from articlekit.page.headline import find_headline

BODY = "<p>" + "The council approved the new budget on Tuesday after a long debate. " * 4 + "</p>"


def _headline(html: str, url: str | None = None) -> str | None:
    found = find_headline(from_html(html, url=url))
    return None if found is None else found.text


class TestHtml:
    def test_visible_heading_agreeing_with_signals(self) -> None:
        """The h1 that og:title and <title> agree on wins, with its span in the body."""
        html = (
            "<html><head><title>Council approves budget | Example News</title>"
            "<meta property='og:title' content='Council approves budget'></head><body>"
            "<h1>Example News</h1><h1>Council approves budget</h1>" + BODY + "</body></html>"
        )
        src = from_html(html)
        found = find_headline(src)
        assert found is not None
        assert found.text == "Council approves budget"
        assert "og:title" in found.signals
        assert (
            src.blocks[[src.slice(b.span) for b in src.blocks].index(found.text, 2)].span
            == found.span
        )

    def test_site_suffix_trimmed_from_meta_title(self) -> None:
        """Without a visible headline, the title minus the site name is used, as a sub-span."""
        html = (
            "<html><head><title>Council approves budget - Example News</title></head><body>" + BODY
        )
        found = find_headline(from_html(html, url="https://www.example-news.com/a"))
        assert found is not None
        assert found.text == "Council approves budget"

    def test_site_name_first(self) -> None:
        """A "Site | Headline" title keeps the headline side."""
        title = "examplenews | Budget approved after long debate"
        html = f"<html><head><title>{title}</title></head><body>{BODY}"
        assert _headline(html, "https://examplenews.com/x") == "Budget approved after long debate"

    def test_kicker_in_heading(self) -> None:
        """A heading with a kicker keeps the part the signals agree on."""
        headline = "Council approves budget after long debate"
        html = (
            f"<html><head><meta property='og:title' content='{headline}'></head>"
            f"<body><h1>Local politics: {headline}</h1>{BODY}"
        )
        assert _headline(html) == "Council approves budget after long debate"

    def test_markup_heading_ignored(self) -> None:
        """A heading made of escaped markup is not a headline."""
        html = "<html><body><h1>&lt;div class='x'&gt;</h1><h1>Budget approved</h1>" + BODY
        assert _headline(html) == "Budget approved"


def _dump_headline(menu: str, title: str, below: str, sentence: str) -> str | None:
    """The headline of a dump: a menu, the title, a line below it, two paragraphs of prose."""
    found = _dump_headline_and_slice(menu, title, below, sentence)
    return found[0] if found is not None else None


def _dump_headline_and_slice(
    menu: str, title: str, below: str, sentence: str, url: str | None = None
) -> tuple[str, str] | None:
    """As :func:`_dump_headline`, with the source text its span covers."""
    body = "\n\n".join([sentence * 3] * 2)
    source = from_text(f"{menu}\n\n{title}\n\n{below}\n\n{body}", url=url)
    found = find_headline(source)
    return (found.text, source.slice(found.span)) if found is not None else None


class TestText:
    def test_repeated_first_line(self) -> None:
        """A dump that repeats its title line (title + heading) yields that line."""
        body = "The council approved the new budget on Tuesday after a long debate. " * 3
        dump = f"Budget approved\n\nBudget approved\n{body}"
        found = find_headline(from_text(dump))
        assert found is not None
        assert found.text == "Budget approved"

    def test_line_above_date_and_byline(self) -> None:
        """The headline sits above the date and byline, not below the menu."""
        body = "\n\n".join(
            ["The council approved the new budget on Tuesday after a long debate. " * 3] * 2
        )
        top = "Home\nNews\nSport\n\nCouncil approves the budget\n\n"
        dump = f"{top}Feb 14, 2016 10:47 AM EST\nBy Jane Doe\n\n{body}"
        found = find_headline(from_text(dump))
        assert found is not None
        assert found.text == "Council approves the budget"

    def test_a_dated_headline_line(self) -> None:
        """'23.01.2022 - Headline': the title after its date, with a span on the title alone."""
        sentence = (
            "Die Lokalmatadorin holte sich nach einer starken Vorstellung den Sieg am Sonntag. "
        )
        title = "Dorothea Wierer darf beim Antholz-Abschluss noch jubeln"
        url = "https://www.example.it/de/news/23-01-2022-dorothea-wierer-darf-beim-antholz-abschluss-noch-jubeln/17.html"
        found = _dump_headline_and_slice(
            "Startseite\nNews", f"23.01.2022 - {title}", "Mit Freunden teilen", sentence, url
        )
        assert found == (title, title)

    @pytest.mark.parametrize("bullet", ["* ", "+ ", "• "])
    def test_a_bulleted_headline_line(self, bullet: str) -> None:
        """A dump prints a list item's bullet (inscriptis' "* " and "+ "): the title is after it."""
        sentence = (
            "The bar opened in 1850 and has served the same cocktail ever since, locals say. "
        )
        title = "Sazerac - all about the cocktail classic from New Orleans"
        url = "https://www.example.com/drinks/sazerac-cocktail-classic-new-orleans/"
        found = _dump_headline_and_slice("Home\nDrinks", bullet + title, "Share", sentence, url)
        assert found == (title, title)

    def test_headline_opening_with_an_article(self) -> None:
        """'Le ministre …' is a headline: 'le' opens a dateline only with its date."""
        title = "Le ministre de la Santé sommé de démissionner"
        sentence = "Le Premier ministre a demandé vendredi la démission du ministre de la Santé. "
        found = _dump_headline("Accueil\nEurope", title, "le 14 février 2020 à 10:47", sentence)
        assert found == title

    def test_headline_of_reported_speech(self) -> None:
        """'…, Austria says' is a headline; a short 'Jane Doe says:' is a comment's header."""
        sentence = "The building in Braunau am Inn has been at the centre of a long dispute. "
        title = "House Hitler was born in will become a police station, Austria says"
        found = _dump_headline("World\nPolitics", title, "Nov. 19, 2019, 4:53 PM UTC", sentence)
        assert found == title
        header = "Jane Doe says:"
        assert _dump_headline("Menu", header, "", sentence) != header

    def test_cjk_full_stop_ends_a_sentence_not_a_title(self) -> None:
        """A line ending in '。' is a sentence (a lead), not the title above it."""
        lead = "先日、改造したiPhoneを販売したとして、商標法違反の疑いで男性が逮捕されました。"
        sentence = "改造した商品を販売すると、商標法違反になる場合があります。" * 2
        title = "商品の改造が商標法違反に！？"
        assert _dump_headline("ホーム\nコラム", title, lead, sentence) == title

    def test_nothing_title_like(self) -> None:
        """No headline is a value (None), not an error."""
        assert find_headline(from_text("")) is None


class TestHtmlSignals:
    def test_logo_heading_loses_to_article_heading(self) -> None:
        """An h1 naming the site (the title's last part) loses to the article's h1."""
        html = (
            "<html><head><title>Stone tools of the Neanderthals | Stone Age Blog</title></head>"
            "<body><div class='logo'><h1>Stone Age Blog</h1></div>"
            "<div id='content'><h1>Stone tools of the Neanderthals</h1>" + BODY + "</div>"
        )
        assert _headline(html) == "Stone tools of the Neanderthals"

    def test_logo_h1_loses_to_the_articles_h2(self) -> None:
        """A template's h1 logo (the title's shorter last part) loses to the entry's h2."""
        html = (
            "<html><head><title>Stone tools of the Neanderthals | Stone Age Blog</title></head>"
            "<body><header><h1 class='site-title'><a href='/'>Stone Age Blog</a></h1></header>"
            "<article><h2 class='post'>Stone tools of the Neanderthals</h2>" + BODY + "</article>"
        )
        assert _headline(html) == "Stone tools of the Neanderthals"

    @pytest.mark.parametrize(
        ("heading", "expected"),
        [
            # broken by <br> where the title says it whole: the whole heading
            (
                "Stone tools of the<br>Neanderthals in the valley",
                "Stone tools of the\nNeanderthals in the valley",
            ),
            # a kicker before a colon, or a date: the headline line only
            ("Archaeology:<br>Stone tools of the Neanderthals", "Stone tools of the Neanderthals"),
        ],
    )
    def test_a_heading_on_two_lines(self, heading: str, expected: str) -> None:
        """A <br> inside the headline breaks a line; a kicker's line is set apart."""
        html = (
            "<html><head><title>Stone tools of the Neanderthals in the valley | Stone Age Blog"
            "</title><meta property='og:title' content='Archaeology: Stone tools of the "
            "Neanderthals'></head><body><article><h1>" + heading + "</h1>" + BODY + "</article>"
        )
        assert _headline(html) == expected

    @pytest.mark.parametrize(
        ("title", "agrees"),
        [
            ("BDZV: Olafur Eliasson designs the front page", True),  # the site's name, a colon
            ("Art: Olafur Eliasson designs the front page", False),  # a kicker is no site name
        ],
    )
    def test_title_after_the_site_and_a_colon_agrees(self, title: str, *, agrees: bool) -> None:
        """A "Site: Headline" title holds the headline after the colon; other colons do not part.

        The og:title names the section ("Press releases"), so only <title> can confirm the h1.
        """
        html = (
            f"<html><head><title>{title}</title><meta property='og:title' content='Press releases'>"
            "<meta property='og:site_name' content='BDZV'></head><body>"
            "<h1>Olafur Eliasson designs the front page</h1>" + BODY
        )
        found = find_headline(from_html(html, url="https://www.bdzv.de/presse/olafur-eliasson"))
        assert found is not None
        assert found.text == "Olafur Eliasson designs the front page"
        assert ("title" in found.signals) is agrees

    def test_archived_url_uses_the_original_host(self) -> None:
        """web.archive.org snapshots are judged by the archived site's name."""
        html = (
            "<html><head><title>Budget approved after debate - Citynews</title></head><body>" + BODY
        )
        url = "https://web.archive.org/web/20200101000000/https://www.citynews.example/a"
        assert _headline(html, url) == "Budget approved after debate"

    def test_heading_agrees_with_longer_meta_title(self) -> None:
        """A heading that the og:title merely extends ("…, Thailand") agrees with it."""
        html = (
            "<html><head><meta property='og:title' content='Rider flies to Singapore, Thailand'>"
            "</head><body><h1>Bangkok</h1><h1>Rider flies to Singapore</h1>" + BODY
        )
        assert _headline(html) == "Rider flies to Singapore"

    def test_opening_heading_without_signals_agreeing(self) -> None:
        """With nothing agreeing and no h1, the heading opening the body is used."""
        html = (
            "<html><head><title>Fire brigade - Training</title></head><body>"
            "<h2>Boat service training</h2>" + BODY
        )
        assert _headline(html) == "Boat service training"

    def test_template_title_class_is_a_heading(self) -> None:
        """A block a CMS template names as the entry's title (hAtom ``entry-title``) is one."""
        for cls in ("entry-title", "post-title", "page-title", "article_headline", "headline"):
            html = (
                "<html><head><title>Salsa figures - Rueda in Berlin</title></head><body>"
                f"<div class='{cls}'>Enchufla figures</div>{BODY}"
            )
            found = find_headline(from_html(html))
            assert found is not None, cls
            assert found.text == "Enchufla figures", cls
            assert found.signals[0] == "entry-title"

    def test_teaser_headline_classes_are_not_the_title_class(self) -> None:
        """BEM children of a teaser ("c-teaser__headline") are not the entry's title."""
        html = (
            "<html><head><title>Budget approved</title></head><body>"
            f"<div class='c-teaser__headline'>Another story</div>{BODY}"
        )
        assert _headline(html) == "Budget approved"

    def test_section_heading_sharing_no_word_with_the_title_is_not_the_headline(self) -> None:
        """A heading that shares no word with the declared title and has sibling sections.

        Readability's ``lazy-image-3`` case: no h1, ``<h2>Test Case 1</h2>`` opening the body
        and ``<h2>Test Case 2</h2>`` further down.
        """
        title = "Lazy Load with Alt includes jpg/png/webp extensions"
        html = (
            f"<html><head><title>{title}</title></head><body>"
            f"<h2>Test Case 1</h2>{BODY}<h2>Test Case 2</h2>{BODY}"
        )
        assert _headline(html) == title
        # A lone h2 opening the body is the page's own title, whatever it says.
        lone = f"<html><head><title>{title}</title></head><body><h2>Test Case 1</h2>{BODY}"
        assert _headline(lone) == "Test Case 1"

    def test_heading_in_another_script_than_the_title_is_kept(self) -> None:
        """Words too short to compare (or none at all) leave the opening heading in place."""
        html = (
            "<html><head><title>Fire brigade drill</title></head><body>"
            f"<h2>東京 消防訓練</h2>{BODY}<h2>消防車</h2>{BODY}"
        )
        assert _headline(html) == "東京 消防訓練"


def test_text_dump_uses_the_url_slug() -> None:
    """A line the URL's path spells wins, even far above the body (umlauts folded)."""
    body = "\n\n".join(
        ["Die Ortsgruppe hat am Freitag an der großen Demonstration teilgenommen. " * 3] * 2
    )
    dump = (
        "Wir unterstützen Fridays for Future\n\nStartseite\nTermine\nKontakt\nImpressum\n"
        "Datenschutz\nNeueste Beiträge\nStammtisch am Donnerstag\n\n" + body
    )
    url = "https://example.org/2019/09/21/wir-unterstuetzen-fridays-for-future/"
    found = find_headline(from_text(dump, url=url))
    assert found is not None
    assert found.text == "Wir unterstützen Fridays for Future"


def test_a_cyrillic_headline_matches_its_transliterated_slug() -> None:
    """A Cyrillic headline matches the URL slug that transliterates it (wday.ru, scrapinghub).

    Without the match, a question repeated in each part of that interview series, right above
    the page's longest answers, read as the headline, and everything above it was lost.
    """
    from articlekit.page._headings import _SLUG_MATCH  # noqa: PLC0415
    from articlekit.page._urls import slug_words  # noqa: PLC0415
    from articlekit.page._words import fold, overlap  # noqa: PLC0415

    url = "http://www.wday.ru/articles/mastera-vkusa-i-krasotyi-23-samyih-krutyih-fudblogera-po-versii-wday-ru-id119898"
    title = "Мастера вкуса: 23 самых крутых фудблогера по версии Wday.ru"
    assert overlap(fold(title), slug_words(url)) >= _SLUG_MATCH
    question = "Что вас вдохновило на создание кулинарной страницы?"
    assert overlap(fold(question), slug_words(url)) < _SLUG_MATCH


def test_text_dump_section_word_in_the_url_is_not_the_headline() -> None:
    """A one-word section label the URL also spells ("/politics/") loses to the headline.

    From latimes.com (trafilatura dev set, text mode).
    """
    body = "\n\n".join(
        ["In politics, Bloomberg faces questions about his record before the Las Vegas vote. " * 3]
        * 2
    )
    dump = (
        "Sections\nCalifornia\nPolitics\nSports\n\nPolitics\n\n"
        "As his first debate nears, Bloomberg is having to answer about his past\n\n"
        "Michael R. Bloomberg campaigns in Houston last week.\n"
        "(Elizabeth Conley / Houston Chronicle)\n\nBy Evan Halper Staff Writer\nFeb. 19, 2020\n\n"
        + body
    )
    url = "https://www.latimes.com/politics/story/2020-02-19/mike-bloomberg-debate-past"
    found = find_headline(from_text(dump, url=url))
    assert found is not None
    assert found.text.startswith("As his first debate nears")


def test_slug_words_come_from_the_slug_not_the_sections() -> None:
    """Single-word directories name sections; the segment spelling several words is the slug."""
    from articlekit.page._urls import slug_words  # noqa: PLC0415

    assert slug_words(
        "https://www.lastampa.it/cronaca/2020/02/19/news/temperature-in-calo-in-tutta-italia-1.3848"
    ) == {"temperature", "calo", "tutta", "italia", "3848"}
    # No segment spells several words: every word of the path counts, as before.
    assert slug_words("https://example.com/politics/") == {"politics"}
    assert slug_words("https://world.kbs.co.kr/service/news_view.htm?lang=e") == {
        "service",
        "news",
        "view",
    }
    assert slug_words("https://x.de/2019/09/wir-unterstuetzen-fff/") == {"unterstuetzen"}
    assert slug_words(None) == set()


def test_text_dump_section_label_spelled_by_a_directory_is_not_the_headline() -> None:
    """A two-word section label ("Top News") whose word is a directory of the URL ("/news/").

    From lastampa.it (trafilatura dev set, text mode): the label took the slug's full credit.
    """
    body = "\n\n".join(
        ["Le temperature restano alte al Nord mentre il Centro e il Sud vedono il calo. " * 3] * 2
    )
    dump = (
        "Menu Top News\n\nTop News\n\nCronaca\nPolitica\nEsteri\n\nTop News\n\n"
        "Perturbazione polare al Centro e al Sud, il Nord mantiene temperature alte\n\n" + body
    )
    url = (
        "https://www.lastampa.it/cronaca/2020/02/19/news/temperature-in-calo-in-tutta-italia-1.3848"
    )
    found = find_headline(from_text(dump, url=url))
    assert found is not None
    assert found.text.startswith("Perturbazione polare")


def test_text_headline_drops_a_repeated_kicker() -> None:
    body = "Sie wollen Ihren Biomüll kompostieren, Ihr Garten ist aber nicht groß genug. " * 4
    doc = articlekit.extract("Menu\n\nWurmkiste Wurmkiste selber bauen\n\n" + body)
    assert doc.headline is not None
    assert doc.headline.text == "Wurmkiste selber bauen"
    assert doc.text_of(doc.headline.span) == doc.headline.text


def test_text_headline_expands_a_truncated_teaser() -> None:
    from articlekit.page._headings import _tidy  # noqa: PLC0415

    text = "«Wir waren fast 40 Tage in...\n\nMenü\n«Wir waren fast 40 Tage in Quarantäne»\n\nText"
    source = articlekit.from_text(text)
    short = articlekit.Headline(span=articlekit.Span(0, 29), text=text[:29])
    tidy = _tidy(source, short)
    assert tidy.text == "«Wir waren fast 40 Tage in Quarantäne»"
    assert source.slice(tidy.span) == tidy.text


@given(st.text(st.characters(exclude_categories=["Cs"]), max_size=30))
def test_fold_drops_every_combining_mark_and_nothing_else(text: str) -> None:
    """``fold`` is case folding, the German/Nordic folds, NFKD and no combining marks.

    Its shortcuts (ASCII, a table filled as characters turn up) give that definition's result.
    """
    from articlekit._text import _FOLDS, fold  # noqa: PLC0415

    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLDS))
    assert fold(text) == "".join(c for c in decomposed if not unicodedata.combining(c))


def test_fold_spells_words_as_slugs_do() -> None:
    """Accents go, and the German and Nordic letters take their slug spelling."""
    from articlekit.page._words import fold  # noqa: PLC0415

    assert fold("Résumé Zürich Ærø") == "resume zuerich aero"
    # Cyrillic as slugs transliterate it (Russian, Ukrainian, Serbian letters)
    assert fold("Мастера вкуса, Їжак, Ђоковић") == "mastera vkusa, yizhak, djokovic"


@given(
    st.text(st.sampled_from("abcdeé ßSK\u212a-\u0301"), max_size=40),
    st.sets(st.text(st.sampled_from("abcdes"), min_size=1, max_size=6), max_size=6),
)
def test_overlap_shortcut_gives_the_full_count(text: str, vocabulary: set[str]) -> None:
    """A small vocabulary none of whose words occurs skips the split, with the same share."""
    from articlekit.page._words import overlap  # noqa: PLC0415

    words = [w for w in re.findall(r"\w+", text.casefold()) if len(w) >= 4]
    expected = sum(w in vocabulary for w in words) / len(words) if words else 0.0
    assert overlap(text, vocabulary) == expected


class TestDeclaredTitles:
    """Conventions for pages whose visible headings and declared titles disagree (issue 18)."""

    def test_agreed_metadata_beats_an_in_body_subheading(self) -> None:
        """<title> and JSON-LD agree; the h2 that opens the body is a subheading, not the title."""
        ld = (
            '<script type="application/ld+json">'
            '{"@type": "NewsArticle", "headline": "Council approves budget"}</script>'
        )
        html = (
            "<html><head><title>Council approves budget | Example News</title>" + ld + "</head>"
            "<body><article><h2>What happens next</h2>" + BODY + "</article></body></html>"
        )
        assert _headline(html) == "Council approves budget"

    def test_a_section_name_in_the_title_gives_way_to_the_agreed_heading(self) -> None:
        """'Economia' of '<headline> - Economia - iG' in the header; the h1 everyone declares.

        The case of economia.ig.com.br (headline sample batch 6): a short paragraph of the
        header made the article's region start above the h1.
        """
        headline = "Agronegócio quer salvar relação com a China"
        html = (
            f"<html><head><title>{headline} - Economia - iG</title>"
            f"<meta property='og:title' content='{headline}'>"
            f"<meta name='twitter:title' content='{headline}'></head><body>"
            "<header><h3>Economia</h3><p>Representantes do setor enviam carta à embaixada "
            "chinesa classificando as declarações do deputado como um ato isolado.</p></header>"
            f"<main><h1>{headline}</h1>" + BODY + "</main></body></html>"
        )
        assert _headline(html) == headline

    def test_a_menu_heading_naming_the_titles_section_gives_way_to_the_h1(self) -> None:
        """'Site - Aktuelles - Headline' is the only declared title: the h1 says its long part.

        The menu's 'Aktuelles' heading agrees with a one-word part of the title, and a paragraph
        above the h1 starts the article's region there (bundespolizei.de, headline batch 5).
        """
        headline = "Migration über Polen nimmt deutlich zu"
        html = (
            f"<html><head><title>Polizei - Aktuelles - {headline}</title></head><body>"
            "<div class='menu'><h3>Service</h3><h3>Aktuelles</h3><h3>Karriere</h3></div>"
            "<div class='content'><p>"
            + "Die Zahl der Feststellungen an der Grenze ist im Oktober erneut gestiegen. " * 6
            + f"</p><h1>{headline}</h1>"
            + BODY
            + "</div></body></html>"
        )
        assert _headline(html) == headline

    def test_a_tagline_after_the_declared_title_stays_in_the_heading(self) -> None:
        """'Headline: einfach köstlich!' is the heading as shown; 'Kicker: Headline' is cut."""
        title = "<title>Saftiger Zitronenkuchen vom Blech | Backen macht glücklich</title>"
        tagline = (
            f"<html><head>{title}</head><body><article><h1>Saftiger Zitronenkuchen vom Blech: "
            "einfach köstlich!</h1>" + BODY + "</article></body></html>"
        )
        assert _headline(tagline) == "Saftiger Zitronenkuchen vom Blech: einfach köstlich!"
        kicker = tagline.replace(
            "Saftiger Zitronenkuchen vom Blech: einfach köstlich!",
            "Backen im Sommer: Saftiger Zitronenkuchen vom Blech",
        )
        assert _headline(kicker) == "Saftiger Zitronenkuchen vom Blech"

    def test_social_cards_alone_do_not_count_as_agreement(self) -> None:
        """og:title and twitter:title copy each other: the h2 opening the body still wins."""
        html = (
            "<html><head><title>Mrs Doe reviewed example.com</title>"
            "<meta property='og:title' content='Mrs Doe gave example.com 5 stars'>"
            "<meta name='twitter:title' content='Mrs Doe gave example.com 5 stars'></head>"
            "<body><h2>It has changed my life</h2>" + BODY + "</body></html>"
        )
        assert _headline(html) == "It has changed my life"

    def test_lone_word_h1_yields_to_the_title(self) -> None:
        """A one-word h1 (a logo, a section, a fixture's 'Lorem') is not the headline."""
        html = (
            "<html><head><title>Base URL test</title></head><body><article><h1>Lorem</h1>"
            + BODY
            + "</article></body></html>"
        )
        assert _headline(html) == "Base URL test"

    def test_lone_word_h1_yields_to_a_two_word_title(self) -> None:
        """Two words are a title too ("RTL Test" over an h1 "Lorem")."""
        html = (
            "<html><head><title>RTL Test</title></head><body><article><h1>Lorem</h1>"
            + BODY
            + "</article></body></html>"
        )
        assert _headline(html) == "RTL Test"

    def test_placeholder_h1_yields_to_the_title(self) -> None:
        """A template's placeholder h1 ("Lorem ipsum dolor") is no headline under a title."""
        html = (
            "<html><head><title>Share buttons removal test</title></head><body><article>"
            "<h1>Lorem ipsum dolor</h1>" + BODY + "</article></body></html>"
        )
        assert _headline(html) == "Share buttons removal test"
        # Without a declared title the placeholder is all the page says.
        untitled = html.replace("<title>Share buttons removal test</title>", "")
        assert _headline(untitled) == "Lorem ipsum dolor"

    def test_declared_title_points_at_its_visible_heading(self) -> None:
        """Past a lone-word h1 and a lead, the h2 the <title> agrees with is the headline."""
        lead = "<p>" + "A lead paragraph that sits above the real headline on this page. " * 2
        html = (
            "<html><head><title>Council approves budget</title></head><body><h1>News</h1>"
            + lead
            + "</p><h2>Council approves budget</h2>"
            + BODY
            + "</body></html>"
        )
        found = find_headline(from_html(html))
        assert found is not None
        assert found.signals[0] == "h2"
        assert found.text == "Council approves budget"

    def test_lone_word_h1_kept_without_a_declared_title(self) -> None:
        """Without any declared title, the visible h1 is all there is."""
        assert _headline("<html><body><h1>Oppenheimer</h1>" + BODY + "</body></html>") == (
            "Oppenheimer"
        )

    def test_permalink_mark_is_trimmed(self) -> None:
        """Documentation generators end headings with '¶': the headline leaves it out."""
        html = (
            "<html><head><title>Installing the tool — Docs</title></head><body>"
            "<h1>Installing the tool<a class='headerlink' href='#x'>¶</a></h1>" + BODY + "</body>"
        )
        found = find_headline(from_html(html))
        assert found is not None
        assert found.text == "Installing the tool"


def test_a_kicker_inside_the_heading_is_not_the_headline() -> None:
    """News templates put a topic line in the h1 ("kicker", "roofline"): the title is the rest."""
    zeit = (
        "<html><head><title>Bohren, bis es heiß wird | Die Zeit</title></head><body>"
        "<h1 class='article-heading'><span class='article-heading__kicker'>Klimaschutz</span>"
        "<span class='visually-hidden'>: </span>"
        "<span class='article-heading__title'>Bohren, bis es heiß wird</span></h1>" + BODY
    )
    assert _headline(zeit) == "Bohren, bis es heiß wird"
    roofline = (
        "<html><body><h1 class='entry-title'><span class='roofline'>Immobilienkrise </span>"
        "Signa in Sorge – Finanzdaten und Berater-Auftrag</h1>" + BODY
    )
    assert _headline(roofline) == "Signa in Sorge – Finanzdaten und Berater-Auftrag"
    dash = (
        "<html><body><h1><span class='kicker'>Corona-Pandemie</span> - „Es kommt darauf an,"
        " wie die Menschen sterben“</h1>" + BODY
    )
    assert _headline(dash) == "„Es kommt darauf an, wie die Menschen sterben“"
    page = from_html(roofline)
    kicker = next(b for b in page.blocks if page.slice(b.span) == "Immobilienkrise")
    assert kicker.kind is not articlekit.BlockKind.HEADING


def test_a_heading_that_is_all_kicker_stays_whole() -> None:
    html = (
        "<html><body><h1><span class='kicker'>Council approves the budget</span></h1>"
        + BODY
        + "</body></html>"
    )
    assert _headline(html) == "Council approves the budget"


def test_the_site_name_in_the_title_does_not_make_the_logo_the_headline() -> None:
    """'seelenradio » Nummer zwei: Leo': the h1 logo agrees with the title's site part only."""
    html = (
        "<html><head><title>seelenradio » Nummer zwei: Leo</title></head><body>"
        "<div id='header'><h1>seelenradio</h1></div>"
        "<div class='post'><h2 class='posttitle'>Nummer zwei: Leo</h2>" + BODY + "</div>"
    )
    assert _headline(html, "https://seelenradio.de/2009/nummer-zwei/") == "Nummer zwei: Leo"


@pytest.mark.parametrize("page", sorted(FIXTURES.glob("*/input.html")), ids=lambda p: p.parent.name)
def test_layout_guess_is_the_headline_for_the_same_bounds(page: Path) -> None:
    """Where the article is expected from the core on, the layout's guess is the answer.

    The headline step takes it then instead of looking again; looking again finds the same.
    """
    source = from_html(page.read_bytes())
    layout = find_layout(source)
    core = layout.core
    bounds = layout.article
    if bounds is None and core is not None:
        bounds = (layout.blocks[core[0]].block.span, layout.blocks[core[1]].block.span)
    found = find_headline(source, layout=layout)
    assert found == headline_in(source, bounds, into_body=True)
    assert found is not None


def test_a_page_without_its_url_is_known_by_its_canonical_url() -> None:
    """'energiesparer.de | Gaspreise …' read without a URL: the canonical link names the site."""
    html = (
        "<html><head><title>energiesparer.de | Gaspreise steigen weiter</title>"
        "<link rel='canonical' href='https://www.energiesparer.de/preise/gas'></head><body><p>"
        + "Die Preise für Gas sind im Winter erneut gestiegen, sagen Verbraucherschützer. " * 5
        + "</p></body></html>"
    )
    assert _headline(html) == "Gaspreise steigen weiter"


@pytest.mark.parametrize(
    ("line", "meta"),
    [
        ("Le ministre de la Santé sommé de démissionner", False),
        ("El Santo: Glasgow’s Latin American delight", False),
        ("Il governo cade in Senato", False),
        ("On the road again", False),
        ("le 14 février 2020 à 10:47", True),
        ("am 31. Januar 2022 um 14:30 Uhr", True),
        ("on March 3, 2021", True),
        ("Le ministre démissionne | Le Monde", True),
        ("Veröffentlicht am 12.03.2020", True),
        ("By Jane Doe", True),
    ],
)
def test_dateline_openings_need_their_date(line: str, *, meta: bool) -> None:
    """A line is metadata by its dates, bylines and marks, not by opening with 'le' or 'on'."""
    assert _is_meta_line(line, len(line.split())) is meta


@pytest.mark.parametrize(
    ("line", "meta"),
    [
        ("Coronavirus in Bihar: record 749 cases, lockdown from July 10 in Patna", False),
        ("Bericht zur Coronalage vom 22.04.2020 – worauf wartet die Politik?", False),
        ("Varanasi Bureau Updated Thu, 16 Apr 2020 01:00 AM IST", True),
        ("1. Februar 2022 Bundesministerin Raab stellt den Plan vor", True),
        ("Montag, 31. Januar 2022, 10:00 Uhr", True),
        # a year and a clock time date a short line whatever language names the month
        # (newspaper4k's test page arabic_article.html, its dateline above the story)
        ("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)", True),
        ("Live: the 2024 results as they come in", False),
    ],
)
def test_a_title_that_names_a_date_is_no_dateline(line: str, *, meta: bool) -> None:
    """A dateline is mostly its date, opens with it or says it ("Updated"); a title names one.

    "… lockdown from July 10" is a headline with a date in it: three or more words before the
    date and more than six besides it, and no word that publishes ("Updated", "Stand").
    """
    assert _is_meta_line(line, len(line.split())) is meta


def test_a_line_inside_the_body_shares_no_words_with_itself() -> None:
    """A candidate line inside the body region is compared with the region's other words.

    Counting its own words made any line there share all of them with the body: on
    newspaper4k's test page japanese_article2.html the share line under the dateline
    ("このニュースをシェア") beat the headline above it.
    """
    from collections import Counter  # noqa: PLC0415

    from articlekit.page._headings import _without  # noqa: PLC0415

    region = Counter({"share": 1, "this": 1, "news": 1, "rockets": 3, "fired": 2})
    assert _without(region, "Share this news") == {"rockets", "fired"}
    # a word the region also writes elsewhere still counts
    assert _without(region, "Rockets fired") == {"share", "this", "news", "rockets", "fired"}


def test_a_text_dump_headline_over_its_byline_is_found_far_above_the_body() -> None:
    """A headline over its "By" byline is a candidate however far above the body it stands.

    It beats the teaser right above the body, whatever lies between (a video player's
    playlist). After newspaper4k's test pages cnn_002.html and cnn_article.html, as dumps.
    """
    playlist = "\n".join(
        f"Video {k}\nNow playing\n0{k % 10}:1{k % 10}\nWatch the clip of the day {k}"
        for k in range(1, 12)
    )
    paragraphs = (
        (
            "A strong storm struck much of the eastern United States on Wednesday, complicating"
            " holiday plans for millions of travellers who had hoped to reach their families."
        ),
        (
            "Forecasters said the storm would move out to sea overnight, leaving clear skies and"
            " calm winds for the travellers who set out on Thursday, the busiest day of the year."
        ),
        (
            "Airlines relaxed their travel policies and let passengers change their tickets"
            " without a fee, while rail operators added trains on the busiest routes."
        ),
    )
    body = "\n\n".join(paragraphs)
    dump = (
        "Home\n\nWorld\n\nTravel\n\nAfter storm, forecasters see smooth sailing for the holiday"
        "\n\nBy Dana Ford and Tom Watkins, CNN\n\nNovember 28, 2013\n\n"
        f"{playlist}\n\nBalloons of the parade still up in the air\n\n{body}"
    )
    found = find_headline(from_text(dump))
    assert found is not None
    assert found.text == "After storm, forecasters see smooth sailing for the holiday"
