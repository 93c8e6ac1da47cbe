"""Authors, dates, site and title from page conventions: markup, JSON-LD, bylines, URLs."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import ClassVar

import lxml.html
import pytest

import articlekit
from articlekit import _render
from articlekit._dates import parse_date, parse_numeric_date
from articlekit._markup import markup_values
from articlekit.model import Granularity
from articlekit.page._authors import _names

BODY = "<p>" + "The council approved the new budget after a long debate. " * 5 + "</p>"


def _meta(html: str, url: str | None = None) -> articlekit.Metadata:
    return articlekit.extract(html, url=url).metadata


def _published_day(html: str) -> str | None:
    """The published day the page's metadata gives, as ``YYYY-MM-DD``."""
    published = _meta(html).published
    return published.value.date().isoformat() if published else None


def _with_jsonld(ld: str, headline: str = "X") -> str:
    """A page whose head holds the JSON-LD ``ld``, with a headline and a body."""
    return (
        f'<html><head><script type="application/ld+json">{ld}</script></head><body>'
        f"<h1>{headline}</h1>{BODY}"
    )


def _authors(html: str, url: str | None = None) -> list[str]:
    return [a.value for a in _meta(html, url).authors]


class TestMarkupValues:
    """What the markup scan renders as META hints."""

    def _values(self, body: str) -> list[tuple[str, str]]:
        root = lxml.html.fromstring(f"<html><body>{body}</body></html>")
        scan = _render._scan(root)
        return list(markup_values(scan.cues, links=scan.links))

    def test_bloggers_posts_widget_is_no_sidebar(self) -> None:
        """Blogger holds its posts in the "Blog" widget; a sidebar widget's author stays out."""
        post = (
            '<div class="widget Blog" id="Blog1"><div class="post hentry">'
            '<span class="post-author vcard">Posted by <span class="fn" itemprop="author">'
            '<span itemprop="name">Jane Doe</span></span></span></div></div>'
        )
        sidebar = '<div class="widget Profile"><span class="author">Max Roe</span></div>'
        values = self._values(post + sidebar)
        assert ("itemprop:author", "Jane Doe") in values
        assert all("Max Roe" not in value for _, value in values)

    def test_rel_itemprop_and_byline_class(self) -> None:
        """rel=author, itemprop=author (its nested name) and byline classes are found."""
        values = self._values(
            '<a rel="author" href="/a">Jane Doe</a>'
            '<div itemprop="author"><img alt="x"><span itemprop="name">Max Roe</span></div>'
            '<p class="c-byline__author">By Ann Lee</p>'
        )
        assert ("rel:author", "Jane Doe") in values
        assert ("itemprop:author", "Max Roe") in values
        assert ("markup:author", "By Ann Lee") in values

    @pytest.mark.parametrize(
        "body",
        [
            '<div class="comment-list"><span class="author">Troll</span></div>',
            '<figure><div class="author">Photo Person</div></figure>',
            '<div class="quote"><p class="quote-author">Quoted Person</p></div>',
            '<div class="sidebar"><div class="author">Sidebar Person</div></div>',
            '<div class="author-avatar">Avatar Person</div>',
        ],
        ids=["comments", "figure", "quote", "sidebar", "avatar"],
    )
    def test_not_the_articles_author(self, body: str) -> None:
        """Names in comments, figures, quotes, sidebars and author photos are not bylines."""
        assert [h for h, _ in self._values(body) if "author" in h] == []

    def test_sidebar_inside_the_article_is_its_margin(self) -> None:
        """A byline in a sidebar column of the <article> itself is the article's."""
        values = self._values(
            '<article><div class="Tech-Sidebar"><span class="Tech-Author">Por Alberto Ávila'
            "</span></div><p>Text</p></article>"
        )
        assert ("markup:author", "Por Alberto Ávila") in values

    def test_layout_classes_are_not_a_sidebar(self) -> None:
        """A wrapper whose class describes the page layout ("has-sidebar") hides nothing.

        A sidebar element still does.
        """
        values = self._values(
            '<div class="layout-two-columns-right-sidebar has-sidebar">'
            '<time datetime="2021-11-25 16:11">25. November 2021</time>'
            '<div class="right-sidebar"><time datetime="2022-01-10">10 Jan</time></div></div>'
        )
        assert values == [("time", "2021-11-25 16:11")]

    def test_test_id_names_a_date(self) -> None:
        """React sites name the date element by its test id; the element's text is the date."""
        values = self._values('<span data-testid="article-details-date">3.11.2023</span>')
        assert values == [("markup:date", "3.11.2023")]

    def test_time_elements(self) -> None:
        """<time> with pubdate / hAtom classes says which date it is; others are plain."""
        values = self._values(
            '<time class="updated" datetime="2020-05-02T10:00">May 2</time>'
            '<time pubdate datetime="2020-05-01T10:00">May 1</time>'
            '<abbr class="published" title="2020-04-30T08:00:00">April 30</abbr>'
            '<time datetime="2020-04-29">April 29</time>'
        )
        assert values == [
            ("time:modified", "2020-05-02T10:00"),
            ("time:published", "2020-05-01T10:00"),
            ("time:published", "2020-04-30T08:00:00"),
            ("time", "2020-04-29"),
        ]

    def test_rdfa_date_terms_in_the_body(self) -> None:
        """Dublin Core in RDFa (Drupal's submitted line) dates the article; dc:modified apart."""
        values = self._values(
            '<span property="dc:date dc:created" content="2016-03-14T16:17:23+02:00" '
            'datatype="xsd:dateTime">Submitted by admin</span>'
            '<span property="dcterms:modified" content="2016-03-15T08:00:00+02:00"></span>'
        )
        assert values == [
            ("time:published", "2016-03-14T16:17:23+02:00"),
            ("time:modified", "2016-03-15T08:00:00+02:00"),
        ]

    def test_a_date_elements_machine_date(self) -> None:
        """A template's date element with a ``datetime`` attribute says it as <time> does."""
        values = self._values(
            '<span class="timestamp" datetime="2016-03-14T10:00:00Z">2 hours ago</span>'
            '<span class="date" content="sidebar">March 14, 2016</span>'
        )
        assert values == [("time", "2016-03-14T10:00:00Z"), ("markup:date", "March 14, 2016")]

    def test_a_link_to_the_authors_page(self) -> None:
        """A link to "/author/jane-doe/" that says a word of its slug names the author."""
        links = (
            '<div><a href="/author/jane-doe/">Jane Doe</a> | March 14, 2016</div>'
            '<a href="https://example.com/autoren/gathmann-moritz">Zur Artikelübersicht</a>'
            '<a href="/news/people/baby-squirrels-arrive">Baby squirrels arrive</a>'
            '<a href="/profile/alberto-avila">Alberto Ávila</a>'
        )
        values = self._values(links)
        assert values == [("markup:author", "Jane Doe"), ("markup:author", "Alberto Ávila")]
        # Only where nothing else marks the author: the byline's class is the page's word.
        values = self._values(f'<p class="byline">By Max Muster</p>{links}')
        assert ("markup:author", "Jane Doe") not in values


class TestNames:
    """Byline values cleaned into names the way bylines are written."""

    EXAMPLES: ClassVar[list[tuple[str, list[str]]]] = [
        ("By Jane Doe and Max Mustermann", ["Jane Doe", "Max Mustermann"]),
        ("Von Jenny Smith und John Smith", ["Jenny Smith", "John Smith"]),
        ("View all posts by Daniel Lemire", ["Daniel Lemire"]),
        ("Story by Jane Doe; photos by John Smith", ["Jane Doe"]),
        ("By Jane Doe, Illustration: John Smith", ["Jane Doe"]),
        ("Story and photos by Jane Doe", ["Jane Doe"]),
        ("By Jane Doe, Special to The Post", ["Jane Doe"]),
        ("Por Ana Lima, da Folha, em São Paulo", ["Ana Lima"]),
        ("João da Silva e Maria Souza, do UOL", ["João da Silva", "Maria Souza"]),
        ("Interview: Harald Willenbrock", ["Harald Willenbrock"]),
        ("Jenny Smith — Trafilatura", ["Jenny Smith"]),
        ("Jenny Smith For Daily Mail Australia", ["Jenny Smith"]),
        ("Alex Bozarjian Thursday, November 9, 2023", ["Alex Bozarjian"]),
        ('Jenny "The Author" Smith', ["Jenny Smith"]),
        ("Jenny Smith ❤️", ["Jenny Smith"]),
        ("Grant Tinsley, PhD", ["Grant Tinsley"]),
        ("Walter von Aachen", ["Walter von Aachen"]),
        ("Nicolas Gutierrez C.", ["Nicolas Gutierrez C."]),
        ("freeman1984", ["freeman1984"]),
        ("Jenny_Smith", ["Jenny Smith"]),
        ("Posted by DT in Tagebuch", ["DT"]),
        # Drupal's "submitted" line, its default date format ("D, Y-m-d H:i")
        ("Submitted by Jane Doe on Mon, 2019-01-21 13:49", ["Jane Doe"]),
        ("By Lena H. Sun", ["Lena H. Sun"]),
        # an agency in brackets after the name; a title with its article is no person
        ("Jane Doe (AFP)", ["Jane Doe"]),
        ("Max Muster (dpa) und Erika Musterfrau (Text)", ["Max Muster", "Erika Musterfrau"]),
        # initials that spell a legal form ("S.A.") before a surname (newspaper4k's test page
        # cnn_article.html, its ``meta name=author``)
        (
            "Dana A. Ford, James S.A. Corey, Chien-Ming Wang, and Tom Watkins, CNN",
            ["Dana A. Ford", "James S.A. Corey", "Chien-Ming Wang", "Tom Watkins"],
        ),
    ]
    NO_NAME: ClassVar[list[str]] = [
        "Published by",
        # Drupal's "submitted" line when it does not show the user (newspaper4k's test page
        # thai_article.html, prachatai.com: its byline element is ``span.submitted-by``)
        "Submitted on Mon, 2019-01-21 13:49",
        "Posted on Tue., 05/03/2022",
        "admin",
        "Olympia-Verlag GmbH, Nürnberg, Germany",
        "Editorial Prensa Ibérica, S.A., Madrid",
        "Grupo Clarín S.A.",
        "Vielen Dank! Ihre Mail wurde erfolgreich an uns geschickt",
        "https://www.facebook.com/janedoe",
    ]

    @pytest.mark.parametrize(("value", "names"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
    def test_examples(self, value: str, names: list[str]) -> None:
        """Labels, tails, dates, nicknames, degrees and symbols go; the names stay."""
        assert _names(value) == names

    def test_a_name_with_an_article_is_no_person(self) -> None:
        """A title after the writers ("The New York Times") is the paper, wherever it is printed."""
        from articlekit.page._authors import _is_person  # noqa: PLC0415

        names = _names("Jane Doe and John Smith, The New York Times")
        assert [n for n in names if _is_person(n, None, None)] == ["Jane Doe", "John Smith"]

    @pytest.mark.parametrize("value", NO_NAME)
    def test_no_name(self, value: str) -> None:
        """Labels alone, placeholders, company addresses, sentences and URLs name nobody."""
        assert _names(value) == []


def _under_share_buttons(opening: str) -> str:
    """A page whose head credits a desk, ``opening`` starting its article below a share bar.

    Six share buttons and a picture stand between the headline and ``opening``: further than
    the lines around the headline where bylines are looked for.
    """
    buttons = ("Facebook", "Twitter", "Pinterest", "Email", "Print", "WhatsApp")
    return (
        "<html><head><meta name='author' content='NEWSROOM'></head><body>"
        "<h1>UK to have lowest growth</h1>"
        "<div class='meta'><span>NEWSROOM</span> - <time>November 3, 2023</time></div>"
        "<div class='share'>"
        + "".join(f"<p><a href='#'>{button}</a></p>" for button in buttons)
        + "</div><figure><img src='g.png'><figcaption>G7 growth forecasts</figcaption></figure>"
        + opening
        + BODY * 6
        + "</body></html>"
    )


class TestAuthors:
    def test_jsonld_person_by_reference(self) -> None:
        """A JSON-LD author given as an @id reference (Yoast's @graph) is looked up."""
        ld = (
            '{"@context":"https://schema.org","@graph":['
            '{"@type":"Article","headline":"X","author":{"@id":"#p1"}},'
            '{"@type":"Person","@id":"#p1","name":"Floyd"}]}'
        )
        assert _authors(_with_jsonld(ld)) == ["Floyd"]

    def test_one_source_once(self) -> None:
        """The meta author and the visible 'By JANE DOE' are one person, named once."""
        html = (
            '<html><head><meta name="author" content="Jane Doe"></head><body><h1>Budget</h1>'
            '<p class="byline">By JANE DOE</p>' + BODY
        )
        assert _authors(html) == ["Jane Doe"]

    def test_a_user_name_yields_to_the_name_the_byline_shows(self) -> None:
        """``article:author`` "gabor_munier" and a byline "Gàbor Muniér" are one person."""
        html = (
            '<html><head><meta property="article:author" content="gabor_munier"></head><body>'
            '<h1>Budget</h1><p class="author">Author: Gàbor Muniér</p>' + BODY
        )
        assert _authors(html) == ["Gàbor Muniér"]
        # A byline naming someone else does not replace the user name.
        other = html.replace("Gàbor Muniér", "Jane Doe")
        assert _authors(other) == ["gabor_munier"]

    def test_dublin_core_creator_before_the_author_tag(self) -> None:
        """Dublin Core's creator, as a meta name or an RDFa property, outranks ``name=author``."""
        for tag in (
            '<meta property="dc:creator twitter:site_name" content="Ann Lee">',
            '<meta name="DC.creator" content="Ann Lee">',
            '<meta name="dcterms.creator" content="Ann Lee">',
        ):
            html = f'<html><head>{tag}<meta name="author" content="Bo Ek"></head><body>{BODY}'
            assert _authors(html) == ["Ann Lee"], tag

    def test_site_name_is_not_an_author(self) -> None:
        """The site's own name in the author tag is skipped for the byline's person."""
        html = (
            '<html><head><meta property="og:site_name" content="Example News">'
            '<meta name="author" content="Example News"></head><body><h1>Budget</h1>'
            '<p class="byline">By Jane Doe</p>' + BODY
        )
        assert _authors(html) == ["Jane Doe"]

    def test_a_job_title_after_the_name_is_no_author(self) -> None:
        """'By STEVE PEOPLES, AP National Political Writer': one author, not two."""
        html = (
            '<html><head><meta name="author" content="By STEVE PEOPLES, AP National Political'
            ' Writer"></head><body><h1>Budget</h1>' + BODY
        )
        assert _authors(html) == ["STEVE PEOPLES"]
        assert _names("Jane Doe, Senior Science Correspondent") == ["Jane Doe"]

    def test_a_bar_ends_the_names(self) -> None:
        """'Galo Ramírez | El Sol de México': the paper after the bar is no part of the name."""
        assert _names("Galo Ramírez | El Sol de México") == ["Galo Ramírez"]
        # "y" and "i" join names in Spanish and Catalan, but not as initials.
        assert _names("Bruce Y. Lee") == ["Bruce Y. Lee"]
        assert _names("Joan I. Smith") == ["Joan I. Smith"]
        assert _names("Juan Pérez y María López") == ["Juan Pérez", "María López"]
        # An empty byline leaves the word its date would have followed: no name.
        assert _names("von am 12. März 2020") == []
        assert _names("By on November 3, 2019") == []
        assert _names("By | Jane Doe") == ["Jane Doe"]

    def test_the_name_without_its_affiliation(self) -> None:
        """A byline element and its nested name: the name, not the name and the agency."""
        html = (
            "<html><body><h1>Budget</h1><div class='author'>"
            "<a rel='author' href='/tom'>Tom Davies</a> Associated Press</div>" + BODY
        )
        assert _authors(html) == ["Tom Davies"]

    def test_an_article_may_close_with_its_author(self) -> None:
        """With no byline at the top: "Von Jane Doe" or "Autorin: …" where the article ends."""
        for closing in ("<p>Von Cosima Künzel</p>", "<p>Autorin: Cosima Künzel, Redakteurin</p>"):
            html = "<html><body><h1>Budget</h1>" + BODY + closing + "<div>Impressum</div>"
            assert _authors(html) == ["Cosima Künzel"], closing
        top = "<html><body><h1>Budget</h1><p class='byline'>By Jane Doe</p>" + BODY
        assert _authors(top + "<p>Von Cosima Künzel</p>") == ["Jane Doe"]
        # A sentence that opens with "Por" is prose; teasers further on are other articles'.
        prose = "<p>Por ende, las ventajas se convierten en desventajas para los usuarios.</p>"
        teasers = "<div>Lesen Sie auch</div><div>Andere Geschichte</div><p>Von Max Muster</p>"
        for tail in (prose, teasers):
            assert _authors("<html><body><h1>Budget</h1>" + BODY * 7 + tail) == [], tail

    def test_a_label_line_and_the_name_below_it(self) -> None:
        html = "<html><body><h1>Budget</h1><div>Autor</div><div>Nikolai Huke,</div>" + BODY
        assert _authors(html) == ["Nikolai Huke"]

    def test_site_joined_to_the_name(self) -> None:
        """'unocero - Alberto Ávila': the site's name joined with a dash is dropped."""
        html = (
            '<html><head><meta name="author" content="unocero - Alberto Ávila"></head>'
            "<body><h1>X</h1>" + BODY
        )
        assert _authors(html, "https://www.unocero.com/a/") == ["Alberto Ávila"]

    def test_desk_only_when_nobody_else(self) -> None:
        """A desk is the author where no person is credited, and dropped next to a person."""
        alone = "<html><body><h1>X</h1><p class='byline'>By Example Staff</p>" + BODY
        assert _authors(alone) == ["Example Staff"]
        with_person = (
            "<html><body><h1>X</h1><p class='byline'>By Adam Aaronson, PhillyVoice Staff</p>" + BODY
        )
        assert _authors(with_person) == ["Adam Aaronson"]

    def test_the_editorial_desk_credited_alone_is_the_author(self) -> None:
        """A byline crediting "Redaktion" (the editors) names the article's author, as a desk.

        WordPress's byline link and Yoast's JSON-LD person say it; trafilatura's evaluation
        gold counts such credits. A job title after a name is still no name.
        """
        byline = (
            "<html><body><h1>X</h1><span class='byline'><span class='author vcard'>"
            "<a class='url fn n' href='https://example.de/author/redaktion/'>Redaktion</a>"
            "</span></span>" + BODY
        )
        assert _authors(byline) == ["Redaktion"]
        ld = '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Redaktion"}}'
        head = f"<html><head><script type='application/ld+json'>{ld}</script></head>"
        assert _authors(head + "<body><h1>X</h1>" + BODY) == ["Redaktion"]
        titled = "<html><body><h1>X</h1><p class='byline'>Von Max Muster, Redakteur</p>" + BODY
        assert _authors(titled) == ["Max Muster"]

    @pytest.mark.parametrize("credit", ["det/dpa", "APA/AP", "dpa/sda", "red / AFP"])
    def test_an_agency_credit_with_a_slash_is_one_credit(self, credit: str) -> None:
        """German-language papers sign wire stories "det/dpa": initials and agency, as written."""
        html = f"<html><body><h1>X</h1><p class='byline'>Von: {credit}</p>" + BODY
        assert _authors(html) == [credit]

    def test_a_slash_in_a_web_address_or_a_photo_credit_names_nobody(self) -> None:
        for byline in ("https://example.de/autor/dpa", "Foto: dpa/Picture Alliance"):
            html = f"<html><body><h1>X</h1><p class='byline'>{byline}</p>" + BODY
            assert _authors(html) == [], byline

    def test_a_blog_platforms_subdomain_is_its_writers_account(self) -> None:
        """On wordpress.com or blogspot, the host's first label is the writer's account.

        A byline equal to it is the writer's handle (kept, as written); on a site's own domain
        the same match is the site's name.
        """
        html = (
            "<html><body><h1>X</h1><span class='byline'><span class='author vcard'>"
            "<a class='url fn n' href='/author/surfguard/'>surfguard</a></span></span>" + BODY
        )
        assert _authors(html, "https://surfguard.wordpress.com/2016/11/01/x/") == ["surfguard"]
        assert _authors(html, "https://www.surfguard.de/2016/11/01/x/") == []

    def test_the_site_and_its_sections_are_not_persons(self) -> None:
        """A web address, the host's name without punctuation, the site and a section."""
        head = "<html><head><meta name='author' content='{}'>{}</head><body><h1>X</h1>"
        site = "<meta property='og:site_name' content='CNN'>"
        assert _authors(head.format("TIMESOFINDIA.COM", "") + BODY) == []
        lmag = head.format("L-MAG – Das Magazin für Lesben", "") + "<p>Von Claudia Lindner</p>"
        assert _authors(lmag + BODY, "https://www.l-mag.de/") == ["Claudia Lindner"]
        assert _authors(head.format("Jill Disis, CNN Business", site) + BODY) == ["Jill Disis"]
        assert _authors(
            head.format("Chris Cillizza, CNN Editor-at-large", "") + BODY, "https://www.cnn.com/a"
        ) == ["Chris Cillizza"]
        # A two-word site name is its host's name too; a pen name with a title is a person's.
        presse = head.format("Hildesheimer Presse", "") + BODY
        assert _authors(presse, "https://hildesheimer-presse.de/a") == []
        sabienes = head.format("Frau Sabienes", "") + BODY
        assert _authors(sabienes, "https://frau-sabienes.de/a") == ["Frau Sabienes"]
        # A first name that is also the host's name is still a name.
        assert _authors(head.format("Max Mustermann", "") + BODY, "https://max.de/a") == [
            "Max Mustermann"
        ]

    def test_the_site_name_with_its_words_reordered(self) -> None:
        """'Bündnis 90/Die Grünen Bundestagsfraktion' beside the site name in another order."""
        html = (
            "<html><head><meta name='author' content='Bündnis 90/Die Grünen Bundestagsfraktion'>"
            "<meta property='og:site_name' content='Bundestagsfraktion Bündnis 90/Die Grünen'>"
            "</head><body><h1>COP26</h1>" + BODY
        )
        assert _authors(html) == []

    def test_a_picture_credit_is_no_author(self) -> None:
        """An ``<address>`` in the picture's credit ("Bild: istockphoto") names no writer."""
        html = (
            "<html><body><h1>Kondenswasser</h1>" + BODY + "<div class='references'>"
            "<ul class='references__authors'><li>Artikel von:</li><li><address>hausinfo"
            "</address></li></ul><div class='references__imageby'><ul class='references__artists'>"
            "<li>Bild:</li><li class='references__artist'><address>istockphoto</address></li>"
            "</ul></div></div></body></html>"
        )
        assert _authors(html, "https://hausinfo.ch/a") == []
        # A post whose category is photography ("category-fotografie") still has its byline.
        post = (
            "<html><body><div class='post category-fotografie'><h1>Scherenschnitt</h1>"
            "<small><span class='author-link'>Autor: <a rel='author' href='/author/gnaddrig/'>"
            "gnaddrig</a></span></small>" + BODY + "</div></body></html>"
        )
        assert _authors(post) == ["gnaddrig"]

    def test_a_picture_caption_in_an_author_article_is_no_author(self) -> None:
        """The ``span.author`` of a picture's caption ("Фото из Инстаграма …") names no writer."""
        html = (
            "<html><body><article class='author-article'><h1>Podolski hört auf</h1>"
            "<div class='article-photo'><img src='p.jpg'><div class='photo-text'><span "
            "class='author'>Фото из Инстаграма Лукаша Подольски</span></div></div>"
            + BODY
            + "</article></body></html>"
        )
        assert _authors(html) == []

    def test_several_names_in_a_dated_byline(self) -> None:
        """'By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.'."""
        html = (
            "<html><body><h1>What is the value of drugs?</h1><p>By Matthew Digby , Minh Do on "
            "Monday, November 18th, 2019 at 11:08 a.m.</p>" + BODY
        )
        assert _authors(html) == ["Matthew Digby", "Minh Do"]
        # The words after a comma that is not a name's are not taken for one.
        posted = "<html><body><h1>Notes</h1><p>Posted by Jane Doe, in News on 12 May 2020</p>"
        assert _authors(posted + BODY) == ["Jane Doe"]

    def test_names_joined_by_a_slash(self) -> None:
        """'Ralph Steiner/Carlo Natter': two names; a web address or 'ARD/ZDF' names nobody."""
        assert _names("Ralph Steiner/Carlo Natter") == ["Ralph Steiner", "Carlo Natter"]
        assert _names("ARD/ZDF") == []
        assert _names("https://www.facebook.com/JaneDoe") == []
        assert _names("Jane Doe / The Times") == ["Jane Doe"]

    def test_a_json_ld_author_encoded_twice(self) -> None:
        """A CMS that writes the author object as a JSON string: its name is read."""
        ld = (
            '{"@type": "NewsArticle", "headline": "X", '
            '"author": "{ \\"@type\\":\\"Person\\", \\"name\\":\\"Alice Wu\\" }"}'
        )
        assert _authors(_with_jsonld(ld)) == ["Alice Wu"]

    def test_a_wire_storys_closing_credit(self) -> None:
        """A desk in the head; the reporter is named in the story's "Reporting by" line."""
        html = (
            "<html><head><meta name='author' content='Reuters Editorial'></head><body>"
            "<h1>Skoda deliveries dip</h1>"
            + BODY
            + "<p>Reporting by Jason Hovet in Prague; Editing by Mark Potter</p></body></html>"
        )
        assert _authors(html) == ["Jason Hovet"]
        assert _authors(html.replace("<p>Reporting by", "<p>Reported by")) == ["Reuters Editorial"]

    @pytest.mark.parametrize("desk", ["Web Desk", "NDTV Sports Desk", "Agencies", "Paris Bureau"])
    def test_a_desk_in_the_head_yields_to_the_byline(self, desk: str) -> None:
        """A desk the head credits (and the page shows) is no person: the byline names one."""
        html = (
            f"<html><head><meta name='author' content='{desk}'></head><body>"
            "<h1>Council approves the budget</h1><p>By Jane Doe</p>"
            + BODY * 3
            + f"<p>Filed by {desk}</p></body></html>"
        )
        assert _authors(html) == ["Jane Doe"]

    def test_a_byline_opening_the_article_outranks_a_desk(self) -> None:
        """The head names the newsroom; the article opens with 'By Russell Bruce'.

        Share buttons and a picture stand between the headline and the byline, further than
        the lines around the headline where bylines are looked for.
        """
        html = _under_share_buttons("<p>By Russell Bruce</p>")
        assert _authors(html) == ["Russell Bruce"]
        assert _authors(html.replace("<p>By Russell Bruce</p>", "")) == ["NEWSROOM"]

    @pytest.mark.parametrize(
        "opening",
        [
            "<h2>Von Youtube-Netzwerken lernen: Ein Vermarktungsmodell für Lokalblogs</h2>",
            "<p>Von Youtube-Netzwerken lernen: ein Modell</p>",
        ],
    )
    def test_a_title_opening_the_article_names_nobody(self, opening: str) -> None:
        """'Von …' opening the article as a heading, or as no name ('lernen:'), credits no one.

        Share buttons stand between the headline and the article, as in the byline test above.
        """
        html = _under_share_buttons(opening)
        assert _authors(html) == ["NEWSROOM"]

    def test_a_desk_in_json_ld_gives_way_to_the_names_in_the_head(self) -> None:
        """JSON-LD's 'Auswärtige Autoren (AA)' is a desk; meta author names the writers."""
        html = (
            "<html><head><meta name='author' content='Ralph Steiner/Carlo Natter'>"
            "<script type='application/ld+json'>"
            '{"@type": "NewsArticle", "author": {"@type": "Person", '
            '"name": "Auswärtige Autoren (AA)"}}</script></head><body><h1>Karten</h1>' + BODY
        )
        assert _authors(html) == ["Ralph Steiner", "Carlo Natter"]

    def test_the_head_lists_more_authors_than_json_ld(self) -> None:
        """JSON-LD keeps the first author; meta author lists the same and one more."""
        html = (
            "<html><head><meta name='author' content=\"April Roach, Daniel O'Mahony\">"
            "<script type='application/ld+json'>"
            '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "April Roach"}}'
            "</script></head><body><h1>Quarantine list</h1>" + BODY
        )
        assert _authors(html) == ["April Roach", "Daniel O'Mahony"]
        # A head that names someone else does not replace JSON-LD's author.
        other = html.replace("April Roach, Daniel O'Mahony", "Daniel O'Mahony")
        assert _authors(other) == ["April Roach"]

    @pytest.mark.parametrize(
        ("value", "names"),
        [
            ("José Volta e Pinto", ["José Volta e Pinto"]),
            ("José Ortega y Gasset", ["José Ortega y Gasset"]),
            ("Ana Pérez y Juan López", ["Ana Pérez", "Juan López"]),
            ("Anna Rossi e Marco Bianchi", ["Anna Rossi", "Marco Bianchi"]),
        ],
    )
    def test_compound_surnames(self, value: str, names: list[str]) -> None:
        """Iberian surnames joined by 'y' / 'e' are one name; two full names are two."""
        assert _names(value) == names

    def test_a_korean_byline(self) -> None:
        """'스포츠조선=선수민 기자': the outlet before '=', the job title after the name."""
        assert _names("스포츠조선=선수민 기자") == ["선수민"]

    def test_the_site_spelled_as_its_host_spells_it(self) -> None:
        """'SPÖ' on spoe.at and the account 'Wunderweib1' on wunderweib.de are the site."""
        head = "<html><head><meta name='author' content='{}'></head><body><h1>X</h1>"
        assert _authors(head.format("SPÖ") + BODY, "https://www.spoe.at/2022/a/") == []
        assert _authors(head.format("Wunderweib1") + BODY, "https://www.wunderweib.de/a") == []
        assert _authors(head.format("Jörg Müller") + BODY, "https://www.spoe.at/a/") == [
            "Jörg Müller"
        ]

    def test_a_credit_line_between_headline_and_date(self) -> None:
        """'JIJI' on its own line under the headline, the date below it: the wire credited."""
        page = "<html><body><h1>Masks stolen from a hospital</h1><p>{}</p><p>Feb 18, 2020</p>"
        assert _authors(page.format("JIJI") + BODY) == ["JIJI"]
        assert _authors(page.format("Infos, Veranstaltungen, Hinweise") + BODY) == []
        assert _authors(page.format("From DramaWiki") + BODY) == []

    def test_participle_labels(self) -> None:
        """'Erstellt von': a label; 'Ursula von der Leyen': a name."""
        assert _names("Erstellt von Andri Bryner") == ["Andri Bryner"]
        assert _names("Geschrieben von Max Muster am 3. Mai") == ["Max Muster"]
        assert _names("Ursula von der Leyen") == ["Ursula von der Leyen"]
        assert _names("TIMESOFINDIA.COM / Dec 6, 2020, 15:48 IST") == []

    def test_a_user_name_in_a_date_line(self) -> None:
        """'von Marianne1 am 20.09.2020' below counters of ratings and views."""
        counters = "".join(f"<div>{n}</div>" for n in ("2", "727", "0", "12", "5"))
        html = (
            "<html><body><h1>Tomaten schneiden</h1><h2>Der Trick</h2><div>2 Bewertungen</div>"
            + counters
            + "<div>von Marianne1<br>am 20.09.2020</div>"
            + BODY
        )
        assert _authors(html) == ["Marianne1"]

    def test_the_byline_the_reader_sees(self) -> None:
        """The visible byline over metadata that lists fewer names or names no one shown."""
        fewer = (
            "<html><head><script type='application/ld+json'>"
            '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Stefan Becket"}}'
            "</script></head><body><h1>Key moments</h1>"
            "<p>By Stefan Becket, Kathryn Watson, Grace Segers</p>" + BODY
        )
        assert _authors(fewer) == ["Stefan Becket", "Kathryn Watson", "Grace Segers"]
        account = (
            "<html><head><meta name='author' content='Kevin Rebong'></head><body>"
            "<h1>Layoffs begin</h1><p class='byline'>By David Jeans</p>" + BODY
        )
        assert _authors(account) == ["David Jeans"]
        # Where the page shows the metadata's name too, the metadata stays.
        shown = account.replace(BODY, "<p>Photo: Kevin Rebong</p>" + BODY)
        assert _authors(shown) == ["Kevin Rebong"]
        # An address in the footer's author markup is not a byline.
        address = (
            "<html><head><meta name='author' content='Muireann Duffy'></head><body>"
            "<h1>Sentenced</h1><address>The Times DAC, Tara Street, D02 CX89 Company Number: "
            "2514</address>" + BODY
        )
        assert _authors(address) == ["Muireann Duffy"]
        # A word after "von" in a sentence is not a byline that overrides the metadata.
        word = (
            "<html><head><meta name='author' content='Josef Schneider'></head><body>"
            "<h1>Heizjacken von Bosch</h1><p>Heizjacken von Bosch sorgen für Wärme am Bau, "
            "am 3. März 2020.</p>" + BODY
        )
        assert _authors(word) == ["Josef Schneider"]

    def test_a_handle_written_out_in_the_article(self) -> None:
        """'christian.stadtfeld' is the 'Christian P. Stadtfeld' the article names."""
        html = (
            "<html><head><script type='application/ld+json'>"
            '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "christian.stadtfeld"}}'
            "</script></head><body><h1>Wahl</h1>"
            + BODY
            + "<p>Die Politik bleibt spannend. (Christian P. Stadtfeld)</p>"
        )
        assert _authors(html) == ["Christian P. Stadtfeld"]
        # Not written out: the handle stays.
        assert _authors(html.replace("Christian P. Stadtfeld", "cps")) == ["christian.stadtfeld"]

    def test_a_labelled_author_before_endnotes(self) -> None:
        """'Autorin: …' in the article, with endnotes after it."""
        notes = "".join(
            f"<p>({n}) Afrobarometer (2021): Les Tunisiens et la démocratie, une enquête menée "
            f"auprès de 1200 personnes, page {n}.</p>"
            for n in range(1, 6)
        )
        html = (
            "<html><body><h1>Aufgaben</h1>"
            + BODY * 8
            + "<p>Autorin: Uta Staschewski, Projektleiterin in Tunesien.</p>"
            + notes
        )
        assert _authors(html) == ["Uta Staschewski"]

    def test_a_role_credited_alone(self) -> None:
        """'Court Reporter' is the author where nobody is named; a person beats it."""
        head = "<html><head><meta property='og:article:author' content='Court Reporter'></head>"
        assert _authors(head + "<body><h1>Jailed</h1>" + BODY) == ["Court Reporter"]
        named = head + "<body><h1>Jailed</h1><p class='byline'>By Jane Doe</p>" + BODY
        assert _authors(named) == ["Jane Doe"]

    def test_visible_name_keeps_its_span(self) -> None:
        """A name from markup points at the visible byline, not only at the rendered META."""
        doc = articlekit.extract(
            "<html><body><h1>Budget</h1><p>By <a rel='author'>Jane Doe</a></p>" + BODY
        )
        (author,) = doc.metadata.authors
        assert author.span is not None
        assert doc.text_of(author.span) == "Jane Doe"
        visible = next(b for b in doc.source.blocks if b.kind is articlekit.BlockKind.HEADING)
        assert author.span.start > visible.span.start


class TestDates:
    def test_modified_kept_apart(self) -> None:
        """JSON-LD dateModified fills `modified`, never `published`."""
        html = (
            '<html><head><meta property="article:modified_time" content="2020-03-12T14:42:17Z">'
            "</head><body><h1>X</h1>" + BODY
        )
        meta = _meta(html)
        assert meta.published is None
        assert meta.modified is not None
        assert meta.modified.value.date().isoformat() == "2020-03-12"

    def test_utc_timestamp_yields_to_the_local_day(self) -> None:
        """A UTC timestamp one day off the URL's day gives way to the day the page shows."""
        html = (
            '<html><head><meta property="article:published_time" '
            'content="2023-11-09T05:30:59+00:00"></head><body><h1>X</h1>' + BODY
        )
        meta = _meta(html, "https://www.example.com/2023/11/08/story/")
        assert meta.published is not None
        assert meta.published.value.date().isoformat() == "2023-11-08"

    def test_first_time_element(self) -> None:
        """Without structured data the first <time> is the article's, not a related list's."""
        html = (
            '<html><body><h1>X</h1><time datetime="2019-06-28T13:49:45Z">28 June</time>'
            + BODY
            + '<ul><li><time pubdate datetime="2019-09-22T07:30:29Z">Sep 22</time></li></ul>'
        )
        meta = _meta(html)
        assert meta.published is not None
        assert meta.published.value.date().isoformat() == "2019-06-28"

    def test_year_alone_is_no_date(self) -> None:
        """A citation's year ('1988') is not the page's day of publication."""
        html = (
            '<html><body><h1>X</h1><meta itemprop="datePublished" content="1988">'
            '<p class="date">30 January 2017</p>' + BODY
        )
        meta = _meta(html)
        assert meta.published is not None
        assert meta.published.value.date().isoformat() == "2017-01-30"

    @pytest.mark.parametrize(
        ("url", "day"),
        [
            ("https://www.example.com/world/2013/jan/09/council-budget", "2013-01-09"),
            ("https://www.example.com/news/20190604-council-budget", "2019-06-04"),
            ("https://www.example.com/20131216/council-budget.html", "2013-12-16"),
            ("https://www.example.com/article/201908041/council-budget", None),
            ("https://www.example.com/news/20191345-council-budget", None),
        ],
    )
    def test_a_day_in_the_url_as_sites_write_it(self, url: str, day: str | None) -> None:
        """A URL's day with the month's name, or as eight digits alone (nine are an id)."""
        published = _meta("<html><body><h1>X</h1>" + BODY, url).published
        assert (published.value.date().isoformat() if published else None) == day

    def test_the_date_line_showing_the_urls_day_gives_its_time(self) -> None:
        """The URL says the day; the date line under the headline says it too, with the time."""
        html = "<html><body><h1>X</h1><p>November 18, 2019 at 11:03 PM</p>" + BODY
        published = _meta(html, "https://www.example.com/2019/11/18/story/").published
        assert published is not None
        assert published.value == datetime(2019, 11, 18, 23, 3, tzinfo=UTC)
        assert published.span is not None

    @pytest.mark.parametrize(
        "tag",
        [
            '<meta name="DC.date.published" content="2016-03-14">',
            '<span property="dc:date dc:created" content="2016-03-14T16:17:23+02:00"></span>',
        ],
    )
    def test_dublin_core_published(self, tag: str) -> None:
        """Dublin Core's published date, as a meta name or as RDFa in the body."""
        assert _published_day(f"<html><head>{tag}</head><body><h1>X</h1>{BODY}") == "2016-03-14"

    def test_visible_date_line_has_a_span(self) -> None:
        """A date from visible text keeps its span."""
        doc = articlekit.extract(
            "<html><body><h1>Budget</h1><p>Veröffentlicht am 1.9.17</p>" + BODY
        )
        published = doc.metadata.published
        assert published is not None
        assert published.value.date().isoformat() == "2017-09-01"
        assert published.span is not None
        assert doc.text_of(published.span) == "1.9.17"

    def test_unparsable_jsonld_keeps_its_dates(self) -> None:
        """JSON-LD that does not parse (a trailing comma) still gives its datePublished."""
        ld = '{"@type": "NewsArticle", "datePublished": "2021-05-04T10:00:00+02:00",}'
        meta = _meta(_with_jsonld(ld))
        assert meta.published is not None
        assert meta.published.value.date().isoformat() == "2021-05-04"


class TestNumericDates:
    EXAMPLES: ClassVar[list[tuple[str, bool, str]]] = [
        ("2017-09-01", False, "2017-09-01"),
        ("1.9.17", False, "2017-09-01"),
        ("4. 2. 2022", False, "2022-02-04"),
        ("09/01/2017", True, "2017-09-01"),
        ("09/01/2017", False, "2017-01-09"),
        ("13/01/2017", True, "2017-01-13"),
        ("2020年07月12日", False, "2020-07-12"),
    ]

    @pytest.mark.parametrize(("text", "month_first", "day"), EXAMPLES)
    def test_examples(self, text: str, month_first: bool, day: str) -> None:  # noqa: FBT001
        """Year first, dots day first, slashes by the page's convention, a day above 12 wins."""
        parsed = parse_numeric_date(text, month_first=month_first)
        assert parsed is not None
        assert parsed[0].date().isoformat() == day

    def test_time_and_impossible_dates(self) -> None:
        """A clock time gives TIME granularity; 31.02. is no date."""
        parsed = parse_date("18.02.2020, 14:33")
        assert parsed is not None
        assert parsed[0] == datetime(2020, 2, 18, 14, 33, tzinfo=UTC)
        assert parse_numeric_date("31.02.2020") is None

    @pytest.mark.parametrize(
        ("text", "month_first", "when"),
        [
            ("11:15 05.10.18", False, datetime(2018, 10, 5, 11, 15, tzinfo=UTC)),
            ("16:17 05.11.18", False, datetime(2018, 11, 5, 16, 17, tzinfo=UTC)),
            ("9:05 pm 03/04/2021", True, datetime(2021, 3, 4, 21, 5, tzinfo=UTC)),
            ("23:59:30, 1.2.2020", False, datetime(2020, 2, 1, 23, 59, tzinfo=UTC)),
        ],
    )
    def test_a_clock_time_before_the_date(
        self,
        text: str,
        month_first: bool,  # noqa: FBT001
        when: datetime,
    ) -> None:
        """Forums and comment headers may write the time first; the date reads as without it.

        Dotted dates stay day first (dateparser reads "11:15 05.10.18" as 10 May); the time
        is kept.
        """
        parsed = parse_numeric_date(text, month_first=month_first)
        assert parsed is not None
        assert parsed == (when, Granularity.TIME)

    def test_a_clock_time_on_both_sides_or_out_of_the_day_is_no_date(self) -> None:
        """Two clock times around the date, or an hour the clock has not, read as nothing."""
        assert parse_numeric_date("11:15 05.10.18 12:00") is None
        assert parse_numeric_date("25:15 05.10.18") is None


class TestSiteAndTitle:
    def test_title_without_the_site(self) -> None:
        """og:title with the site's name joined is the declared title without it."""
        html = (
            '<html><head><meta property="og:site_name" content="WHDH 7News">'
            '<meta property="og:title" content="Police investigate stabbing - WHDH 7News">'
            "</head><body><h1>Police investigate stabbing</h1>" + BODY
        )
        meta = _meta(html)
        assert meta.title is not None
        assert meta.title.value == "Police investigate stabbing"
        assert meta.site is not None
        assert meta.site.value == "WHDH 7News"

    def test_title_element_site_suffix(self) -> None:
        """'My Title » My Website': the <title>'s last part is the site's name."""
        meta = _meta("<html><head><title>My Title » My Website</title></head><body></body>")
        assert meta.title is not None
        assert meta.title.value == "My Title"

    def test_template_title_class_when_nothing_else_names_the_page(self) -> None:
        """No declared title and an empty h1: the template's ``post-title`` block is the title.

        trafilatura's metadata unit case ``titles-06``.
        """
        html = '<html><body><h1>   </h1><div class="post-title">Test Title</div></body></html>'
        meta = _meta(html)
        assert meta.title is not None
        assert meta.title.value == "Test Title"

    def test_domain_is_the_site_not_the_title(self) -> None:
        """'sitemaps.org - Home': a domain in the <title> names the site."""
        meta = _meta("<html><head><title>sitemaps.org - Home</title></head><body></body>")
        assert meta.site is not None
        assert meta.site.value == "sitemaps.org"

    def test_publisher_handle_is_no_site(self) -> None:
        """article:publisher '@' or a URL is not a site's name; the host is."""
        html = '<html><head><meta name="article:publisher" content="@"></head><body></body>'
        meta = _meta(html, "https://www.example.org/a")
        assert meta.site is not None
        assert meta.site.value == "example.org"


class TestLocalMidnight:
    """A day stored as local midnight east of UTC and written in UTC is the next day."""

    @staticmethod
    def _published(value: str) -> str | None:
        html = f'<html><head><meta property="article:published_time" content="{value}"></head>'
        return _published_day(html + "<body>" + BODY + "</body></html>")

    @pytest.mark.parametrize(
        ("value", "day"),
        [
            ("2022-11-06T23:00:00.000Z", "2022-11-07"),  # midnight in Central Europe (winter)
            ("2022-06-06T22:00:00Z", "2022-06-07"),  # midnight in Central Europe (summer)
            ("2022-06-06T21:00:00+00:00", "2022-06-07"),  # midnight at UTC+3
            ("2022-11-06T23:14:05Z", "2022-11-06"),  # a real instant: the UTC day stays
            ("2022-11-06T15:00:00Z", "2022-11-06"),  # a whole hour in the day: scheduled post
            ("2022-11-06T23:00:00+01:00", "2022-11-06"),  # written with its own zone
        ],
    )
    def test_day(self, value: str, day: str) -> None:
        """Only a UTC instant on 21-23:00:00 exactly moves to the next day."""
        assert self._published(value) == day


class TestUtcInstantAgainstTheUrlDay:
    """A UTC timestamp and the day in the URL one day apart: a time zone, or an earlier draft."""

    @staticmethod
    def _published(value: str) -> str | None:
        ld = f'{{"@type": "NewsArticle", "headline": "Workers return", "datePublished": "{value}"}}'
        html = _with_jsonld(ld, "Workers return") + "</body></html>"
        url = "https://www.example.com/politics/2020/07/08/workers-return/"
        published = _meta(html, url).published
        return published.value.date().isoformat() if published else None

    @pytest.mark.parametrize(
        ("value", "day"),
        [
            ("2020-07-09T02:11:03Z", "2020-07-08"),  # the evening before in the Americas
            ("2020-07-09T09:30:00Z", "2020-07-08"),  # before dawn in Hawaii
            ("2020-07-09T10:04:04Z", "2020-07-09"),  # the same morning in every zone west
            ("2020-07-09T22:40:00Z", "2020-07-09"),  # the URL's day is not the next one
        ],
    )
    def test_day(self, value: str, day: str) -> None:
        """The URL's day replaces the UTC day only where a real zone shows that day."""
        assert self._published(value) == day


class TestDateLineAgainstDeclared:
    """The date line under the headline and the declared published date."""

    PAGE = (
        "<html lang='de'><head>{head}</head><body><article><h1>Bund und Länder verlängern den"
        " Lockdown</h1><p class='dateline'>{line}</p>" + BODY + "</article></body></html>"
    )
    DECLARED = (
        '<script type="application/ld+json">{{"@type": "NewsArticle",'
        ' "datePublished": "2021-03-16T16:16:10Z", "dateModified": "{modified}"}}</script>'
    )

    def _published(self, line: str, modified: str) -> str | None:
        head = self.DECLARED.format(modified=modified)
        return _published_day(self.PAGE.format(head=head, line=line))

    def test_line_confirmed_by_the_modified_date(self) -> None:
        """The page shows the day it was last updated as its date: the line wins."""
        assert self._published("20. März 2021 - 15:00 Uhr", "2021-03-20T14:00:17Z") == "2021-03-20"

    def test_line_alone_does_not_outrank_the_declared_date(self) -> None:
        """A line nothing else confirms (an event day, a site clock) leaves the declared date."""
        assert self._published("20. März 2021 - 15:00 Uhr", "2021-03-16T16:20:00Z") == "2021-03-16"

    def test_line_showing_both_days(self) -> None:
        """A line reading "published | updated" shows the declared day too: it stays."""
        line = "Von Jan Kupitz | Mar 16, 2021 | Zuletzt geändert: 20. März 2021"
        assert self._published(line, "2021-03-20T14:00:17Z") == "2021-03-16"

    def test_line_labelled_as_the_update(self) -> None:
        """A line "Updated Mar 20, 2021" gives the modified date, not the publication."""
        line = "Updated Mar 20, 2021, 10:28am EST"
        assert self._published(line, "2021-03-20T14:00:17Z") == "2021-03-16"

    def test_line_marked_as_the_update(self) -> None:
        """A date line whose element the page marks as the update (hAtom) stays the update."""
        head = self.DECLARED.format(modified="2021-03-20T14:00:17Z")
        page = self.PAGE.format(
            head=head, line='<time class="updated" datetime="2021-03-20">20. März 2021</time>'
        )
        assert _published_day(page) == "2021-03-16"

    def test_one_day_off_is_a_time_zone_matter(self) -> None:
        """A line one day off a declared date with its own offset does not outrank it."""
        head = (
            '<meta property="article:published_time" content="2021-03-16T19:53:52-05:00">'
            '<meta property="article:modified_time" content="2021-03-17T00:53:52Z">'
        )
        page = self.PAGE.format(head=head, line="Mar 17, 2021, 0:53 UTC")
        assert _published_day(page) == "2021-03-16"

    def test_line_breaks_a_tie_between_declared_dates(self) -> None:
        """JSON-LD and Open Graph disagree: the declared day the page shows is its date."""
        head = (
            '<meta property="article:published_time" content="2021-03-20T14:25:00+00:00">'
            + self.DECLARED.format(modified="2021-03-20T14:26:51Z")
        )
        page = self.PAGE.format(
            head=head, line='<time class="updated" datetime="2021-03-20">20. März 2021</time>'
        )
        assert _published_day(page) == "2021-03-20"
